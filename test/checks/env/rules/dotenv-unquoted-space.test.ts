import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-unquoted-space', {
  valid: [
    { name: 'quoted, or one word with a comment', manifest: DECLARED, files: { '.env.example': 'A="two words"\nB=one # a comment\nC=\'x y\'\n' } },
  ],
  invalid: [
    {
      manifest: DECLARED,
      files: { '.env.example': 'GREETING=hello world\n' },
      errors: [{ file: '.env.example', line: 1, column: 10, message: 'the value of GREETING holds whitespace but is not quoted', severity: 'warning' }],
    },
  ],
});
