import { describe, expect, test } from '@jest/globals';
import { brief, scan } from './helpers.js';
import { ALPHABETS, luhnNumber, randomString, seeded } from './synthesize.js';

const random = seeded(4242);
const token = () => randomString(40, ALPHABETS.base62!, random);
const password = () => `Pw${randomString(10, ALPHABETS.base62!, random)}`;

type Case = [string, string, (secret: string) => string, () => string];

describe('log rules', () => {
  const invalid: Case[] = [
    ['bearer header', 'log-bearer-token', (s) => `2026-01-15T10:00:00Z DEBUG > Authorization: Bearer ${s}`, token],
    ['bearer in JSON headers', 'log-bearer-token', (s) => `{"level":"debug","headers":{"authorization":"Bearer ${s}"}}`, token],
    ['Token scheme', 'log-bearer-token', (s) => `DEBUG Authorization: Token ${s}`, token],
    ['basic header', 'log-basic-auth', (s) => `proxy: Authorization: Basic ${s}`, () => Buffer.from(`deploy:${password()}`).toString('base64')],
    ['Set-Cookie session', 'log-session-cookie', (s) => `< Set-Cookie: session=${s}; Path=/; HttpOnly; Secure`, token],
    ['Cookie with several pairs', 'log-session-cookie', (s) => `> Cookie: theme=dark; connect.sid=${s}; lang=en`, token],
    ['quoted cookie value', 'log-session-cookie', (s) => `Set-Cookie: __Host-auth="${s}"; Secure`, token],
    ['password in a JSON body', 'log-password-field', (s) => `INFO POST /api/login body={"email":"ops@example.com","password":"${s}"}`, password],
    ['client_secret in logfmt', 'log-password-field', (s) => `level=debug msg="token exchange" client_secret=${s} grant=client_credentials`, token],
    ['password=value on a line without a quote', 'log-password-field', (s) => `INFO login retry user=ops password=${s} attempt=2`, password],
    ['access_token in a query string', 'log-query-secret', (s) => `10.0.0.7 - - "GET /export?format=csv&access_token=${s} HTTP/1.1" 200 512`, token],
    ['signature in a presigned URL', 'log-query-secret', (s) => `fetching https://bucket.s3.amazonaws.com/a.csv?X-Amz-Expires=300&X-Amz-Signature=${s}`, () => randomString(64, ALPHABETS.hex!, random)],
    ['connection string', 'database-url-password', (s) => `ERROR pool: cannot connect to postgres://app:${s}@db.prod.internal:5432/ops`, password],
    ['email address', 'log-email-address', (s) => `INFO password reset requested for ${s}`, () => `${randomString(8, ALPHABETS.lower!, random)}@acme-corp.io`],
    ['card number', 'log-card-number', (s) => `WARN charge failed card=${s} amount=1200`, () => luhnNumber('4', 16, random)],
    ['card number in groups', 'log-card-number', (s) => `WARN charge failed for ${s}`, () => luhnNumber('51', 16, random).replace(/(\d{4})(?=\d)/g, '$1 ')],
    ['Amex number in 4-6-5 groups', 'log-card-number', (s) => `card: ${s}`, () => luhnNumber('37', 15, random).replace(/^(\d{4})(\d{6})(\d{5})$/, '$1-$2-$3')],
    ['phone field', 'log-phone-number', (s) => `INFO sms queued phone=${s}`, () => `07${randomString(9, ALPHABETS.digits!, random)}`],
    ['international phone', 'log-phone-number', (s) => `INFO calling ${s} for escalation`, () => `+44 20 ${randomString(4, ALPHABETS.digits!, random)} ${randomString(4, ALPHABETS.digits!, random)}`],
  ];

  test.each(invalid)('invalid: %s → %s', (_name, ruleId, make, value) => {
    const s = value();
    const line = make(s);
    expect(brief(scan(`boot\n${line}\n`, 'log'))).toEqual([{ ruleId, line: 2, column: line.indexOf(s) + 1 }]);
  });

  test('personal data is a warning; credentials are errors', () => {
    const hits = scan(`user ${randomString(6, ALPHABETS.lower!, random)}@acme-corp.io signed in with Authorization: Bearer ${token()}\n`, 'log');
    expect(hits.map((h) => [h.rule.meta.id, h.severity])).toEqual([['log-email-address', 'warning'], ['log-bearer-token', 'error']]);
  });

  const valid: [string, string][] = [
    ['a masked bearer token', 'DEBUG Authorization: Bearer ***'],
    ['a redacted bearer token', '{"authorization":"Bearer [REDACTED]"}'],
    ['a placeholder bearer token', 'curl -H "Authorization: Bearer <token>" https://api.acme.io'],
    ['a template bearer token', 'Authorization: Bearer ${TOKEN}'],
    ['the word bearer in prose', 'the bearer of this message is the on-call engineer'],
    ['basic auth that is not user:password', `Authorization: Basic ${Buffer.from('just-a-user').toString('base64')}`],
    ['a plan called Basic', 'upgraded from Basic plan to Pro plan'],
    ['cookie attributes and a short preference', 'Set-Cookie: theme=dark; Path=/; Max-Age=3600'],
    ['a deleted session cookie', 'Set-Cookie: session=deleted; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
    ['a masked password field', '{"email":"ops@example.com","password":"********"}'],
    ['a filtered password field', 'Parameters: {"user"=>{"password"=>"[FILTERED]"}}'],
    ['a token_type field', '{"token_type":"Bearer","expires_in":3600}'],
    ['a harmless query string', 'GET /search?q=release+gate&page=2'],
    ['a pagination token', `GET /items?page_token=${token()}`],
    ['a documentation email', 'sending test mail to ops@example.com'],
    ['a git remote', 'remote: git@github.com:acme/ops.git'],
    ['a retina asset', 'GET /static/logo@2x.png 200'],
    ['a published test card', 'paid with 4242 4242 4242 4242 in test mode'],
    ['a number failing Luhn', `order ${luhnNumber('4', 16, random).replace(/\d$/, (d) => String((Number(d) + 1) % 10))} shipped`],
    ['a timestamp in milliseconds', 'ts=1736899200000 event=deploy'],
    ['an order id that is no card prefix', 'order 9012345678901234 shipped'],
    ['a time zone offset', '2026-01-15T10:00:00+01:00 INFO ready'],
    ['a version number', 'node +20.11.1 started'],
  ];

  test.each(valid)('valid: %s', (_name, line) => {
    expect(brief(scan(`${line}\n`, 'log'))).toEqual([]);
  });

  test('log rules do not run on code', () => {
    const hits = scan(`// Authorization: Bearer ${token()}\n// mail ${randomString(6, ALPHABETS.lower!, random)}@acme-corp.io\n`, 'code');
    // The bearer token is still a credential in code (authorization-header), but no log rule runs there.
    expect(hits.map((h) => h.rule.meta.id)).toEqual(['authorization-header']);
  });
});
