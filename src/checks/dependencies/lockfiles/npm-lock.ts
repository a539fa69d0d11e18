import type { Lockfile, LockedPackage } from '../model.js';
import { isRecord, propertiesWithLines, readJson } from './json.js';

const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 2 and 3: the flat `packages` map, whose
 * keys are install paths (node_modules/a/node_modules/b). A dependency resolves the way Node does:
 * the nearest node_modules up the path.
 */
export function readNpmLock(file: string, text: string, format: 'package-lock' | 'npm-shrinkwrap'): Lockfile {
  const lockfile: Lockfile = { file, format, ecosystem: 'npm', packages: [], problems: [] };
  const { doc, problem } = readJson(file, text);
  if (!doc) return { ...lockfile, problems: [problem!] };
  const data = doc.value;
  if (!isRecord(data) || !isRecord(data.packages)) {
    const version = isRecord(data) ? data.lockfileVersion : undefined;
    lockfile.problems.push({
      file, line: doc.lineOf(['lockfileVersion']) ?? 1,
      message: version === 1
        ? `${file} is lockfileVersion 1, which has no exact install paths; npm 7 and later upgrade it (npm install --package-lock-only)`
        : `${file} has no "packages" map, so it is not a package-lock of npm 7 or later`,
    });
    return lockfile;
  }
  const entries = propertiesWithLines(doc, ['packages']);
  const paths = new Set(entries.map((e) => e.key));
  // The root and every workspace folder declare direct dependencies.
  const declaring = entries.filter((e) => !e.key.includes('node_modules/') && isRecord(e.value));

  const directPaths = new Set<string>();
  for (const { key, value } of declaring) {
    const prefix = key ? `${key}/` : '';
    for (const name of declaredNames(value as Record<string, unknown>)) {
      const own = `${prefix}node_modules/${name}`;
      directPaths.add(paths.has(own) ? own : `node_modules/${name}`);
    }
  }

  for (const { key, line, value } of entries) {
    if (!key.includes('node_modules/') || !isRecord(value) || value.link === true) continue;
    const name = typeof value.name === 'string' ? value.name : key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (typeof value.version !== 'string') {
      lockfile.problems.push({ file, line, message: `${name} in ${file} has no version` });
      continue;
    }
    const pkg: LockedPackage = {
      ecosystem: 'npm', name, version: value.version, id: key, lockfile: file, line,
      direct: directPaths.has(key),
      dev: value.dev === true,
      installScript: value.hasInstallScript === true,
      dependsOn: [],
    };
    for (const dep of declaredNames(value)) {
      const resolved = resolve(key, dep, paths);
      if (resolved) pkg.dependsOn!.push(resolved);
    }
    lockfile.packages.push(pkg);
  }
  return lockfile;
}

function declaredNames(entry: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const field of [...DEP_FIELDS, 'devDependencies'] as const) {
    if (field === 'devDependencies' && entry.version !== undefined && entry.name === undefined) continue;
    const deps = entry[field];
    if (isRecord(deps)) for (const name of Object.keys(deps)) names.add(name);
  }
  return [...names];
}

/** Node's lookup: <path>/node_modules/<name>, then the same from each enclosing package, then the top. */
function resolve(from: string, name: string, paths: Set<string>): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base}/node_modules/${name}`;
    if (paths.has(candidate)) return candidate;
    const cut = base.lastIndexOf('/node_modules/');
    if (cut < 0) break;
    base = base.slice(0, cut);
  }
  const top = `node_modules/${name}`;
  return paths.has(top) ? top : undefined;
}
