// readFileSync: node:fs/promises (with readline and streams) would load with this module on every run of the action.
import { readFileSync } from 'node:fs';
import type { Manifest } from '../../manifest/types.js';
import type { Report } from '../../types.js';
import { HistoryNoWriteAccess } from './branch-store.js';
import { HistoryError } from './ndjson.js';
import { keepOf, openHistoryStore } from './open-store.js';
import { recordFromReport } from './record.js';
import { runContext } from './run-context.js';
import { renderTrendSummary } from './trend-summary.js';
import { computeTrends } from './trends.js';
import type { AlertsRecord, HistoryRecord, RunKind } from './record.js';

export interface RecordRunOptions {
  report: Report;
  manifest: Manifest;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** The environment input, when the run was given one. */
  environment?: string;
  /** The workflow kind, when the run knows it better than its event does (the post-deploy action). */
  kind?: RunKind;
  /** The commit the run verified, when it knows it better than GITHUB_SHA (a deployment's sha). */
  commit?: string;
  /** What the run's alerts did, kept in its record. */
  alerts?: AlertsRecord;
  /** Told where the run was added and how many runs the history keeps. */
  added?(store: string, runs: number): void;
  notice(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/**
 * What the actions do after a run when the manifest has `history`: add the run, then return the
 * job summary's trend table and dashboard link. Never fails the run: a history problem is reported and
 * the gate's verdict stands. A fork's pull request (no write access) is not added, with a notice.
 */
export async function recordRun(options: RecordRunOptions): Promise<string | undefined> {
  const settings = options.manifest.history;
  if (!settings) return undefined;
  let records: HistoryRecord[] | undefined;
  try {
    const store = openHistoryStore(settings, options.cwd, { env: options.env });
    const fork = settings.branch ? await forkPullRequest(options.env) : undefined;
    if (fork) {
      options.notice(`history: this pull request comes from the fork ${fork}, whose token cannot push to ${settings.branch}; the run is not added to the history`);
      records = await store.read().catch(() => undefined);
    } else {
      const context = runContext(options.report, options.env, options.now, {
        ...(options.environment ? { environment: options.environment } : {}), ...(options.kind ? { kind: options.kind } : {}), ...(options.commit ? { commit: options.commit } : {}),
      });
      const result = await store.add([recordFromReport(options.report, context, { alerts: options.alerts })], keepOf(settings));
      records = result.records;
      options.added?.(store.description, records.length);
    }
  } catch (error) {
    if (error instanceof HistoryNoWriteAccess) {
      options.notice(`history: ${error.message}. Grant the job \`permissions: contents: write\` to keep this run; it is not added`);
    } else if (error instanceof HistoryError) {
      options.error(`history: ${error.message}`);
    } else {
      options.warning(`history: the run could not be added: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
  }
  if (!records) return undefined;
  const trends = computeTrends(records, { now: options.now, baselineRuns: settings['baseline-runs'] });
  return renderTrendSummary(trends, { dashboardUrl: dashboardUrl(settings.dashboard, options.env) });
}

/** The dashboard's address: the manifest's, or the repository's GitHub Pages site. */
export function dashboardUrl(configured: string | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (configured) return configured;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) return undefined;
  return repo.toLowerCase() === `${owner.toLowerCase()}.github.io` ? `https://${repo.toLowerCase()}/` : `https://${owner.toLowerCase()}.github.io/${repo}/`;
}

/** "owner/repo" of the head when the event is a pull request from another repository. */
async function forkPullRequest(env: Readonly<Record<string, string | undefined>>): Promise<string | undefined> {
  if (!env.GITHUB_EVENT_PATH || env.GITHUB_EVENT_NAME !== 'pull_request') return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { pull_request?: { head?: { repo?: { full_name?: string; fork?: boolean } } } };
    const head = event.pull_request?.head?.repo;
    if (!head?.full_name) return undefined;
    return head.full_name !== env.GITHUB_REPOSITORY ? head.full_name : undefined;
  } catch {
    return undefined;
  }
}
