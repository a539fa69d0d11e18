import { compareVersions } from '../versions.js';
import type { Lockfile, LockedPackage } from '../model.js';
import { splitLines } from './lines.js';

const LINE = /^(\S+) (v\S+?)(\/go\.mod)? (h1:[A-Za-z0-9+/=]+)$/;

/**
 * go.sum: "module version[/go.mod] h1:hash". A module whose code was downloaded has a line without
 * /go.mod; the version the build uses is go.mod's require (minimal version selection wrote it there),
 * else the highest such version in go.sum.
 */
export function readGoSum(file: string, text: string, goMod: Map<string, { version: string; direct: boolean; line: number }>, goModFile?: string): Lockfile {
  const lockfile: Lockfile = { file, format: 'go-sum', ecosystem: 'Go', packages: [], problems: [] };
  const found = new Map<string, { version: string; line: number }[]>();
  splitLines(text).forEach((line, i) => {
    if (!line.trim()) return;
    const m = LINE.exec(line.trim());
    if (!m) {
      lockfile.problems.push({ file, line: i + 1, message: `line ${i + 1} of ${file} is not "module version h1:hash"` });
      return;
    }
    if (m[3]) return;
    const list = found.get(m[1]!) ?? [];
    list.push({ version: m[2]!, line: i + 1 });
    found.set(m[1]!, list);
  });
  for (const [module, versions] of found) {
    const required = goMod.get(module);
    const chosen = (required && versions.find((v) => v.version === required.version))
      ?? versions.reduce((a, b) => ((compareVersions('Go', b.version, a.version) ?? 0) > 0 ? b : a));
    const pkg: LockedPackage = { ecosystem: 'Go', name: module, version: chosen.version, id: module, lockfile: file, line: chosen.line, direct: required?.direct ?? false };
    if (required?.direct && goModFile) pkg.declared = { file: goModFile, line: required.line };
    lockfile.packages.push(pkg);
  }
  return lockfile;
}

/** go.mod's require directives, single-line and in blocks; `// indirect` marks what is not direct. */
export function readGoMod(text: string): Map<string, { version: string; direct: boolean; line: number }> {
  const out = new Map<string, { version: string; direct: boolean; line: number }>();
  let block = false;
  splitLines(text).forEach((raw, i) => {
    const line = raw.trim();
    if (/^require\s*\($/.test(line)) return (block = true, undefined);
    if (block && line === ')') return (block = false, undefined);
    const m = (block ? /^(\S+)\s+(v\S+)(.*)$/ : /^require\s+(\S+)\s+(v\S+)(.*)$/).exec(line);
    if (m) out.set(m[1]!, { version: m[2]!, direct: !/\/\/\s*indirect/.test(m[3]!), line: i + 1 });
  });
  return out;
}
