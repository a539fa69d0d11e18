import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInDir, workspace } from './rule-tester.js';

/**
 * The demo's migrations give exactly the planted findings: the lead's demo replays them the same way
 * (a git repository whose main branch holds baseFiles, and a feature branch adding the rest).
 */
const demo = join(dirname(fileURLToPath(import.meta.url)), '../../../demo/workspace');
const planted = (JSON.parse(readFileSync(join(demo, '../planted.json'), 'utf8')) as {
  check: string; ruleId: string; file: string; line: number; baseFiles?: string[];
}[]).filter((p) => p.check === 'migrations');
// Only the migrations section of the demo manifest: the other checks' parts need the demo's servers.
const manifest = readFileSync(join(demo, '.github/release-gate.yml'), 'utf8');
const section = manifest.slice(manifest.indexOf('\nmigrations:') + 1).split(/\n(?=\S)/)[0]!;
const migrations = readdirSync(join(demo, 'db/migrations')).map((f) => `db/migrations/${f}`);

function replay(): string {
  const dir = workspace({});
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=demo@example.com', '-c', 'user.name=demo', '-c', 'init.defaultBranch=main', ...args], { cwd: dir });
  const copy = (path: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), readFileSync(join(demo, path)));
  };
  git('init', '-q');
  for (const path of planted.find((p) => p.baseFiles)!.baseFiles!) copy(path);
  git('add', '-A');
  git('commit', '-q', '-m', 'main');
  git('checkout', '-q', '-b', 'feature');
  for (const path of migrations) copy(path);
  git('add', '-A');
  git('commit', '-q', '-m', 'feature');
  return dir;
}

describe('the demo migrations', () => {
  test('with --base main: exactly the planted findings', async () => {
    const { findings } = await runInDir(replay(), `version: 1\n${section}`, { base: 'main' });
    const key = (x: { ruleId: string; file?: string; line?: number }) => `${x.file}:${x.line} ${x.ruleId}`;
    expect(findings.map(key).sort()).toEqual(planted.map(key).sort());
  });

  test('without --base: only the unsafe index', async () => {
    const { findings } = await runInDir(replay(), `version: 1\n${section}`);
    expect(findings.map((f) => f.ruleId)).toEqual(['index-not-concurrent']);
  });
});
