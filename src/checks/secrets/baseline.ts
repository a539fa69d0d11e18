import { createHash } from 'node:crypto';
import { jsonErrorOffset } from './json-error.js';

/**
 * A baseline records accepted findings by a fingerprint of the rule and the secret, never by line,
 * so moving or reformatting code keeps them accepted. The file holds hashes, never secrets.
 */

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Where it was when recorded; informative only (matching uses the fingerprint). */
  file?: string;
  line?: number;
}

export interface BaselineFile {
  version: number;
  tool: 'release-gate';
  check: 'secrets';
  entries: BaselineEntry[];
}

/** sha256 of a domain tag, the rule id and the secret, NUL-separated so no two pairs can collide. */
export function fingerprint(ruleId: string, secret: string): string {
  return createHash('sha256').update(`release-gate/secrets/v1\0${ruleId}\0${secret}`).digest('hex');
}

export interface BaselineProblem {
  message: string;
  line: number;
  column: number;
}

/** Parses a baseline file; a problem names the line and column of what is wrong. */
export function parseBaseline(source: string): { fingerprints: Set<string> } | { problem: BaselineProblem } {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const where = lineColumn(source, jsonErrorOffset(source) ?? 0);
    return { problem: { message: `is not valid JSON (line ${where.line}, column ${where.column})`, ...where } };
  }
  const file = data as Partial<BaselineFile>;
  if (!file || typeof file !== 'object' || Array.isArray(file) || file.tool !== 'release-gate' || file.check !== 'secrets' || !Array.isArray(file.entries)) {
    return { problem: { message: 'is not a release-gate secrets baseline (expected {"tool": "release-gate", "check": "secrets", "entries": [...]})', line: 1, column: 1 } };
  }
  if (file.version !== BASELINE_VERSION) {
    return { problem: { message: `has version ${JSON.stringify(file.version)}; this release-gate reads version ${BASELINE_VERSION}`, line: 1, column: 1 } };
  }
  const fingerprints = new Set<string>();
  for (const [i, entry] of file.entries.entries()) {
    if (!entry || typeof entry.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(entry.fingerprint)) {
      const needle = source.indexOf('"entries"');
      return { problem: { message: `entry ${i + 1} has no valid "fingerprint" (64 hex characters)`, ...lineColumn(source, Math.max(0, needle)) } };
    }
    fingerprints.add(entry.fingerprint);
  }
  return { fingerprints };
}

/** Renders a baseline: one entry per fingerprint, sorted, so regenerating it gives a stable diff. */
export function renderBaseline(entries: readonly BaselineEntry[]): string {
  const unique = new Map<string, BaselineEntry>();
  for (const e of entries) if (!unique.has(e.fingerprint)) unique.set(e.fingerprint, e);
  const sorted = [...unique.values()].sort((a, b) =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const file: BaselineFile = { version: BASELINE_VERSION, tool: 'release-gate', check: 'secrets', entries: sorted };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
