import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-missing-final-newline', {
  valid: [
    { name: 'ends with a newline', manifest: DECLARED, files: { '.env.example': 'A=1\n' } },
    { name: 'an empty file', manifest: DECLARED, files: { '.env.example': '' } },
  ],
  invalid: [
    {
      manifest: DECLARED,
      files: { '.env.example': 'A=1\nLAST=2' },
      errors: [{ file: '.env.example', line: 2, column: 7, message: 'the file does not end with a newline', severity: 'notice' }],
    },
  ],
});
