import { jest, afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { connect, createSecureContext } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { startDemoApp, type DemoApp } from '../../../src/demo/app.js';
import { DEMO_CREDENTIALS } from '../../../src/demo/credentials.js';
import { mintDemoCertificates } from '../../../src/demo/demo-certificates.js';
import { startDemoDomain, type DemoDomain } from '../../../src/demo/domain-fixtures.js';
import { DEMO_ORIGIN_PLACEHOLDER } from '../../../src/demo/run-demo.js';
import { runDomainCheck } from './domain-tester.js';

// Run against real servers in one process: on a busy machine a second can tick between two reads of
// the clock, or a handshake can miss its timer. A test that misses is run again, up to twice, and
// reported with the first failure's output.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

const WORKSPACE = join(dirname(fileURLToPath(import.meta.url)), '../../../demo/workspace');

interface Planted {
  check: string;
  ruleId: string;
  file: string;
  line: number;
}

let app: DemoApp;
let domain: DemoDomain;

beforeAll(async () => {
  app = await startDemoApp();
  domain = await startDemoDomain(app.port);
});
afterAll(async () => {
  await domain.close();
  await app.close();
});

describe('the demo domain', () => {
  test('the certificates minted without openssl are valid X.509 that a TLS client verifies', async () => {
    const now = new Date('2026-05-01T12:00:00Z');
    const minted = mintDemoCertificates({ host: 'demo.example.test', now, validForMs: 5 * 86_400_000 });
    const leaf = new X509Certificate(minted.cert);
    const ca = new X509Certificate(minted.caPem);
    expect(leaf.subjectAltName).toBe('DNS:demo.example.test');
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(ca.ca).toBe(true);
    expect(new Date(leaf.validTo).toISOString()).toBe('2026-05-06T12:00:00.000Z');

    // The running endpoint's certificate verifies against the CA file it hands out.
    const authorized = await new Promise<boolean>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: domain.tlsPort, servername: 'demo.example.test', ca: readFileSync(domain.ca, 'utf8') }, () => {
        resolve(socket.authorized);
        socket.destroy();
      });
      socket.on('error', reject);
    });
    expect(authorized).toBe(true);
  });

  test('every minted certificate has a minimal DER serial, so OpenSSL loads it (a leading zero byte was "illegal padding" in 1 run of 128)', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    // With the old serial (top bit cleared only), 600 mints of two certificates each hit a redundant
    // leading zero with a probability of 99%.
    for (let i = 0; i < 600; i++) {
      const minted = mintDemoCertificates({ host: 'demo.example.test', now, validForMs: 86_400_000 });
      for (const pem of [minted.cert, minted.caPem]) expect(new X509Certificate(pem).serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
      expect(() => createSecureContext({ key: minted.key, cert: minted.cert, ca: minted.caPem })).not.toThrow();
    }
  });

  test('the demo manifest, as the demo runner fills it in, yields exactly the planted domain problems', async () => {
    let manifest = readFileSync(join(WORKSPACE, '.github/release-gate.yml'), 'utf8').split(DEMO_ORIGIN_PLACEHOLDER).join(app.url);
    for (const [placeholder, value] of Object.entries(domain.substitutions)) manifest = manifest.split(placeholder).join(value);
    const { findings } = await runDomainCheck(manifest, { env: { ...DEMO_CREDENTIALS } });
    const planted = (JSON.parse(readFileSync(join(WORKSPACE, '../planted.json'), 'utf8')) as Planted[]).filter((p) => p.check === 'domain');
    expect(findings.map((f) => [f.ruleId, f.line, f.severity])).toEqual(planted.map((p) => [p.ruleId, p.line, 'error']));
    expect(findings.find((f) => f.ruleId === 'tls-expiring')!.message).toMatch(/^the certificate of demo\.example\.test:\d+ expires on \d{4}-\d\d-\d\d, in 5 days \(min-days is 14\)$/);
  });
});
