import { setTimeout as sleep } from 'node:timers/promises';
import type { CheckContext } from '../checks/check.js';
import { share } from '../checks/latency/plan.js';
import { durationMs, formatDuration } from '../http/duration.js';
import { queryJsonPath } from '../http/jsonpath.js';
import type { Manifest } from '../manifest/types.js';
import type { ManifestPath } from '../manifest/load.js';
import { percentile, probeDefinition, probeProblem, probeTarget, Prober, type ProbeDefinition, type ProbeResult } from './probe.js';

export type WatchSection = NonNullable<Manifest['watch']>;

export const WATCH_DEFAULTS = { durationMs: 600_000, intervalMs: 30_000, windowMs: 300_000, maxErrorRate: 0.02, minProbes: 20 } as const;
/** The caps every watch runs under, whatever the manifest says. */
export const WATCH_CAPS = { maxDurationMs: 3_600_000, minIntervalMs: 100, maxProbes: 20_000, maxPaths: 20 } as const;

/** One probe of the watch, at `atMs` since it started. */
export interface WatchSample extends ProbeResult {
  atMs: number;
}

export interface PathFigures {
  name: string;
  count: number;
  errors: number;
  errorRate: number;
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  /** Failures by reason ("502", "connection refused by …"), most frequent first. */
  failures: { reason: string; count: number }[];
}

/** What a window of probes showed. */
export interface WindowFigures {
  fromMs: number;
  toMs: number;
  probes: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
  paths: PathFigures[];
}

export type BreachKind = 'error-rate' | 'p95' | 'app-error-rate';

export interface Breach {
  kind: BreachKind;
  atMs: number;
  window: WindowFigures;
  /** The app's own figure (app-error-rate). */
  appErrorRate?: number;
}

export interface WatchRun {
  file: string;
  site(path: ManifestPath): { file: string; line?: number; column?: number };
  setupProblem?: { message: string; path: ManifestPath };
  url?: string;
  environment?: string;
  durationMs: number;
  intervalMs: number;
  windowMs: number;
  maxErrorRate: number;
  maxP95Ms?: number;
  minProbes: number;
  samples: WatchSample[];
  rounds: number;
  /** How long the watch observed, start to end. */
  observedMs: number;
  /** The first breach, which ended the watch; undefined when it held. */
  breach?: Breach;
  /** The last window, judged at the end when nothing breached. */
  final?: WindowFigures;
  source?: { request: string; readings: number; failures: { reason: string; count: number }[]; latest?: number; max?: number };
  /** Why the watch stopped before its duration, other than a breach. */
  stopped?: string;
  /** A cap the manifest asked beyond. */
  capped: string[];
}

/**
 * Watches first live traffic: every `interval`, probes each path once (the round's probes in
 * parallel) and reads the app's own error rate when a source is given; after each round judges the
 * last `window`; stops at the first breach. The rules turn the run into findings.
 * post-deploy's rollback reads the watch's result like smoke's: through the gate (check "watch").
 */
export async function runWatch(ctx: CheckContext, section: WatchSection): Promise<WatchRun> {
  const capped: string[] = [];
  let duration = durationMs(section.duration, WATCH_DEFAULTS.durationMs);
  if (duration > WATCH_CAPS.maxDurationMs) {
    capped.push(`duration ${formatDuration(duration)} is over the cap of ${formatDuration(WATCH_CAPS.maxDurationMs)}: watched for ${formatDuration(WATCH_CAPS.maxDurationMs)}`);
    duration = WATCH_CAPS.maxDurationMs;
  }
  let interval = durationMs(section.interval, WATCH_DEFAULTS.intervalMs);
  if (interval < WATCH_CAPS.minIntervalMs) {
    capped.push(`interval ${formatDuration(interval)} is under the floor of ${formatDuration(WATCH_CAPS.minIntervalMs)}`);
    interval = WATCH_CAPS.minIntervalMs;
  }
  const windowMs = Math.min(durationMs(section.window, WATCH_DEFAULTS.windowMs), duration);
  const run: WatchRun = {
    file: ctx.manifest.file,
    site: (path) => {
      const at = ctx.manifest.locate(path) ?? ctx.manifest.locate(path.slice(0, -1)) ?? ctx.manifest.locate(['watch']);
      return { file: ctx.manifest.file, line: at?.line, column: at?.column };
    },
    durationMs: duration, intervalMs: interval, windowMs,
    maxErrorRate: share(section['max-error-rate'], WATCH_DEFAULTS.maxErrorRate),
    ...(section['max-p95'] !== undefined ? { maxP95Ms: durationMs(section['max-p95'], 0) } : {}),
    minProbes: section['min-probes'] ?? WATCH_DEFAULTS.minProbes,
    samples: [], rounds: 0, observedMs: 0, capped,
  };

  let paths = section.paths.map((item, i) => probeDefinition(item, ['watch', 'paths', i], section.timeout));
  if (paths.length > WATCH_CAPS.maxPaths) {
    capped.push(`${paths.length} paths are over the cap of ${WATCH_CAPS.maxPaths}: the first ${WATCH_CAPS.maxPaths} are watched`);
    paths = paths.slice(0, WATCH_CAPS.maxPaths);
  }
  const problem = probeProblem(ctx, paths)
    ?? (section.source?.session !== undefined && !(section.source.session in (ctx.manifest.data.sessions ?? {}))
      ? { message: `watch.source names session "${section.source.session}", which sessions does not define`, path: ['watch', 'source', 'session'] as ManifestPath }
      : undefined);
  if (problem) {
    run.setupProblem = problem;
    return run;
  }
  const target = await probeTarget(ctx, 'watch', section.environment);
  if ('problem' in target) {
    run.setupProblem = { message: target.problem, path: target.path };
    return run;
  }
  run.url = target.target.base.href;
  if (target.target.environment) run.environment = target.target.environment;

  const prober = new Prober(ctx, target.target.base, 'watch');
  const sourceFailures = new Map<string, number>();
  if (section.source) run.source = { request: section.source.request, readings: 0, failures: [] };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    for (let round = 0; ; round++) {
      if (ctx.signal.aborted) {
        run.stopped = `stopped: ${reasonText(ctx.signal.reason)}`;
        break;
      }
      if (run.samples.length + paths.length > WATCH_CAPS.maxProbes) {
        capped.push(`the cap of ${WATCH_CAPS.maxProbes} probes per watch was reached after ${formatDuration(elapsed())}`);
        break;
      }
      // Rounds are placed on their schedule, so windows and the figures in findings do not depend on a loaded runner.
      const atMs = round * interval;
      const [results, reading] = await Promise.all([
        Promise.all(paths.map((p) => prober.probe(p, ctx.signal))),
        section.source ? readSource(prober, section.source, Math.min(interval * 2, 10_000), ctx.signal) : Promise.resolve(undefined),
      ]);
      if (ctx.signal.aborted) {
        run.stopped = `stopped: ${reasonText(ctx.signal.reason)}`;
        break;
      }
      run.rounds = round + 1;
      for (const r of results) run.samples.push({ ...r, atMs });
      if (reading && run.source) {
        if ('value' in reading) {
          run.source.readings++;
          run.source.latest = reading.value;
          run.source.max = Math.max(run.source.max ?? reading.value, reading.value);
          if (reading.value > run.maxErrorRate) {
            run.breach = { kind: 'app-error-rate', atMs, appErrorRate: reading.value, window: figures(run.samples, atMs - windowMs, atMs, paths) };
            break;
          }
        } else {
          sourceFailures.set(reading.failure, (sourceFailures.get(reading.failure) ?? 0) + 1);
        }
      }
      const window = figures(run.samples, atMs - windowMs, atMs, paths);
      if (window.probes >= run.minProbes) {
        const breach = judge(run, window);
        if (breach) {
          run.breach = { kind: breach, atMs, window };
          break;
        }
      }
      const next = (round + 1) * interval;
      if (next >= duration) break;
      try {
        await sleep(Math.max(0, next - elapsed()), undefined, { signal: ctx.signal });
      } catch {
        run.stopped = `stopped: ${reasonText(ctx.signal.reason)}`;
        break;
      }
    }
  } finally {
    await prober.close();
  }
  run.observedMs = elapsed();
  if (run.source) run.source.failures = [...sourceFailures].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  if (!run.breach && run.samples.length) {
    const last = run.samples.at(-1)!.atMs;
    run.final = figures(run.samples, last - windowMs, last, paths);
    // The end of the watch judges whatever its last window holds: a short watch is still a watch.
    const breach = judge(run, run.final);
    if (breach) run.breach = { kind: breach, atMs: last, window: run.final };
  }
  return run;
}

function judge(run: WatchRun, window: WindowFigures): BreachKind | undefined {
  if (window.probes === 0) return undefined;
  if (window.errorRate > run.maxErrorRate) return 'error-rate';
  if (run.maxP95Ms !== undefined && window.p95Ms !== null && window.p95Ms > run.maxP95Ms) return 'p95';
  return undefined;
}

/** The samples sent after `fromMs` up to `toMs`, overall and per path (in the manifest's order). */
export function figures(samples: readonly WatchSample[], fromMs: number, toMs: number, paths: readonly ProbeDefinition[]): WindowFigures {
  const inWindow = samples.filter((s) => s.atMs > fromMs && s.atMs <= toMs);
  const errors = inWindow.filter((s) => !s.ok).length;
  return {
    fromMs: Math.max(0, fromMs), toMs, probes: inWindow.length, errors,
    errorRate: inWindow.length ? errors / inWindow.length : 0,
    p95Ms: percentile(inWindow.map((s) => s.ms), 95),
    paths: paths.map((p) => pathFigures(p.name, inWindow.filter((s) => s.name === p.name))),
  };
}

export function pathFigures(name: string, samples: readonly ProbeResult[]): PathFigures {
  const ms = samples.map((s) => s.ms);
  const failed = samples.filter((s) => !s.ok);
  const reasons = new Map<string, number>();
  for (const s of failed) {
    const reason = s.failure && s.status === undefined ? s.failure : s.status !== undefined && s.status >= 500 ? String(s.status) : s.failure ?? String(s.status);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  return {
    name, count: samples.length, errors: failed.length, errorRate: samples.length ? failed.length / samples.length : 0,
    p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), p99Ms: percentile(ms, 99), maxMs: ms.length ? Math.max(...ms) : null,
    failures: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
  };
}

async function readSource(prober: Prober, source: NonNullable<WatchSection['source']>, timeoutMs: number, signal: AbortSignal): Promise<{ value: number } | { failure: string }> {
  const read = await prober.readJson(source.request, source.session, timeoutMs, signal);
  if ('failure' in read) return read;
  let found: unknown[];
  try {
    found = queryJsonPath(read.value, source['error-rate']);
  } catch (error) {
    return { failure: `${source['error-rate']} is not a JSONPath this release-gate reads: ${(error as Error).message}` };
  }
  const raw = found[0];
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : undefined;
  if (value === undefined) return { failure: found.length ? `${source['error-rate']} is not a number (${JSON.stringify(raw).slice(0, 40)})` : `${source['error-rate']} matches nothing in the response` };
  return { value: source.scale === 'percent' ? value / 100 : value };
}

function reasonText(reason: unknown): string {
  return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'interrupted';
}

export function percent(share: number): string {
  const p = share * 100;
  return `${p === 0 || p >= 10 ? p.toFixed(0) : p.toFixed(1)}%`.replace('.0%', '%');
}
