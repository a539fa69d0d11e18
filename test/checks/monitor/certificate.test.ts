import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { handle, scheduledMonitor } from './harness.js';

const DAY = 86_400_000;
let pki: TestPki;
let server: RunningServer;

beforeAll(async () => {
  pki = createTestPki();
  const pair = pki.leaf(['127.0.0.1'], { fromDays: -60, toDays: 20 });
  server = await startHttpsServer({ certificates: {}, fallback: pair }, handle);
});
afterAll(async () => {
  await server.close();
  pki.cleanup();
});

describe('the monitor\'s certificate', () => {
  test('days left are recorded each run; crossing 21 days warns once, crossing 7 is an error, said once', async () => {
    const monitor = scheduledMonitor(`https://127.0.0.1:${server.port}`, `  interval: 168h
  ca-file: ${pki.caFile}
  paths:
    - { name: homepage, request: GET / }
`);
    const at = (days: number) => new Date(pki.base.getTime() + days * DAY).toISOString();
    const first = await monitor.runAt(at(0));
    const check = (r: typeof first) => r.checks[0]!;
    expect(check(first).findings.map((f) => `${f.ruleId} ${f.severity}: ${f.message}`)).toEqual([
      `monitor-certificate-expiring warning: the certificate of 127.0.0.1:${server.port} expires in 20 day(s), on ${at(20).slice(0, 10)}`,
    ]);
    expect(check(first).metrics.certificates).toEqual([{ host: '127.0.0.1', port: server.port, daysLeft: 20, validTo: at(20) }]);
    expect((check(first).metrics.certificate as { crossed?: number }).crossed).toBe(21);
    expect((check(first).metrics.steps as { status: string }[])[0]!.status).toBe('pass');

    const second = await monitor.runAt(at(1));
    expect((check(second).metrics.certificate as { crossed?: number }).crossed).toBeUndefined();

    const third = await monitor.runAt(at(14));
    expect(check(third).findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['monitor-certificate-expiring error']);
    expect((check(third).metrics.certificate as { crossed?: number; daysLeft: number })).toMatchObject({ daysLeft: 6, crossed: 7 });
    const fourth = await monitor.runAt(at(15));
    expect((check(fourth).metrics.certificate as { crossed?: number }).crossed).toBeUndefined();
  });
});
