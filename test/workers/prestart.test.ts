import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextFileJob } from '../../src/checks/secrets/scan-file.js';
import type { ScanWorkerInit, ScanWorkerResult } from '../../src/checks/secrets/scan-worker.js';
import { processThreads, setWorkerEntry, type Threads } from '../../src/workers/threads.js';
import { ALPHABETS, checksummedToken, randomString, seeded } from '../checks/secrets/synthesize.js';

/**
 * Workers started before their pool (Threads.prestart: the CLI starts the secrets scan's workers
 * before it reads the manifest) are taken over by the task's pool, get the run's init as their first
 * message, and scan as a worker started by the pool does. The workers run the built bundle
 * (dist/bundle/index.js), as in a real run; this process drives them through src/workers/threads.ts.
 */

const CLI = resolve('dist/cli/index.js');
const random = seeded(4711);
let dir: string;
let threads: Threads;
const init: ScanWorkerInit = { includePersonalData: true, policy: {}, nowMs: Date.parse('2026-01-15T00:00:00Z'), build: ['code'] };
const job = (file: string): TextFileJob => ({ file, path: join(dir, file), root: dir, kind: 'code', maxBytes: 1024 * 1024 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rg-prestart-'));
  mkdirSync(join(dir, 'src'));
  const lines = Array.from({ length: 30 }, (_, n) => `export const value${n} = ${n}; // ${randomString(16, ALPHABETS.lower!, random)}`);
  lines[16] = `const token = '${checksummedToken('ghp', random)}';`;
  writeFileSync(join(dir, 'src/config.ts'), `${lines.join('\n')}\n`);
  setWorkerEntry(pathToFileURL(resolve('dist/bundle/index.js')).href);
  threads = processThreads({ RELEASE_GATE_THREADS: '3' })!;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prestarted workers', () => {
  test('a pool takes over the prestarted workers, which scan with the init it sends', async () => {
    threads.prestart('secrets-scan', 2);
    const pool = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 2);
    try {
      expect(pool.adopted).toBe(2);
      const results = await Promise.all([pool.run([job('src/config.ts')]), pool.run([job('src/config.ts')])]);
      for (const [result] of results) {
        expect(result!.outcome).toEqual({ status: 'scanned', bytes: expect.any(Number) });
        expect(result!.hits.map((h) => ({ ruleId: h.ruleId, line: h.line }))).toEqual([{ ruleId: 'github-pat', line: 17 }]);
      }
    } finally {
      await pool.close();
    }
  });

  test('a smaller pool takes what it needs and the rest are stopped; the next pool starts its own', async () => {
    threads.prestart('secrets-scan', 2);
    const first = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 1);
    const second = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 1);
    try {
      expect([first.adopted, second.adopted]).toEqual([1, 0]);
      const [[a], [b]] = await Promise.all([first.run([job('src/config.ts')]), second.run([job('src/config.ts')])]);
      expect(a!.hits.map((h) => h.line)).toEqual([17]);
      expect(b!.hits.map((h) => h.line)).toEqual([17]);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  test('released workers are not taken over', async () => {
    threads.prestart('secrets-scan', 1);
    threads.release('secrets-scan');
    const pool = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 1);
    try {
      expect(pool.adopted).toBe(0);
      const [result] = await pool.run([job('src/config.ts')]);
      expect(result!.hits.map((h) => h.line)).toEqual([17]);
    } finally {
      await pool.close();
    }
  });

  test('a prestarted worker whose init cannot be used fails its job instead of hanging', async () => {
    threads.prestart('secrets-scan', 1);
    // `build` names a scanner that does not exist: the handler cannot be built.
    const pool = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', { ...init, build: ['nonsense'] }, 1);
    try {
      expect(pool.adopted).toBe(1);
      await expect(pool.run([job('src/config.ts')])).rejects.toThrow(/prebuild/);
      await expect(pool.run([job('src/config.ts')])).rejects.toThrow('no worker thread is running');
    } finally {
      await pool.close();
    }
  });
});

describe('a pool that gives each worker two jobs at once', () => {
  test('the worker does them one after the other, and each answer goes to its own job', async () => {
    writeFileSync(join(dir, 'src/clean.ts'), 'export const nothing = 1;\n');
    const pool = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 1, 2);
    try {
      const files = ['src/config.ts', 'src/clean.ts', 'src/config.ts', 'src/missing.ts', 'src/clean.ts'];
      const results = await Promise.all(files.map((file) => pool.run([job(file)])));
      expect(results.map(([r]) => [r!.outcome.status, r!.hits.map((h) => h.line)])).toEqual([
        ['scanned', [17]], ['scanned', []], ['scanned', [17]], ['unreadable', []], ['scanned', []],
      ]);
    } finally {
      await pool.close();
    }
  });

  test('closing the pool fails both jobs a worker holds', async () => {
    const pool = threads.pool<TextFileJob[], ScanWorkerResult[]>('secrets-scan', init, 1, 2);
    const held = [pool.run([job('src/config.ts')]), pool.run([job('src/config.ts')]), pool.run([job('src/config.ts')])];
    const settled = Promise.allSettled(held);
    await pool.close();
    expect((await settled).map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
  });
});

describe('the CLI starts the secrets workers before it reads the manifest', () => {
  const run = (args: string[], manifest: string) => {
    writeFileSync(join(dir, 'gate.yml'), manifest);
    return spawnSync(process.execPath, [CLI, ...args, '--manifest', 'gate.yml', '--format', 'json'], {
      cwd: dir, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL', env: { PATH: process.env.PATH, RELEASE_GATE_THREADS: '2' },
    });
  };

  test('used: the same findings as one thread', () => {
    const r = run(['secrets'], 'version: 1\nsecrets:\n  paths: ["src/**"]\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).checks[0].findings.map((f: { ruleId: string; file: string; line: number }) => [f.ruleId, f.file, f.line]);
    expect(findings).toEqual([['github-pat', 'src/config.ts', 17]]);
  });

  test('never used (the manifest has no secrets section): the process still ends', () => {
    const r = run(['secrets'], 'version: 1\nenv:\n  declared-in: [".env.example"]\n');
    expect(r.signal).toBeNull();
    expect(r.error).toBeUndefined();
    expect(JSON.parse(r.stdout).checks[0]).toMatchObject({ check: 'secrets', status: 'skipped' });
  });
});
