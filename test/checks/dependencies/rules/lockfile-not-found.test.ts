import { ruleTester } from '../tester.js';

ruleTester('lockfile-not-found', {
  valid: [
    { name: 'a lockfile in a sub-folder is found', files: { 'services/api/poetry.lock': '[[package]]\nname = "authlib"\nversion = "1.2.1"\n' } },
  ],
  invalid: [
    {
      name: 'the default patterns find nothing',
      files: { 'package.json': '{}' , 'node_modules/x/package-lock.json': '{}' },
      errors: [{ file: '.github/release-gate.yml', line: 2, severity: 'warning', message: /^no lockfile matches \*\*\/package-lock\.json, / }],
    },
    {
      name: 'on the lockfiles key when it is given',
      section: 'lockfiles: ["app/package-lock.json"]',
      files: { 'package-lock.json': '{}' },
      errors: [{ file: '.github/release-gate.yml', line: 3, message: 'no lockfile matches app/package-lock.json' }],
    },
  ],
});
