import { ruleTester } from '../tester.js';

const gemLock = (devise: string) => `GEM\n  remote: https://rubygems.org/\n  specs:\n    devise (${devise})\n    rails (7.1.2)\n\nDEPENDENCIES\n  devise\n  rails\n`;

ruleTester('critical-dependency-major-change', {
  valid: [
    { name: 'a minor upgrade', base: { 'Gemfile.lock': gemLock('4.8.1') }, files: { 'Gemfile.lock': gemLock('4.9.3') } },
    { name: 'no --base', files: { 'Gemfile.lock': gemLock('4.9.3') } },
  ],
  invalid: [
    {
      name: 'RubyGems major upgrade',
      base: { 'Gemfile.lock': gemLock('4.9.3') },
      files: { 'Gemfile.lock': gemLock('5.0.0'), Gemfile: 'source "https://rubygems.org"\ngem "rails"\ngem "devise", "~> 5.0"\n' },
      errors: [{ file: 'Gemfile.lock', line: 4, severity: 'warning', message: 'devise, an auth package, changes major version: 4.9.3 → 5.0.0 (declared in Gemfile:3)' }],
    },
    {
      name: 'PEP 440 versions',
      base: { 'requirements.txt': 'authlib==0.15.5\n' },
      files: { 'requirements.txt': 'authlib==1.3.0\n' },
      errors: [{ file: 'requirements.txt', line: 1, message: 'authlib, an auth package, changes major version: 0.15.5 → 1.3.0' }],
    },
  ],
});
