#!/usr/bin/env node
// The migrations check over 1,000 generated migration files (about 2,700 statements), whole process
// (`node dist/cli/index.js migrations`), next to squawk (`npm install --no-save squawk-cli@2.66` first) on the same files in the same
// run, and on one 5 MB migration (about 60,000 statements). Target: within 2× of squawk's time on both,
// with more of the planted hazards caught. squawk is looked for in node_modules/.bin or at $SQUAWK.
//
// The generator plants hazards and safe forms at known lines, so both tools are scored the same way:
// a planted statement counts as flagged when the tool reports anything on its first line. Flagged
// hazards are catches; flagged safe forms are noise.
// `node bench/migrations.mjs`; RELEASE_GATE_CLI picks another bundle, BENCH_RUNS the number of runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchRoot, median, report } from './lib.mjs';

const FILES = 1000;
const TABLES = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const cli = process.env.RELEASE_GATE_CLI ?? join(benchRoot, 'dist/cli/index.js');
const squawk = process.env.SQUAWK ?? join(benchRoot, 'node_modules/.bin/squawk');

/** A small deterministic PRNG (mulberry32), so every run generates the same files. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOCK = "SET lock_timeout = '5s';";

/** Templates: `hazard` statements must be flagged, `safe` ones must not; `plain` ones are neither. */
const TEMPLATES = {
  // Hazards.
  indexNotConcurrent: (t, n) => [['hazard', `CREATE INDEX ${t}_c${n}_idx ON ${t} (num);`]],
  notNullNoDefault: (t, n) => [['plain', LOCK], ['hazard', `ALTER TABLE ${t} ADD COLUMN req_${n} bigint NOT NULL;`]],
  volatileDefault: (t, n) => [['plain', LOCK], ['hazard', `ALTER TABLE ${t} ADD COLUMN uid_${n} uuid DEFAULT gen_random_uuid();`]],
  // Each hazard works on a column of its own, so an earlier migration cannot have made it safe already.
  setNotNull: (t, n) => [['plain', LOCK], ['plain', `ALTER TABLE ${t} ADD COLUMN flag_${n} text;`], ['hazard', `ALTER TABLE ${t} ALTER COLUMN flag_${n} SET NOT NULL;`]],
  foreignKey: (t, n) => [['plain', LOCK], ['hazard', `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk${n} FOREIGN KEY (owner_id) REFERENCES t0 (id);`]],
  uniqueConstraint: (t, n) => [['plain', LOCK], ['hazard', `ALTER TABLE ${t} ADD CONSTRAINT ${t}_u${n} UNIQUE (code);`]],
  intToBigint: (t, n) => [['plain', LOCK], ['plain', `ALTER TABLE ${t} ADD COLUMN count_${n} integer;`], ['hazard', `ALTER TABLE ${t} ALTER COLUMN count_${n} TYPE bigint;`]],
  renameColumn: (t, n) => [['plain', LOCK], ['hazard', `ALTER TABLE ${t} RENAME COLUMN note TO note_${n};`], ['plain', `ALTER TABLE ${t} RENAME COLUMN note_${n} TO note;`]],
  noLockTimeout: (t, n) => [['hazard', `ALTER TABLE ${t} ADD COLUMN extra_${n} text;`]],
  backfill: (t) => [['hazard', `UPDATE ${t} SET label = 'x';`]],
  vacuumFull: (t) => [['hazard', `VACUUM FULL ${t};`]],
  concurrentInTransaction: (t, n) => [['plain', 'BEGIN;'], ['hazard', `CREATE INDEX CONCURRENTLY ${t}_t${n}_idx ON ${t} (num);`], ['plain', 'COMMIT;']],
  truncate: (t) => [['hazard', `TRUNCATE ${t};`]],
  // Safe forms.
  addColumn: (t, n) => [['plain', LOCK], ['safe', `ALTER TABLE ${t} ADD COLUMN opt_${n} text;`]],
  concurrentIndex: (t, n) => [['safe', `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${t}_s${n}_idx ON ${t} (num);`]],
  foreignKeyNotValid: (t, n) => [
    ['plain', LOCK],
    ['safe', `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fkv${n} FOREIGN KEY (owner_id) REFERENCES t0 (id) NOT VALID;`],
    ['safe', `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_fkv${n};`],
  ],
  notNullRecipe: (t, n) => [
    ['plain', LOCK],
    ['plain', `ALTER TABLE ${t} ADD COLUMN tag_${n} text;`],
    ['safe', `ALTER TABLE ${t} ADD CONSTRAINT ${t}_nn${n} CHECK (tag_${n} IS NOT NULL) NOT VALID;`],
    ['safe', `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_nn${n};`],
    ['safe', `ALTER TABLE ${t} ALTER COLUMN tag_${n} SET NOT NULL;`],
  ],
  uniqueUsingIndex: (t, n) => [
    ['safe', `CREATE UNIQUE INDEX CONCURRENTLY ${t}_ux${n} ON ${t} (code);`],
    ['plain', LOCK],
    ['safe', `ALTER TABLE ${t} ADD CONSTRAINT ${t}_ux${n} UNIQUE USING INDEX ${t}_ux${n};`],
  ],
  widenVarchar: (t, n) => [['plain', LOCK], ['safe', `ALTER TABLE ${t} ALTER COLUMN note TYPE varchar(${200 + n});`]],
  newTable: (_t, n) => [
    ['safe', `CREATE TABLE extra_${n} (id bigint PRIMARY KEY, owner_id bigint NOT NULL, code text);`],
    ['safe', `CREATE INDEX extra_${n}_owner_idx ON extra_${n} (owner_id);`],
    ['safe', `ALTER TABLE extra_${n} ADD CONSTRAINT extra_${n}_code_key UNIQUE (code);`],
  ],
  batchedUpdate: (t, n) => [['safe', `UPDATE ${t} SET label = 'x' WHERE id BETWEEN ${n * 1000} AND ${n * 1000 + 999};`]],
  ddlInString: (t) => [['safe', `COMMENT ON TABLE ${t} IS 'never DROP TABLE ${t} or TRUNCATE it';`]],
};

/** How often each template is picked: mostly safe work, with a hazard in about a third of the files. */
const WEIGHTS = {
  addColumn: 10, concurrentIndex: 8, foreignKeyNotValid: 6, notNullRecipe: 4, uniqueUsingIndex: 4, widenVarchar: 6, newTable: 6,
  batchedUpdate: 5, ddlInString: 4,
  indexNotConcurrent: 3, notNullNoDefault: 2, volatileDefault: 2, setNotNull: 2, foreignKey: 2, uniqueConstraint: 2, intToBigint: 2,
  renameColumn: 1, noLockTimeout: 3, backfill: 2, vacuumFull: 1, concurrentInTransaction: 1, truncate: 1,
};

function generate(root) {
  const dir = join(root, 'db/migrations');
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, '.github'), { recursive: true });
  writeFileSync(join(root, '.github/release-gate.yml'), 'version: 1\nmigrations:\n  paths: ["db/migrations/*.sql"]\n');
  // The first file alone: what a run costs before the number of files counts (start-up, the manifest, the parser).
  writeFileSync(join(root, '.github/one.yml'), 'version: 1\nmigrations:\n  paths: ["db/migrations/0001_*.sql"]\n');
  const rand = random(42);
  const bag = Object.entries(WEIGHTS).flatMap(([name, w]) => Array(w).fill(name));
  const planted = [];
  let statements = 0;
  for (let i = 0; i < FILES; i++) {
    const name = `${String(i + 1).padStart(4, '0')}_change_${i}.sql`;
    const lines = [`-- migration ${i + 1}`];
    if (i < TABLES) {
      lines.push(`CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner_id bigint, num integer, code text, label text, note varchar(100));`);
      statements++;
    } else {
      // One template per file, except a second one now and then; CONCURRENTLY stays alone in its file.
      const picks = [bag[Math.floor(rand() * bag.length)]];
      if (rand() < 0.6 && !/concurrent|uniqueUsingIndex/i.test(picks[0])) {
        const second = bag[Math.floor(rand() * bag.length)];
        if (!/concurrent|uniqueUsingIndex/i.test(second)) picks.push(second);
      }
      // A hazard about a missing lock_timeout only counts before any template has set one.
      picks.sort((a, b) => (b === 'noLockTimeout') - (a === 'noLockTimeout'));
      for (const pick of picks) {
        const table = `t${1 + Math.floor(rand() * (TABLES - 1))}`;
        for (const [kind, sql] of TEMPLATES[pick](table, i)) {
          lines.push(sql);
          statements++;
          if (kind !== 'plain') planted.push({ kind, template: pick, file: `db/migrations/${name}`, line: lines.length });
        }
      }
    }
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  }
  return { planted, statements };
}

/** One migration of about BIG_BYTES (the templates again and again), after one that creates the tables. */
const BIG_BYTES = 5 * 1024 * 1024;
function generateBig(root) {
  const dir = join(root, 'db/big');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, '.github/big.yml'), 'version: 1\nmigrations:\n  paths: ["db/big/*.sql"]\n');
  const rand = random(7);
  const bag = Object.entries(WEIGHTS).flatMap(([name, w]) => Array(w).fill(name)).filter((t) => !/concurrent|uniqueUsingIndex/i.test(t));
  // The tables come from an earlier migration, so the large one changes tables that hold data.
  const tables = Array.from({ length: TABLES }, (_, i) => `CREATE TABLE t${i} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner_id bigint, num integer, code text, label text, note varchar(100));`);
  writeFileSync(join(dir, '0001_tables.sql'), `${tables.join('\n')}\n`);
  const lines = ['-- one large migration'];
  let bytes = 0;
  let statements = TABLES;
  for (let n = 0; bytes < BIG_BYTES; n++) {
    const table = `t${1 + Math.floor(rand() * (TABLES - 1))}`;
    for (const [, sql] of TEMPLATES[bag[Math.floor(rand() * bag.length)]](table, 100000 + n)) {
      lines.push(sql);
      bytes += sql.length + 1;
      statements++;
    }
  }
  writeFileSync(join(dir, '0002_big.sql'), `${lines.join('\n')}\n`);
  return { statements, bytes };
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// NODE_EXTRA_CA_CERTS makes every Node process read and parse those certificates before running a
// line (about 50 ms of CPU per start on a machine that sets it to a full CA bundle); a GitHub runner
// does not set it, and the migrations check makes no request. Both tools run without it, unless
// BENCH_KEEP_CA_CERTS=1; the start-up it costs is printed.
const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS && !process.env.BENCH_KEEP_CA_CERTS;
const childEnv = { ...process.env };
if (extraCaCerts) delete childEnv.NODE_EXTRA_CA_CERTS;

/** Wall time, and with GNU time the CPU time of all threads (steadier than wall time on a shared machine). */
function run(command, args, cwd, env = childEnv) {
  const start = process.hrtime.bigint();
  const [cmd, argv] = gnuTime ? [gnuTime, ['-f', 'RG_CPU_S=%U+%S', command, ...args]] : [command, args];
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  const cpu = /RG_CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  return { ms, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Locations (file:line, 1-based) a tool flagged, and its findings by rule. */
function ours(stdout) {
  const findings = JSON.parse(stdout).checks.flatMap((c) => c.findings);
  return { at: new Set(findings.map((f) => `${f.file}:${f.line}`)), byRule: countBy(findings.map((f) => f.ruleId)), total: findings.length };
}

function theirs(stdout) {
  const violations = JSON.parse(stdout);
  // squawk's JSON lines are 0-based.
  return { at: new Set(violations.map((v) => `${v.file}:${v.line + 1}`)), byRule: countBy(violations.map((v) => v.rule_name)), total: violations.length };
}

function countBy(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

function score(found, planted) {
  const hazards = planted.filter((p) => p.kind === 'hazard');
  const safe = planted.filter((p) => p.kind === 'safe');
  const caught = hazards.filter((p) => found.at.has(`${p.file}:${p.line}`));
  const noisy = safe.filter((p) => found.at.has(`${p.file}:${p.line}`));
  const missedByTemplate = countBy(hazards.filter((p) => !caught.includes(p)).map((p) => p.template));
  const noiseByTemplate = countBy(noisy.map((p) => p.template));
  return { caught: caught.length, hazards: hazards.length, noisy: noisy.length, safe: safe.length, missedByTemplate, noiseByTemplate };
}

/**
 * The code cache (src/code-cache.ts) keeps the bundle's compiled JavaScript between processes. `cold`:
 * every run gets an empty cache folder (a job's first release-gate step); `warm`: one folder, filled by
 * an untimed run first (a job's later steps, a pre-commit hook, a developer's repeated runs).
 */
let cacheFolders = 0;
function cacheEnv(cache) {
  const dir = cache === 'warm' ? join(cacheRoot, 'warm') : join(cacheRoot, `cold-${cacheFolders++}`);
  return { ...childEnv, RELEASE_GATE_CODE_CACHE: dir };
}

/**
 * Our CLI and squawk on the same files, one after the other in each run; medians and the last outputs.
 * `change(i)`, when given, alters the input before run i (both tools see it) and returns its undoing.
 */
function timePair(manifest, squawkGlob, haveSquawk, cache = 'cold', change = undefined) {
  const oursMs = [];
  const squawkMs = [];
  const oursCpu = [];
  const squawkCpu = [];
  let oursOut;
  let squawkOut;
  const ourArgs = [cli, 'migrations', '--manifest', manifest, '--format', 'json'];
  if (cache === 'warm') run(process.execPath, ourArgs, root, cacheEnv('warm'));
  for (let i = 0; i < RUNS; i++) {
    const undo = change?.(i);
    const r = run(process.execPath, ourArgs, root, cacheEnv(cache));
    if (r.status !== 0 && r.status !== 1) throw new Error(`release-gate exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    oursMs.push(r.ms);
    oursCpu.push(r.cpuMs);
    oursOut = r.stdout;
    if (haveSquawk) {
      const s = run(squawk, ['--reporter', 'json', '--pg-version', '15', squawkGlob], root);
      if (s.status !== 0 && s.status !== 1) throw new Error(`squawk exited ${s.status}: ${s.stderr.slice(0, 2000)}`);
      squawkMs.push(s.ms);
      squawkCpu.push(s.cpuMs);
      squawkOut = s.stdout;
    }
    undo?.();
  }
  const cpu = gnuTime ? { ours: median(oursCpu), squawk: haveSquawk ? median(squawkCpu) : undefined } : undefined;
  return { oursMs, squawkMs, oursOut, squawkOut, cpu, ratio: haveSquawk ? median(oursMs) / median(squawkMs) : undefined };
}

const runsOf = (ms) => ms.map((v) => v.toFixed(0)).join(', ');
const cpuLine = (t) => (t.cpu?.squawk ? `; CPU time ${t.cpu.ours.toFixed(0)} ms / ${t.cpu.squawk.toFixed(0)} ms = ${(t.cpu.ours / t.cpu.squawk).toFixed(2)}` : '');

if (!existsSync(cli)) throw new Error(`${cli} is missing: npm run build (or set RELEASE_GATE_CLI)`);
const root = mkdtempSync(join(tmpdir(), 'release-gate-bench-migrations-'));
const cacheRoot = mkdtempSync(join(tmpdir(), 'release-gate-bench-code-cache-'));
try {
  const { planted, statements } = generate(root);
  const big = generateBig(root);
  const haveSquawk = existsSync(squawk);
  const many = timePair('.github/release-gate.yml', 'db/migrations/*.sql', haveSquawk);
  const manyWarm = timePair('.github/release-gate.yml', 'db/migrations/*.sql', haveSquawk, 'warm');
  // A pull request's usual change since the last run: one new migration. The kept result no longer
  // applies (an input changed) and the new file's parse is not in the pack, so the run starts the
  // parser, parses that file and lints all 1,001 again; squawk lints the same files.
  const manyWarmNew = timePair('.github/release-gate.yml', 'db/migrations/*.sql', haveSquawk, 'warm', (i) => {
    const added = join(root, 'db/migrations', '1001_bench_new_migration.sql');
    writeFileSync(added, `${LOCK}\nALTER TABLE bench_new_${i} ADD COLUMN note text;\n`);
    return () => rmSync(added);
  });
  const one = timePair('.github/big.yml', 'db/big/*.sql', haveSquawk);
  const first = timePair('.github/one.yml', 'db/migrations/0001_*.sql', false);
  const firstWarm = timePair('.github/one.yml', 'db/migrations/0001_*.sql', false, 'warm');
  const nodeStart = Array.from({ length: RUNS }, () => run(process.execPath, ['-e', '0'], root));
  const us = ours(many.oursOut);
  const usScore = score(us, planted);
  const rows = {
    files: FILES,
    statements,
    'planted hazards / safe forms': `${usScore.hazards} / ${usScore.safe}`,
    'release-gate median (ms), code cache cold': `${median(many.oursMs).toFixed(0)} (runs: ${runsOf(many.oursMs)})`,
    'release-gate median (ms), code cache warm': `${median(manyWarm.oursMs).toFixed(0)} (runs: ${runsOf(manyWarm.oursMs)})`,
    'release-gate median (ms), warm, one new migration': `${median(manyWarmNew.oursMs).toFixed(0)} (runs: ${runsOf(manyWarmNew.oursMs)})`,
    'release-gate findings': us.total,
    'release-gate hazards caught': `${usScore.caught} of ${usScore.hazards}`,
    'release-gate safe forms flagged': `${usScore.noisy} of ${usScore.safe}`,
    'release-gate missed, by template': JSON.stringify(usScore.missedByTemplate),
    'release-gate noise, by template': JSON.stringify(usScore.noiseByTemplate),
    'release-gate findings by rule': JSON.stringify(us.byRule),
    'release-gate on the first file alone (ms), cold': `${median(first.oursMs).toFixed(0)} (runs: ${runsOf(first.oursMs)})${first.cpu ? `; CPU time ${first.cpu.ours.toFixed(0)} ms` : ''}`,
    'release-gate on the first file alone (ms), warm': `${median(firstWarm.oursMs).toFixed(0)} (runs: ${runsOf(firstWarm.oursMs)})${firstWarm.cpu ? `; CPU time ${firstWarm.cpu.ours.toFixed(0)} ms` : ''}`,
    'node -e 0 (ms)': `${median(nodeStart.map((r) => r.ms)).toFixed(0)} (runs: ${runsOf(nodeStart.map((r) => r.ms))})${gnuTime ? `; CPU time ${median(nodeStart.map((r) => r.cpuMs)).toFixed(0)} ms` : ''}`,
    'one large migration': `${(big.bytes / 1024 / 1024).toFixed(1)} MB, ${big.statements} statements`,
    'release-gate median, large migration (ms)': `${median(one.oursMs).toFixed(0)} (runs: ${runsOf(one.oursMs)}), ${ours(one.oursOut).total} findings`,
  };
  if (extraCaCerts) {
    const start = (env) => median(Array.from({ length: RUNS }, () => run(process.execPath, ['-e', '0'], root, env).ms)).toFixed(0);
    rows['NODE_EXTRA_CA_CERTS'] = `set here, removed for both tools (BENCH_KEEP_CA_CERTS=1 keeps it); node -e 0 takes ${start(process.env)} ms with it, ${start(childEnv)} ms without`;
  }
  if (haveSquawk) {
    const them = theirs(many.squawkOut);
    const themScore = score(them, planted);
    Object.assign(rows, {
      'squawk median (ms)': `${median(many.squawkMs).toFixed(0)} (runs: ${runsOf(many.squawkMs)})`,
      'squawk findings': them.total,
      'squawk hazards caught': `${themScore.caught} of ${themScore.hazards}`,
      'squawk safe forms flagged': `${themScore.noisy} of ${themScore.safe}`,
      'squawk missed, by template': JSON.stringify(themScore.missedByTemplate),
      'squawk noise, by template': JSON.stringify(themScore.noiseByTemplate),
      'squawk findings by rule': JSON.stringify(them.byRule),
      'squawk median, large migration (ms)': `${median(one.squawkMs).toFixed(0)} (runs: ${runsOf(one.squawkMs)}), ${theirs(one.squawkOut).total} findings`,
      'time ratio, 1,000 files, cold (release-gate / squawk)': `${many.ratio.toFixed(2)}${cpuLine(many)}`,
      'time ratio, 1,000 files, warm (release-gate / squawk)': `${manyWarm.ratio.toFixed(2)}${cpuLine(manyWarm)}`,
      'time ratio, 1,000 files, warm, one new migration': `${manyWarmNew.ratio.toFixed(2)}${cpuLine(manyWarmNew)}`,
      'time ratio, large migration (release-gate / squawk)': `${one.ratio.toFixed(2)}${cpuLine(one)}`,
      target: 'within 2× of squawk on both, more hazards caught',
      met: many.ratio <= 2 && one.ratio <= 2 && usScore.caught > themScore.caught ? 'yes' : 'NO',
      'met with a warm code cache': manyWarm.ratio <= 2 && one.ratio <= 2 && usScore.caught > themScore.caught ? 'yes' : 'NO',
      'met with a warm code cache and one new migration': manyWarmNew.ratio <= 2 && one.ratio <= 2 && usScore.caught > themScore.caught ? 'yes' : 'NO',
    });
  } else {
    rows.squawk = 'squawk-cli not installed: npm install --no-save squawk-cli@2.66 (kept out of package.json: its lock entries break npm ci), or set SQUAWK to its binary';
  }
  report('migrations', rows);
} finally {
  if (process.env.BENCH_KEEP) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
  rmSync(cacheRoot, { recursive: true, force: true });
}
