import type { UnindexedForeignKey } from '../observe.js';
import type { TracedStatement } from '../run.js';

/** What a trace rule sees: one statement as it ran, and the trace's settings. */
export interface TraceRuleInput {
  statement: TracedStatement;
  /** Rows seeded into each table the migrations touch. */
  rows: number;
  slowMs: number;
  lockHoldMs: number;
  /** Foreign keys this statement created that no index covers, checked after every traced migration ran. */
  unindexed: UnindexedForeignKey[];
}

export function at(s: TracedStatement) {
  return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-US')} ms`;
}

export function rowsText(rows: number): string {
  return `${rows.toLocaleString('en-US')} seeded ${rows === 1 ? 'row' : 'rows'}`;
}
