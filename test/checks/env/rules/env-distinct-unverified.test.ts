import { ruleTester } from '../rule-tester.js';

const ENVS = `environments:
  staging:
    env-file: staging.env
  production:
    env-file: production.env
`;
const MANIFEST = `${ENVS}env:\n  vars:\n    SESSION_SECRET: { secret: true }\n`;
const FILES = { 'staging.env': 'SESSION_SECRET=staging-value-one\n', 'production.env': 'SESSION_SECRET=production-value-two\n' };

ruleTester('env-distinct-unverified', {
  valid: [
    { name: 'both environments compared in one run, no key needed', manifest: MANIFEST, files: FILES },
    { name: 'one environment with a key', manifest: MANIFEST, files: FILES, environment: 'production', inputs: { 'fingerprint-key': 'k-for-tests-only' } },
  ],
  invalid: [
    {
      name: 'one environment, no key',
      manifest: MANIFEST,
      files: FILES,
      environment: 'production',
      errors: [{ message: 'no fingerprint-key was given, so this job cannot write fingerprints of production for a later job to compare', severity: 'notice' }],
    },
    {
      name: 'fingerprint files, no key',
      manifest: MANIFEST,
      files: FILES,
      inputs: { fingerprints: 'a.json,b.json' },
      errors: [{ message: /names 2 file\(s\), but no fingerprint-key was given/ }],
    },
  ],
});
