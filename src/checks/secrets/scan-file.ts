import type { Severity } from '../../types.js';
import type { ContextPolicy } from './context-policy.js';
import { feedFile, type ReadOutcome } from './read-file.js';
import type { SecretRule, TextKind } from './rule.js';
import { SECRET_RULES } from './rules/index.js';
import { SecretScanner, type ScanHit } from './scanner.js';
import { contextOf } from './text-kind.js';

/** A text file (or log) to scan: the same description whether it is scanned here or in a worker thread. */
export interface TextFileJob {
  /** Relative to the working directory, forward slashes: findings name it. */
  file: string;
  /** Absolute path to read. */
  path: string;
  /** The workspace: a link from inside it to a place outside it is not followed. */
  root?: string;
  kind: TextKind;
  maxBytes: number;
}

export interface TextFileScan {
  outcome: ReadOutcome;
  lines: number;
  hits: ScanHit[];
}

const codeRules = () => SECRET_RULES.filter((r) => r.scope !== 'logs');
const logRules = (includePersonalData: boolean) => SECRET_RULES.filter((r) => includePersonalData || r.family !== 'personal-data');

/** The scanners of one run: logs get the log-only rules (and personal data unless turned off). */
export function secretScanners(includePersonalData: boolean): { code: SecretScanner; log: SecretScanner } {
  return { code: new SecretScanner(codeRules()), log: new SecretScanner(logRules(includePersonalData)) };
}

/** How many rules a log is scanned with (a metric), without building a scanner. */
export function logRuleCount(includePersonalData: boolean): number {
  return logRules(includePersonalData).length;
}

/** Reads and scans one text file; logs are streamed whatever their size, tree files up to maxBytes. */
export async function scanTextFile(
  scanners: { code: SecretScanner; log: SecretScanner }, job: TextFileJob, policy: Partial<ContextPolicy>, now: Date, signal?: AbortSignal,
): Promise<TextFileScan> {
  const log = job.kind === 'log';
  const scanner = log ? scanners.log : scanners.code;
  const hits: ScanHit[] = [];
  let lines = 0;
  const where = log ? {} : { context: contextOf(job.file), policy };
  let session: ReturnType<SecretScanner['session']> | undefined;
  const outcome = await feedFile(job.path, job.maxBytes, () => (session = scanner.session({ file: job.file, kind: job.kind, ...where, now }, (h) => hits.push(h))), signal, job.root);
  if (outcome.status === 'scanned') lines = session?.lines ?? 0;
  return { outcome, lines, hits };
}

/** A hit as it crosses between threads: the rule by id (the receiving side has the same rules). */
export interface WireHit extends Omit<ScanHit, 'rule'> {
  ruleId: string;
}

export function toWire(hit: ScanHit): WireHit {
  const { rule, ...rest } = hit;
  return { ...rest, ruleId: rule.meta.id };
}

const RULES_BY_ID = new Map<string, SecretRule>(SECRET_RULES.map((r) => [r.meta.id, r]));

export function fromWire(hit: WireHit): ScanHit {
  const { ruleId, ...rest } = hit;
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`a worker reported the unknown rule ${ruleId}`);
  return { ...rest, rule, severity: rest.severity as Severity };
}
