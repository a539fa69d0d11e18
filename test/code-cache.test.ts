import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ChunkLoader, codeCacheDir, inverse, prune, trustedDir, V8FlagLog } from '../src/code-cache.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rg-code-cache-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A chunk script as scripts/build.mjs writes one: a function of its URL and a require(). */
function chunkSource(answer: number): string {
  return `(function(chunkUrl,require){"use strict";const{basename}=require("node:path");function answer(){return ${answer}}` +
    `return{id:7,ids:[7],modules:{7:()=>answer(),8:()=>basename(new URL(chunkUrl).pathname)}};})`;
}

// V8 keeps the scripts a process compiled, by source and name, and would answer a second load from
// them without reading the cached data: each load here gets a name of its own (the query is not part of the path).
let loads = 0;
const fresh = (url: URL) => new URL(`${url.href}?load=${++loads}`);

function writeChunk(name: string, source: string): URL {
  const file = join(dir, name);
  writeFileSync(file, source);
  return pathToFileURL(file);
}

describe('where the code cache lives', () => {
  test('off when RELEASE_GATE_CODE_CACHE says so, in a directory it names, else under RUNNER_TEMP, else in the user\'s cache folder', () => {
    const all = { RUNNER_TEMP: '/runner/tmp', XDG_CACHE_HOME: '/home/me/.xdg', HOME: '/home/me' };
    for (const off of ['off', '0', 'false', 'no', 'OFF']) expect(codeCacheDir({ ...all, RELEASE_GATE_CODE_CACHE: off })).toBeUndefined();
    expect(codeCacheDir({ ...all, RELEASE_GATE_CODE_CACHE: '/var/cache/rg' })).toBe('/var/cache/rg');
    expect(codeCacheDir(all)).toBe('/runner/tmp/release-gate-code-cache');
    expect(codeCacheDir({ ...all, RUNNER_TEMP: undefined })).toBe('/home/me/.xdg/release-gate/code-cache');
    expect(codeCacheDir({ HOME: '/home/me', RELEASE_GATE_CODE_CACHE: 'relative/dir' })).toBe('/home/me/.cache/release-gate/code-cache');
    expect(codeCacheDir({ TMPDIR: '/tmp' })).toBeUndefined();
  });

  test('a directory is used only when it is this user\'s, not a link, and nobody else can write to it', () => {
    const own = join(dir, 'trusted');
    expect(trustedDir(own)).toBe(true);
    expect(statSync(own).mode & 0o777).toBe(0o700);
    const open = join(dir, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(trustedDir(open)).toBe(false);
    const link = join(dir, 'link');
    symlinkSync(own, link);
    expect(trustedDir(link)).toBe(false);
    expect(trustedDir(own, (process.getuid?.() ?? 0) + 1)).toBe(false);
    writeFileSync(join(dir, 'a-file'), '');
    expect(trustedDir(join(dir, 'a-file'))).toBe(false);
  });
});

describe('ChunkLoader', () => {
  test('compiles a chunk from source and writes its code; the next process loads the code and runs the same chunk', () => {
    const cache = join(dir, 'cache-1');
    const url = writeChunk('1.index.js', chunkSource(42));
    const first = new ChunkLoader(cache);
    const chunk = first.load(fresh(url));
    expect(chunk.id).toBe(7);
    expect(chunk.ids).toEqual([7]);
    expect((chunk.modules[7] as () => number)()).toBe(42);
    expect((chunk.modules[8] as () => string)()).toBe('1.index.js');
    expect(first.stats).toEqual({ cached: 0, compiled: 1, rejected: 0, written: 0 });
    first.save();
    expect(first.stats.written).toBe(1);
    expect(readdirSync(cache)).toHaveLength(1);

    const second = new ChunkLoader(cache);
    expect((second.load(fresh(url)).modules[7] as () => number)()).toBe(42);
    expect(second.stats).toEqual({ cached: 1, compiled: 0, rejected: 0, written: 0 });
    second.save();
    expect(second.stats.written).toBe(0);
  });

  test('a chunk rebuilt to the same length is compiled from its new source, never run from the old code', () => {
    const cache = join(dir, 'cache-2');
    const url = writeChunk('2.index.js', chunkSource(41));
    const before = new ChunkLoader(cache);
    before.load(fresh(url));
    before.save();
    writeChunk('2.index.js', chunkSource(43));
    const after = new ChunkLoader(cache);
    expect((after.load(fresh(url)).modules[7] as () => number)()).toBe(43);
    expect(after.stats).toEqual({ cached: 0, compiled: 1, rejected: 0, written: 0 });
    after.save();
    const third = new ChunkLoader(cache);
    expect((third.load(fresh(url)).modules[7] as () => number)()).toBe(43);
    expect(third.stats.cached).toBe(1);
  });

  test('cached data V8 rejects (made by another V8 version: its version hash changed here) is counted, the chunk compiled from source, and the cache written again', () => {
    const cache = join(dir, 'cache-3');
    const url = writeChunk('3.index.js', chunkSource(5));
    const writer = new ChunkLoader(cache);
    writer.load(fresh(url));
    writer.save();
    const file = join(cache, readdirSync(cache)[0]!);
    const bytes = readFileSync(file);
    // After the source's CRC-32 and length (8 bytes), V8's header: magic number, then the version hash.
    for (let i = 12; i < 16; i++) bytes[i] = bytes[i]! ^ 0xff;
    writeFileSync(file, bytes);
    const reader = new ChunkLoader(cache);
    expect((reader.load(fresh(url)).modules[7] as () => number)()).toBe(5);
    expect(reader.stats).toEqual({ cached: 0, compiled: 0, rejected: 1, written: 0 });
    reader.save();
    expect(reader.stats.written).toBe(1);
    const again = new ChunkLoader(cache);
    again.load(fresh(url));
    expect(again.stats.cached).toBe(1);
  });

  test('without a directory (RELEASE_GATE_CODE_CACHE=off) or with one it cannot trust, chunks still load and nothing is written', () => {
    const url = writeChunk('4.index.js', chunkSource(9));
    const off = new ChunkLoader(undefined);
    expect((off.load(fresh(url)).modules[7] as () => number)()).toBe(9);
    off.save();
    expect(off.stats).toEqual({ cached: 0, compiled: 1, rejected: 0, written: 0 });
    const open = join(dir, 'open-cache');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const untrusted = new ChunkLoader(open);
    untrusted.load(fresh(url));
    untrusted.save();
    expect(readdirSync(open)).toEqual([]);
  });
});

describe('pruning', () => {
  test('past the limit, the least recently written cache files go; other files stay', () => {
    const cache = join(dir, 'cache-prune');
    mkdirSync(cache);
    for (let i = 0; i < 6; i++) {
      writeFileSync(join(cache, `${i}.index-0-1.bin`), 'x');
      utimesSync(join(cache, `${i}.index-0-1.bin`), 1_700_000_000 + i, 1_700_000_000 + i);
    }
    writeFileSync(join(cache, 'notes.txt'), '');
    prune(cache, 6);
    expect(readdirSync(cache)).toHaveLength(7);
    prune(cache, 4);
    expect(readdirSync(cache).sort()).toEqual(['2.index-0-1.bin', '3.index-0-1.bin', '4.index-0-1.bin', '5.index-0-1.bin', 'notes.txt']);
  });

  test('a temporary file a killed process left is deleted after a minute; one still being written stays', () => {
    const cache = join(dir, 'cache-prune-tmp');
    mkdirSync(cache);
    const now = 1_800_000_000_000;
    writeFileSync(join(cache, '1.index-0-1.bin.4242-old.tmp'), 'x');
    utimesSync(join(cache, '1.index-0-1.bin.4242-old.tmp'), (now - 61_000) / 1000, (now - 61_000) / 1000);
    writeFileSync(join(cache, '1.index-0-1.bin.4243-new.tmp'), 'x');
    utimesSync(join(cache, '1.index-0-1.bin.4243-new.tmp'), (now - 5_000) / 1000, (now - 5_000) / 1000);
    writeFileSync(join(cache, '1.index-0-1.bin'), 'x');
    prune(cache, 300, now);
    expect(readdirSync(cache).sort()).toEqual(['1.index-0-1.bin', '1.index-0-1.bin.4243-new.tmp']);
  });
});

describe('V8 flags set during a run', () => {
  test('on/off flags are undone for the writing and set again after it; a flag with a value cannot be undone', () => {
    expect(inverse('--no-wasm-tier-up --no-wasm-dynamic-tiering')).toBe('--wasm-tier-up --wasm-dynamic-tiering');
    expect(inverse(' --liftoff-only ')).toBe('--no-liftoff-only');
    expect(inverse('--max-old-space-size=4096')).toBeUndefined();
    expect(inverse('')).toBeUndefined();

    const set: string[] = [];
    const log = new V8FlagLog((flags) => set.push(flags));
    log.record('--no-a');
    log.record('--b --no-c');
    const during: string[] = [];
    log.whileUndone(() => during.push(...set));
    expect(during).toEqual(['--no-b --c', '--a']);
    expect(set).toEqual(['--no-b --c', '--a', '--no-a', '--b --no-c']);

    const stuck = new V8FlagLog((flags) => set.push(flags));
    stuck.record('--stack-size=100');
    let ran = false;
    stuck.whileUndone(() => { ran = true; });
    expect(ran).toBe(false);
  });
});

describe('the bundle', () => {
  const cli = resolve('dist/cli/index.js');
  const env = (cache: string) => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', RELEASE_GATE_CODE_CACHE: cache });

  test('a migrations run writes the code cache once; the next run uses all of it (the parser\'s chunk, loaded after its WebAssembly flags, too) and reports the same', () => {
    const workspace = mkdtempSync(join(dir, 'ws-'));
    mkdirSync(join(workspace, '.github'));
    mkdirSync(join(workspace, 'db'));
    writeFileSync(join(workspace, '.github/release-gate.yml'), 'version: 1\nmigrations:\n  paths: ["db/*.sql"]\n');
    writeFileSync(join(workspace, 'db/001.sql'), 'CREATE INDEX users_email ON users (email);\n');
    const cache = join(dir, 'bundle-cache');
    const run = () => spawnSync(process.execPath, [cli, 'migrations', '--manifest', '.github/release-gate.yml', '--format', 'json'], { cwd: workspace, env: env(cache), encoding: 'utf8' });
    const report = (stdout: string) => JSON.stringify(JSON.parse(stdout), (key, value) => (key === 'durationMs' ? 0 : value));

    const first = run();
    expect(first.stderr).toBe('');
    // The code's files (the migrations check keeps its parse trees in a folder beside them, sql-parse/).
    const files = () => Object.fromEntries(readdirSync(cache).filter((name) => name.endsWith('.bin')).map((name) => [name, statSync(join(cache, name)).ino]));
    const written = files();
    expect(Object.keys(written).length).toBeGreaterThan(3);
    // Cached data made under other flags than a chunk compiled with would be rejected, then rewritten (a new inode).
    expect(new Set(Object.keys(written).map((name) => name.split('-').at(-1))).size).toBe(2);

    const second = run();
    expect(second.stderr).toBe('');
    expect(files()).toEqual(written);
    expect(report(second.stdout)).toBe(report(first.stdout));
    const finding = JSON.parse(second.stdout).checks[0].findings[0];
    expect([finding.ruleId, finding.file, finding.line]).toEqual(['index-not-concurrent', 'db/001.sql', 1]);

    const off = spawnSync(process.execPath, [cli, 'migrations', '--manifest', '.github/release-gate.yml', '--format', 'json'], { cwd: workspace, env: env('off'), encoding: 'utf8' });
    expect(report(off.stdout)).toBe(report(first.stdout));
    expect(existsSync(join(workspace, 'off'))).toBe(false);
  });
});
