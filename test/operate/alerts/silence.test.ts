import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startServer, type TestServer } from '../../checks/smoke/harness.js';
import { app, handle, scheduledMonitor } from '../../checks/monitor/harness.js';
import { bothChannels, CHANNELS_TOKEN, startChannels, type Channels } from './channels.js';

// The app under watch, always up: the only thing that goes wrong here is the schedule itself.
let target: TestServer;
let channels: Channels;

beforeAll(async () => {
  target = await startServer(handle);
  channels = await startChannels();
});
afterAll(async () => {
  await target.close();
  await channels.close();
});
beforeEach(() => {
  channels.reset();
  app.down = new Set();
});

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 0, 0) + minutes * 60_000).toISOString();
const HOMEPAGE = '  - { name: homepage, request: GET / }\n';
const SILENT = 'Monitoring was silent from 2026-12-07 00:00 UTC to 2026-12-07 04:00 UTC: that time is not monitored.';

describe('a silence with every path up', () => {
  test('one message and one issue when it ends, nothing for a second gap in a row, one recovery that closes the issue at the next run on time', async () => {
    const monitor = scheduledMonitor(target.url, HOMEPAGE, { extra: bothChannels(), env: channels.env });
    await monitor.runAt(at(0));
    expect(channels.posts()).toEqual([]);
    expect(channels.calls()).toEqual([]);

    // Four hours with no run (more than three intervals of 15m), every path up.
    await monitor.runAt(at(240));
    expect(channels.posts()).toEqual([{
      source: 'release-gate', event: 'failure', key: 'monitor/production/silence', environment: 'production', subject: 'the monitor',
      title: 'monitoring of production was silent', time: at(240), evidence: [], runUrl: 'https://github.com/acme/ops/actions/runs/9', silent: { from: at(0), to: at(240) },
    }]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    expect(channels.api.requests[0]!.query).toEqual({ state: 'open', labels: 'release-gate', per_page: '100', page: '1' });
    expect(channels.api.requests[1]!.headers.authorization).toBe(`Bearer ${CHANNELS_TOKEN}`);
    expect(channels.api.requests[1]!.body).toEqual({
      title: 'release-gate: monitoring of production was silent',
      body: `<!-- release-gate:alert monitor/production/silence -->\nFailing: monitoring of production was silent\n${SILENT}\nRun: https://github.com/acme/ops/actions/runs/9\n\nrelease-gate closes this issue at the next monitor run that comes on time.`,
      labels: ['release-gate'], assignees: ['ops-oncall'],
    });

    // Late again: the same episode (GitHub still busy), said once already.
    channels.clear();
    await monitor.runAt(at(480));
    expect(channels.posts()).toEqual([]);
    expect(channels.calls()).toEqual([]);

    // On time: one recovery on each channel, listing the time not monitored.
    await monitor.runAt(at(495));
    expect(channels.posts()).toEqual([{
      source: 'release-gate', event: 'recovery', key: 'monitor/production/silence', environment: 'production', subject: 'the monitor',
      title: 'monitoring of production is on schedule again', since: at(0), time: at(495),
      evidence: ['not monitored from 2026-12-07 00:00 UTC to 2026-12-07 04:00 UTC', 'not monitored from 2026-12-07 04:00 UTC to 2026-12-07 08:00 UTC', 'this run came within three intervals of the last one'],
      runUrl: 'https://github.com/acme/ops/actions/runs/9',
    }]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments', 'PATCH /repos/acme/ops/issues/40']);
    expect(channels.api.requests[1]!.body).toEqual({
      body: 'Recovered: monitoring of production is on schedule again\nWas failing since: 2026-12-07 00:00 UTC\n- not monitored from 2026-12-07 00:00 UTC to 2026-12-07 04:00 UTC\n- not monitored from 2026-12-07 04:00 UTC to 2026-12-07 08:00 UTC\n- this run came within three intervals of the last one\nRun: https://github.com/acme/ops/actions/runs/9',
    });
    expect(channels.api.requests[2]!.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(channels.issues.map((i) => [i.number, i.state])).toEqual([[40, 'closed']]);

    channels.clear();
    await monitor.runAt(at(510));
    expect(channels.posts()).toEqual([]);
    expect(channels.calls()).toEqual([]);
    const history = readFileSync(monitor.historyFile, 'utf8');
    expect(history).toContain('{"sink":"github-issue","kind":"failure","key":"monitor/production/silence","ok":true,"attempts":1,"issue":40,"action":"opened"}');
    expect(history + monitor.log.join('\n')).not.toMatch(/s3cr3t|ghs_standIn/);
  });

  test('a silence that rides on a path\'s alert opens no issue of its own, and its end sends nothing', async () => {
    const monitor = scheduledMonitor(target.url, HOMEPAGE, { extra: bothChannels(), env: channels.env });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    channels.clear();
    // Back after the gap: the recovery carries the silence.
    app.down = new Set();
    await monitor.runAt(at(255));
    expect(channels.posts()).toEqual([expect.objectContaining({ event: 'recovery', key: 'monitor/production/homepage', silent: { from: at(15), to: at(255) } })]);
    expect(channels.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments', 'PATCH /repos/acme/ops/issues/40']);
    expect((channels.api.requests[1]!.body as { body: string }).body).toContain('Monitoring was silent from 2026-12-07 00:15 UTC to 2026-12-07 04:15 UTC');
    channels.clear();
    await monitor.runAt(at(270));
    expect(channels.posts()).toEqual([]);
    expect(channels.calls()).toEqual([]);
  });

  test('a sink whose silence alert failed is not sent its end; the other one is', async () => {
    const monitor = scheduledMonitor(target.url, HOMEPAGE, { extra: bothChannels(), env: channels.env });
    await monitor.runAt(at(0));
    channels.api.once('GET /repos/acme/ops/issues', { status: 422, body: { message: 'Validation Failed' } });
    await monitor.runAt(at(240));
    expect(channels.posts()).toHaveLength(1);
    expect(channels.issues).toEqual([]);
    channels.clear();
    await monitor.runAt(at(255));
    expect(channels.posts()).toEqual([expect.objectContaining({ event: 'recovery', key: 'monitor/production/silence' })]);
    expect(channels.calls()).toEqual([]);
  });
});
