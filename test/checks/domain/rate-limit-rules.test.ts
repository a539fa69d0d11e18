import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

// Runs against a real server whose Retry-After counts down in wall-clock seconds: on a busy machine a
// second can tick between two reads. A test that misses is run again, up to twice, and reported with
// the first failure's output.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

const FAMILY = ['login-not-rate-limited', 'login-burst-inconclusive', 'url-unreachable', 'domain-setting-invalid'];

interface Attempt {
  path: string;
  contentType?: string;
  body: string;
}

const attempts: Attempt[] = [];

/** Sign-in endpoints that limit in different ways, or not at all. */
function logins(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', () => {
    const path = req.url ?? '/';
    attempts.push({ path, contentType: req.headers['content-type'], body });
    const seen = attempts.filter((x) => x.path === path).length;
    const deny = (status: number, headers: Record<string, string> = {}, text = '{"error":"invalid_credentials"}') => res.writeHead(status, headers).end(text);
    switch (path) {
      case '/never': return deny(401);
      case '/form-never': return deny(200, { 'content-type': 'text/html' }, '<p>Wrong email or password</p>');
      case '/retry-after': return seen > 3 ? deny(401, { 'retry-after': '30' }) : deny(401);
      case '/locks': return seen > 5 ? deny(403, {}, '{"error":"account locked, try again later"}') : deny(401);
      case '/locked-423': return seen > 2 ? deny(423) : deny(401);
      case '/broken': return deny(500, {}, 'oops');
      default: return deny(404, {}, 'not found');
    }
  });
}

let server: Server;
let port = 0;
let dns: DnsZoneServer;
let demo: DemoApp;

beforeAll(async () => {
  server = createServer(logins);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  dns = await startDnsServer({ 'login.site.test': [a('127.0.0.1')] });
  // A clock that stands still: Retry-After counts whole seconds, and scrypt on a loaded machine can take one.
  const started = Date.now();
  demo = await startDemoApp({ now: () => started });
});
afterAll(async () => {
  server.closeAllConnections();
  await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), dns.close(), demo.close()]);
});

describe('login rate limits', () => {
  test('each rule at the line of its request; bursts stop at the first limit', async () => {
    const origin = `http://login.site.test:${port}`;
    const manifest = `version: 1
environments:
  production: { url: "${origin}" }
sessions:
  ops:
    login: { request: POST /never, json: { email: real@site.test, password: "{{ env.REAL_PASSWORD }}" } }
domain:
  environment: production
  resolver: ${dns.address}
  rate-limit:
    - { request: POST /never }
    - { request: POST /never, attempts: 3 }
    - request: POST /form-never
      format: form
      user-field: username
      password-field: pass
      attempts: 4
    - { request: POST /retry-after }
    - { request: POST /locks }
    - { request: POST /locked-423 }
    - { request: POST /missing }
    - { request: POST /broken }
    - { request: "POST http://login.site.test:1/login" }
`;
    attempts.length = 0;
    const { findings, metrics } = await runDomainCheck(manifest, { env: { REAL_PASSWORD: 'the-real-password-1f9a' } });
    expectRows(findings, FAMILY, [
      ['login-not-rate-limited', 11, 'error', `POST ${origin}/never took 20 failed sign-ins in a row (401 ×20) without a 429, a lockout or Retry-After`],
      ['login-not-rate-limited', 12, 'error', `POST ${origin}/never took 3 failed sign-ins in a row (401 ×3) without a 429, a lockout or Retry-After`],
      ['login-not-rate-limited', 13, 'error', `POST ${origin}/form-never took 4 failed sign-ins in a row (200 ×4) without a 429, a lockout or Retry-After`],
      ['login-burst-inconclusive', 21, 'warning', `the login burst against ${origin}/missing is inconclusive: the endpoint answered 404, so it is missing or broken`],
      ['login-burst-inconclusive', 22, 'warning', `the login burst against ${origin}/broken is inconclusive: the endpoint answered 500, so it is missing or broken`],
      ['domain-setting-invalid', 23, 'error', `http://login.site.test:1/login is not on the environment's origin (${origin}); the login burst is sent only to the app under test, so it was not sent`],
    ]);
    const count = (path: string) => attempts.filter((x) => x.path === path).length;
    // Bounded bursts that stop at the first sign of a limit.
    expect([count('/never'), count('/form-never'), count('/retry-after'), count('/locks'), count('/locked-423'), count('/missing'), count('/broken')]).toEqual([23, 4, 4, 6, 3, 1, 1]);
    expect(metrics.loginBursts).toEqual([
      { url: `${origin}/never`, sent: 20, limitedBy: null },
      { url: `${origin}/never`, sent: 3, limitedBy: null },
      { url: `${origin}/form-never`, sent: 4, limitedBy: null },
      { url: `${origin}/retry-after`, sent: 4, limitedBy: '401 with Retry-After: 30' },
      { url: `${origin}/locks`, sent: 6, limitedBy: '403 saying the sign-in is locked or limited' },
      { url: `${origin}/locked-423`, sent: 3, limitedBy: '423 Locked' },
      { url: `${origin}/missing`, sent: 1, limitedBy: null },
      { url: `${origin}/broken`, sent: 1, limitedBy: null },
    ]);
    // Only a throwaway user and a random wrong password, never the manifest's credentials.
    for (const attempt of attempts) {
      expect(attempt.body).not.toContain('the-real-password-1f9a');
      expect(attempt.body).not.toContain('real@site.test');
    }
    const json = JSON.parse(attempts.find((x) => x.path === '/never')!.body) as Record<string, string>;
    expect(Object.keys(json)).toEqual(['email', 'password']);
    expect(json.email).toMatch(/^release-gate-probe-[0-9a-f]{8}@example\.invalid$/);
    const form = new URLSearchParams(attempts.find((x) => x.path === '/form-never')!.body);
    expect(attempts.find((x) => x.path === '/form-never')!.contentType).toBe('application/x-www-form-urlencoded');
    expect(form.get('username')).toMatch(/@example\.invalid$/);
    expect(form.get('pass')).toMatch(/^wrong-[0-9a-f]{24}$/);
  });

  test('the demo app answers 429 with Retry-After after 5 failures', async () => {
    const manifest = `version: 1
environments:
  production: { url: "${demo.url}" }
domain:
  environment: production
  rate-limit:
    - { request: POST /api/login, attempts: 50 }
`;
    const { findings, metrics } = await runDomainCheck(manifest);
    expectRows(findings, FAMILY, []);
    expect(metrics.loginBursts).toEqual([{ url: `${demo.url}/api/login`, sent: 6, limitedBy: '429 Too Many Requests with Retry-After: 60' }]);
    expect(demo.state.audit.filter((e) => e.action === 'sign-in-failed')).toHaveLength(5);
  });
});
