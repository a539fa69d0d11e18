#!/usr/bin/env node
// Shared by the latency benches (latency-rate, latency-stall, latency-memory); run on its own (as
// `npm run bench` does with every bench/*.mjs) it only defines these and exits. The generator is
// transpiled from src/ with TypeScript into node_modules/.cache, like bench/env-scan.mjs does, so the
// benches need no build and always measure the current source. They drive the generator directly:
// the check's caps (50/s by default, 1000/s at most) would stop a benchmark from finding its limit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchRoot } from './lib.mjs';

const OUT = join(benchRoot, 'node_modules/.cache/release-gate-bench/latency');

/**
 * Transpiles src/checks/latency and src/http, and imports the generator and the histogram helpers.
 * `{ transpile: false }` imports what an earlier call transpiled (a worker thread of the same bench).
 */
export async function loadGenerator({ transpile = true } = {}) {
  if (transpile) await transpileSources();
  const generator = await import(pathToFileURL(join(OUT, 'src/checks/latency/load-generator.js')).href);
  const histogram = await import(pathToFileURL(join(OUT, 'src/checks/latency/histogram.js')).href);
  const client = await import(pathToFileURL(join(OUT, 'src/checks/latency/load-client.js')).href);
  return { generateLoad: generator.generateLoad, LoadClient: client.LoadClient, ...histogram };
}

async function transpileSources() {
  const ts = (await import('typescript')).default;
  rmSync(OUT, { recursive: true, force: true });
  for (const dir of ['src/checks/latency', 'src/http']) {
    mkdirSync(join(OUT, dir), { recursive: true });
    for (const file of readdirSync(join(benchRoot, dir)).filter((f) => f.endsWith('.ts'))) {
      const { outputText } = ts.transpileModule(readFileSync(join(benchRoot, dir, file), 'utf8'), {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      });
      writeFileSync(join(OUT, dir, file.replace(/\.ts$/, '.js')), outputText);
    }
  }
  // The cache sits inside node_modules, so undici and hdr-histogram-js resolve from the repository.
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
}

/** Default load options; a bench overrides what it measures. */
export function loadOptions(origin, rate, durationMs, overrides = {}) {
  return {
    origin,
    endpoints: [{ method: 'GET', path: '/', headers: {}, rate }],
    warmupMs: 0,
    durationMs,
    timeoutMs: 10_000,
    maxInFlight: 1000,
    stop: { errorRate: 1, window: 50, minimum: 20 },
    ...overrides,
  };
}

const SERVER = `
const { createServer } = require('node:http');
const stallEvery = Number(process.env.STALL_EVERY_MS || 0), stallFor = Number(process.env.STALL_FOR_MS || 0);
const workMs = Number(process.env.SERVER_WORK_US || 0) / 1000;
const server = createServer((req, res) => {
  // With SERVER_WORK_US, the same CPU work for every request, as an app's handler does (a spin on the clock).
  if (workMs > 0) for (const until = performance.now() + workMs; performance.now() < until;);
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 });
  res.end('ok');
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port, origin: performance.timeOrigin }) + '\\n');
  if (process.env.TRACE_STALLS === '1') {
    // Every time the event loop did not run for 5 ms or more (its own GC, the process descheduled, a
    // long task), on stderr with the time it began (ms since the epoch): a 2 ms timer that notes its lateness.
    let last = performance.timeOrigin + performance.now();
    setInterval(() => {
      const now = performance.timeOrigin + performance.now();
      if (now - last >= 5 + 2) process.stderr.write('STALL ' + (last + 2).toFixed(1) + ' ' + (now - last - 2).toFixed(1) + '\\n');
      last = now;
    }, 2);
  }
  if (stallEvery > 0) {
    // A real stall: the event loop is blocked (as in a long synchronous task or a GC pause), at the
    // start of every period, so requests arriving meanwhile wait in the kernel.
    const start = Date.now();
    const freeze = () => {
      const until = Date.now() + stallFor;
      while (Date.now() < until);
      const next = stallEvery - ((Date.now() - start) % stallEvery);
      setTimeout(freeze, next);
    };
    setTimeout(freeze, stallEvery);
  }
});
`;

/**
 * A trivial HTTP server in its own process (so it has a core of its own): 200 "ok". With `stall`,
 * it freezes for `stall.forMs` every `stall.everyMs`. With `workUs` it spends that much CPU on every
 * request before answering. With `cpu` it runs pinned to that CPU (taskset).
 * With `trace` it runs with --trace-gc and notes every pause of its event loop of 5 ms or more:
 * `pauses()` returns those seen so far (and forgets them), each `{ at, ms, kind }` with `at` in ms since
 * the epoch and `kind` 'gc' (a GC pause, from --trace-gc) or 'loop' (the event loop did not run).
 */
export async function startServer(stall, { cpu, trace = false, workUs = 0 } = {}) {
  const node = [process.execPath, ...(trace ? ['--trace-gc'] : []), '-e', SERVER];
  const [command, args] = cpu === undefined ? [node[0], node.slice(1)] : ['taskset', ['-c', String(cpu), ...node]];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', trace ? 'pipe' : 'inherit'],
    env: { ...process.env, STALL_EVERY_MS: String(stall?.everyMs ?? 0), STALL_FOR_MS: String(stall?.forMs ?? 0), TRACE_STALLS: trace ? '1' : '0', SERVER_WORK_US: String(workUs) },
  });
  let origin = 0;
  let seen = [];
  const lines = (stream, onLine) => {
    let pending = '';
    stream.on('data', (chunk) => {
      pending += chunk;
      for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    });
  };
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    lines(child.stdout, (line) => {
      if (line.startsWith('{')) {
        const started = JSON.parse(line);
        origin = started.origin;
        resolve(started.port);
        return;
      }
      // [pid:0x...]    1234 ms: Scavenge 6.6 (8.1) -> 5.3 (8.3) MB, 1.25 / 0.00 ms  (average mu = ...) allocation failure;
      const gc = /\s(\d+) ms: ([A-Za-z-]+)[^,]*, ([\d.]+) \/ [\d.]+ ms/.exec(line);
      if (gc && Number(gc[3]) >= 1) seen.push({ at: origin + Number(gc[1]), ms: Number(gc[3]), kind: `gc ${gc[2]}` });
    });
  });
  if (trace) {
    lines(child.stderr, (line) => {
      const pause = /^STALL ([\d.]+) ([\d.]+)$/.exec(line);
      if (pause) seen.push({ at: Number(pause[1]), ms: Number(pause[2]), kind: 'loop' });
      else process.stderr.write(`${line}\n`);
    });
  }
  return {
    url: `http://127.0.0.1:${port}`,
    /** CPU time the server has used so far (user + system), in milliseconds; undefined off Linux. */
    cpuMs: () => processCpuMs(child.pid),
    pauses: () => {
      const taken = seen;
      seen = [];
      return taken;
    },
    close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill(); }),
  };
}

/**
 * Pauses of this process while `fn` runs: garbage collections of 1 ms or more and every time the
 * event loop did not run for 5 ms or more, each `{ at, ms, kind }` as in startServer's `pauses()`.
 */
export async function tracePauses(fn) {
  const { PerformanceObserver, performance } = await import('node:perf_hooks');
  const seen = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration >= 1) seen.push({ at: performance.timeOrigin + e.startTime, ms: e.duration, kind: `gc ${GC_KINDS[e.detail?.kind] ?? 'other'}` });
  });
  observer.observe({ entryTypes: ['gc'] });
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last >= 5 + 2) seen.push({ at: performance.timeOrigin + last + 2, ms: now - last - 2, kind: 'loop' });
    last = now;
  }, 2);
  try {
    return { result: await fn(), pauses: seen };
  } finally {
    clearInterval(timer);
    observer.disconnect();
  }
}

/**
 * The load client's queue while `fn` runs, every 10 ms: `{ at, queued, sent, answered, cpuMs, serverCpuMs }`,
 * with `at` in ms since the epoch, `queued` the requests due and waiting for a connection (in flight =
 * queued + the busy connections, at most `connections`), `sent` and `answered` counted since the last
 * sample, and the CPU this process and the server (`serverCpuMs()`, 10 ms ticks) used since then.
 * It wraps LoadClient's send and release (an answer on a kept-alive connection) for the time of `fn`;
 * one generator at a time.
 */
export async function traceQueue(LoadClient, fn, serverCpuMs = () => undefined) {
  const { send, release } = LoadClient.prototype;
  const current = { client: undefined };
  let sent = 0;
  let answered = 0;
  LoadClient.prototype.send = function (...args) {
    current.client = this;
    sent++;
    return send.apply(this, args);
  };
  LoadClient.prototype.release = function (...args) {
    answered++;
    return release.apply(this, args);
  };
  const samples = [];
  let cpu = process.cpuUsage();
  let server = serverCpuMs();
  const timer = setInterval(() => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const serverNow = serverCpuMs();
    samples.push({
      at: performance.timeOrigin + performance.now(), queued: current.client?.queued ?? 0, sent, answered,
      cpuMs: (used.user + used.system) / 1000, serverCpuMs: serverNow === undefined || server === undefined ? undefined : serverNow - server,
    });
    server = serverNow;
    sent = 0;
    answered = 0;
  }, 10);
  try {
    return { result: await fn(), queue: samples };
  } finally {
    clearInterval(timer);
    Object.assign(LoadClient.prototype, { send, release });
  }
}

const GC_KINDS = { 1: 'Scavenge', 2: 'Mark-Compact', 4: 'Incremental', 8: 'Weak-callbacks' };

/** Busy and idle clock ticks of each CPU so far (Linux /proc/stat; steal counted apart), or undefined. */
export function cpuTicks() {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n').filter((l) => /^cpu\d/.test(l)).map((l) => {
      const [user, nice, system, idle, iowait, irq, softirq, steal] = l.split(/\s+/).slice(1).map(Number);
      return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
    });
  } catch {
    return undefined;
  }
}

/** User + system CPU time of a process from /proc (Linux), in milliseconds. */
export function processCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name; clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * wrk's requests per second and, through a Lua `done` hook, its own percentiles in microseconds.
 * With `cpu` it runs pinned to that CPU (taskset).
 */
export function runWrk(url, { threads = 1, connections = 32, seconds = 5, cpu } = {}) {
  const script = join(OUT, 'wrk-percentiles.lua');
  mkdirSync(OUT, { recursive: true });
  writeFileSync(script, [
    'done = function(summary, latency, requests)',
    '  for _, p in ipairs({ 50, 90, 95, 99 }) do io.write(string.format("P%d %d\\n", p, latency:percentile(p))) end',
    'end',
    '',
  ].join('\n'));
  const wrk = [...(cpu === undefined ? [] : ['taskset', '-c', String(cpu)]), 'wrk', `-t${threads}`, `-c${connections}`, `-d${seconds}s`, '-s', script, url];
  // With GNU time, wrk's own CPU time too (on stderr, in seconds).
  const r = gnuTime ? spawnSync(gnuTime, ['-f', 'cpu %U %S', ...wrk], { encoding: 'utf8' }) : spawnSync(wrk[0], wrk.slice(1), { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const num = (re) => Number(re.exec(r.stdout)?.[1]);
  const used = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  const requests = num(/(\d+) requests in/);
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/), requests, p50Us: num(/P50 (\d+)/), p90Us: num(/P90 (\d+)/), p95Us: num(/P95 (\d+)/), p99Us: num(/P99 (\d+)/),
    cpuMs: used ? (Number(used[1]) + Number(used[2])) * 1000 : undefined, output: r.stdout,
  };
}

export const round = (n, digits = 1) => Number(n.toFixed(digits));
