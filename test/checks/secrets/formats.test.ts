import { describe, expect, test } from '@jest/globals';
import type { TextKind } from '../../../src/checks/secrets/rule.js';
import { brief, scan } from './helpers.js';
import { ALPHABETS, derBody, jwt, randomString, seeded } from './synthesize.js';

/**
 * Issue 15, "secrets: missed": each format as it appears in real files (a CI script, a Gemfile, a
 * kubeconfig, an .http snippet), written from the provider's documented format, at its exact line
 * and column. Values are synthesized at run time; none is a real credential.
 */

const random = seeded(15_15);
const r = (n: number, alphabet: keyof typeof ALPHABETS) => randomString(n, ALPHABETS[alphabet]!, random);
const uuid = () => `${r(8, 'hex')}-${r(4, 'hex')}-4${r(3, 'hex')}-a${r(3, 'hex')}-${r(12, 'hex')}`;
const hex8pair = () => `${r(8, 'hex')}:${r(8, 'hex')}`;

/** [name, rule, the file's line with {v} where the secret goes, the secret, kind, file name] */
type Row = [string, string, string, string, TextKind, string?];

const rows: Row[] = [
  // Authorization headers and curl -u in code, scripts and docs
  ['curl -H Bearer in a deploy script', 'authorization-header', 'curl -fsS -H "Authorization: Bearer {v}" https://api.ops.example.com/v1/deploys', r(40, 'base62'), 'config', 'scripts/notify.sh'],
  ['curl --header Basic', 'authorization-header', "curl --header 'Authorization: Basic {v}' https://ci.acme-corp.io/api/json", Buffer.from(`deploy:${r(18, 'base62')}`).toString('base64'), 'config', 'scripts/ci.sh'],
  ['an .http request snippet', 'authorization-header', 'Authorization: Bearer {v}', r(48, 'base64url'), 'code', 'api/requests.http'],
  ['a header object in code', 'authorization-header', "  headers: { Authorization: 'Token {v}' },", r(40, 'hex'), 'code', 'src/billing.ts'],
  ['curl -u user:password', 'curl-user-password', 'curl -u deploy:{v} -X POST https://jenkins.acme-corp.io/job/portal/build', `Qm${r(16, 'base62')}`, 'config', 'scripts/build.sh'],
  ['HTTPie -a', 'curl-user-password', 'http -a ops:{v} POST https://api.acme-corp.io/v1/sync', `Zx${r(14, 'base62')}`, 'docs', 'docs/sync.md'],
  // UUID-keyed tokens behind their keyword
  ['Snyk token in CI env', 'snyk-token', 'SNYK_TOKEN={v}', uuid(), 'config', '.env.ci'],
  ['snyk auth on the command line', 'snyk-token', '  - run: snyk auth {v}', uuid(), 'config', '.gitlab-ci.yml'],
  ['Heroku API key', 'heroku-api-key-legacy', 'HEROKU_API_KEY={v}', uuid(), 'config', '.env'],
  ['HubSpot hapikey in a URL', 'hubspot-api-key', 'const url = `https://api.hubapi.com/crm/v3/objects/contacts?hapikey={v}`;', uuid(), 'code', 'src/crm.ts'],
  ['HubSpot API key in .env', 'hubspot-api-key', 'HUBSPOT_API_KEY={v}', uuid(), 'config', '.env'],
  ['MessageBird access key', 'messagebird-access-key', 'MESSAGEBIRD_ACCESS_KEY={v}', r(25, 'base62'), 'config', '.env'],
  // SonarQube / SonarCloud
  ['SonarQube user token', 'sonarqube-token', 'SONAR_TOKEN={v}', `squ_${r(40, 'hex')}`, 'config', '.env'],
  ['SonarCloud token before prefixes', 'sonarqube-legacy-token', 'sonar.login={v}', r(40, 'hex'), 'config', 'sonar-project.properties'],
  ['sonar token as a -D option', 'sonarqube-legacy-token', '  - mvn verify sonar:sonar -Dsonar.token={v}', r(40, 'hex'), 'config', '.gitlab-ci.yml'],
  // Sidekiq Pro / Enterprise
  ['Sidekiq Enterprise Bundler credentials', 'sidekiq-credentials', 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM={v}', hex8pair(), 'config', '.env'],
  ['Sidekiq gem source URL', 'sidekiq-credentials', 'source "https://{v}@enterprise.contribsys.com/" do', hex8pair(), 'code', 'Gemfile'],
  ['bundle config for gems.contribsys.com', 'sidekiq-credentials', 'RUN bundle config gems.contribsys.com {v}', hex8pair(), 'config', 'Dockerfile'],
  // Slack, every form
  ['Slack bot token', 'slack-bot-token', 'SLACK_BOT_TOKEN={v}', `xoxb-${r(12, 'digits')}-${r(13, 'digits')}-${r(24, 'base62')}`, 'config', '.env'],
  ['Slack bot token, pre-2018 form', 'slack-bot-token', "slack_token: '{v}'", `xoxb-${r(11, 'digits')}-${r(24, 'base62')}`, 'config', 'config/notify.yml'],
  ['Slack user token', 'slack-user-token', 'SLACK_USER_TOKEN={v}', `xoxp-${r(12, 'digits')}-${r(12, 'digits')}-${r(13, 'digits')}-${r(32, 'hex')}`, 'config', '.env'],
  ['Slack web client token', 'slack-user-token', "const token = '{v}';", `xoxc-${r(12, 'digits')}-${r(12, 'digits')}-${r(13, 'digits')}-${r(64, 'hex')}`, 'code', 'scripts/export.ts'],
  ['Slack app-level token', 'slack-app-token', 'SLACK_APP_TOKEN={v}', `xapp-1-A${r(10, 'upper alnum')}-${r(13, 'digits')}-${r(64, 'hex')}`, 'config', '.env'],
  ['Slack legacy token', 'slack-legacy-token', "token = '{v}'", `xoxs-${r(10, 'digits')}-${r(40, 'base62')}`, 'code', 'bot.py'],
  ['Slack session cookie', 'slack-session-cookie', 'Cookie: d={v}; d-s=1700000000', `xoxd-${r(120, 'base64url')}`, 'docs', 'notes/slack.md'],
  ['Slack incoming webhook', 'slack-webhook-url', 'SLACK_WEBHOOK_URL={v}', `https://hooks.slack.com/services/T${r(10, 'upper alnum')}/B${r(10, 'upper alnum')}/${r(24, 'base62')}`, 'config', '.env'],
  ['Slack Workflow Builder webhook', 'slack-webhook-url', 'url: {v}', `https://hooks.slack.com/workflows/T${r(10, 'upper alnum')}/A${r(10, 'upper alnum')}/${r(18, 'digits')}/${r(32, 'base62')}`, 'config', 'alerts.yml'],
  ['Slack workflow trigger', 'slack-webhook-url', 'const hook = "{v}";', `https://hooks.slack.com/triggers/T${r(10, 'upper alnum')}/${r(13, 'digits')}/${r(32, 'hex')}`, 'code', 'src/notify.ts'],
  // Sumo Logic, Sourcegraph, Facebook, 1Password, 42, OpenShift, Atlassian
  ['Sumo Logic access key', 'sumologic-access-key', 'SUMO_ACCESS_KEY={v}', r(64, 'base62'), 'config', '.env'],
  ['Sumo Logic HTTP source URL', 'sumologic-http-source-url', 'endpoint: https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/{v}', r(100, 'base64url'), 'config', 'fluent-bit.yml'],
  ['Sourcegraph token', 'sourcegraph-token', 'SRC_ACCESS_TOKEN={v}', `sgp_${r(16, 'hex')}_${r(40, 'hex')}`, 'config', '.env'],
  ['Sourcegraph local token', 'sourcegraph-token', 'SRC_ACCESS_TOKEN={v}', `sgp_local_${r(40, 'hex')}`, 'config', '.env'],
  ['Sourcegraph token before prefixes', 'sourcegraph-legacy-token', 'SRC_ACCESS_TOKEN={v}', r(40, 'hex'), 'config', '.env'],
  ['Facebook app secret', 'facebook-app-secret', 'FACEBOOK_APP_SECRET={v}', r(32, 'hex'), 'config', '.env'],
  ['Facebook app access token', 'facebook-app-secret', 'const url = `https://graph.facebook.com/debug_token?access_token={v}`;', `${r(16, 'digits').replace(/^0/, '1')}|${r(32, 'hex')}`, 'code', 'src/fb.ts'],
  ['Facebook page token', 'facebook-access-token', 'FB_PAGE_TOKEN={v}', `EAAG${r(180, 'base62')}`, 'config', '.env'],
  ['1Password service account token', 'onepassword-service-account-token', 'OP_SERVICE_ACCOUNT_TOKEN={v}', `ops_${Buffer.from(JSON.stringify({ signInAddress: 'acme.1password.com', email: `${r(8, 'lower')}@acme.1password.com`, srpX: r(64, 'hex'), muk: { kty: 'oct', k: r(43, 'base64url') }, secretKey: `A3-${r(6, 'upper alnum')}`, deviceUuid: r(26, 'lower alnum') })).toString('base64')}`, 'config', '.env'],
  ['42 intra client secret', 'intra42-client-secret', 'FT_CLIENT_SECRET={v}', `s-s4t2ud-${r(64, 'hex')}`, 'config', '.env'],
  ['OpenShift user token', 'openshift-user-token', 'oc login --token={v} --server=https://api.ops.acme-corp.io:6443', `sha256~${r(43, 'base64url')}`, 'config', 'scripts/login.sh'],
  ['Atlassian API token', 'atlassian-api-token', 'JIRA_API_TOKEN={v}', `ATATT3xFfGF0${r(180, 'base64url')}`, 'config', '.env'],
  ['Atlassian API token before prefixes', 'atlassian-api-token-legacy', 'JIRA_API_TOKEN={v}', r(24, 'base62'), 'config', '.env'],
  // AWS Bedrock, GCP, Vault, Stripe
  ['Bedrock long-term API key', 'aws-bedrock-api-key', 'AWS_BEARER_TOKEN_BEDROCK={v}', `ABSK${Buffer.from(`BedrockAPIKey-${r(4, 'lower')}-at-${r(12, 'digits')}:${r(40, 'base64')}`).toString('base64')}`, 'config', '.env'],
  ['Bedrock short-term API key', 'aws-bedrock-api-key', 'AWS_BEARER_TOKEN_BEDROCK={v}', `bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIA${r(16, 'upper alnum')}%2F20260115%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20260115T100000Z&X-Amz-Expires=43200&X-Amz-Signature=${r(64, 'hex')}&Version=1`).toString('base64')}`, 'config', '.env'],
  ['GCP service account file in base64', 'gcp-service-account-base64', 'GOOGLE_CREDENTIALS_BASE64={v}', Buffer.from(JSON.stringify({ type: 'service_account', project_id: 'acme-portal', private_key_id: r(40, 'hex'), private_key: `-----BEGIN PRIVATE KEY-----\n${derBody(random).toString('base64')}\n-----END PRIVATE KEY-----\n`, client_email: 'ci@acme-portal.iam.gserviceaccount.com' }, null, 2)).toString('base64'), 'config', '.env'],
  ['Vault token, current form', 'hashicorp-vault-token', 'VAULT_TOKEN={v}', `hvs.${r(90, 'base64url')}`, 'config', '.env'],
  ['Vault token, pre-1.10 form', 'hashicorp-vault-legacy-token', 'VAULT_TOKEN={v}', `s.${r(24, 'base62')}`, 'config', '.env'],
  ['Vault token in a header', 'hashicorp-vault-legacy-token', 'curl -H "X-Vault-Token: {v}" https://vault.acme-corp.io/v1/secret/data/portal', `s.${r(24, 'base62')}`, 'config', 'scripts/read-secret.sh'],
  ['Stripe sk_prod key', 'stripe-secret-key', "STRIPE_SECRET_KEY={v}", `sk_prod_${r(99, 'base62')}`, 'config', '.env'],
  ['Stripe rk_prod key', 'stripe-restricted-key', "stripe.api_key = '{v}'", `rk_prod_${r(99, 'base62')}`, 'code', 'billing/stripe.py'],
  // JWTs in unusual encodings
  ['a JWT with padding and the standard alphabet', 'jwt', 'SERVICE_JWT={v}', (() => { const p = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64'); return `${p({ alg: 'HS256', typ: 'JWT' })}.${p({ sub: 'svc-sync', iat: 1767000000, scope: 'admin' })}.${r(43, 'base64')}=`; })(), 'config', '.env'],
  ['a JWT inside a URL-encoded JSON cookie', 'jwt', 'Cookie: portal_session=%7B%22token%22%3A%22{v}%22%7D', jwt({ alg: 'RS256', typ: 'JWT' }, { sub: 'u_3321', role: 'admin' }, random), 'docs', 'notes/session.md'],
];

describe('issue 15 formats: reported by their rule at the secret', () => {
  test.each(rows)('%s → %s', (_name, ruleId, template, secret, kind, file) => {
    const line = template.replace('{v}', secret);
    const hits = scan(`# ${file ?? 'sample'}\n${line}\n`, kind, file);
    expect(brief(hits)).toEqual([{ ruleId, line: 2, column: line.indexOf(secret) + 1 }]);
    expect(hits[0]!.secret).toBe(secret);
  });
});

const valid: [string, string, TextKind][] = [
  ['a bearer token from a variable', 'curl -H "Authorization: Bearer $API_TOKEN" https://api.ops.example.com', 'config'],
  ['a bearer placeholder', "curl -H 'Authorization: Bearer <your-token>' https://api.ops.example.com", 'docs'],
  ['a bearer template', 'Authorization: Bearer {{token}}', 'code'],
  ['Basic with a default password', `Authorization: Basic ${Buffer.from('admin:password').toString('base64')}`, 'docs'],
  ['Basic without a password', `Authorization: Basic ${Buffer.from('apikey:').toString('base64')}`, 'docs'],
  ['a header name only', "const AUTH_HEADER = 'Authorization';", 'code'],
  ['curl -u with variables', 'curl -u "$CI_USER:$CI_PASSWORD" https://ci.acme-corp.io', 'config'],
  ['curl -u with a default password', 'curl -u admin:admin http://localhost:8080/api', 'docs'],
  ['curl -u with no password', 'curl -u "$STRIPE_KEY:" https://api.stripe.com/v1/charges', 'docs'],
  ['a UUID without a provider keyword', `request_id = "${uuid()}"`, 'code'],
  ['a Vault-looking value without a Vault keyword', `const parts = "s.${r(24, 'base62')}";`, 'code'],
  ['a SonarQube project key', 'sonar.projectKey=acme_portal', 'config'],
  ['Bedrock prefix over bytes that are not a key', `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS${r(80, 'base64')}`, 'config'],
  ['base64 JSON that is not a service account', `CONFIG_B64=${Buffer.from(JSON.stringify({ type: 'service_account', project_id: 'x', private_key: '<key>' })).toString('base64')}`, 'config'],
];

describe('issue 15 formats: look-alikes that are not reported', () => {
  test.each(valid)('%s', (_name, line, kind) => {
    expect(brief(scan(`${line}\n`, kind))).toEqual([]);
  });
});
