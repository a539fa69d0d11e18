import { ruleTester } from '../rule-tester.js';

const DECLARED = 'env:\n  declared-in: [.env.example]\n';

ruleTester('env-secret-committed', {
  valid: [
    {
      name: 'empty values and placeholders',
      manifest: DECLARED,
      files: {
        '.env.example': [
          'SESSION_SECRET=', 'API_TOKEN=changeme', 'STRIPE_KEY=your-stripe-key', 'DB_PASSWORD=<password>', 'JWT_SECRET=xxxxxxxxxxxxxxxx',
          'DATABASE_URL=postgres://app:demo@localhost/app', 'SENTRY_DSN=https://public@example.ingest.sentry.io/1', 'LOG_LEVEL=info',
          'WEBHOOK_SECRET=demo-only-not-a-secret', '',
        ].join('\n'),
      },
    },
    {
      name: 'an env-file that git does not track is not committed',
      manifest: 'environments:\n  production:\n    env-file: prod.env\nenv:\n  vars:\n    SESSION_SECRET: { required: false }\n',
      files: { 'prod.env': 'SESSION_SECRET=k8Jd93kdLs0qPz71\n' },
    },
    {
      name: 'secret: false on a secret-like name',
      manifest: `${DECLARED}  vars:\n    PUBLIC_KEY: { secret: false }\n`,
      files: { '.env.example': 'PUBLIC_KEY=pk_9f8a7b6c5d4e3f2a\n' },
    },
    {
      name: 'committed env files under env.exclude are not searched',
      manifest: 'env:\n  exclude: ["test/fixtures/**"]\n',
      files: { 'test/fixtures/app/.env': 'API_KEY=Zk3mP9qL2xV8nB4w\n' },
      commit: true,
    },
  ],
  invalid: [
    {
      name: 'a real-looking secret in .env.example: on the value',
      manifest: DECLARED,
      files: { '.env.example': 'LOG_LEVEL=info\nSESSION_SECRET=k8Jd93kdLs0qPz71\n' },
      errors: [{ file: '.env.example', line: 2, column: 16, message: 'SESSION_SECRET in .env.example holds what looks like a real secret, not a placeholder (a declared-in file)' }],
    },
    {
      name: 'a known token shape under any name, and a credential URL',
      manifest: DECLARED,
      files: { '.env.example': 'CI_HELPER="ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"\nDATABASE_URL=postgres://app:Xk29dLq0w@db.internal/app\n' },
      errors: [{ file: '.env.example', line: 1, column: 11 }, { file: '.env.example', line: 2, column: 14 }],
    },
    {
      name: 'a committed env-file, and a committed .env the manifest does not mention',
      manifest: 'environments:\n  production:\n    env-file: deploy/prod.env\nenv:\n  vars:\n    SESSION_SECRET: { required: false }\n',
      files: { 'deploy/prod.env': 'SESSION_SECRET=k8Jd93kdLs0qPz71\n', 'services/api/.env': 'API_KEY=Zk3mP9qL2xV8nB4w\n' },
      commit: true,
      errors: [
        { file: 'deploy/prod.env', line: 1, column: 16, message: /committed to git/ },
        { file: 'services/api/.env', line: 1, column: 9 },
      ],
    },
  ],
});
