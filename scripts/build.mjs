#!/usr/bin/env node
// Bundles the CLI and the shared action entry with ncc (minified: they start in about half the time),
// and copies libpg-query's .wasm beside each bundle, where its loader looks for it.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = { cli: 'src/cli/index.ts', action: 'src/action/index.ts' };
const wasm = join(root, 'node_modules/libpg-query/wasm/libpg-query.wasm');
const DASHBOARD_ASSETS = [
  ['src/operate/dashboard/page/index.html', 'index.html'],
  ['src/operate/dashboard/page/dashboard.js', 'dashboard.js'],
  ['src/operate/dashboard/page/dashboard.css', 'dashboard.css'],
  ['node_modules/uplot/dist/uPlot.iife.min.js', 'uPlot.iife.min.js'],
  ['node_modules/uplot/dist/uPlot.min.css', 'uPlot.min.css'],
  ['node_modules/uplot/LICENSE', 'LICENSE'],
];

for (const [name, entry] of Object.entries(entries)) {
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // ncc type-checks what tsconfig.json includes: src/ only, so a test's types never break the build.
  let built;
  try {
    built = await ncc(join(root, entry), { minify: true, quiet: true, sourceMap: false, license: 'licenses.txt', target: 'es2022' });
  } catch (error) {
    console.error(`build of ${entry} failed: ${String(error.message ?? error).slice(0, 2000)}`);
    process.exit(1);
  }
  const { code, assets } = built;
  writeFileSync(join(out, 'index.js'), name === 'cli' && !code.startsWith('#!') ? `#!/usr/bin/env node\n${code}` : code);
  for (const [file, asset] of Object.entries(assets ?? {})) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), asset.source);
  }
  if (!existsSync(join(out, 'package.json'))) writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
  if (existsSync(wasm)) copyFileSync(wasm, join(out, 'libpg-query.wasm'));
  // The dashboard's page and its chart library (uPlot, vendored: the site loads nothing from a CDN).
  if (name === 'cli') {
    mkdirSync(join(out, 'dashboard'), { recursive: true });
    for (const [from, to] of DASHBOARD_ASSETS) copyFileSync(join(root, from), join(out, 'dashboard', to));
  }
  console.log(`dist/${name}/index.js  ${(code.length / 1024).toFixed(0)} KiB`);
}
