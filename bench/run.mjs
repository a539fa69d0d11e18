#!/usr/bin/env node
// `npm run bench`: every bench/*.mjs but this one and lib.mjs, one after another; `npm run bench -- startup` runs one.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { benchRoot } from './lib.mjs';

const only = process.argv.slice(2);
const benches = readdirSync(join(benchRoot, 'bench'))
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && f !== 'lib.mjs')
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));
let failed = 0;
for (const file of benches) {
  const r = spawnSync(process.execPath, [join(benchRoot, 'bench', file)], { stdio: 'inherit' });
  if (r.status !== 0) { console.error(`bench ${file} failed (exit ${r.status})`); failed++; }
}
process.exitCode = failed ? 1 : 0;
