import { afterAll, beforeAll } from '@jest/globals';
import { packageLock, ruleTester } from '../tester.js';
import { startRegistryStandIn, type StandIn } from '../stand-ins.js';

let registry: StandIn;
beforeAll(async () => {
  registry = await startRegistryStandIn({
    '/stripe/latest': { version: '14.9.0' }, '/stripe/12.18.0': { version: '12.18.0' }, '/stripe/13.0.0': { version: '13.0.0' },
    '/api/v1/versions/devise/latest.json': { version: '4.9.3' },
    '/api/v1/versions/omniauth/latest.json': { version: '2.1.1' },
    '/github.com/golang-jwt/jwt/v4/@latest': { Version: 'v4.5.0' },
  });
});
afterAll(() => registry.close());
const urls = () => `registry: true\nregistry-urls: { npm: "${registry.url}", rubygems: "${registry.url}", go: "${registry.url}" }`;
const gems = (omniauth: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    devise (4.9.3)\n    omniauth (${omniauth})\n\nDEPENDENCIES\n  devise\n  omniauth\n`;

ruleTester('critical-dependency-outdated', {
  valid: [
    { name: 'one major behind is fine', section: urls, files: { 'package-lock.json': packageLock({ stripe: { version: '13.0.0' } }) } },
    { name: 'current gems', section: urls, files: { 'Gemfile.lock': gems('2.1.1') } },
    { name: 'a Go module at its latest', section: urls, files: { 'go.sum': 'github.com/golang-jwt/jwt/v4 v4.5.0 h1:7cYmW1XlMY7h7ii7UhUyChSgS5wUJEnm9uZVTGqOWzg=\n' } },
  ],
  invalid: [
    {
      name: 'two majors behind',
      section: urls,
      files: { 'package-lock.json': packageLock({ stripe: { version: '12.18.0' } }) },
      errors: [{ file: 'package-lock.json', line: 14, severity: 'warning', message: 'stripe 12.18.0, a payments package, is 2 major versions behind its latest release, 14.9.0' }],
    },
    {
      name: 'RubyGems',
      section: urls,
      files: { 'Gemfile.lock': gems('0.4.2') },
      errors: [{ file: 'Gemfile.lock', line: 5, message: 'omniauth 0.4.2, an auth package, is 2 major versions behind its latest release, 2.1.1' }],
    },
  ],
});
