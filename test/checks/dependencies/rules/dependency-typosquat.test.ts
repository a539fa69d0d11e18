import { packageLock, ruleTester } from '../tester.js';

ruleTester('dependency-typosquat', {
  valid: [
    { name: 'the real names', files: { 'package-lock.json': packageLock({ stripe: { version: '14.0.0' }, 'express-session': { version: '1.17.3' } }) } },
    { name: 'ordinary names near nothing critical', files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' }, 'strip-ansi': { version: '7.1.0' } }) } },
    { name: 'a name the manifest declares critical', section: 'critical: [stirpe]', files: { 'package-lock.json': packageLock({ stirpe: { version: '1.0.0' } }) } },
    {
      name: 'on a pull request, a look-alike already on the base branch is context',
      base: { 'package-lock.json': packageLock({ stirpe: { version: '1.0.0' } }) },
      files: { 'package-lock.json': packageLock({ stirpe: { version: '1.0.0' }, express: { version: '4.18.2' } }) },
    },
  ],
  invalid: [
    {
      name: 'one swapped letter',
      files: { 'package-lock.json': packageLock({ stirpe: { version: '1.0.0' } }) },
      errors: [{ file: 'package-lock.json', line: 14, severity: 'error', message: 'stirpe 1.0.0 is named like stripe, a critical package, but is not it' }],
    },
    {
      name: 'PyPI names compare after normalization',
      files: { 'requirements.txt': 'Django==4.2.7\ndjang0_allauth==0.54.0\n' },
      errors: [{ file: 'requirements.txt', line: 2, message: 'djang0-allauth 0.54.0 is named like django-allauth, a critical package, but is not it' }],
    },
    {
      name: 'on a pull request, a look-alike it adds',
      base: { 'package-lock.json': packageLock({ express: { version: '4.18.2' } }) },
      files: { 'package-lock.json': packageLock({ express: { version: '4.18.2' }, jsonwebtokens: { version: '9.0.0' } }) },
      errors: [{ file: 'package-lock.json', line: 18, message: 'jsonwebtokens 9.0.0 is named like jsonwebtoken, a critical package, but is not it' }],
    },
  ],
});
