import type { Lockfile, LockedPackage } from '../model.js';
import { splitLines } from './lines.js';

const SPEC = /^ {4}([A-Za-z0-9][A-Za-z0-9._-]*) \(([^)\s]+)\)$/;
const SPEC_DEPENDENCY = /^ {6}([A-Za-z0-9][A-Za-z0-9._-]*)(?: \([^)]*\))?$/;
const DEPENDENCY = /^ {2}([A-Za-z0-9][A-Za-z0-9._-]*)!?(?: \([^)]*\))?$/;

/**
 * Gemfile.lock, Bundler's indentation format (no maintained JavaScript parser exists): gems under
 * GEM/specs at four spaces with their version (and platform), their own dependencies at six, and the
 * Gemfile's direct dependencies under DEPENDENCIES.
 */
export function readGemfileLock(file: string, text: string): Lockfile {
  const lockfile: Lockfile = { file, format: 'gemfile-lock', ecosystem: 'RubyGems', packages: [], problems: [] };
  const lines = splitLines(text);
  const direct = new Set<string>();
  let section = '';
  let inSpecs = false;
  let current: LockedPackage | undefined;
  lines.forEach((line, i) => {
    if (/^[A-Z]/.test(line)) {
      section = line.trim();
      inSpecs = false;
      current = undefined;
      return;
    }
    if (!line.trim()) return;
    if (section === 'DEPENDENCIES') {
      const m = DEPENDENCY.exec(line);
      if (m) direct.add(m[1]!);
      else lockfile.problems.push({ file, line: i + 1, message: `"${line.trim()}" under DEPENDENCIES in ${file} is not a gem requirement` });
      return;
    }
    if (section !== 'GEM' && section !== 'GIT' && section !== 'PATH') return;
    if (/^ {2}specs:$/.test(line)) {
      inSpecs = true;
      return;
    }
    if (!inSpecs || /^ {2}\S/.test(line)) return;
    const spec = SPEC.exec(line);
    if (spec) {
      if (section !== 'GEM') return current = undefined; // from a git checkout or a path: no registry version
      // A platform gem: 1.15.4-x86_64-linux → 1.15.4
      const version = spec[2]!.replace(/-.*$/, '');
      const id = spec[1]!;
      const known = lockfile.packages.find((p) => p.id === id && p.version === version);
      current = known ?? { ecosystem: 'RubyGems', name: id, version, id, lockfile: file, line: i + 1, direct: false, dependsOn: [] };
      if (!known) lockfile.packages.push(current);
      return;
    }
    const dep = SPEC_DEPENDENCY.exec(line);
    if (dep) {
      if (current && !current.dependsOn!.includes(dep[1]!)) current.dependsOn!.push(dep[1]!);
      return;
    }
    lockfile.problems.push({ file, line: i + 1, message: `"${line.trim()}" in the specs of ${file} is not "name (version)"` });
  });
  if (!lines.some((l) => /^(GEM|GIT|PATH)$/.test(l.trim()))) {
    lockfile.problems.push({ file, line: 1, message: `${file} has no GEM section, so it is not a Gemfile.lock` });
  }
  for (const p of lockfile.packages) p.direct = direct.has(p.name);
  return lockfile;
}
