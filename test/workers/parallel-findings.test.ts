import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ALPHABETS, checksummedToken, randomString, seeded } from '../checks/secrets/synthesize.js';

/**
 * The worker-thread paths of the bundled CLI (the build a runner executes) report exactly what the
 * serial path reports on the same fixture tree: same rule, file and line for every finding, same
 * counts. RELEASE_GATE_THREADS=1 forces the serial path; =2 and =3 force workers even on a small tree.
 */

const CLI = resolve('dist/cli/index.js');
const random = seeded(2121);
let dir: string;
/** Where the fixture planted what the scan must find: rule id, file, line. */
const planted: { ruleId: string; file: string; line: number }[] = [];

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rg-parallel-'));
  write('.github/release-gate.yml', 'version: 1\nsecrets:\n  paths: ["src/**", "conf/**"]\n  logs: ["logs/*.log"]\n');
  // 80 source files (several jobs per worker), a credential in every 9th, at a line that moves.
  for (let i = 0; i < 80; i++) {
    const file = `src/m${String(i).padStart(2, '0')}/handler-${i}.ts`;
    const lines = Array.from({ length: 40 + i }, (_, n) => `export const value${n} = ${n * i}; // ${randomString(20, ALPHABETS.lower!, random)}`);
    if (i % 9 === 4) {
      const at = 3 + (i % 30);
      lines[at - 1] = `const token = '${checksummedToken('ghp', random)}';`;
      planted.push({ ruleId: 'github-pat', file, line: at });
    }
    write(file, `${lines.join('\n')}\n`);
  }
  // An allow comment covers the next line in the worker as in the serial path.
  write('src/allowed.ts', `// release-gate:allow-next-line github-pat\nconst fixture = '${checksummedToken('ghp', random)}';\n`);
  // Handled on the main thread in both paths: a key store, a binary file, an archive.
  write('conf/keys.jks', 'not really a key store');
  write('conf/blob.dat', Buffer.from([0, 1, 2, 0, 3]));
  write('conf/bundle.zip', Buffer.from('PK\u0003\u0004'));
  // Two logs, each a job of its own.
  for (const name of ['app', 'worker']) {
    const lines = Array.from({ length: 3000 }, (_, n) => `2026-01-15T10:00:00Z INFO request ${n} served in ${n % 97}ms`);
    lines[1233] = `2026-01-15T10:00:01Z DEBUG > Authorization: Bearer ${randomString(40, ALPHABETS.base62!, random)}`;
    planted.push({ ruleId: 'log-bearer-token', file: `logs/${name}.log`, line: 1234 });
    write(`logs/${name}.log`, `${lines.join('\n')}\n`);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scan(threads: string) {
  const r = spawnSync(process.execPath, [CLI, 'secrets', '--format', 'json'], {
    cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, RELEASE_GATE_THREADS: threads },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  const check = JSON.parse(r.stdout).checks[0];
  return {
    findings: check.findings.map((f: { ruleId: string; file?: string; line?: number; message: string }) => ({ ruleId: f.ruleId, file: f.file, line: f.line, message: f.message })),
    metrics: check.metrics,
  };
}

describe('secrets: worker threads and the serial path', () => {
  test('the serial path finds what was planted, and the notices', () => {
    const serial = scan('1');
    const located = serial.findings.map(({ ruleId, file, line }: { ruleId: string; file?: string; line?: number }) => ({ ruleId, file, line }));
    for (const p of planted) expect(located).toContainEqual(p);
    expect(located.filter((f: { file?: string }) => f.file === 'src/allowed.ts')).toEqual([]);
    expect(located.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      'secrets-archive-not-scanned', 'secrets-binary-file-skipped', 'github-pat', 'github-pat', 'github-pat', 'github-pat', 'github-pat', 'github-pat', 'github-pat', 'github-pat', 'github-pat',
      'keystore-file', 'log-bearer-token', 'log-bearer-token',
    ].sort());
    expect(serial.metrics.suppressed).toEqual({ allowComment: 1, baseline: 0 });
  });

  test.each(['2', '3'])('%s threads give exactly the serial findings and counts', (threads) => {
    const serial = scan('1');
    const parallel = scan(threads);
    expect(parallel.findings).toEqual(serial.findings);
    expect(parallel.metrics).toEqual(serial.metrics);
    expect(parallel.metrics.files.scanned).toBe(81);
    expect(parallel.metrics.logs).toEqual({ scanned: 2, bytes: serial.metrics.logs.bytes, lines: 6000, unreadable: 0 });
  });

  test('the report on disk is the same as well', () => {
    const run = (threads: string) => {
      spawnSync(process.execPath, [CLI, 'secrets', '--format', 'sarif', '--output', `out-${threads}.sarif`], { cwd: dir, env: { PATH: process.env.PATH, RELEASE_GATE_THREADS: threads } });
      return JSON.parse(readFileSync(join(dir, `out-${threads}.sarif`), 'utf8')).runs[0].results;
    };
    expect(run('2')).toEqual(run('1'));
  });
});
