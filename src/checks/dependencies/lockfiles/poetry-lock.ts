import type { Lockfile } from '../model.js';
import { normalizeName } from '../model.js';
import { isRecord } from './json.js';
import { splitLines } from './lines.js';
import { readToml } from './toml.js';

/** poetry.lock: one [[package]] table per resolved package; its line is the table's `name =`. */
export function readPoetryLock(file: string, text: string, direct: Set<string>): Lockfile {
  const lockfile: Lockfile = { file, format: 'poetry-lock', ecosystem: 'PyPI', packages: [], problems: [] };
  const { value, problem } = readToml(file, text);
  if (!value) return { ...lockfile, problems: [problem!] };
  const packages = Array.isArray(value.package) ? value.package : [];

  // The n-th [[package]] header is the n-th table; its name line is the first `name =` after it.
  const nameLines: number[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '[[package]]') continue;
    let at = i + 1;
    while (at < lines.length && !/^\s*name\s*=/.test(lines[at]!) && !lines[at]!.startsWith('[')) at++;
    nameLines.push(at < lines.length && /^\s*name\s*=/.test(lines[at]!) ? at + 1 : i + 1);
  }

  packages.forEach((entry: unknown, i: number) => {
    const line = nameLines[i] ?? 1;
    if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string') {
      lockfile.problems.push({ file, line, message: `a [[package]] in ${file} has no name or version` });
      return;
    }
    const name = normalizeName('PyPI', entry.name);
    const source = isRecord(entry.source) ? entry.source.type : undefined;
    if (source === 'directory' || source === 'file' || source === 'git' || source === 'url') return;
    lockfile.packages.push({
      ecosystem: 'PyPI', name, version: entry.version, id: name, lockfile: file, line,
      direct: direct.has(name),
      dev: entry.category === 'dev',
      dependsOn: isRecord(entry.dependencies) ? Object.keys(entry.dependencies).map((d) => normalizeName('PyPI', d)) : [],
    });
  });
  return lockfile;
}
