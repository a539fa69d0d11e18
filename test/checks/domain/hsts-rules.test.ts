import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = ['hsts-missing', 'hsts-short-max-age', 'hsts-no-subdomains', 'hsts-no-preload', 'url-unreachable'];

/** The Strict-Transport-Security header each path answers with (none for /none). */
const POLICIES: Record<string, string | undefined> = {
  '/good': 'max-age=63072000; includeSubDomains; preload',
  '/none': undefined,
  '/month': 'max-age=2592000',
  '/eight-months': 'max-age=21000000; includeSubDomains',
  '/no-subdomains': 'max-age=31536000',
  '/no-preload': 'max-age=31536000; includeSubDomains',
  '/garbage': 'max-age=soon; includeSubDomains',
  '/no-max-age': 'includeSubDomains',
};

let pki: TestPki;
let dns: DnsZoneServer;
let https: RunningServer;

beforeAll(async () => {
  pki = createTestPki();
  const cert = pki.leaf(['www.site.test'], { fromDays: -1, toDays: 200 });
  https = await startHttpsServer({ fallback: cert, certificates: {} }, (req, res) => {
    const policy = POLICIES[req.url ?? ''];
    if (policy) res.setHeader('Strict-Transport-Security', policy);
    res.end('ok');
  });
  dns = await startDnsServer({ 'www.site.test': [a('127.0.0.1')] });
});
afterAll(async () => {
  await Promise.all([https.close(), dns.close()]);
  pki.cleanup();
});

describe('HSTS', () => {
  test('each rule at the line of its URL', async () => {
    const origin = `https://www.site.test:${https.port}`;
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  ca: ${pki.caFile}
  hsts:
    - ${origin}/good
    - { url: ${origin}/good, include-subdomains: true, preload: true }
    - ${origin}/none
    - ${origin}/month
    - ${origin}/eight-months
    - url: ${origin}/eight-months
      preload: true
    - { url: ${origin}/no-subdomains, include-subdomains: true }
    - { url: ${origin}/no-preload, preload: true }
    - ${origin}/garbage
    - ${origin}/no-max-age
    - http://www.site.test:${https.port}/good
    - https://www.site.test:1/good
`;
    const { findings } = await runDomainCheck(manifest, { now: pki.base });
    expectRows(findings, FAMILY, [
      ['hsts-missing', 8, 'error', `${origin}/none (200) sends no Strict-Transport-Security header`],
      ['hsts-short-max-age', 9, 'error', `${origin}/month sends HSTS max-age=2592000 (30 days): browsers forget the policy too soon; use at least one year`],
      ['hsts-short-max-age', 10, 'warning', `${origin}/eight-months sends HSTS max-age=21000000 (243 days): browsers forget the policy too soon; use at least one year`],
      ['hsts-no-preload', 11, 'error', `${origin}/eight-months sends "Strict-Transport-Security: max-age=21000000; includeSubDomains" without the preload directive`],
      ['hsts-short-max-age', 11, 'error', `${origin}/eight-months sends HSTS max-age=21000000 (243 days): the preload list requires at least one year`],
      ['hsts-no-subdomains', 13, 'error', `${origin}/no-subdomains sends "Strict-Transport-Security: max-age=31536000" without includeSubDomains`],
      ['hsts-no-preload', 14, 'error', `${origin}/no-preload sends "Strict-Transport-Security: max-age=31536000; includeSubDomains" without the preload directive`],
      ['hsts-missing', 15, 'error', `${origin}/garbage sends "Strict-Transport-Security: max-age=soon; includeSubDomains", which browsers ignore: max-age=soon is not a number of seconds`],
      ['hsts-missing', 16, 'error', `${origin}/no-max-age sends "Strict-Transport-Security: includeSubDomains", which browsers ignore: it has no max-age`],
      ['hsts-missing', 17, 'error', `http://www.site.test:${https.port}/good is plain HTTP; browsers ignore Strict-Transport-Security there, so check the https:// URL`],
      ['url-unreachable', 18, 'error', 'GET https://www.site.test:1/good got no response: www.site.test:1 refused the connection'],
    ]);
  });
});
