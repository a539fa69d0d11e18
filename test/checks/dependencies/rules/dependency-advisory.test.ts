import { afterAll, beforeAll } from '@jest/globals';
import { packageJson, packageLock, ruleTester } from '../tester.js';
import { startOsvStandIn, type StandIn } from '../stand-ins.js';

let osv: StandIn;
beforeAll(async () => {
  osv = await startOsvStandIn([
    { id: 'GHSA-lodash-0001', summary: 'Prototype pollution in zipObjectDeep', database_specific: { severity: 'HIGH' },
      affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, versions: ['4.17.15'], ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.17.16' }] }] }] },
    { id: 'GHSA-ms-0001', summary: 'Inefficient regular expression', database_specific: { severity: 'LOW' },
      affected: [{ package: { ecosystem: 'npm', name: 'ms' }, versions: ['0.7.0'], ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }] },
    { id: 'MAL-2026-42', summary: 'Malicious code in colours-js',
      affected: [{ package: { ecosystem: 'npm', name: 'colours-js' }, versions: ['1.0.0'] }] },
  ]);
});
afterAll(() => osv.close());
const online = (extra = '') => () => `advisories: osv\nosv-url: ${osv.url}\n${extra}`;

ruleTester('dependency-advisory', {
  valid: [
    { name: 'a fixed version', section: online(), files: { 'package-lock.json': packageLock({ lodash: { version: '4.17.21' } }) } },
    { name: 'below min-severity', section: online('min-severity: moderate'), files: { 'package-lock.json': packageLock({ ms: { version: '0.7.0' } }) } },
    { name: 'advisories: off', files: { 'package-lock.json': packageLock({ lodash: { version: '4.17.15' } }) } },
  ],
  invalid: [
    {
      name: 'an advisory on an ordinary package is a warning on its lockfile line, with the declaring line',
      section: online(),
      files: { 'package.json': packageJson({ lodash: '^4.17.0' }), 'package-lock.json': packageLock({ lodash: { version: '4.17.15' } }) },
      errors: [{ file: 'package-lock.json', line: 14, severity: 'warning', message: 'lodash 4.17.15 has GHSA-lodash-0001 (high): Prototype pollution in zipObjectDeep (declared in package.json:5)' }],
    },
    {
      name: 'a malicious package is an error whatever its severity filter',
      section: online('min-severity: critical'),
      files: { 'package-lock.json': packageLock({ 'colours-js': { version: '1.0.0' } }, []) },
      errors: [{ file: 'package-lock.json', line: 12, severity: 'error', message: 'colours-js 1.0.0 is a known malicious package (MAL-2026-42): Malicious code in colours-js (a transitive dependency)' }],
    },
  ],
});
