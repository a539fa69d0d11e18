import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { readTextFile } from './read-text-file.js';
import { ALWAYS_EXCLUDED } from './scan-code.js';

/** next.config.js, .mjs, .cjs, .ts, .mts, at the root or in a workspace package. */
const NEXT_CONFIGS = ['next.config.{js,mjs,cjs,ts,mts}', '*/next.config.{js,mjs,cjs,ts,mts}', '*/*/next.config.{js,mjs,cjs,ts,mts}'];

/**
 * Variables a framework inlines from its own config rather than from the environment: the keys of
 * Next.js's `env: { ... }` in next.config. Their values live in the config, so code reading them is
 * not reading an undeclared variable.
 */
export async function frameworkDefinedNames(cwd: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const files = (await glob(NEXT_CONFIGS, { cwd, ignore: ALWAYS_EXCLUDED, onlyFiles: true, expandDirectories: false })).sort();
  for (const file of files) {
    const read = readTextFile(join(cwd, file), { root: cwd });
    if (!read.ok) continue;
    for (const name of nextConfigEnvKeys(read.text)) if (!names.has(name)) names.set(name, file);
  }
  return names;
}

/** The keys of every `env: { ... }` object literal in a next.config source. */
export function nextConfigEnvKeys(source: string): string[] {
  const code = blankCommentsAndStrings(source);
  const keys: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s,{])["']?env["']?\s*:\s*\{/g)) {
    const open = m.index + m[0].length - 1;
    let depth = 0;
    let expectKey = true;
    for (let i = open; i < code.length; i++) {
      const c = code[i]!;
      if (c === '{' || c === '[' || c === '(') { depth++; if (depth === 1) expectKey = true; continue; }
      if (c === '}' || c === ']' || c === ')') { depth--; if (depth === 0) break; continue; }
      if (depth !== 1) continue;
      if (c === ',') { expectKey = true; continue; }
      if (!expectKey || /\s/.test(c)) continue;
      expectKey = false;
      // A key: an identifier or a string (kept in `source`, blanked in `code`), then `:`, `,` or `}` (shorthand).
      const rest = source.slice(i);
      const key = /^(?:([A-Za-z_$][\w$]*)|"([^"\n]*)"|'([^'\n]*)')\s*(?=[:,}])/.exec(rest);
      if (key) keys.push(key[1] ?? key[2] ?? key[3]!);
    }
  }
  return keys;
}

/** Same length; comments and the insides of strings and template literals become spaces, quotes stay. */
function blankCommentsAndStrings(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, (m) =>
    m.startsWith('/') ? m.replace(/[^\n]/g, ' ') : m[0] + m.slice(1, -1).replace(/[^\n]/g, ' ') + m[m.length - 1]);
}
