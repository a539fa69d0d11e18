import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-invalid-line', {
  valid: [
    {
      name: 'comments, blanks, export, quotes, multi-line values and CRLF',
      manifest: DECLARED,
      files: { '.env.example': '# comment\r\n\r\nexport A=1\r\nB="two\r\nlines"\r\nC=\'x\' # note\r\nD=`y`\r\n' },
    },
  ],
  invalid: [
    {
      name: 'a line without =',
      manifest: DECLARED,
      files: { '.env.example': 'A=1\nJUSTTEXT\n' },
      errors: [{ file: '.env.example', line: 2, column: 1, message: 'the line has no `=`; write NAME= for an empty value', severity: 'error' }],
    },
    {
      name: 'a name with a space',
      manifest: DECLARED,
      files: { '.env.example': 'MY VAR=1\n' },
      errors: [{ line: 1, column: 4, message: /a name cannot hold spaces/ }],
    },
    {
      name: 'no name before =',
      manifest: DECLARED,
      files: { '.env.example': '=value\n' },
      errors: [{ line: 1, column: 1, message: 'the line has no variable name before `=`' }],
    },
    {
      name: 'characters a name cannot hold',
      manifest: DECLARED,
      files: { '.env.example': 'A$B=1\n' },
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'an unterminated quote: at the quote, and the next lines are still read',
      manifest: DECLARED,
      files: { '.env.example': 'A="open\nB=2\nC=\'x\n' },
      errors: [
        { line: 1, column: 3, message: 'the double quote that opens this value is never closed' },
        { line: 3, column: 3, message: 'the single quote that opens this value is never closed' },
      ],
    },
    {
      name: 'text after the closing quote',
      manifest: DECLARED,
      files: { '.env.example': 'A="x" y\n' },
      errors: [{ line: 1, column: 7 }],
    },
    {
      name: 'a binary file: once, where the NUL byte is',
      manifest: DECLARED,
      files: { '.env.example': Buffer.from([0x41, 0x3d, 0x31, 0x0a, 0x42, 0x00, 0xff, 0x0a]) },
      errors: [{ line: 2, column: 2, message: /binary/ }],
    },
  ],
});
