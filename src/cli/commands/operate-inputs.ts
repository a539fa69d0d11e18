import type { Manifest } from '../../manifest/types.js';
import { openHistoryStore } from '../../operate/history/open-store.js';
import type { HistoryRecord } from '../../operate/history/record.js';
import { dashboardUrl } from '../../operate/history/record-run.js';
import { computeTrends, type Trends } from '../../operate/history/trends.js';
import { launchChecklist, type LaunchChecklist } from '../../reports/launch.js';
import type { CliIO } from '../main.js';
import { loadManifestOrDefaults } from './manifest-or-defaults.js';

export interface OperateInputs {
  manifest: Manifest;
  manifestFile?: string;
  records: HistoryRecord[];
  historySource: string;
  trends: Trends;
  checklist: LaunchChecklist;
  dashboardUrl?: string;
}

/** What the dashboard and the reports are made from: the manifest, the history, its trends and the go-live checklist. */
export async function loadOperateInputs(io: CliIO, options: { manifest?: string; history?: string }, now: Date): Promise<OperateInputs> {
  const loaded = await loadManifestOrDefaults(options.manifest, io.cwd);
  const manifest: Manifest = loaded?.data ?? { version: 1 };
  const store = openHistoryStore(manifest.history, io.cwd, { file: options.history, env: io.env });
  const records = await store.read();
  return {
    manifest,
    manifestFile: loaded?.file,
    records,
    historySource: store.description,
    trends: computeTrends(records, { now, baselineRuns: manifest.history?.['baseline-runs'] }),
    checklist: await launchChecklist({ records, manifest, cwd: io.cwd, now }),
    dashboardUrl: dashboardUrl(manifest.history?.dashboard, io.env),
  };
}
