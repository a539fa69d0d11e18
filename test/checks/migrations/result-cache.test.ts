import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import v8 from 'node:v8';
import zlib from 'node:zlib';
// The sources run unbuilt, without a build id (src/build-id.ts): the tests give them one, and change it.
let build: string | undefined = 'build-1';
jest.unstable_mockModule('../../../src/build-id.js', () => ({ buildId: () => build }));
const { migrationsCheck } = await import('../../../src/checks/migrations/index.js');
const { RunInputs, MAX_RESULTS, openResultCache, resultCacheLocation } = await import('../../../src/checks/migrations/result-cache.js');
const { BASE_SCHEMA, context, workspace } = await import('./rule-tester.js');

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-result-cache-'));
  folders.push(dir);
  return dir;
}

const MANIFEST = 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n';
const FILES = {
  'db/migrations/001_base.sql': BASE_SCHEMA,
  'db/migrations/002_change.sql': 'CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN age int NOT NULL;\nSELECT 1 FROM\n',
  'db/migrations/003_more.sql': "-- release-gate-ignore missing-lock-timeout: a test (until 1970-01-02)\nALTER TABLE orders ADD COLUMN note text;\nDO $$ BEGIN EXECUTE 'DROP TABLE users'; END $$;\n",
};

/** The parts of a kept result file: its header's fields, the inputs and result's text, and each checkpoint's state. */
function readKeptFile(file: string): { fields: string[]; text: string; states: Buffer[] } {
  const bytes = readFileSync(file);
  const newline = bytes.indexOf(10);
  const fields = bytes.toString('latin1', 0, newline).split(' ');
  const sizes = fields[4] === '-' ? [] : fields[4]!.split(',').map((c) => Number(c.split('.')[2]));
  let at = newline + 1 + Number(fields[6]);
  const text = bytes.subarray(newline + 1, at).toString('utf8');
  return { fields, text, states: sizes.map((n) => bytes.subarray(at, (at += n))) };
}

/** Writes the parts back, each CRC-32 and length made valid again. */
function writeKeptFile(file: string, fields: string[], text: string, states: Buffer[]): void {
  const bytes = Buffer.from(text, 'utf8');
  const checkpoints = fields[4] === '-' ? '-' : fields[4]!.split(',').map((c, i) => [...c.split('.').slice(0, 2), states[i]!.length, zlib.crc32(states[i]!)].join('.')).join(',');
  const header = [...fields.slice(0, 4), checkpoints, zlib.crc32(bytes).toString(16), String(bytes.length)].join(' ');
  writeFileSync(file, Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), bytes, ...states]));
}

/** A kept result file rewritten with every message marked, its header made valid again: a run that reports the marks used it. */
function markKept(file: string): void {
  const { fields, text, states } = readKeptFile(file);
  const inputs = Number(fields[2]);
  const kept = JSON.parse(text.slice(inputs)) as { findings: { message: string }[] };
  for (const f of kept.findings) f.message += ' (kept)';
  writeKeptFile(file, fields, text.slice(0, inputs) + JSON.stringify(kept), states);
}

/** The kept linting states (the checkpoints) rewritten with every message marked: the findings of the files a run did not lint again come out marked. */
function markStates(file: string): number[] {
  const { fields, text, states } = readKeptFile(file);
  const marked = states.map((state) => {
    const kept = v8.deserialize(state) as { result: { findings: { message: string }[] } };
    for (const f of kept.result.findings) f.message += ' (kept)';
    return v8.serialize(kept);
  });
  writeKeptFile(file, fields, text, marked);
  return fields[4] === '-' ? [] : fields[4]!.split(',').map((c) => Number(c.split('.')[0]));
}

describe('the migrations check\'s kept result', () => {
  test('a kept result is found by its very inputs alone; other inputs, an altered or torn file, or a folder others can write to find none', () => {
    const dir = join(tempFolder(), 'migrations-result');
    const inputs = new RunInputs('build-1').add('a').key();
    const result = { findings: [{ ruleId: 'r', severity: 'error' as const, message: 'm', file: 'db/1.sql', line: 2 }], metrics: { files: 1, suppressions: [{ reason: null }] } };
    const first = openResultCache(dir, 'workspace')!;
    expect(first.files).toBe(0);
    expect(first.lookup(inputs)).toBeUndefined();
    first.save(inputs, 1, result);
    expect(first.stats).toEqual({ hit: false, resumed: false, written: true });

    const second = openResultCache(dir, 'workspace')!;
    expect(second.files).toBe(1);
    expect(second.lookup(inputs)).toStrictEqual(result);
    expect(second.stats.hit).toBe(true);
    expect(second.lookup(new RunInputs('build-1').add('b').key())).toBeUndefined();
    expect(openResultCache(dir, 'another workspace')!.lookup(inputs)).toBeUndefined();

    const [name] = readdirSync(dir);
    expect(name).toMatch(/^[0-9a-f]{8}\.json$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, name!)).mode & 0o777).toBe(0o600);
    const original = readFileSync(join(dir, name!), 'utf8');
    writeFileSync(join(dir, name!), original.replace('"line":2', '"line":3'));
    expect(openResultCache(dir, 'workspace')!.lookup(inputs)).toBeUndefined();
    writeFileSync(join(dir, name!), original.slice(0, -5));
    expect(openResultCache(dir, 'workspace')!.lookup(inputs)).toBeUndefined();
    writeFileSync(join(dir, name!), original);
    expect(openResultCache(dir, 'workspace')!.lookup(inputs)).toStrictEqual(result);
    chmodSync(dir, 0o777);
    expect(openResultCache(dir, 'workspace')).toBeUndefined();
  });

  test('a checkpoint resumes the runs whose inputs begin with the inputs it was kept after', () => {
    const dir = join(tempFolder(), 'migrations-result');
    const two = new RunInputs('build-1').add('settings').add('file 1');
    const afterOne = two.length;
    two.add('file 2');
    const first = openResultCache(dir, 'workspace')!;
    first.save(two.key(), 2, { findings: [], metrics: {} }, [
      { files: 2, inputs: two.length, state: Buffer.from('after 2') },
      { files: 1, inputs: afterOne, state: Buffer.from('after 1') },
    ]);
    const resume = (...parts: string[]) => {
      const found = openResultCache(dir, 'workspace')!.resume(parts.reduce((d, p) => d.add(p), new RunInputs('build-1')).key());
      return found && { files: found.files, state: found.state.toString() };
    };
    expect(resume('settings', 'file 1', 'file 2', 'file 3')).toEqual({ files: 2, state: 'after 2' });
    expect(resume('settings', 'file 1', 'file 2 edited')).toEqual({ files: 1, state: 'after 1' });
    expect(resume('settings', 'file 1')).toEqual({ files: 1, state: 'after 1' });
    expect(resume('settings', 'file 1 edited', 'file 2')).toBeUndefined();
    expect(resume('settings 2', 'file 1', 'file 2', 'file 3')).toBeUndefined();
    // A part that merely begins like a kept one is another part.
    expect(resume('settings', 'file 1', 'file 2 and more')).toEqual({ files: 1, state: 'after 1' });
    expect(openResultCache(dir, 'workspace')!.lookup(two.key())).toEqual({ findings: [], metrics: {} });
    // An altered state is not resumed from (its CRC-32 is checked then); the kept result is still found.
    const [name] = readdirSync(dir);
    const bytes = readFileSync(join(dir, name!));
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(join(dir, name!), bytes);
    expect(resume('settings', 'file 1')).toBeUndefined();
    expect(resume('settings', 'file 1', 'file 2', 'file 3')).toEqual({ files: 2, state: 'after 2' });
    expect(openResultCache(dir, 'workspace')!.lookup(two.key())).toEqual({ findings: [], metrics: {} });
  });

  test('parts are joined with their lengths, so no two lists of parts give one key; the build is a part', () => {
    const of = (build: string, ...parts: string[]) => parts.reduce((d, p) => d.add(p), new RunInputs(build)).key();
    expect(of('b', 'ab', 'c')).not.toBe(of('b', 'a', 'bc'));
    expect(of('b', 'a')).toBe(of('b', 'a'));
    expect(of('b', 'a')).not.toBe(of('c', 'a'));
  });

  test('the folder: beside the code cache, none when the code cache is off or the sources run unbuilt', () => {
    expect(resultCacheLocation({ RELEASE_GATE_CODE_CACHE: '/var/cache/rg' }, 'b1')).toEqual({ dir: '/var/cache/rg/migrations-result', build: 'b1' });
    expect(resultCacheLocation({ RELEASE_GATE_CODE_CACHE: 'off' }, 'b1')).toBeUndefined();
    expect(resultCacheLocation({ RELEASE_GATE_CODE_CACHE: '/var/cache/rg' }, undefined)).toBeUndefined();
  });

  test('the check: a later run over the same inputs gives the kept result; a changed migration, manifest section, rule option, day or build lints again, to what a run without the cache gives', async () => {
    const dir = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const codeCache = join(tempFolder(), 'code-cache');
    const kept = join(codeCache, 'migrations-result');
    let now = new Date(0);
    const run = async (cache: string, manifest = MANIFEST) => {
      const ctx = { ...context(dir, manifest), env: { RELEASE_GATE_CODE_CACHE: cache }, now: () => now };
      const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
      return JSON.parse(JSON.stringify(output)) as { findings: { ruleId: string; message: string }[]; metrics: Record<string, unknown> };
    };
    const fresh = await run('off');
    expect(fresh.findings.map((f) => f.ruleId).sort()).toEqual(['drop-breaks-running-app', 'index-not-concurrent', 'not-null-column-without-default', 'sql-syntax-error']);
    expect(fresh.metrics).toMatchObject({ files: 3, ignored: 1, suppressions: [{ hidden: 1 }] });

    expect(await run(codeCache)).toEqual(fresh);
    const [file] = readdirSync(kept);
    const written = statSync(join(kept, file!)).ino;
    expect(await run(codeCache)).toEqual(fresh);
    expect(statSync(join(kept, file!)).ino).toBe(written);

    // Marked, the kept result shows which runs used it.
    const marked = (output: { findings: { message: string }[] }) => output.findings.every((f) => f.message.endsWith(' (kept)'));
    const lintsAgain = async (change: () => void, before = MANIFEST, after = before) => {
      markKept(join(kept, file!));
      expect(marked(await run(codeCache, before))).toBe(true);
      change();
      const again = await run(codeCache, after);
      expect(marked(again)).toBe(false);
      expect(again).toEqual(await run('off', after));
      return again;
    };

    // The input: a migration's text.
    const edited = await lintsAgain(() => writeFileSync(join(dir, 'db/migrations/002_change.sql'), 'CREATE INDEX users_email_idx ON users (email);\n'));
    expect(edited.findings.map((f) => f.ruleId).sort()).toEqual(['drop-breaks-running-app', 'index-not-concurrent']);
    // A new migration.
    await lintsAgain(() => writeFileSync(join(dir, 'db/migrations/004_new.sql'), 'ALTER TABLE users ADD COLUMN c int NOT NULL;\n'));
    // The manifest's section: a rule's option (a style rule turned on), a setting.
    const styled = `${MANIFEST}  rules: { prefer-timestamptz: warning }\n`;
    const withStyle = await lintsAgain(() => undefined, MANIFEST, styled);
    expect(withStyle.findings.some((f) => f.ruleId === 'prefer-timestamptz')).toBe(true);
    const older = `${styled}  postgres-version: 10\n`;
    await lintsAgain(() => undefined, styled, older);
    // The day: the ignore in 003 expired.
    const expired = await lintsAgain(() => { now = new Date(2 * 24 * 3600 * 1000); }, older);
    expect(expired.metrics.ignored).toBe(0);
    // The build.
    await lintsAgain(() => { build = 'build-2'; }, older);
  });

  test('new migrations after the kept ones: the linting resumes from the state kept after those, and gives what a run without the cache gives', async () => {
    const dir = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const codeCache = join(tempFolder(), 'code-cache');
    const kept = join(codeCache, 'migrations-result');
    const run = async (cache: string, manifest = MANIFEST) => {
      const ctx = { ...context(dir, manifest), env: { RELEASE_GATE_CODE_CACHE: cache } };
      const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
      return JSON.parse(JSON.stringify(output)) as { findings: { ruleId: string; message: string; file: string }[]; metrics: Record<string, unknown> };
    };
    const unmarked = <T extends { findings: { message: string }[] }>(output: T): T =>
      ({ ...output, findings: output.findings.map((f) => ({ ...f, message: f.message.replace(/ \(kept\)$/, '') })) });
    const markedFiles = (output: { findings: { message: string; file: string }[] }) =>
      [...new Set(output.findings.filter((f) => f.message.endsWith(' (kept)')).map((f) => f.file))].sort();
    const write = (path: string, sql: string) => writeFileSync(join(dir, path), sql);
    await run(codeCache);
    const [file] = readdirSync(kept);
    const keptFile = join(kept, file!);
    // Kept after all three migrations, and after the first two (the newest is the one edited again and again).
    expect(markStates(keptFile)).toEqual([3, 2]);

    // A new migration: the three are not linted again (their findings come from the marked state), the new one is.
    write('db/migrations/004_new.sql', 'ALTER TABLE users ADD COLUMN c int NOT NULL;\nCREATE INDEX orders_note_idx ON orders (id);\n');
    const added = await run(codeCache);
    expect(markedFiles(added)).toEqual(['db/migrations/002_change.sql', 'db/migrations/003_more.sql']);
    expect(added.findings.filter((f) => f.file === 'db/migrations/004_new.sql').map((f) => f.ruleId).sort()).toEqual(['index-not-concurrent', 'not-null-column-without-default']);
    expect(unmarked(added)).toEqual(await run('off'));
    // Kept after the three it resumed from (a run that lints a few migrations keeps no state after them).
    expect(readKeptFile(keptFile).fields[4]!.split(',').map((c) => Number(c.split('.')[0]))).toEqual([3]);
    // The parse pack still holds the three it did not parse this time (the new one's parse appended).
    const pack = readFileSync(join(codeCache, 'sql-parse', readdirSync(join(codeCache, 'sql-parse'))[0]!), 'utf8');
    for (const name of Object.keys(FILES)) expect(pack).toContain(FILES[name as keyof typeof FILES]);

    // The new migration edited again: it resumes from the state after the three.
    write('db/migrations/004_new.sql', 'ALTER TABLE users ADD COLUMN c int;\n');
    const edited = await run(codeCache);
    expect(markedFiles(edited)).toEqual(['db/migrations/002_change.sql', 'db/migrations/003_more.sql']);
    expect(unmarked(edited)).toEqual(await run('off'));
    // The new migration removed: the state after the three is the whole linting.
    rmSync(join(dir, 'db/migrations/004_new.sql'));
    const removed = await run(codeCache);
    expect(markedFiles(removed)).toEqual(['db/migrations/002_change.sql', 'db/migrations/003_more.sql']);
    expect(unmarked(removed)).toEqual(await run('off'));

    // What comes before a kept state changed: every migration is linted again, to what a run without the cache gives.
    const lintsAll = async (change: () => void, manifest = MANIFEST) => {
      markStates(keptFile);
      change();
      const again = await run(codeCache, manifest);
      expect(markedFiles(again)).toEqual([]);
      expect(again).toEqual(await run('off', manifest));
    };
    write('db/migrations/004_new.sql', 'ALTER TABLE users ADD COLUMN d int NOT NULL;\n');
    await run(codeCache);
    // A migration in the middle.
    await lintsAll(() => write('db/migrations/002_change.sql', 'CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN age int NOT NULL;\n'));
    // The order: a migration renamed to run before the others.
    await lintsAll(() => renameSync(join(dir, 'db/migrations/003_more.sql'), join(dir, 'db/migrations/000_more.sql')));
    renameSync(join(dir, 'db/migrations/000_more.sql'), join(dir, 'db/migrations/003_more.sql'));
    await run(codeCache);
    // A rule's option, then the build, with a new migration each time.
    await lintsAll(() => write('db/migrations/005_new.sql', 'ALTER TABLE users ADD COLUMN e timestamp;\n'), `${MANIFEST}  rules: { prefer-timestamptz: warning }\n`);
    await lintsAll(() => { build = 'build-3'; write('db/migrations/006_new.sql', 'ALTER TABLE users ADD COLUMN f int NOT NULL;\n'); }, `${MANIFEST}  rules: { prefer-timestamptz: warning }\n`);
    build = 'build-1';
  });

  test('a run that resumed keeps the state after all its migrations only when it linted more than a few; the next run resumes from the latest state', async () => {
    const dir = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const codeCache = join(tempFolder(), 'code-cache');
    const kept = join(codeCache, 'migrations-result');
    const run = async (cache: string) => {
      const ctx = { ...context(dir, MANIFEST), env: { RELEASE_GATE_CODE_CACHE: cache } };
      const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
      return JSON.parse(JSON.stringify(output)) as { findings: { ruleId: string; message: string; file: string }[]; metrics: Record<string, unknown> };
    };
    const write = (n: number) => writeFileSync(join(dir, `db/migrations/${String(n).padStart(3, '0')}_new.sql`), `ALTER TABLE users ADD COLUMN c${n} int NOT NULL;\n`);
    const checkpoints = () => readKeptFile(join(kept, readdirSync(kept)[0]!)).fields[4]!.split(',').map((c) => Number(c.split('.')[0]));
    await run(codeCache);
    expect(checkpoints()).toEqual([3, 2]);
    // Two new: resumed after the three, no state kept after the five.
    write(4);
    write(5);
    expect(await run(codeCache)).toEqual(await run('off'));
    expect(checkpoints()).toEqual([3]);
    // Seventeen new after the three: the state after all twenty is kept too.
    for (let n = 6; n <= 20; n++) write(n);
    expect(await run(codeCache)).toEqual(await run('off'));
    expect(checkpoints()).toEqual([20, 3]);
    // One more: it resumes from the state after the twenty (their findings come out marked).
    markStates(join(kept, readdirSync(kept)[0]!));
    write(21);
    const next = await run(codeCache);
    expect(new Set(next.findings.filter((f) => f.message.endsWith(' (kept)')).map((f) => f.file)).has('db/migrations/020_new.sql')).toBe(true);
    expect(next.findings.filter((f) => f.file === 'db/migrations/021_new.sql' && f.message.endsWith(' (kept)'))).toEqual([]);
    expect(checkpoints()).toEqual([20]);
  });

  test('no result is kept with --base or without a build id; the folder keeps the newest results', async () => {
    const dir = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const codeCache = join(tempFolder(), 'code-cache');
    const ctx = { ...context(dir, MANIFEST), env: { RELEASE_GATE_CODE_CACHE: codeCache } };
    build = undefined;
    await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
    expect(readdirSync(codeCache)).not.toContain('migrations-result');
    build = 'build-1';
    await migrationsCheck.run({ ...ctx, base: 'HEAD' }, ctx.manifest.data.migrations!);
    expect(readdirSync(codeCache)).not.toContain('migrations-result');

    const dir2 = join(tempFolder(), 'migrations-result');
    for (let n = 0; n < MAX_RESULTS + 3; n++) {
      openResultCache(dir2, `workspace ${n}`)!.save(new RunInputs('b').key(), 0, { findings: [], metrics: {} });
    }
    expect(readdirSync(dir2)).toHaveLength(MAX_RESULTS);
  });
});

describe('the bundle', () => {
  test('its build id is stamped: a second run reports from the kept result, and a bundle with another stamp lints again', () => {
    const ws = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const codeCache = join(tempFolder(), 'code-cache');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RELEASE_GATE_CODE_CACHE: codeCache };
    const run = (cli: string, cache = codeCache) => {
      const r = spawnSync(process.execPath, [cli, 'migrations', '--format', 'json'], { cwd: ws, env: { ...env, RELEASE_GATE_CODE_CACHE: cache }, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout, (key, value) => (key === 'durationMs' ? 0 : value)) as { checks: { findings: { message: string }[] }[] };
    };
    const cli = resolve('dist/cli/index.js');
    const fresh = run(cli, 'off');
    expect(run(cli)).toEqual(fresh);
    const kept = join(codeCache, 'migrations-result');
    const [file] = readdirSync(kept);
    markKept(join(kept, file!));
    expect(run(cli).checks[0]!.findings.every((f) => f.message.endsWith(' (kept)'))).toBe(true);

    // The same bundle, its stamp changed: another build.
    const copy = join(tempFolder(), 'dist');
    cpSync(resolve('dist'), copy, { recursive: true });
    const stamped = readdirSync(join(copy, 'bundle')).filter((name) => name.endsWith('.js') && readFileSync(join(copy, 'bundle', name), 'utf8').includes('release-gate-build:'));
    expect(stamped).toHaveLength(1);
    const chunk = join(copy, 'bundle', stamped[0]!);
    const text = readFileSync(chunk, 'utf8');
    expect(text).not.toContain('release-gate-build:unbuilt');
    writeFileSync(chunk, text.replace(/release-gate-build:[0-9a-f]+/, 'release-gate-build:0123456789abcdef'));
    expect(run(join(copy, 'cli/index.js'))).toEqual(fresh);
  });

  test('a migrations run without --base, a baseline or SARIF loads none of node:crypto, node:child_process, node:perf_hooks and node:fs/promises', () => {
    const ws = workspace({ '.github/release-gate.yml': MANIFEST, ...FILES });
    const out = join(tempFolder(), 'modules.txt');
    const preload = join(tempFolder(), 'preload.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, process.moduleLoadList.join('\\n')));\n`);
    const codeCache = join(tempFolder(), 'code-cache');
    for (const format of ['json', 'json', 'text']) {
      const r = spawnSync(process.execPath, ['-r', preload, resolve('dist/cli/index.js'), 'migrations', '--format', format], { cwd: ws, env: { PATH: process.env.PATH ?? '', RELEASE_GATE_CODE_CACHE: codeCache }, encoding: 'utf8' });
      expect(r.status).toBe(1);
      const loaded = readFileSync(out, 'utf8').split('\n');
      expect(loaded).toContain('NativeModule fs');
      expect(loaded.filter((m) => /^NativeModule (crypto|child_process|perf_hooks|fs\/promises)$/.test(m))).toEqual([]);
    }
  });
});
