import { ruleTester } from '../tester.js';

ruleTester('lockfile-unreadable', {
  valid: [
    { name: 'a clean lockfile', files: { 'go.sum': 'golang.org/x/crypto v0.17.0 h1:r8bRNjWL3GshPW3gkd+RpvzWrZAwPS49OmTGZ/uhM4k=\n' } },
  ],
  invalid: [
    {
      name: 'a merge conflict left in package-lock.json',
      files: { 'package-lock.json': '{\n  "lockfileVersion": 3,\n  "packages": {\n<<<<<<< HEAD\n    "node_modules/a": { "version": "1.0.0" }\n=======\n  }\n}\n' },
      errors: [{ file: 'package-lock.json', line: 4, severity: 'error', message: 'package-lock.json is not valid JSON: invalid symbol' }],
    },
    {
      name: 'every problem in one Gemfile.lock, with the rest still read',
      files: { 'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    devise (4.9.3)\n    broken\n\nDEPENDENCIES\n  devise\n  ???\n' },
      errors: [
        { file: 'Gemfile.lock', line: 5, message: '"broken" in the specs of Gemfile.lock is not "name (version)"' },
        { file: 'Gemfile.lock', line: 9, message: '"???" under DEPENDENCIES in Gemfile.lock is not a gem requirement' },
      ],
    },
  ],
});
