import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { DEMO_CREDENTIALS } from '../../../src/demo/credentials.js';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = ['cache-authenticated-response', 'cookie-insecure', 'mixed-content', 'security-header-missing', 'session-sign-in-failed', 'url-unreachable'];

const EMAIL = 'ops@portal.test';
const PASSWORD = 'portal-password-93c1';
const TOKEN = 'tok-5f2e9a71c3d84b06';

const SECURE_HTML = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** A portal on HTTPS: a JSON sign-in that sets a cookie without flags, and pages with good and bad headers. */
function portal(req: IncomingMessage, res: ServerResponse): void {
  const signedIn = req.headers.authorization === `Bearer ${TOKEN}` || (req.headers.cookie ?? '').includes(`session=${TOKEN}`);
  const page = (headers: Record<string, string | string[]>, body = '<html><body>ok</body></html>'): void => {
    res.writeHead(200, headers).end(body);
  };
  const path = req.url ?? '/';
  if (path === '/api/login' && req.method === 'POST') {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const { email, password } = JSON.parse(body || '{}') as { email?: string; password?: string };
      if (email !== EMAIL || password !== PASSWORD) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"invalid_credentials"}');
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': [`session=${TOKEN}; Path=/`, 'XSRF-TOKEN=abc; Path=/; Secure; SameSite=Strict'] }).end(JSON.stringify({ token: TOKEN }));
    });
    return;
  }
  if (!signedIn && !['/bare', '/json', '/remembers'].includes(path)) return void res.writeHead(302, { location: '/login' }).end();
  switch (path) {
    case '/private': return page({ ...SECURE_HTML, 'cache-control': 'private, no-store' });
    case '/public': return page({ ...SECURE_HTML, 'cache-control': 'public, max-age=600' });
    case '/max-age': return page({ ...SECURE_HTML, 'cache-control': 'max-age=300' });
    case '/cdn-hit': return page({ ...SECURE_HTML, 'cache-control': 'no-cache', 'cf-cache-status': 'HIT' });
    case '/aged': return page({ ...SECURE_HTML, 'cache-control': 'no-cache', age: '120' });
    case '/no-cache-control': return page({ ...SECURE_HTML });
    case '/mixed': return page({ ...SECURE_HTML, 'cache-control': 'private' }, [
      '<html><head><link rel="canonical" href="http://portal.test/mixed"><link rel=stylesheet href=http://cdn.test/site.css></head>',
      '<body><script src="http://cdn.test/app.js"></script><img src=\'http://img.test/logo.png\'><a href="http://portal.test/help">help</a></body></html>',
    ].join(''));
    case '/remembers': return page({ ...SECURE_HTML, 'cache-control': 'no-store', 'set-cookie': ['remember_me=1; Path=/; Secure', 'theme=dark; Path=/'] });
    case '/bare': return page({ 'content-type': 'text/html' });
    case '/json': return page({ 'content-type': 'application/json' }, '{}');
    default: return void res.writeHead(404).end();
  }
}

let pki: TestPki;
let dns: DnsZoneServer;
let https: RunningServer;
let demo: DemoApp;

beforeAll(async () => {
  pki = createTestPki();
  https = await startHttpsServer({ fallback: pki.leaf(['portal.site.test'], { fromDays: -1, toDays: 200 }), certificates: {} }, portal);
  dns = await startDnsServer({ 'portal.site.test': [a('127.0.0.1')] });
  demo = await startDemoApp();
});
afterAll(async () => {
  await Promise.all([https.close(), dns.close(), demo.close()]);
  pki.cleanup();
});

describe('headers of signed-in pages', () => {
  test('each rule at the line of its page (or its session)', async () => {
    const origin = `https://portal.site.test:${https.port}`;
    const manifest = `version: 1
environments:
  production: { url: "${origin}" }
sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: "{{ env.PORTAL_EMAIL }}", password: "{{ env.PORTAL_PASSWORD }}" }
      capture: { token: $.token }
    headers: { authorization: "Bearer {{ token }}" }
  wrong:
    login: { request: POST /api/login, json: { email: nobody@portal.test, password: nope } }
domain:
  environment: production
  resolver: ${dns.address}
  ca: ${pki.caFile}
  headers:
    - { url: /private, session: ops }
    - { url: /public, session: ops }
    - { url: /max-age, session: ops }
    - { url: /cdn-hit, session: ops }
    - { url: /aged, session: ops }
    - { url: /no-cache-control, session: ops }
    - { url: /mixed, session: ops }
    - /remembers
    - /bare
    - /json
    - { url: /private, session: wrong }
    - { url: /private, session: nobody }
    - { url: "https://elsewhere.site.test/private", session: ops }
    - url: /private
      session: ops
`;
    const run = await runDomainCheck(manifest, { now: pki.base, env: { PORTAL_EMAIL: EMAIL, PORTAL_PASSWORD: PASSWORD } });
    expectRows(run.findings, FAMILY, [
      ['cookie-insecure', 18, 'error', `cookie session (set by POST ${origin}/api/login) lacks Secure, HttpOnly, SameSite`],
      ['cache-authenticated-response', 19, 'error', `${origin}/public, signed in as "ops", can be stored by a shared cache: Cache-Control: public, max-age=600 lets shared caches store it`],
      ['cache-authenticated-response', 20, 'error', `${origin}/max-age, signed in as "ops", can be stored by a shared cache: Cache-Control: max-age=300 lets shared caches store it (max-age without private or no-store)`],
      ['cache-authenticated-response', 21, 'error', `${origin}/cdn-hit, signed in as "ops", can be stored by a shared cache: it was served from a CDN cache (cf-cache-status: HIT)`],
      ['cache-authenticated-response', 22, 'error', `${origin}/aged, signed in as "ops", can be stored by a shared cache: it was served from a cache (Age: 120)`],
      ['cache-authenticated-response', 23, 'warning', `${origin}/no-cache-control, signed in as "ops", can be stored by a shared cache: it has no Cache-Control header; say private or no-store explicitly`],
      ['mixed-content', 24, 'error', `${origin}/mixed loads 3 resources over plain HTTP: http://cdn.test/site.css, http://cdn.test/app.js, http://img.test/logo.png`],
      ['cookie-insecure', 25, 'error', `cookie remember_me (set by GET ${origin}/remembers) lacks HttpOnly, SameSite`],
      ['security-header-missing', 26, 'warning', `${origin}/bare has no Content-Security-Policy, which limits where scripts may load from, which blunts cross-site scripting`],
      ['security-header-missing', 26, 'warning', `${origin}/bare has no Referrer-Policy, which keeps URLs of internal pages out of the Referer header sent to other sites`],
      ['security-header-missing', 26, 'warning', `${origin}/bare has no X-Content-Type-Options: nosniff, which stops browsers from guessing a content type and running an upload as script`],
      ['security-header-missing', 26, 'warning', `${origin}/bare has no X-Frame-Options (or CSP frame-ancestors), which stops other sites from framing the page to trick clicks`],
      ['security-header-missing', 27, 'warning', `${origin}/json has no X-Content-Type-Options: nosniff, which stops browsers from guessing a content type and running an upload as script`],
      ['session-sign-in-failed', 28, 'error', `cannot request ${origin}/private as session "wrong": the login of session "wrong" (POST ${origin}/api/login) failed: expected 2xx, got 401`],
      ['session-sign-in-failed', 29, 'error', `cannot request ${origin}/private as session "nobody": session "nobody" is not defined under sessions`],
      ['session-sign-in-failed', 30, 'error', `cannot request https://elsewhere.site.test/private as session "ops": https://elsewhere.site.test/private is not on ${origin}, where session "ops" signs in; its credentials are never sent elsewhere`],
    ]);
    // The password and the captured token are secrets from the moment they are read.
    expect(run.masker.mask(`${PASSWORD} ${TOKEN}`)).toBe('*** ***');
    expect(JSON.stringify(run.findings)).not.toContain(PASSWORD);
  });

  test('the demo app\'s dashboard, signed in: private, no-store and every security header', async () => {
    const manifest = `version: 1
environments:
  production: { url: "${demo.url}" }
sessions:
  viewer:
    login:
      request: POST /api/login
      json: { email: "{{ env.DEMO_VIEWER_EMAIL }}", password: "{{ env.DEMO_VIEWER_PASSWORD }}" }
domain:
  environment: production
  headers:
    - { url: /dashboard, session: viewer }
    - /healthz
`;
    const run = await runDomainCheck(manifest, { env: { ...DEMO_CREDENTIALS } });
    expectRows(run.findings, FAMILY, []);
    expect(demo.state.audit.filter((e) => e.action === 'sign-in')).toHaveLength(1);
  });
});
