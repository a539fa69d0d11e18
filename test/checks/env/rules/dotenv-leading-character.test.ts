import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-leading-character', {
  valid: [{ manifest: DECLARED, files: { '.env.example': 'A=1\n_PRIVATE=2\nexport B=3\n' } }],
  invalid: [
    {
      name: 'indented keys and keys starting with . - * or a digit',
      manifest: DECLARED,
      files: { '.env.example': '  A=1\n.B=2\n-C=3\n1D=4\n' },
      errors: [
        { file: '.env.example', line: 1, column: 1, message: 'A is indented', severity: 'warning' },
        { line: 2, column: 1, message: '.B starts with ".", not a letter or _' },
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ],
    },
    {
      name: 'a byte-order mark',
      manifest: DECLARED,
      files: { '.env.example': '\uFEFFA=1\n' },
      errors: [{ line: 1, column: 1, message: /byte-order mark/ }],
    },
  ],
});
