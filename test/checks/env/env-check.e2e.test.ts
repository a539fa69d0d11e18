import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckContext } from '../../../src/checks/check.js';
import { envCheck } from '../../../src/checks/env/index.js';
import { runGate } from '../../../src/gate.js';
import { createGit } from '../../../src/git/git.js';
import { loadManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import type { CheckDefinition } from '../../../src/checks/check.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/env/app');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture app in a temp directory, with its manifest where the CLI looks for it. */
function fixtureWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-gate-env-e2e-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  renameSync(join(dir, 'release-gate.yml'), join(dir, '.github/release-gate.yml'));
  return dir;
}

async function gateContext(dir: string, options: { environment?: string; inputs?: Record<string, string>; masker?: Masker } = {}): Promise<CheckContext> {
  return {
    cwd: dir, env: {}, manifest: await loadManifest('.github/release-gate.yml', dir), environment: options.environment,
    git: createGit(dir), masker: options.masker ?? new Masker(), now: () => new Date(0), signal: new AbortController().signal,
    input: (name) => options.inputs?.[name],
  };
}

/** Every value in the fixture's env files that is or may be secret. */
function fixtureSecrets(): string[] {
  const values: string[] = [];
  for (const file of ['deploy/staging.env', 'deploy/production.env', '.env.example']) {
    for (const line of readFileSync(join(FIXTURE, file), 'utf8').split('\n')) {
      const [key, ...rest] = line.split('=');
      const value = rest.join('=').trim();
      if (/SECRET|TOKEN|DATABASE_URL|DSN/.test(key ?? '') && value.length > 8) values.push(value);
    }
  }
  values.push('fixture-staging-pw-51c8', 'fixture-prod-pw-7e3b');
  return values;
}

const available = [envCheck] as unknown as CheckDefinition[];

describe('the env check, end to end through runGate', () => {
  test('finds every planted problem at the line where the fix goes', async () => {
    const dir = fixtureWorkspace();
    const { report } = await runGate(await gateContext(dir), { available });
    expect(report.status).toBe('fail');
    const [env] = report.checks;
    expect(env).toMatchObject({ check: 'env', status: 'fail' });
    expect(env!.findings.map((f) => [f.severity, f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['error', 'env-missing', '.env.example', 6, 1, 'SMTP_HOST is missing in production (checked deploy/production.env)'],
      ['error', 'env-secret-committed', '.env.example', 8, 11, 'API_TOKEN in .env.example holds what looks like a real secret, not a placeholder (a declared-in file)'],
      ['error', 'env-forbidden-value', 'deploy/production.env', 1, 14, 'DATABASE_URL in production points at localhost'],
      ['error', 'env-shared-secret', 'deploy/production.env', 2, 16, 'SESSION_SECRET has the same value in staging and production'],
      ['error', 'env-invalid-value', 'deploy/staging.env', 3, 11, 'LOG_LEVEL in staging is not one of debug, info, warn, error'],
      ['error', 'env-undeclared-use', 'src/config.ts', 7, 22, 'FEATURE_FLAGS is used here but declared nowhere (not in .env.example or env.vars)'],
      ['warning', 'env-unused', '.env.example', 7, 1, 'OLD_SETTING is declared but no scanned file uses it'],
      ['notice', 'dotenv-trailing-whitespace', 'deploy/staging.env', 3, 18, 'the line ends with whitespace'],
    ]);
    for (const f of env!.findings) expect(f.hint).toBeTruthy();
    expect(env!.metrics).toEqual({
      environments: [
        { name: 'staging', sources: ['deploy/staging.env'], variables: 6 },
        { name: 'production', sources: ['deploy/production.env'], variables: 6 },
      ],
      declared: 8, uses: 8, filesScanned: 3, filesSkipped: 0,
      envFiles: ['.env.example', 'deploy/staging.env', 'deploy/production.env'],
      fingerprintsCompared: ['staging', 'production'],
    });
  });

  test('no secret value from the fixtures appears anywhere in the report, masked or not', async () => {
    const dir = fixtureWorkspace();
    const secrets = fixtureSecrets();
    const masker = new Masker();
    const { report, artifacts } = await runGate(await gateContext(dir, { masker, inputs: { 'fingerprint-key': 'fixture-fingerprint-key-31' } }), { available });
    const text = JSON.stringify({ report, artifacts });
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain('fixture-fingerprint-key-31');
    // Not only masked: the check itself never wrote them (the masker knew them all).
    for (const secret of secrets) expect(masker.mask(secret)).toBe('***');
    const raw = await envCheck.run(await gateContext(dir, { inputs: { 'fingerprint-key': 'fixture-fingerprint-key-31' } }), (await loadManifest('.github/release-gate.yml', dir)).data.env!);
    const rawText = JSON.stringify(raw);
    for (const secret of secrets) expect(rawText).not.toContain(secret);
  });

  test('rules: overrides in the manifest apply to env findings', async () => {
    const dir = fixtureWorkspace();
    const manifest = join(dir, '.github/release-gate.yml');
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}  rules:\n    env-unused: off\n    dotenv-trailing-whitespace: off\n    env-shared-secret: warning\n`);
    const { report } = await runGate(await gateContext(dir), { available });
    const ids = report.checks[0]!.findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids).not.toContain('env-unused:warning');
    expect(ids).not.toContain('dotenv-trailing-whitespace:notice');
    expect(ids).toContain('env-shared-secret:warning');
  });
});

describe('distinct secrets across jobs, by fingerprint', () => {
  const MANIFEST = `version: 1
environments:
  staging:
    url: https://staging.example.com
  production:
    url: https://app.example.com
env:
  declared-in: [.env.example]
`;
  const KEY = 'shared-fingerprint-key-for-tests';

  function jobWorkspace(): string {
    const dir = mkdtempSync(join(tmpdir(), 'release-gate-env-jobs-'));
    dirs.push(dir);
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.env.example'), 'SESSION_SECRET=\nDATABASE_URL=\nAPI_TOKEN=\nSENTRY_DSN=\nLOG_LEVEL=info\n');
    writeFileSync(join(dir, '.github/release-gate.yml'), MANIFEST);
    return dir;
  }

  let jobNumber = 0;
  const secrets = (session: string) => JSON.stringify({ SESSION_SECRET: session, DATABASE_URL: 'postgres://app:pw-job-0000@db/app', API_TOKEN: `token-differs-per-job-${++jobNumber}`,
    // CI's own secrets, the same in every job on purpose: not the app's, so never compared.
    NPM_TOKEN: 'npm-token-shared-by-ci', ENV_FINGERPRINT_KEY: KEY, github_token: 'ghs_runner_token_000' });
  const vars = JSON.stringify({ LOG_LEVEL: 'info', SENTRY_DSN: 'https://k@o1.ingest.sentry.io/1' });

  async function job(dir: string, environment: string | undefined, inputs: Record<string, string>) {
    return runGate(await gateContext(dir, { environment, inputs }), { available });
  }

  test('two jobs write fingerprints; a third compares them and finds the shared secret', async () => {
    const dir = jobWorkspace();
    const staging = await job(dir, 'staging', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': KEY });
    const production = await job(dir, 'production', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': KEY });
    expect(staging.report.checks[0]!.findings).toEqual([]);
    expect(production.report.checks[0]!.findings).toEqual([]);
    expect(Object.keys(staging.artifacts)).toEqual(['env-fingerprints-staging.json']);
    const stagingPrints = staging.artifacts['env-fingerprints-staging.json']!;
    expect(stagingPrints).not.toContain('same-session-value-abc');
    expect(JSON.parse(stagingPrints)).toMatchObject({
      schemaVersion: 1, kind: 'release-gate/env-fingerprints', environment: 'staging', algorithm: 'HMAC-SHA256',
      fingerprints: { SESSION_SECRET: expect.stringMatching(/^[0-9a-f]{64}$/), API_TOKEN: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(Object.keys(JSON.parse(stagingPrints).fingerprints)).not.toContain('LOG_LEVEL');

    writeFileSync(join(dir, 'staging.json'), stagingPrints);
    writeFileSync(join(dir, 'production.json'), production.artifacts['env-fingerprints-production.json']!);
    const compare = await job(dir, undefined, { fingerprints: 'staging.json, production.json', 'fingerprint-key': KEY });
    expect(compare.report.checks[0]!.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.message])).toEqual([
      ['env-shared-secret', '.env.example', 1, 1, 'SESSION_SECRET has the same value in staging and production (compared by fingerprint with staging.json)'],
    ]);
  });

  test('the production job itself can compare with the staging file', async () => {
    const dir = jobWorkspace();
    const staging = await job(dir, 'staging', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': KEY });
    writeFileSync(join(dir, 'staging.json'), staging.artifacts['env-fingerprints-staging.json']!);
    const production = await job(dir, 'production', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': KEY, fingerprints: 'staging.json' });
    expect(production.report.checks[0]!.findings.map((f) => f.message)).toEqual([
      'SESSION_SECRET has the same value in staging and production (compared by fingerprint with staging.json)',
    ]);
    const differ = await job(dir, 'production', { secrets: secrets('another-session-value'), vars, 'fingerprint-key': KEY, fingerprints: 'staging.json' });
    expect(differ.report.checks[0]!.findings).toEqual([]);
  });

  test('fingerprints made with another key are refused, not compared', async () => {
    const dir = jobWorkspace();
    const staging = await job(dir, 'staging', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': 'some-other-key-123' });
    writeFileSync(join(dir, 'staging.json'), staging.artifacts['env-fingerprints-staging.json']!);
    const production = await job(dir, 'production', { secrets: secrets('same-session-value-abc'), vars, 'fingerprint-key': KEY, fingerprints: 'staging.json' });
    expect(production.report.checks[0]!.findings.map((f) => [f.ruleId, f.file, f.message])).toEqual([
      ['env-source-error', 'staging.json', 'fingerprint file staging.json (staging) was made with a different fingerprint-key, so it cannot be compared'],
    ]);
  });

  test('without a key: no artifact, and a notice that says why', async () => {
    const dir = jobWorkspace();
    const staging = await job(dir, 'staging', { secrets: secrets('same-session-value-abc'), vars });
    expect(staging.artifacts).toEqual({});
    expect(staging.report.checks[0]!.findings.map((f) => [f.ruleId, f.severity])).toEqual([['env-distinct-unverified', 'notice']]);
    expect(staging.report.status).toBe('pass');
  });
});
