import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { packageLock, ruleTester, runCase } from '../tester.js';
import { startRegistryStandIn, type StandIn } from '../stand-ins.js';

let registry: StandIn;
beforeAll(async () => {
  registry = await startRegistryStandIn({
    '/request/latest': { name: 'request', version: '2.88.2' },
    '/request/2.88.2': { name: 'request', version: '2.88.2', deprecated: 'request has been deprecated, see https://github.com/request/request/issues/3142' },
    '/passport/latest': { name: 'passport', version: '0.7.0' },
    '/passport/0.7.0': { name: 'passport', version: '0.7.0' },
    '/csurf/latest': { name: 'csurf', version: '1.11.0' },
    '/csurf/1.11.0': { name: 'csurf', version: '1.11.0', deprecated: 'This package is archived and no longer maintained.' },
    '/pypi/pyjwt/json': { info: { version: '2.8.0' }, releases: { '2.8.0': [{ yanked: false }], '2.7.1': [{ yanked: true, yanked_reason: 'broken RS256 verification' }] } },
    '/p2/laravel/passport.json': { packages: { 'laravel/passport': [{ version: 'v11.10.0', abandoned: 'laravel/sanctum' }] } },
  });
});
afterAll(() => registry.close());
const urls = () => `registry: true\nregistry-urls: { npm: "${registry.url}", pypi: "${registry.url}", packagist: "${registry.url}" }`;

ruleTester('critical-dependency-deprecated', {
  valid: [
    { name: 'a current critical package', section: urls, files: { 'package-lock.json': packageLock({ passport: { version: '0.7.0' } }) } },
    { name: 'a deprecated package that is not critical is not this check\'s business', section: urls, files: { 'package-lock.json': packageLock({ request: { version: '2.88.2' } }) } },
  ],
  invalid: [
    {
      name: 'npm deprecation',
      section: urls,
      files: { 'package-lock.json': packageLock({ csurf: { version: '1.11.0' } }) },
      errors: [{ file: 'package-lock.json', line: 14, severity: 'warning', message: 'csurf 1.11.0, a session/crypto package, is deprecated in its registry: This package is archived and no longer maintained.' }],
    },
    {
      name: 'a yanked PyPI release',
      section: urls,
      files: { 'requirements.txt': 'pyjwt==2.7.1\n' },
      errors: [{ file: 'requirements.txt', line: 1, message: 'pyjwt 2.7.1, an auth package, is deprecated in its registry: yanked: broken RS256 verification' }],
    },
    {
      name: 'an abandoned Packagist package',
      section: urls,
      files: { 'composer.lock': '{\n  "packages": [\n    {\n      "name": "laravel/passport",\n      "version": "v11.10.0"\n    }\n  ]\n}\n' },
      errors: [{ file: 'composer.lock', line: 4, message: 'laravel/passport 11.10.0, an auth package, is deprecated in its registry: abandoned; use laravel/sanctum instead (a transitive dependency)' }],
    },
  ],
});

test('only critical packages are looked up, each once, with small documents', async () => {
  registry.requests.length = 0;
  await runCase({ section: urls, files: { 'a/package-lock.json': packageLock({ passport: { version: '0.7.0' }, request: { version: '2.88.2' } }), 'b/package-lock.json': packageLock({ passport: { version: '0.7.0' } }) } });
  expect(registry.requests.map((r) => r.path).sort()).toEqual(['/passport/0.7.0', '/passport/latest']);
});
