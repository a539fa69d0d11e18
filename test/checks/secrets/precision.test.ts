import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Finding } from '../../../src/types.js';
import { ALPHABETS, checksummedToken, luhnNumber, opensshKeyBody, pemBody, randomString, seeded } from './synthesize.js';
import { removeWorkspaces, runSecretsCheck, workspace } from './workspace.js';

/**
 * Issue 15's precision fixture: a small repository shaped like a real SaaS (a Next.js front end, a
 * Django API, a docs site with example tokens, locale files, test fixtures, a Helm chart, a
 * kubeconfig, env files, a vendored script, a backup archive, logs). Seven real credentials are planted;
 * everything else is what such repositories hold and must not be an error. The test pins the exact
 * errors, warnings and notices, separately.
 */

const random = seeded(4242);
const r = (n: number, alphabet: keyof typeof ALPHABETS) => randomString(n, ALPHABETS[alphabet]!, random);
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
const AZURITE_KEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6', 'IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
const STRIPE_DOCS_KEY = ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');
const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'pem' }) as string;
const b64 = (text: string) => Buffer.from(text).toString('base64');
const cert = () => ['-----BEGIN CERTIFICATE-----', ...pemBody(random), '-----END CERTIFICATE-----', ''].join('\n');

const planted = {
  webhookSecret: r(64, 'hex'),
  djangoKey: `k${randomString(49, DJANGO, random)}`,
  githubToken: checksummedToken('ghp', random),
  deployBearer: r(40, 'base62'),
};

function repository(): Record<string, string | Buffer> {
  return {
    'README.md': [
      '# Acme Portal', '', 'Client portal for Acme operations.', '', '```sh', 'cp .env.example .env', 'npm ci && npm run dev',
      'curl -H "Authorization: Bearer $PORTAL_API_TOKEN" https://api.acme-portal.io/v1/me', '```', '',
    ].join('\n'),
    '.env.example': [
      'DATABASE_URL=postgres://portal:portal@localhost:5432/portal', 'STRIPE_SECRET_KEY=your-stripe-secret-key-here',
      'STRIPE_PUBLISHABLE_KEY=pk_test_your_key', 'SESSION_SECRET=REPLACE_ME', 'SLACK_WEBHOOK_URL=', 'SENTRY_DSN=', '',
    ].join('\n'),
    '.env.development': [
      'DATABASE_URL=postgres://portal:portal@localhost:5432/portal',
      `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
      'NEXTAUTH_SECRET=dev-secret-change-me', '',
    ].join('\n'),
    '.env.staging': ['NODE_ENV=production', `WEBHOOK_SIGNING_SECRET=${planted.webhookSecret}`, 'LOG_LEVEL=info', ''].join('\n'),
    '.env.test': ['JWT_SECRET=test-secret-not-real', 'DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/portal_test', ''].join('\n'),
    'docs/site/docs/api/authentication.mdx': [
      '---', 'title: Authentication', '---', '', 'Send your API token in the Authorization header:', '', '```bash',
      'curl -H "Authorization: Bearer <your-api-token>" https://api.acme-portal.io/v1/invoices', '```', '',
      'Webhooks are signed with your signing secret; in test mode use the key from Stripe\'s docs:', '', '```js',
      `const stripe = new Stripe('${STRIPE_DOCS_KEY}');`, '```', '', 'A config file then looks like:', '', '```yaml',
      `api_key: "${r(32, 'base62')}"`, 'region: eu-west-1', '```', '',
    ].join('\n'),
    'docs/site/docs/self-hosting.md': [
      '# Self-hosting', '', '```sh', 'DATABASE_URL=postgres://portal:portal@localhost:5432/portal', 'SESSION_SECRET=<random 32 bytes>', '```', '',
      'In the chart, set `password: {{ .Values.postgresql.auth.password }}` or use an existing secret.', '',
    ].join('\n'),
    'locales/es/common.json': ['{', '  "password": "Contraseña",', '  "token_expired": "El token ha caducado",', '  "api_key": "Clave de API",', '  "secret": "Secreto"', '}', ''].join('\n'),
    'locales/de/common.json': ['{', '  "password": "Passwort",', '  "secret": "Geheimnis",', '  "password_reset_token": "Token zum Zurücksetzen"', '}', ''].join('\n'),
    'src/errors.ts': [
      'export const AuthErrors = {', "  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',", "  PASSWORD_RESET_TOKEN_EXPIRED: 'PASSWORD_RESET_TOKEN_EXPIRED',",
      "  API_KEY_REVOKED: 'api_key_revoked',", '} as const;', '',
    ].join('\n'),
    'src/lib/stripe.ts': ["import Stripe from 'stripe';", '', 'export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);', ''].join('\n'),
    'src/lib/auth.ts': ["export const sessionSecret = process.env.SESSION_SECRET ?? '';", "export const cookieName = 'portal_session_token';", ''].join('\n'),
    'backend/portal/settings.py': [
      'import os', '', `SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "${planted.djangoKey}")`, 'DEBUG = False',
      'DATABASES = {"default": {"PASSWORD": os.environ["DB_PASSWORD"]}}', '',
    ].join('\n'),
    'backend/portal/locale/es/LC_MESSAGES/django.mo': Buffer.from([0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 0x1c, 0, 0, 0]),
    'backend/portal/__pycache__/settings.cpython-312.pyc': Buffer.from([0xcb, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0]),
    'test/fixtures/users.json': ['[', `  { "email": "ana@acme-portal.io", "password": "${`Lm7${r(11, 'base62')}`}" }`, ']', ''].join('\n'),
    'test/fixtures/github-webhook.json': ['{', '  "installation": { "id": 4471 },', `  "token": "${planted.githubToken}"`, '}', ''].join('\n'),
    'test/api.test.ts': ["import { describe, it } from 'vitest';", '', `const apiToken = "${r(40, 'base62')}";`, "describe('api', () => { it('lists invoices', () => {}); });", ''].join('\n'),
    'charts/portal/Chart.yaml': ['apiVersion: v2', 'name: portal', 'version: 1.4.0', ''].join('\n'),
    'charts/portal/values.yaml': [
      'image:', '  repository: ghcr.io/acme/portal', '  tag: ""', 'postgresql:', '  auth:', '    existingSecret: portal-db', '    password: ""', 'tls:', '  enabled: false', '',
    ].join('\n'),
    'charts/portal/values-production.yaml': ['tls:', '  enabled: true', `  crt: ${b64(cert())}`, `  key: ${b64(ecKey())}`, ''].join('\n'),
    'charts/portal/templates/secret.yaml': [
      'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: {{ include "portal.fullname" . }}', 'data:',
      '  api-key: {{ .Values.apiKey | b64enc | quote }}', '  tls.key: {{ .Values.tls.key | quote }}', '',
    ].join('\n'),
    'deploy/kubeconfig': [
      'apiVersion: v1', 'kind: Config', 'clusters:', '- name: ops', '  cluster:', '    server: https://k8s.acme-portal.io', 'users:', '- name: ops-admin', '  user:',
      `    client-certificate-data: ${b64(cert())}`, `    client-key-data: ${b64(ecKey())}`, 'current-context: ops', '',
    ].join('\n'),
    'deploy/keys/id_deploy': ['-----BEGIN OPENSSH PRIVATE KEY-----', ...opensshKeyBody(random), '-----END OPENSSH PRIVATE KEY-----', ''].join('\n'),
    'scripts/notify-deploy.sh': [
      '#!/usr/bin/env bash', 'set -euo pipefail', `curl -fsS -H "Authorization: Bearer ${planted.deployBearer}" https://hooks.acme-portal.io/deploys`,
      'curl -fsS -u "$CI_USER:$CI_PASSWORD" https://ci.acme-portal.io/job/portal/build', '',
    ].join('\n'),
    'public/vendor/analytics.min.js': `!function(t){t.secret_key="${r(32, 'base62')}",t.init()}(window);\n`,
    'site/static/fonts/inter.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]),
    'backups/seed-2025-11.tar.gz': gzipSync(Buffer.alloc(1024)),
    'logs/worker.log': [
      `2026-01-15T10:00:00Z INFO job done trace_id=${luhnNumber('4', 16, random)} span_id=${r(16, 'hex')}`,
      `2026-01-15T10:00:02Z WARN charge declined card=${luhnNumber('5', 16, random)} reason=insufficient_funds`, '',
    ].join('\n'),
  };
}

const MANIFEST = 'version: 1\nsecrets:\n  logs: ["logs/*.log"]\n';
const pick = (findings: Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.ruleId} ${f.file}${f.line ? `:${f.line}` : ''}`);

describe('precision fixture: a SaaS-shaped repository', () => {
  let result: Awaited<ReturnType<typeof runSecretsCheck>>;
  beforeAll(async () => {
    result = await runSecretsCheck(workspace(repository()), MANIFEST);
  });
  afterAll(removeWorkspaces);

  test('errors: exactly the seven planted credentials', () => {
    expect(pick(result.findings, 'error')).toEqual([
      'generic-secret-assignment .env.staging:2',
      'generic-secret-assignment backend/portal/settings.py:3',
      'private-key-base64 charts/portal/values-production.yaml:4',
      'private-key-openssh deploy/keys/id_deploy:1',
      'private-key-base64 deploy/kubeconfig:11',
      'authorization-header scripts/notify-deploy.sh:3',
      'github-pat test/fixtures/github-webhook.json:3',
    ]);
  });

  test('warnings: generic matches in docs, fixtures, tests and vendored code, and a card number in a log', () => {
    expect(pick(result.findings, 'warning')).toEqual([
      'generic-secret-assignment docs/site/docs/api/authentication.mdx:20',
      'log-card-number logs/worker.log:2',
      'generic-secret-assignment public/vendor/analytics.min.js:1',
      'generic-secret-assignment test/api.test.ts:3',
      'generic-password-assignment test/fixtures/users.json:2',
    ]);
    expect(result.findings.filter((f) => f.severity === 'warning').map((f) => f.message.replace(/^.*\(/, '('))).toEqual([
      '(assigned to api_key, in a docs file)', '(16 chars)', '(assigned to t.secret_key, in a vendored file)',
      '(assigned to apiToken, in a test file)', '(assigned to password, in a fixture file)',
    ]);
  });

  test('notices: the backup archive, by name; binaries (.mo, .pyc, fonts) are skipped silently', () => {
    expect(pick(result.findings, 'notice')).toEqual(['secrets-archive-not-scanned backups/seed-2025-11.tar.gz']);
    expect(result.metrics).toMatchObject({ files: { skippedBinary: 3 }, archives: { notScanned: 1 } });
  });

  test('no planted value appears in any output', () => {
    const output = JSON.stringify(result);
    for (const value of Object.values(planted)) expect(output).not.toContain(value);
  });
});
