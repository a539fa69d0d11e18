import { packageLock, ruleTester } from '../tester.js';

ruleTester('critical-dependency-removed', {
  valid: [
    { name: 'still there, other version', base: { 'package-lock.json': packageLock({ passport: { version: '0.6.0' } }) }, files: { 'package-lock.json': packageLock({ passport: { version: '0.7.0' } }) } },
  ],
  invalid: [
    {
      name: 'a session package removed',
      base: { 'package-lock.json': packageLock({ express: { version: '4.18.2' }, 'express-session': { version: '1.17.3' } }) },
      files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) },
      errors: [{ file: 'package-lock.json', line: undefined, severity: 'notice', message: 'this pull request removes express-session 1.17.3, a session/crypto package, from package-lock.json' }],
    },
    {
      name: 'a whole lockfile deleted',
      base: { 'api/requirements.txt': 'PyJWT==2.8.0\n' },
      files: { 'api/.keep': '' },
      errors: [{ file: 'api/requirements.txt', message: 'this pull request removes pyjwt 2.8.0, an auth package, from api/requirements.txt' }],
    },
  ],
});
