import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckContext } from '../../../src/checks/check.js';
import { migrationsCheck } from '../../../src/checks/migrations/index.js';
import { createGit, type Git } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { compareFindings, type Finding } from '../../../src/types.js';

/**
 * ESLint's RuleTester for the migrations check: each case is a small workspace holding the base
 * schema (db/migrations/001_base.sql) and the migration under test (db/migrations/002_change.sql);
 * the check runs on it for real, and the findings of one rule are compared with the expected ones.
 */

export const MANIFEST_FILE = '.github/release-gate.yml';
export const CASE_FILE = 'db/migrations/002_change.sql';
export const BASE_FILE = 'db/migrations/001_base.sql';
export const BASE_SCHEMA = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/migrations/base-schema.sql'), 'utf8');

export interface MigrationCase {
  name?: string;
  /** The migration under test, run after the base schema. */
  sql?: string;
  /** Instead of `sql`: every file of the workspace by path; the base schema is not added. */
  files?: Record<string, string>;
  /** Keys of the migrations section besides paths, e.g. { preset: 'dbmate', 'postgres-version': 11 }. */
  options?: Record<string, unknown>;
  /** Why postgres.test.ts cannot run this case on PostgreSQL 15 as written. */
  notOnPostgres?: string;
  git?: Git;
  base?: string;
}

export interface ExpectedFinding {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
  message?: string | RegExp;
  severity?: Finding['severity'];
  hint?: string | RegExp;
}

export interface InvalidCase extends MigrationCase {
  errors: ExpectedFinding[];
}

export interface RuleTable {
  valid: MigrationCase[];
  invalid: InvalidCase[];
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-migrations-'));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The files a case's workspace holds, by path. */
export function caseFiles(c: MigrationCase): Record<string, string> {
  return c.files ?? { [BASE_FILE]: BASE_SCHEMA, [CASE_FILE]: c.sql ?? '' };
}

export function manifestFor(c: MigrationCase): string {
  const options = { ...(c.files ? {} : { paths: ['db/migrations/*.sql'] }), ...c.options };
  const entries = Object.entries(options);
  if (!entries.length) return 'version: 1\nmigrations: {}\n';
  return `version: 1\nmigrations:\n${entries.map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n`;
}

export function context(dir: string, manifest: string, options: { git?: Git; base?: string } = {}): CheckContext {
  return {
    cwd: dir,
    env: {},
    manifest: parseManifest(manifest, MANIFEST_FILE),
    base: options.base,
    git: options.git ?? createGit(dir),
    masker: new Masker(),
    now: () => new Date(0),
    signal: new AbortController().signal,
    input: () => undefined,
  };
}

export interface CaseResult {
  findings: Finding[];
  metrics: Record<string, unknown>;
  dir: string;
}

export async function runInDir(dir: string, manifest: string, options: { git?: Git; base?: string } = {}): Promise<CaseResult> {
  const ctx = context(dir, manifest, options);
  const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
  return { findings: [...output.findings].sort(compareFindings), metrics: output.metrics ?? {}, dir };
}

export async function runCase(c: MigrationCase): Promise<CaseResult> {
  const dir = workspace(caseFiles(c));
  return runInDir(dir, manifestFor(c), { git: c.git, base: c.base });
}

function pick(f: Finding, e: ExpectedFinding): ExpectedFinding {
  const out: ExpectedFinding = {};
  for (const key of Object.keys(e) as (keyof ExpectedFinding)[]) (out as Record<string, unknown>)[key] = f[key as keyof Finding];
  return out;
}

const byPosition = (a: Finding, b: Finding) =>
  (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Valid cases give no finding of the rule; invalid ones give exactly these findings, in file and line order. */
export function ruleTester(ruleId: string, table: RuleTable): void {
  describe(ruleId, () => {
    for (const [i, c] of table.valid.entries()) {
      test(`valid: ${c.name ?? i + 1}`, async () => {
        const { findings } = await runCase(c);
        expect(findings.filter((f) => f.ruleId === ruleId)).toEqual([]);
      });
    }
    for (const [i, c] of table.invalid.entries()) {
      test(`invalid: ${c.name ?? i + 1}`, async () => {
        const { findings } = await runCase(c);
        const mine = findings.filter((f) => f.ruleId === ruleId).sort(byPosition);
        const defaults: ExpectedFinding = c.files ? {} : { file: CASE_FILE };
        const expected = c.errors.map((e) => {
          const full: ExpectedFinding = { ...defaults, ...e };
          if (e.message instanceof RegExp) full.message = expect.stringMatching(e.message) as unknown as string;
          if (e.hint instanceof RegExp) full.hint = expect.stringMatching(e.hint) as unknown as string;
          return full;
        });
        const actual = mine.map((f, j) => (expected[j] ? pick(f, expected[j]) : f));
        expect(actual).toEqual(expected);
        for (const f of mine) expect(f.hint).toBeTruthy();
      });
    }
  });
}
