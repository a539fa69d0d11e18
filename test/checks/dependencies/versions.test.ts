import { describe, expect, test } from '@jest/globals';
import { compareVersions, majorOf } from '../../../src/checks/dependencies/versions.js';
import { affects, severityOf, type OsvRecord } from '../../../src/checks/dependencies/osv.js';
import { editDistance, imitatedName } from '../../../src/checks/dependencies/typosquat.js';
import { criticalTable } from '../../../src/checks/dependencies/critical.js';

describe('each ecosystem compares versions by its own rules', () => {
  test.each([
    ['npm', '1.10.0', '1.9.0', 1],
    ['npm', '2.0.0-rc.1', '2.0.0', -1],
    ['Go', 'v1.2.3', 'v1.2.3', 0],
    ['Go', 'v0.0.0-20230101000000-abcdef123456', 'v0.1.0', -1],
    ['Go', 'v2.0.0+incompatible', 'v1.9.0', 1],
    ['Packagist', '10.33.0', '10.4.2', 1],
    ['Packagist', 'v5.4.1.2', '5.4.1', 0],
    ['PyPI', '1.0rc1', '1.0', -1],
    ['PyPI', '1.0.post1', '1.0', 1],
    ['PyPI', '2!1.0', '3.0', 1],
    ['PyPI', '1.0.0', '1', 0],
    ['RubyGems', '1.10', '1.9', 1],
    ['RubyGems', '1.0.a', '1.0', -1],
    ['RubyGems', '1.0', '1.0.0', 0],
  ] as const)('%s: %s vs %s → %i', (ecosystem, a, b, expected) => {
    expect(compareVersions(ecosystem, a, b)).toBe(expected);
  });

  test('a version the ecosystem cannot read compares as unknown, not as equal', () => {
    expect(compareVersions('PyPI', 'not-a-version', '1.0')).toBeUndefined();
    expect(compareVersions('npm', 'latest', '1.0.0')).toBeUndefined();
    expect(compareVersions('RubyGems', '1.0 beta', '1.0')).toBeUndefined();
  });

  test.each([['npm', '12.18.0', 12], ['Go', 'v76.8.0', 76], ['PyPI', '2!3.1', 3], ['RubyGems', '4.9.3', 4]] as const)('major of %s %s is %i', (e, v, m) => {
    expect(majorOf(e, v)).toBe(m);
  });
});

describe('OSV records: ranges evaluated in the package ecosystem', () => {
  const record: OsvRecord = {
    id: 'GHSA-test-0001',
    summary: 'Signature bypass',
    database_specific: { severity: 'HIGH' },
    affected: [
      { package: { ecosystem: 'PyPI', name: 'PyJWT' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.5.0' }, { introduced: '2.0.0' }, { fixed: '2.4.0rc1' }] }] },
      { package: { ecosystem: 'RubyGems', name: 'devise' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '4.0' }, { last_affected: '4.9.2' }] }] },
    ],
  };
  test.each([
    ['PyPI', 'pyjwt', '1.4.9', true, '1.5.0'],
    ['PyPI', 'pyjwt', '1.5.0', false, undefined],
    ['PyPI', 'pyjwt', '2.3.0', true, '2.4.0rc1'],
    ['PyPI', 'pyjwt', '2.4.0a1', true, '2.4.0rc1'],
    ['PyPI', 'pyjwt', '2.4.0', false, undefined],
    ['RubyGems', 'devise', '4.9.2', true, undefined],
    ['RubyGems', 'devise', '4.9.3', false, undefined],
    ['RubyGems', 'devise', '3.5.10', false, undefined],
    ['npm', 'pyjwt', '1.0.0', false, undefined],
  ] as const)('%s %s %s affected: %s', (ecosystem, name, version, affected, fixed) => {
    expect(affects(record, { ecosystem, name, version })).toEqual({ affected, fixed });
  });

  test('withdrawn records affect nothing; MAL- records are critical', () => {
    expect(affects({ ...record, withdrawn: '2026-01-01T00:00:00Z' }, { ecosystem: 'PyPI', name: 'pyjwt', version: '1.0.0' }).affected).toBe(false);
    expect(severityOf({ id: 'MAL-2026-1', affected: [] })).toBe('critical');
    expect(severityOf(record)).toBe('high');
    expect(severityOf({ id: 'X', severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N' }] })).toBe('unknown');
  });
});

describe('look-alike names', () => {
  test('edit distance counts an adjacent swap as one edit', () => {
    expect(editDistance('stirpe', 'stripe', 2)).toBe(1);
    expect(editDistance('jsonwebtokne', 'jsonwebtoken', 2)).toBe(1);
    expect(editDistance('express', 'stripe', 9)).toBe(6);
  });

  test.each([
    ['npm', 'stirpe', 'stripe'],
    ['npm', 'jsonwebtokens', 'jsonwebtoken'],
    ['npm', 'expres-session', 'express-session'],
    ['PyPI', 'djang-allauth', 'django-allauth'],
    ['npm', 'stripe', undefined],
    ['npm', 'strip-ansi', undefined],
    ['npm', 'jose', undefined],
    ['npm', '@stripe/stripe-js', undefined],
    ['RubyGems', 'oauth', undefined],
  ] as const)('%s %s imitates %s', (ecosystem, name, target) => {
    const table = criticalTable();
    const imitated = table.classify(ecosystem, name) ? undefined : imitatedName(name, table.exactNames(ecosystem));
    expect(imitated).toBe(target);
  });

  test('the manifest extends the table, by name, prefix or ecosystem', () => {
    const table = criticalTable(['acme-sso', '@acme/auth-*', 'PyPI:acme-billing']);
    expect(table.classify('npm', 'acme-sso')).toBe('declared critical');
    expect(table.classify('npm', '@acme/auth-core')).toBe('declared critical');
    expect(table.classify('PyPI', 'Acme_Billing')).toBe('declared critical');
    expect(table.classify('npm', 'acme-billing')).toBeUndefined();
    expect(table.classify('Go', 'github.com/golang-jwt/jwt/v5')).toBe('auth');
    expect(table.classify('npm', 'passport-google-oauth20')).toBe('auth');
    expect(table.classify('npm', 'express')).toBeUndefined();
  });
});
