import type { RuleMeta } from '../../rules/registry.js';
import type { Severity } from '../../types.js';
import { shannonEntropy } from './entropy.js';
import type { FindingContext, TextKind } from './text-kind.js';
import { insideEncodedBlob, isPlaceholder } from './value-shape.js';

/** Families group rules on the docs page and in the rule tables; each rule belongs to one. */
export const FAMILIES = {
  'private-keys': 'Private keys',
  cloud: 'Cloud providers',
  'source-hosts': 'Source hosting and CI',
  'chat-mail': 'Chat, mail and messaging',
  payments: 'Payments',
  registries: 'Package registries',
  ai: 'AI providers',
  saas: 'Other services',
  tokens: 'Signed tokens',
  urls: 'Credentials in URLs and connection strings',
  http: 'Credentials in HTTP requests and commands',
  generic: 'Generic assignments',
  logs: 'Log-aware rules',
  'personal-data': 'Personal data in logs',
  scan: 'Scan notices',
} as const;
export type Family = keyof typeof FAMILIES;

export type { TextKind } from './text-kind.js';

export interface LineContext {
  /** The file as findings name it. */
  file: string;
  kind: TextKind;
  /** A test or fixture file (test/, spec/, fixtures/, *.test.*). */
  testFile: boolean;
  /** Where the file sits (code, config, test, fixture, docs, locale, vendored). */
  context: FindingContext;
  now: Date;
}

/** A secret a rule found on one line; positions are UTF-16 indices into the line. */
export interface Candidate {
  start: number;
  end: number;
  secret: string;
  /** Overrides the rule's default severity (e.g. an expired token is only a warning). */
  severity?: Severity;
  /** A few words added to the message, e.g. "expired". Must never contain the secret. */
  detail?: string;
}

/** How a multi-line secret (a PEM block) is gathered: the scanner feeds it lines until the rule says stop. */
export interface BlockSpec {
  /** The column (UTF-16 index) where a block opens on this line and continues on the next, if it does. */
  open(line: string): number | undefined;
  isEnd(line: string): boolean;
  /** The most lines a block may span; a block without an end by then is judged as it stands. */
  maxLines: number;
  /** Judges the gathered lines (the first is the opening line); the candidate sits on the first line. */
  close(lines: readonly string[], column: number, context: LineContext): (Candidate & { endLine: number; endColumn: number }) | undefined;
}

/** See SecretRule.admits. */
export interface LineAdmission {
  /** The facts `test` reads (bits of line-facts.ts): only these are looked for in the line. */
  facts: number;
  /**
   * Whether the rule may find something on a line with these facts. More facts never make it refuse
   * a line (the scanner tests first with the slow facts taken as present, and looks for them only
   * if a rule that reads them is still in).
   */
  test(facts: number, kind: TextKind): boolean;
}

/** Text for the rule's docs page; forms are shapes (`ghp_<36 base62 chars>`), never realistic values. */
export interface RuleDocs {
  /** The shape of the secret, shown in the unsafe example. */
  form: string;
  /** How to revoke or rotate it. */
  rotate: string;
  /** An unsafe line; by default `token: "<form>"`. */
  unsafe?: string;
  /** The safe way; by default reading it from the environment or a secret store. */
  safe?: string;
  /** How detection works beyond the pattern: checksums, context, what is skipped. */
  detection?: string;
  /** Why it hurts, when more specific than the family's reason. */
  why?: string;
}

/** A secrets rule: metadata, the keywords that gate it, and one function that finds candidates on a line. */
export interface SecretRule {
  meta: RuleMeta;
  family: Family;
  /** What the secret is, for messages: "GitHub personal access token". */
  name: string;
  /** Lower-case substrings; the rule runs only on lines that contain one (or, with digitRun, no keyword at all). */
  keywords: readonly string[];
  /** `logs`: only in log files and stdin. */
  scope?: 'logs';
  /**
   * Also runs on lines with a run of at least this many digits (single spaces or dashes between them
   * allowed): for secrets that have no keyword, such as card numbers. Found in the same byte pass.
   */
  digitRun?: number;
  /** Candidates on one line, in any order; may return a shared empty array, which callers never change. */
  find(line: string, context: LineContext): readonly Candidate[];
  /**
   * A quick test of the line's facts (line-facts.ts: a quote, `Bearer `, an email-shaped `@`…, found in
   * its raw bytes) before the line is decoded: false only where `find` can find nothing. A necessary
   * condition, never a sufficient one: every line `find` reports on must pass it. The scanner's fast
   * path uses it; its reference path does not, so the oracle test holds the two to the same findings.
   */
  admits?: LineAdmission;
  /** Finds nothing in log files (logs have rules of their own): a log's lines are not decoded for it. */
  skipsLogs?: boolean;
  block?: BlockSpec;
  docs: RuleDocs;
  /**
   * The match has no verifiable structure of its own (a generic assignment, a URL password, a value
   * found only after a provider keyword): in docs, tests, fixtures, locale and vendored files it takes
   * the context's severity (`secrets.contexts`). Formats with a checksum or decodable structure do not.
   */
  generic?: boolean;
}

export const ALLOW_HELP =
  'If it is not a secret, add `release-gate:allow: <why>` in a comment on the line (or `release-gate:allow-next-line: <why>` above it), or record it with --write-baseline.';

export interface TokenRuleSpec {
  id: string;
  family: Family;
  name: string;
  keywords: readonly string[];
  /**
   * Must have the g flag. The named group `secret`, when present, is the secret (it must end the
   * match or be followed only by a closing quote); otherwise the whole match is.
   */
  pattern: RegExp;
  severity?: Severity;
  /** Minimum Shannon entropy of the secret (bits per character); 3 by default, 0 turns the gate off. */
  minEntropy?: number;
  /** Extra validation: a checksum, a decoded structure. Return false to drop the match. */
  validate?(secret: string, match: RegExpExecArray): boolean;
  /** The format starts with a run of one character (AAAA…), which is not a placeholder. */
  allowRuns?: boolean;
  /** Keep matches that sit inside a longer base64 run (formats that are themselves long base64). */
  allowInBlob?: boolean;
  scope?: 'logs';
  docs: RuleDocs;
  /** See SecretRule.generic; set automatically for patterns built by contextPattern. */
  generic?: boolean;
}

/**
 * Builds a rule from a table row: a keyword-gated pattern plus validators. Most provider rules are
 * only this: a documented prefix or shape, and a checksum or entropy gate.
 */
export function tokenRule(spec: TokenRuleSpec): SecretRule {
  if (!spec.pattern.global) throw new Error(`${spec.id}: pattern needs the g flag`);
  // No `d` flag: match indices make every exec slower, and the secret's place is easy to recover.
  const pattern = new RegExp(spec.pattern.source, spec.pattern.flags.replace('d', ''));
  const minEntropy = spec.minEntropy ?? 3;
  return {
    meta: {
      id: spec.id,
      check: 'secrets',
      severity: spec.severity ?? 'error',
      description: `${spec.name} in the code or a log.`,
      help: `${spec.docs.rotate} Then read it from a secret store or the environment. ${ALLOW_HELP}`,
    },
    family: spec.family,
    name: spec.name,
    keywords: spec.keywords,
    scope: spec.scope,
    docs: spec.docs,
    generic: spec.generic ?? KEYWORD_GATED.has(spec.pattern),
    find(line) {
      const out: Candidate[] = [];
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        if (m[0].length === 0) { pattern.lastIndex++; continue; }
        const secret = m.groups?.secret ?? m[0];
        if (!secret) continue;
        // A `secret` group ends the match or is followed only by a closing quote, so its last occurrence is it.
        const start = m.index + (secret === m[0] ? 0 : m[0].lastIndexOf(secret));
        const span = [start, start + secret.length] as const;
        // A format that starts with a run (AAAA…) is tested for placeholders after that run.
        if (isPlaceholder(spec.allowRuns ? secret.replace(/^(.)\1{5,}/, '$1') : secret)) continue;
        if (minEntropy > 0 && shannonEntropy(secret) < minEntropy) continue;
        if (!spec.allowInBlob && insideEncodedBlob(line, span[0], span[1])) continue;
        if (spec.validate && !spec.validate(secret, m)) continue;
        out.push({ start: span[0], end: span[1], secret });
      }
      return out;
    },
  };
}

/** A rule whose secret sits after a provider keyword (`DATADOG_API_KEY=…`): the keyword, an assignment, then the value. */
export function contextPattern(context: string, value: string): RegExp {
  return keywordGated(new RegExp(
    `(?<!(?<!-)[A-Za-z0-9])(?:${context})[\\w.-]{0,30}?["']?\\s{0,3}(?::=|=>|=|:|\\s)\\s{0,3}["'\`]?(?<secret>${value})(?![A-Za-z0-9_+/-])`,
    'gi',
  ));
}

/** Patterns whose value is generic (a UUID, hex, base62) and found only after a provider keyword. */
const KEYWORD_GATED = new WeakSet<RegExp>();

/** Marks a pattern as keyword-gated (see SecretRule.generic). */
export function keywordGated(pattern: RegExp): RegExp {
  KEYWORD_GATED.add(pattern);
  return pattern;
}
