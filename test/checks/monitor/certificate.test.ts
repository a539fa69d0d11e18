import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createTestPki, startHttpsServer, type RunningServer, type TestPki } from '../../support/tls-certs.js';
import { certificateAlertState, type CertificateReading } from '../../../src/operate/monitor.js';
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

describe('the certificate\'s alert state, reading by reading', () => {
  const reading = (daysLeft: number | undefined, validTo = 'A') => (daysLeft === undefined
    ? { host: 'ops.example.com', port: 443, unreachable: true, message: 'ECONNRESET' }
    : { host: 'ops.example.com', port: 443, daysLeft, validTo });
  /** Each reading's alert events: crossed N, recovered, eased, or nothing. */
  const walk = (readings: [number | undefined, string?][], start?: CertificateReading) => {
    let prior = start;
    return readings.map(([days, validTo]) => {
      const next = certificateAlertState(prior, reading(days, validTo));
      prior = next;
      return next.crossed !== undefined ? `crossed ${next.crossed}` : next.recovered ? 'recovered' : next.eased ? `eased to ${next.alert?.days}` : '-';
    });
  };

  test.each<[string, [number | undefined, string?][], string[]]>([
    ['counting down: one alert at 21, one at 7', [[25], [21], [20], [8], [7], [6], [0], [-1]], ['-', 'crossed 21', '-', '-', 'crossed 7', '-', '-', '-']],
    ['first reading already within 7: one alert', [[5], [4]], ['crossed 7', '-']],
    ['an unreachable reading in between changes nothing', [[20], [undefined], [19], [undefined], [6]], ['crossed 21', '-', '-', '-', 'crossed 7']],
    ['renewed: recovered at the second reading above 21, and a later countdown alerts again', [[20], [90, 'B'], [89, 'B'], [22, 'B'], [21, 'B']], ['crossed 21', '-', 'recovered', '-', 'crossed 21']],
    ['a load balancer alternating old and new certificates keeps the alert open, without a repeat', [[20], [90, 'B'], [19], [89, 'B'], [18], [88, 'B'], [87, 'B']], ['crossed 21', '-', '-', '-', '-', '-', 'recovered']],
    ['a 7-day alert, then old at 20 and new at 90: eased to 21 (the worse of the two), not recovered', [[6], [20, 'C'], [90, 'B'], [89, 'B'], [88, 'B']], ['crossed 7', '-', 'eased to 21', '-', 'recovered']],
  ])('%s', (_name, readings, expected) => {
    expect(walk(readings)).toEqual(expected);
  });

  test('a reading kept before the alert state was (days left only) continues, never alerting twice', () => {
    expect(walk([[14], [6]], { host: 'ops.example.com', port: 443, daysLeft: 15, validTo: 'A' })).toEqual(['-', 'crossed 7']);
  });
});
