import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-trailing-whitespace', {
  valid: [
    { name: 'CRLF is a line ending, not whitespace', manifest: DECLARED, files: { '.env.example': 'A=1\r\nB=2\r\n' } },
    { name: 'spaces inside a multi-line quoted value belong to it', manifest: DECLARED, files: { '.env.example': 'A="line one  \nline two"\n' } },
  ],
  invalid: [
    {
      manifest: DECLARED,
      files: { '.env.example': 'A=1  \nB="x"\t\n   \n' },
      errors: [
        { file: '.env.example', line: 1, column: 4, message: 'the line ends with whitespace', severity: 'notice' },
        { line: 2, column: 6 },
        { line: 3, column: 1 },
      ],
    },
  ],
});
