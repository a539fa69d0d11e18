#!/usr/bin/env node
// (2) Reported latency under a periodic stall, side by side with autocannon and wrk, against the truth.
// The server (its own process) blocks its event loop for 200 ms at the start of every second, as a
// long synchronous task or a GC pause does; requests arriving meanwhile wait in the kernel. Under an
// open load, 20% of requests arrive during a stall and wait for its end, so the truth is:
//   p50 ≈ 0 (just the request itself), p90 = 200 − 10% × 1000 = 100 ms, p95 = 200 − 5% × 1000 = 150 ms,
//   p99 = 200 − 1% × 1000 = 190 ms.
// A closed-loop tool (each connection waits for its answer) sends almost nothing during a stall and
// thousands of fast requests between stalls, so it reports a few milliseconds (coordinated omission).
// `node bench/latency-stall.mjs`; LATENCY_BENCH_STALL_SECONDS sets each tool's run (default 10).
import autocannon from 'autocannon';
import { loadGenerator, loadOptions, round, runWrk, startServer } from './latency-common.mjs';
import { report } from './lib.mjs';

const SECONDS = Number(process.env.LATENCY_BENCH_STALL_SECONDS ?? 10);
const RATE = 200;
const CONNECTIONS = 10;
const STALL = { everyMs: 1000, forMs: 200 };
const TRUTH = { p50: 0, p90: 100, p95: 150, p99: 190 };

const { generateLoad, createHistogram } = await loadGenerator();
const server = await startServer(STALL);
const ms = (us) => (Number.isFinite(us) ? `${round(us / 1000)} ms` : '—');
const row = (label, p, requests) => [label, [ms(p.p50), ms(p.p90), ms(p.p95), ms(p.p99), requests === undefined ? '—' : requests.toLocaleString('en-US')].join(' | ')];
const fromHistogram = (h) => ({ p50: h.getValueAtPercentile(50), p90: h.getValueAtPercentile(90), p95: h.getValueAtPercentile(95), p99: h.getValueAtPercentile(99) });

/** autocannon, recording every response's own time (what it measured per request) into a histogram. */
async function runAutocannon(options) {
  const raw = createHistogram();
  const instance = autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, ...options });
  instance.on('response', (_client, _status, _bytes, responseTime) => raw.recordValue(Math.max(1, Math.round(responseTime * 1000))));
  const result = await instance;
  // Its own summary (corrected for coordinated omission when a rate is set) has no p95.
  const own = { p50: result.latency.p50 * 1000, p90: result.latency.p90 * 1000, p95: Number.NaN, p99: result.latency.p99 * 1000 };
  return { raw: fromHistogram(raw), own, requests: result.requests.total };
}

try {
  const rows = [];
  rows.push(row(`truth (open load, ${RATE}/s)`, { p50: TRUTH.p50 * 1000, p90: TRUTH.p90 * 1000, p95: TRUTH.p95 * 1000, p99: TRUTH.p99 * 1000 }));

  const ours = await generateLoad(loadOptions(server.url, RATE, SECONDS * 1000));
  rows.push(row(`release-gate (open model, ${RATE}/s)`, fromHistogram(ours.overall), ours.sent));

  const closed = await runAutocannon({});
  rows.push(row(`autocannon -c${CONNECTIONS} (closed loop), per-response times`, closed.raw, closed.requests));
  rows.push(row(`autocannon -c${CONNECTIONS} (closed loop), its summary (no p95)`, closed.own));
  const fixed = await runAutocannon({ overallRate: RATE });
  rows.push(row(`autocannon -c${CONNECTIONS} -R${RATE}, per-response times`, fixed.raw, fixed.requests));
  rows.push(row(`autocannon -c${CONNECTIONS} -R${RATE}, its corrected summary (no p95)`, fixed.own));

  const wrk = runWrk(server.url, { threads: 1, connections: CONNECTIONS, seconds: SECONDS });
  if (wrk) rows.push(row(`wrk -t1 -c${CONNECTIONS} (closed loop)`, { p50: wrk.p50Us, p90: wrk.p90Us, p95: wrk.p95Us, p99: wrk.p99Us }, Math.round(wrk.rps * SECONDS)));
  else rows.push(['wrk', 'did not run (apt-get install wrk)']);

  const p95 = ours.overall.getValueAtPercentile(95) / 1000;
  report('latency-stall', {
    'server': `blocks ${STALL.forMs} ms every ${STALL.everyMs} ms; each tool runs ${SECONDS} s`,
    'tool | p50 | p90 | p95 | p99 | requests': '',
    ...Object.fromEntries(rows),
    'release-gate p95 vs truth': `${round(p95)} ms vs ${TRUTH.p95} ms (${round(((p95 - TRUTH.p95) / TRUTH.p95) * 100)}%)`,
  });
} finally {
  await server.close();
}
