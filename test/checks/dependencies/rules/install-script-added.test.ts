import { packageLock, ruleTester } from '../tester.js';

const before = packageLock({ bcrypt: { version: '5.1.0', hasInstallScript: true, dependencies: { 'node-addon-api': '^5.0.0' } }, 'node-addon-api': { version: '5.0.0' }, 'left-pad': { version: '1.3.0' } }, ['bcrypt', 'left-pad']);

ruleTester('install-script-added', {
  valid: [
    { name: 'the same script as before', base: { 'package-lock.json': before }, files: { 'package-lock.json': before.replace('"left-pad": "^1.3.0"', '"left-pad": "^1.3.0" ') } },
    {
      name: 'a new script outside any critical tree',
      base: { 'package-lock.json': before },
      files: { 'package-lock.json': packageLock({ bcrypt: { version: '5.1.0', hasInstallScript: true, dependencies: { 'node-addon-api': '^5.0.0' } }, 'node-addon-api': { version: '5.0.0' }, 'left-pad': { version: '1.3.1', hasInstallScript: true } }, ['bcrypt', 'left-pad']) },
    },
  ],
  invalid: [
    {
      name: 'a dependency of a critical package gains a script',
      base: { 'package-lock.json': before },
      files: { 'package-lock.json': packageLock({ bcrypt: { version: '5.1.0', hasInstallScript: true, dependencies: { 'node-addon-api': '^5.0.0' } }, 'node-addon-api': { version: '5.0.1', hasInstallScript: true }, 'left-pad': { version: '1.3.0' } }, ['bcrypt', 'left-pad']) },
      errors: [{ file: 'package-lock.json', line: 22, severity: 'warning', message: 'node-addon-api 5.0.1, under bcrypt (auth), runs an install script that the base branch did not have' }],
    },
    {
      name: 'pnpm requiresBuild on a critical package',
      base: { 'pnpm-lock.yaml': "lockfileVersion: '6.0'\n\ndependencies:\n  passport:\n    specifier: ^0.6.0\n    version: 0.6.0\n\npackages:\n\n  /passport@0.6.0:\n    resolution: {integrity: sha512-x}\n    dev: false\n" },
      files: { 'pnpm-lock.yaml': "lockfileVersion: '6.0'\n\ndependencies:\n  argon2:\n    specifier: ^0.31.0\n    version: 0.31.2\n  passport:\n    specifier: ^0.6.0\n    version: 0.6.0\n\npackages:\n\n  /argon2@0.31.2:\n    resolution: {integrity: sha512-y}\n    requiresBuild: true\n    dev: false\n\n  /passport@0.6.0:\n    resolution: {integrity: sha512-x}\n    dev: false\n" },
      errors: [{ file: 'pnpm-lock.yaml', line: 13, message: 'argon2 0.31.2, an auth package, runs an install script that the base branch did not have' }],
    },
  ],
});
