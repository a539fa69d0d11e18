import { ruleTester } from '../rule-tester.js';

const ENVS = `environments:
  staging:
    url: https://staging.example.com
    env-file: staging.env
  production:
    url: https://app.example.com
    env-file: production.env
`;

ruleTester('env-shared-secret', {
  valid: [
    {
      name: 'secrets that differ',
      manifest: `${ENVS}env:\n  vars:\n    SESSION_SECRET: { secret: true }\n`,
      files: { 'staging.env': 'SESSION_SECRET=staging-only-value-1\n', 'production.env': 'SESSION_SECRET=production-only-value-2\n' },
    },
    {
      name: 'a shared value that is neither secret nor distinct',
      manifest: `${ENVS}env:\n  vars:\n    LOG_LEVEL: {}\n`,
      files: { 'staging.env': 'LOG_LEVEL=info\n', 'production.env': 'LOG_LEVEL=info\n' },
    },
    {
      name: 'distinct: false turns it off for a secret-like name',
      manifest: `${ENVS}env:\n  vars:\n    SENTRY_DSN: { distinct: false }\n`,
      files: { 'staging.env': 'SENTRY_DSN=https://k@o1.ingest.sentry.io/1\n', 'production.env': 'SENTRY_DSN=https://k@o1.ingest.sentry.io/1\n' },
    },
    {
      name: 'empty values are env-missing\'s business',
      manifest: `${ENVS}env:\n  vars:\n    API_TOKEN: { required: false }\n`,
      files: { 'staging.env': 'API_TOKEN=\n', 'production.env': 'API_TOKEN=\n' },
    },
  ],
  invalid: [
    {
      name: 'secret: true, same value: on the production value',
      manifest: `${ENVS}env:\n  vars:\n    SESSION_SECRET: { secret: true }\n`,
      files: { 'staging.env': 'SESSION_SECRET=same-value-everywhere\n', 'production.env': '# session\nSESSION_SECRET="same-value-everywhere"\n' },
      errors: [{ file: 'production.env', line: 2, column: 16, message: 'SESSION_SECRET has the same value in staging and production' }],
    },
    {
      name: 'a secret by name (*TOKEN*) is distinct by default, even undeclared',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      files: { 'staging.env': 'STRIPE_TOKEN=tok-shared-between-envs\n', 'production.env': 'STRIPE_TOKEN=tok-shared-between-envs\n' },
      errors: [{ file: 'production.env', line: 1, column: 14 }],
    },
    {
      name: 'distinct: true on a variable that is not secret',
      manifest: `${ENVS}env:\n  vars:\n    TENANT_ID: { distinct: true }\n`,
      files: { 'staging.env': 'TENANT_ID=42\n', 'production.env': 'TENANT_ID=42\n' },
      errors: [{ file: 'production.env', line: 1, column: 11 }],
    },
  ],
});
