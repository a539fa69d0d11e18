import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { a, startDnsServer, type DnsZoneServer } from '../../support/dns-server.js';
import { createTestPki, startTlsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { expectRows, runDomainCheck } from './domain-tester.js';

const FAMILY = ['tls-expired', 'tls-expiring', 'tls-hostname-mismatch', 'tls-untrusted', 'tls-old-protocol', 'tls-unreachable'];

let pki: TestPki;
let dns: DnsZoneServer;
let modern: RunningServer;
let legacy: RunningServer;
let closedPort: number;
let silent: Server;
const silentSockets = new Set<Socket>();

beforeAll(async () => {
  pki = createTestPki();
  const valid = pki.leaf(['valid.tls.test'], { fromDays: -10, toDays: 200 });
  modern = await startTlsServer({
    fallback: valid,
    certificates: {
      'valid.tls.test': valid,
      'soon.tls.test': pki.leaf(['soon.tls.test'], { fromDays: -80, toDays: 5 }),
      'later.tls.test': pki.leaf(['later.tls.test'], { fromDays: -80, toDays: 20 }),
      'expired.tls.test': pki.leaf(['expired.tls.test'], { fromDays: -90, toDays: -3 }),
      'wrong.tls.test': pki.leaf(['other.tls.test', '*.other.tls.test'], { fromDays: -1, toDays: 200 }),
      'self.tls.test': pki.selfSigned(['self.tls.test']),
    },
  });
  legacy = await startTlsServer({ fallback: pki.leaf(['old.tls.test'], { fromDays: -1, toDays: 200 }), certificates: {}, allowOldProtocols: true });
  // A port nothing listens on, and a server that accepts and never speaks.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  silent = createServer((socket) => silentSockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const zone = Object.fromEntries(['valid', 'soon', 'later', 'expired', 'wrong', 'self', 'old', 'closed', 'silent'].map((n) => [`${n}.tls.test`, [a('127.0.0.1')]]));
  dns = await startDnsServer(zone);
});
afterAll(async () => {
  await Promise.all([modern.close(), legacy.close(), dns.close(), new Promise<void>((resolve) => {
    for (const socket of silentSockets) socket.destroy();
    silent.close(() => resolve());
  })]);
  pki.cleanup();
});

describe('TLS certificates', () => {
  test('each rule at the line of its host, judged against the check\'s clock', async () => {
    const silentPort = (silent.address() as AddressInfo).port;
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  ca: ${pki.caFile}
  timeout: 2s
  tls:
    - { host: valid.tls.test, port: ${modern.port} }
    - { host: soon.tls.test, port: ${modern.port} }
    - { host: later.tls.test, port: ${modern.port} }
    - host: later.tls.test
      port: ${modern.port}
      min-days: 21
    - { host: expired.tls.test, port: ${modern.port} }
    - { host: wrong.tls.test, port: ${modern.port} }
    - { host: self.tls.test, port: ${modern.port} }
    - { host: old.tls.test, port: ${legacy.port} }
    - { host: closed.tls.test, port: ${closedPort} }
    - { host: silent.tls.test, port: ${silentPort} }
    - { host: nowhere.tls.test, port: ${modern.port} }
`;
    const { findings, metrics } = await runDomainCheck(manifest, { now: pki.base });
    const day = (offset: number) => new Date(pki.base.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    expectRows(findings, FAMILY, [
      ['tls-expiring', 8, 'error', `the certificate of soon.tls.test:${modern.port} expires on ${day(5)}, in 5 days (min-days is 14)`],
      ['tls-expiring', 9, 'warning', `the certificate of later.tls.test:${modern.port} expires on ${day(20)}, in 20 days (warn-days is 30)`],
      ['tls-expiring', 12, 'error', `the certificate of later.tls.test:${modern.port} expires on ${day(20)}, in 20 days (min-days is 21)`],
      ['tls-expired', 13, 'error', `the certificate of expired.tls.test:${modern.port} expired on ${day(-3)} (3 days ago)`],
      ['tls-hostname-mismatch', 14, 'error', `the certificate served by wrong.tls.test:${modern.port} is for other.tls.test, *.other.tls.test, not wrong.tls.test`],
      ['tls-untrusted', 15, 'error', `the certificate of self.tls.test:${modern.port} is not trusted: it is self-signed (DEPTH_ZERO_SELF_SIGNED_CERT)`],
      ['tls-old-protocol', 16, 'error', `old.tls.test:${legacy.port} accepts TLSv1.1, a protocol older than TLS 1.2`],
      ['tls-unreachable', 17, 'error', `closed.tls.test:${closedPort} cannot be reached over TLS: closed.tls.test:${closedPort} refused the connection`],
      ['tls-unreachable', 18, 'error', `silent.tls.test:${silentPort} cannot be reached over TLS: silent.tls.test:${silentPort} did not complete a TLS handshake within 2 s`],
      ['tls-unreachable', 19, 'error', `nowhere.tls.test:${modern.port} cannot be reached over TLS: nowhere.tls.test does not exist (NXDOMAIN) at ${dns.address}`],
    ]);
    expect((metrics.certificates as unknown[])[0]).toEqual({ host: 'valid.tls.test', port: modern.port, protocol: 'TLSv1.3', validTo: new Date(pki.base.getTime() + 200 * 86_400_000).toISOString(), daysLeft: 200 });
  });

  test('without the CA, a certificate from an unknown issuer is untrusted', async () => {
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  tls:
    - { host: valid.tls.test, port: ${modern.port} }
`;
    const { findings } = await runDomainCheck(manifest, { now: pki.base });
    expectRows(findings, FAMILY, [
      ['tls-untrusted', 5, 'error', `the certificate of valid.tls.test:${modern.port} is not trusted: its issuer is not a trusted CA, or the server does not send the intermediate certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`],
    ]);
  });

  test('a CA file that cannot be read is a setting problem at its line', async () => {
    const manifest = `version: 1
domain:
  resolver: ${dns.address}
  ca: certs/missing.pem
  tls:
    - { host: valid.tls.test, port: ${modern.port} }
`;
    const { findings } = await runDomainCheck(manifest, { now: pki.base });
    expectRows(findings, ['domain-setting-invalid'], [['domain-setting-invalid', 4, 'error', 'the CA file certs/missing.pem cannot be read (ENOENT)']]);
  });
});
