import { ruleTester } from '../rule-tester.js';

const ENVS = `environments:
  staging:
    url: https://staging.example.com
  production:
    url: https://app.example.com
    env-file: deploy/production.env
`;

ruleTester('env-source-error', {
  valid: [
    { name: 'every source reads', manifest: `${ENVS}env:\n  declared-in: [.env.example]\n`, files: { '.env.example': '', 'deploy/production.env': '' } },
    { name: 'a declared-in glob that matches', manifest: 'env:\n  declared-in: ["config/*.env.example"]\n', files: { 'config/app.env.example': 'A=\n' } },
  ],
  invalid: [
    {
      name: 'a missing env-file: on its manifest value',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      errors: [{ file: '.github/release-gate.yml', line: 7, column: 15, message: 'deploy/production.env (env-file of production) does not exist', severity: 'error' }],
    },
    {
      name: 'a declared-in entry that matches no file',
      manifest: 'env:\n  declared-in: [.env.example, .env.sample]\n',
      files: { '.env.example': '' },
      errors: [{ file: '.github/release-gate.yml', line: 3, column: 31, message: 'env.declared-in ".env.sample" matches no file, so nothing is declared by it' }],
    },
    {
      name: 'an environment that the manifest does not define',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      environment: 'prod',
      errors: [{ file: '.github/release-gate.yml', line: 2, column: 1, message: 'environment "prod" is not defined under environments (defined: staging, production)' }],
    },
    {
      name: 'an environment with no value source',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      environment: 'staging',
      errors: [{ file: '.github/release-gate.yml', line: 3, column: 3, message: 'environment "staging" has no value source, so its variables cannot be checked' }],
    },
    {
      name: 'inputs that are not JSON never quote the input',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      environment: 'production',
      inputs: { secrets: 'SESSION_SECRET=oops-not-json', vars: '["a list"]' },
      files: { 'deploy/production.env': '' },
      errors: [
        { message: 'the `secrets` input is not JSON; pass `secrets: ${{ toJSON(secrets) }}`' },
        { message: 'the `vars` input is not a JSON object; pass `vars: ${{ toJSON(vars) }}`' },
      ],
    },
    {
      name: 'inputs without an environment',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      inputs: { vars: '{}' },
      files: { 'deploy/production.env': '' },
      errors: [{ message: /without an environment/ }],
    },
    {
      name: 'scan globs that match nothing: a warning',
      manifest: 'env:\n  scan: ["app/**/*.ts"]\n',
      errors: [{ file: '.github/release-gate.yml', line: 3, column: 9, severity: 'warning', message: /matches no JS\/TS/ }],
    },
    {
      name: 'a fingerprint file that is missing or malformed',
      manifest: `${ENVS}env:\n  declared-in: []\n`,
      inputs: { 'fingerprint-key': 'k-for-tests-only', fingerprints: 'fp/missing.json, fp/bad.json' },
      files: { 'deploy/production.env': '', 'fp/bad.json': '{"kind":"something else"}' },
      errors: [
        { file: 'fp/bad.json', line: 1, column: 1, message: /is not a release-gate fingerprint file/ },
        { file: 'fp/missing.json', line: 1, column: 1, message: 'fingerprint file fp/missing.json does not exist' },
      ],
    },
  ],
});
