import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromWire, joinRanges, lineCuts, scanTextFile, secretScanners, type TextFileJob } from '../../src/checks/secrets/scan-file.js';
import { task } from '../../src/checks/secrets/scan-worker.js';
import { ALPHABETS, randomString, seeded } from '../checks/secrets/synthesize.js';

/**
 * The secrets worker task, run in-process: a log cut into ranges and scanned range by range joins
 * into exactly the scan of the whole log, and a range that carries state over its cut says so.
 */

const dir = mkdtempSync(join(tmpdir(), 'rg-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const random = seeded(77);
const NOW = new Date('2026-01-15T10:00:00Z');

/** 3,000 lines of 100 bytes; `at` replaces given 1-based lines. */
function log(name: string, at: Record<number, string>): TextFileJob {
  const lines: string[] = [];
  for (let n = 1; n <= 3000; n++) lines.push((at[n] ?? `2026-01-15T10:00:00Z INFO request ${n} served`).padEnd(99, ' '));
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { file: name, path, kind: 'log', maxBytes: Number.MAX_SAFE_INTEGER };
}

const bearer = () => `DEBUG > Authorization: Bearer ${randomString(40, ALPHABETS.base62!, random)}`;

async function inRanges(job: TextFileJob, parts: number) {
  const cuts = lineCuts(job.path, statSync(job.path).size, parts);
  const handle = await task.createHandler({ includePersonalData: true, policy: {}, nowMs: NOW.getTime() });
  const results = await handle(cuts.map((start, k) => ({ ...job, range: { start, end: cuts[k + 1] } })));
  return { cuts, scans: results.map((r) => ({ ...r, hits: r.hits.map(fromWire) })) };
}

describe('a log scanned in ranges', () => {
  test('cuts fall just after a newline, and the joined scan is the whole scan', async () => {
    const job = log('split.log', { 7: bearer(), 1000: bearer(), 1001: bearer(), 2999: bearer() });
    const whole = await scanTextFile(secretScanners(true), job, {}, NOW);
    const { cuts, scans } = await inRanges(job, 3);
    expect(cuts).toEqual([0, 100_100, 200_100]);
    expect(scans.map((s) => s.clean)).toEqual([true, true, true]);
    expect(whole.hits.map((h) => [h.rule.meta.id, h.line, h.column])).toEqual([
      ['log-bearer-token', 7, 31], ['log-bearer-token', 1000, 31], ['log-bearer-token', 1001, 31], ['log-bearer-token', 2999, 31],
    ]);
    expect(joinRanges(scans)).toEqual(whole);
  });

  test('an allow-next-line comment on the last line of a range carries over: not joined', async () => {
    const job = log('carried.log', { 1001: '# release-gate:allow-next-line log-bearer-token', 1002: bearer() });
    const { scans } = await inRanges(job, 3);
    expect(scans.map((s) => s.clean)).toEqual([false, true, true]);
    expect(joinRanges(scans)).toBeUndefined();
  });
});
