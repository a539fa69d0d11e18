import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Static imports and re-exports, type-only ones included (`import()` is lazy loading, not an edge). */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every .ts file under `root` and the files it imports statically, as paths relative to `base`. */
export function importGraph(root: string, base = root): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const source = readFileSync(path, 'utf8');
        const targets = [...source.matchAll(STATIC_IMPORT)].map((m) => relative(base, resolve(dirname(path), m[1]!.replace(/\.js$/, '.ts'))));
        graph.set(relative(base, path), targets);
      }
    }
  };
  walk(root);
  return graph;
}

/** One cycle per back edge of a depth-first walk, each as the files around it, first file repeated last. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
