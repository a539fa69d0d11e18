import { describe, expect, test } from '@jest/globals';
import type { TextKind } from '../../../src/checks/secrets/rule.js';
import { ManifestError } from '../../../src/manifest/errors.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { contextOf } from '../../../src/checks/secrets/text-kind.js';
import { codeScanner, logScanner, NOW } from './helpers.js';
import { ALPHABETS, luhnNumber, opensshKeyBody, randomString, seeded } from './synthesize.js';

/**
 * Issue 15, "secrets: false alarms": each class as it appears in real repositories, with the file it
 * sits in (the path decides the context). A row either reports nothing, or the severity and detail the
 * context gives it.
 */

const random = seeded(1515);
const r = (n: number, alphabet: keyof typeof ALPHABETS) => randomString(n, ALPHABETS[alphabet]!, random);
// Public emulator keys, published by Microsoft; split so the file holds no credential-shaped string.
const AZURITE_KEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6', 'IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
const COSMOS_EMULATOR_KEY = ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2n', 'Q9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='].join('');
const STRIPE_DOCS_KEY = ['sk', 'test', '4eC39HqLyjWDarjtT1zdp7dc'].join('_');

function scanFile(file: string, text: string, kind: TextKind = 'code') {
  const scanner = kind === 'log' ? logScanner : codeScanner;
  const hits = scanner.scanText(text, { file, kind, context: kind === 'log' ? undefined : contextOf(file), now: NOW });
  return hits.map((h) => ({ ruleId: h.rule.meta.id, line: h.line, severity: h.severity, detail: h.detail }));
}

const silent: [string, string, string, TextKind][] = [
  // error codes and enum constants
  ['an error code constant', 'src/errors.ts', "export const PASSWORD_RESET_TOKEN_EXPIRED = 'PASSWORD_RESET_TOKEN_EXPIRED';", 'code'],
  ['a Python enum value', 'app/account/error_codes.py', '    INVALID_CREDENTIALS = "invalid_credentials"', 'code'],
  ['a header name in a constant', 'app/cors.py', 'ACCESS_CONTROL_ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials"', 'code'],
  ['a cluster token that is a name', 'charts/etcd/values.yaml', 'initialClusterToken: "etcd-cluster-k8s"', 'config'],
  ['an i18n message key', 'src/auth/messages.ts', "  tokenExpired: 'auth.token.expired',", 'code'],
  ['a provider keyword inside a longer name', 'apps/web/i18n.lock', `    workspace/api_keys/add_api_key: ${r(32, 'hex')}`, 'code'],
  ['a dev password of a local container', 'docker-compose.dev.yml', '      - RUSTFS_ADMIN_PASSWORD=devrustfs123', 'config'],
  ['a PostHog project key (public by design)', 'docs/docs.json', `      "apiKey": "phc_${r(43, 'base62')}"`, 'code'],
  // i18n strings in locale files
  ['a Spanish translation', 'locales/es/auth.json', '  "password": "Contraseña",', 'code'],
  ['a German translation', 'public/locales/de/common.json', '  "secret": "Geheimnis",', 'code'],
  ['a French translation with an apostrophe', 'src/i18n/fr.json', '  "api_token": "Jeton d’API",', 'code'],
  ['a random-looking value in a locale file', 'locales/fr/settings.json', `  "secret_key": "${r(24, 'base62')}",`, 'code'],
  // placeholders
  ['your-…-here', '.env.example', 'STRIPE_SECRET_KEY=your-stripe-secret-key-here', 'config'],
  ['REPLACE_ME', 'deploy/staging.env', 'SESSION_SECRET=REPLACE_ME', 'config'],
  ['CHANGE_ME', 'config/app.yml', 'api_token: CHANGE_ME', 'config'],
  ['REPLACE_WITH_…', 'nrconfig.env', 'NRIA_LICENSE_KEY=REPLACE_WITH_LICENSE_KEY', 'config'],
  ['__NAME__ substitution', 'deploy/app.env', 'JWT_SECRET=__JWT_SECRET__', 'config'],
  ['to-be-set', 'deploy/app.env', 'DB_PASSWORD=to-be-set', 'config'],
  ['enter-your-…', 'config/settings.yml', 'password: enter-your-password', 'config'],
  ['a base64 Secret value that decodes to a default', 'k8s/db-secret.yaml', `  password: ${Buffer.from('postgres\n').toString('base64')}`, 'config'],
  ['a base64 Secret value that decodes to a demo word', 'k8s/chap-secret.yaml', `  node.session.auth.password: ${Buffer.from('demo').toString('base64')}`, 'config'],
  ['a base64 value that decodes to an example', 'charts/dex/templates/secret.yaml', `        secret: ${Buffer.from('example-app-secret').toString('base64')}`, 'config'],
  ['words run together', 'charts/wordpress/values.yaml', '##   wp core install --admin_password="doesntmatternotreallyused"', 'config'],
  // well-known public values
  ['the Azurite connection string', '.env.development', `AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`, 'config'],
  ['the Azurite key alone', 'src/storage.ts', `const accountKey = "${AZURITE_KEY}";`, 'code'],
  ['the Cosmos DB emulator key', 'appsettings.Development.json', `  "CosmosKey": "${COSMOS_EMULATOR_KEY}",`, 'code'],
  ["Stripe's API reference test key, anywhere", 'src/payments.ts', `const stripe = new Stripe('${STRIPE_DOCS_KEY}');`, 'code'],
  ['a Stripe test key on a docs page', 'docs/payments.md', `STRIPE_SECRET_KEY=sk_test_${r(99, 'base62')}`, 'docs'],
  // span and trace ids read as card numbers
  ['a trace id that passes Luhn', 'logs/api.log', `2026-01-15T10:00:00Z INFO done trace_id=${luhnNumber('4', 16, random)} span_id=${r(16, 'hex')}`, 'log'],
  ['an order number that passes Luhn', 'logs/worker.log', `2026-01-15T10:00:01Z INFO shipped order ${luhnNumber('5', 16, random)}`, 'log'],
];

describe('false alarms that are no longer reported', () => {
  test.each(silent)('%s', (_name, file, line, kind) => {
    expect(scanFile(file, `${line}\n`, kind)).toEqual([]);
  });
});

describe('what the context makes of a match', () => {
  test('an example token on a docs page is a warning, marked so', () => {
    expect(scanFile('docs/site/api/authentication.md', `\`\`\`yaml\napi_key: "${r(32, 'base62')}"\n\`\`\`\n`, 'docs')).toEqual([
      { ruleId: 'generic-secret-assignment', line: 2, severity: 'warning', detail: 'assigned to api_key, in a docs file' },
    ]);
  });

  test('a generic match in a fixture, a test and vendored code is a warning; in code an error', () => {
    const line = `const apiKey = "${r(32, 'base62')}";\n`;
    expect(scanFile('test/fixtures/users.ts', line).map((h) => [h.severity, h.detail])).toEqual([['warning', 'assigned to apiKey, in a fixture file']]);
    expect(scanFile('src/api.test.ts', line).map((h) => [h.severity, h.detail])).toEqual([['warning', 'assigned to apiKey, in a test file']]);
    expect(scanFile('public/vendor/analytics.min.js', line).map((h) => [h.severity, h.detail])).toEqual([['warning', 'assigned to apiKey, in a vendored file']]);
    expect(scanFile('src/api.ts', line).map((h) => [h.severity, h.detail])).toEqual([['error', 'assigned to apiKey']]);
  });

  test('a provider token with a verifiable structure stays an error in docs and fixtures', () => {
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${opensshBody()}\n-----END OPENSSH PRIVATE KEY-----\n`;
    expect(scanFile('docs/deploy.md', key, 'docs').map((h) => [h.ruleId, h.severity])).toEqual([['private-key-openssh', 'error']]);
    expect(scanFile('test/fixtures/id_ed25519', key).map((h) => [h.ruleId, h.severity])).toEqual([['private-key-openssh', 'error']]);
  });

  test('a Stripe test key in code is still a warning', () => {
    expect(scanFile('src/billing.ts', `const key = "sk_test_${r(99, 'base62')}";\n`).map((h) => [h.ruleId, h.severity])).toEqual([['stripe-test-key', 'warning']]);
  });

  test('a card number in a log: grouped, or with a card word on the line', () => {
    const card = luhnNumber('4', 16, random);
    const grouped = card.match(/.{4}/g)!.join(' ');
    expect(scanFile('logs/pay.log', `ERROR charge failed card=${card}\nWARN retry ${grouped}\n`, 'log').map((h) => [h.ruleId, h.line])).toEqual([
      ['log-card-number', 1], ['log-card-number', 2],
    ]);
  });

  test('the manifest can change a context: docs off, tests as errors', () => {
    const text = `password = "${r(14, 'base62')}"\n`;
    const hits = (file: string, policy: object) => codeScanner.scanText(text, { file, kind: 'code', context: contextOf(file), policy, now: NOW })
      .map((h) => h.severity);
    expect(hits('docs/setup.py', { docs: 'off' })).toEqual([]);
    expect(hits('tests/test_login.py', { test: 'error' })).toEqual(['error']);
    expect(hits('locales/en/app.py', { locale: 'off' })).toEqual(['error']); // code in a locale folder is code
  });
});

describe('contexts from paths', () => {
  test.each([
    ['src/server.ts', 'code'], ['config/app.yml', 'config'], ['.env.production', 'config'], ['deploy/kubeconfig', 'config'],
    ['charts/portal/values.yaml', 'config'], ['charts/portal/templates/_helpers.tpl', 'code'],
    ['test/api.test.ts', 'test'], ['spec/models/user_spec.rb', 'test'], ['pkg/store_test.go', 'test'],
    ['test/fixtures/users.json', 'fixture'], ['app/tests/cassettes/login.yaml', 'fixture'], ['testdata/keys.txt', 'fixture'], ['src/__snapshots__/a.test.ts.snap', 'fixture'],
    ['docs/site/docs/api.mdx', 'docs'], ['README.md', 'docs'], ['.env.example', 'docs'], ['config/database.yml.sample', 'docs'], ['examples/quickstart/main.py', 'docs'],
    ['locales/es/auth.json', 'locale'], ['public/locales/de/common.json', 'locale'], ['src/i18n/fr.json', 'locale'], ['app/locale/es/LC_MESSAGES/django.po', 'locale'], ['lib/l10n/app_en.arb', 'locale'],
    ['src/i18n/index.ts', 'code'],
    ['vendor/github.com/x/y/client.go', 'vendored'], ['public/js/jquery-3.7.1.min.js', 'vendored'], ['third_party/lib/a.c', 'vendored'],
  ])('%s → %s', (path, context) => {
    expect(contextOf(path)).toBe(context);
  });
});

function opensshBody(): string {
  // Built as in private-keys.test.ts, kept local so this table stands alone.
  return opensshKeyBody(random).join('\n');
}

describe('secrets.contexts in the manifest', () => {
  function problems(source: string): string[] {
    try {
      parseManifest(source, 'm.yml');
    } catch (error) {
      if (error instanceof ManifestError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
      throw error;
    }
    return [];
  }

  test('accepts a severity or off per context', () => {
    expect(problems('version: 1\nsecrets:\n  archives: true\n  contexts:\n    docs: off\n    test: error\n    vendored: notice\n')).toEqual([]);
  });

  test('a wrong value or an unknown context is a manifest error at its line and column', () => {
    const found = problems('version: 1\nsecrets:\n  contexts:\n    docs: loud\n    tests: warning\n');
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^4:11 secrets\.contexts\.docs must be one of error, warning, notice, off, got "loud"$/);
    expect(found[1]).toMatch(/^5:5 unknown key "tests"/);
  });
});
