/** The ecosystems OSV names the way we do: these strings go into OSV queries unchanged. */
export type Ecosystem = 'npm' | 'PyPI' | 'RubyGems' | 'Go' | 'Packagist';

export type Category = 'auth' | 'payments' | 'session/crypto' | 'declared critical';

export interface Site {
  file: string;
  line: number;
  column?: number;
}

/** One resolved package in one lockfile: an exact version, on the line where the lockfile records it. */
export interface LockedPackage {
  ecosystem: Ecosystem;
  name: string;
  version: string;
  /** Unique within its lockfile (a package-lock path, a pnpm key...); what dependsOn refers to. */
  id: string;
  lockfile: string;
  line: number;
  /** Declared by the project itself (package.json, requirements.txt, Gemfile...), not only pulled in. */
  direct: boolean;
  dev?: boolean;
  /** The manifest line that declares it, when that is another file than the lockfile. */
  declared?: Site;
  /** Runs a script on install (npm hasInstallScript, pnpm requiresBuild). */
  installScript?: boolean;
  /** Ids of the packages it depends on, where the lockfile says (npm, pnpm, poetry, composer). */
  dependsOn?: string[];
}

export type LockfileFormat =
  | 'package-lock' | 'npm-shrinkwrap' | 'pnpm-lock' | 'yarn-lock-v1' | 'yarn-lock-berry'
  | 'requirements' | 'poetry-lock' | 'pipfile-lock' | 'gemfile-lock' | 'go-sum' | 'composer-lock';

/** A problem reading a file: always a place and a sentence, never an exception. */
export interface ReadProblem extends Site {
  message: string;
}

export interface Lockfile {
  file: string;
  format: LockfileFormat;
  ecosystem: Ecosystem;
  packages: LockedPackage[];
  problems: ReadProblem[];
  /** Requirements with no exact version (requirements.txt ranges), which advisories cannot be matched to. */
  unpinned?: number;
}

export function packageKey(p: Pick<LockedPackage, 'ecosystem' | 'name' | 'version'>): string {
  return `${p.ecosystem}\u0000${p.name}\u0000${p.version}`;
}

/** PEP 503: PyPI names compare case-insensitively with runs of -, _ and . as one -. */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'PyPI') return name.toLowerCase().replace(/[-_.]+/g, '-');
  if (ecosystem === 'RubyGems' || ecosystem === 'Go') return name;
  return name.toLowerCase();
}

/** "stripe 8.1.0", with the declaring manifest line when there is one. */
export function describePackage(p: LockedPackage): string {
  return `${p.name} ${p.version}`;
}

export function declaredSuffix(p: LockedPackage): string {
  if (p.declared) return ` (declared in ${p.declared.file}:${p.declared.line})`;
  return p.direct ? '' : ' (a transitive dependency)';
}

/** "an auth package", "a payments package", "a package listed in dependencies.critical". */
export function kindOf(category: Category | undefined): string {
  if (category === 'auth') return 'an auth package';
  if (category === 'declared critical') return 'a package listed in dependencies.critical';
  return `a ${category ?? 'critical'} package`;
}
