import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { packageJson, packageLock, ruleTester, runCase } from '../tester.js';
import { startOsvStandIn, type StandIn, type OsvRecordFixture } from '../stand-ins.js';

const RECORDS: OsvRecordFixture[] = [
  { id: 'GHSA-jwt-0001', summary: 'jsonwebtoken verifies tokens signed with the none algorithm', database_specific: { severity: 'CRITICAL' },
    affected: [{ package: { ecosystem: 'npm', name: 'jsonwebtoken' }, versions: ['8.5.1'], ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '9.0.0' }] }] }] },
  { id: 'GHSA-allauth-0001', summary: 'Account takeover through email confirmation', database_specific: { severity: 'MODERATE' },
    affected: [{ package: { ecosystem: 'PyPI', name: 'django-allauth' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '0.54.0' }] }] }] },
  { id: 'GHSA-devise-0001', summary: 'Lockable bypass', database_specific: { severity: 'HIGH' },
    affected: [{ package: { ecosystem: 'RubyGems', name: 'devise' }, versions: ['4.9.2'], ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '4.0' }, { last_affected: '4.9.2' }] }] }] },
];

let osv: StandIn;
let exportDir: string;
beforeAll(async () => {
  osv = await startOsvStandIn(RECORDS);
  exportDir = mkdtempSync(join(tmpdir(), 'release-gate-osv-'));
  for (const r of RECORDS) {
    mkdirSync(join(exportDir, r.affected[0]!.package.ecosystem), { recursive: true });
    writeFileSync(join(exportDir, r.affected[0]!.package.ecosystem, `${r.id}.json`), JSON.stringify(r));
  }
});
afterAll(async () => {
  await osv.close();
  rmSync(exportDir, { recursive: true, force: true });
});
const online = () => `advisories: osv\nosv-url: ${osv.url}`;
const offline = () => `advisories: ${exportDir}`;

const jwtLock = { 'package.json': packageJson({ jsonwebtoken: '^8.5.1' }), 'package-lock.json': packageLock({ jsonwebtoken: { version: '8.5.1' } }) };
const jwtError = { file: 'package-lock.json', line: 14, severity: 'error' as const, message: 'jsonwebtoken 8.5.1, an auth package, has GHSA-jwt-0001 (critical): jsonwebtoken verifies tokens signed with the none algorithm (declared in package.json:5)' };

ruleTester('dependency-advisory-critical', {
  valid: [
    { name: 'a fixed version (online)', section: online, files: { 'package-lock.json': packageLock({ jsonwebtoken: { version: '9.0.2' } }) } },
    { name: 'a fixed version (PEP 440, offline)', section: offline, files: { 'requirements.txt': 'django-allauth==0.54.0\n' } },
    { name: 'after last_affected (RubyGems, offline)', section: offline, files: { 'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    devise (4.9.3)\n\nDEPENDENCIES\n  devise\n' } },
  ],
  invalid: [
    { name: 'online', section: online, files: jwtLock, errors: [jwtError] },
    { name: 'offline, from an OSV export directory', section: offline, files: jwtLock, errors: [jwtError] },
    {
      name: 'PyPI, offline, matched by range',
      section: offline,
      files: { 'requirements.txt': 'Django==4.2.7\ndjango_allauth==0.53.1\n' },
      errors: [{ file: 'requirements.txt', line: 2, message: 'django-allauth 0.53.1, an auth package, has GHSA-allauth-0001 (moderate): Account takeover through email confirmation' }],
    },
    {
      name: 'RubyGems, offline, up to last_affected',
      section: offline,
      files: { 'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    devise (4.9.2)\n\nDEPENDENCIES\n  devise\n', Gemfile: 'source "https://rubygems.org"\ngem "devise"\n' },
      errors: [{ file: 'Gemfile.lock', line: 4, message: 'devise 4.9.2, an auth package, has GHSA-devise-0001 (high): Lockable bypass (declared in Gemfile:2)' }],
    },
  ],
});

test('online: one batch for every lockfile, each advisory fetched once per run', async () => {
  osv.requests.length = 0;
  const { findings, metrics } = await runCase({
    section: online,
    files: { 'a/package-lock.json': packageLock({ jsonwebtoken: { version: '8.5.1' } }), 'b/package-lock.json': packageLock({ jsonwebtoken: { version: '8.5.1' }, express: { version: '4.18.2' } }) },
  });
  expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
    ['dependency-advisory-critical', 'a/package-lock.json', 14],
    ['dependency-advisory-critical', 'b/package-lock.json', 15],
  ]);
  expect(osv.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/querybatch', 'GET /v1/vulns/GHSA-jwt-0001']);
  expect(JSON.parse(osv.requests[0]!.body)).toEqual({ queries: [
    { package: { ecosystem: 'npm', name: 'jsonwebtoken' }, version: '8.5.1' },
    { package: { ecosystem: 'npm', name: 'express' }, version: '4.18.2' },
  ] });
  expect(metrics.queried).toBe(2);
});
