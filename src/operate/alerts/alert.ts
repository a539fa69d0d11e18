import type { HistoryRecord } from '../history/record.js';
import type { Report } from '../../types.js';
import { CERTIFICATE_ALERT_DAYS, type MonitorEvent, type SilentGap, type CertificateReading } from '../monitor.js';

/** `test`: sent on request (`monitor --test-alert`) to prove a sink reaches people before anything fails. */
export type AlertKind = 'failure' | 'recovery' | 'changed' | 'test';

/** One change of state worth a person's attention. */
export interface Alert {
  kind: AlertKind;
  /** One per failing check or monitored path, e.g. "monitor/production/login": the issue's hidden marker. */
  key: string;
  environment: string;
  /** What failed, for the issue title: "login", "the smoke check". */
  subject: string;
  /** One line: "login is down on production". */
  title: string;
  /** When the failure started (failure, changed) or when the path went down (recovery). */
  since?: string;
  time: string;
  /** Finding messages and failures, already masked. */
  evidence: string[];
  runUrl?: string;
  /** The first run after a silence says so in its alerts. */
  silent?: SilentGap;
  /**
   * Only these sinks, by name: a recovery of a silence or of a certificate goes to the sinks that got
   * the alert it ends (from the deliveries in the history), and to no other.
   */
  to?: string[];
  /** What closes the issue opened for it, said in the issue (default: a recovery; changes are comments). */
  ends?: string;
}

export interface AlertContext {
  now: Date;
  runUrl?: string;
  /** The history before this run, for the checks' previous state. */
  previous: readonly HistoryRecord[];
}

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The alerts of one run, on changes of state only: the monitor's own events (down, recovered, a
 * changed failure, a certificate crossing 21 or 7 days), and for every other check a pass turning
 * into a failure or back, against the last run of that check on the same environment in the history.
 */
export function alertsOf(report: Report, context: AlertContext): Alert[] {
  const time = context.now.toISOString();
  const link = context.runUrl ? { runUrl: context.runUrl } : {};
  const alerts: Alert[] = [];
  let silent: SilentGap | undefined;
  for (const check of report.checks) {
    if (check.status === 'skipped') continue;
    const environment = typeof check.metrics?.environment === 'string' ? check.metrics.environment : '-';
    if (check.check === 'monitor') {
      silent = check.metrics?.silent as SilentGap | undefined;
      for (const e of (check.metrics?.events ?? []) as MonitorEvent[]) alerts.push(monitorAlert(e, environment, link));
      const cert = check.metrics?.certificate as CertificateReading | undefined;
      if (cert) alerts.push(...certificateAlerts(cert, environment, context, time, link));
      continue;
    }
    const failing = check.status === 'fail' || check.status === 'error';
    const errors = check.findings.filter((f) => f.severity === 'error');
    const history = [...context.previous]
      .filter((r) => r.environment === environment || environment === '-')
      .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))
      .map((r) => ({ record: r, check: r.checks.find((c) => c.check === check.check && c.status !== 'skipped') }))
      .filter((x): x is { record: HistoryRecord; check: NonNullable<typeof x.check> } => !!x.check);
    const last = history[0];
    const wasFailing = last ? last.check.status === 'fail' || last.check.status === 'error' : false;
    const key = `check/${environment}/${check.check}`;
    const where = environment !== '-' ? ` on ${environment}` : '';
    // A check failed by its warnings (`--fail-on warning`) has no error to show: its warnings are the evidence.
    const evidence = (errors.length ? errors : check.findings.filter((f) => f.severity === 'warning')).slice(0, 5).map((f) => `${f.ruleId}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}: ${f.message}`);
    if (failing && !wasFailing) {
      alerts.push({ kind: 'failure', key, environment, subject: `the ${check.check} check`, title: `the ${check.check} check failed${where}`, since: time, time, evidence, ...link });
    } else if (!failing && wasFailing) {
      // Since the first failed run of the streak that just ended.
      const streak = history.findIndex((x) => x.check.status !== 'fail' && x.check.status !== 'error');
      const since = (streak === -1 ? history.at(-1) : history[streak - 1])!.record.time;
      alerts.push({ kind: 'recovery', key, environment, subject: `the ${check.check} check`, title: `the ${check.check} check passes again${where}`, since, time, evidence: [`failing since ${utc(since)}`], ...link });
    } else if (failing && wasFailing) {
      const before = Object.keys(last!.check.findingsByRule).filter((id) => last!.check.findings.some((f) => f.ruleId === id && f.severity === 'error')).sort().join(',');
      const now = [...new Set(errors.map((f) => f.ruleId))].sort().join(',');
      if (before !== now) alerts.push({ kind: 'changed', key, environment, subject: `the ${check.check} check`, title: `the ${check.check} check still fails${where}, differently`, time, evidence, ...link });
    }
  }
  const monitor = report.checks.find((c) => c.check === 'monitor' && c.status !== 'skipped');
  if (monitor) alerts.push(...silenceAlerts(alerts, silent, String(monitor.metrics?.environment ?? '-'), context, time, link));
  return alerts;
}

/**
 * The certificate's alerts, from the monitor's reading: one when the days left fall within 21 and one
 * within 7 (failures, found again as one issue); one recovery when a renewed certificate has been seen
 * above 21 twice in a row, to the sinks that got the alert; "changed" (an issue comment) when a
 * 7-day alert eases to 21 days.
 */
function certificateAlerts(cert: CertificateReading, environment: string, context: AlertContext, time: string, link: { runUrl?: string }): Alert[] {
  if (cert.daysLeft === undefined) return [];
  const key = `certificate/${environment}/${cert.host}:${cert.port}`;
  const subject = `the certificate of ${cert.host}${environment !== '-' ? ` on ${environment}` : ''}`;
  const day = (iso: string | undefined) => iso?.slice(0, 10) ?? 'an unknown date';
  if (cert.crossed !== undefined) {
    return [{
      kind: 'failure', key, environment, subject,
      title: cert.daysLeft < 0 ? `${subject} has expired` : `${subject} expires in ${cert.daysLeft} day(s)`,
      time, evidence: [`valid to ${day(cert.validTo)}; alerted at ${cert.crossed} days left, once`], ...link,
    }];
  }
  const ended = cert.recovered ?? cert.eased;
  if (!ended) return [];
  const renewed = cert.validTo !== ended.validTo;
  const was = `the certificate alerted at ${ended.days} days left was valid to ${day(ended.validTo)}`;
  if (cert.eased) {
    return [{
      kind: 'changed', key, environment, subject, title: `${subject} ${renewed ? 'was replaced, and the new one' : 'still'} expires in ${cert.daysLeft} day(s)`,
      time, evidence: [`valid to ${day(cert.validTo)}`, was], ...link,
    }];
  }
  const episode = episodeOf(monitorRuns(context.previous, environment), key, (facts) => {
    const before = facts.certificate as CertificateReading | undefined;
    return !!before && before.host === cert.host && before.port === cert.port && (before.alert !== undefined ? before.alert !== null : before.daysLeft !== undefined && before.daysLeft <= CERTIFICATE_ALERT_DAYS[0]);
  });
  if (!episode.sinks.length) return [];
  return [{
    kind: 'recovery', key, environment, subject,
    title: renewed ? `${subject} was renewed: ${cert.daysLeft} days left` : `${subject} has ${cert.daysLeft} days left again`,
    since: episode.runs.at(-1)!.time, time, evidence: [`valid to ${day(cert.validTo)}, seen twice in a row`, was], to: episode.sinks, ...link,
  }];
}

/**
 * A silence is an episode with a start and an end, like a failure: the first run after a gap says so
 * (in the run's other alerts, or alone when it has none, so a webhook gets a message and an issue sink
 * opens one issue for it), a run that finds another gap right after the last one is a repeat and says
 * nothing more, and the next run on time ends it with one recovery to the sinks that got the silence.
 */
function silenceAlerts(others: Alert[], silent: SilentGap | undefined, environment: string, context: AlertContext, time: string, link: { runUrl?: string }): Alert[] {
  const key = `monitor/${environment}/silence`;
  const runs = monitorRuns(context.previous, environment);
  const wasSilent = !!runs[0]?.facts.silent;
  if (silent) {
    for (const a of others) a.silent = silent;
    if (others.length > 0 || wasSilent) return [];
    return [{ kind: 'failure', key, environment, subject: 'the monitor', title: `monitoring of ${environment} was silent`, time, evidence: [], silent, ends: 'release-gate closes this issue at the next monitor run that comes on time.', ...link }];
  }
  if (!wasSilent) return [];
  const episode = episodeOf(runs, key, (facts) => !!facts.silent);
  if (!episode.sinks.length) return [];
  const gaps = episode.runs.map((r) => r.facts.silent as SilentGap).reverse();
  return [{
    kind: 'recovery', key, environment, subject: 'the monitor', title: `monitoring of ${environment} is on schedule again`, since: gaps[0]!.from, time,
    evidence: [...gaps.slice(-5).map((g) => `not monitored from ${utc(g.from)} to ${utc(g.to)}`), `this run came within three intervals of the last one`], to: episode.sinks, ...link,
  }];
}

interface MonitorRunRecord {
  time: string;
  facts: Record<string, unknown>;
  deliveries: NonNullable<HistoryRecord['alerts']>['deliveries'];
}

/** The monitor's earlier runs on an environment, newest first. */
function monitorRuns(previous: readonly HistoryRecord[], environment: string): MonitorRunRecord[] {
  return previous
    .filter((r) => r.environment === environment)
    .map((r) => ({ record: r, facts: r.checks.find((c) => c.check === 'monitor' && c.status !== 'skipped')?.facts }))
    .filter((x): x is { record: HistoryRecord; facts: Record<string, unknown> } => !!x.facts?.paths)
    .sort((a, b) => Date.parse(b.record.time) - Date.parse(a.record.time))
    .map((x) => ({ time: x.record.time, facts: x.facts, deliveries: x.record.alerts?.deliveries ?? [] }));
}

/**
 * The runs of an episode that is ending (newest first, while `within` holds), and the sinks its
 * failure alert reached: the recovery goes to those, so a sink that never heard of the failure, or
 * whose delivery failed, is not told it is over.
 */
function episodeOf(runs: MonitorRunRecord[], key: string, within: (facts: Record<string, unknown>) => boolean): { runs: MonitorRunRecord[]; sinks: string[] } {
  const episode: MonitorRunRecord[] = [];
  for (const run of runs) {
    if (!within(run.facts)) break;
    episode.push(run);
  }
  const sinks = new Set(episode.flatMap((r) => r.deliveries.filter((d) => d.key === key && d.kind === 'failure' && d.ok).map((d) => d.sink)));
  return { runs: episode, sinks: [...sinks] };
}

function monitorAlert(e: MonitorEvent, environment: string, link: { runUrl?: string }): Alert {
  const key = `monitor/${environment}/${e.path}`;
  const failure = e.failure ?? (e.status !== undefined ? `status ${e.status}` : undefined);
  if (e.kind === 'recovered') {
    return { kind: 'recovery', key, environment, subject: e.path, title: `${e.path} recovered on ${environment}`, since: e.since, time: e.time, evidence: [`down since ${utc(e.since)}`], ...link };
  }
  if (e.kind === 'changed') {
    return { kind: 'changed', key, environment, subject: e.path, title: `${e.path} is still down on ${environment}, failing differently`, since: e.since, time: e.time, evidence: failure ? [failure] : [], ...link };
  }
  return {
    kind: 'failure', key, environment, subject: e.path, title: `${e.path} is down on ${environment}`, since: e.since, time: e.time,
    evidence: [`${e.failures ?? 2} consecutive checks failed`, ...(failure ? [failure] : [])], ...link,
  };
}

/** The alert as plain lines: what, where, since when, the evidence, the run. */
export function alertText(alert: Alert): string {
  const lines = [
    `${{ recovery: 'Recovered', changed: 'Changed', failure: 'Failing', test: 'Test' }[alert.kind]}: ${alert.title}`,
    ...(alert.since ? [`${alert.kind === 'recovery' ? 'Was failing since' : 'Since'}: ${utc(alert.since)}`] : []),
    ...alert.evidence.map((e) => `- ${e}`),
    ...(alert.silent ? [`Monitoring was silent from ${utc(alert.silent.from)} to ${utc(alert.silent.to)}: that time is not monitored.`] : []),
    ...(alert.runUrl ? [`Run: ${alert.runUrl}`] : []),
  ];
  return lines.join('\n');
}

/** The alert `--test-alert` sends: names the environment and the run, changes no state. */
export function testAlert(environment: string, now: Date, runUrl: string | undefined): Alert {
  return {
    kind: 'test', key: `test/${environment}`, environment, subject: 'release-gate alerts', time: now.toISOString(),
    title: `a test alert for ${environment}: this sink receives release-gate's failures and recoveries`, evidence: [], ...(runUrl ? { runUrl } : {}),
  };
}
