import type { Manifest } from '../../manifest/types.js';
import type { Masker } from '../../mask.js';
import type { Report } from '../../types.js';
import { openHistoryStore } from '../history/open-store.js';
import { kindOfEvent, type HistoryRecord } from '../history/record.js';
import { runUrlOf } from '../deployment.js';
import { alertsOf, testAlert, type Alert } from './alert.js';
import { deliverAlerts, sinkName, type DeliveryOptions, type DeliveryRecord } from './deliver.js';
import type { DeliveryPolicy } from './webhook.js';
import { githubSettingsFromEnv, type GithubClientOptions } from '../../github/client.js';
import { githubIssueSink } from './github-issue.js';

/** What the alerts of a run did: kept in its history record. */
export interface AlertsOutcome {
  sinks: string[];
  alerts: Alert[];
  deliveries: DeliveryRecord[];
}

export interface RunAlertsOptions {
  report: Report;
  manifest: Manifest;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  masker: Masker;
  /** The history before this run; read from the manifest's store when not given. */
  history?: readonly HistoryRecord[];
  issueSink?: DeliveryOptions['issueSink'];
  /** The action's token input; GITHUB_TOKEN otherwise. */
  githubToken?: string;
  /** `--test-alert`: also send a test alert to every sink. */
  testAlert?: boolean;
  /** For tests: the GitHub client's retry pauses. */
  github?: GithubClientOptions;
  policy?: DeliveryPolicy;
  info(message: string): void;
  warning(message: string): void;
}

/**
 * After a run: the changes of state since the last run (from the history, or the monitor's own
 * events), each sent to every sink that wants it. Never throws and never changes the report: a
 * history that cannot be read or a sink that fails is a warning, and the checks' result stands.
 */
export async function runAlerts(options: RunAlertsOptions): Promise<AlertsOutcome | undefined> {
  const sinks = options.manifest.alerts;
  if (!sinks?.length) return undefined;
  // A pull request's failures belong on the pull request, not in the on-call channel.
  if (kindOfEvent(options.env.GITHUB_EVENT_NAME) === 'pull-request') return { sinks: sinks.map((s, i) => sinkName(s, i)), alerts: [], deliveries: [] };
  let history = options.history;
  if (!history) {
    try {
      history = await openHistoryStore(options.manifest.history, options.cwd, { env: options.env }).read();
    } catch (error) {
      options.warning(`alerts: the history could not be read (${(error as Error).message}): each check is compared with no earlier run`);
      history = [];
    }
  }
  const env = options.env;
  const runUrl = runUrlOf(env);
  const previous = history.filter((r) => Date.parse(r.time) < options.now.getTime());
  const environment = String(options.report.checks.find((c) => typeof c.metrics?.environment === 'string')?.metrics?.environment ?? '-');
  const alerts = [
    ...(options.testAlert ? [testAlert(environment, options.now, runUrl)] : []),
    ...alertsOf(options.report, { now: options.now, previous, ...(runUrl ? { runUrl } : {}) }),
  ].map((a) => options.masker.maskDeep(a));
  const issueSink = options.issueSink ?? (sinks.some((s) => s['github-issue']) ? issueSinkFromEnv(env, options.githubToken, options.github) : undefined);
  const deliveries = alerts.length
    ? await deliverAlerts(sinks, alerts, { env, masker: options.masker, ...(options.policy ? { policy: options.policy } : {}), ...(issueSink ? { issueSink } : {}) })
    : [];
  for (const d of deliveries) {
    const alert = alerts.find((a) => a.key === d.key && a.kind === d.kind);
    if (d.ok) options.info(`alerts: ${d.kind} sent to ${d.sink}: ${alert?.title ?? d.key}`);
    else options.warning(`alerts: the ${d.kind} alert "${alert?.title ?? d.key}" could not be delivered to ${d.sink}${d.attempts ? ` after ${d.attempts} attempt(s)` : ''}: ${d.error ?? 'failed'}; the checks' result stands`);
  }
  return { sinks: sinks.map((s, i) => sinkName(s, i)), alerts, deliveries };
}

/** The issue sink on the GitHub the run is in (GITHUB_API_URL, GITHUB_REPOSITORY), or one that says what is missing. */
function issueSinkFromEnv(env: Readonly<Record<string, string | undefined>>, token: string | undefined, github: GithubClientOptions | undefined): NonNullable<DeliveryOptions['issueSink']> {
  const settings = githubSettingsFromEnv({ ...env }, token ? { token } : {});
  if ('missing' in settings) {
    return async (_sink, name, alerts) => alerts.map((a) => ({ sink: name, kind: a.kind, key: a.key, ok: false, attempts: 0, error: `github-issue needs ${settings.missing.join(' and ')} (the action's token input, with issues: write)` }));
  }
  return githubIssueSink(settings, github);
}
