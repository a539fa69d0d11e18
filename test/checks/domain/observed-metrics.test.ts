import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { a, mx, ns, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { runDomainCheck } from './domain-tester.js';

let zone: DnsZoneServer;
beforeAll(async () => {
  zone = await startDnsServer({
    'example.test': [ns('ns1.dns.test'), ns('ns2.dns.test'), mx(10, 'mail.example.test')],
    'mail.example.test': [a('127.0.0.1')],
  });
});
afterAll(async () => {
  await zone.close();
});

// The handover report says where DNS and mail live from these: the name servers and MX hosts seen.
test('the metrics hold the name servers and MX records the check observed', async () => {
  const { metrics } = await runDomainCheck(`version: 1
domain:
  resolver: ${zone.address}
  timeout: 1s
  dns:
    - { name: example.test, type: NS, values: [ns1.dns.test, ns2.dns.test] }
  email:
    - { domain: example.test, spf: false, dmarc: false }
`);
  expect(metrics.observed).toEqual({
    nameServers: [{ name: 'example.test', values: ['ns1.dns.test', 'ns2.dns.test'] }],
    mx: [{ domain: 'example.test', records: ['10 mail.example.test'] }],
  });
});
