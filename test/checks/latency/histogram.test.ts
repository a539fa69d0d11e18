import { describe, expect, test } from '@jest/globals';
import * as hdr from 'hdr-histogram-js';
import { createHistogram, createWindowHistogram, decodeHistogram, encodeHistogram, LatencyRecorder, meanOf, mergeHistograms, percentiles } from '../../../src/checks/latency/histogram.js';
import { SHAPES, startShapedServer } from '../../support/latency-servers.js';
import { manifest, runLatencyCheck } from './harness.js';

/** A small deterministic generator (mulberry32), so the values are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POINTS = Array.from({ length: 201 }, (_, i) => i / 2);

describe('encoded histograms merge exactly', () => {
  test('three runs merged give the histogram of one run that recorded every value', () => {
    const next = random(42);
    const all = createHistogram();
    const runs = [createHistogram(), createHistogram(), createHistogram()];
    for (let i = 0; i < 30_000; i++) {
      // Microseconds from 200 µs to about 20 s, skewed like real latencies, with a few huge outliers.
      const value = Math.round(200 + 50_000 * next() ** 4 + (i % 997 === 0 ? 20_000_000 * next() : 0));
      runs[i % 3]!.recordValue(value);
      all.recordValue(value);
    }
    const merged = mergeHistograms(runs.map(encodeHistogram));
    expect(merged.totalCount).toBe(30_000);
    expect(POINTS.map((p) => merged.getValueAtPercentile(p))).toEqual(POINTS.map((p) => all.getValueAtPercentile(p)));
    // Bucket by bucket, so the maximum is the top of its bucket (within 0.1% of the raw value).
    expect([merged.getValueAtPercentile(100), merged.minNonZeroValue, merged.mean]).toEqual([all.getValueAtPercentile(100), all.minNonZeroValue, all.mean]);
    expect(percentiles(merged)).toEqual(percentiles(all));
  });

  test('the recorder gives the histogram recordValue gives, bucket for bucket, at every magnitude', () => {
    const next = random(7);
    const direct = createHistogram();
    const recorder = new LatencyRecorder(createHistogram());
    // 0, the edges of the first bucket (below 2048 µs every value is its own bucket) and of the next ones,
    // values far above, and past 31 bits, where the recorder hands the value to the library.
    const values = [0, 1, 2, 2047, 2048, 2049, 4095, 4096, 4097, 8191, 8192, 1_000_000, 20_000_000, 0x7fffffff, 0x80000000, 5_000_000_000];
    for (let i = 0; i < 20_000; i++) values.push(Math.round(3000 * next() ** 3));
    // Latencies of a generator behind its schedule: milliseconds to seconds.
    for (let i = 0; i < 20_000; i++) values.push(Math.round(2 ** (11 + 14 * next())));
    for (const v of values) {
      direct.recordValue(v);
      recorder.record(v);
    }
    const flushed = recorder.flush();
    expect(flushed).toBe(recorder.histogram);
    expect(encodeHistogram(flushed)).toBe(encodeHistogram(direct));
    expect([flushed.totalCount, flushed.minNonZeroValue, flushed.maxValue]).toEqual([values.length, 1, 5_000_000_000]);
    expect(POINTS.map((p) => flushed.getValueAtPercentile(p))).toEqual(POINTS.map((p) => direct.getValueAtPercentile(p)));
    // A second flush adds nothing: the counts were moved, not copied.
    expect(recorder.flush().totalCount).toBe(values.length);
  });

  test('the recorder keeps the raw minimum and maximum when they share a bucket with other values', () => {
    for (const values of [[3000, 3001], [3001, 3000, 3001], [5000], [0, 0], [0, 70_000, 70_001, 70_003], [2_500_000, 2_500_100, 2_500_050], [3001, 70_001], [4097, 4097, 9000, 9001]]) {
      const direct = createHistogram();
      const recorder = new LatencyRecorder(createHistogram());
      for (const v of values) {
        direct.recordValue(v);
        recorder.record(v);
      }
      const flushed = recorder.flush();
      expect([flushed.totalCount, flushed.minNonZeroValue, flushed.maxValue, encodeHistogram(flushed)]).toEqual([direct.totalCount, direct.minNonZeroValue, direct.maxValue, encodeHistogram(direct)]);
    }
  });

  test('meanOf is the library\'s mean, to the last bit, on recorded, decoded, merged and window histograms', () => {
    const next = random(11);
    const made = [];
    for (let t = 0; t < 40; t++) {
      const h = t % 2 ? createHistogram() : createWindowHistogram();
      const n = 1 + Math.floor(next() * 3000);
      for (let i = 0; i < n; i++) h.recordValue(Math.round(next() < 0.9 ? next() * 100_000 : next() * 30_000_000));
      made.push(h, decodeHistogram(encodeHistogram(h)));
    }
    made.push(mergeHistograms(made.filter((_, i) => i % 4 === 1).map(encodeHistogram)), createHistogram());
    expect(made.map(meanOf)).toEqual(made.map((h) => h.mean));
    expect(meanOf(made[0]!)).toBeGreaterThan(0);
  });

  test('the encoding is HdrHistogram V2 (base64 "HISTF…"), read back by the library\'s own decoder', () => {
    const h = createHistogram();
    for (const v of [1_000, 2_000, 3_000, 150_000]) h.recordValue(v);
    const encoded = encodeHistogram(h);
    expect(encoded).toMatch(/^HISTF[A-Za-z0-9+/=]+$/);
    const theirs = hdr.decodeFromCompressedBase64(encoded);
    expect([theirs.totalCount, theirs.getValueAtPercentile(50), theirs.getValueAtPercentile(100)]).toEqual([4, h.getValueAtPercentile(50), h.getValueAtPercentile(100)]);
    expect(decodeHistogram(encoded).getValueAtPercentile(75)).toBe(h.getValueAtPercentile(75));
  });

  test('a check\'s metrics: each endpoint histogram holds its samples, and they merge into the overall one exactly', async () => {
    const server = await startShapedServer(SHAPES.uniform(5, 25));
    try {
      const { metrics } = await runLatencyCheck(manifest(server.url, `  rate: 40
  duration: 500ms
  endpoints:
    - request: GET /a
    - request: GET /b
`));
      const [a, b] = metrics.endpoints;
      expect([decodeHistogram(a!.histogram).totalCount, decodeHistogram(b!.histogram).totalCount]).toEqual([a!.samples, b!.samples]);
      const merged = mergeHistograms([a!.histogram, b!.histogram]);
      const overall = decodeHistogram(metrics.overall!.histogram);
      expect(POINTS.map((p) => merged.getValueAtPercentile(p))).toEqual(POINTS.map((p) => overall.getValueAtPercentile(p)));
      expect(merged.totalCount).toBe(20);
    } finally {
      await server.close();
    }
  });
});
