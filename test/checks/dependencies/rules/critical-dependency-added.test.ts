import { packageJson, packageLock, ruleTester } from '../tester.js';

const base = { 'package.json': packageJson({ express: '^4.18.2' }), 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) };

ruleTester('critical-dependency-added', {
  valid: [
    { name: 'without --base nothing is "added"', files: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' } }) } },
    { name: 'a non-critical package added', base, files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' }, cors: { version: '2.8.5' } }) } },
    { name: 'a critical package that was already there, upgraded', base: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' } }) }, files: { 'package-lock.json': packageLock({ stripe: { version: '14.1.0' } }) } },
  ],
  invalid: [
    {
      name: 'a direct payments package, with its package.json line',
      base,
      files: {
        'package.json': packageJson({ express: '^4.18.2', stripe: '^14.0.0' }),
        'package-lock.json': packageLock({ express: { version: '4.18.2' }, stripe: { version: '14.0.0' } }),
      },
      errors: [{ file: 'package-lock.json', line: 18, severity: 'warning', message: 'this pull request adds stripe 14.0.0, a payments package (declared in package.json:6)' }],
    },
    {
      name: 'critical packages that come with a direct one are not listed apart',
      base,
      files: {
        'package.json': packageJson({ express: '^4.18.2', 'next-auth': '^4.24.5' }),
        'package-lock.json': packageLock({ express: { version: '4.18.2' }, 'next-auth': { version: '4.24.5' }, jose: { version: '4.15.4' } }, ['express', 'next-auth']),
      },
      errors: [{ file: 'package-lock.json', line: 18, message: 'this pull request adds next-auth 4.24.5, an auth package (declared in package.json:6)' }],
    },
    {
      name: 'a critical package pulled in by an ordinary one is news',
      base,
      files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' }, 'some-sdk': { version: '1.0.0' }, 'jsonwebtoken': { version: '9.0.2' } }, ['express', 'some-sdk']) },
      errors: [{ file: 'package-lock.json', line: 21, message: 'this pull request adds jsonwebtoken 9.0.2, an auth package (a transitive dependency)' }],
    },
  ],
});
