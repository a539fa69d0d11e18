import { isAbsolute, join } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { HttpClient } from '../../http/client.js';
import { durationMs } from '../../http/duration.js';
import type { Manifest } from '../../manifest/types.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../check.js';
import { readBounded } from '../../files/read-bounded.js';
import { specialEntries } from '../../files/special-entries.js';
import { criticalTable, withoutMajorSuffix, type CriticalTable } from './critical.js';
import { ALWAYS_EXCLUDED, DEFAULT_LOCKFILES, readLockfile } from './lockfiles/index.js';
import type { Category, Ecosystem, LockedPackage, Lockfile, ReadProblem, Site } from './model.js';
import { normalizeName, packageKey } from './model.js';
import { OsvApi, queryExport, SEVERITY_ORDER, type Advisory, type AdvisorySeverity } from './osv.js';
import { DEFAULT_REGISTRIES, RegistryMetadata, type ReleaseFacts } from './registry-metadata.js';
import { imitatedName } from './typosquat.js';
import { majorOf } from './versions.js';

export type Section = NonNullable<Manifest['dependencies']>;

export interface SiteProblem extends Site {
  message: string;
}

/** Everything the rules judge, computed once per run. */
export interface DependencyModel {
  manifestSite: (path: (string | number)[]) => Site;
  patterns: string[];
  lockfiles: Lockfile[];
  categoryOf(p: LockedPackage): Category | undefined;
  /** Packages this run judges: all of them, or on a pull request those it adds or changes. */
  subject: LockedPackage[];
  advisories: { pkg: LockedPackage; advisory: Advisory }[];
  minSeverity: AdvisorySeverity;
  sourceProblems: SiteProblem[];
  releases: { pkg: LockedPackage; facts: ReleaseFacts }[];
  /** Why registry metadata was not looked at, for some or all critical packages. */
  metadataSkipped: { site: Site; message: string }[];
  typosquats: { pkg: LockedPackage; imitates: string }[];
  /** Pull-request mode only. */
  changes?: {
    added: LockedPackage[];
    removed: LockedPackage[];
    majorChanged: { pkg: LockedPackage; from: string }[];
    installScripts: { pkg: LockedPackage; under: LockedPackage }[];
  };
}

/** A lockfile larger than this is not read: the largest real ones are a few tens of MB. */
const MAX_LOCKFILE_BYTES = 128 * 1024 * 1024;

export async function buildModel(ctx: CheckContext, section: Section): Promise<{ model: DependencyModel; metrics: Record<string, unknown> }> {
  const manifestSite = (path: (string | number)[]): Site => {
    const at = (path.length ? ctx.manifest.locate(['dependencies', ...path]) : undefined) ?? ctx.manifest.locate(['dependencies'], 'key');
    return { file: ctx.manifest.file, line: at?.line ?? 1, column: at?.column };
  };
  const patterns = section.lockfiles ?? DEFAULT_LOCKFILES;
  const ignore = [...ALWAYS_EXCLUDED, ...(section.exclude ?? [])];
  const table = criticalTable(section.critical ?? []);
  const includeDev = section.dev !== false;

  const found = await glob(patterns, { cwd: ctx.cwd, ignore, onlyFiles: true, expandDirectories: false });
  // FIFOs and other special files the glob leaves out are read (and refused) like the rest.
  const paths = [...new Set([...found, ...specialEntries(ctx.cwd, patterns, found, ignore)])].sort();
  // The bounded reader: no FIFO, device or link out of the workspace, and a cap whatever fstat says.
  const readHere = async (path: string) => {
    const read = readBounded(join(ctx.cwd, path), { maxBytes: MAX_LOCKFILE_BYTES, root: ctx.cwd });
    return read.ok ? read.bytes.toString('utf8') : undefined;
  };
  const lockfiles: Lockfile[] = [];
  const unreadable: ReadProblem[] = [];
  for (const path of paths) {
    const read = readBounded(join(ctx.cwd, path), { maxBytes: MAX_LOCKFILE_BYTES, root: ctx.cwd });
    // A lockfile that cannot be read is said, never skipped in silence.
    if (!read.ok) {
      if (read.reason !== 'missing') unreadable.push({ file: path, line: 1, message: `the lockfile ${path} ${read.detail.replace(/; (skipped|not followed)$/, '')}, so what it installs was not checked` });
      continue;
    }
    const text = read.bytes.toString('utf8');
    const lockfile = await readLockfile(path, text, readHere);
    if (lockfile) lockfiles.push(filterDev(lockfile, includeDev));
  }

  const categoryOf = (p: LockedPackage) => table.classify(p.ecosystem, p.name);
  const model: DependencyModel = {
    manifestSite, patterns, lockfiles, categoryOf, subject: [], advisories: [], minSeverity: section['min-severity'] ?? 'low',
    sourceProblems: unreadable, releases: [], metadataSkipped: [], typosquats: [],
  };
  const all = lockfiles.flatMap((l) => l.packages);
  model.subject = all;

  if (ctx.base) {
    try {
      const { baseKeys, ...changes } = await compareWithBase(ctx, ctx.base, lockfiles, patterns, ignore, includeDev, categoryOf);
      model.changes = changes;
      const before = new Set(baseKeys);
      model.subject = all.filter((p) => !before.has(`${p.lockfile}\u0000${packageKey(p)}`));
    } catch (error) {
      model.sourceProblems.push({ ...manifestSite([]), message: `the lockfiles of ${ctx.base} could not be read, so nothing was compared with it: ${(error as Error).message}` });
    }
  }

  model.typosquats = findTyposquats(model.subject, table);

  const timeoutMs = durationMs(section.timeout, 15_000);
  const advisories = section.advisories ?? 'osv';
  const offline = advisories !== 'osv' && advisories !== 'off';
  const online = advisories === 'osv' || section.registry !== false;
  const http = online && !offline ? new HttpClient({ userAgent: `release-gate/${VERSION} (dependencies)`, maxBodyBytes: 32 * 1024 * 1024 }) : undefined;
  let queried = 0;
  try {
    const subject = dedupe(model.subject);
    if (advisories !== 'off' && subject.length) {
      const answer = offline
        ? await queryExport(isAbsolute(advisories) ? advisories : join(ctx.cwd, advisories), subject)
        : await new OsvApi(http!, section['osv-url'] ?? 'https://api.osv.dev', timeoutMs, ctx.signal).query(subject);
      queried = answer.queried;
      for (const message of answer.problems) model.sourceProblems.push({ ...manifestSite(['advisories']), message });
      for (const pkg of model.subject) {
        for (const advisory of answer.byPackage.get(packageKey(pkg)) ?? []) model.advisories.push({ pkg, advisory });
      }
    }

    const critical = dedupe(model.subject.filter((p) => categoryOf(p)));
    if (critical.length && section.registry !== false) {
      if (offline) {
        model.metadataSkipped.push({
          site: manifestSite(['advisories']),
          message: `${critical.length} critical package(s) were not checked for deprecation or newer major releases: advisories come from a local directory, so the run is offline`,
        });
      } else {
        const roots = { ...DEFAULT_REGISTRIES, ...registryRoots(section) };
        const registry = new RegistryMetadata(http!, roots, timeoutMs, ctx.signal);
        const failures: string[] = [];
        await Promise.all(critical.map(async (pkg) => {
          const facts = await registry.facts(pkg);
          if (typeof facts === 'string') failures.push(`${pkg.name}: ${facts}`);
          else for (const p of model.subject) if (packageKey(p) === packageKey(pkg)) model.releases.push({ pkg: p, facts });
        }));
        if (failures.length) {
          failures.sort();
          model.metadataSkipped.push({ site: manifestSite(['registry']), message: `the registry could not be asked about ${failures.length} critical package(s), so their deprecation and latest release are unknown: ${failures.slice(0, 3).join('; ')}${failures.length > 3 ? '; …' : ''}` });
        }
      }
    }
  } finally {
    await http?.close();
  }

  const metrics = {
    lockfiles: lockfiles.map((l) => ({ file: l.file, format: l.format, packages: l.packages.length, ...(l.unpinned ? { unpinned: l.unpinned } : {}) })),
    packages: all.length,
    critical: dedupe(all.filter((p) => categoryOf(p))).map((p) => `${p.ecosystem}:${p.name}@${p.version} (${categoryOf(p)})`),
    advisories: advisories === 'off' ? 'off' : offline ? 'directory' : 'osv',
    queried,
    ...(model.changes ? { added: model.changes.added.length, removed: model.changes.removed.length } : {}),
  };
  return { model, metrics };
}

function registryRoots(section: Section): Partial<Record<Ecosystem, string>> {
  const urls = section['registry-urls'] ?? {};
  const out: Partial<Record<Ecosystem, string>> = {};
  if (urls.npm) out.npm = urls.npm;
  if (urls.pypi) out.PyPI = urls.pypi;
  if (urls.rubygems) out.RubyGems = urls.rubygems;
  if (urls.go) out.Go = urls.go;
  if (urls.packagist) out.Packagist = urls.packagist;
  return out;
}

function filterDev(lockfile: Lockfile, includeDev: boolean): Lockfile {
  return includeDev ? lockfile : { ...lockfile, packages: lockfile.packages.filter((p) => !p.dev) };
}

function dedupe(packages: LockedPackage[]): LockedPackage[] {
  const seen = new Map<string, LockedPackage>();
  for (const p of packages) if (!seen.has(packageKey(p))) seen.set(packageKey(p), p);
  return [...seen.values()];
}

export function meetsSeverity(severity: AdvisorySeverity, min: AdvisorySeverity): boolean {
  return severity === 'unknown' || SEVERITY_ORDER[severity] >= SEVERITY_ORDER[min];
}

function findTyposquats(packages: LockedPackage[], table: CriticalTable): { pkg: LockedPackage; imitates: string }[] {
  const out: { pkg: LockedPackage; imitates: string }[] = [];
  const seen = new Set<string>();
  for (const pkg of packages) {
    if (table.classify(pkg.ecosystem, pkg.name) || seen.has(`${pkg.lockfile}\u0000${pkg.name}`)) continue;
    seen.add(`${pkg.lockfile}\u0000${pkg.name}`);
    const name = normalizeName(pkg.ecosystem, pkg.ecosystem === 'Go' ? withoutMajorSuffix(pkg.name) : pkg.name);
    const imitates = imitatedName(name, table.exactNames(pkg.ecosystem));
    if (imitates) out.push({ pkg, imitates });
  }
  return out;
}

async function compareWithBase(
  ctx: CheckContext, base: string, current: Lockfile[], patterns: string[], ignore: string[], includeDev: boolean,
  categoryOf: (p: LockedPackage) => Category | undefined,
): Promise<NonNullable<DependencyModel['changes']> & { baseKeys: string[] }> {
  const from = await ctx.git.mergeBase(base);
  const matches = picomatch(patterns, { ignore, dot: true });
  const basePaths = (await ctx.git.listFiles(from)).filter((p) => matches(p));
  const readBase = (path: string) => ctx.git.show(from, path);
  const before = new Map<string, Lockfile>();
  for (const path of basePaths) {
    const text = await readBase(path);
    if (text === undefined) continue;
    const lockfile = await readLockfile(path, text, readBase);
    if (lockfile) before.set(path, filterDev(lockfile, includeDev));
  }

  const added: LockedPackage[] = [];
  const removed: LockedPackage[] = [];
  const majorChanged: { pkg: LockedPackage; from: string }[] = [];
  const installScripts: { pkg: LockedPackage; under: LockedPackage }[] = [];
  const baseKeys: string[] = [];
  for (const lockfile of before.values()) for (const p of lockfile.packages) baseKeys.push(`${p.lockfile}\u0000${packageKey(p)}`);

  for (const lockfile of current) {
    const old = before.get(lockfile.file)?.packages ?? [];
    const oldByName = groupByName(old);
    const nowByName = groupByName(lockfile.packages);
    const critical = lockfile.packages.filter((p) => categoryOf(p));
    const addedHere = critical.filter((p) => !oldByName.has(p.name));
    added.push(...quietTransitive(addedHere));
    const majorsHere: { pkg: LockedPackage; from: string }[] = [];
    for (const pkg of critical) {
      const was = oldByName.get(pkg.name);
      if (!was || was.some((w) => w.version === pkg.version)) continue;
      const highestWas = was.reduce((a, b) => ((majorOf(b.ecosystem, b.version) ?? -1) > (majorOf(a.ecosystem, a.version) ?? -1) ? b : a));
      const now = majorOf(pkg.ecosystem, pkg.version);
      const then = majorOf(highestWas.ecosystem, highestWas.version);
      if (now !== undefined && then !== undefined && now !== then && !(nowByName.get(pkg.name) ?? []).some((p) => majorOf(p.ecosystem, p.version) === then)) {
        majorsHere.push({ pkg, from: highestWas.version });
      }
    }
    const quietMajors = new Set(quietTransitive(majorsHere.map((m) => m.pkg)));
    majorChanged.push(...majorsHere.filter((m) => quietMajors.has(m.pkg)));

    // New install scripts anywhere under a critical package (npm and pnpm record them).
    const scriptsBefore = new Set(old.filter((p) => p.installScript).map((p) => `${p.name}@${p.version}`));
    const byId = new Map(lockfile.packages.map((p) => [p.id, p]));
    const reported = new Set<string>();
    for (const root of critical) {
      const stack = [root];
      const visited = new Set<string>();
      while (stack.length) {
        const p = stack.pop()!;
        if (visited.has(p.id)) continue;
        visited.add(p.id);
        if (p.installScript && !scriptsBefore.has(`${p.name}@${p.version}`) && !reported.has(p.id)) {
          reported.add(p.id);
          installScripts.push({ pkg: p, under: root });
        }
        for (const id of p.dependsOn ?? []) {
          const next = byId.get(id);
          if (next) stack.push(next);
        }
      }
    }
  }
  const currentFiles = new Map(current.map((l) => [l.file, l]));
  for (const [path, lockfile] of before) {
    const now = groupByName(currentFiles.get(path)?.packages ?? []);
    const gone = lockfile.packages.filter((p) => categoryOf(p) && !now.has(p.name));
    removed.push(...dedupeByName(quietTransitive(gone)));
  }
  return { added: dedupeByName(added), removed, majorChanged, installScripts, baseKeys };
}

/** Critical packages that arrive with a critical direct one are its business; alone they are news. */
function quietTransitive(packages: LockedPackage[]): LockedPackage[] {
  return packages.some((p) => p.direct) ? packages.filter((p) => p.direct) : packages;
}

function groupByName(packages: LockedPackage[]): Map<string, LockedPackage[]> {
  const out = new Map<string, LockedPackage[]>();
  for (const p of packages) out.set(p.name, [...(out.get(p.name) ?? []), p]);
  return out;
}

function dedupeByName(packages: LockedPackage[]): LockedPackage[] {
  const seen = new Set<string>();
  return packages.filter((p) => !seen.has(`${p.lockfile}\u0000${p.name}`) && seen.add(`${p.lockfile}\u0000${p.name}`));
}
