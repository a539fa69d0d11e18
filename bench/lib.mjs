// Shared by the benchmarks: where the repository is, a median, and one way to print and keep results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints a result table and keeps it as bench/results/<name>.json (not committed). */
export function report(name, rows) {
  console.log(`\n${name}`);
  const width = Math.max(...Object.keys(rows).map((k) => k.length));
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(width)}  ${v}`);
  const dir = join(benchRoot, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ name, at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
}
