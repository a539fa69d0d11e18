import type { HistoryRecord } from './record.js';

export const DEFAULT_HISTORY_FILE = '.release-gate/history.ndjson';
export const DEFAULT_KEEP = 500;
/** The file inside the history branch. */
export const BRANCH_HISTORY_FILE = 'history.ndjson';

export interface AddResult {
  /** Records in the history after the add. */
  records: HistoryRecord[];
  /** Pushes the remote refused because another run pushed first (branch store only). */
  retries: number;
}

/** Where the history lives: a file, or a git branch. Both refuse a history they cannot read. */
export interface HistoryStore {
  /** For messages: ".release-gate/history.ndjson", "branch release-gate-history of origin". */
  readonly description: string;
  read(): Promise<HistoryRecord[]>;
  add(records: readonly HistoryRecord[], keep: number): Promise<AddResult>;
}
