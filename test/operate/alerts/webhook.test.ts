import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startServer, type TestServer } from '../../checks/smoke/harness.js';
import { app, handle, scheduledMonitor } from '../../checks/monitor/harness.js';
import { fileStore } from '../../../src/operate/history/file-store.js';
import { launchChecklist } from '../../../src/reports/launch.js';
import type { Alert } from '../../../src/operate/alerts/alert.js';
import { webhookBody } from '../../../src/operate/alerts/format.js';
import { retryAfterMs } from '../../../src/operate/alerts/webhook.js';

// The app under watch, and a local server standing in for a Slack-style webhook: every request recorded.
let target: TestServer;
let hook: TestServer;
let hookAnswers: { status: number; headers?: Record<string, string> }[] = [];
const SECRET_PATH = '/services/T000/B000/s3cr3t-hook-path';

beforeAll(async () => {
  target = await startServer(handle);
  hook = await startServer((_req, res) => {
    const answer = hookAnswers.shift() ?? { status: 200 };
    res.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
    res.end(answer.status === 200 ? 'ok' : 'no');
  });
});
afterAll(async () => {
  await target.close();
  await hook.close();
});

const alertsSection = (format = 'slack', on = '[failure, recovery]') => `alerts:
  - webhook: "{{ env.SLACK_WEBHOOK }}"
    format: ${format}
    on: ${on}
`;
const env = () => ({ SLACK_WEBHOOK: `${hook.url}${SECRET_PATH}` });
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 0, 0) + minutes * 60_000).toISOString();

describe('webhook alerts', () => {
  test('a flapping target sends exactly one alert per state change, with environment, since, evidence and run link', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n  - { name: login, session: ops }\n', {
      extra: alertsSection(), env: { ...env(), GITHUB_RUN_ID: '77', GITHUB_REPOSITORY: 'acme/ops' },
    });
    // fail, pass, fail, pass: flapping, never down; then down for six hours (24 checks), then up for good.
    const plan = [true, false, true, false, ...Array<boolean>(24).fill(true), false, false, false];
    for (const [i, down] of plan.entries()) {
      app.down = new Set(down ? ['homepage'] : []);
      await monitor.runAt(at(i * 15));
    }
    app.down = new Set();
    expect(hook.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`POST ${SECRET_PATH}`, `POST ${SECRET_PATH}`]);
    expect(hook.requests[0]!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(hook.requests[0]!.body)).toEqual({
      text: ':rotating_light: release-gate: Failing: homepage is down on production\nSince: 2026-12-07 01:00 UTC\n- 2 consecutive checks failed\n- expect.status: expected 2xx, got 502\nRun: https://github.com/acme/ops/actions/runs/77',
    });
    expect(JSON.parse(hook.requests[1]!.body)).toEqual({
      text: ':white_check_mark: release-gate: Recovered: homepage recovered on production\nWas failing since: 2026-12-07 01:00 UTC\n- down since 2026-12-07 01:00 UTC\nRun: https://github.com/acme/ops/actions/runs/77',
    });
    // The deliveries are in the history, the URL nowhere.
    const history = readFileSync(monitor.historyFile, 'utf8');
    expect(history).toContain('"deliveries":[{"sink":"webhook 1 (slack)","kind":"failure","key":"monitor/production/homepage","ok":true,"attempts":1,"status":200}]');
    expect(history).not.toContain('s3cr3t');
    expect(monitor.log.join('\n')).not.toContain('s3cr3t');
  });

  test('generic and teams bodies; `on: [failure]` sends no recovery', async () => {
    hook.requests.length = 0;
    const generic = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection('generic', '[failure]'), env: env() });
    app.down = new Set(['homepage']);
    await generic.runAt(at(0));
    await generic.runAt(at(15));
    app.down = new Set();
    await generic.runAt(at(30));
    expect(hook.requests.map((r) => JSON.parse(r.body))).toEqual([{
      source: 'release-gate', event: 'failure', key: 'monitor/production/homepage', environment: 'production', subject: 'homepage',
      title: 'homepage is down on production', since: at(0), time: at(15),
      evidence: ['2 consecutive checks failed', 'expect.status: expected 2xx, got 502'],
    }]);

    hook.requests.length = 0;
    const teams = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection('teams'), env: { ...env(), GITHUB_RUN_ID: '78', GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage']);
    await teams.runAt(at(0));
    await teams.runAt(at(15));
    app.down = new Set();
    const card = JSON.parse(hook.requests[0]!.body);
    // An Adaptive Card in a message: a Teams Workflows webhook refuses the older MessageCard.
    expect(card).toEqual({
      type: 'message',
      attachments: [{
        contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', msteams: { width: 'Full' },
          body: [
            { type: 'TextBlock', text: 'release-gate: homepage is down on production', weight: 'Bolder', size: 'Medium', wrap: true, color: 'Attention' },
            { type: 'TextBlock', text: 'Since: 2026-12-07 00:00 UTC', wrap: true, spacing: 'Small' },
            { type: 'TextBlock', text: '- 2 consecutive checks failed', wrap: true, spacing: 'Small' },
            { type: 'TextBlock', text: '- expect.status: expected 2xx, got 502', wrap: true, spacing: 'Small' },
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Open the run', url: 'https://github.com/acme/ops/actions/runs/78' }],
        },
      }],
    });
  });

  test('a failing webhook is retried within a bound (429 with Retry-After, 503), reported, and never changes the result', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection(), env: env() });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    hookAnswers = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 503 }, { status: 503 }];
    const report = await monitor.runAt(at(15));
    app.down = new Set();
    expect(hook.requests.length).toBe(3);
    expect(report.checks[0]!.findings.map((f) => f.ruleId)).toEqual(['monitor-path-down']);
    expect(monitor.log).toEqual([
      'alerts: the failure alert "homepage is down on production" could not be delivered to webhook 1 (slack) after 3 attempt(s): answered 503: no; the checks\' result stands',
    ]);
    // A 4xx other than 429 is the URL or the body being wrong: not retried.
    hookAnswers = [{ status: 404 }];
    hook.requests.length = 0;
    const other = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection(), env: env() });
    app.down = new Set(['homepage']);
    await other.runAt(at(0));
    await other.runAt(at(15));
    app.down = new Set();
    expect(hook.requests.length).toBe(1);
    expect(other.log[0]).toContain('after 1 attempt(s): answered 404: no');
  });

  test('a webhook that failed every attempt gets one attempt for each further alert of the run', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n  - { name: dashboard, request: GET /dashboard }\n', { extra: alertsSection(), env: env() });
    app.down = new Set(['homepage', 'dashboard']);
    await monitor.runAt(at(0));
    hookAnswers = Array(6).fill({ status: 503 });
    await monitor.runAt(at(15));
    hookAnswers = [];
    app.down = new Set();
    expect(hook.requests.length).toBe(4);
    expect(monitor.log.map((l) => l.replace(/: answered.*/, ''))).toEqual([
      'alerts: the failure alert "homepage is down on production" could not be delivered to webhook 1 (slack) after 3 attempt(s)',
      'alerts: the failure alert "dashboard is down on production" could not be delivered to webhook 1 (slack) after 1 attempt(s)',
    ]);
  });

  test('an unset webhook variable is reported, nothing is sent', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection() });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    app.down = new Set();
    expect(hook.requests).toEqual([]);
    expect(monitor.log[0]).toMatch(/^alerts: the failure alert "homepage is down on production" could not be delivered to webhook 1 \(slack\): the webhook's value is not set \(.*SLACK_WEBHOOK.*\); the checks' result stands$/);
  });

  test('--test-alert proves the sink before anything fails, and the go-live checklist sees the delivery', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection('slack', '[failure]'), env: env() });
    await monitor.runAt(at(0), { 'test-alert': 'true' });
    expect(hook.requests.map((r) => JSON.parse(r.body))).toEqual([{ text: ':wave: release-gate: Test: a test alert for production: this sink receives release-gate\'s failures and recoveries' }]);
    const records = await fileStore(monitor.historyFile, '/').read();
    const list = await launchChecklist({ records, manifest: { version: 1, alerts: [{ webhook: '{{ env.SLACK_WEBHOOK }}', on: ['failure'] }] }, cwd: '/', now: new Date(at(60)) });
    expect(list.items.find((i) => i.id === 'alerts')).toMatchObject({ status: 'passed', evidence: 'webhook 1 (slack): delivered a test alert on 2026-12-07 00:00 UTC' });
  });

  test('the first run after a silence says so in its alert', async () => {
    hook.requests.length = 0;
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: alertsSection('generic'), env: env() });
    await monitor.runAt(at(0));
    await monitor.runAt(at(240));
    expect(hook.requests.map((r) => JSON.parse(r.body))).toEqual([{
      source: 'release-gate', event: 'failure', key: 'monitor/production/silence', environment: 'production', subject: 'the monitor',
      title: 'monitoring of production was silent', time: at(240), evidence: [], silent: { from: at(0), to: at(240) },
    }]);
  });
});

describe('the slack body', () => {
  test('&, < and > are escaped, so text quoted from the app cannot mention a channel or make a link', () => {
    const alert: Alert = {
      kind: 'failure', key: 'monitor/production/homepage', environment: 'production', subject: 'homepage', title: 'homepage is down on production',
      time: '2026-12-07T00:15:00.000Z', evidence: ['expect.body-contains: "<!channel> & <https://evil.example|sign in>" not found'],
    };
    expect(webhookBody(alert, 'slack')).toEqual({
      text: ':rotating_light: release-gate: Failing: homepage is down on production\n- expect.body-contains: "&lt;!channel&gt; &amp; &lt;https://evil.example|sign in&gt;" not found',
    });
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  test.each<[string | undefined, number | undefined]>([
    ['120', 120_000],
    [' 0 ', 0],
    ['Mon, 07 Dec 2026 12:00:30 GMT', 30_000],
    ['Mon, 07 Dec 2026 11:00:00 GMT', 0],
    ['soon', undefined],
    ['-5', undefined],
    [undefined, undefined],
  ])('%j is a wait of %j ms', (value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });
});
