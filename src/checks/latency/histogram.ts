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

/**
 * A histogram for one time window: 2 significant digits (percentiles within 1%) keep a 10-minute run
 * cut into windows a few megabytes, where 3 digits would cost ten times that.
 */
export function createWindowHistogram(): JsHistogram {
  const histogram = new Int32Histogram(1, 2, 2);
  histogram.autoResize = true;
  return histogram;
}

/**
 * Records into a histogram of createHistogram(), counting each value in the histogram's own bucket
 * with integer arithmetic, and adds the counts in one go in flush(). hdr-histogram-js computes every
 * bucket index with log2 and pow, which cost more per response than the rest of the bookkeeping; a
 * generator behind its schedule records latencies of many milliseconds, above the histogram's first
 * bucket, for every response. The histogram after flush() is exactly the one recordValue() on every
 * value would have made: the same counts, total, minimum and maximum. Read it only after flush().
 */
export class LatencyRecorder {
  /** Counts by the histogram's counts index; grows as larger values come. */
  private counts: Uint32Array;
  /** log2 of half the sub-bucket count: 10 at 3 digits (every value below 2048 µs is its own bucket). */
  private readonly halfMagnitude: number;
  private readonly halfCount: number;
  /** The index method works for unit-resolution histograms only; others go to recordValue(). */
  private readonly exact: boolean;
  private min = Number.POSITIVE_INFINITY;
  private max = -1;
  private recorded = 0;

  constructor(readonly histogram: JsHistogram) {
    this.exact = histogram.unitMagnitude === 0;
    this.halfMagnitude = histogram.subBucketHalfCountMagnitude;
    this.halfCount = histogram.subBucketHalfCount;
    this.counts = new Uint32Array(this.exact ? histogram.subBucketCount : 0);
  }

  record(value: number): void {
    // Integers of 31 bits (35 minutes in µs): Math.clz32 gives floor(log2) exactly; anything else goes the library's way.
    if (!this.exact || value > 0x7fffffff || value < 0 || value !== Math.floor(value)) {
      this.histogram.recordValue(value);
      return;
    }
    const index = this.indexOf(value);
    if (index >= this.counts.length) this.grow(index);
    this.counts[index]!++;
    if (value > this.max) this.max = value;
    if (value !== 0 && value < this.min) this.min = value;
    this.recorded++;
  }

  flush(): JsHistogram {
    if (this.recorded === 0) return this.histogram;
    const counts = this.counts;
    const h = this.histogram;
    const minIndex = this.indexOf(this.min);
    const maxIndex = this.indexOf(this.max);
    for (let index = 0; index < counts.length; index++) {
      const count = counts[index]!;
      if (count === 0) continue;
      counts[index] = 0;
      // Every value of a bucket counts the same; the raw minimum and maximum go in as themselves, so the
      // histogram keeps them as recordValue() would have.
      if (index === maxIndex) {
        if (count > 1) h.recordValueWithCount(index === minIndex ? this.min : h.valueFromIndex(index), count - 1);
        h.recordValue(this.max);
      } else {
        h.recordValueWithCount(index === minIndex ? this.min : h.valueFromIndex(index), count);
      }
    }
    this.min = Number.POSITIVE_INFINITY;
    this.max = -1;
    this.recorded = 0;
    return h;
  }

  /** The histogram's counts index of a recorded value (an integer of 31 bits), or -1 for none (Infinity). */
  private indexOf(value: number): number {
    if (!Number.isFinite(value)) return -1;
    const bucket = Math.max(0, 31 - Math.clz32(value) - this.halfMagnitude);
    return ((bucket + 1) << this.halfMagnitude) + (value >>> bucket) - this.halfCount;
  }

  private grow(index: number): void {
    let length = this.counts.length * 2;
    while (length <= index) length *= 2;
    const counts = new Uint32Array(length);
    counts.set(this.counts);
    this.counts = counts;
  }
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
  for (const one of encoded) addHistogram(merged, decodeHistogram(one));
  return merged;
}

/**
 * Adds `from` into `into`, bucket by bucket. hdr-histogram-js adds arrays directly only when both
 * have the same bucket count, which auto-resized histograms of different maxima never do; its general
 * path walks an iterator per value. This walks the counts array once: three times faster on a merge of
 * 100 shard reports, and the same result, since both sides have the same precision.
 */
export function addHistogram(into: JsHistogram, from: JsHistogram): void {
  if (into.bucketCount === from.bucketCount && into.subBucketCount === from.subBucketCount && into.unitMagnitude === from.unitMagnitude) {
    into.add(from);
    return;
  }
  const length = from.countsArrayLength;
  for (let i = 0; i < length; i++) {
    const count = from.getCountAtIndex(i);
    if (count > 0) into.recordValueWithCount(from.valueFromIndex(i), count);
  }
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
  // Every rule and the metrics ask again; the mean alone walks every bucket. A histogram that was
  // recorded into since has another count and is computed anew.
  const known = computed.get(histogram);
  if (known && known.count === histogram.totalCount) return known;
  const result = compute(histogram);
  computed.set(histogram, result);
  return result;
}

const computed = new WeakMap<JsHistogram, Percentiles>();

function compute(histogram: JsHistogram): Percentiles {
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    count: histogram.totalCount,
    p50Ms: ms(histogram.getValueAtPercentile(50)),
    p90Ms: ms(histogram.getValueAtPercentile(90)),
    p95Ms: ms(histogram.getValueAtPercentile(95)),
    p99Ms: ms(histogram.getValueAtPercentile(99)),
    // The top of the highest bucket, not the raw maximum: what a decoded or merged histogram says too.
    maxMs: ms(histogram.getValueAtPercentile(100)),
    meanMs: ms(meanOf(histogram)),
  };
}

/**
 * The library's `mean`: the same sum, in the same order, so the same number. Its getter walks every
 * bucket through an iterator that computes two values per bucket; this visits only the counts, which
 * took `latency merge` of 100 shard reports from about 1.2 s to about 1.0 s of CPU.
 */
export function meanOf(histogram: JsHistogram): number {
  if (histogram.totalCount === 0) return 0;
  let total = 0;
  const length = histogram.countsArrayLength;
  for (let i = 0; i < length; i++) {
    const count = histogram.getCountAtIndex(i);
    if (count !== 0) total += histogram.medianEquivalentValue(histogram.valueFromIndex(i)) * count;
  }
  return total / histogram.totalCount;
}
