import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('dotenv-lowercase-key', {
  valid: [{ manifest: DECLARED, files: { '.env.example': 'API_URL=\nV2_FLAG=\n' } }],
  invalid: [
    {
      manifest: DECLARED,
      files: { '.env.example': 'API_URL=\n  api_key=\n' },
      errors: [{ file: '.env.example', line: 2, column: 3, message: 'api_key has lowercase letters', severity: 'notice' }],
    },
  ],
});
