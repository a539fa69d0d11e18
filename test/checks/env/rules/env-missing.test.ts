import { ruleTester } from '../rule-tester.js';

const TWO_ENVS = `environments:
  staging:
    url: https://staging.example.com
    env-file: deploy/staging.env
  production:
    url: https://app.example.com
    env-file: deploy/production.env
`;

ruleTester('env-missing', {
  valid: [
    {
      name: 'every declared variable is set in every environment',
      manifest: `${TWO_ENVS}env:\n  declared-in: [.env.example]\n`,
      files: { '.env.example': 'API_URL=\nLOG_LEVEL=\n', 'deploy/staging.env': 'API_URL=https://api.staging.example.com\nLOG_LEVEL=info\n', 'deploy/production.env': 'API_URL=https://api.example.com\nLOG_LEVEL=warn\n' },
    },
    {
      name: 'required: false makes a variable optional',
      manifest: `${TWO_ENVS}env:\n  vars:\n    SENTRY_DSN: { required: false }\n`,
      files: { 'deploy/staging.env': '', 'deploy/production.env': '' },
    },
    {
      name: 'required-in limits where it is needed',
      manifest: `${TWO_ENVS}env:\n  vars:\n    SENTRY_DSN: { required-in: [production] }\n`,
      files: { 'deploy/staging.env': '', 'deploy/production.env': 'SENTRY_DSN=https://k@o1.ingest.sentry.io/1\n' },
    },
    {
      name: 'a name known only from the GitHub API counts as present',
      manifest: `${TWO_ENVS}env:\n  declared-in: [.env.example]\n`,
      environment: 'production',
      inputs: { secrets: '{"SESSION_SECRET":"prod-session-value-123"}' },
      files: { '.env.example': 'SESSION_SECRET=\n', 'deploy/production.env': '' },
    },
    {
      name: 'an environment without a value source is not checked',
      manifest: `environments:\n  staging:\n    url: https://staging.example.com\nenv:\n  declared-in: [.env.example]\n`,
      files: { '.env.example': 'API_URL=\n' },
    },
  ],
  invalid: [
    {
      name: 'missing in one environment: on the declaring line of .env.example',
      manifest: `${TWO_ENVS}env:\n  declared-in: [.env.example]\n`,
      files: { '.env.example': 'API_URL=\nLOG_LEVEL=\n', 'deploy/staging.env': 'API_URL=https://api.staging.example.com\nLOG_LEVEL=info\n', 'deploy/production.env': 'API_URL=https://api.example.com\n' },
      errors: [{ file: '.env.example', line: 2, column: 1, message: 'LOG_LEVEL is missing in production (checked deploy/production.env)' }],
    },
    {
      name: 'empty counts as missing',
      manifest: `${TWO_ENVS}env:\n  declared-in: [.env.example]\n`,
      files: { '.env.example': 'API_URL=\n', 'deploy/staging.env': 'API_URL=""\n', 'deploy/production.env': 'API_URL=https://api.example.com\n' },
      errors: [{ file: '.env.example', line: 1, column: 1, message: 'API_URL is empty in staging (checked deploy/staging.env)' }],
    },
    {
      name: 'required-in: on the list item naming the environment',
      manifest: `${TWO_ENVS}env:\n  vars:\n    SENTRY_DSN:\n      required-in: [staging, production]\n`,
      files: { 'deploy/staging.env': 'SENTRY_DSN=https://k@o1.ingest.sentry.io/1\n', 'deploy/production.env': '' },
      errors: [{ file: '.github/release-gate.yml', line: 12, column: 30 }],
    },
    {
      name: 'required: true: on the required key of the manifest',
      manifest: `${TWO_ENVS}env:\n  vars:\n    SENTRY_DSN:\n      required: true\n`,
      files: { 'deploy/staging.env': '', 'deploy/production.env': 'SENTRY_DSN=x\n' },
      errors: [{ file: '.github/release-gate.yml', line: 12, column: 17, message: /SENTRY_DSN is missing in staging/ }],
    },
    {
      name: 'declared only in env.vars: on its key',
      manifest: `${TWO_ENVS}env:\n  vars:\n    API_URL: { format: url }\n`,
      files: { 'deploy/staging.env': 'API_URL=https://a.example.com\n', 'deploy/production.env': '# nothing yet\n' },
      errors: [{ file: '.github/release-gate.yml', line: 11, column: 5 }],
    },
    {
      name: 'the secrets and vars inputs of a job bound to production',
      manifest: `${TWO_ENVS}env:\n  declared-in: [.env.example]\n`,
      environment: 'production',
      inputs: { secrets: '{"SESSION_SECRET":"prod-session-value-123","github_token":"ghs_fake"}', vars: '{"LOG_LEVEL":"info"}' },
      files: { '.env.example': 'SESSION_SECRET=\nLOG_LEVEL=\nAPI_URL=\n', 'deploy/production.env': '' },
      errors: [{ file: '.env.example', line: 3, column: 1, message: 'API_URL is missing in production (checked the secrets input, the vars input and deploy/production.env)' }],
    },
  ],
});
