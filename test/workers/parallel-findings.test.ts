import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { rangeShare } from '../../src/checks/secrets/scan-file.js';
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
  write('src/allowed.ts', `// release-gate:allow-next-line github-pat: a revoked token kept as a fixture\nconst fixture = '${checksummedToken('ghp', random)}';\n`);
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

/** A log of `lines` lines of 100 bytes; `at` puts given text (padded to 99 characters) on given 1-based lines. */
function bigLog(path: string, lines: number, at: Record<number, string>): void {
  const parts: string[] = [];
  for (let n = 1; n <= lines; n++) parts.push((at[n] ?? `2026-01-15T10:00:00Z INFO request ${n} served`).padEnd(99, ' '));
  write(path, `${parts.join('\n')}\n`);
}

/**
 * The line a log of `lines` 100-byte lines is first cut at with `threads` threads: its first range
 * takes rangeShare of the log and ends with the line that holds that byte (see scanInThreads).
 */
const firstCutLine = (lines: number, threads: number) => Math.floor(rangeShare(lines * 100, threads) / 100) + 2;

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

describe('secrets: a large log split between workers', () => {
  const LINES = 170_000; // 17 MB: ranges of 4.25 MB (two threads) or 4 MiB (three) and a rest
  const cut2 = firstCutLine(LINES, 2);
  const cut3 = firstCutLine(LINES, 3);
  const token = () => randomString(40, ALPHABETS.base62!, random);
  let logDir: string;

  beforeAll(() => {
    logDir = dir;
    // Split: credentials on the last line of the first range, the first of the second (with two
    // threads and with three), and far on.
    bigLog('big/split.log', LINES, {
      5: `DEBUG > Authorization: Bearer ${token()}`,
      [cut3 - 1]: `DEBUG > Authorization: Bearer ${token()}`,
      [cut3]: `DEBUG > Authorization: Bearer ${token()}`,
      [cut2 - 1]: `DEBUG > Authorization: Bearer ${token()}`,
      [cut2]: `DEBUG > Authorization: Bearer ${token()}`,
      [LINES - 3]: `DEBUG > Authorization: Bearer ${token()}`,
    });
    // An allow comment on the last line of the first range covers the next range's first line: that
    // carries over the cut, so the log is scanned whole and the credential stays allowed.
    bigLog('big/carried.log', LINES, {
      [cut3 - 1]: '# release-gate:allow-next-line log-bearer-token: a revoked token in a replayed request',
      [cut3]: `DEBUG > Authorization: Bearer ${token()}`,
      [cut2 - 1]: '# release-gate:allow-next-line log-bearer-token: a revoked token in a replayed request',
      [cut2]: `DEBUG > Authorization: Bearer ${token()}`,
      [cut2 + 2]: `DEBUG > Authorization: Bearer ${token()}`,
    });
    write('.github/big.yml', 'version: 1\nsecrets:\n  paths: ["nothing/**"]\n  logs: ["big/*.log"]\n');
  });

  function scanBig(threads: string) {
    const r = spawnSync(process.execPath, [CLI, 'secrets', '--manifest', '.github/big.yml', '--format', 'json'], {
      cwd: logDir, encoding: 'utf8', env: { PATH: process.env.PATH, RELEASE_GATE_THREADS: threads }, maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.stderr).toBe('');
    const check = JSON.parse(r.stdout).checks[0];
    return { located: check.findings.map((f: { ruleId: string; file?: string; line?: number; column?: number }) => ({ ruleId: f.ruleId, file: f.file, line: f.line, column: f.column })), metrics: check.metrics };
  }

  test('the serial scan: every planted line, the allowed one not', () => {
    const serial = scanBig('1');
    expect([cut3, cut2]).toEqual([41_945, 42_502]);
    expect(serial.located).toEqual([
      { ruleId: 'log-bearer-token', file: 'big/carried.log', line: cut2 + 2, column: 31 },
      ...[5, cut3 - 1, cut3, cut2 - 1, cut2, LINES - 3].map((line) => ({ ruleId: 'log-bearer-token', file: 'big/split.log', line, column: 31 })),
    ]);
    expect(serial.metrics.suppressed).toEqual({ allowComment: 2, baseline: 0 });
    expect(serial.metrics.logs).toEqual({ scanned: 2, bytes: 2 * LINES * 100, lines: 2 * LINES, unreadable: 0 });
  });

  test.each(['2', '3'])('%s threads: the same findings, lines and counts', (threads) => {
    const serial = scanBig('1');
    expect(scanBig(threads)).toEqual(serial);
  });
});

describe('secrets: a large log behind a link out of the workspace', () => {
  let outside: string;
  beforeAll(() => {
    outside = mkdtempSync(join(tmpdir(), 'rg-outside-'));
    const lines: string[] = [];
    for (let n = 1; n <= 170_000; n++) lines.push((n === 90_000 ? `DEBUG > Authorization: Bearer ${randomString(40, ALPHABETS.base62!, random)}` : `INFO request ${n}`).padEnd(99, ' '));
    writeFileSync(join(outside, 'elsewhere.log'), `${lines.join('\n')}\n`);
    mkdirSync(join(dir, 'linked'), { recursive: true });
    symlinkSync(join(outside, 'elsewhere.log'), join(dir, 'linked/app.log'));
    write('.github/linked.yml', 'version: 1\nsecrets:\n  paths: ["nothing/**"]\n  logs: ["linked/*.log"]\n');
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  test.each(['1', '2'])('%s threads: not read', (threads) => {
    const r = spawnSync(process.execPath, [CLI, 'secrets', '--manifest', '.github/linked.yml', '--format', 'json'], {
      cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, RELEASE_GATE_THREADS: threads },
    });
    expect(r.stderr).toBe('');
    const check = JSON.parse(r.stdout).checks[0];
    expect(check.findings).toEqual([]);
    expect(check.metrics.logs).toEqual({ scanned: 0, bytes: 0, lines: 0, unreadable: 0 });
  });
});

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
