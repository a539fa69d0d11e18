import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { importCycles, importGraph } from '../support/import-graph.js';

const SRC = resolve('src');

describe('the import graph of src/', () => {
  test('has no cycle, type-only imports included', () => {
    expect(importCycles(importGraph(SRC)).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  test('only the entry points import the CLI: a command is never a library', () => {
    const graph = importGraph(SRC);
    const outside = [...graph].filter(([file]) => !file.startsWith('cli/') && file !== 'entries.ts')
      .flatMap(([file, targets]) => targets.filter((t) => t.startsWith('cli/')).map((t) => `${file} -> ${t}`));
    expect(outside).toEqual([]);
  });
});

describe('the cycle finder', () => {
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'rg-imports-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  test('finds a cycle through a type-only import and a re-export, and ignores lazy import()', () => {
    const root = tree({
      'a.ts': "import { b } from './dir/b.js';\nexport const a = b;\n",
      'dir/b.ts': "import type {\n  C,\n} from '../c.js';\nexport const b = 1;\n",
      'c.ts': "export { a } from './a.js';\nexport type C = number;\n",
      'lazy.ts': "import { b } from './dir/b.js';\nexport const load = () => import('./lazy-back.js');\n",
      'lazy-back.ts': "import { load } from './lazy.js';\nexport { load };\n",
    });
    expect(importCycles(importGraph(root))).toEqual([['a.ts', 'dir/b.ts', 'c.ts', 'a.ts']]);
  });

  test('a tree without cycles has none', () => {
    const root = tree({ 'a.ts': "import './b.js';\n", 'b.ts': "import type { X } from './c.js';\nexport type Y = X;\n", 'c.ts': 'export type X = 1;\n' });
    expect(importCycles(importGraph(root))).toEqual([]);
  });
});
