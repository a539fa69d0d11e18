import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { expectRows, lineOf, runDomainCheck } from './domain-tester.js';

const FAMILY = ['proxy-not-serving', 'proxy-origin-in-dns', 'proxy-origin-reachable', 'proxy-challenge', 'proxy-sign-in-failed', 'proxy-cookie-incompatible', 'proxy-caches-private', 'proxy-static-not-cached'];

const EMAIL = 'ops@proxied.test';
const PASSWORD = 'proxied-password-4b7e';
const TOKEN = 'tok-proxy-8c21d5f0e9';

type Reply = { status: number; headers: Record<string, string | string[]>; body: string };

/** The app itself: a JSON sign-in that sets a session cookie, a signed-in page and API, a static asset. */
function app(host: string, req: IncomingMessage, body: string): Reply {
  const path = req.url ?? '/';
  const signedIn = (req.headers.cookie ?? '').includes(`session=${TOKEN}`);
  const domain = host.startsWith('cookies.') ? '; Domain=internal.example' : '';
  if (path === '/api/login' && req.method === 'POST') {
    const { email, password } = JSON.parse(body || '{}') as { email?: string; password?: string };
    if (email !== EMAIL || password !== PASSWORD) return { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"invalid"}' };
    return { status: 200, headers: { 'content-type': 'application/json', 'set-cookie': `session=${TOKEN}; Path=/; Secure; HttpOnly; SameSite=Lax${domain}` }, body: '{"ok":true}' };
  }
  if (path === '/assets/app.js') return { status: 200, headers: { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=31536000, immutable' }, body: 'console.log(1)' };
  if (path === '/dashboard' || path === '/api/tasks') {
    if (!signedIn) return path === '/dashboard' ? { status: 302, headers: { location: '/login' }, body: '' } : { status: 401, headers: {}, body: '' };
    return { status: 200, headers: { 'content-type': path === '/dashboard' ? 'text/html' : 'application/json', 'cache-control': 'private, no-store' }, body: path === '/dashboard' ? '<h1>Operations dashboard</h1>' : '[]' };
  }
  if (path === '/') return { status: 200, headers: { 'content-type': 'text/html' }, body: '<h1>Ops portal</h1>' };
  return { status: 404, headers: {}, body: '' };
}

const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform"></div></body></html>';

/** The proxy in front: Cloudflare's headers on every response, plus each host's planted behaviour. */
function front(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', () => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const path = req.url ?? '/';
    let reply = app(host, req, body);
    const edge: Record<string, string> = { 'cf-ray': '8f1e2d3c4b5a6978-AMS', server: 'cloudflare', 'cf-cache-status': 'DYNAMIC' };
    if (host.startsWith('direct.')) {
      // Not proxied at all: the app answers itself.
      res.writeHead(reply.status, reply.headers).end(reply.body);
      return;
    }
    if (host.startsWith('challenged.') && path === '/api/login') reply = { status: 403, headers: { 'content-type': 'text/html', 'cf-mitigated': 'challenge' }, body: CHALLENGE };
    if (host.startsWith('challenged.') && path === '/api/tasks') reply = { status: 503, headers: { 'content-type': 'text/html' }, body: CHALLENGE };
    if (host.startsWith('breaks.') && path === '/api/login') reply = { status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502 Bad Gateway</h1>' };
    // A proxy rule that drops Set-Cookie (a cache or transform rule on the login path).
    if (host.startsWith('strips.') && path === '/api/login') delete reply.headers['set-cookie'];
    if (host.startsWith('cached.')) {
      if (path === '/dashboard') edge['cf-cache-status'] = 'HIT';
      if (path === '/api/tasks') edge.age = '30';
    }
    if (path === '/assets/app.js' && !host.startsWith('cached.')) edge['cf-cache-status'] = 'HIT';
    res.writeHead(reply.status, { ...reply.headers, ...edge }).end(reply.body);
  });
}

/** The origin, reached directly: it serves open.* to anyone, and refuses the other names. */
function origin(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.on('data', (c: Buffer) => (body += c));
  req.on('end', () => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    if (!host.startsWith('open.') && !host.startsWith('breaks.')) return void res.writeHead(403, { 'content-type': 'text/plain' }).end('direct access denied');
    const reply = app(host, req, body);
    res.writeHead(reply.status, reply.headers).end(reply.body);
  });
}

let pki: TestPki;
let dns: DnsZoneServer;
let proxy: RunningServer;
let originServer: RunningServer;

beforeAll(async () => {
  pki = createTestPki();
  const names = ['good', 'challenged', 'breaks', 'cookies', 'strips', 'cached', 'direct', 'open'].map((n) => `${n}.proxied.test`);
  const leaf = pki.leaf(names, { fromDays: -1, toDays: 200 });
  proxy = await startHttpsServer({ fallback: leaf, certificates: {} }, front);
  originServer = await startHttpsServer({ fallback: leaf, certificates: {} }, origin);
  dns = await startDnsServer(Object.fromEntries(names.map((n) => [n, [a('127.0.0.1')]])));
});
afterAll(async () => {
  await Promise.all([proxy.close(), originServer.close(), dns.close()]);
  pki.cleanup();
});

function manifest(hosts: string): string {
  return `version: 1
sessions:
  ops:
    login:
      request: POST /api/login
      json: { email: "{{ env.PROXY_EMAIL }}", password: "{{ env.PROXY_PASSWORD }}" }
domain:
  resolver: ${dns.address}
  ca: ${pki.caFile}
  hosts:
${hosts}`;
}

function host(name: string, extra = ''): string {
  return `    ${name}.proxied.test:
      proxy: cloudflare
      ranges: ["127.0.0.0/8"]
      port: ${proxy.port}
      origin: 127.0.0.1:${originServer.port}
      session: ops
      signed-in: [/dashboard, /api/tasks]
      static: [/assets/app.js]
${extra}`;
}

const env = { PROXY_EMAIL: EMAIL, PROXY_PASSWORD: PASSWORD };

describe('the proxy in front of the app', () => {
  test('a correctly proxied host has no finding', async () => {
    const run = await runDomainCheck(manifest(host('good')), { now: pki.base, env });
    expectRows(run.findings, FAMILY, []);
    expect(run.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });

  test('each planted proxy problem at the line where the fix goes', async () => {
    const text = manifest([host('challenged'), host('breaks'), host('cookies'), host('strips'), host('cached'), host('open')].join(''));
    const run = await runDomainCheck(text, { now: pki.base, env });
    const at = (name: string, key: string) => {
      const start = lineOf(text, `${name}.proxied.test:`);
      return start + text.split('\n').slice(start).findIndex((l) => l.trimStart().startsWith(`${key}:`)) + 1;
    };
    const base = (name: string) => `https://${name}.proxied.test:${proxy.port}`;
    expectRows(run.findings, FAMILY, [
      ['proxy-challenge', at('challenged', 'session'), 'error', `POST ${base('challenged')}/api/login, while session "ops" signed in through Cloudflare, was met by a challenge: cf-mitigated: challenge`],
      ['proxy-sign-in-failed', at('breaks', 'session'), 'error', `session "ops" cannot sign in through Cloudflare at breaks.proxied.test: the login of session "ops" (POST ${base('breaks')}/api/login) failed: expected 2xx, got 502. The same session signs in directly at the origin (127.0.0.1), so the proxy breaks it.`],
      ['proxy-origin-reachable', at('breaks', 'origin'), 'warning', `GET https://breaks.proxied.test:${originServer.port}/ at 127.0.0.1 answered 200: the origin serves breaks.proxied.test to anyone who connects to it directly`],
      ['proxy-cookie-incompatible', at('cookies', 'session'), 'error', `cookie session is set for Domain=internal.example, which cookies.proxied.test is not part of, so the browser drops it (set by POST ${base('cookies')}/api/login through Cloudflare)`],
      ['proxy-sign-in-failed', at('strips', 'signed-in'), 'error', `session "ops" signed in through Cloudflare, but GET ${base('strips')}/api/tasks answered 401: the session did not survive the proxy`],
      ['proxy-sign-in-failed', at('strips', 'signed-in'), 'error', `session "ops" signed in through Cloudflare, but GET ${base('strips')}/dashboard answered 302 to /login: the session did not survive the proxy`],
      ['proxy-caches-private', at('cached', 'signed-in'), 'error', `GET ${base('cached')}/api/tasks, signed in as "ops", went through Cloudflare's cache (age: 30)`],
      ['proxy-caches-private', at('cached', 'signed-in'), 'error', `GET ${base('cached')}/dashboard, signed in as "ops", went through Cloudflare's cache (cf-cache-status: HIT)`],
      ['proxy-static-not-cached', at('cached', 'static'), 'notice', `${base('cached')}/assets/app.js is a static asset, but the edge does not cache it (cf-cache-status: DYNAMIC)`],
      ['proxy-origin-reachable', at('open', 'origin'), 'warning', `GET https://open.proxied.test:${originServer.port}/ at 127.0.0.1 answered 200: the origin serves open.proxied.test to anyone who connects to it directly`],
    ]);
  });

  test('a name not proxied at all, and published at its origin address', async () => {
    const text = manifest(`    direct.proxied.test:
      proxy: cloudflare
      ranges: ["127.0.0.9/32", "300.1.2.0/24"]
      port: ${proxy.port}
      origin: 127.0.0.1:${originServer.port}
`);
    const run = await runDomainCheck(text, { now: pki.base, env });
    expectRows(run.findings, FAMILY, [
      ['proxy-origin-in-dns', lineOf(text, 'direct.proxied.test:'), 'error', 'direct.proxied.test resolves to 127.0.0.1, its origin, outside the ranges given for direct.proxied.test'],
      ['proxy-origin-in-dns', lineOf(text, 'ranges:'), 'error', '300.1.2.0/24 is not an address range (CIDR such as 104.16.0.0/13), so it was ignored'],
      ['proxy-not-serving', lineOf(text, 'proxy: cloudflare'), 'error', `GET https://direct.proxied.test:${proxy.port}/ answered 200 without cf-ray or server: cloudflare, so Cloudflare did not serve it`],
    ]);
  });

  test('a generic proxy is recognised by the headers given; proxy: none checks nothing', async () => {
    const text = manifest(`    good.proxied.test:
      proxy: { name: Fastly, headers: [x-served-by], ranges: ["127.0.0.0/8"] }
      port: ${proxy.port}
    direct.proxied.test:
      proxy: none
      port: ${proxy.port}
`);
    const run = await runDomainCheck(text, { now: pki.base, env });
    expectRows(run.findings, FAMILY, [
      ['proxy-not-serving', lineOf(text, 'proxy: { name: Fastly'), 'error', `GET https://good.proxied.test:${proxy.port}/ answered 200 without x-served-by, so Fastly did not serve it`],
    ]);
  });
});
