#!/usr/bin/env node
// (3) Memory over a long run at 500/s: it must stay flat. Latencies go into HDR histograms (a count
// per bucket), so nothing grows with the number of requests; this prints the resident set and the
// heap as the run goes, and the growth from the first tenth of the run to its end.
// `node bench/latency-memory.mjs`; LATENCY_BENCH_MEMORY_SECONDS sets the length (default 600: 10 minutes).
import { loadGenerator, loadOptions, round, startServer } from './latency-common.mjs';
import { report } from './lib.mjs';

const SECONDS = Number(process.env.LATENCY_BENCH_MEMORY_SECONDS ?? 600);
const RATE = 500;
const SAMPLES = 20;
const MIB = 1024 * 1024;

const { generateLoad } = await loadGenerator();
const server = await startServer();
const samples = [];
const started = performance.now();
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  const at = (performance.now() - started) / 1000;
  samples.push({ at, rss, heapUsed });
  console.log(`  ${String(Math.round(at)).padStart(5)} s  rss ${round(rss / MIB)} MiB  heap ${round(heapUsed / MIB)} MiB`);
};
console.log(`${RATE}/s for ${SECONDS} s`);
sample();
const timer = setInterval(sample, (SECONDS * 1000) / SAMPLES);
try {
  const result = await generateLoad(loadOptions(server.url, RATE, SECONDS * 1000));
  clearInterval(timer);
  sample();
  // From the first tenth (connections open, code compiled, histograms sized) to the end.
  const settled = samples.find((s) => s.at >= SECONDS / 10) ?? samples[1] ?? samples[0];
  const last = samples[samples.length - 1];
  const growth = (last.rss - settled.rss) / MIB;
  report('latency-memory', {
    'run': `${RATE}/s for ${SECONDS} s: ${result.sent.toLocaleString('en-US')} requests sent, ${result.endpoints[0].errors} errors, achieved ${round(result.achievedRate)}/s`,
    'rss after the first tenth': `${round(settled.rss / MIB)} MiB`,
    'rss at the end': `${round(last.rss / MIB)} MiB`,
    'rss growth': `${round(growth)} MiB${growth < 16 ? ' (flat: no growth beyond allocator noise)' : '  GROWING'}`,
    'heap at the end': `${round(last.heapUsed / MIB)} MiB`,
    'rss max': `${round(Math.max(...samples.map((s) => s.rss)) / MIB)} MiB`,
  });
} finally {
  clearInterval(timer);
  await server.close();
}
