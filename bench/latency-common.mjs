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
  return { generateLoad: generator.generateLoad, ...histogram };
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
const server = createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 }); res.end('ok'); });
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\\n');
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
 * it freezes for `stall.forMs` every `stall.everyMs`. With `cpu` it runs pinned to that CPU (taskset).
 */
export async function startServer(stall, { cpu } = {}) {
  const [command, args] = cpu === undefined ? [process.execPath, ['-e', SERVER]] : ['taskset', ['-c', String(cpu), process.execPath, '-e', SERVER]];
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, STALL_EVERY_MS: String(stall?.everyMs ?? 0), STALL_FOR_MS: String(stall?.forMs ?? 0) },
  });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk)).port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    /** CPU time the server has used so far (user + system), in milliseconds; undefined off Linux. */
    cpuMs: () => processCpuMs(child.pid),
    close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill(); }),
  };
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
