import type { Lockfile, LockedPackage } from '../model.js';
import { isRecord } from './json.js';
import { readYaml } from './yaml-doc.js';

/**
 * pnpm-lock.yaml, lockfile versions 5 (/name/1.0.0), 6 (/name@1.0.0(peer)) and 9 (name@1.0.0 in
 * packages, dependency edges in snapshots). Direct dependencies come from `importers` (or, in v5
 * single-project lockfiles, the top-level dependency maps).
 */
export function readPnpmLock(file: string, text: string): Lockfile {
  const lockfile: Lockfile = { file, format: 'pnpm-lock', ecosystem: 'npm', packages: [], problems: [] };
  const { doc, problem } = readYaml(file, text, 'pnpm lockfile');
  if (!doc) return { ...lockfile, problems: [problem!] };
  const data: unknown = doc.doc.toJS({ maxAliasCount: 100 });
  if (!isRecord(data) || data.lockfileVersion === undefined) {
    return { ...lockfile, problems: [{ file, line: 1, message: `${file} has no lockfileVersion, so it is not a pnpm lockfile` }] };
  }
  const v5 = String(data.lockfileVersion).startsWith('5');

  // Direct: name → version (as written in importers), from every importer.
  const direct = new Map<string, Set<string>>();
  const importers = isRecord(data.importers) ? Object.values(data.importers) : [data];
  for (const importer of importers) {
    if (!isRecord(importer)) continue;
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      const deps = importer[field];
      if (!isRecord(deps)) continue;
      for (const [name, spec] of Object.entries(deps)) {
        const version = isRecord(spec) ? spec.version : spec;
        if (typeof version !== 'string' || version.startsWith('link:')) continue;
        const set = direct.get(name) ?? new Set();
        set.add(stripPeers(version).replace(/_.*$/, ''));
        direct.set(name, set);
      }
    }
  }

  const snapshots = isRecord(data.snapshots) ? data.snapshots : {};
  for (const { key, line, value } of doc.entries(['packages'])) {
    const parsed = parseKey(key, v5);
    const entry = isRecord(value) ? value : {};
    if (!parsed) {
      lockfile.problems.push({ file, line, message: `"${key}" in ${file} is not a package key pnpm writes (name@version)` });
      continue;
    }
    const version = typeof entry.version === 'string' && !v5 ? entry.version : parsed.version;
    const name = typeof entry.name === 'string' ? entry.name : parsed.name;
    const id = `${name}@${version}`;
    const edges = new Set<string>();
    const sources = [entry, ...Object.entries(snapshots).filter(([k]) => stripPeers(k) === id).map(([, v]) => v)];
    for (const source of sources) {
      if (!isRecord(source)) continue;
      for (const field of ['dependencies', 'optionalDependencies']) {
        const deps = source[field];
        if (!isRecord(deps)) continue;
        for (const [dep, ref] of Object.entries(deps)) {
          if (typeof ref === 'string' && !ref.startsWith('link:')) edges.add(refId(dep, ref, v5));
        }
      }
    }
    const pkg: LockedPackage = {
      ecosystem: 'npm', name, version, id, lockfile: file, line,
      direct: direct.get(name)?.has(version) ?? false,
      dev: entry.dev === true,
      installScript: entry.requiresBuild === true,
      dependsOn: [...edges],
    };
    if (!lockfile.packages.some((p) => p.id === id)) lockfile.packages.push(pkg);
  }
  return lockfile;
}

function stripPeers(version: string): string {
  const paren = version.indexOf('(');
  return paren >= 0 ? version.slice(0, paren) : version;
}

function parseKey(key: string, v5: boolean): { name: string; version: string } | undefined {
  const bare = stripPeers(key.startsWith('/') ? key.slice(1) : key);
  if (v5) {
    const slash = bare.lastIndexOf('/');
    if (slash <= 0) return undefined;
    // v5 appends peers to the version with an underscore: 1.0.0_react@18.0.0
    return { name: bare.slice(0, slash), version: bare.slice(slash + 1).replace(/_.*$/, '') };
  }
  const at = bare.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

/** A dependency reference is a version ("1.0.0(peer)"), or in v5/v6 sometimes a whole key ("/other/1.0.0"). */
function refId(name: string, ref: string, v5: boolean): string {
  if (ref.startsWith('/')) {
    const parsed = parseKey(ref, v5);
    if (parsed) return `${parsed.name}@${parsed.version}`;
  }
  if (!v5 && /^[^@(]+@|^@[^@]+@/.test(ref) && !/^\d/.test(ref)) {
    const parsed = parseKey(ref, false);
    if (parsed) return `${parsed.name}@${parsed.version}`;
  }
  return `${name}@${stripPeers(ref).replace(/_.*$/, '')}`;
}
