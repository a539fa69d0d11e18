import type { Lockfile } from '../model.js';
import { normalizeName } from '../model.js';
import { isRecord, propertiesWithLines, readJson } from './json.js';

/** Pipfile.lock (JSON): `default` and `develop` map every resolved package to "==version". */
export function readPipfileLock(file: string, text: string, direct: Set<string>): Lockfile {
  const lockfile: Lockfile = { file, format: 'pipfile-lock', ecosystem: 'PyPI', packages: [], problems: [] };
  const { doc, problem } = readJson(file, text);
  if (!doc) return { ...lockfile, problems: [problem!] };
  if (!isRecord(doc.value) || (!isRecord(doc.value.default) && !isRecord(doc.value.develop))) {
    return { ...lockfile, problems: [{ file, line: 1, message: `${file} has neither "default" nor "develop", so it is not a Pipfile.lock` }] };
  }
  for (const section of ['default', 'develop'] as const) {
    for (const { key, line, value } of propertiesWithLines(doc, [section])) {
      if (!isRecord(value)) continue;
      const name = normalizeName('PyPI', key);
      if (typeof value.version !== 'string') {
        if (value.git || value.path || value.file || value.editable) continue;
        lockfile.problems.push({ file, line, message: `${key} in ${file} has no version` });
        continue;
      }
      const version = value.version.replace(/^===?/, '');
      if (lockfile.packages.some((p) => p.name === name && p.version === version)) continue;
      lockfile.packages.push({ ecosystem: 'PyPI', name, version, id: name, lockfile: file, line, direct: direct.has(name), dev: section === 'develop' });
    }
  }
  return lockfile;
}
