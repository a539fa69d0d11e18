#!/usr/bin/env node
// (1) The highest rate the open-model generator holds against a trivial loopback server, as a ratio
// to wrk's throughput in the same run with the same connections (target ≥ 0.9). The server runs in
// its own process. "Holds" is the check's own bar (latency-rate-not-reached): at least 95% of the rate
// sent and no more than 5% of requests over 25 ms late; and, stricter than the check, no errors at all
// (so not one request refused by the in-flight cap of 1000). wrk runs one thread; it is closed-loop, so
// its number is the server's capacity. Both tools get the same number of connections:
// LATENCY_BENCH_CONNECTIONS (default 32; a list such as "32,64" measures each in turn). The check
// itself opens up to one connection per request in flight and never sends more than 1000/s.
//
// The server is warmed by an untimed 3 s wrk run before anything is measured; wrk then runs before
// and after each search and the ratio uses the mean of the two.
//
// The search: the rate doubles from 1000/s until a rate is not held, then bisects down to a step of
// 2.5%. A trial that fails is run once more before the rate counts as not held (on a shared machine
// one descheduling of the server fills the cap; the check's bar is not loosened, each trial meets it
// whole), and the rate found is confirmed by another trial (again with one retry), or lowered by 5%
// and tried again.
//
// CPU time per request (user + system, from getrusage, /proc and GNU time) is printed for wrk, the
// server and the generator: on a shared machine it moves far less than the rates do, and it says what
// 0.9× of wrk would cost. With LATENCY_BENCH_WORKERS=N the generator runs in N worker threads, each
// with its share of the rate, the connections and the in-flight cap, and their histograms are added
// exactly, as `latency merge` adds shards. With LATENCY_BENCH_PIN=1 (Linux, taskset) the server runs on
// CPU 0 and wrk and the generator on CPU 1: each side has a core of its own, as on a 4-core runner.
// With LATENCY_BENCH_TRACE=1 (one generator thread) every trial also says who paused: the server runs
// with --trace-gc and notes each time its event loop did not run for 5 ms or more (a 2 ms timer, which
// costs the server a little), the generator the same and its own GC pauses, and /proc/stat gives the
// CPU other processes used meanwhile; so a trial that fills the in-flight cap shows whether the
// server, the generator or the machine stopped.
// Each search also runs the generator saturated, after each wrk run: a schedule at 1.5x wrk's rate
// with no in-flight cap, so every connection always has a request waiting, which is wrk's closed loop
// and the state a trial falls into when the server falls behind. Its requests per second against
// wrk's is the generator's drain rate: near 1, a backlog recovers as fast as wrk would serve it, and
// what fails a trial is the fixed schedule against the server, not how the generator turns an answer
// into the next request. LATENCY_BENCH_SEARCH=0 runs only wrk and the saturated generator, in turn.
// The trace also prints the client's queue: when it reached 100 and 500 requests and the cap, and the
// rates sent and answered and the CPU of each side in the 300 ms before.
// LATENCY_BENCH_SERVER_WORK_US=N makes the server spend N µs of CPU on every request, for both tools.
// `node bench/latency-rate.mjs`; LATENCY_BENCH_TRIAL_SECONDS sets each trial's length (default 3),
// BENCH_RUNS the number of whole searches (default 3; the median ratio is reported).
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { cpuTicks, loadGenerator, loadOptions, round, runWrk, startServer, tracePauses, traceQueue } from './latency-common.mjs';
import { median, report } from './lib.mjs';

const TRIAL_MS = Number(process.env.LATENCY_BENCH_TRIAL_SECONDS ?? 3) * 1000;
const CONNECTION_COUNTS = String(process.env.LATENCY_BENCH_CONNECTIONS ?? '32').split(',').map(Number).filter((n) => n > 0);
const MAX_IN_FLIGHT = 1000;
const PIN = process.env.LATENCY_BENCH_PIN === '1';
/** Bisection stops when the rates held and not held are this close (a share of the rate held). */
const STEP = 0.025;
const WORKERS = Math.max(1, Number(process.env.LATENCY_BENCH_WORKERS ?? 1));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const TRACE = process.env.LATENCY_BENCH_TRACE === '1' && WORKERS === 1;
/** LATENCY_BENCH_SEARCH=0: only wrk and the generator saturated, in turn (a quick A/B of the drain rate). */
const SEARCH = process.env.LATENCY_BENCH_SEARCH !== '0';
/**
 * LATENCY_BENCH_SERVER_WORK_US=N: the server spends N µs of CPU on every request (the same for both
 * tools). The fixed cost of a server's wake-up weighs less against N, so this shows how much of the
 * ratio is the server's cost under open arrivals rather than the generator.
 */
const SERVER_WORK_US = Math.max(0, Number(process.env.LATENCY_BENCH_SERVER_WORK_US ?? 0));
/** The windows in which the saturated generator's answers are counted (the server's capacity over a window). */
const WINDOW_MS = 100;

if (!isMainThread) {
  // A worker: runs its share of each trial it is sent and answers with encoded histograms.
  const { generateLoad, encodeHistogram } = await loadGenerator({ transpile: false });
  parentPort.on('message', async ({ url, rate, ms, connections }) => {
    const r = await generateLoad(loadOptions(url, rate, ms, { connections: Math.max(1, Math.round(connections / workerData.count)), maxInFlight: MAX_IN_FLIGHT / workerData.count }));
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
  const { generateLoad, LoadClient, createHistogram, decodeHistogram, addHistogram } = await loadGenerator();
  if (PIN) pinSelf(1);
  const server = await startServer(undefined, { ...(PIN ? { cpu: 0 } : {}), trace: TRACE, workUs: SERVER_WORK_US });
  // An untimed wrk run first: a fresh Node server spends its first seconds compiling (1.1-1.4x the CPU
  // per request of a warm one), so wrk's first figure would be a cold server's and flatter the ratio.
  const warm = server.cpuMs();
  const warmup = runWrk(server.url, { threads: 1, connections: CONNECTION_COUNTS[0], seconds: 3, ...(PIN ? { cpu: 1 } : {}) });
  if (warmup) console.log(`server warm-up (wrk, 3 s, not counted): ${round(warmup.rps)} requests/s, server ${warm === undefined ? '—' : round(((server.cpuMs() - warm) * 1000) / warmup.requests)} µs/request`);
  const workers = WORKERS > 1 ? Array.from({ length: WORKERS }, () => new Worker(new URL(import.meta.url), { workerData: { count: WORKERS } })) : [];

  /** One trial at `rate`, by the generator in this thread or split over the workers; the CPU it and the server used. */
  async function runGenerator(rate, connections) {
    const cpu = process.cpuUsage();
    const serverCpu = server.cpuMs();
    const ticks = cpuTicks();
    const startedAt = performance.timeOrigin + performance.now();
    server.pauses();
    let result;
    let generatorPauses;
    let queue;
    if (workers.length === 0) {
      const load = () => generateLoad(loadOptions(server.url, rate, TRIAL_MS, { connections, maxInFlight: MAX_IN_FLIGHT }));
      let r;
      if (TRACE) ({ result: { result: r, pauses: generatorPauses }, queue } = await traceQueue(LoadClient, () => tracePauses(load), () => server.cpuMs()));
      else r = await load();
      result = {
        sent: r.sent, sentTotal: r.sentTotal, achievedRate: r.achievedRate, errors: r.endpoints[0].errors, peakInFlight: r.peakInFlight,
        failures: [...r.endpoints[0].failures].map(([kind, f]) => [kind, f.count]), overall: r.overall, sendLag: r.sendLag,
      };
    } else {
      const parts = await Promise.all(workers.map((w) => new Promise((resolve) => {
        w.once('message', resolve);
        w.postMessage({ url: server.url, rate: rate / workers.length, ms: TRIAL_MS, connections });
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
    if (TRACE) {
      const ms = performance.timeOrigin + performance.now() - startedAt;
      const after = cpuTicks();
      // The lines the server wrote during the trial arrive through a pipe: give them a moment.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const machine = ticks && after ? after.reduce((sum, c, i) => sum + c.busy - ticks[i].busy, 0) * 10 : undefined;
      const steal = ticks && after ? after.reduce((sum, c, i) => sum + c.steal - ticks[i].steal, 0) * 10 : undefined;
      const ours = (used.user + used.system) / 1000 + (serverUsed - serverCpu);
      result.trace = {
        server: server.pauses(), generator: generatorPauses, startedAt, queue, rate,
        others: machine === undefined || Number.isNaN(ours) ? undefined : Math.max(0, machine - ours) / ms, steal: steal === undefined ? undefined : steal / ms,
      };
    }
    return result;
  }

  async function trial(rate, connections, attempt = 1) {
    const result = await runGenerator(rate, connections);
    const lagP95Ms = result.sendLag.getValueAtPercentile(95) / 1000;
    const held = result.achievedRate >= rate * 0.95 && lagP95Ms <= 25 && result.errors === 0;
    const kinds = result.failures.map(([kind, n]) => `${kind} ×${n}`).join(', ');
    if (result.trace) console.log(`${describePauses(result.trace)}\n${describeQueue(result.trace)}`);
    console.log(`  ${String(rate).padStart(6)}/s${attempt > 1 ? ' again' : '      '}: sent ${round(result.achievedRate)}/s, send lag p95 ${round(lagP95Ms, 2)} ms, p99 latency ${round(result.overall.getValueAtPercentile(99) / 1000, 2)} ms, errors ${result.errors}${kinds ? ` (${kinds})` : ''}, peak in flight ${result.peakInFlight}, CPU ${round(result.cpuUsPerRequest)} µs/request (server ${result.serverCpuUsPerRequest === undefined ? '—' : round(result.serverCpuUsPerRequest)}) → ${held ? 'held' : 'not held'}`);
    return { held, result };
  }

  /** A rate is held when a trial holds it; a trial that fails gets one more, so one descheduling does not decide. */
  async function holds(rate, connections) {
    const first = await trial(rate, connections);
    return first.held ? first : trial(rate, connections, 2);
  }

  /**
   * The generator saturated: a schedule at 1.5x wrk's rate with no in-flight cap, so from its first
   * milliseconds every connection has a due request waiting when its answer comes, which is wrk's
   * situation (a closed loop on `connections` busy connections). Requests per second from the call to
   * the last answer, and the CPU per request of the generator and the server. This is the state a
   * trial falls into when the schedule gets ahead of the server: if it drains at wrk's rate, a backlog
   * recovers; if not, the generator's turn from an answer to the next request is what is slow.
   */
  async function saturated(connections, wrkRps) {
    if (workers.length > 0) return undefined;
    const cpu = process.cpuUsage();
    const serverCpu = server.cpuMs();
    const t0 = performance.now();
    const windows = drainWindows(LoadClient, connections);
    const r = await generateLoad(loadOptions(server.url, Math.round(wrkRps * 1.5), TRIAL_MS, { connections, maxInFlight: Number.POSITIVE_INFINITY, timeoutMs: 60_000 }));
    const ms = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    const serverUsed = server.cpuMs();
    const rates = windows.stop();
    const figures = {
      rps: (r.sentTotal * 1000) / ms, errors: r.endpoints[0].errors,
      cpuUs: (used.user + used.system) / r.sentTotal,
      serverUs: serverCpu !== undefined && serverUsed !== undefined ? ((serverUsed - serverCpu) * 1000) / r.sentTotal : undefined,
      windowMin: rates.length ? rates[0] : undefined, windowP10: rates.length ? percentileOf(rates, 10) : undefined, windowMedian: rates.length ? percentileOf(rates, 50) : undefined,
    };
    console.log(`generator saturated (a schedule at 1.5x wrk's rate, no cap): ${round(figures.rps)} requests/s, errors ${figures.errors}, CPU ${round(figures.cpuUs)} µs/request (server ${figures.serverUs === undefined ? '—' : round(figures.serverUs)}); in ${rates.length} windows of ${WINDOW_MS} ms with every connection busy: min ${rates.length ? round(figures.windowMin, 0) : '—'}/s, p10 ${rates.length ? round(figures.windowP10, 0) : '—'}/s, median ${rates.length ? round(figures.windowMedian, 0) : '—'}/s`);
    return figures;
  }

  /** One whole search with `connections` for both tools: wrk, the generator's highest rate held, autocannon, wrk again. */
  async function search(run, connections) {
    console.log(`run ${run} of ${RUNS}, ${connections} connections, load average ${loadAverage()}`);
    const wrkOptions = { threads: 1, connections, seconds: 5, ...(PIN ? { cpu: 1 } : {}) };
    const serverBefore = server.cpuMs();
    const wrk = runWrk(server.url, wrkOptions);
    if (!wrk) throw new Error('wrk did not run (is it installed? apt-get install wrk)');
    const wrkServerUs = serverBefore !== undefined ? ((server.cpuMs() - serverBefore) * 1000) / wrk.requests : undefined;
    console.log(`wrk -t1 -c${connections}: ${round(wrk.rps)} requests/s, CPU ${wrk.cpuMs === undefined ? '—' : round((wrk.cpuMs * 1000) / wrk.requests)} µs/request (server ${wrkServerUs === undefined ? '—' : round(wrkServerUs)})`);
    const saturatedBefore = await saturated(connections, wrk.rps);

    // Double until a rate is not held, then bisect between the last held and the first not held.
    let held = 0;
    let failed = 0;
    let best;
    for (let rate = 1000; SEARCH && !failed; rate *= 2) {
      const t = await holds(rate, connections);
      if (t.held) [held, best] = [rate, t.result];
      else failed = rate;
      if (rate > wrk.rps * 4) break;
    }
    while (failed && failed - held > Math.max(250, held * STEP)) {
      const mid = Math.round((held + failed) / 2 / 50) * 50;
      const t = await holds(mid, connections);
      if (t.held) [held, best] = [mid, t.result];
      else failed = mid;
    }
    // The rate found is confirmed once more, so a lucky trial does not set the result.
    for (;;) {
      if (!SEARCH || held <= 0) break;
      const t = await holds(held, connections);
      if (t.held) {
        best = t.result;
        break;
      }
      held = Math.round((held * 0.95) / 50) * 50;
    }

    // For context: another Node tool's closed-loop throughput against the same server.
    const cannonCpu = process.cpuUsage();
    const cannon = SEARCH ? await autocannon({ url: server.url, connections, duration: 5 }) : undefined;
    const cannonUsed = process.cpuUsage(cannonCpu);
    const wrkAfter = runWrk(server.url, wrkOptions);
    if (wrkAfter) console.log(`wrk -t1 -c${connections} again: ${round(wrkAfter.rps)} requests/s`);
    const saturatedAfter = await saturated(connections, wrkAfter?.rps ?? wrk.rps);
    const both = [saturatedBefore, saturatedAfter].filter(Boolean);
    const meanOf = (key) => (both.length && both.every((f) => f[key] !== undefined) ? both.reduce((n, f) => n + f[key], 0) / both.length : undefined);
    // The machine is shared: wrk runs before and after, and the ratio uses their mean.
    const wrkRps = wrkAfter ? (wrk.rps + wrkAfter.rps) / 2 : wrk.rps;
    const figures = {
      run, connections, load: loadAverage(), wrkRps, wrkBefore: wrk.rps, wrkAfter: wrkAfter?.rps,
      wrkCpuUs: wrk.cpuMs === undefined ? undefined : (wrk.cpuMs * 1000) / wrk.requests, wrkServerUs,
      cannonRps: cannon?.requests.average, cannonCpuUs: cannon ? (cannonUsed.user + cannonUsed.system) / cannon.requests.total : undefined,
      held: SEARCH ? held : undefined, ratio: SEARCH ? held / wrkRps : undefined, generatorCpuUs: best?.cpuUsPerRequest, generatorServerUs: best?.serverCpuUsPerRequest,
      heldServerCpus: SEARCH && best?.serverCpuUsPerRequest !== undefined ? (held * best.serverCpuUsPerRequest) / 1e6 : undefined,
      wrkServerCpus: wrkServerUs === undefined ? undefined : (wrk.rps * wrkServerUs) / 1e6,
      saturatedRps: meanOf('rps'), saturatedRatio: both.length ? meanOf('rps') / wrkRps : undefined,
      saturatedCpuUs: meanOf('cpuUs'), saturatedServerUs: meanOf('serverUs'),
      windowMin: meanOf('windowMin'), windowP10: meanOf('windowP10'), windowMedian: meanOf('windowMedian'),
    };
    figures.heldOfP10 = SEARCH && figures.windowP10 ? held / figures.windowP10 : undefined;
    console.log(`run ${run}, ${connections} connections: ${SEARCH ? `ratio ${round(figures.ratio, 2)} (held ${held}/s, wrk ${round(wrkRps)}/s)` : `wrk ${round(wrkRps)}/s`}${figures.saturatedRatio === undefined ? '' : `; saturated ${round(figures.saturatedRatio, 2)} of wrk's rate`}\n`);
    return figures;
  }

  try {
    const all = [];
    for (let run = 1; run <= RUNS; run++) for (const connections of CONNECTION_COUNTS) all.push(await search(run, connections));
    const rows = {
      'runs (medians; each run in brackets)': `${RUNS}, load average ${[...new Set(all.map((r) => r.load))].join(' / ')}${PIN ? '; server pinned to CPU 0, wrk and the generator to CPU 1' : ''}${SERVER_WORK_US ? `; the server spends ${SERVER_WORK_US} µs on every request` : ''}`,
    };
    for (const connections of CONNECTION_COUNTS) {
      const runs = all.filter((r) => r.connections === connections);
      const mid = (key, digits = 1) => {
        const values = runs.map((r) => r[key]).filter((v) => v !== undefined && Number.isFinite(v));
        return values.length ? round(median(values), digits) : '—';
      };
      const each = (key, digits = 1) => runs.map((r) => (r[key] === undefined ? '—' : round(r[key], digits))).join(', ');
      const ratio = SEARCH ? median(runs.map((r) => r.ratio)) : undefined;
      Object.assign(rows, {
        [`wrk (1 thread, ${connections} connections), requests/s`]: `${mid('wrkRps')} [${each('wrkRps')}]`,
        [`wrk -c${connections}, CPU µs per request (wrk / server)`]: `${mid('wrkCpuUs')} / ${mid('wrkServerUs')}`,
      });
      if (SEARCH) Object.assign(rows, {
        [`autocannon (${connections} connections, closed loop), requests/s`]: `${mid('cannonRps')} [${each('cannonRps')}], CPU ${mid('cannonCpuUs')} µs/request`,
        [`open-model generator (${connections} connections${WORKERS > 1 ? `, ${WORKERS} worker threads` : ''}), highest rate held`]: `${mid('held', 0)} requests/s [${each('held', 0)}]`,
        [`generator -c${connections}, CPU µs per request at that rate (generator / server)`]: `${mid('generatorCpuUs')} / ${mid('generatorServerUs')}`,
        // Pinned, the server has one CPU: near 1, the schedule is held until the server's core is full.
        [`server's CPU at the highest rate held, and under wrk (CPUs)`]: `${mid('heldServerCpus', 2)} [${each('heldServerCpus', 2)}] / ${mid('wrkServerCpus', 2)}`,
      });
      Object.assign(rows, {
        ...(runs.some((r) => r.saturatedRps !== undefined) ? {
          [`generator saturated -c${connections} (a schedule at 1.5x wrk's rate, no cap), requests/s`]: `${mid('saturatedRps')} [${each('saturatedRps')}]`,
          [`generator saturated -c${connections}, CPU µs per request (generator / server)`]: `${mid('saturatedCpuUs')} / ${mid('saturatedServerUs')}`,
          [`saturated ratio with ${connections} connections each (the drain rate against wrk's)`]: `${mid('saturatedRatio', 2)} [${each('saturatedRatio', 2)}]`,
          [`generator saturated -c${connections}, answered per second in ${WINDOW_MS} ms windows with every connection busy (min / p10 / median)`]: `${mid('windowMin', 0)} / ${mid('windowP10', 0)} / ${mid('windowMedian', 0)}`,
          ...(SEARCH ? { [`highest rate held against the p10 of those windows`]: `${mid('heldOfP10', 2)} [${each('heldOfP10', 2)}]` } : {}),
        } : {}),
        ...(SEARCH ? { [`ratio with ${connections} connections each (target ≥ 0.9)`]: `${round(ratio, 2)} [${each('ratio', 2)}]${ratio >= 0.9 ? '' : '  BELOW TARGET'}` } : {}),
      });
    }
    if (SEARCH) rows['trial length'] = `${TRIAL_MS / 1000} s, a failed trial retried once, bisection to ${STEP * 100}%`;
    report('latency-rate', rows);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await server.close();
  }
}

/** Pins this process (every thread) to one CPU with taskset; the bench goes on unpinned where that fails. */
function pinSelf(cpu) {
  const r = spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { encoding: 'utf8' });
  if (r.status !== 0) console.log(`could not pin to CPU ${cpu} (${(r.stderr || r.error?.message || '').trim()}); running unpinned`);
}

/**
 * One line on who paused during a trial (LATENCY_BENCH_TRACE=1): the server's and the generator's event
 * loop pauses of 5 ms or more and GC pauses of 1 ms or more (count, longest, total), the CPUs other
 * processes used meanwhile, and the longest pauses with their time from the trial's start.
 */
function describePauses({ server, generator, startedAt, others, steal }) {
  const part = (name, pauses) => {
    const of = (kind) => pauses.filter((p) => kind === 'loop' ? p.kind === 'loop' : p.kind.startsWith('gc'));
    const stats = (list) => (list.length ? `${list.length}, longest ${round(Math.max(...list.map((p) => p.ms)))} ms, total ${round(list.reduce((n, p) => n + p.ms, 0))} ms` : 'none');
    return `${name} loop ${stats(of('loop'))}; GC ${stats(of('gc'))}`;
  };
  const longest = [...server.map((p) => ({ ...p, who: 'server' })), ...generator.map((p) => ({ ...p, who: 'generator' }))]
    .filter((p) => p.ms >= 5).sort((a, b) => b.ms - a.ms).slice(0, 6).sort((a, b) => a.at - b.at)
    .map((p) => `${p.who} ${p.kind} ${round(p.ms)} ms at ${round(p.at - startedAt, 0)}`).join(', ');
  return `          pauses: ${part('server', server)} | ${part('generator', generator)} | other processes ${others === undefined ? '—' : round(others, 2)} CPU, steal ${steal === undefined ? '—' : round(steal, 2)}${longest ? ` | longest: ${longest}` : ''}`;
}

/**
 * One line on the client's queue during a trial (LATENCY_BENCH_TRACE=1): when it first held 100 and 500
 * requests and when it reached the in-flight cap (ms from the trial's start), and, for the 300 ms
 * before the cap (or before the longest queue), in 100 ms steps: requests sent and answered per
 * second, and the share of a CPU the generator and the server used. A server at a whole CPU answering
 * fewer than the rate is the server falling behind; a generator at a whole CPU is the generator.
 */
function describeQueue({ queue, startedAt, rate }) {
  if (!queue?.length) return '          queue: —';
  const first = (n) => {
    const s = queue.find((q) => q.queued >= n);
    return s ? `${round(s.at - startedAt, 0)} ms` : '—';
  };
  const cap = queue.findIndex((q) => q.queued >= MAX_IN_FLIGHT - 32);
  let end = cap;
  if (end < 0) end = queue.reduce((best, q, i) => (q.queued > queue[best].queued ? i : best), 0);
  const steps = [];
  for (let from = Math.max(0, end - 30); from < end; from += 10) {
    const part = queue.slice(from, Math.min(end, from + 10));
    const ms = part.length ? part[part.length - 1].at - (from > 0 ? queue[from - 1].at : startedAt) : 0;
    if (ms <= 0) continue;
    const sum = (key) => part.reduce((n, q) => n + (q[key] ?? 0), 0);
    steps.push(`${round((sum('sent') * 1000) / ms, 0)}/${round((sum('answered') * 1000) / ms, 0)}/s, CPU ${round(sum('cpuMs') / ms, 2)}/${part.every((q) => q.serverCpuMs !== undefined) ? round(sum('serverCpuMs') / ms, 2) : '—'}`);
  }
  return `          queue (rate ${rate}/s): ≥100 at ${first(100)}, ≥500 at ${first(500)}, cap at ${cap < 0 ? `— (longest ${queue[end].queued})` : first(MAX_IN_FLIGHT - 32)}; 100 ms steps before${cap < 0 ? ' the longest' : ' the cap'} (sent/answered, CPU generator/server): ${steps.join(' | ') || '—'}`;
}

function loadAverage() {
  return loadavg().map((n) => n.toFixed(1)).join(' ');
}

/**
 * The saturated generator's answers in windows of WINDOW_MS: with every connection busy and requests
 * waiting (a closed loop, as under wrk), the requests answered per second in each window are the
 * server's capacity over that window. Returns `stop()`, which gives those rates, sorted. It takes the
 * client from its `preconnect` call (the first and only one of a run), so the load itself is not wrapped.
 */
function drainWindows(LoadClient, connections) {
  const { preconnect } = LoadClient.prototype;
  const seen = [];
  LoadClient.prototype.preconnect = function (...args) {
    seen.push(this);
    return preconnect.apply(this, args);
  };
  const rates = [];
  let last;
  const timer = setInterval(() => {
    const client = seen[0];
    if (!client) return;
    let answered = 0;
    for (const c of client.connections) answered += c.completed;
    const now = { at: performance.now(), answered, standing: client.queued >= connections };
    if (last?.standing && now.standing) rates.push(((now.answered - last.answered) * 1000) / (now.at - last.at));
    last = now;
  }, WINDOW_MS);
  return {
    stop() {
      clearInterval(timer);
      LoadClient.prototype.preconnect = preconnect;
      return rates.sort((a, b) => a - b);
    },
  };
}

/** The p-th percentile of sorted values (nearest rank). */
function percentileOf(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
