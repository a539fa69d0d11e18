import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createTestPki, startHttpsServer, type KeyPair, type RunningHttpsServer, type TestPki } from '../../support/tls-certs.js';
import { app, handle, scheduledMonitor } from '../../checks/monitor/harness.js';
import { bothChannels, startChannels, type Channels } from './channels.js';

// The flapping guard, end to end: a real HTTPS target whose homepage fails every other run and whose
// certificate hovers around the 21-day threshold (a load balancer serving an old certificate at 20
// days and a renewed one at 22, alternately), watched by a webhook and the GitHub issue sink.
const MINUTE = 60_000;
let pki: TestPki;
let server: RunningHttpsServer;
let channels: Channels;
let within: KeyPair;
let above: KeyPair;

beforeAll(async () => {
  pki = createTestPki();
  within = pki.leaf(['127.0.0.1'], { fromDays: -60, toDays: 20.5 });
  above = pki.leaf(['127.0.0.1'], { fromDays: -1, toDays: 22.5 });
  server = await startHttpsServer({ certificates: {}, fallback: within }, handle);
  channels = await startChannels();
});
afterAll(async () => {
  await server.close();
  await channels.close();
  pki.cleanup();
  app.down = new Set();
});

describe('exactly one alert per change of state, on every channel, never one per run', () => {
  test('a flapping path and a certificate hovering around 21 days', async () => {
    const monitor = scheduledMonitor(`https://127.0.0.1:${server.port}`, `  interval: 15m
  ca-file: ${pki.caFile}
  paths:
    - { name: homepage, request: GET / }
`, { extra: bothChannels(), env: channels.env });
    // Each run: is the homepage failing, and which certificate answers.
    const plan: [boolean, KeyPair][] = [
      [true, within], [false, above], [true, within], [false, above], [true, within], [false, above], [true, within], [false, above],
      [true, above], [true, above], [true, above], [true, above], [false, above], [true, above], [false, above], [true, above], [false, above],
    ];
    const webhook: string[] = [];
    const github: string[] = [];
    for (const [i, [failing, certificate]] of plan.entries()) {
      app.down = new Set(failing ? ['homepage'] : []);
      server.use(certificate);
      channels.clear();
      await monitor.runAt(new Date(pki.base.getTime() + i * 15 * MINUTE).toISOString());
      for (const post of channels.posts() as { event: string; key: string }[]) webhook.push(`run ${i + 1}: ${post.event} ${post.key.split('/')[2]!.replace(/:\d+$/, '')}`);
      for (const call of channels.calls().filter((c) => c !== 'GET /repos/acme/ops/issues')) github.push(`run ${i + 1}: ${call}`);
    }
    app.down = new Set();
    // Seven runs of flapping on both fronts: the certificate's one alert, nothing else. Then the renewed
    // certificate seen twice (runs 8 and 9), the homepage down (runs 9 and 10) and up; then flapping again: nothing.
    expect(webhook).toEqual([
      'run 1: failure 127.0.0.1',
      'run 9: recovery 127.0.0.1',
      'run 10: failure homepage',
      'run 13: recovery homepage',
    ]);
    expect(github).toEqual([
      'run 1: POST /repos/acme/ops/issues',
      'run 9: POST /repos/acme/ops/issues/40/comments',
      'run 9: PATCH /repos/acme/ops/issues/40',
      'run 10: POST /repos/acme/ops/issues',
      'run 13: POST /repos/acme/ops/issues/41/comments',
      'run 13: PATCH /repos/acme/ops/issues/41',
    ]);
    expect(channels.issues.map((i) => [i.number, i.title, i.state])).toEqual([
      [40, 'release-gate: the certificate of 127.0.0.1 on production expires in 20 day(s)', 'closed'],
      [41, 'release-gate: homepage is down on production', 'closed'],
    ]);
  });
});
