import type { Manifest } from '../manifest/types.js';
import type { Masker } from '../mask.js';
import type { Report } from '../types.js';
import type { AlertsOutcome } from './alerts/run-alerts.js';
import { recordRun } from './history/record-run.js';
import { kindOfEvent, type RunKind } from './history/record.js';
import type { Log } from './rollback.js';

/**
 * What follows a run, in the actions and the CLI alike: its alerts (each check compared with its last
 * run in the history, so only changes of state are sent), then the run added to the history, the
 * alerts' deliveries in its record. One function, so `release-gate post-deploy` and actions/post-deploy
 * (and every other run that alerts) send the same alerts and write the same record.
 * Never throws and never changes the report: a history, webhook or GitHub API problem is logged and
 * the checks' verdict stands. It runs after the rollback, which therefore never waits on it.
 */

export interface FinishRunOptions {
  report: Report;
  manifest: Manifest;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  masker: Masker;
  /** The environment the run was given, when it was given one. */
  environment?: string;
  /** The workflow kind, when the run knows it better than its event does (a post-deploy run). */
  kind?: RunKind;
  /** The commit the run verified, when it knows it better than GITHUB_SHA does (the deployment's sha). */
  commit?: string;
  /** The action's token input, for the github-issue sink; GITHUB_TOKEN otherwise. */
  githubToken?: string;
  /** Also send a test alert to every sink. */
  testAlert?: boolean;
  /**
   * `configured`: add the run when the manifest has `history` (the actions). `always`: also without it,
   * to the default file store, since the next run's alerts and rollback read it (the CLI's post-deploy,
   * watch and monitor runs). `never`: alerts only.
   */
  keep: 'configured' | 'always' | 'never';
  log: Log;
}

export interface FinishedRun {
  alerts?: AlertsOutcome;
  /** The job summary's trend table and dashboard link, when the run was added. */
  trends?: string;
}

export async function finishRun(options: FinishRunOptions): Promise<FinishedRun> {
  const { report, manifest, cwd, env, now, masker } = options;
  const log = (level: Parameters<Log>[0]) => (message: string) => options.log(level, masker.mask(message));
  let alerts: AlertsOutcome | undefined;
  if (manifest.alerts?.length) {
    try {
      // Loaded only when the manifest has alerts: most runs never pay for the sinks.
      const { runAlerts } = await import('./alerts/run-alerts.js');
      alerts = await runAlerts({
        report, manifest, cwd, env, now, masker, testAlert: options.testAlert === true,
        ...(options.githubToken ? { githubToken: options.githubToken } : {}), info: log('info'), warning: log('warning'),
      });
    } catch (error) {
      log('warning')(`alerts: ${(error as Error).message}; the checks' result stands`);
    }
  }
  if (options.keep === 'never') return { ...(alerts ? { alerts } : {}) };
  if (alerts && options.keep === 'configured' && !manifest.history && kindOfEvent(env.GITHUB_EVENT_NAME) !== 'pull-request') {
    // The job's workspace is gone when it ends: with nothing kept, the next run cannot tell a repeat from a new failure.
    log('notice')('alerts: the manifest has no `history`, so no run is kept for the next one to compare with: a check that keeps failing alerts again on every run. Add `history: { branch: release-gate-history }` (with `permissions: contents: write`) to alert once per change of state');
  }
  let trends: string | undefined;
  try {
    trends = await recordRun({
      report, manifest: manifest.history || options.keep !== 'always' ? manifest : { ...manifest, history: {} }, cwd, env, now, alerts,
      ...(options.environment ? { environment: options.environment } : {}), ...(options.kind ? { kind: options.kind } : {}), ...(options.commit ? { commit: options.commit } : {}),
      notice: log('notice'), warning: log('warning'), error: log('error'), added: (store, runs) => log('info')(`history: the run was added to ${store} (${runs} runs)`),
    });
  } catch (error) {
    log('warning')(`history: the run could not be added: ${(error as Error).message}`);
  }
  return { ...(alerts ? { alerts } : {}), ...(trends ? { trends } : {}) };
}
