import type { Ecosystem } from '../model.js';
import { normalizeName } from '../model.js';
import { isRecord, readJson } from './json.js';
import { splitLines } from './lines.js';
import { readToml } from './toml.js';

/** What a project manifest declares: name (normalized) → the line, and the ranges it asks for. */
export interface Declarations {
  file: string;
  names: Map<string, { line: number; ranges: Set<string> }>;
}

export const MANIFEST_FOR: Partial<Record<string, string>> = {
  'package-lock': 'package.json', 'npm-shrinkwrap': 'package.json', 'pnpm-lock': 'package.json', 'yarn-lock': 'package.json',
  'poetry-lock': 'pyproject.toml', 'pipfile-lock': 'Pipfile', 'gemfile-lock': 'Gemfile', 'go-sum': 'go.mod', 'composer-lock': 'composer.json',
};

/**
 * The declaring manifest beside a lockfile. A manifest that cannot be read only loses the declared
 * lines: the lockfile alone still says what is installed.
 */
export function readDeclarations(file: string, text: string, ecosystem: Ecosystem): Declarations {
  const names = new Map<string, { line: number; ranges: Set<string> }>();
  const add = (name: string, line: number, range = '') => {
    const key = normalizeName(ecosystem, name);
    const known = names.get(key);
    if (known) known.ranges.add(range);
    else names.set(key, { line, ranges: new Set([range]) });
  };
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base === 'package.json' || base === 'composer.json') {
    const { doc } = readJson(file, text);
    if (!doc || !isRecord(doc.value)) return { file, names };
    const fields = base === 'package.json' ? ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] : ['require', 'require-dev'];
    for (const field of fields) {
      const deps = doc.value[field];
      if (!isRecord(deps)) continue;
      for (const [name, range] of Object.entries(deps)) add(name, doc.lineOf([field, name]) ?? 1, String(range));
    }
    return { file, names };
  }
  const lines = splitLines(text);
  if (base === 'Gemfile') {
    lines.forEach((line, i) => {
      const m = /^\s*gem\s+["']([^"']+)["']/.exec(line);
      if (m) add(m[1]!, i + 1);
    });
  } else if (base === 'go.mod') {
    let block = false;
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (/^require\s*\($/.test(line)) block = true;
      else if (block && line === ')') block = false;
      else {
        const m = (block ? /^(\S+)\s+v\S+/ : /^require\s+(\S+)\s+v\S+/).exec(line);
        if (m && !/\/\/\s*indirect/.test(line)) add(m[1]!, i + 1);
      }
    });
  } else if (base === 'Pipfile' || base === 'pyproject.toml') {
    const { value } = readToml(file, text);
    if (!value) return { file, names };
    const declared: string[] = [];
    const keysOf = (table: unknown) => (isRecord(table) ? Object.keys(table).filter((k) => k !== 'python') : []);
    if (base === 'Pipfile') {
      declared.push(...keysOf(value.packages), ...keysOf(value['dev-packages']));
    } else {
      const poetry = isRecord(value.tool) && isRecord(value.tool.poetry) ? value.tool.poetry : {};
      declared.push(...keysOf(poetry.dependencies), ...keysOf(poetry['dev-dependencies']));
      if (isRecord(poetry.group)) for (const group of Object.values(poetry.group)) if (isRecord(group)) declared.push(...keysOf(group.dependencies));
      const project = isRecord(value.project) ? value.project : {};
      const requirements = [...(Array.isArray(project.dependencies) ? project.dependencies : [])];
      if (isRecord(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) if (Array.isArray(list)) requirements.push(...list);
      for (const r of requirements) {
        const m = typeof r === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(r) : null;
        if (m) declared.push(m[1]!);
      }
    }
    // Lines: the first `name =` key or "name..." string that names it.
    for (const name of declared) {
      const wanted = normalizeName('PyPI', name);
      const at = lines.findIndex((line) => {
        const m = /^\s*"?([A-Za-z0-9][A-Za-z0-9._-]*)"?\s*=/.exec(line) ?? /["']([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
        return m !== null && normalizeName('PyPI', m[1]!) === wanted;
      });
      add(name, at + 1 || 1);
    }
  }
  return { file, names };
}
