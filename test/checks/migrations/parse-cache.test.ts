import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrationsCheck } from '../../../src/checks/migrations/index.js';
import { MAX_CACHED_SOURCE, MAX_PACKS, openParseCache, parseCacheLocation } from '../../../src/checks/migrations/parse-cache.js';
import { loadSqlParser, parserCode, type ParsedSql, type SqlParser } from '../../../src/checks/migrations/sql-parser.js';
import { mayHoldIgnores } from '../../../src/checks/migrations/ignores.js';
import { lintMigrations, type SourceFile } from '../../../src/checks/migrations/lint.js';
import { PRESETS } from '../../../src/checks/migrations/presets.js';
import { ALL_RULES, STATEMENT_RULES } from '../../../src/checks/migrations/rules/index.js';
import { compareFindings } from '../../../src/types.js';
import { RULE_TABLES } from './cases/index.js';
import { BASE_SCHEMA, context, workspace } from './rule-tester.js';

let parser: SqlParser;
const folders: string[] = [];
beforeAll(async () => {
  parser = await loadSqlParser();
});
afterAll(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function cacheFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-parse-cache-'));
  folders.push(dir);
  return join(dir, 'sql-parse');
}

/** What a parse says, with the positions its source map gives. */
function seen(parsed: ParsedSql) {
  const { map, ...rest } = parsed;
  return { ...rest, mapText: map.text, lines: map.lineCount, ends: parsed.statements.map((s) => map.position(s.end)) };
}

// Every migration of the rule tables, and the inputs the parser's wrapper treats specially.
const SOURCES = [
  BASE_SCHEMA,
  ...Object.values(RULE_TABLES).flatMap((t) => [...t.valid, ...t.invalid]).flatMap((c) => (c.files ? Object.values(c.files) : [c.sql ?? ''])),
  'SELECT 1;\0DROP TABLE users;',
  'CREATE TABLE a (id int); /* outer /* nested */ still */ CREATE INDEX a_i ON a (id);',
  'CREATE TABLE a (id int);\n/* never closed',
  'ALTER TABLE a ADD COLUMN b int;\nALTER TABLE a ADD COLUMN; -- broken\nSELECT 1;',
  '\uFEFF-- é 日本 😀\r\nCREATE TABLE "é" (x text DEFAULT \'😀\');\r\nSELECT 2 -- no semicolon, a trailing comment',
  '',
  '   \n-- only a comment\n',
  // Text that looks like a pack's own lines.
  '12 34\nSELECT 1;\n\n0 0\n',
];

describe('parse cache', () => {
  test('a pack\'s build identity covers every function and class of the modules that make a parse', () => {
    // A helper added to the parse without being listed in parserCode would let a pack made by the old
    // code be used by the new one. Only the loading of the parser itself is left out.
    const notParsing = new Set(['loadSqlParser', 'sqlParserImported', 'importPgQuery', 'keepWasmOnBaselineCompiler', 'parserCode', 'sourceMapFor', 'blockCommentsCode', 'sourceMapCode']);
    const code = parserCode();
    const missing: string[] = [];
    for (const file of ['sql-parser.ts', 'block-comments.ts', 'source-map.ts']) {
      const source = readFileSync(new URL(`../../../src/checks/migrations/${file}`, import.meta.url), 'utf8');
      for (const m of source.matchAll(/^(?:export )?(?:async )?(function|class|const) (\w+)(.*)$/gm)) {
        const [, kind, name, rest] = m as unknown as [string, string, string, string];
        if (notParsing.has(name!)) continue;
        if (kind === 'const' && !/^(?::[^=]*)?= (?:\(|async |function)/.test(rest!.trim())) continue; // a value, not a function
        const declared = kind === 'class' ? `class ${name} ` : kind === 'function' ? `function ${name}(` : `${name} = `;
        if (!code.includes(declared)) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('a kept parse is the parse: every migration of the rule tables, syntax errors, NUL bytes, nested and unterminated comments, multibyte text', () => {
    const dir = cacheFolder();
    const fresh = SOURCES.map((s) => seen(parser.parse(s)));
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    expect(SOURCES.map((s) => seen(first.parse(s, parser)))).toEqual(fresh);
    first.save();
    const distinct = new Set(SOURCES).size;
    expect(first.stats).toEqual({ hits: SOURCES.length - distinct, misses: distinct, written: true });

    const second = openParseCache(dir, 'workspace', 'build-1')!;
    expect(SOURCES.map((s) => seen(second.parse(s, parser)))).toEqual(fresh);
    second.save();
    expect(second.stats).toEqual({ hits: SOURCES.length, misses: 0, written: false });
  });

  test('a text the pack holds, with no DO block and no ignore comment, is linted without the parser, to the same findings', () => {
    const dir = cacheFolder();
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    for (const source of SOURCES) first.parse(source, parser);
    first.save();
    const cache = openParseCache(dir, 'workspace', 'build-1')!;
    expect(cache.size).toBe(new Set(SOURCES).size);
    const fails = () => { throw new Error('the parser was used'); };
    const absent: SqlParser = { parse: fails, parsePlpgsqlBody: fails, comments: fails };
    const settings = { postgresVersion: 15, rules: STATEMENT_RULES, pendingOrdinals: new Set<number>(), knownRules: new Set(ALL_RULES.map((r) => r.id)) };
    const lint = (source: string, p: SqlParser) => {
      const file: SourceFile = { path: 'db/migrations/002_change.sql', ordinal: 1, source, runner: 'script', runnerNote: 'test', classified: PRESETS.plain.classify('002_change.sql'), preset: 'plain' };
      const base: SourceFile = { ...file, path: 'db/migrations/001_base.sql', ordinal: 0, source: BASE_SCHEMA };
      return lintMigrations([base, file], { ...p, parse: (s) => cache.parse(s, p) }, settings).findings;
    };
    expect(cache.needsParser(BASE_SCHEMA) || mayHoldIgnores(BASE_SCHEMA)).toBe(false);
    let withoutParser = 0;
    for (const source of SOURCES) {
      if (cache.needsParser(source) || mayHoldIgnores(source)) continue;
      expect(lint(source, absent)).toEqual(lint(source, parser));
      withoutParser++;
    }
    // The rest: DO blocks and ignore comments (the rule tables have both); texts the pack does not hold.
    expect(withoutParser).toBeGreaterThan(SOURCES.length * 0.8);
    expect(SOURCES.filter((s) => /\bDO\b/.test(s) && cache.needsParser(s)).length).toBeGreaterThan(0);
    expect(SOURCES.filter((s) => mayHoldIgnores(s)).length).toBeGreaterThan(0);
    expect(cache.needsParser('SELECT 3;')).toBe(true);
    expect(cache.needsParser(`${'SELECT 1;\n'.repeat(MAX_CACHED_SOURCE / 10)}SELECT 2;`)).toBe(true);
  });

  test('the folder is this user\'s alone and a pack is readable by its owner only; an open folder is not used', () => {
    const dir = cacheFolder();
    const cache = openParseCache(dir, 'workspace', 'build-1')!;
    cache.parse('SELECT 1;', parser);
    cache.save();
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const [pack] = readdirSync(dir);
    expect(pack).toMatch(/^[0-9a-f]{8}\.pack$/);
    expect(statSync(join(dir, pack!)).mode & 0o777).toBe(0o600);

    chmodSync(dir, 0o777);
    expect(openParseCache(dir, 'workspace', 'build-1')).toBeUndefined();
  });

  test('another build\'s pack, an altered pack and a torn pack are parsed again', () => {
    const dir = cacheFolder();
    const sql = 'ALTER TABLE users ADD COLUMN a int;';
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    first.parse(sql, parser);
    first.save();
    const other = openParseCache(dir, 'workspace', 'build-2')!;
    other.parse(sql, parser);
    expect(other.stats.misses).toBe(1);

    const pack = join(dir, readdirSync(dir)[0]!);
    const original = readFileSync(pack, 'utf8');
    // A changed column name, same length: the checksum no longer matches.
    writeFileSync(pack, original.replace('"colname":"a"', '"colname":"b"'));
    expect(readFileSync(pack, 'utf8')).not.toBe(original);
    const altered = openParseCache(dir, 'workspace', 'build-1')!;
    expect(seen(altered.parse(sql, parser))).toEqual(seen(parser.parse(sql)));
    expect(altered.stats.misses).toBe(1);

    writeFileSync(pack, original.slice(0, original.length - 10));
    const torn = openParseCache(dir, 'workspace', 'build-1')!;
    torn.parse(sql, parser);
    expect(torn.stats.misses).toBe(1);
  });

  test('a run that resumed appends its parses: the pack keeps the others, a torn or altered last segment ends the pack there, and a run that saves whole writes one segment again', () => {
    const dir = cacheFolder();
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    for (const sql of ['SELECT 1;', 'SELECT 2;']) first.parse(sql, parser);
    first.save();
    const pack = join(dir, readdirSync(dir)[0]!);
    const segments = () => readFileSync(pack, 'latin1').split('\n').filter((line) => line.startsWith('release-gate-sql-parse ')).length;
    const whole = readFileSync(pack);

    // Uses none of the pack's parses, parses one new text: the pack is appended to, not rewritten.
    const resumed = openParseCache(dir, 'workspace', 'build-1')!;
    resumed.parse('SELECT 3;', parser);
    resumed.save({ append: true });
    expect(resumed.stats).toEqual({ hits: 0, misses: 1, written: true });
    expect(readFileSync(pack).subarray(0, whole.length)).toEqual(whole);
    expect(segments()).toBe(2);
    // Nothing parsed: nothing written.
    const idle = openParseCache(dir, 'workspace', 'build-1')!;
    idle.save({ append: true });
    expect(idle.stats.written).toBe(false);

    const later = openParseCache(dir, 'workspace', 'build-1')!;
    expect(later.size).toBe(3);
    for (const sql of ['SELECT 1;', 'SELECT 2;', 'SELECT 3;']) expect(seen(later.parse(sql, parser))).toEqual(seen(parser.parse(sql)));
    expect(later.stats).toEqual({ hits: 3, misses: 0, written: false });

    // A torn last segment: the first one's parses are still read, and the next append writes the pack whole.
    const appended = readFileSync(pack);
    writeFileSync(pack, appended.subarray(0, appended.length - 5));
    const torn = openParseCache(dir, 'workspace', 'build-1')!;
    expect(torn.size).toBe(2);
    torn.parse('SELECT 4;', parser);
    torn.save({ append: true });
    expect(segments()).toBe(1);
    expect(openParseCache(dir, 'workspace', 'build-1')!.size).toBe(3);
    // An altered appended segment (same length, the checksum no longer matches): ignored, the first one read.
    const again = openParseCache(dir, 'workspace', 'build-1')!;
    again.parse('SELECT 5;', parser);
    again.save({ append: true });
    expect(segments()).toBe(2);
    const bytes = readFileSync(pack, 'latin1');
    const at = bytes.lastIndexOf('SELECT 5;');
    writeFileSync(pack, `${bytes.slice(0, at)}SELECT 6;${bytes.slice(at + 9)}`, 'latin1');
    const altered = openParseCache(dir, 'workspace', 'build-1')!;
    expect(altered.size).toBe(3);
    expect(altered.needsParser('SELECT 6;')).toBe(true);
    // A segment of another build appended to this build's pack is skipped; this build's after it are read.
    const other = openParseCache(dir, 'workspace', 'build-2')!;
    other.parse('SELECT 7;', parser);
    other.save({ append: true });
    expect(openParseCache(dir, 'workspace', 'build-1')!.needsParser('SELECT 7;')).toBe(true);

    // A run that lints every migration writes what it used, in one segment.
    const all = openParseCache(dir, 'workspace', 'build-1')!;
    for (const sql of ['SELECT 1;', 'SELECT 4;']) all.parse(sql, parser);
    all.save();
    expect(all.stats.written).toBe(true);
    expect(segments()).toBe(1);
    const compacted = openParseCache(dir, 'workspace', 'build-1')!;
    expect(compacted.size).toBe(2);
    expect(compacted.needsParser('SELECT 3;')).toBe(true);
  });

  test('opened without reading (a run that resumed): every text is parsed, and the parses are appended to the pack, or make one where there is none', () => {
    const dir = cacheFolder();
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    first.parse('SELECT 1;', parser);
    first.save();
    const pack = join(dir, readdirSync(dir)[0]!);
    const whole = readFileSync(pack);

    const blind = openParseCache(dir, 'workspace', 'build-1', { read: false })!;
    expect(blind.size).toBe(0);
    expect(blind.needsParser('SELECT 1;')).toBe(true);
    expect(seen(blind.parse('SELECT 2;', parser))).toEqual(seen(parser.parse('SELECT 2;')));
    expect(blind.stats).toEqual({ hits: 0, misses: 1, written: false });
    blind.save();
    expect(blind.stats.written).toBe(true);
    expect(readFileSync(pack).subarray(0, whole.length)).toEqual(whole);
    const later = openParseCache(dir, 'workspace', 'build-1')!;
    expect(later.size).toBe(2);
    for (const sql of ['SELECT 1;', 'SELECT 2;']) expect(seen(later.parse(sql, parser))).toEqual(seen(parser.parse(sql)));
    expect(later.stats.hits).toBe(2);

    // Nothing parsed: nothing written. No pack: one is written with the parses.
    const idle = openParseCache(dir, 'workspace', 'build-1', { read: false })!;
    idle.save();
    expect(idle.stats.written).toBe(false);
    rmSync(pack);
    const alone = openParseCache(dir, 'workspace', 'build-1', { read: false })!;
    alone.parse('SELECT 3;', parser);
    alone.save();
    const fresh = openParseCache(dir, 'workspace', 'build-1')!;
    expect(fresh.size).toBe(1);
    expect(fresh.needsParser('SELECT 3;')).toBe(false);
  });

  test('a pack keeps the files of its last run only, none over the size limit, and the folder keeps the newest packs', () => {
    const dir = cacheFolder();
    const large = `${'SELECT 1;\n'.repeat(MAX_CACHED_SOURCE / 10)}SELECT 2;`;
    const first = openParseCache(dir, 'workspace', 'build-1')!;
    for (const sql of ['SELECT 1;', 'SELECT 2;', large]) first.parse(sql, parser);
    first.save();
    const second = openParseCache(dir, 'workspace', 'build-1')!;
    second.parse('SELECT 2;', parser);
    second.parse(large, parser);
    second.save();
    expect(second.stats).toEqual({ hits: 1, misses: 0, written: true });
    const third = openParseCache(dir, 'workspace', 'build-1')!;
    third.parse('SELECT 1;', parser);
    expect(third.stats.misses).toBe(1);

    for (let n = 0; n < MAX_PACKS + 3; n++) {
      const cache = openParseCache(dir, `workspace ${n}`, 'build-1')!;
      cache.parse('SELECT 1;', parser);
      cache.save();
      const [newest] = readdirSync(dir).map((name) => join(dir, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
      // Written in the same millisecond or not, the order of the writes is the order of the times.
      utimesSync(newest!, new Date(), new Date(Date.now() + n * 1000));
    }
    const left = readdirSync(dir);
    expect(left).toHaveLength(MAX_PACKS);
  });

  test('the check with a code cache folder: the same findings and metrics cold, warm and without, and a warm run writes nothing', async () => {
    const dir = workspace({
      '.github/release-gate.yml': 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n',
      'db/migrations/001_base.sql': BASE_SCHEMA,
      'db/migrations/002_change.sql': "CREATE INDEX users_email_idx ON users (email);\nALTER TABLE users ADD COLUMN age int NOT NULL;\nSELECT 1 FROM\n",
      'db/migrations/003_more.sql': "-- release-gate-ignore missing-lock-timeout: a test\nALTER TABLE orders ADD COLUMN note text;\nDO $$ BEGIN EXECUTE 'DROP TABLE users'; END $$;\n",
    });
    const codeCache = cacheFolder().replace(/sql-parse$/, 'code-cache');
    const run = async (env: Record<string, string>) => {
      const ctx = { ...context(dir, readFileSync(join(dir, '.github/release-gate.yml'), 'utf8')), env };
      const output = await migrationsCheck.run(ctx, ctx.manifest.data.migrations!);
      return { findings: [...output.findings].sort(compareFindings), metrics: output.metrics };
    };
    const without = await run({});
    expect(without.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([
      'index-not-concurrent db/migrations/002_change.sql:1',
      'not-null-column-without-default db/migrations/002_change.sql:2',
      'sql-syntax-error db/migrations/002_change.sql:4',
      'drop-breaks-running-app db/migrations/003_more.sql:3',
    ]);
    expect(await run({ RELEASE_GATE_CODE_CACHE: codeCache })).toEqual(without);
    const folder = parseCacheLocation({ RELEASE_GATE_CODE_CACHE: codeCache })!.dir;
    expect(folder).toBe(join(codeCache, 'sql-parse'));
    const [pack] = readdirSync(folder);
    const written = statSync(join(folder, pack!)).ino;
    expect(await run({ RELEASE_GATE_CODE_CACHE: codeCache })).toEqual(without);
    expect(statSync(join(folder, pack!)).ino).toBe(written);
    expect(await run({ RELEASE_GATE_CODE_CACHE: 'off' })).toEqual(without);
    expect(readdirSync(folder)).toEqual([pack]);
  });
});
