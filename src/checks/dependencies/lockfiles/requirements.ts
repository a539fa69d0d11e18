import type { Lockfile } from '../model.js';
import { normalizeName } from '../model.js';
import { splitLines } from './lines.js';

// name[extras] == version ; markers   (=== is an arbitrary-equality pin)
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,#]+)\s*(?:;.*)?$/;
const REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*(?:(?:[<>!~=]=?|===)\s*[^\s;,]+\s*,?\s*)*(?:;.*)?$/;
const DIRECT_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*@\s*\S+/;

/**
 * requirements*.txt, pip's own format, read by line (no npm package parses it with positions): exact
 * pins (name==1.2.3) are resolved packages; ranges cannot be matched to advisories and are only counted.
 * Options (-r, -c, -e, --hash), URLs and direct references are skipped, as pip-compile output has many.
 */
export function readRequirements(file: string, text: string): Lockfile {
  const lockfile: Lockfile = { file, format: 'requirements', ecosystem: 'PyPI', packages: [], problems: [], unpinned: 0 };
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i]!;
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + ' ' + lines[++i]!;
    const requirement = line.replace(/(^|\s)#.*$/, '').replace(/\s+--hash[= ]\S+/g, '').trim();
    if (!requirement || requirement.startsWith('-') || /^[a-z+]+:\/\//i.test(requirement) || requirement.startsWith('.') || requirement.startsWith('/')) continue;
    const pinned = PINNED.exec(requirement);
    if (pinned) {
      const name = normalizeName('PyPI', pinned[1]!);
      lockfile.packages.push({ ecosystem: 'PyPI', name, version: pinned[2]!, id: name, lockfile: file, line: start + 1, direct: true });
    } else if (REQUIREMENT.test(requirement) || DIRECT_REFERENCE.test(requirement)) {
      lockfile.unpinned!++;
    } else {
      lockfile.problems.push({ file, line: start + 1, column: 1, message: `"${requirement.slice(0, 60)}" in ${file} is not a requirement pip can read` });
    }
  }
  return lockfile;
}
