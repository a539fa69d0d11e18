import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { a, aaaa, caa, cname, mx, ns, startDnsServer, txt, type DnsZoneServer } from '../../support/dns-server.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = ['dns-record-mismatch', 'dns-record-missing', 'dns-resolver-disagree', 'dns-lookup-failed'];

let primary: DnsZoneServer;
let lagging: DnsZoneServer;

beforeAll(async () => {
  primary = await startDnsServer({
    'app.example.test': [a('127.0.0.1'), aaaa('2001:db8::1')],
    'moved.example.test': [a('198.51.100.7')],
    'two.example.test': [a('192.0.2.1'), a('192.0.2.2')],
    'only-txt.example.test': [txt('hello')],
    'api.example.test': [cname('edge.example.test')],
    'edge.example.test': [cname('app.example.test')],
    'example.test': [mx(10, 'mail.example.test'), ns('ns1.example.test'), txt('v=spf1 -all'), txt('site-verification=abc123'), caa('issue', 'letsencrypt.org')],
    'broken.example.test': 'servfail',
    'silent.example.test': 'drop',
    'refusing.example.test': 'refused',
  });
  lagging = await startDnsServer({
    'app.example.test': [a('127.0.0.1')],
    'moved.example.test': [a('203.0.113.10')],
  });
});
afterAll(async () => {
  await primary.close();
  await lagging.close();
});

describe('DNS records', () => {
  test('each rule at the line of its entry', async () => {
    const manifest = `version: 1
domain:
  resolver: ${primary.address}
  timeout: 1s
  dns:
    - { name: app.example.test, type: A, value: 127.0.0.1 }
    - { name: APP.example.test., type: AAAA, value: "2001:DB8:0:0::1" }
    - { name: moved.example.test, type: A, value: 203.0.113.10 }
    - { name: two.example.test, type: A, values: [192.0.2.2, 192.0.2.1] }
    - { name: two.example.test, type: A, value: 192.0.2.1 }
    - { name: ghost.example.test, type: A, value: 192.0.2.9 }
    - { name: only-txt.example.test, type: A, value: 192.0.2.9 }
    - { name: api.example.test, type: CNAME, value: app.example.test }
    - { name: api.example.test, type: CNAME, value: edge.example.test }
    - { name: api.example.test, type: CNAME, value: elsewhere.example.test }
    - { name: api.example.test, type: A, value: 127.0.0.1 }
    - { name: example.test, type: MX, value: "10 mail.example.test." }
    - { name: example.test, type: MX, value: "20 mail.example.test" }
    - { name: example.test, type: TXT, value: site-verification=abc123 }
    - { name: example.test, type: TXT, value: site-verification=zzz }
    - { name: example.test, type: NS, value: ns1.example.test }
    - { name: example.test, type: CAA, value: '0 issue "letsencrypt.org"' }
    - { name: broken.example.test, type: A, value: 192.0.2.9 }
    - { name: silent.example.test, type: A, value: 192.0.2.9 }
    - { name: refusing.example.test, type: A, value: 192.0.2.9 }
`;
    const { findings } = await runDomainCheck(manifest);
    expectRows(findings, FAMILY, [
      ['dns-record-mismatch', 8, 'error', 'moved.example.test A is 198.51.100.7; expected 203.0.113.10'],
      ['dns-record-mismatch', 10, 'error', 'two.example.test A is 192.0.2.1, 192.0.2.2; expected 192.0.2.1'],
      ['dns-record-missing', 11, 'error', 'ghost.example.test does not exist (NXDOMAIN); expected A 192.0.2.9'],
      ['dns-record-missing', 12, 'error', 'only-txt.example.test has no A record; expected A 192.0.2.9'],
      ['dns-record-mismatch', 15, 'error', 'api.example.test CNAME is edge.example.test → app.example.test; expected elsewhere.example.test'],
      ['dns-record-mismatch', 18, 'error', 'example.test MX is 10 mail.example.test; expected 20 mail.example.test'],
      ['dns-record-mismatch', 20, 'error', 'example.test TXT is "v=spf1 -all", "site-verification=abc123"; expected "site-verification=zzz"'],
      ['dns-lookup-failed', 23, 'error', `broken.example.test A could not be resolved: the resolver answered SERVFAIL (asked ${primary.address}, for the A record of broken.example.test)`],
      ['dns-lookup-failed', 24, 'error', `silent.example.test A could not be resolved: no answer in time (asked ${primary.address}, for the A record of silent.example.test)`],
      ['dns-lookup-failed', 25, 'error', `refusing.example.test A could not be resolved: the resolver refused (EREFUSED) (asked ${primary.address}, for the A record of refusing.example.test)`],
    ]);
  });

  test('resolvers that disagree: propagation is not finished', async () => {
    const manifest = `version: 1
domain:
  resolvers: [${primary.address}, ${lagging.address}]
  dns:
    - { name: app.example.test, type: A, value: 127.0.0.1 }
    - { name: moved.example.test, type: A, value: 203.0.113.10 }
    - { name: only-txt.example.test, type: TXT, value: hello }
`;
    const { findings, metrics } = await runDomainCheck(manifest);
    expectRows(findings, FAMILY, [
      ['dns-resolver-disagree', 6, 'warning', `moved.example.test A differs between resolvers: ${primary.address} answers 198.51.100.7 (not as expected); ${lagging.address} answers 203.0.113.10 (as expected)`],
      ['dns-resolver-disagree', 7, 'warning', `only-txt.example.test TXT differs between resolvers: ${primary.address} answers "hello" (as expected); ${lagging.address} has none`],
    ]);
    expect(metrics.resolvers).toEqual([primary.address, lagging.address]);
  });

  test('a resolver that is not running: findings, not a hang', async () => {
    const manifest = `version: 1
domain:
  resolver: 127.0.0.1:9
  timeout: 400ms
  dns:
    - { name: app.example.test, type: A, value: 127.0.0.1 }
`;
    const { findings } = await runDomainCheck(manifest);
    expectRows(findings, FAMILY, [
      ['dns-lookup-failed', 6, 'error', /^app\.example\.test A could not be resolved: (the resolver refused \(ECONNREFUSED\)|no answer in time) \(asked 127\.0\.0\.1:9, for the A record of app\.example\.test\)$/],
    ]);
  });
});
