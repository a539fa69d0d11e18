import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { envCheck } from '../../../src/checks/env/index.js';
import { createGit, type Git } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

/**
 * ESLint's RuleTester, for the env check: each case is a small workspace (manifest, env files, code),
 * the check runs on it for real, and the findings of one rule are compared with the expected ones.
 */

export const MANIFEST_FILE = '.github/release-gate.yml';

export interface EnvCase {
  name?: string;
  /** The whole manifest; `version: 1` is added in front when missing. */
  manifest: string;
  files?: Record<string, string | Uint8Array>;
  environment?: string;
  inputs?: Record<string, string>;
  /** The process environment the check sees (GITHUB_API_URL, GITHUB_REPOSITORY); empty by default. */
  env?: Record<string, string>;
  /** Commit the files to a git repository first, so they count as committed. */
  commit?: boolean;
  git?: Git;
}

export interface ExpectedFinding {
  file?: string;
  line?: number;
  column?: number;
  message?: string | RegExp;
  hint?: string;
  severity?: Finding['severity'];
}

export interface InvalidCase extends EnvCase {
  errors: ExpectedFinding[];
}

export interface CaseResult {
  findings: Finding[];
  artifacts: Record<string, string>;
  metrics: Record<string, unknown>;
  masker: Masker;
  dir: string;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes files into a new temp directory; it is removed after the test file. */
export function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-env-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function commitAll(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A');
  git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'fixture');
}

export function context(dir: string, source: string, options: Pick<EnvCase, 'environment' | 'inputs' | 'git' | 'env'> & { masker?: Masker } = {}): CheckContext {
  return {
    cwd: dir,
    env: options.env ?? {},
    manifest: parseManifest(source, MANIFEST_FILE),
    environment: options.environment,
    git: options.git ?? createGit(dir),
    masker: options.masker ?? new Masker(),
    now: () => new Date(0),
    signal: new AbortController().signal,
    input: (name) => options.inputs?.[name],
  };
}

export function manifestText(manifest: string): string {
  return manifest.startsWith('version:') ? manifest : `version: 1\n${manifest}`;
}

export async function runCase(c: EnvCase): Promise<CaseResult> {
  const source = manifestText(c.manifest);
  const dir = workspace({ [MANIFEST_FILE]: source, ...c.files });
  if (c.commit) commitAll(dir);
  const masker = new Masker();
  const ctx = context(dir, source, { ...c, masker });
  const output = await envCheck.run(ctx, ctx.manifest.data.env!);
  return { findings: [...output.findings].sort(compareFindings), artifacts: output.artifacts ?? {}, metrics: output.metrics ?? {}, masker, dir };
}

function pick(f: Finding, e: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = {};
  for (const key of Object.keys(e) as (keyof ExpectedFinding)[]) (out as Record<string, unknown>)[key] = f[key as keyof Finding];
  return out;
}

/** A table of valid cases (no finding of the rule) and invalid ones (exactly these findings, in order). */
export function ruleTester(ruleId: string, cases: { valid: EnvCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const [i, c] of cases.valid.entries()) {
      test(`valid: ${c.name ?? i + 1}`, async () => {
        const { findings } = await runCase(c);
        expect(findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
      });
    }
    for (const [i, c] of cases.invalid.entries()) {
      test(`invalid: ${c.name ?? i + 1}`, async () => {
        const { findings } = await runCase(c);
        const mine = findings.filter((f) => f.ruleId === ruleId);
        const actual = mine.map((f, j) => (c.errors[j] ? pick(f, c.errors[j]) : f));
        const expected = c.errors.map((e) => (typeof e.message === 'object' ? { ...e, message: expect.stringMatching(e.message) } : e));
        expect(actual).toEqual(expected);
        for (const f of mine) expect(f.hint).toBeTruthy();
      });
    }
  });
}
