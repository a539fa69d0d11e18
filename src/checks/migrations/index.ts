import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildId } from '../../build-id.js';
import { readBounded } from '../../files/read-bounded.js';
import { specialEntries } from '../../files/special-entries.js';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { runRules } from '../../rules/registry.js';
import type { Finding } from '../../types.js';
import { defineCheck, type CheckContext } from '../check.js';
import { meta } from './meta.js';
import { expiredFor, mayHoldIgnores, suppressing, withExpiredNote } from './ignores.js';
import { deserializeLintState, lintMigrations, newLintState, serializeLintState, type LintResult, type LintSettings, type SourceFile } from './lint.js';
import { compareVersions, PRESETS, type Classified, type PreparedSource, type Preset } from './presets.js';
import type { BaseMigration, HistoryInput } from './rule.js';
import { ALL_RULES, HISTORY_RULES, SETUP_RULES, STATEMENT_RULES } from './rules/index.js';
import { openParseCache, parseCacheLocation, type ParseCache } from './parse-cache.js';
import { openResultCache, resultCacheLocation, RunInputs, type Checkpoint, type ResultCache } from './result-cache.js';
import { loadSqlParser, sqlParserImported, type SqlParser } from './sql-parser.js';
import { TRACE_RULES } from './trace/rules/index.js';
import type { Manifest } from '../../manifest/types.js';

type Section = NonNullable<Manifest['migrations']>;

export const DEFAULT_POSTGRES_VERSION = 15;
/** A migration larger than this is not read (migration-unreadable): no hand-written migration comes near it. */
export const MAX_MIGRATION_BYTES = 16 * 1024 * 1024;
/** The most migration files one run reads (in name order); a glob matching more is reported (migration-paths-capped). */
export const MAX_MIGRATION_FILES = 20_000;
/** A run that resumed the linting keeps the state after all its migrations only when it linted more than this many. */
export const RESUMED_KEEPS_STATE_AFTER = 16;

export const migrationsCheck = defineCheck(meta, {
  rules: [...ALL_RULES, ...TRACE_RULES],
  async run(ctx, section) {
    const preset = PRESETS[section.preset ?? 'plain'];
    const patterns = (section.paths ?? preset.paths).map(normalizePattern);
    const exclude = (section.exclude ?? []).map(normalizePattern);
    const postgresVersion = section['postgres-version'] ?? DEFAULT_POSTGRES_VERSION;
    const metrics: Record<string, unknown> = { preset: preset.name, postgresVersion, files: 0, statements: 0 };

    const scope = [ctx.cwd, ...patterns, '\0', ...exclude].join('\0');
    // The last result, when nothing it was made from has changed (result-cache.ts). Never with --base
    // (the base branch is an input) or a trace (a database is).
    const results = ctx.base === undefined && !section.trace ? openResults(ctx, scope) : undefined;
    // The parse pack is read only when a run may parse: not when the kept result was made from as many files.
    let pack: ParseCache | undefined;
    let packOpened = false;
    const openPack = (read = true) => {
      if (!packOpened) { packOpened = true; pack = openCache(ctx, scope, read); }
      return pack;
    };
    // The WebAssembly parser compiles in the background while the files are listed and read. Its
    // module must be imported first (the import needs the event loop, the reads below are
    // synchronous): it is, during the walk's own waits. A run that finds every file's parse in the
    // pack (parse-cache.ts: a job's later steps, repeated runs) never loads it: when the pack holds
    // as many parses as there are files, the parser starts only if a file, once read, is not there.
    let parserLoading: Promise<SqlParser> | undefined;
    const startParser = (): Promise<SqlParser> => {
      if (!parserLoading) {
        parserLoading = loadSqlParser();
        parserLoading.catch(() => undefined); // no migration found: nobody waits for it
      }
      return parserLoading;
    };
    if (section.trace || (!results?.cache.files && !openPack()?.size)) startParser();
    // Symbolic links are not followed by the walk (one could lead out of the workspace, or loop);
    // links, FIFOs and devices that match are added back for the bounded reader to report.
    const files = await glob(patterns, { cwd: ctx.cwd, ignore: exclude, onlyFiles: true, expandDirectories: false, followSymbolicLinks: false });
    const paths = [...new Set([...files, ...specialEntries(ctx.cwd, patterns, files, exclude)])].sort();
    let found = paths.map((path) => ({ path, classified: preset.classify(path) })).filter((m) => m.classified.kind !== 'ignored');
    const capped: Finding[] = [];
    if (found.length > MAX_MIGRATION_FILES) {
      const where = ctx.manifest.locate(['migrations', 'paths']) ?? ctx.manifest.locate(['migrations'], 'key');
      capped.push(...runRules([SETUP_RULES.pathsCapped], { manifestFile: ctx.manifest.file, line: where?.line, column: where?.column, patterns, matched: found.length, cap: MAX_MIGRATION_FILES }));
      found = found.slice(0, MAX_MIGRATION_FILES);
    }
    if (!found.length) {
      const where = ctx.manifest.locate(['migrations', 'paths']) ?? ctx.manifest.locate(['migrations'], 'key');
      return {
        findings: runRules([SETUP_RULES.pathsEmpty], {
          manifestFile: ctx.manifest.file, line: where?.line, column: where?.column, patterns, preset: preset.name,
        }),
        metrics,
      };
    }
    const ordered = replayOrder(found).map((m, ordinal) => ({ ...m, ordinal, preset: preset.name }));
    if (results?.cache.files !== found.length) {
      // More files than the kept result's: a new one, whose parse the pack does not hold (and a run that
      // resumes after the kept ones reads no pack). Fewer: the pack may hold every parse.
      if (results?.cache.files && found.length > results.cache.files) startParser();
      else {
        const opened = openPack();
        if (opened && found.length > opened.size) startParser();
      }
    }
    if (parserLoading) await sqlParserImported();

    const findings: Finding[] = [...capped];
    let base: HistoryInput['base'];
    if (ctx.base) {
      try {
        base = await readBase(ctx, ctx.base, preset, picomatch(patterns, { ignore: exclude }));
      } catch (error) {
        findings.push(...runRules([SETUP_RULES.baseUnavailable], { base: ctx.base, reason: (error as Error).message }));
      }
    }
    const onBaseTip = new Set(base?.tip.map((t) => t.path));
    const pendingOrdinals = new Set(
      base ? ordered.filter((m) => !base!.applied.has(m.path) && !onBaseTip.has(m.path)).map((m) => m.ordinal) : [],
    );

    const sources: SourceFile[] = [];
    for (const m of ordered) sources.push(await loadSource(ctx, m, preset, section.transaction ?? 'auto'));

    const today = ctx.now().toISOString().slice(0, 10);
    const run = results && !capped.length ? runInputs(results.build, ctx, section, today, sources) : undefined;
    const inputs = run?.key;
    const kept = inputs !== undefined ? results!.cache.lookup(inputs) : undefined;
    if (kept) return kept;
    // New migrations after the kept ones (a pull request's usual change): the linting resumes from the
    // state kept after them, and only the new ones are parsed and linted (lint.ts's LintState).
    const resumed = inputs !== undefined ? results!.cache.resume(inputs) : undefined;
    const linted = resumed ? sources.slice(resumed.files) : sources;
    // A run that resumed parses only migrations after the kept ones, new texts as a rule: it does not read
    // the pack (1.3 MB for the bench's 1,000 files), and appends the parses it makes (parse-cache.ts).
    const cache = openPack(!resumed);
    const enabled = STATEMENT_RULES.filter((r) => !r.defaultOff || isTurnedOn(section, r.meta.id));
    const settings: LintSettings = {
      postgresVersion,
      rules: enabled,
      pendingOrdinals,
      knownRules: new Set([...ALL_RULES, ...TRACE_RULES].map((r) => r.id)),
      offRules: new Set(Object.entries(section.rules ?? {}).filter(([, v]) => v === 'off').map(([k]) => k)),
      today,
    };
    // The linting state is kept after all the migrations, and after all but the last when the run did not
    // resume (the newest migration is the one a pull request edits again and again). A run that resumed
    // keeps the state it resumed from, and the state after all only when it linted more than a few
    // migrations: serializing it costs more than the next run's linting those few again.
    let checkpoints: Checkpoint[] = [];
    const lintWith = (parser: SqlParser) => {
      const state = resumed ? deserializeLintState(resumed.state) : newLintState();
      const parse: SqlParser = cache ? { ...parser, parse: (source) => cache.parse(source, parser) } : parser;
      checkpoints = resumed ? [resumed] : [];
      const before = run && !resumed && linted.length > 1 ? linted.length - 1 : 0;
      lintMigrations(linted.slice(0, before), parse, settings, ctx.signal, state);
      const early = before ? serializeLintState(state) : undefined;
      if (early) checkpoints.push({ files: before, inputs: run!.afterFiles[before]!, state: early });
      const lint = lintMigrations(before ? linted.slice(before) : linted, parse, settings, ctx.signal, state);
      // Kept before the rules below count what the ignores hid into it.
      const all = run && (!resumed || linted.length > RESUMED_KEEPS_STATE_AFTER) ? serializeLintState(state) : undefined;
      if (all) checkpoints.unshift({ files: sources.length, inputs: run!.key.length, state: all });
      return lint;
    };
    const needsParser = !cache || linted.some((s) => !s.unreadable && (cache.needsParser(s.source) || mayHoldIgnores(s.source)));
    let lint: LintResult;
    try {
      lint = lintWith(needsParser ? await startParser() : PARSER_NOT_LOADED);
    } catch (error) {
      // needsParser missed a use of the parser (it should not): lint again with it, same findings.
      if (!(error instanceof ParserNotLoaded)) throw error;
      lint = lintWith(await startParser());
    }
    // A run that resumed did not ask for the kept migrations' parses: it appends its own to the pack.
    cache?.save({ append: resumed !== undefined });
    // With --base, files already on the base are replayed for the catalog and ordering, never reported.
    const changed = base && new Set(base.changes.map((c) => c.path));
    const reported = changed ? lint.findings.filter((f) => f.file === undefined || changed.has(f.file)) : lint.findings;
    findings.push(...reported);

    let suppressed = lint.suppressed;
    for (const f of runRules(HISTORY_RULES, { migrations: ordered, base })) {
      const directives = f.file ? lint.fileDirectives.get(f.file) ?? [] : [];
      const expired = expiredFor(directives, f.ruleId, today);
      const by = suppressing(directives, f.ruleId, today);
      if (!by) { findings.push(expired ? withExpiredNote(f, expired) : f); continue; }
      suppressed++;
      const known = lint.used.get(by);
      if (known) known.hidden++;
      else lint.used.set(by, { file: f.file!, hidden: 1 });
    }
    // The ignores in force, for the job summary; with --base, those in the files the pull request touches.
    const suppressions = [...lint.used]
      .filter(([, u]) => !changed || changed.has(u.file))
      .map(([d, u]) => ({ rules: d.rules, reason: d.reason ?? null, until: d.until ?? null, file: u.file, line: d.line, hidden: u.hidden }));

    Object.assign(metrics, {
      files: ordered.length,
      statements: lint.statements,
      syntaxErrors: lint.syntaxErrors,
      ignored: suppressed,
      ...(suppressions.length ? { suppressions } : {}),
      ...(base ? { base: { ref: base.ref, newMigrations: pendingOrdinals.size, appliedMigrations: base.applied.size, hidden: lint.findings.length - reported.length } } : {}),
    });
    if (inputs !== undefined) results!.cache.save(inputs, ordered.length, { findings, metrics }, checkpoints);
    if (section.trace && ctx.input('no-trace') !== 'true') {
      const { traceMigrations } = await import('./trace/index.js');
      const { mergeTraceFindings } = await import('./trace/merge.js');
      const trace = await traceMigrations(ctx, section.trace, { sources, pending: base ? pendingOrdinals : undefined, parser: await startParser(), postgresVersion });
      metrics.trace = trace.metrics;
      return { findings: mergeTraceFindings(findings, trace.findings, (id) => section.rules?.[id] === 'off'), metrics };
    }
    return { findings, metrics };
  },
});

/** Thrown by the stand-in for a parser a run predicted it would not need. */
class ParserNotLoaded extends Error {}

/** The parser of a run that finds every parse in the pack, with no DO block and no ignore comment to read. */
const PARSER_NOT_LOADED: SqlParser = {
  parse() { throw new ParserNotLoaded('the SQL parser is not loaded'); },
  parsePlpgsqlBody() { throw new ParserNotLoaded('the SQL parser is not loaded'); },
  comments() { throw new ParserNotLoaded('the SQL parser is not loaded'); },
};

/** The parse cache of this workspace and these paths, when the code cache has a folder (parse-cache.ts). */
function openCache(ctx: CheckContext, scope: string, read: boolean): ParseCache | undefined {
  const where = parseCacheLocation(ctx.env);
  return where && openParseCache(where.dir, scope, where.identity, { read });
}

/** The kept result of this workspace and these paths, when the code cache has a folder and the bundle a build id (result-cache.ts). */
function openResults(ctx: CheckContext, scope: string): { cache: ResultCache; build: string } | undefined {
  const where = resultCacheLocation(ctx.env, buildId());
  const cache = where && openResultCache(where.dir, scope);
  return cache && where ? { cache, build: where.build } : undefined;
}

/**
 * Everything the linting and the rules after it are given, besides the build's code, as one string (see
 * result-cache.ts), and its length after the settings and each migration (`afterFiles[n]`: after n).
 */
function runInputs(build: string, ctx: CheckContext, section: Section, today: string, sources: readonly SourceFile[]): { key: string; afterFiles: number[] } {
  const inputs = new RunInputs(build).add(process.version).add(ctx.cwd).add(ctx.manifest.file).add(JSON.stringify(section)).add(today);
  const afterFiles = [inputs.length];
  for (const { source: text, classified, ...rest } of sources) {
    // The text as it is (a part, written with its length): JSON would escape it, and a replacer makes
    // JSON.stringify call back for every key; only the classification holds bigints (the rest are
    // strings, numbers and booleans: a bigint there would throw, not pass unseen).
    inputs.add(text).add(JSON.stringify(classified, bigIntAsText)).add(JSON.stringify(rest));
    afterFiles.push(inputs.length);
  }
  return { key: inputs.key(), afterFiles };
}

/** Versions' parts are bigints (presets.ts), which JSON has no type for. */
function bigIntAsText(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? { bigint: value.toString() } : value;
}

function normalizePattern(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** A style rule runs only when the manifest's `rules:` gives it a severity. */
function isTurnedOn(section: Section, id: string): boolean {
  const value = section.rules?.[id];
  return value !== undefined && value !== 'off';
}

/** Version order (ties by path), then files without a version by path, then repeatable migrations. */
function replayOrder<T extends { path: string; classified: Classified }>(files: T[]): T[] {
  const rank = (m: T) => (m.classified.kind === 'repeatable' ? 2 : m.classified.version ? 0 : 1);
  return [...files].sort((a, b) =>
    rank(a) - rank(b) ||
    (a.classified.version && b.classified.version ? compareVersions(a.classified.version, b.classified.version) : 0) ||
    a.path.localeCompare(b.path));
}

async function loadSource(
  ctx: CheckContext,
  m: { path: string; classified: Classified; ordinal: number; preset: Preset['name'] },
  preset: Preset,
  transaction: 'auto' | 'always' | 'never',
): Promise<SourceFile> {
  // Synchronous: a thousand small files read faster this way than through the promise API.
  const read = readBounded(join(ctx.cwd, m.path), { maxBytes: MAX_MIGRATION_BYTES, root: ctx.cwd });
  if (!read.ok) {
    const skipped = read.reason === 'not-regular' || read.reason === 'outside-workspace' || read.reason === 'directory';
    return { ...m, source: '', runner: 'script', runnerNote: '', unreadable: read.detail, skipped };
  }
  let text = read.bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const prepared: PreparedSource = preset.prepare ? preset.prepare(text) : { source: text };
  let runner = preset.runner;
  let runnerNote = preset.runnerNote;
  if (transaction === 'auto' && prepared.transaction === true) { runner = 'wrapped'; runnerNote = prepared.runnerNote ?? runnerNote; }
  if (transaction === 'always') { runner = 'wrapped'; runnerNote = 'the manifest says the runner wraps each migration in a transaction (transaction: always)'; }
  if (transaction === 'never') runner = 'script';
  if (transaction === 'auto' && prepared.transaction === false) runner = 'script';
  if (transaction === 'auto' && preset.transactionConfig && (await configTurnsTransactionOff(ctx, m.path, preset.transactionConfig))) runner = 'script';
  return { ...m, source: prepared.source, runner, runnerNote, psql: !!preset.psql && prepared.transaction === undefined };
}

/** A per-migration configuration (Flyway's V1__x.sql.conf, diesel's metadata.toml) can turn the transaction off. */
async function configTurnsTransactionOff(ctx: CheckContext, path: string, config: NonNullable<Preset['transactionConfig']>): Promise<boolean> {
  try {
    return config.off.test(readFileSync(join(ctx.cwd, config.path(path)), 'utf8'));
  } catch {
    return false;
  }
}

async function readBase(ctx: CheckContext, ref: string, preset: Preset, isMigration: (path: string) => boolean): Promise<NonNullable<HistoryInput['base']>> {
  const mergeBase = await ctx.git.mergeBase(ref);
  const [tipFiles, mergeBaseFiles, changes] = await Promise.all([
    ctx.git.listFiles(ref), ctx.git.listFiles(mergeBase), ctx.git.changes(ref),
  ]);
  const migrations = (files: string[]): BaseMigration[] =>
    files.filter(isMigration).map((path) => ({ path, classified: preset.classify(path) })).filter((m) => m.classified.kind !== 'ignored');
  return {
    ref,
    tip: migrations(tipFiles),
    applied: new Set(migrations(mergeBaseFiles).filter((m) => m.classified.kind === 'versioned').map((m) => m.path)),
    changes: changes.filter((c) => isMigration(c.path)),
  };
}
