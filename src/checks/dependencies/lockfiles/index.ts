import { posix } from 'node:path';
import type { Ecosystem, Lockfile, LockfileFormat } from '../model.js';
import { readComposerLock } from './composer-lock.js';
import { readGemfileLock } from './gemfile-lock.js';
import { readGoMod, readGoSum } from './go-sum.js';
import { MANIFEST_FOR, readDeclarations, type Declarations } from './manifests.js';
import { readNpmLock } from './npm-lock.js';
import { readPipfileLock } from './pipfile-lock.js';
import { readPnpmLock } from './pnpm-lock.js';
import { readPoetryLock } from './poetry-lock.js';
import { readRequirements } from './requirements.js';
import { readYarnLock } from './yarn-lock.js';

export const DEFAULT_LOCKFILES = [
  '**/package-lock.json', '**/npm-shrinkwrap.json', '**/pnpm-lock.yaml', '**/yarn.lock', '**/requirements*.txt',
  '**/poetry.lock', '**/Pipfile.lock', '**/Gemfile.lock', '**/go.sum', '**/composer.lock',
];
export const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/vendor/**', '**/.git/**', '**/.venv/**', '**/venv/**'];

/** Which reader a file name calls for; undefined for a file that is no lockfile we know. */
export function formatOf(path: string): { format: LockfileFormat | 'yarn-lock'; ecosystem: Ecosystem } | undefined {
  const base = posix.basename(path);
  if (base === 'package-lock.json') return { format: 'package-lock', ecosystem: 'npm' };
  if (base === 'npm-shrinkwrap.json') return { format: 'npm-shrinkwrap', ecosystem: 'npm' };
  if (base === 'pnpm-lock.yaml') return { format: 'pnpm-lock', ecosystem: 'npm' };
  if (base === 'yarn.lock') return { format: 'yarn-lock', ecosystem: 'npm' };
  if (/^requirements.*\.txt$/.test(base)) return { format: 'requirements', ecosystem: 'PyPI' };
  if (base === 'poetry.lock') return { format: 'poetry-lock', ecosystem: 'PyPI' };
  if (base === 'Pipfile.lock') return { format: 'pipfile-lock', ecosystem: 'PyPI' };
  if (base === 'Gemfile.lock') return { format: 'gemfile-lock', ecosystem: 'RubyGems' };
  if (base === 'go.sum') return { format: 'go-sum', ecosystem: 'Go' };
  if (base === 'composer.lock') return { format: 'composer-lock', ecosystem: 'Packagist' };
  return undefined;
}

/**
 * Reads one lockfile, with the manifest beside it (package.json, pyproject.toml, Pipfile, Gemfile,
 * go.mod, composer.json) for which packages are direct and where they are declared.
 * `readSibling` returns undefined for a file that does not exist.
 */
export async function readLockfile(path: string, text: string, readSibling: (path: string) => Promise<string | undefined>): Promise<Lockfile | undefined> {
  const kind = formatOf(path);
  if (!kind) return undefined;
  const manifestName = MANIFEST_FOR[kind.format];
  const manifestPath = manifestName ? posix.join(posix.dirname(path), manifestName) : undefined;
  const manifestText = manifestPath ? await readSibling(manifestPath) : undefined;
  const declarations: Declarations | undefined = manifestPath && manifestText !== undefined ? readDeclarations(manifestPath, manifestText, kind.ecosystem) : undefined;
  const declaredNames = new Set(declarations?.names.keys());

  let lockfile: Lockfile;
  switch (kind.format) {
    case 'package-lock':
    case 'npm-shrinkwrap':
      lockfile = readNpmLock(path, text, kind.format);
      break;
    case 'pnpm-lock':
      lockfile = readPnpmLock(path, text);
      break;
    case 'yarn-lock': {
      const ranges = new Map([...(declarations?.names ?? [])].map(([name, d]) => [name, d.ranges]));
      lockfile = readYarnLock(path, text, ranges);
      break;
    }
    case 'requirements':
      lockfile = readRequirements(path, text);
      break;
    case 'poetry-lock':
      lockfile = readPoetryLock(path, text, declaredNames);
      break;
    case 'pipfile-lock':
      lockfile = readPipfileLock(path, text, declaredNames);
      break;
    case 'gemfile-lock':
      lockfile = readGemfileLock(path, text);
      break;
    case 'go-sum':
      lockfile = readGoSum(path, text, manifestText !== undefined ? readGoMod(manifestText) : new Map(), manifestPath);
      break;
    case 'composer-lock':
      lockfile = readComposerLock(path, text, declaredNames);
      break;
    default:
      return undefined;
  }
  if (declarations) {
    for (const p of lockfile.packages) {
      const site = p.direct ? declarations.names.get(p.name) : undefined;
      if (site && !p.declared) p.declared = { file: declarations.file, line: site.line };
    }
  }
  return lockfile;
}
