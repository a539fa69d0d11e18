#!/usr/bin/env node
// One ncc build of src/entries.ts into dist/bundle/ (minified: it starts in about half the time), then
// dist/<name>/index.js for every program in ENTRIES: a two-line file that runs it from the shared
// bundle. The CLI and every action load the same chunks; adding a program is one line in src/entries.ts.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ncc from '@vercel/ncc';
import { build as esbuild, transform } from 'esbuild';
import { createRequire, isBuiltin } from 'node:module';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'bundle');
const wasm = join(root, 'node_modules/libpg-query/wasm/libpg-query.wasm');
// A chunk script's parameter: its own URL, for what was import.meta.url.
const CHUNK_URL = '__releaseGateChunkUrl';
const CHUNK_REQUIRE = '__releaseGateRequire';
// The bundle's entry's own URL, for what was its import.meta.url (entryScript).
const ENTRY_URL = '__releaseGateEntryUrl';
// The manifest validator's sections (scripts/manifest-artifacts.mjs): `{const section = () => {…};\nsection();}`.
// src/build-id.ts's placeholder, which stampBuild fills in.
const BUILD_STAMP = 'release-gate-build:unbuilt';
const LAZY_SECTION = /\{const section = \(\) => \{/g;
const DASHBOARD_ASSETS = [
  ['src/operate/dashboard/page/index.html', 'index.html'],
  ['src/operate/dashboard/page/dashboard.js', 'dashboard.js'],
  ['src/operate/dashboard/page/dashboard.css', 'dashboard.css'],
  ['node_modules/uplot/dist/uPlot.iife.min.js', 'uPlot.iife.min.js'],
  ['node_modules/uplot/dist/uPlot.min.css', 'uPlot.min.css'],
  ['node_modules/uplot/LICENSE', 'LICENSE'],
];

// Everything in dist/ is this build's output: what an earlier layout left (dist/cli's own chunks) goes.
for (const entry of existsSync(dist) ? readdirSync(dist) : []) rmSync(join(dist, entry), { recursive: true, force: true });
mkdirSync(bundle, { recursive: true });
// dist/package.json makes every file under dist/ CommonJS, wherever the repository is checked out (the
// repository's own package.json says "module", for src/): Node 20 starts a CommonJS file without its
// ES-module loader, and the bundle's entry is made one (entryScript below).
writeFileSync(join(dist, 'package.json'), '{\n  "type": "commonjs"\n}\n');

// ncc type-checks what tsconfig.json includes: src/ only, so a test's types never break the build.
let built;
try {
  built = await ncc(join(root, 'src/entries.ts'), { minify: true, quiet: true, sourceMap: false, license: 'licenses.txt', target: 'es2022' });
} catch (error) {
  console.error(`build of src/entries.ts failed: ${String(error.message ?? error).slice(0, 2000)}`);
  process.exit(1);
}
const { code, assets } = built;
const outputs = new Map([['index.js', entryScript(loadChunksAsScripts(code))]]);
for (const [file, asset] of Object.entries(assets ?? {})) {
  if (file === 'package.json') continue; // dist/package.json covers the bundle
  // ncc minifies only the entry; its chunks (every check, every dependency) come out as written, which
  // was two thirds of dist/. No keepNames: it wrapped every named function and class in a
  // defineProperty call made each time the closure was created (thousands per run); nothing in the
  // bundle reads the name of one of its own functions or classes (bench/README.md, migrations).
  outputs.set(file, file.endsWith('.js') ? chunkScript(file, await minifyChunk(file, asset.source.toString())) : asset.source);
}
stampBuild(outputs);
for (const [file, source] of outputs) {
  mkdirSync(dirname(join(bundle, file)), { recursive: true });
  writeFileSync(join(bundle, file), source);
}
// The secrets check's keyword automata, built now from the rules in src/ so that no run builds them
// (src/checks/secrets/automata-pack.ts): the generator is bundled on its own and run here.
writeFileSync(join(bundle, 'secrets-automata.bin'), await secretsAutomata());
// libpg-query's loader looks for its .wasm beside the bundle (src/dirname-shim.ts).
if (existsSync(wasm)) copyFileSync(wasm, join(bundle, 'libpg-query.wasm'));

/**
 * src/build-id.ts's stamp gets a hash of the bundle's files and the parser's WebAssembly (taken with the
 * stamp unfilled, so the same sources always build the same dist/): results kept by one build are
 * never read by another.
 */
function stampBuild(files) {
  const hash = createHash('sha256');
  for (const [file, source] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${file}\0${Buffer.byteLength(source)}\0`).update(source);
  if (existsSync(wasm)) hash.update(readFileSync(wasm));
  const id = hash.digest('hex').slice(0, 32);
  let stamped = 0;
  for (const [file, source] of files) {
    if (typeof source !== 'string' || !source.includes(BUILD_STAMP)) continue;
    stamped += source.split(BUILD_STAMP).length - 1;
    files.set(file, source.replaceAll(BUILD_STAMP, `release-gate-build:${id}`));
  }
  if (stamped !== 1) throw new Error(`build: src/build-id.ts's stamp found ${stamped} times in the bundle, not once`);
}
// The dashboard's page and its chart library (uPlot, vendored: the site loads nothing from a CDN).
mkdirSync(join(bundle, 'dashboard'), { recursive: true });
for (const [from, to] of DASHBOARD_ASSETS) copyFileSync(join(root, from), join(bundle, 'dashboard', to));

/** The pack of the secrets check's automata (buildAutomataPack), from a bundle of its generator in a temporary folder. */
async function secretsAutomata() {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-build-'));
  try {
    const outfile = join(dir, 'automata-pack-build.mjs');
    await esbuild({ entryPoints: [join(root, 'src/checks/secrets/automata-pack-build.ts')], bundle: true, platform: 'node', format: 'esm', target: 'es2022', outfile, logLevel: 'warning' });
    const { buildAutomataPack } = await import(pathToFileURL(outfile).href);
    return buildAutomataPack();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * esbuild's minified chunk. Its syntax minifier turns a single-use `const section = () => {…}; section();`
 * into `(() => {…})()`, which V8 compiles as soon as it meets it (a parenthesized function), so every
 * section of the manifest validator was compiled on every start instead of those the manifest has
 * (keepNames' wrapper had hidden this). The chunk holding them keeps its syntax; whitespace and names
 * are still minified.
 */
async function minifyChunk(file, text) {
  const sections = text.match(LAZY_SECTION)?.length ?? 0;
  const minify = sections ? { minifyWhitespace: true, minifyIdentifiers: true } : { minify: true };
  const { code } = await transform(text, { ...minify, legalComments: 'none', format: 'esm', target: 'es2022', define: { 'import.meta.url': CHUNK_URL } });
  const kept = code.match(/\{const ([\w$]+)=\(\)=>\{[\s\S]*?\};\1\(\)\}/g)?.length ?? 0;
  if (sections && kept < sections) throw new Error(`build: ${file}: ${sections - kept} of the manifest validator's ${sections} sections would be compiled at start`);
  return code;
}

/**
 * Chunks load as scripts, not ES modules, so that V8's code cache can keep their compiled code between
 * processes (src/code-cache.ts; Node 20 has none for ES modules): a chunk's `export { id, ids, modules }`
 * becomes the return value of a function of its own URL (for import.meta.url) and a require() (for its
 * imports of Node's modules).
 */
function chunkScript(file, source) {
  // fdir (under tinyglobby) probes for an optional picomatch with a require() from the bundle's folder:
  // on a runner it finds none, but inside this repository it loaded node_modules/picomatch on every
  // glob (5-10 ms). tinyglobby never uses fdir's own glob matching, so the bundle does not probe.
  source = source.replace(/try\{(\w+)\.resolve\("picomatch"\),(\w+)=\1\("picomatch"\)\}catch\{\}/, '');
  const exported = /export\{([^}]*)\};?\s*$/.exec(source);
  if (!exported) throw new Error(`build: ${file} does not end with its exports`);
  const fields = exported[1].split(',').map((part) => {
    const [local, name = local] = part.trim().split(/\s+as\s+/);
    return `${name}:${local}`;
  });
  if (fields.map((f) => f.split(':')[0]).sort().join() !== 'id,ids,modules') throw new Error(`build: ${file} exports ${exported[1]}, not a chunk's id, ids and modules`);
  // A chunk's own imports are of Node's built-in modules (ncc's createRequire): they become require() calls.
  const imports = [];
  const body = source.slice(0, exported.index).replace(/import\{([^}]*)\}from"([^"]+)";?/g, (_, names, from) => {
    if (!isBuiltin(from)) throw new Error(`build: ${file} imports ${from}, which a chunk script cannot`);
    imports.push(`const{${names.replace(/\s+as\s+/g, ':')}}=${CHUNK_REQUIRE}(${JSON.stringify(from)});`);
    return '';
  });
  const script = `(function(${CHUNK_URL},${CHUNK_REQUIRE}){"use strict";${imports.join('')}${body}return{${fields.join(',')}};})`;
  new vm.Script(script, { filename: file }); // a syntax error (an import or export left) fails the build, not a run
  return script;
}

/**
 * The bundle's entry as a CommonJS file. ncc writes an ES module; Node 20 loads one through its ES-module
 * loader (about 15 M instructions more than a CommonJS file for an empty one) and compiles every
 * function of it lazily on each start. The entry's only imports are of Node's modules (require() now),
 * import.meta.url is the file's URL, its exports go to module.exports, and it has no top-level await
 * (src/entries.ts): a syntax check of the result as Node wraps it fails the build otherwise.
 */
function entryScript(source) {
  let body = source.replace(/^import\{([^}]*)\}from"([^"]+)";/, (_, names, from) => {
    if (!isBuiltin(from)) throw new Error(`build: the bundle's entry imports ${from}`);
    return `const{${names.replace(/\s+as\s+/g, ':')}}=require(${JSON.stringify(from)});`;
  });
  const exported = /export\{([^}]*)\};?\s*$/.exec(body);
  if (!exported) throw new Error("build: the bundle's entry does not end with its exports");
  const fields = exported[1].split(',').map((part) => {
    const [local, name = local] = part.trim().split(/\s+as\s+/);
    return `${name}:${local}`;
  });
  body = body.slice(0, exported.index).replaceAll('import.meta.url', ENTRY_URL);
  const script = `"use strict";const ${ENTRY_URL}=require("node:url").pathToFileURL(__filename).href;${body}module.exports={${fields.join(',')}};\n`;
  if (/\bimport\.meta\b|(^|[;}])(import|export)\s*[{*]/.test(script)) throw new Error("build: the bundle's entry still has ES-module syntax");
  new vm.Script(`(function(exports,require,module,__filename,__dirname){${script}\n})`, { filename: 'index.js' }); // top-level await is a syntax error here
  return script;
}

/** The bundle's entry loads chunks through src/code-cache.ts instead of import(). */
function loadChunksAsScripts(entry) {
  const calls = [...entry.matchAll(/import\("\.\/"\+__nccwpck_require__\.u\((\w+)\)\)/g)];
  if (calls.length !== 1) throw new Error(`build: expected one chunk import() in the bundle's entry, found ${calls.length}`);
  return entry.replace(calls[0][0], `globalThis[Symbol.for("release-gate.load-chunk")]("./"+__nccwpck_require__.u(${calls[0][1]}))`);
}

// One thin file per program. dist/cli/index.js is the package's bin, dist/action/index.js the root action's main.
// CommonJS like the entry: a program's rejection is an unhandled one, printed with exit code 1 as before.
const { ENTRIES } = createRequire(import.meta.url)(join(bundle, 'index.js'));
for (const name of Object.keys(ENTRIES)) {
  mkdirSync(join(dist, name), { recursive: true });
  writeFileSync(join(dist, name, 'index.js'), [
    '#!/usr/bin/env node',
    `// Generated by \`npm run build\`: runs the ${name} program of the shared bundle (src/entries.ts, dist/bundle/).`,
    `require('../bundle/index.js').run('${name}');`,
    '',
  ].join('\n'));
}

const size = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile())
  .reduce((n, e) => n + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);
console.log(`dist/bundle/index.js ${(code.length / 1024).toFixed(0)} KiB; dist/ ${(size(dist) / 1024 / 1024).toFixed(2)} MiB; programs: ${Object.keys(ENTRIES).join(', ')}`);
