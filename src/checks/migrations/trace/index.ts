import { durationMs } from '../../../http/duration.js';
import type { Manifest } from '../../../manifest/types.js';
import { expandTemplate } from '../../../manifest/templates.js';
import { runRules } from '../../../rules/registry.js';
import type { Finding } from '../../../types.js';
import type { CheckContext } from '../../check.js';
import { directivesFor, readIgnores, suppresses } from '../ignores.js';
import type { SourceFile } from '../lint.js';
import type { IgnoreDirective } from '../rule.js';
import type { SqlParser } from '../sql-parser.js';
import { ClusterUnavailable, findPostgresBin, LocalCluster } from './cluster.js';
import { Database, failureOf, type ConnectionSettings } from './database.js';
import { lockModeName } from './observe.js';
import { SAME_HAZARD, TRACE_STATEMENT_RULES, traceNotRun } from './rules/index.js';
import type { UnindexedForeignKey } from './observe.js';
import { runMigrations, type TraceRun, type TracedStatement } from './run.js';
import { parseTraceUrl } from './target.js';

export type TraceSection = NonNullable<NonNullable<Manifest['migrations']>['trace']>;

export const DEFAULT_ROWS = 10_000;
export const DEFAULT_SLOW_MS = 1_000;
export const DEFAULT_LOCK_HOLD_MS = 100;

export interface TraceInput {
  /** Every migration in replay order, as the runner sends it. */
  sources: readonly SourceFile[];
  /** With --base (and the base branch readable): ordinals of the migrations added on this branch; only these are traced. */
  pending?: ReadonlySet<number>;
  parser: SqlParser;
  postgresVersion: number;
}

export interface TraceOutput {
  findings: Finding[];
  metrics: Record<string, unknown>;
}

/**
 * Trace mode: applies the migrations to a real PostgreSQL (a throwaway local cluster, or the scratch
 * database the manifest names, and no other), seeds the tables they touch, and reports what each
 * statement locked, rewrote and cost. Findings point at the statement's line.
 */
export async function traceMigrations(ctx: CheckContext, section: TraceSection, input: TraceInput): Promise<TraceOutput> {
  const rows = section.rows ?? DEFAULT_ROWS;
  const slowMs = durationMs(section['slow-statement'], DEFAULT_SLOW_MS);
  const lockHoldMs = durationMs(section['lock-hold'], DEFAULT_LOCK_HOLD_MS);
  const where = ctx.manifest.locate(['migrations', 'trace'], 'key');
  const notRun = (reason: string, at?: { file: string; line: number }) => ({
    findings: runRules([traceNotRun], at ? { reason, ...at } : { reason, file: ctx.manifest.file, line: where?.line, column: where?.column }),
    metrics: { target: section.local ? 'local' : 'url', ran: false },
  });

  const readable = input.sources.filter((s) => !s.unreadable);
  const untraced = input.pending ? readable.filter((s) => !input.pending!.has(s.ordinal)) : [];
  const traced = input.pending ? readable.filter((s) => input.pending!.has(s.ordinal)) : readable;
  if (section.local && section.url) return notRun('migrations.trace sets both local: true and url; choose one');
  if (!section.local && !section.url) return notRun('migrations.trace needs local: true or a url');
  if (!traced.length) return { findings: [], metrics: { target: section.local ? 'local' : 'url', ran: false, statements: 0, reason: 'no new migrations to trace' } };

  let cluster: LocalCluster | undefined;
  let settings: ConnectionSettings;
  let target: string;
  if (section.local) {
    const bin = findPostgresBin(input.postgresVersion, ctx.env.PATH);
    if (!bin) return notRun('local: true needs the PostgreSQL server binaries (initdb, postgres), found neither under /usr/lib/postgresql/*/bin nor on PATH (apt-get install postgresql)');
    try {
      cluster = await LocalCluster.start(bin, { signal: ctx.signal, parent: ctx.env.TMPDIR || undefined });
    } catch (error) {
      if (error instanceof ClusterUnavailable) return notRun(`the local cluster did not start: ${error.message}`);
      throw error;
    }
    ctx.masker.add(cluster.connection.password);
    settings = { ...cluster.connection, ssl: false };
    target = 'local';
  } else {
    let text: string;
    try {
      text = expandTemplate(section.url!, { env: ctx.env, captures: new Map() });
    } catch (error) {
      return notRun(`migrations.trace.url: ${(error as Error).message}`);
    }
    ctx.masker.add(text);
    const parsed = parseTraceUrl(text);
    for (const secret of parsed.secrets) ctx.masker.add(secret);
    if ('problem' in parsed) return notRun(parsed.problem);
    settings = parsed.settings;
    target = parsed.display;
  }

  const opened: Database[] = [];
  const onAbort = () => { void cancel(opened); };
  try {
    let db: Database;
    let monitor: Database;
    try {
      db = await Database.connect(settings);
      opened.push(db);
      monitor = await Database.connect(settings, 'release-gate trace monitor');
      opened.push(monitor);
    } catch (error) {
      return notRun(`cannot connect to ${target}: ${failureOf(error).message}`);
    }
    if (!cluster && !section['allow-existing']) {
      const tables = await userTables(db);
      if (tables > 0) {
        return notRun(`${target} already has ${tables} ${tables === 1 ? 'table' : 'tables'}; the trace applies migrations and seeds rows, so it runs only on an empty scratch database (allow-existing: true to use this one anyway)`);
      }
    }
    const server = String((await db.query<{ v: string }>("SELECT current_setting('server_version') AS v"))[0]?.v ?? '?');
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    const run = await runMigrations(db, monitor, input.parser, untraced, traced, { rows, postgresVersion: input.postgresVersion, pending: input.pending }, ctx.signal);
    ctx.signal.throwIfAborted();
    if (run.untracedFailure) {
      const f = run.untracedFailure;
      return notRun(`the base branch's migration ${f.file} (line ${f.line}) failed to apply: ${f.message}`, { file: f.file, line: f.line });
    }
    const findings = suppressed(statementFindings(run, { rows, slowMs, lockHoldMs }), traced, input.parser);
    return { findings, metrics: traceMetrics(run, { target, server, rows }) };
  } finally {
    ctx.signal.removeEventListener('abort', onAbort);
    for (const db of opened) await db.close();
    await cluster?.stop();
  }
}

/** Stops the running statement: the trace's own connections only. */
async function cancel(opened: Database[]): Promise<void> {
  const [db, monitor] = opened;
  if (db && monitor) await monitor.query('SELECT pg_cancel_backend($1)', [db.pid]).catch(() => {});
}

async function userTables(db: Database): Promise<number> {
  const rows = await db.query<{ n: string }>(`
    SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'`);
  return Number(rows[0]?.n ?? 0);
}

function statementFindings(run: TraceRun, settings: { rows: number; slowMs: number; lockHoldMs: number }): Finding[] {
  const unindexed = new Map<TracedStatement, UnindexedForeignKey[]>();
  for (const fk of run.unindexedForeignKeys) unindexed.set(fk.statement, [...(unindexed.get(fk.statement) ?? []), fk]);
  const findings: Finding[] = [];
  for (const file of run.files) {
    for (const statement of file.statements) {
      findings.push(...runRules(TRACE_STATEMENT_RULES, { statement, ...settings, unindexed: unindexed.get(statement) ?? [] }));
    }
  }
  return findings;
}

/**
 * Drops trace findings that a release-gate-ignore comment covers: one naming the trace rule, or a
 * static rule about the same hazard (the author already accepted it).
 */
function suppressed(findings: Finding[], files: readonly SourceFile[], parser: SqlParser): Finding[] {
  const byLine = new Map<string, IgnoreDirective[]>();
  for (const file of files) {
    const directives = readIgnores(file.source, parser);
    if (!directives.length) continue;
    let previousEnd = 0;
    for (const s of parser.parse(file.source).statements) {
      byLine.set(`${file.path}:${s.line}`, [...directives.filter((d) => d.fileWide), ...directivesFor(directives, previousEnd, s.start, s.end)]);
      previousEnd = s.end;
    }
  }
  return findings.filter((f) => {
    const directives = byLine.get(`${f.file}:${f.line}`) ?? [];
    return ![f.ruleId, ...(SAME_HAZARD[f.ruleId] ?? [])].some((id) => suppresses(directives, id));
  });
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The summary: per migration, its statements with lock modes, rewrites and time. */
function traceMetrics(run: TraceRun, about: { target: string; server: string; rows: number }): Record<string, unknown> {
  const statements = run.files.reduce((n, f) => n + f.statements.length, 0);
  return {
    target: about.target,
    server: about.server,
    rows: about.rows,
    ran: true,
    statements,
    seeded: run.files.flatMap((f) => f.seeded).map((s) => ({ name: s.table, rows: s.rows, ...(s.skipped ? { skipped: s.skipped } : {}) })),
    migrations: run.files.map((f) => ({
      name: f.path,
      statements: f.statements.map((s) => ({
        name: s.text,
        line: s.line,
        locks: s.locks.map((l) => `${l.relation}: ${lockModeName(l.mode)}`).join('; '),
        rewrite: s.rewrites.join(', '),
        ms: round(s.ms),
        ...(s.error ? { error: s.error.message } : {}),
      })),
    })),
    ...(run.failed ? { stoppedAt: `${run.failed.file}:${run.failed.line}` } : {}),
  };
}
