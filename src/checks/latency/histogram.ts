// The pure-JS parts of hdr-histogram-js, imported one by one: the package's index also loads its
// WebAssembly build, which the bundle does not need.
import { constructorFromBucketSize } from 'hdr-histogram-js/dist/JsHistogramFactory.js';
import { decompress, doDecode } from 'hdr-histogram-js/dist/JsHistogram.encoding.js';
import type { JsHistogram } from 'hdr-histogram-js/dist/JsHistogram.js';

export type { JsHistogram as LatencyHistogram } from 'hdr-histogram-js/dist/JsHistogram.js';

/** Histograms count microseconds: 3 significant digits keep every percentile within 0.1%. */
export const HISTOGRAM_UNIT = 'microseconds';
const SIGNIFICANT_DIGITS = 3;
const Int32Histogram = constructorFromBucketSize(32);

/** An empty histogram of latencies in microseconds; it grows to whatever value is recorded. */
export function createHistogram(): JsHistogram {
  // Counts are 32-bit: far more than the 600,000 requests a run may send.
  const histogram = new Int32Histogram(1, 2, SIGNIFICANT_DIGITS);
  histogram.autoResize = true;
  return histogram;
}

/** The V2 compressed encoding as base64 ("HISTF…"), which every HdrHistogram implementation reads. */
export function encodeHistogram(histogram: JsHistogram): string {
  return histogram.encodeIntoCompressedBase64();
}

/** Reads an encoded histogram; throws on anything that is not one. */
export function decodeHistogram(encoded: string): JsHistogram {
  const histogram = doDecode(decompress(Buffer.from(encoded.trim(), 'base64')), 32);
  histogram.autoResize = true;
  return histogram;
}

/**
 * Adds encoded histograms together (several runs, several jobs). Counts add bucket by bucket, so the
 * merge is exact: the result is the histogram one run recording every value would have made.
 */
export function mergeHistograms(encoded: readonly string[]): JsHistogram {
  const merged = createHistogram();
  for (const one of encoded) merged.add(decodeHistogram(one));
  return merged;
}

export interface Percentiles {
  count: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Percentiles in milliseconds to a tenth; undefined when nothing was recorded. */
export function percentiles(histogram: JsHistogram): Percentiles | undefined {
  if (histogram.totalCount === 0) return undefined;
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    count: histogram.totalCount,
    p50Ms: ms(histogram.getValueAtPercentile(50)),
    p90Ms: ms(histogram.getValueAtPercentile(90)),
    p95Ms: ms(histogram.getValueAtPercentile(95)),
    p99Ms: ms(histogram.getValueAtPercentile(99)),
    // The top of the highest bucket, not the raw maximum: what a decoded or merged histogram says too.
    maxMs: ms(histogram.getValueAtPercentile(100)),
    meanMs: ms(histogram.mean),
  };
}
