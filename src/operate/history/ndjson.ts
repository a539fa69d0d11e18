import { validateRecord, type HistoryRecord } from './record.js';

/** A history that cannot be read: corrupt, or written by a newer release-gate. Names the file and line. */
export class HistoryError extends Error {}

/**
 * Parses a history (one JSON record per line). Any line that is not a record this version reads is an
 * error naming it: a history is never silently dropped or rewritten around a bad line.
 */
export function parseHistory(text: string, source: string): HistoryRecord[] {
  const records: HistoryRecord[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new HistoryError(`${source}:${i + 1}: not a JSON record (${(error as Error).message}); fix or remove the line, release-gate will not overwrite it`);
    }
    const problem = validateRecord(value);
    if (problem) throw new HistoryError(`${source}:${i + 1}: ${problem}`);
    records.push(value as HistoryRecord);
  }
  return records;
}

export function serializeHistory(records: readonly HistoryRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/**
 * Adds records to a history: time order, a record already there (same time, kind, environment and run)
 * is not added twice, and only the newest `keep` runs of each workflow kind and environment are kept.
 */
export function mergeHistory(existing: readonly HistoryRecord[], added: readonly HistoryRecord[], keep: number): HistoryRecord[] {
  const seen = new Set(existing.map(identity));
  const all = [...existing];
  for (const r of added) {
    if (seen.has(identity(r))) continue;
    seen.add(identity(r));
    all.push(r);
  }
  all.sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const counts = new Map<string, number>();
  const kept: HistoryRecord[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const key = `${all[i]!.kind}\u0000${all[i]!.environment}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= keep) kept.push(all[i]!);
  }
  return kept.reverse();
}

function identity(r: HistoryRecord): string {
  return [r.time, r.kind, r.environment, r.runUrl ?? '', r.commit ?? ''].join('\u0000');
}
