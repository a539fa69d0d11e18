import { SEVERITY_RANK, type Finding } from '../../../types.js';
import { SAME_HAZARD } from './rules/index.js';

/**
 * Adds the trace's findings to the static ones. A trace finding on the line of a static finding about
 * the same hazard (at least as severe, and not turned off) becomes evidence in that finding's message
 * rather than a second finding.
 */
export function mergeTraceFindings(
  staticFindings: readonly Finding[], traced: readonly Finding[], turnedOff: (ruleId: string) => boolean,
): Finding[] {
  const out = staticFindings.map((f) => ({ ...f }));
  const onLine = new Map<string, Finding[]>();
  for (const f of out) {
    if (!f.file || f.line === undefined) continue;
    const key = `${f.file}:${f.line}`;
    onLine.set(key, [...(onLine.get(key) ?? []), f]);
  }
  for (const t of traced) {
    const candidates = onLine.get(`${t.file}:${t.line}`) ?? [];
    const host = (SAME_HAZARD[t.ruleId] ?? [])
      .map((id) => candidates.find((f) => f.ruleId === id && !turnedOff(id) && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[t.severity]))
      .find(Boolean);
    if (host) host.message = `${host.message.replace(/\.?$/, '.')} Trace (${t.ruleId}): ${t.message}.`;
    else out.push(t);
  }
  return out;
}
