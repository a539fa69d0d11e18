import type { Lockfile } from '../model.js';
import { isRecord, itemsWithLines, readJson } from './json.js';

/** composer.lock (JSON): `packages` and `packages-dev`, each an array of { name, version }. */
export function readComposerLock(file: string, text: string, direct: Set<string>): Lockfile {
  const lockfile: Lockfile = { file, format: 'composer-lock', ecosystem: 'Packagist', packages: [], problems: [] };
  const { doc, problem } = readJson(file, text);
  if (!doc) return { ...lockfile, problems: [problem!] };
  if (!isRecord(doc.value) || !Array.isArray(doc.value.packages)) {
    return { ...lockfile, problems: [{ file, line: 1, message: `${file} has no "packages" list, so it is not a composer.lock` }] };
  }
  for (const section of ['packages', 'packages-dev'] as const) {
    for (const [index, { line: start, value }] of itemsWithLines(doc, [section]).entries()) {
      const line = doc.lineOf([section, index, 'name']) ?? start;
      if (!isRecord(value) || typeof value.name !== 'string' || typeof value.version !== 'string') {
        lockfile.problems.push({ file, line, message: `an entry of ${section} in ${file} has no name or version` });
        continue;
      }
      const name = value.name.toLowerCase();
      lockfile.packages.push({
        ecosystem: 'Packagist', name, version: value.version.replace(/^v(?=\d)/, ''), id: name, lockfile: file, line,
        direct: direct.has(name), dev: section === 'packages-dev',
        dependsOn: isRecord(value.require) ? Object.keys(value.require).map((d) => d.toLowerCase()) : [],
      });
    }
  }
  return lockfile;
}
