import { parseSyml } from '@yarnpkg/parsers';
import type { Lockfile, LockedPackage, ReadProblem } from '../model.js';
import { isRecord } from './json.js';
import { splitLines } from './lines.js';
import { readYaml } from './yaml-doc.js';

/**
 * yarn.lock. Berry (yarn 2+) writes YAML with a __metadata block: read with `yaml`, which keeps key
 * lines. Classic (v1) has its own syntax: read with yarn's own parser (@yarnpkg/parsers' parseSyml,
 * the one yarn uses to migrate v1 lockfiles); it keeps no positions, so each entry's line is found
 * from its header in the text.
 */
export function readYarnLock(file: string, text: string, declared: Map<string, Set<string>>): Lockfile {
  return /^__metadata:/m.test(text) ? readBerry(file, text, declared) : readClassic(file, text, declared);
}

function readBerry(file: string, text: string, declared: Map<string, Set<string>>): Lockfile {
  const lockfile: Lockfile = { file, format: 'yarn-lock-berry', ecosystem: 'npm', packages: [], problems: [] };
  const { doc, problem } = readYaml(file, text, 'yarn lockfile');
  if (!doc) return { ...lockfile, problems: [problem!] };
  for (const { key, line, value } of doc.entries([])) {
    if (key === '__metadata') continue;
    if (!isRecord(value)) {
      lockfile.problems.push({ file, line, message: `"${key}" in ${file} is not a lockfile entry` });
      continue;
    }
    const resolution = typeof value.resolution === 'string' ? value.resolution : undefined;
    if (!resolution || /@(workspace|link|portal|file):/.test(resolution) || value.linkType === 'soft') continue;
    const name = descriptorName(resolution);
    const version = typeof value.version === 'string' ? value.version : undefined;
    if (!name || !version) {
      lockfile.problems.push({ file, line, message: `"${key}" in ${file} has no resolution name or version` });
      continue;
    }
    const descriptors = key.split(/\s*,\s*/);
    lockfile.packages.push({
      ecosystem: 'npm', name, version, id: resolution, lockfile: file, line,
      direct: isDirect(name, descriptors, declared),
    });
  }
  return lockfile;
}

function readClassic(file: string, text: string, declared: Map<string, Set<string>>): Lockfile {
  const lockfile: Lockfile = { file, format: 'yarn-lock-v1', ecosystem: 'npm', packages: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = parseSyml(text);
  } catch (error) {
    return { ...lockfile, problems: [classicProblem(file, error)] };
  }
  if (!isRecord(parsed)) return { ...lockfile, problems: [{ file, line: 1, message: `${file} holds no lockfile entries` }] };

  // A header line lists every descriptor of one entry: "a@^1.0.0", a@^1.1:
  const headerLine = new Map<string, number>();
  splitLines(text).forEach((raw, i) => {
    if (!raw || /^[\s#]/.test(raw) || !raw.trimEnd().endsWith(':')) return;
    for (const d of raw.trimEnd().slice(0, -1).split(/\s*,\s*/)) headerLine.set(unquote(d), i + 1);
  });

  const seen = new Map<string, LockedPackage>();
  for (const [descriptor, value] of Object.entries(parsed)) {
    if (descriptor === '__metadata') continue;
    const name = descriptorName(descriptor);
    const line = headerLine.get(descriptor) ?? 1;
    if (!name || !isRecord(value) || typeof value.version !== 'string') {
      lockfile.problems.push({ file, line, message: `"${descriptor}" in ${file} has no version` });
      continue;
    }
    const id = `${name}@${value.version}`;
    const known = seen.get(id);
    if (known) {
      known.direct ||= isDirect(name, [descriptor], declared);
      continue;
    }
    const pkg: LockedPackage = { ecosystem: 'npm', name, version: value.version, id, lockfile: file, line, direct: isDirect(name, [descriptor], declared) };
    seen.set(id, pkg);
    lockfile.packages.push(pkg);
  }
  return lockfile;
}

/** "@scope/name@npm:^1.0.0" → "@scope/name"; "name@patch:name@npm%3A1.0.0#..." → "name". */
function descriptorName(descriptor: string): string | undefined {
  const d = unquote(descriptor);
  const at = d.indexOf('@', 1);
  return at > 0 ? d.slice(0, at) : undefined;
}

function isDirect(name: string, descriptors: string[], declared: Map<string, Set<string>>): boolean {
  const ranges = declared.get(name);
  if (!ranges) return false;
  return descriptors.some((d) => {
    const range = unquote(d).slice(name.length + 1);
    return ranges.has(range) || ranges.has(range.replace(/^npm:/, ''));
  });
}

function unquote(text: string): string {
  const t = text.trim();
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

function classicProblem(file: string, error: unknown): ReadProblem {
  const message = error instanceof Error ? error.message : String(error);
  const at = /line (\d+)(?:,? column (\d+))?/i.exec(message);
  const location = error as { location?: { start?: { line?: number; column?: number } } };
  const line = location.location?.start?.line ?? (at ? Number(at[1]) : 1);
  const column = location.location?.start?.column ?? (at?.[2] ? Number(at[2]) : undefined);
  return { file, line, column, message: `${file} is not a valid yarn lockfile: ${message.split('\n')[0]}` };
}
