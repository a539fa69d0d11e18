import { ruleTester } from '../rule-tester.js';

const ENVS = `environments:
  staging:
    url: https://staging.ops.example.com
    env-file: staging.env
  production:
    url: https://ops.example.com
    env-file: production.env
`;
const withEnv = (env = '  declared-in: []\n') => `${ENVS}env:\n${env}`;

ruleTester('env-forbidden-value', {
  valid: [
    {
      name: 'production points at its own hosts; staging may use localhost',
      manifest: withEnv(),
      files: { 'staging.env': 'DATABASE_URL=postgres://app:pw@localhost/app\n', 'production.env': 'DATABASE_URL=postgres://app:pw@db.internal/app\nAPI_URL=https://api.ops.example.com\n' },
    },
    {
      name: 'a word that merely contains "localhost" is not a host',
      manifest: withEnv(),
      files: { 'staging.env': '', 'production.env': 'GREETING="no localhost here"\n' },
    },
    {
      name: 'env.production can name no environment at all',
      manifest: withEnv('  production: []\n'),
      files: { 'staging.env': '', 'production.env': 'REDIS_URL=redis://127.0.0.1:6379\n' },
    },
    {
      name: 'forbid applies only to the environment it names',
      manifest: withEnv('  vars:\n    DATABASE_URL: { forbid: { production: [staging] } }\n'),
      files: { 'staging.env': 'DATABASE_URL=postgres://db.staging.internal/app\n', 'production.env': 'DATABASE_URL=postgres://db.internal/app\n' },
    },
  ],
  invalid: [
    {
      name: 'production at localhost: on the value',
      manifest: withEnv(),
      files: { 'staging.env': '', 'production.env': 'LOG_LEVEL=info\nDATABASE_URL=postgres://app:demo@localhost/app\n' },
      errors: [{
        file: 'production.env', line: 2, column: 14, message: 'DATABASE_URL in production points at localhost',
        hint: "Point DATABASE_URL in production.env at production's own service; a production app talking to localhost or to staging fails or leaks data between environments.",
      }],
    },
    {
      name: 'loopback and any-address forms',
      manifest: withEnv(),
      files: {
        'staging.env': '',
        'production.env': 'A=http://127.0.0.1:8080\nB=0.0.0.0\nC=http://[::1]:3000/x\nD=redis://cache.localhost\nE="Host=localhost;Database=app"\n',
      },
      errors: [
        { line: 1, column: 3, message: 'A in production points at a local address (127.0.0.1)' },
        { line: 2, column: 3, message: 'B in production points at a local address (0.0.0.0)' },
        { line: 3, column: 3, message: 'C in production points at a local address (::1)' },
        { line: 4, column: 3, message: 'D in production points at localhost' },
        { line: 5, column: 3, message: 'E in production points at localhost' },
      ],
    },
    {
      name: "production pointing at staging's host (or a subdomain of it)",
      manifest: withEnv(),
      files: { 'staging.env': '', 'production.env': 'API_URL=https://api.staging.ops.example.com/v1\n' },
      errors: [{ file: 'production.env', line: 1, column: 9, message: "API_URL in production points at staging's host (staging.ops.example.com)" }],
    },
    {
      name: 'forbid: on the value, naming the manifest entry',
      manifest: withEnv('  vars:\n    DATABASE_URL: { forbid: { production: [staging, localhost] } }\n'),
      files: { 'staging.env': '', 'production.env': 'DATABASE_URL=postgres://db.STAGING.internal/app\n' },
      errors: [{
        file: 'production.env', line: 1, column: 14, message: 'DATABASE_URL in production contains "staging", which env.vars.DATABASE_URL.forbid.production rules out',
        hint: "Point DATABASE_URL in production.env at production's own service.",
      }],
    },
    {
      name: 'a name-only environment in env.production',
      manifest: withEnv('  production: [staging]\n'),
      files: { 'staging.env': 'CACHE=localhost:6379\n', 'production.env': '' },
      errors: [{ file: 'staging.env', line: 1, column: 7 }],
    },
    {
      name: 'a value from the vars input: on the manifest forbid entry',
      manifest: withEnv('  vars:\n    API_URL:\n      forbid:\n        production: [staging]\n'),
      environment: 'production',
      inputs: { vars: '{"API_URL":"https://staging.ops.example.com"}' },
      files: { 'staging.env': '', 'production.env': '' },
      errors: [{ file: '.github/release-gate.yml', line: 13, column: 22 }],
    },
  ],
});
