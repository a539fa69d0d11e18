#!/usr/bin/env node
// The env check's use scan over a generated 10,000-file repository (budget: 2 s on this machine).
// `node bench/env-scan.mjs`. The scanner comes from ENV_SCAN_MODULE when set (a built module exporting
// scanCode); otherwise src/checks/env is transpiled with TypeScript into node_modules/.cache, so the
// bench needs no build step and always measures the current source.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchRoot, median, report } from './lib.mjs';

const FILES = 10_000;
const RUNS = 5;
const BUDGET_MS = 2000;

async function loadScanner() {
  if (process.env.ENV_SCAN_MODULE) return import(pathToFileURL(process.env.ENV_SCAN_MODULE).href);
  const ts = (await import('typescript')).default;
  const src = join(benchRoot, 'src/checks/env');
  const out = join(benchRoot, 'node_modules/.cache/release-gate-bench/env');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(src).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(join(src, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), outputText);
  }
  return import(pathToFileURL(join(out, 'scan-code.js')).href);
}

/** A repository shaped like a mid-sized monorepo: mostly TypeScript, some Python, Go, Ruby, workflows and docs. */
function generateRepository(root) {
  const kinds = [
    ...Array(70).fill('ts'), ...Array(10).fill('py'), ...Array(5).fill('go'), ...Array(5).fill('rb'), ...Array(5).fill('yml'), ...Array(5).fill('md'),
  ];
  const body = (kind, i) => {
    const filler = Array.from({ length: 30 }, (_, l) => (kind === 'py' || kind === 'rb' || kind === 'yml' ? `# line ${l} of file ${i}` : `// line ${l} of file ${i}: some ordinary code here`)).join('\n');
    const name = `VAR_${i % 300}`;
    switch (kind) {
      case 'ts': return i % 4 === 0
        ? `${filler}\nexport const a${i} = process.env.${name};\nconst { OTHER_${i % 50}, THIRD } = process.env;\nexport const b = import.meta.env['VITE_${i % 20}'];\n`
        : `${filler}\nexport function f${i}(x: number) { return x * ${i}; }\n`;
      case 'py': return `import os\n${filler}\nA = os.environ.get("${name}")\nB = os.getenv('PY_${i % 40}')\n`;
      case 'go': return `package main\n${filler}\nvar a = os.Getenv("${name}")\n`;
      case 'rb': return `${filler}\nA = ENV.fetch("${name}")\n`;
      case 'yml': return `on: push\n${filler}\njobs:\n  x:\n    if: vars.ENABLED_${i % 10} == 'true'\n    env:\n      K: \${{ secrets.${name} }}\n`;
      default: return `# Notes ${i}\n\n${filler}\n`;
    }
  };
  for (let i = 0; i < FILES; i++) {
    const kind = kinds[i % kinds.length];
    const dir = join(root, `packages/p${i % 50}/src/d${i % 7}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `f${i}.${kind}`), body(kind, i));
  }
  // Dependencies are never scanned; they are here to prove the exclusion costs nothing.
  for (let i = 0; i < 1000; i++) {
    const dir = join(root, `node_modules/dep${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `m${i}.js`), `module.exports = process.env.DEP_${i};\n`);
  }
}

const { scanCode } = await loadScanner();
const root = mkdtempSync(join(tmpdir(), 'release-gate-env-bench-'));
try {
  const started = performance.now();
  generateRepository(root);
  const generatedMs = performance.now() - started;
  const times = [];
  let result;
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    result = await scanCode(root, ['**/*'], []);
    times.push(performance.now() - t0);
  }
  const medianMs = median(times);
  report('env-scan', {
    repository: `${FILES} files (+1000 in node_modules), generated in ${generatedMs.toFixed(0)} ms at ${relative(benchRoot, root) || root}`,
    'files scanned': String(result.files),
    'uses found': String(result.uses.length),
    'first run': `${times[0].toFixed(0)} ms`,
    [`median of ${RUNS}`]: `${medianMs.toFixed(0)} ms`,
    budget: `${BUDGET_MS} ms: ${Math.max(...times) <= BUDGET_MS ? 'ok' : 'OVER'}`,
  });
  if (Math.max(...times) > BUDGET_MS) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
