import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-space-around-equals', {
  valid: [
    { name: 'no spaces', manifest: DECLARED, files: { '.env.example': 'A=1\nB=\nC= # empty, with a comment\n' } },
  ],
  invalid: [
    {
      manifest: DECLARED,
      files: { '.env.example': 'A =1\nB= 2\nC = "3"\n' },
      errors: [
        { file: '.env.example', line: 1, column: 2, message: 'A has spaces around =', severity: 'notice' },
        { line: 2, column: 3 },
        { line: 3, column: 2 },
      ],
    },
  ],
});
