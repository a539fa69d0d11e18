import { ruleTester } from '../rule-tester.js';

ruleTester('env-unused', {
  valid: [
    {
      name: 'every declared variable is read somewhere',
      manifest: 'env:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts", ".github/workflows/*.yml"]\n  vars:\n    API_URL: { format: url }\n',
      files: {
        '.env.example': 'DATABASE_URL=\nDEPLOY_KEY=\n',
        'src/db.ts': 'export const url = process.env.DATABASE_URL ?? process.env.API_URL;\n',
        '.github/workflows/d.yml': 'env:\n  K: ${{ secrets.deploy_key }}\n',
      },
    },
    {
      name: 'without scan, nothing can be called unused',
      manifest: 'env:\n  declared-in: [.env.example]\n',
      files: { '.env.example': 'DATABASE_URL=\n' },
    },
    {
      name: 'env.ignore and platform names',
      manifest: 'env:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts"]\n  ignore: [PORT]\n',
      files: { '.env.example': 'PORT=\nNODE_ENV=\n', 'src/a.ts': 'export {};\n' },
    },
  ],
  invalid: [
    {
      name: 'on the declaring line of .env.example',
      manifest: 'env:\n  declared-in: [.env.example]\n  scan: ["src/**/*.ts"]\n',
      files: { '.env.example': 'DATABASE_URL=\n  OLD_FLAG=\n', 'src/db.ts': 'export const url = process.env.DATABASE_URL;\n' },
      errors: [{
        file: '.env.example', line: 2, column: 3, message: 'OLD_FLAG is declared but no scanned file uses it', severity: 'warning',
        hint: 'Remove OLD_FLAG from .env.example if nothing reads it any more; if a framework or the platform reads it, add it to env.ignore in .github/release-gate.yml.',
      }],
    },
    {
      name: 'declared only in env.vars: on its key',
      manifest: 'env:\n  scan: ["src/**/*.ts"]\n  vars:\n    LEGACY_URL: { format: url }\n',
      files: { 'src/db.ts': 'export {};\n' },
      errors: [{ file: '.github/release-gate.yml', line: 5, column: 5 }],
    },
  ],
});
