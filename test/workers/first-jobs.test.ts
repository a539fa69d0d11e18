import { describe, expect, test } from '@jest/globals';
import { scanInThreads } from '../../src/checks/secrets/run.js';
import type { TextFileJob, TextFileScan } from '../../src/checks/secrets/scan-file.js';
import type { ScanWorkerResult } from '../../src/checks/secrets/scan-worker.js';

/**
 * A worker's first job goes out before the main thread scans anything: the main thread reads and
 * scans a small file whole before its first await, so a first job sent after that left the worker
 * idle for the main thread's whole first file (20-40 ms of a cold run, bench/README.md, session 10).
 */
describe('scanInThreads', () => {
  const jobs: TextFileJob[] = Array.from({ length: 200 }, (_, i) => ({ file: `src/f${i}.ts`, path: `/nowhere/src/f${i}.ts`, kind: 'code', maxBytes: 1 << 20 }));
  const scanned = (): ScanWorkerResult => ({ outcome: { status: 'scanned', bytes: 1 }, lines: 1, hits: [] });

  test('sends each worker its first job before the main thread scans its first file, and scans every job once', async () => {
    const events: string[] = [];
    const pool = {
      size: 1,
      run: async (batch: TextFileJob[]) => {
        events.push(`worker ${batch[0]!.file}`);
        await new Promise((resolve) => setImmediate(resolve));
        return batch.map(scanned);
      },
      close: async () => {},
    };
    const inProcess = async (job: TextFileJob): Promise<TextFileScan> => {
      events.push(`main ${job.file}`);
      return { outcome: { status: 'scanned', bytes: 1 }, lines: 1, hits: [] };
    };
    const scans = await scanInThreads({ signal: new AbortController().signal }, pool as unknown as Parameters<typeof scanInThreads>[1], jobs, inProcess);
    expect(events[0]).toBe('worker src/f0.ts');
    expect(events[1]).toMatch(/^main /);
    expect(scans).toHaveLength(jobs.length);
    expect(scans.every((scan) => scan?.outcome.status === 'scanned')).toBe(true);
    // Both threads took part, and no job was scanned twice.
    const byMain = events.filter((e) => e.startsWith('main ')).length;
    expect(byMain).toBeGreaterThan(0);
    expect(byMain).toBeLessThan(jobs.length);
    expect(new Set(events.filter((e) => e.startsWith('main '))).size).toBe(byMain);
  });
});
