#!/usr/bin/env node
// (1) The highest rate the open-model generator holds against a trivial loopback server, as a ratio
// to wrk's throughput in the same run (target ≥ 0.9). The server runs in its own process.
// "Holds" is the check's own bar (latency-rate-not-reached): at least 95% of the rate sent, no more
// than 5% of requests over 25 ms late, and no errors (so not one request refused by the in-flight cap
// of 1000). wrk runs one thread with 32 connections; it is closed-loop, so its number is the server's
// capacity. The generator is bounded to 64 connections, like wrk's fixed 32: with the check's own
// limit (up to 1000 connections, one per request in flight) a hiccup at ~10,000/s makes it open
// hundreds of connections at once. The check itself never goes past 1000/s (its hard cap).
//
// CPU time per request (user + system, from getrusage, /proc and GNU time) is printed for wrk, the
// server and the generator: on a shared machine it moves far less than the rates do, and it says what
// 0.9× of wrk would cost. With LATENCY_BENCH_WORKERS=N the generator runs in N worker threads, each
// with its share of the rate, the connections and the in-flight cap, and their histograms are added
// exactly, as `latency merge` adds shards.
// `node bench/latency-rate.mjs`; LATENCY_BENCH_TRIAL_SECONDS sets each trial's length (default 3),
// BENCH_RUNS the number of whole searches (default 3; the median ratio is reported).
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadGenerator, loadOptions, round, runWrk, startServer } from './latency-common.mjs';
import { median, report } from './lib.mjs';

const TRIAL_MS = Number(process.env.LATENCY_BENCH_TRIAL_SECONDS ?? 3) * 1000;
const CONNECTIONS = 64;
const MAX_IN_FLIGHT = 1000;
const WORKERS = Math.max(1, Number(process.env.LATENCY_BENCH_WORKERS ?? 1));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

if (!isMainThread) {
  // A worker: runs its share of each trial it is sent and answers with encoded histograms.
  const { generateLoad, encodeHistogram } = await loadGenerator({ transpile: false });
  parentPort.on('message', async ({ url, rate, ms }) => {
    const r = await generateLoad(loadOptions(url, rate, ms, { connections: CONNECTIONS / workerData.count, maxInFlight: MAX_IN_FLIGHT / workerData.count }));
    parentPort.postMessage({
      sent: r.sent, sentTotal: r.sentTotal, measuredMs: r.measuredMs, errors: r.endpoints[0].errors, peakInFlight: r.peakInFlight,
      failures: [...r.endpoints[0].failures].map(([kind, f]) => [kind, f.count]),
      overall: encodeHistogram(r.overall), sendLag: encodeHistogram(r.sendLag),
    });
  });
} else {
  await main();
}

async function main() {
  const { generateLoad, createHistogram, decodeHistogram, addHistogram } = await loadGenerator();
  const server = await startServer();
  const workers = WORKERS > 1 ? Array.from({ length: WORKERS }, () => new Worker(new URL(import.meta.url), { workerData: { count: WORKERS } })) : [];

  /** One trial at `rate`, by the generator in this thread or split over the workers; the CPU it and the server used. */
  async function runGenerator(rate) {
    const cpu = process.cpuUsage();
    const serverCpu = server.cpuMs();
    let result;
    if (workers.length === 0) {
      const r = await generateLoad(loadOptions(server.url, rate, TRIAL_MS, { connections: CONNECTIONS, maxInFlight: MAX_IN_FLIGHT }));
      result = {
        sent: r.sent, sentTotal: r.sentTotal, achievedRate: r.achievedRate, errors: r.endpoints[0].errors, peakInFlight: r.peakInFlight,
        failures: [...r.endpoints[0].failures].map(([kind, f]) => [kind, f.count]), overall: r.overall, sendLag: r.sendLag,
      };
    } else {
      const parts = await Promise.all(workers.map((w) => new Promise((resolve) => {
        w.once('message', resolve);
        w.postMessage({ url: server.url, rate: rate / workers.length, ms: TRIAL_MS });
      })));
      const overall = createHistogram();
      const sendLag = createHistogram();
      const failures = new Map();
      for (const p of parts) {
        addHistogram(overall, decodeHistogram(p.overall));
        addHistogram(sendLag, decodeHistogram(p.sendLag));
        for (const [kind, n] of p.failures) failures.set(kind, (failures.get(kind) ?? 0) + n);
      }
      result = {
        sent: parts.reduce((n, p) => n + p.sent, 0), sentTotal: parts.reduce((n, p) => n + p.sentTotal, 0),
        achievedRate: parts.reduce((n, p) => n + (p.measuredMs > 0 ? (p.sent * 1000) / p.measuredMs : 0), 0),
        errors: parts.reduce((n, p) => n + p.errors, 0), peakInFlight: parts.reduce((n, p) => n + p.peakInFlight, 0),
        failures: [...failures], overall, sendLag,
      };
    }
    const used = process.cpuUsage(cpu);
    result.cpuUsPerRequest = (used.user + used.system) / result.sentTotal;
    const serverUsed = server.cpuMs();
    result.serverCpuUsPerRequest = serverCpu !== undefined && serverUsed !== undefined ? ((serverUsed - serverCpu) * 1000) / result.sentTotal : undefined;
    return result;
  }

  async function trial(rate) {
    const result = await runGenerator(rate);
    const lagP95Ms = result.sendLag.getValueAtPercentile(95) / 1000;
    const held = result.achievedRate >= rate * 0.95 && lagP95Ms <= 25 && result.errors === 0;
    const kinds = result.failures.map(([kind, n]) => `${kind} ×${n}`).join(', ');
    console.log(`  ${String(rate).padStart(6)}/s: sent ${round(result.achievedRate)}/s, send lag p95 ${round(lagP95Ms, 2)} ms, p99 latency ${round(result.overall.getValueAtPercentile(99) / 1000, 2)} ms, errors ${result.errors}${kinds ? ` (${kinds})` : ''}, peak in flight ${result.peakInFlight}, CPU ${round(result.cpuUsPerRequest)} µs/request (server ${result.serverCpuUsPerRequest === undefined ? '—' : round(result.serverCpuUsPerRequest)}) → ${held ? 'held' : 'not held'}`);
    return { held, result };
  }

  /** One whole search: wrk, the generator's highest rate held, autocannon, wrk again. */
  async function search(run) {
    console.log(`run ${run} of ${RUNS}, load average ${loadAverage()}`);
    const serverBefore = server.cpuMs();
    const wrk = runWrk(server.url, { threads: 1, connections: 32, seconds: 5 });
    if (!wrk) throw new Error('wrk did not run (is it installed? apt-get install wrk)');
    const wrkServerUs = serverBefore !== undefined ? ((server.cpuMs() - serverBefore) * 1000) / wrk.requests : undefined;
    console.log(`wrk -t1 -c32: ${round(wrk.rps)} requests/s, CPU ${wrk.cpuMs === undefined ? '—' : round((wrk.cpuMs * 1000) / wrk.requests)} µs/request (server ${wrkServerUs === undefined ? '—' : round(wrkServerUs)})`);

    // Double until a rate is not held, then bisect between the last held and the first not held.
    let held = 0;
    let failed = 0;
    let best;
    for (let rate = 1000; !failed; rate *= 2) {
      const t = await trial(rate);
      if (t.held) [held, best] = [rate, t.result];
      else failed = rate;
      if (rate > wrk.rps * 4) break;
    }
    while (failed && failed - held > Math.max(250, held * 0.05)) {
      const mid = Math.round((held + failed) / 2 / 50) * 50;
      const t = await trial(mid);
      if (t.held) [held, best] = [mid, t.result];
      else failed = mid;
    }
    // The best rate is confirmed once more, so a lucky trial does not set the result.
    for (;;) {
      if (held <= 0) break;
      const t = await trial(held);
      if (t.held) {
        best = t.result;
        break;
      }
      held = Math.round((held * 0.9) / 50) * 50;
    }

    // For context: another Node tool's closed-loop throughput against the same server.
    const cannonCpu = process.cpuUsage();
    const cannon = await autocannon({ url: server.url, connections: 32, duration: 5 });
    const cannonUsed = process.cpuUsage(cannonCpu);
    const wrkAfter = runWrk(server.url, { threads: 1, connections: 32, seconds: 5 });
    // The machine is shared: wrk runs before and after, and the ratio uses their mean.
    const wrkRps = wrkAfter ? (wrk.rps + wrkAfter.rps) / 2 : wrk.rps;
    const figures = {
      run, load: loadAverage(), wrkRps, wrkBefore: wrk.rps, wrkAfter: wrkAfter?.rps,
      wrkCpuUs: wrk.cpuMs === undefined ? undefined : (wrk.cpuMs * 1000) / wrk.requests, wrkServerUs,
      cannonRps: cannon.requests.average, cannonCpuUs: (cannonUsed.user + cannonUsed.system) / cannon.requests.total,
      held, ratio: held / wrkRps, generatorCpuUs: best?.cpuUsPerRequest, generatorServerUs: best?.serverCpuUsPerRequest,
    };
    console.log(`run ${run}: ratio ${round(figures.ratio, 2)} (held ${held}/s, wrk ${round(wrkRps)}/s)\n`);
    return figures;
  }

  try {
    const runs = [];
    for (let run = 1; run <= RUNS; run++) runs.push(await search(run));
    const mid = (key, digits = 1) => {
      const values = runs.map((r) => r[key]).filter((v) => v !== undefined && Number.isFinite(v));
      return values.length ? round(median(values), digits) : '—';
    };
    const each = (key, digits = 1) => runs.map((r) => (r[key] === undefined ? '—' : round(r[key], digits))).join(', ');
    const ratio = median(runs.map((r) => r.ratio));
    report('latency-rate', {
      'runs (medians; each run in brackets)': `${RUNS}, load average ${runs.map((r) => r.load).join(' / ')}`,
      'wrk (1 thread, 32 connections), requests/s': `${mid('wrkRps')} [${each('wrkRps')}]`,
      'wrk, CPU µs per request (wrk / server)': `${mid('wrkCpuUs')} / ${mid('wrkServerUs')}`,
      'autocannon (32 connections, closed loop), requests/s': `${mid('cannonRps')} [${each('cannonRps')}], CPU ${mid('cannonCpuUs')} µs/request`,
      [`open-model generator (${CONNECTIONS} connections${WORKERS > 1 ? `, ${WORKERS} worker threads` : ''}), highest rate held`]: `${mid('held', 0)} requests/s [${each('held', 0)}]`,
      'generator, CPU µs per request at that rate (generator / server)': `${mid('generatorCpuUs')} / ${mid('generatorServerUs')}`,
      'ratio (target ≥ 0.9)': `${round(ratio, 2)} [${each('ratio', 2)}]${ratio >= 0.9 ? '' : '  BELOW TARGET'}`,
      'trial length': `${TRIAL_MS / 1000} s`,
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await server.close();
  }
}

function loadAverage() {
  return loadavg().map((n) => n.toFixed(1)).join(' ');
}
