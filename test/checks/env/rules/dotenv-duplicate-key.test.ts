import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-duplicate-key', {
  valid: [
    { name: 'distinct keys', manifest: DECLARED, files: { '.env.example': 'A=1\nB=2\n' } },
    { name: 'keys differing in case are different variables', manifest: DECLARED, files: { '.env.example': 'A=1\na=2\n' } },
  ],
  invalid: [
    {
      name: 'the second occurrence is reported, naming the first',
      manifest: DECLARED,
      files: { '.env.example': 'A=1\nB=2\nexport A=3\n' },
      errors: [{ file: '.env.example', line: 3, column: 8, message: 'A is set again here (first on line 1); the later value wins', severity: 'warning' }],
    },
    {
      name: 'in an environment\'s env-file too',
      manifest: 'environments:\n  production:\n    env-file: prod.env\nenv:\n  declared-in: []\n',
      files: { 'prod.env': 'A=1\nA=1\nA=1\n' },
      errors: [{ file: 'prod.env', line: 2, column: 1 }, { file: 'prod.env', line: 3, column: 1 }],
    },
  ],
});
