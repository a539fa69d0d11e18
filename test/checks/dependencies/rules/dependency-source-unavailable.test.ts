import { afterAll, beforeAll } from '@jest/globals';
import { packageLock, ruleTester } from '../tester.js';
import { startOsvStandIn, type StandIn } from '../stand-ins.js';

let failing: StandIn;
beforeAll(async () => {
  failing = await startOsvStandIn([], { failWith: 503 });
});
afterAll(() => failing.close());
const lock = { 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) };

ruleTester('dependency-source-unavailable', {
  valid: [
    { name: 'advisories: off', files: lock },
    { name: 'nothing to ask about', section: () => `advisories: osv\nosv-url: ${failing.url}`, files: { 'requirements.txt': 'requests>=2\n' } },
  ],
  invalid: [
    {
      name: 'the OSV API fails',
      section: () => `advisories: osv\nosv-url: ${failing.url}`,
      files: lock,
      errors: [{ file: '.github/release-gate.yml', line: 3, severity: 'error', message: 'the OSV API answered POST /v1/querybatch with HTTP 503' }],
    },
    {
      name: 'the OSV API cannot be reached',
      section: 'advisories: osv\nosv-url: http://127.0.0.1:9',
      files: lock,
      errors: [{ file: '.github/release-gate.yml', line: 3, message: /^the OSV API at http:\/\/127\.0\.0\.1:9 could not be asked \(connection refused/ }],
    },
    {
      name: 'the export directory is missing',
      section: 'advisories: osv-export',
      files: lock,
      errors: [{ file: '.github/release-gate.yml', line: 3, message: /^the advisories directory .*osv-export cannot be read \(ENOENT\)$/ }],
    },
    {
      name: 'the base branch cannot be found',
      base: { 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) },
      baseRef: 'origin/no-such-branch',
      files: lock,
      errors: [{ file: '.github/release-gate.yml', line: 2, message: /^the lockfiles of origin\/no-such-branch could not be read, so nothing was compared with it: cannot find where HEAD left origin\/no-such-branch/ }],
    },
  ],
});
