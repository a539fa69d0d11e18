import type { Manifest } from '../manifest/types.js';
import type { Masker } from '../mask.js';
import type { Report } from '../types.js';
import { runAlerts } from '../operate/alerts/run-alerts.js';
import { keepOf, openHistoryStore } from '../operate/history/open-store.js';
import { recordFromReport } from '../operate/history/record.js';
import { runContext } from '../operate/history/run-context.js';

/**
 * After `release-gate monitor` or `watch` in the CLI: the alerts of the run, then the run added to the
 * history, since the monitor's next run continues each path's state from it (the actions add every
 * run themselves). Neither ever changes the exit code: problems are printed and the verdict stands.
 */
export async function afterOperateRun(options: {
  report: Report; manifest: Manifest; cwd: string; env: Readonly<Record<string, string | undefined>>; now: Date; masker: Masker;
  environment?: string; testAlert?: boolean; log(line: string): void;
}): Promise<void> {
  const { report, manifest, cwd, env, now, masker } = options;
  const say = (m: string) => options.log(masker.mask(m));
  const alerts = await runAlerts({ report, manifest, cwd, env, now, masker, testAlert: options.testAlert, info: say, warning: say }).catch((error: Error) => {
    say(`alerts: ${error.message}; the checks' result stands`);
    return undefined;
  });
  if (!report.checks.some((c) => c.check === 'monitor' && c.status !== 'skipped')) return;
  try {
    const store = openHistoryStore(manifest.history, cwd, { env });
    const context = runContext(report, env, now, options.environment ? { environment: options.environment } : {});
    const { records } = await store.add([recordFromReport(report, context, { alerts })], keepOf(manifest.history));
    say(`history: the monitor run was added to ${store.description} (${records.length} runs)`);
  } catch (error) {
    say(`history: the monitor run could not be added (${(error as Error).message}): the next run will not continue from it`);
  }
}
