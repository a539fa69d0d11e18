import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CheckContext } from '../../../src/checks/check.js';
import { dependenciesCheck } from '../../../src/checks/dependencies/index.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

export const MANIFEST_FILE = '.github/release-gate.yml';

export interface DependencyCase {
  name?: string;
  /**
   * The dependencies section's body (indented by the tester); `advisories: off` and `registry: false`
   * unless given. A function when it names a stand-in's URL, known only once the stand-in runs.
   */
  section?: string | (() => string);
  files: Record<string, string>;
  /** Files of the base branch: committed first, then `files` are written over them and committed on a branch. */
  base?: Record<string, string>;
  /** The ref given as --base; default main, the branch `base` is committed on. */
  baseRef?: string;
}

export interface ExpectedFinding {
  file?: string;
  line?: number;
  message?: string | RegExp;
  severity?: Finding['severity'];
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

export function manifestFor(section = ''): string {
  const lines = section.split('\n').filter((l) => l.trim());
  if (!lines.some((l) => /^advisories:/.test(l))) lines.push('advisories: off');
  if (!lines.some((l) => /^registry:/.test(l))) lines.push('registry: false');
  return `version: 1\ndependencies:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export async function runCase(c: DependencyCase): Promise<{ findings: Finding[]; metrics: Record<string, unknown>; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-deps-'));
  made.push(dir);
  const source = manifestFor(typeof c.section === 'function' ? c.section() : c.section);
  let base: string | undefined;
  if (c.base) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q', '-b', 'main');
    write(dir, { [MANIFEST_FILE]: source, ...c.base });
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    for (const path of Object.keys(c.base)) if (!(path in c.files)) rmSync(join(dir, path));
    write(dir, c.files);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'change');
    base = c.baseRef ?? 'main';
  } else {
    write(dir, { [MANIFEST_FILE]: source, ...c.files });
  }
  const ctx: CheckContext = {
    cwd: dir, env: {}, manifest: parseManifest(source, MANIFEST_FILE), base, git: createGit(dir), masker: new Masker(),
    now: () => new Date(0), signal: new AbortController().signal, input: () => undefined,
  };
  const output = await dependenciesCheck.run(ctx, ctx.manifest.data.dependencies!);
  return { findings: [...output.findings].sort(compareFindings), metrics: output.metrics ?? {}, dir };
}

function pick(f: Finding, e: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = {};
  for (const key of Object.keys(e) as (keyof ExpectedFinding)[]) (out as Record<string, unknown>)[key] = f[key as keyof Finding];
  return out;
}

/** ESLint's RuleTester for this check: valid cases have no finding of the rule, invalid ones exactly these. */
export function ruleTester(ruleId: string, cases: { valid: DependencyCase[]; invalid: (DependencyCase & { errors: ExpectedFinding[] })[] }): void {
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

/** A package-lock v3 with these packages at the top of node_modules; `direct` names go in the root. */
export function packageLock(packages: Record<string, { version: string; hasInstallScript?: boolean; dependencies?: Record<string, string> }>, direct: string[] = Object.keys(packages)): string {
  const entries: Record<string, unknown> = {
    '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(direct.map((n) => [n, `^${packages[n]?.version ?? '1.0.0'}`])) },
  };
  for (const [name, p] of Object.entries(packages)) entries[`node_modules/${name}`] = p;
  return `${JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`;
}

export function packageJson(direct: Record<string, string>): string {
  return `${JSON.stringify({ name: 'app', version: '1.0.0', dependencies: direct }, null, 2)}\n`;
}
