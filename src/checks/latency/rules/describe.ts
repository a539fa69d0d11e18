import type { Finding } from '../../../types.js';
import type { EndpointOutcome, Site } from '../model.js';
import { formatRate } from '../plan.js';

/** The location part of a finding. */
export function at(site: Site): Pick<Finding, 'file' | 'line' | 'column'> {
  return { file: site.file, ...(site.line !== undefined ? { line: site.line, column: site.column } : {}) };
}

/** `endpoint "task list" (GET /api/tasks)`: how findings name an endpoint. */
export function subject(endpoint: EndpointOutcome): string {
  const { name, label } = endpoint.plan;
  return name === label ? `endpoint ${label}` : `endpoint "${name}" (${label})`;
}

/** 512 → "512 ms", 1534.2 → "1,534 ms", 4.25 → "4.3 ms". */
export function ms(value: number): string {
  return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function count(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

/** "1,200 requests at 20/s": the sample a percentile came from. */
export function sample(endpoint: EndpointOutcome): string {
  return `${count(endpoint.histogram.totalCount, 'request')} at ${formatRate(endpoint.plan.rate)}`;
}
