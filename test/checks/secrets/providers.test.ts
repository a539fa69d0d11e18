import { describe, expect, test } from '@jest/globals';
import { unsafeTemplate } from '../../../src/checks/secrets/rule-docs.js';
import { FAMILIES, type SecretRule } from '../../../src/checks/secrets/rule.js';
import { PROVIDER_RULES } from '../../../src/checks/secrets/rules/index.js';
import { brief, scan } from './helpers.js';
import { breakChecksum, checksummedToken, derBody, expandForm, randomString, ALPHABETS, seeded } from './synthesize.js';

/**
 * One table per provider family: every rule's documented unsafe example, filled with a synthetic
 * secret, must be reported by that rule (and only that rule) at the secret's exact line and column;
 * the same line with the random part replaced by xxxx, or with EXAMPLE in it, must not be.
 */

const random = seeded(20260115);

/** Secrets whose format the docs form cannot express (checksums, structure). */
const BUILD: Record<string, () => string> = {
  'github-pat': () => checksummedToken('ghp', random),
  'github-oauth-token': () => checksummedToken('gho', random),
  'github-user-to-server-token': () => checksummedToken('ghu', random),
  'github-installation-token': () => checksummedToken('ghs', random),
  'github-refresh-token': () => checksummedToken('ghr', random),
  'npm-access-token': () => checksummedToken('npm', random),
  'gcp-service-account-key': () => `-----BEGIN PRIVATE KEY-----\\nMII${randomString(1600, ALPHABETS.base64!, random)}\\n-----END PRIVATE KEY-----\\n`,
  'gcp-service-account-base64': () => Buffer.from(JSON.stringify({
    type: 'service_account', project_id: 'acme-portal', private_key_id: randomString(40, ALPHABETS.hex!, random),
    private_key: `-----BEGIN PRIVATE KEY-----\n${derBody(random).toString('base64')}\n-----END PRIVATE KEY-----\n`,
    client_email: 'ci@acme-portal.iam.gserviceaccount.com',
  }, null, 2)).toString('base64'),
  'aws-bedrock-api-key': () => `ABSK${Buffer.from(`BedrockAPIKey-${randomString(4, ALPHABETS.lower!, random)}-at-${randomString(12, ALPHABETS.digits!, random)}:${randomString(40, ALPHABETS.base64!, random)}`).toString('base64')}`,
  'docker-config-auth': () => Buffer.from(`deploy:${randomString(20, ALPHABETS.base62!, random)}`).toString('base64'),
};

function build(rule: SecretRule): string {
  return BUILD[rule.meta.id]?.() ?? expandForm(rule.docs.form, random);
}

/** Puts the example on line 3, after a comment and a blank line, so line numbers are tested too. */
function document(line: string): string {
  return `# settings\n\n${line}\n`;
}

const families = [...new Set(PROVIDER_RULES.map((r) => r.family))];

describe.each(families)('%s rules', (family) => {
  const rules = PROVIDER_RULES.filter((r) => r.family === family);

  test(`the family has rules (${FAMILIES[family]})`, () => {
    expect(rules.length).toBeGreaterThan(0);
  });

  describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    const secret = build(rule);
    const line = unsafeTemplate(rule).replace('{secret}', secret);

    test('invalid: the documented example is reported at the secret', () => {
      const hits = scan(document(line));
      expect(brief(hits)).toEqual([{ ruleId: rule.meta.id, line: 3, column: line.indexOf(secret) + 1 }]);
      expect(hits[0]!.secret).toBe(secret);
      expect(hits[0]!.endColumn).toBe(line.indexOf(secret) + secret.length + 1);
      expect(hits[0]!.severity).toBe(rule.meta.severity);
    });

    test('invalid: also in a log line', () => {
      const hits = scan(`2026-01-15T10:00:00Z INFO config loaded: ${line}\n`, 'log');
      expect(hits.map((h) => h.rule.meta.id)).toContain(rule.meta.id);
    });

    test('valid: the placeholder version (xxxx) is not reported', () => {
      if (BUILD[rule.meta.id]) return; // built secrets have their own valid cases below
      const placeholder = expandForm(rule.docs.form, random, 'x');
      expect(brief(scan(document(unsafeTemplate(rule).replace('{secret}', placeholder))))).toEqual([]);
    });

    test('valid: a value marked as an example is not reported', () => {
      const marked = secret.length > 12 ? `${secret.slice(0, -7)}EXAMPLE` : `${secret}EXAMPLE`;
      const hits = scan(document(unsafeTemplate(rule).replace('{secret}', marked)));
      expect(hits.filter((h) => h.rule.meta.id === rule.meta.id)).toEqual([]);
    });
  });
});

describe('checksums drop look-alikes', () => {
  test.each(['ghp', 'gho', 'ghu', 'ghs', 'ghr', 'npm'])('%s_ token with a wrong CRC-32 suffix is not reported', (prefix) => {
    const good = checksummedToken(prefix, random);
    expect(scan(`token: "${good}"`)).toHaveLength(1);
    expect(brief(scan(`token: "${breakChecksum(good)}"`))).toEqual([]);
  });

  test('a typed-in GitHub-looking token (no checksum) is not reported', () => {
    const typed = `ghp_${randomString(36, ALPHABETS.base62!, random)}`;
    expect(brief(scan(`GITHUB_TOKEN=${typed}`, 'config'))).toEqual([]);
  });
});

describe('provider details', () => {
  test('AWS documentation example key ids are skipped', () => {
    expect(brief(scan(`aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE`))).toEqual([]);
  });

  test('a provider shape inside a longer base64 blob is not reported', () => {
    const blob = randomString(80, ALPHABETS.base64!, random);
    const inside = `${blob.slice(0, 40)}/AKIA${randomString(16, ALPHABETS.base32!, random)}/${blob.slice(40)}`;
    expect(brief(scan(`payload: "${inside}"`))).toEqual([]);
  });

  test('a Stripe test key is a warning, a live key an error', () => {
    const body = randomString(32, ALPHABETS.base62!, random);
    expect(scan(`key: "sk_${'test'}_${body}"`)[0]!.severity).toBe('warning');
    expect(scan(`key: "sk_${'live'}_${body}"`)[0]!.severity).toBe('error');
  });

  test('Stripe publishable keys are public and not reported', () => {
    expect(brief(scan(`key: "pk_${'live'}_${randomString(32, ALPHABETS.base62!, random)}"`))).toEqual([]);
  });

  test('a GitHub token inside a clone URL is reported once, by its own rule', () => {
    const token = checksummedToken('ghs', random);
    const line = `git clone https://x-access-token:${token}@github.com/acme/ops.git`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'github-installation-token', line: 1, column: line.indexOf(token) + 1 }]);
  });

  test('a Docker config auth entry that does not decode to user:password is not reported', () => {
    const noColon = Buffer.from(randomString(24, ALPHABETS.base62!, random)).toString('base64');
    expect(brief(scan(`{ "auths": { "r.example.io": { "auth": "${noColon}" } } }`))).toEqual([]);
  });

  test('an npmrc token read from the environment is not reported', () => {
    expect(brief(scan('//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n', 'config', '.npmrc'))).toEqual([]);
  });
});
