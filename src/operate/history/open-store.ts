import type { Manifest } from '../../manifest/types.js';
import { branchStore } from './branch-store.js';
import { fileStore } from './file-store.js';
import { DEFAULT_HISTORY_FILE, DEFAULT_KEEP, type HistoryStore } from './store.js';

export type HistorySettings = NonNullable<Manifest['history']>;

/**
 * The store the manifest's `history` names: the branch when set (what the actions use), otherwise the
 * file (.release-gate/history.ndjson by default). `file` given here (the CLI's --history) wins over both.
 */
export function openHistoryStore(settings: HistorySettings | undefined, cwd: string, options: { file?: string; env?: Readonly<Record<string, string | undefined>> } = {}): HistoryStore {
  if (options.file) return fileStore(options.file, cwd);
  if (settings?.branch) return branchStore({ cwd, branch: settings.branch, env: options.env });
  return fileStore(settings?.file ?? DEFAULT_HISTORY_FILE, cwd);
}

export function keepOf(settings: HistorySettings | undefined): number {
  return settings?.keep ?? DEFAULT_KEEP;
}
