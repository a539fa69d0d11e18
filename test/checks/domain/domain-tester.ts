import { afterAll, expect } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { domainCheck } from '../../../src/checks/domain/index.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

/**
 * Runs the domain check for real (against servers the test started on 127.0.0.1) on a manifest, and
 * compares one family's findings with a table of [rule id, line, severity, message].
 */

export const MANIFEST_FILE = '.github/release-gate.yml';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface DomainRun {
  findings: Finding[];
  metrics: Record<string, unknown>;
  masker: Masker;
}

export interface RunOptions {
  now?: Date;
  env?: Record<string, string>;
  environment?: string;
  files?: Record<string, string>;
}

/** `manifest` is the whole file; line numbers in expectations count from its first line. */
export async function runDomainCheck(manifest: string, options: RunOptions = {}): Promise<DomainRun> {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-domain-'));
  made.push(dir);
  for (const [path, content] of Object.entries({ [MANIFEST_FILE]: manifest, ...options.files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const masker = new Masker();
  const ctx: CheckContext = {
    cwd: dir,
    env: options.env ?? {},
    manifest: parseManifest(manifest, MANIFEST_FILE),
    environment: options.environment,
    git: createGit(dir),
    masker,
    now: () => options.now ?? new Date(),
    signal: new AbortController().signal,
    input: () => undefined,
  };
  const output = await domainCheck.run(ctx, ctx.manifest.data.domain!);
  return { findings: [...output.findings].sort(compareFindings), metrics: output.metrics ?? {}, masker };
}

export type Row = [ruleId: string, line: number, severity: Finding['severity'], message: string | RegExp];

/** The findings whose rule id is in `family`, as rows in report order. */
export function rows(findings: Finding[], family: readonly string[]): Row[] {
  return findings
    .filter((f) => family.includes(f.ruleId))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message))
    .map((f) => [f.ruleId, f.line ?? 0, f.severity, f.message]);
}

/** Asserts the family's findings are exactly `expected` (messages as strings or patterns), each with a file and a hint. */
export function expectRows(findings: Finding[], family: readonly string[], expected: Row[]): void {
  const actual = rows(findings, family);
  // Ties (same line and rule) keep the table's order, which lists messages alphabetically.
  const sorted = [...expected].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  expect(actual).toEqual(sorted.map(([id, line, severity, message]) => [id, line, severity, typeof message === 'string' ? message : expect.stringMatching(message)]));
  for (const f of findings.filter((x) => family.includes(x.ruleId))) {
    expect(f.file).toBe(MANIFEST_FILE);
    expect(f.hint).toBeTruthy();
  }
}

/** Numbers manifest lines, so a test can refer to an entry by the text on its line. */
export function lineOf(manifest: string, needle: string): number {
  const index = manifest.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line contains ${needle}`);
  return index + 1;
}
