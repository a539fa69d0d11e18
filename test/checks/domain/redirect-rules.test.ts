import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = ['redirect-wrong-target', 'redirect-wrong-status', 'redirect-loop', 'redirect-too-many-hops', 'redirect-insecure-hop', 'url-unreachable'];

let pki: TestPki;
let dns: DnsZoneServer;
let https: RunningServer;
let http: Server;
let H = 0;
let S = 0;
const seenHeaders: IncomingHttpHeaders[] = [];

function route(req: IncomingMessage, res: ServerResponse, secure: boolean): void {
  seenHeaders.push(req.headers);
  const plain = `http://www.site.test:${H}`;
  const tls = `https://www.site.test:${S}`;
  const go = (status: number, location: string): void => {
    res.writeHead(status, { location }).end();
  };
  const path = req.url ?? '/';
  const routes: Record<string, () => void> = secure ? {
    '/dashboard': () => res.end('dashboard'),
    '/login': () => res.end('login'),
    '/downgrade': () => go(301, `${plain}/plain-page`),
    '/account': () => res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('sign in'),
    '/admin': () => res.writeHead(403).end('forbidden'),
    '/retired': () => res.writeHead(410).end('gone'),
    '/reports': () => res.writeHead(503).end('down'),
  } : {
    '/good': () => go(301, `${tls}/dashboard`),
    '/temp': () => go(302, `${tls}/dashboard`),
    '/not-redirect': () => res.end('still here'),
    '/elsewhere': () => go(301, `${tls}/login`),
    '/broken-target': () => go(301, `${tls}/missing`),
    '/loop-a': () => go(302, '/loop-b'),
    '/loop-b': () => go(302, '/loop-a'),
    '/chain1': () => go(301, '/chain2'),
    '/chain2': () => go(301, '/chain3'),
    '/chain3': () => go(301, '/chain4'),
    '/chain4': () => go(301, `${tls}/dashboard`),
    '/http-hop': () => go(301, `http://site.test:${H}/good`),
    '/bad-location': () => go(302, 'javascript:alert(1)'),
    '/plain-page': () => res.end('plain'),
    '/old-account': () => go(301, `${tls}/account`),
    '/old-admin': () => go(308, `${tls}/admin`),
    '/old-retired': () => go(301, `${tls}/retired`),
    '/old-reports': () => go(301, `${tls}/reports`),
  };
  if (routes[path]) return routes[path]!();
  const endless = /^\/n\/(\d+)$/.exec(path);
  if (endless && !secure) return go(302, `/n/${Number(endless[1]) + 1}`);
  res.writeHead(404).end('not found');
}

beforeAll(async () => {
  pki = createTestPki();
  https = await startHttpsServer({ fallback: pki.leaf(['www.site.test'], { fromDays: -1, toDays: 200 }), certificates: {} }, (req, res) => route(req, res, true));
  S = https.port;
  http = createServer((req, res) => route(req, res, false));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  H = (http.address() as AddressInfo).port;
  dns = await startDnsServer({ 'www.site.test': [a('127.0.0.1')], 'site.test': [a('127.0.0.1')] });
});
afterAll(async () => {
  http.closeAllConnections();
  await Promise.all([https.close(), dns.close(), new Promise<void>((resolve) => http.close(() => resolve()))]);
  pki.cleanup();
});

describe('redirects', () => {
  test('each rule at the line of its entry, followed hop by hop without credentials', async () => {
    const plain = `http://www.site.test:${H}`;
    const tls = `https://www.site.test:${S}`;
    const manifest = `version: 1
environments:
  production: { url: "${plain}" }
sessions:
  ops:
    login: { request: POST /login, json: { password: "{{ env.PASSWORD }}" } }
domain:
  environment: production
  resolver: ${dns.address}
  ca: ${pki.caFile}
  redirects:
    - { from: /good, to: ${tls}/dashboard, status: 301 }
    - from: /temp
      to: ${tls}/dashboard
      status: 301
    - { from: /not-redirect, to: ${tls}/dashboard }
    - { from: /elsewhere, to: ${tls}/dashboard }
    - { from: /broken-target, to: ${tls}/missing }
    - { from: /loop-a, to: ${tls}/dashboard }
    - { from: /chain1, to: ${tls}/dashboard }
    - { from: /chain1, to: ${tls}/dashboard, max-hops: 4 }
    - { from: /http-hop, to: ${tls}/dashboard }
    - { from: ${tls}/downgrade, to: ${plain}/plain-page }
    - { from: /bad-location, to: ${tls}/dashboard }
    - { from: /n/0, to: ${tls}/dashboard }
    - { from: "http://www.site.test:1/gone", to: ${tls}/dashboard }
    - { from: /old-account, to: ${tls}/account }
    - { from: /old-admin, to: ${tls}/admin, status: 308 }
    - { from: /old-retired, to: ${tls}/retired }
    - { from: /old-reports, to: ${tls}/reports }
`;
    const { findings } = await runDomainCheck(manifest, { now: pki.base, env: { PASSWORD: 'hunter2-secret' } });
    expectRows(findings, FAMILY, [
      ['redirect-wrong-status', 15, 'error', `${plain}/temp redirects with 302, expected 301 (to ${tls}/dashboard)`],
      ['redirect-wrong-status', 16, 'error', `${plain}/not-redirect answers 200, not a redirect to ${tls}/dashboard`],
      ['redirect-wrong-target', 17, 'error', `${plain}/elsewhere ends at ${tls}/login (200), expected ${tls}/dashboard`],
      ['redirect-wrong-target', 18, 'error', `${plain}/broken-target reaches ${tls}/missing, which answers 404 (the page is gone)`],
      ['redirect-loop', 19, 'error', `${plain}/loop-a redirects in a loop: ${plain}/loop-a → ${plain}/loop-b → ${plain}/loop-a`],
      ['redirect-too-many-hops', 20, 'warning', `${plain}/chain1 takes 4 redirects to reach ${tls}/dashboard (at most 3): ${plain}/chain1 → ${plain}/chain2 → ${plain}/chain3 → ${plain}/chain4 → ${tls}/dashboard`],
      ['redirect-insecure-hop', 22, 'warning', `${plain}/http-hop redirects to another host over plain HTTP (http://site.test:${H}/good) instead of going to HTTPS first`],
      ['redirect-insecure-hop', 23, 'error', `${tls}/downgrade redirects to ${plain}/plain-page: a downgrade from HTTPS to plain HTTP`],
      ['redirect-wrong-target', 24, 'error', `${plain}/bad-location redirects to "javascript:alert(1)", which is not an http(s) URL (expected to reach ${tls}/dashboard)`],
      ['redirect-loop', 25, 'error', `${plain}/n/0 never stops redirecting: still redirecting after 10 hops, each to a new URL: ${[0, 1, 2].map((i) => `${plain}/n/${i}`).join(' → ')} → …`],
      ['url-unreachable', 26, 'error', 'GET http://www.site.test:1/gone got no response: www.site.test:1 refused the connection'],
      // 27 and 28: targets behind a sign-in wall (401, 403) are correct redirects.
      ['redirect-wrong-target', 29, 'error', `${plain}/old-retired reaches ${tls}/retired, which answers 410 (the page is gone)`],
      ['redirect-wrong-target', 30, 'error', `${plain}/old-reports reaches ${tls}/reports, which answers 503 (a server error)`],
    ]);
    // Old links are what strangers click: no cookie, no authorization, nothing from the session.
    for (const headers of seenHeaders) {
      expect(headers.cookie).toBeUndefined();
      expect(headers.authorization).toBeUndefined();
      expect(JSON.stringify(headers)).not.toContain('hunter2-secret');
    }
    expect(seenHeaders.length).toBeGreaterThan(20);
  });
});
