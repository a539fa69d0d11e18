#!/usr/bin/env node
// Start-up of the CLI bundle: median wall time of `node dist/cli/index.js --help` over runs,
// next to `node -e 0` measured in the same run. Target here: ≤ 250 ms.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchRoot, median, report } from './lib.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const cli = join(benchRoot, 'dist/cli/index.js');
if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: npm run build');

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const bare = time(['-e', '0']);
const help = time([cli, '--help']);
report('startup', {
  'node -e 0 (ms)': bare.toFixed(1),
  'release-gate --help (ms)': help.toFixed(1),
  'ratio to bare node': (help / bare).toFixed(2),
  'target': '≤ 250 ms',
  'met': help <= 250 ? 'yes' : 'NO',
});
