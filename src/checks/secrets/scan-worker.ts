import type { WorkerTask } from '../../workers/threads.js';
import type { ContextPolicy } from './context-policy.js';
import { scanTextFile, secretScanners, toWire, type TextFileJob, type WireHit } from './scan-file.js';
import type { ReadOutcome } from './read-file.js';

/** What every job of a run shares. */
export interface ScanWorkerInit {
  includePersonalData: boolean;
  policy: Partial<ContextPolicy>;
  nowMs: number;
  /** Scanners to build before the first job arrives, while the main thread still walks the tree. */
  build?: ('code' | 'log')[];
}

export interface ScanWorkerResult {
  outcome: ReadOutcome;
  lines: number;
  hits: WireHit[];
  /** For a range of a file: whether it ended with nothing carried over (see ScanSession.endRange). */
  clean?: boolean;
}

/** The secrets check's worker task: scans a batch of text files with the same code as the serial path. */
export const task: WorkerTask<ScanWorkerInit, TextFileJob[], ScanWorkerResult[]> = {
  async createHandler(init) {
    const scanners = secretScanners(init.includePersonalData);
    for (const kind of init.build ?? []) scanners[kind].prebuild();
    const now = new Date(init.nowMs);
    return async (jobs) => {
      const results: ScanWorkerResult[] = [];
      for (const job of jobs) {
        const scan = await scanTextFile(scanners, job, init.policy, now);
        results.push({ ...scan, hits: scan.hits.map(toWire) });
      }
      return results;
    };
  },
};
export const createHandler = task.createHandler;
