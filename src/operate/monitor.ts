import { readFile } from 'node:fs/promises';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { CheckContext } from '../checks/check.js';
import type { DnsClient } from '../checks/domain/dns-client.js';
import { createTlsContexts, probeTls } from '../checks/domain/tls-probe.js';
import { durationMs, formatDuration } from '../http/duration.js';
import type { ManifestPath } from '../manifest/load.js';
import type { Manifest, Probe } from '../manifest/types.js';
import { openHistoryStore } from './history/open-store.js';
import type { HistoryRecord } from './history/record.js';
import { probeDefinition, probeProblem, probeTarget, Prober, type ProbeDefinition, type ProbeResult } from './probe.js';

export type MonitorSection = NonNullable<Manifest['monitor']>;

export const MONITOR_DEFAULTS = { intervalMs: 15 * 60_000 } as const;
/** The caps of a looping monitor (`--every 1m --for 55m`): within one job, at most six hours, at most one round per second. */
export const MONITOR_CAPS = { maxForMs: 6 * 3_600_000, minEveryMs: 1_000, maxPaths: 20 } as const;
/** A gap longer than this many intervals between two checks is not monitored. */
export const SILENT_AFTER_INTERVALS = 3;
/** Certificate days left at which an alert is sent, once each. */
export const CERTIFICATE_ALERT_DAYS = [21, 7] as const;

export type PathStateName = 'up' | 'failing' | 'down';

/** Where a path stands after a check: what the history keeps and the next run continues from. */
export interface PathState {
  name: string;
  state: PathStateName;
  /** When the current state began: for down, the first of the consecutive failures. */
  since: string;
  /** Consecutive failed checks (0 when up). */
  failures: number;
  /** The last failure's reason, masked. */
  failure?: string;
  status?: number;
  /** The last check. */
  checked: string;
  /** While failing: when the path was last up, restored when the next check passes. */
  upSince?: string;
}

export type MonitorEventKind = 'down' | 'recovered' | 'changed';

/** A change of state worth telling a person: once per change, never per repeat. */
export interface MonitorEvent {
  kind: MonitorEventKind;
  path: string;
  time: string;
  /** down: when it started failing; recovered: when it went down. */
  since: string;
  failure?: string;
  status?: number;
  failures?: number;
}

export interface MonitorSample {
  time: string;
  results: { name: string; ok: boolean; ms: number; status?: number }[];
}

export interface CertificateReading {
  host: string;
  port: number;
  daysLeft?: number;
  validTo?: string;
  unreachable?: boolean;
  message?: string;
  /** The alert threshold (21 or 7 days) crossed since the last reading, when one was. */
  crossed?: number;
  /**
   * The expiry alert still outstanding (the threshold it was sent at, the certificate it was about),
   * carried from reading to reading, through unreachable ones too, until it recovers; null when none.
   */
  alert?: { days: number; validTo?: string } | null;
  /** Consecutive readings above the outstanding alert's threshold (the second decides), and the lowest threshold they were within. */
  clear?: { readings: number; days?: number };
  /** This reading ended the outstanding alert: the one it ended. */
  recovered?: { days: number; validTo?: string };
  /** This reading eased the outstanding alert (a 7-day alert, and two readings now above 7 but within 21): the one it eased. */
  eased?: { days: number; validTo?: string };
}

export interface SilentGap {
  from: string;
  to: string;
}

export interface MonitorRun {
  file: string;
  site(path: ManifestPath): { file: string; line?: number; column?: number };
  probes: ProbeDefinition[];
  setupProblem?: { message: string; path: ManifestPath };
  url?: string;
  environment?: string;
  intervalMs: number;
  /**
   * A gap longer than this since the last check is silence: three intervals, and at least three of the
   * schedule's period (`monitor.interval`), so a looping run (`--every 1m`) is not called silent for
   * the minutes between two scheduled jobs.
   */
  silentAfterMs: number;
  states: PathState[];
  events: MonitorEvent[];
  samples: MonitorSample[];
  /** The last round's result of each path. */
  latest: ProbeResult[];
  certificate?: CertificateReading;
  silent?: SilentGap;
  /** Why the previous state could not be read, when the history could not be. */
  historyProblem?: string;
  capped: string[];
}

export interface MonitorOptions {
  /** `--every 1m`: loop within this run. */
  every?: string;
  /** `--for 55m`: how long to loop (default: one round). */
  for?: string;
  /** The history to continue from; read from the manifest's history store when not given. */
  history?: readonly HistoryRecord[];
}

/** The paths of either form of the section, with where each is written. */
export function monitorPaths(section: MonitorSection): { items: Probe[]; at: (i: number) => ManifestPath; settings: Exclude<MonitorSection, unknown[]> | undefined } {
  if (Array.isArray(section)) return { items: section, at: (i) => ['monitor', i], settings: undefined };
  const settings = section as Exclude<MonitorSection, unknown[]>;
  return { items: settings.paths, at: (i) => ['monitor', 'paths', i], settings };
}

/**
 * One monitor run: continues each path's state from the history (or from the previous round when it
 * loops), probes every path each round, and keeps the state changes: a path is down after two
 * consecutive failed checks and recovered at its first success, and a gap longer than three intervals
 * since the last check is recorded as silence, never as up.
 */
export async function runMonitor(ctx: CheckContext, section: MonitorSection, options: MonitorOptions = {}): Promise<MonitorRun> {
  const { items, at, settings } = monitorPaths(section);
  const capped: string[] = [];
  const everyMs = options.every !== undefined ? parseDuration(options.every) : undefined;
  const forMs = options.for !== undefined ? parseDuration(options.for) : undefined;
  const run: MonitorRun = {
    file: ctx.manifest.file,
    site: (path) => {
      const found = ctx.manifest.locate(path) ?? ctx.manifest.locate(path.slice(0, -1)) ?? ctx.manifest.locate(['monitor']);
      return { file: ctx.manifest.file, line: found?.line, column: found?.column };
    },
    probes: [], intervalMs: everyMs ?? durationMs(settings?.interval, MONITOR_DEFAULTS.intervalMs), silentAfterMs: 0,
    states: [], events: [], samples: [], latest: [], capped,
  };
  if ((options.every !== undefined && everyMs === undefined) || (options.for !== undefined && forMs === undefined)) {
    run.setupProblem = { message: `--every and --for take a duration such as 1m or 55m (got ${options.every !== undefined && everyMs === undefined ? `--every ${options.every}` : `--for ${options.for}`})`, path: ['monitor'] };
    return run;
  }
  let rounds = 1;
  let every = 0;
  if (everyMs !== undefined || forMs !== undefined) {
    every = Math.max(everyMs ?? 60_000, MONITOR_CAPS.minEveryMs);
    if (everyMs !== undefined && everyMs < MONITOR_CAPS.minEveryMs) capped.push(`--every ${formatDuration(everyMs)} is under the floor of ${formatDuration(MONITOR_CAPS.minEveryMs)}`);
    run.intervalMs = every;
    let span = forMs ?? every;
    if (span > MONITOR_CAPS.maxForMs) {
      capped.push(`--for ${formatDuration(span)} is over the cap of ${formatDuration(MONITOR_CAPS.maxForMs)}`);
      span = MONITOR_CAPS.maxForMs;
    }
    rounds = Math.max(1, Math.ceil(span / every));
  }
  run.silentAfterMs = SILENT_AFTER_INTERVALS * Math.max(run.intervalMs, durationMs(settings?.interval, MONITOR_DEFAULTS.intervalMs));

  let probes = items.map((item, i) => probeDefinition(item, at(i), settings?.timeout));
  if (probes.length > MONITOR_CAPS.maxPaths) {
    capped.push(`${probes.length} paths are over the cap of ${MONITOR_CAPS.maxPaths}: the first ${MONITOR_CAPS.maxPaths} are monitored`);
    probes = probes.slice(0, MONITOR_CAPS.maxPaths);
  }
  run.probes = probes;
  const problem = probeProblem(ctx, probes);
  if (problem) {
    run.setupProblem = problem;
    return run;
  }
  const environments = ctx.manifest.data.environments ?? {};
  const environment = settings?.environment ?? ctx.environment ?? ('production' in environments ? 'production' : undefined);
  const target = await probeTarget(ctx, 'monitor', environment);
  if ('problem' in target) {
    run.setupProblem = { message: target.problem, path: target.path };
    return run;
  }
  const base = target.target.base;
  run.url = base.href;
  run.environment = target.target.environment ?? '-';

  let ca: string | undefined;
  if (settings?.['ca-file']) {
    try {
      ca = await readFile(isAbsolute(settings['ca-file']) ? settings['ca-file'] : resolve(ctx.cwd, settings['ca-file']), 'utf8');
    } catch (error) {
      run.setupProblem = { message: `ca-file ${settings['ca-file']} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, path: ['monitor', 'ca-file'] };
      return run;
    }
  }

  if (ctx.env.GITHUB_ACTIONS === 'true' && !ctx.manifest.data.history?.branch && !options.history) {
    run.historyProblem = 'the manifest has no history.branch: on a runner every run starts from a fresh checkout, so no path\'s state (failing, down since) carries over to the next run and nothing is ever called down; set history: { branch: release-gate-history }';
  }
  const previous = await previousMonitorRecord(ctx, run.environment, options.history).catch((error: Error) => {
    run.historyProblem = `the history could not be read (${error.message}); each path starts from "up"`;
    return undefined;
  });
  const prior = previous ? (previous.checks.find((c) => c.check === 'monitor')?.facts ?? {}) : {};
  let states = new Map<string, PathState>();
  let lastCheck = previous ? Date.parse(String(prior.checked ?? previous.time)) : undefined;
  for (const s of Array.isArray(prior.paths) ? (prior.paths as PathState[]) : []) if (s && typeof s.name === 'string') states.set(s.name, s);
  const priorCertificate = prior.certificate as CertificateReading | undefined;

  const prober = new Prober(ctx, base, 'monitor', ca);
  try {
    if (settings?.certificate !== false && base.protocol === 'https:') {
      run.certificate = await readCertificate(base, ctx, priorCertificate);
    }
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const time = ctx.now();
      if (lastCheck !== undefined && time.getTime() - lastCheck > run.silentAfterMs && !run.silent) {
        run.silent = { from: new Date(lastCheck).toISOString(), to: time.toISOString() };
        // Failures before the silence and after it are not consecutive: the count starts again.
        states = new Map([...states].map(([k, s]) => [k, s.state === 'failing' ? { name: s.name, state: 'up', since: s.upSince ?? s.since, failures: 0, checked: s.checked } : s]));
      }
      const results = await Promise.all(probes.map((p) => prober.probe(p, ctx.signal)));
      if (ctx.signal.aborted) break;
      run.latest = results;
      run.samples.push({ time: time.toISOString(), results: results.map((r) => ({ name: r.name, ok: r.ok, ms: r.ms, ...(r.status !== undefined ? { status: r.status } : {}) })) });
      for (const result of results) {
        const { next, event } = advance(states.get(result.name), result);
        states.set(result.name, next);
        if (event) run.events.push(event);
      }
      lastCheck = time.getTime();
      if (round + 1 < rounds) {
        try {
          await sleep(Math.max(0, every - (performance.now() - started)), undefined, { signal: ctx.signal });
        } catch {
          break;
        }
      }
    }
  } finally {
    await prober.close();
  }
  run.states = probes.map((p) => states.get(p.name)).filter((s): s is PathState => !!s);
  return run;
}

/**
 * The flapping guard: one failed check makes a path "failing" (no alert), the second in a row makes
 * it "down" (one alert, dated from the first failure); the first success after "down" is one
 * "recovered". A down path whose failure changes (another status or reason) is one "changed".
 */
export function advance(previous: PathState | undefined, result: ProbeResult): { next: PathState; event?: MonitorEvent } {
  const prev: PathState = previous ?? { name: result.name, state: 'up', since: result.time, failures: 0, checked: result.time };
  const head = { name: result.name, checked: result.time, ...(result.status !== undefined ? { status: result.status } : {}) };
  if (result.ok) {
    if (prev.state === 'down') {
      return { next: { ...head, state: 'up', since: result.time, failures: 0 }, event: { kind: 'recovered', path: result.name, time: result.time, since: prev.since } };
    }
    return { next: { ...head, state: 'up', since: prev.state === 'failing' ? prev.upSince ?? prev.since : prev.since, failures: 0 } };
  }
  const failures = prev.failures + 1;
  const failure = result.failure ? { failure: result.failure } : {};
  if (prev.state === 'down') {
    const next: PathState = { ...head, ...failure, state: 'down', since: prev.since, failures };
    const changed = prev.status !== result.status || reasonKey(prev.failure) !== reasonKey(result.failure);
    return changed ? { next, event: { kind: 'changed', path: result.name, time: result.time, since: prev.since, failures, ...failure, ...(result.status !== undefined ? { status: result.status } : {}) } } : { next };
  }
  if (prev.state === 'failing') {
    return {
      next: { ...head, ...failure, state: 'down', since: prev.since, failures },
      event: { kind: 'down', path: result.name, time: result.time, since: prev.since, failures, ...failure, ...(result.status !== undefined ? { status: result.status } : {}) },
    };
  }
  return { next: { ...head, ...failure, state: 'failing', since: result.time, upSince: prev.since, failures } };
}

/** Failure reasons compared without their timings ("after 812 ms") and ports, so a repeat is not a change. */
function reasonKey(reason: string | undefined): string {
  return (reason ?? '').replace(/\d+(\.\d+)?\s*(ms|s)\b/g, '#').replace(/:\d+\b/g, '');
}

async function previousMonitorRecord(ctx: CheckContext, environment: string, given: readonly HistoryRecord[] | undefined): Promise<HistoryRecord | undefined> {
  let records = given;
  if (!records) {
    const settings = ctx.manifest.data.history;
    const store = openHistoryStore(settings, ctx.cwd, { env: ctx.env });
    records = await store.read();
  }
  return [...records]
    .filter((r) => r.environment === environment && r.checks.some((c) => c.check === 'monitor' && c.status !== 'skipped' && c.facts?.paths))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0];
}

async function readCertificate(base: URL, ctx: CheckContext, prior: CertificateReading | undefined): Promise<CertificateReading> {
  const host = base.hostname.replace(/^\[|\]$/g, '');
  const port = Number(base.port || 443);
  // A reading of another host (the environment's URL changed) is no state for this one.
  if (prior && (prior.host !== host || prior.port !== port)) prior = undefined;
  const dns = {
    addresses: async (name: string) => (isIP(name) ? [{ address: name }] : (await lookup(name, { all: true })).map((a) => ({ address: a.address }))),
  } as unknown as DnsClient;
  const result = await probeTls({ host, port, dns, contexts: createTlsContexts(undefined), timeoutMs: 10_000, signal: ctx.signal });
  const leaf = result.ok ? result.certificates.find((c) => c.leaf) ?? result.certificates[0] : undefined;
  if (!leaf) return certificateAlertState(prior, { host, port, unreachable: true, message: result.ok ? `${host}:${port} sent no certificate` : result.message });
  const daysLeft = Math.floor((leaf.validTo.getTime() - ctx.now().getTime()) / 86_400_000);
  return certificateAlertState(prior, { host, port, daysLeft, validTo: leaf.validTo.toISOString() });
}

/** The alert threshold a certificate with this many days left is within (7 or 21), or undefined. */
function expiryLevel(daysLeft: number): number | undefined {
  return CERTIFICATE_ALERT_DAYS.filter((d) => daysLeft <= d).at(-1);
}

/**
 * The certificate's alert state after this reading. An alert goes out at once when the days left fall
 * within 21, and again within 7, once each; it ends (one recovery) only after two readings in a row
 * above 21, because a false all-clear costs an expired certificate: a load balancer with one backend
 * still on the old certificate alternates readings, and that must keep the alert open, not flap.
 * Two readings in a row within 21 but above an outstanding 7-day alert (renewed with a short-lived
 * certificate) ease it to a 21-day one. An unreachable reading changes nothing.
 */
export function certificateAlertState(prior: CertificateReading | undefined, reading: CertificateReading): CertificateReading {
  // Readings from before the alert state was kept: the threshold their days left were within.
  const legacy = prior?.daysLeft !== undefined ? expiryLevel(prior.daysLeft) : undefined;
  const outstanding = prior?.alert !== undefined ? prior.alert : legacy !== undefined ? { days: legacy, validTo: prior?.validTo } : null;
  if (reading.daysLeft === undefined) return { ...reading, alert: outstanding, ...(prior?.clear ? { clear: prior.clear } : {}) };
  const level = expiryLevel(reading.daysLeft);
  const about = reading.validTo ? { validTo: reading.validTo } : {};
  if (level !== undefined && (!outstanding || level < outstanding.days)) return { ...reading, crossed: level, alert: { days: level, ...about } };
  if (!outstanding) return { ...reading, alert: null };
  if (level !== undefined && level === outstanding.days) return { ...reading, alert: outstanding };
  // Above the outstanding alert's threshold: the first such reading is noted, the second decides, by the worse of the two.
  const within = [prior?.clear?.days, level].filter((d): d is number => d !== undefined);
  const clear = { readings: (prior?.clear?.readings ?? 0) + 1, ...(within.length ? { days: Math.min(...within) } : {}) };
  if (clear.readings < 2) return { ...reading, alert: outstanding, clear };
  if (clear.days === undefined) return { ...reading, alert: null, recovered: outstanding };
  return { ...reading, alert: { days: clear.days, ...about }, eased: outstanding };
}

function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(text);
  return m ? durationMs(text, 0) : undefined;
}
