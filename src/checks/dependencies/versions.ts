import * as pep440 from '@renovatebot/pep440';
import * as gem from '@renovatebot/ruby-semver';
import semver from 'semver';
import type { Ecosystem } from './model.js';

/**
 * Versions compared with each ecosystem's own rules: semver for npm, Go and Packagist (a leading v
 * dropped, Composer's four-part versions cut to three), PEP 440 for PyPI (1.0rc1 < 1.0 < 1.0.post1),
 * Gem::Version for RubyGems (1.10 > 1.9, 1.0.a < 1.0). Undefined when a version is not valid there.
 */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  switch (ecosystem) {
    case 'PyPI': {
      if (!pep440.valid(a) || !pep440.valid(b)) return undefined;
      return Math.sign(pep440.compare(a, b));
    }
    case 'RubyGems': {
      if (!gem.valid(a) || !gem.valid(b)) return undefined;
      return gem.eq(a, b) ? 0 : gem.gt(a, b) ? 1 : -1;
    }
    default: {
      const x = toSemver(a);
      const y = toSemver(b);
      if (!x || !y) return undefined;
      return semver.compare(x, y);
    }
  }
}

export function majorOf(ecosystem: Ecosystem, version: string): number | undefined {
  switch (ecosystem) {
    case 'PyPI':
      return pep440.valid(version) ? pep440.major(version) : undefined;
    case 'RubyGems':
      return gem.valid(version) ? gem.major(version) ?? undefined : undefined;
    default: {
      const v = toSemver(version);
      return v ? semver.major(v) : undefined;
    }
  }
}

function toSemver(version: string): string | undefined {
  let v = version.trim().replace(/^v(?=\d)/, '');
  // Composer: 1.2.3.4 and 1.2 are valid; semver wants exactly three parts.
  const core = /^(\d+(?:\.\d+)*)(.*)$/.exec(v);
  if (core) {
    const parts = core[1]!.split('.');
    while (parts.length < 3) parts.push('0');
    v = parts.slice(0, 3).join('.') + core[2]!;
  }
  return semver.valid(v, { loose: true }) ?? undefined;
}
