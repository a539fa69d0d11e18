import { ruleTester } from '../rule-tester.js';

ruleTester('env-file-skipped', {
  valid: [
    { name: 'text files, and files the scanner has no language for', manifest: 'env:\n  scan: ["src/**/*"]\n', files: { 'src/a.ts': 'export {};\n', 'src/logo.png': Buffer.from([0x89, 0x50, 0x00, 0x00]) } },
    { name: 'node_modules, .git and dist are never scanned', manifest: 'env:\n  scan: ["**/*.js"]\n', files: { 'a.js': '', 'node_modules/x/big.js': Buffer.alloc(3 * 1024 * 1024, 0x61), 'dist/index.js': Buffer.from([0]) } },
  ],
  invalid: [
    {
      name: 'binary and oversized files',
      manifest: 'env:\n  scan: ["src/**/*"]\n',
      files: { 'src/a.ts': 'export {};\n', 'src/blob.js': Buffer.from([0x61, 0x00, 0x62]), 'src/huge.ts': Buffer.alloc(2 * 1024 * 1024 + 1, 0x61) },
      errors: [
        { file: 'src/blob.js', message: 'src/blob.js is binary (it holds NUL bytes); skipped', severity: 'notice' },
        { file: 'src/huge.ts', message: 'src/huge.ts is 2.0 MiB; files over 2 MiB are skipped' },
      ],
    },
  ],
});
