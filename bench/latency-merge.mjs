#!/usr/bin/env node
// `latency merge` of 100 shard reports (3 endpoints of 2,000 requests each), through the CLI bundle as a
// merge job runs it. Target: under a second, start-up included. Also timed: the same reports with 60
// ten-second windows per endpoint (18,000 more histograms to add), which costs more.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'hdr-histogram-js';
import { benchRoot, median, report } from './lib.mjs';

const cli = join(benchRoot, 'dist/cli/index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: npm run build');
const SHARDS = 100;
const ENDPOINTS = ['task list', 'dashboard', 'create task'];
const dir = mkdtempSync(join(tmpdir(), 'rg-bench-merge-'));

let seed = 1;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const histogram = (n, digits) => {
  const h = build({ bitBucketSize: 32, numberOfSignificantValueDigits: digits, useWebAssembly: false, autoResize: true });
  for (let i = 0; i < n; i++) h.recordValue(Math.round((random() < 0.95 ? 5 + random() * 80 : 100 + random() * 2000) * 1000));
  return h.encodeIntoCompressedBase64();
};

function layout(sub, windows) {
  const at = join(dir, sub);
  mkdirSync(at);
  writeFileSync(join(at, 'manifest.yml'), `version: 1
environments:
  production: { url: "http://127.0.0.1:9" }
latency:
${windows ? '  window: 10s\n' : ''}  endpoints:
${ENDPOINTS.map((name) => `    - { name: ${name}, request: GET /${name.replace(/ /g, '-')}, p95: 500ms }`).join('\n')}
`);
  for (let s = 1; s <= SHARDS; s++) {
    const endpoints = ENDPOINTS.map((name) => ({
      name, request: `GET /${name.replace(/ /g, '-')}`, count: 2000, errors: 0, dropped: 0, statuses: { 200: 2000 },
      histogram: histogram(2000, 3),
      ...(windows ? { windowMs: 10_000, windows: Array.from({ length: 60 }, (_, w) => ({ startMs: w * 10_000, count: 33, errors: 0, histogram: histogram(33, 2) })) } : {}),
    }));
    writeFileSync(join(at, `shard-${s}.json`), JSON.stringify({ schemaVersion: 1, status: 'pass', checks: [{ check: 'latency', status: 'pass', durationMs: 1, findings: [], metrics: { shard: { index: s, count: SHARDS }, histogramUnit: 'microseconds', endpoints } }] }));
  }
  return at;
}

function time(cwd) {
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'latency', 'merge', 'shard-*.json', '-m', 'manifest.yml', '--format', 'json', '-o', 'merged.json'], { cwd, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`latency merge exited ${r.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const plain = time(layout('plain', false));
const windowed = time(layout('windowed', true));
const bare = [];
for (let i = 0; i < 5; i++) {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  bare.push(Number(process.hrtime.bigint() - start) / 1e6);
}
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
else console.log(dir);
report('latency-merge', {
  'shard reports': SHARDS,
  'latency merge, 300 histograms (ms, median)': plain.toFixed(0),
  'latency merge with 10s windows, 18,300 histograms (ms, median)': windowed.toFixed(0),
  'node -e 0 (ms, median)': median(bare).toFixed(0),
  'target': 'under 1,000 ms for the 100 reports without windows',
});
