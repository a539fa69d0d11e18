import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createTestPki, startHttpsServer, type KeyPair, type RunningHttpsServer, type TestPki } from '../../support/tls-certs.js';
import { app, handle, scheduledMonitor } from '../../checks/monitor/harness.js';
import { bothChannels, startChannels, type Channels } from './channels.js';

// A real HTTPS server on 127.0.0.1 whose certificate the test renews between runs, and both alert
// channels standing in: a webhook, and the GitHub REST API keeping the issues.
const DAY = 86_400_000;
let pki: TestPki;
let server: RunningHttpsServer;
let channels: Channels;
let near: KeyPair;
let renewed: KeyPair;

beforeAll(async () => {
  pki = createTestPki();
  near = pki.leaf(['127.0.0.1'], { fromDays: -70, toDays: 20 });
  renewed = pki.leaf(['127.0.0.1'], { fromDays: -1, toDays: 104 });
  server = await startHttpsServer({ certificates: {}, fallback: near }, handle);
  channels = await startChannels();
});
afterAll(async () => {
  await server.close();
  await channels.close();
  pki.cleanup();
});
beforeEach(() => {
  channels.reset();
  server.use(near);
  app.down = new Set();
});

const at = (days: number) => new Date(pki.base.getTime() + days * DAY).toISOString();
const monitorOf = () => scheduledMonitor(`https://127.0.0.1:${server.port}`, `  interval: 168h
  ca-file: ${pki.caFile}
  paths:
    - { name: homepage, request: GET / }
`, { extra: bothChannels(), env: channels.env });

describe('certificate expiry alerts and their recovery', () => {
  test('alerts at 21 and 7 days; a renewed certificate seen twice is one recovery on each channel that got them, and the issue is closed', async () => {
    const monitor = monitorOf();
    const key = `certificate/production/127.0.0.1:${server.port}`;
    const run = 'https://github.com/acme/ops/actions/runs/9';
    await monitor.runAt(at(0));
    expect(channels.posts()).toEqual([{
      source: 'release-gate', event: 'failure', key, environment: 'production', subject: 'the certificate of 127.0.0.1 on production',
      title: 'the certificate of 127.0.0.1 on production expires in 20 day(s)', time: at(0), evidence: [`valid to ${at(20).slice(0, 10)}; alerted at 21 days left, once`], runUrl: run,
    }]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    expect(channels.api.requests[1]!.body).toEqual({
      title: 'release-gate: the certificate of 127.0.0.1 on production expires in 20 day(s)',
      body: `<!-- release-gate:alert ${key} -->\nFailing: the certificate of 127.0.0.1 on production expires in 20 day(s)\n- valid to ${at(20).slice(0, 10)}; alerted at 21 days left, once\nRun: ${run}\n\nrelease-gate comments here when the failure changes and closes this issue when it recovers.`,
      labels: ['release-gate'], assignees: ['ops-oncall'],
    });

    channels.clear();
    await monitor.runAt(at(1));
    expect([channels.posts(), channels.calls()]).toEqual([[], []]);

    await monitor.runAt(at(14));
    expect(channels.posts()).toEqual([expect.objectContaining({ event: 'failure', key, title: 'the certificate of 127.0.0.1 on production expires in 6 day(s)', evidence: [`valid to ${at(20).slice(0, 10)}; alerted at 7 days left, once`] })]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments']);

    // Renewed: the first reading of the new certificate is noted, the second ends the alert.
    server.use(renewed);
    channels.clear();
    await monitor.runAt(at(15));
    expect([channels.posts(), channels.calls()]).toEqual([[], []]);
    await monitor.runAt(at(15.5));
    const evidence = [`valid to ${at(104).slice(0, 10)}, seen twice in a row`, `the certificate alerted at 7 days left was valid to ${at(20).slice(0, 10)}`];
    expect(channels.posts()).toEqual([{
      source: 'release-gate', event: 'recovery', key, environment: 'production', subject: 'the certificate of 127.0.0.1 on production',
      title: 'the certificate of 127.0.0.1 on production was renewed: 88 days left', since: at(0), time: at(15.5), evidence, runUrl: run,
    }]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments', 'PATCH /repos/acme/ops/issues/40']);
    expect(channels.api.requests[1]!.body).toEqual({ body: `Recovered: the certificate of 127.0.0.1 on production was renewed: 88 days left\nWas failing since: ${at(0).slice(0, 16).replace('T', ' ')} UTC\n- ${evidence[0]}\n- ${evidence[1]}\nRun: ${run}` });
    expect(channels.api.requests[2]!.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(channels.issues.map((i) => [i.number, i.state, i.comments.length])).toEqual([[40, 'closed', 2]]);

    channels.clear();
    await monitor.runAt(at(16));
    expect([channels.posts(), channels.calls()]).toEqual([[], []]);
    const history = readFileSync(monitor.historyFile, 'utf8');
    expect(history).toContain(`{"sink":"webhook 1 (generic)","kind":"recovery","key":"${key}","ok":true,"attempts":1,"status":200}`);
    expect(history).toContain(`{"sink":"github-issue","kind":"recovery","key":"${key}","ok":true,"attempts":1,"issue":40,"action":"closed"}`);
  });

  test('a renewal with a certificate still within 21 days eases a 7-day alert (a comment), and closes nothing', async () => {
    const short = pki.leaf(['127.0.0.1'], { fromDays: 0, toDays: 30 });
    const monitor = monitorOf();
    await monitor.runAt(at(14));
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    server.use(short);
    channels.clear();
    await monitor.runAt(at(15));
    await monitor.runAt(at(15.5));
    expect(channels.posts()).toEqual([]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments']);
    expect(channels.issues[0]!.comments).toEqual([`Changed: the certificate of 127.0.0.1 on production was replaced, and the new one expires in 14 day(s)\n- valid to ${at(30).slice(0, 10)}\n- the certificate alerted at 7 days left was valid to ${at(20).slice(0, 10)}\nRun: https://github.com/acme/ops/actions/runs/9`]);
    expect(channels.issues[0]!.state).toBe('open');
  });
});
