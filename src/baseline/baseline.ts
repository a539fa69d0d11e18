import { createRequire } from 'node:module';
import { readBounded } from '../files/read-bounded.js';
import { resolve } from 'node:path';
import type { Finding } from '../types.js';

/**
 * A baseline records today's findings so later runs report only new ones. A finding is keyed by an
 * HMAC of its check, rule, file and the text of its line (never the line number, so moved code stays
 * known), with a random salt stored in the file: no two repositories share hashes, and a short
 * password on a baselined line cannot be looked up in a precomputed table of hashes.
 */
export const DEFAULT_BASELINE = '.github/release-gate-baseline.json';

let cryptoModule: typeof import('node:crypto') | undefined;
/** node:crypto when a salt or a fingerprint is made: a run without a baseline makes neither. */
const crypto = () => (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
export const BASELINE_KIND = 'findings-baseline';

export interface BaselineEntry {
  check: string;
  ruleId: string;
  file?: string;
  /** Where it was when recorded; informative only. */
  line?: number;
  fingerprint: string;
}

export interface Baseline {
  salt: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export function newSalt(): string {
  return crypto().randomBytes(16).toString('hex');
}

/** Whether text is a findings baseline (and not the secrets check's own baseline, or a latency report). */
export function isFindingsBaseline(text: string): boolean {
  try {
    const data = JSON.parse(text) as { kind?: unknown };
    return data?.kind === BASELINE_KIND;
  } catch {
    return false;
  }
}

export function parseBaseline(text: string, file: string): Baseline {
  let data: { tool?: unknown; kind?: unknown; version?: unknown; salt?: unknown; entries?: unknown };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`the baseline ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || data.kind !== BASELINE_KIND || data.version !== 1) {
    throw new BaselineError(`${file} is not a release-gate baseline (expected {"tool": "release-gate", "kind": "${BASELINE_KIND}", "version": 1, ...}); write one with \`release-gate baseline write ${file}\``);
  }
  if (typeof data.salt !== 'string' || !/^[0-9a-f]{32,}$/.test(data.salt)) throw new BaselineError(`the baseline ${file} has no valid "salt"`);
  if (!Array.isArray(data.entries)) throw new BaselineError(`the baseline ${file} has no "entries" list`);
  const entries: BaselineEntry[] = [];
  for (const [i, e] of (data.entries as Partial<BaselineEntry>[]).entries()) {
    if (!e || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(e.fingerprint) || typeof e.check !== 'string' || typeof e.ruleId !== 'string') {
      throw new BaselineError(`the baseline ${file}: entry ${i + 1} needs "check", "ruleId" and a 64-hex "fingerprint"`);
    }
    entries.push({ check: e.check, ruleId: e.ruleId, file: typeof e.file === 'string' ? e.file : undefined, line: typeof e.line === 'number' ? e.line : undefined, fingerprint: e.fingerprint });
  }
  return { salt: data.salt, entries };
}

/** Sorted by place, so rewriting a baseline gives a small, stable diff. */
export function renderBaseline(baseline: Baseline): string {
  const entries = [...baseline.entries].sort((a, b) =>
    (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  return `${JSON.stringify({ tool: 'release-gate', kind: BASELINE_KIND, version: 1, salt: baseline.salt, entries }, null, 2)}\n`;
}

/** Computes the keyed fingerprints of one check's findings; identical findings are told apart by their order. */
export class Fingerprinter {
  private readonly lines = new Map<string, string[] | undefined>();

  constructor(private readonly cwd: string, private readonly salt: string) {}

  fingerprints(check: string, findings: readonly Finding[]): string[] {
    const seen = new Map<string, number>();
    return findings.map((f) => {
      const content = this.lineText(f) ?? f.message.replace(/\d+/g, '#');
      const key = [check, f.ruleId, f.file ?? '', content].join('\0');
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return crypto().createHmac('sha256', Buffer.from(this.salt, 'hex')).update(`${key}\0${n}`).digest('hex');
    });
  }

  /** The finding's line with its whitespace collapsed: what survives moves and re-indentation. */
  private lineText(f: Finding): string | undefined {
    if (f.file === undefined || f.line === undefined) return undefined;
    if (!this.lines.has(f.file)) {
      // Through the bounded reader: a finding may name a FIFO or a huge file a check refused to read.
      const read = readBounded(resolve(this.cwd, f.file), { maxBytes: 64 * 1024 * 1024, root: this.cwd });
      const lines = read.ok ? read.bytes.toString('utf8').split(/\r?\n/) : undefined;
      this.lines.set(f.file, lines);
    }
    const text = this.lines.get(f.file)?.[f.line - 1];
    return text === undefined ? undefined : text.trim().replace(/\s+/g, ' ');
  }
}
