import { afterEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_MIGRATION_FILES } from '../../src/checks/migrations/index.js';
import { MAX_TREE_FILES } from '../../src/checks/secrets/run.js';
import { walkFiles } from '../../src/checks/secrets/walk.js';
import { readBounded } from '../../src/files/read-bounded.js';
import { cli, workspace } from './harness.js';

/**
 * A workspace is hostile input. A migration, env file or manifest that was a symlink to /dev/zero or
 * a FIFO once took 16 GB and lost every check; unreadable files were skipped in silence. Each case
 * here drives the real CLI over a real directory.
 */

const spaces: { remove(): void }[] = [];
afterEach(() => spaces.splice(0).forEach((s) => s.remove()));

function space(files: Record<string, string>): string {
  const ws = workspace(files);
  spaces.push(ws);
  return ws.dir;
}

const mkfifo = (path: string) => expect(spawnSync('mkfifo', [path]).status).toBe(0);

type Row = [string, string, string | undefined, number | undefined, string];
function findings(stdout: string): Row[] {
  const report = JSON.parse(stdout) as { checks: { findings: { ruleId: string; severity: string; file?: string; line?: number; message: string }[] }[] };
  return report.checks.flatMap((c) => c.findings.map((f): Row => [f.ruleId, f.severity, f.file, f.line, f.message]));
}

describe('the bounded reader', () => {
  test('stops at the cap whatever fstat says: a /proc file says 0 bytes and holds more', () => {
    expect(readBounded('/proc/self/status', { maxBytes: 64 })).toEqual({ ok: false, reason: 'too-large', detail: 'is over 64 bytes; skipped' });
    const whole = readBounded('/proc/self/status', { maxBytes: 1024 * 1024 });
    expect(whole.ok && whole.bytes.toString('utf8')).toMatch(/^Name:/);
  });

  test('reads only regular files: /dev/zero is a device, a FIFO is never opened for a blocking read', () => {
    expect(readBounded('/dev/zero', { maxBytes: 1024 })).toEqual({ ok: false, reason: 'not-regular', detail: 'is a character device, not a regular file; skipped' });
    const dir = space({});
    mkfifo(join(dir, 'pipe'));
    expect(readBounded(join(dir, 'pipe'), { maxBytes: 1024 })).toEqual({ ok: false, reason: 'not-regular', detail: 'is a named pipe (FIFO), not a regular file; skipped' });
  });

  test('a link from inside the workspace to outside it is not followed; one inside it is', () => {
    const dir = space({ 'a.txt': 'inside' });
    symlinkSync('/etc/hostname', join(dir, 'out'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'in'));
    expect(readBounded(join(dir, 'out'), { maxBytes: 1024, root: dir })).toEqual({ ok: false, reason: 'outside-workspace', detail: 'is a symbolic link to a place outside the workspace; not followed' });
    const inside = readBounded(join(dir, 'in'), { maxBytes: 1024, root: dir });
    expect(inside.ok && inside.bytes.toString()).toBe('inside');
    // Named outside the workspace on purpose (an absolute env-file path): read where it is.
    expect(readBounded('/etc/hostname', { maxBytes: 1024, root: dir }).ok).toBe(true);
  });
});

describe('hostile files through the CLI', () => {
  test('migrations: a link to /dev/zero, a FIFO, a link out of the workspace and a 17 MB file are each reported; the good file is still checked', async () => {
    const dir = space({
      '.github/release-gate.yml': 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n',
      'db/migrations/001_ok.sql': 'TRUNCATE users;\n',
    });
    const m = join(dir, 'db/migrations');
    symlinkSync('/dev/zero', join(m, '002_zero.sql'));
    mkfifo(join(m, '003_pipe.sql'));
    symlinkSync('/etc/hostname', join(m, '004_out.sql'));
    writeFileSync(join(m, '005_huge.sql'), '');
    truncateSync(join(m, '005_huge.sql'), 17 * 1024 * 1024);
    const run = await cli(['migrations', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      ['truncate-data-loss', 'error', 'db/migrations/001_ok.sql', 1, expect.any(String)],
      ['migration-unreadable', 'error', 'db/migrations/005_huge.sql', 1, 'the migration is 17 MiB, over 16 MiB, so it was not checked'],
      ['migration-unreadable', 'notice', 'db/migrations/002_zero.sql', 1, 'the migration is a symbolic link to a place outside the workspace; not followed, so it was not checked'],
      ['migration-unreadable', 'notice', 'db/migrations/003_pipe.sql', 1, 'the migration is a named pipe (FIFO), not a regular file, so it was not checked'],
      ['migration-unreadable', 'notice', 'db/migrations/004_out.sql', 1, 'the migration is a symbolic link to a place outside the workspace; not followed, so it was not checked'],
    ]);
  });

  test('the manifest itself: a FIFO or a link to /dev/zero is a manifest error (exit 2), not a hang', async () => {
    const dir = space({});
    mkfifo(join(dir, 'pipe.yml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yml'));
    const pipe = await cli(['env', '--manifest', 'pipe.yml'], dir);
    expect([pipe.code, pipe.stderr.trim()]).toEqual([2, 'pipe.yml: is a named pipe (FIFO), not a regular file']);
    const zero = await cli(['env', '--manifest', 'zero.yml'], dir);
    expect([zero.code, zero.stderr.trim()]).toEqual([2, 'zero.yml: is a symbolic link to a place outside the workspace; not followed']);
  });

  test('env: an env file that is a FIFO is reported, not waited on; the other environment is still checked', async () => {
    const dir = space({
      '.github/release-gate.yml': `version: 1
environments:
  staging: { url: "https://staging.example.com", env-file: deploy/staging.env }
  production: { url: "https://example.com", env-file: deploy/production.env }
env:
  vars:
    LOG_LEVEL: { enum: [debug, info] }
`,
      'deploy/staging.env': 'LOG_LEVEL=verbose\n',
    });
    mkfifo(join(dir, 'deploy/production.env'));
    const run = await cli(['env', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const rows = findings(run.stdout);
    expect(rows).toEqual([
      ['env-source-error', 'error', '.github/release-gate.yml', 4, 'deploy/production.env (env-file of production) is a named pipe (FIFO), not a regular file; skipped'],
      ['env-invalid-value', 'error', 'deploy/staging.env', 1, 'LOG_LEVEL in staging is not one of debug, info'],
    ]);
  });

  test('dependencies: a lockfile that is a FIFO is reported, not waited on', async () => {
    const dir = space({ '.github/release-gate.yml': 'version: 1\ndependencies:\n  advisories: off\n' });
    mkfifo(join(dir, 'package-lock.json'));
    const run = await cli(['dependencies', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      ['dependency-source-unavailable', 'error', 'package-lock.json', 1, 'the lockfile package-lock.json is a named pipe (FIFO), not a regular file, so what it installs was not checked'],
    ]);
  });

  test('secrets: a FIFO in the tree is a notice, a link to /dev/zero is not followed, and the secret beside them is still found', async () => {
    const dir = space({
      '.github/release-gate.yml': 'version: 1\nsecrets: {}\n',
      'config/app.yml': 'database:\n  password: "Rk9vT3qLmZ8wXy2p"\n',
    });
    mkdirSync(join(dir, 'src'));
    mkfifo(join(dir, 'src/pipe'));
    symlinkSync('/dev/zero', join(dir, 'src/zero.txt'));
    const run = await cli(['secrets', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const rows = findings(run.stdout);
    expect(rows.filter(([rule]) => rule.startsWith('secrets-file'))).toEqual([
      ['secrets-file-unreadable', 'notice', 'src/pipe', undefined, 'could not read src/pipe: a named pipe (FIFO), not a regular file; not scanned'],
    ]);
    expect(rows.filter(([, severity]) => severity === 'error').map(([rule, , file, line]) => [rule, file, line])).toEqual([['generic-password-assignment', 'config/app.yml', 2]]);
  });
});

// As root every file is readable: the unreadable cases run the built CLI as `nobody`.
const CLI = resolve('dist/cli/index.js');
function runAsUnprivileged(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const root = process.getuid?.() === 0;
  const [cmd, argv] = root ? ['runuser', ['-u', 'nobody', '--', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const result = spawnSync(cmd, argv, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('unreadable files and directories are findings, never skipped in silence', () => {
  test('chmod 000: a migration is migration-unreadable (not a syntax error), a secrets directory and file are secrets-file-unreadable', () => {
    const dir = space({
      '.github/release-gate.yml': 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\nsecrets:\n  paths: ["src/**"]\n',
      'db/migrations/001_ok.sql': 'SELECT 1;\n',
      'db/migrations/002_locked.sql': 'SELECT 2;\n',
      'src/locked/a.ts': 'export {};\n',
      'src/b.ts': 'export {};\n',
    });
    // The workspace is made readable by everyone but the two locked paths.
    for (const d of ['', '.github', 'db', 'db/migrations', 'src']) chmodSync(join(dir, d), 0o755);
    for (const f of ['.github/release-gate.yml', 'db/migrations/001_ok.sql', 'src/b.ts']) chmodSync(join(dir, f), 0o644);
    chmodSync(join(dir, 'db/migrations/002_locked.sql'), 0o000);
    chmodSync(join(dir, 'src/locked'), 0o000);
    try {
      const run = runAsUnprivileged(['migrations', '--format', 'json'], dir);
      expect(run.stderr).toBe('');
      expect(findings(run.stdout)).toEqual([
        ['migration-unreadable', 'error', 'db/migrations/002_locked.sql', 1, 'the migration cannot be read (EACCES), so it was not checked'],
      ]);
      const secrets = runAsUnprivileged(['secrets', '--format', 'json'], dir);
      expect(findings(secrets.stdout)).toEqual([
        ['secrets-file-unreadable', 'warning', 'src/locked', undefined, 'could not read src/locked: the directory cannot be read (EACCES); nothing in it was scanned'],
      ]);
      expect(secrets.code).toBe(0);
    } finally {
      chmodSync(join(dir, 'src/locked'), 0o755); // so the workspace can be removed
    }
  });
});

describe('a glob that matches a huge tree is a capped walk with a finding, never a crash', () => {
  test('migrations: 20,001 files under the glob: the first 20,000 are checked and migration-paths-capped fails the gate at the paths line', async () => {
    const dir = space({ '.github/release-gate.yml': 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n' });
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    for (let i = 0; i <= MAX_MIGRATION_FILES; i++) writeFileSync(join(dir, 'db/migrations', `${String(i).padStart(6, '0')}_m.sql`), '');
    const run = await cli(['migrations', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(findings(run.stdout)).toEqual([
      ['migration-paths-capped', 'error', '.github/release-gate.yml', 3, '"db/migrations/*.sql" match 20,001 files, more than the 20,000 one run reads; only the first 20,000 in name order were checked'],
    ]);
    expect(JSON.parse(run.stdout).checks[0].metrics.files).toBe(MAX_MIGRATION_FILES);
  });

  test('secrets: the walk stops at its cap and says so', async () => {
    const dir = space({ 'a.txt': '', 'b.txt': '', 'c.txt': '' });
    const capped: number[] = [];
    const files: string[] = [];
    for await (const file of walkFiles({ root: dir, include: [], exclude: [], gitignore: false, maxFiles: 2, onCapped: (n) => capped.push(n) })) files.push(file);
    expect([files, capped]).toEqual([['a.txt', 'b.txt'], [2]]);
    expect(MAX_TREE_FILES).toBe(200_000);
  });
});
