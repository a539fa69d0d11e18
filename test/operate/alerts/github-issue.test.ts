import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startGithubApi, type GithubApiStandIn } from '../../support/github-api.js';
import { startServer, type TestServer } from '../../checks/smoke/harness.js';
import { app, handle, scheduledMonitor } from '../../checks/monitor/harness.js';

// A target app that fails and recovers on cue, and a local server standing in for the GitHub REST API
// (GITHUB_API_URL points at it): its issues are kept here, and every request is asserted exactly.
let target: TestServer;
let api: GithubApiStandIn;
const TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';
let issues: { number: number; title: string; body: string; state: string; labels: string[]; assignees: string[] }[] = [];

beforeAll(async () => {
  target = await startServer(handle);
  api = await startGithubApi();
});
afterAll(async () => {
  await target.close();
  await api.close();
});
beforeEach(() => {
  api.reset();
  issues = [];
  api.route('GET /repos/acme/ops/issues', () => ({ status: 200, body: issues.filter((i) => i.state === 'open').map((i) => ({ ...i, html_url: `https://github.com/acme/ops/issues/${i.number}`, labels: i.labels.map((name) => ({ name })) })) }));
  api.route('POST /repos/acme/ops/issues', (r) => {
    const body = r.body as { title: string; body: string; labels?: string[]; assignees?: string[] };
    const issue = { number: 40 + issues.length, title: body.title, body: body.body, state: 'open', labels: body.labels ?? [], assignees: body.assignees ?? [] };
    issues.push(issue);
    return { status: 201, body: { ...issue, html_url: `https://github.com/acme/ops/issues/${issue.number}`, labels: [] } };
  });
  for (const n of [40, 41]) {
    api.route(`POST /repos/acme/ops/issues/${n}/comments`, () => ({ status: 201, body: { id: 1, html_url: 'https://github.com/acme/ops/issues/40#c1' } }));
    api.route(`PATCH /repos/acme/ops/issues/${n}`, (r) => {
      const issue = issues.find((i) => i.number === n)!;
      issue.state = (r.body as { state: string }).state;
      return { status: 200, body: { ...issue, html_url: '' } };
    });
  }
});

const ALERTS = `alerts:
  - github-issue: true
    labels: [release-gate]
    assignees: [ops-oncall]
`;
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 0, 0) + minutes * 60_000).toISOString();

describe('github-issue alerts', () => {
  test('one issue per failing path: opened once, commented when the failure changes, closed on recovery', async () => {
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n  - { name: login, session: ops }\n', {
      extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops', GITHUB_RUN_ID: '5' },
    });
    app.status = 502;
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    expect(api.calls()).toEqual([]);
    await monitor.runAt(at(15));
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    expect(api.requests[0]!.query).toMatchObject({ state: 'open', labels: 'release-gate' });
    expect(api.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(api.requests[1]!.body).toEqual({
      title: 'release-gate: homepage is down on production',
      body: '<!-- release-gate:alert monitor/production/homepage -->\nFailing: homepage is down on production\nSince: 2026-12-07 00:00 UTC\n- 2 consecutive checks failed\n- expect.status: expected 2xx, got 502\nRun: https://github.com/acme/ops/actions/runs/5\n\nrelease-gate comments here when the failure changes and closes this issue when it recovers.',
      labels: ['release-gate'], assignees: ['ops-oncall'],
    });
    api.requests.length = 0;
    await monitor.runAt(at(30));
    expect(api.calls()).toEqual([]);
    app.status = 500;
    await monitor.runAt(at(45));
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments']);
    expect(api.requests[1]!.body).toEqual({ body: 'Changed: homepage is still down on production, failing differently\nSince: 2026-12-07 00:00 UTC\n- expect.status: expected 2xx, got 500\nRun: https://github.com/acme/ops/actions/runs/5' });
    api.requests.length = 0;
    app.down = new Set();
    app.status = 502;
    await monitor.runAt(at(60));
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments', 'PATCH /repos/acme/ops/issues/40']);
    expect(api.requests[2]!.body).toEqual({ state: 'closed', state_reason: 'completed' });
    expect(issues.map((i) => [i.number, i.state])).toEqual([[40, 'closed']]);
    const history = readFileSync(monitor.historyFile, 'utf8');
    expect(history).toContain('{"sink":"github-issue","kind":"recovery","key":"monitor/production/homepage","ok":true,"attempts":1,"issue":40,"action":"closed"}');
    expect(history + monitor.log.join('\n')).not.toContain(TOKEN);
  });

  test('an issue already open for the path is found again by its marker, never opened twice', async () => {
    issues.push({ number: 40, title: 'release-gate: homepage is down on production', body: 'text\n<!-- release-gate:alert monitor/production/homepage -->', state: 'open', labels: ['release-gate'], assignees: [] });
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    app.down = new Set();
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues/40/comments']);
  });

  test('an API that keeps failing is retried within its bound, reported, and the checks\' result stands', async () => {
    api.route('GET /repos/acme/ops/issues', { status: 502, body: { message: 'Server Error' } });
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    const report = await monitor.runAt(at(15));
    app.down = new Set();
    expect(report.checks[0]!.findings.map((f) => f.ruleId)).toEqual(['monitor-path-down']);
    expect(api.calls()).toEqual(Array(4).fill('GET /repos/acme/ops/issues'));
    expect(monitor.log).toHaveLength(1);
    expect(monitor.log[0]).toMatch(/^alerts: the failure alert "homepage is down on production" could not be delivered to github-issue after 4 attempt\(s\): .*502.*; the checks' result stands$/);
    expect(monitor.log[0]).not.toContain(TOKEN);
  });

  test('once GitHub has failed through every retry, the run\'s other alerts are reported unsent, not retried again', async () => {
    api.route('GET /repos/acme/ops/issues', { status: 503, body: { message: 'Unavailable' } });
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n  - { name: dashboard, request: GET /dashboard }\n', { extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage', 'dashboard']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    app.down = new Set();
    expect(api.calls()).toEqual(Array(4).fill('GET /repos/acme/ops/issues'));
    expect(monitor.log).toHaveLength(2);
    expect(monitor.log[1]).toMatch(/^alerts: the failure alert "dashboard is down on production" could not be delivered to github-issue: not sent: GitHub failed on an earlier alert of this run \(.*503.*\); the checks' result stands$/);
  });

  test('what GitHub answers is masked before it is printed or kept: a captured session token quoted back stays hidden', async () => {
    api.route('POST /repos/acme/ops/issues', { status: 422, body: { message: `Validation Failed: body quotes ${app.token}` } });
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n  - { name: login, session: ops }\n', { extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    app.down = new Set();
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues']);
    expect(monitor.log).toEqual([expect.stringContaining('Validation Failed: body quotes ***')]);
    const history = readFileSync(monitor.historyFile, 'utf8');
    expect(history).toContain('Validation Failed: body quotes ***');
    expect(history + monitor.log.join('\n')).not.toContain(app.token);
  });

  test('--test-alert opens an issue for the assignees and closes it at once', async () => {
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: ALERTS, env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    await monitor.runAt(at(0), { 'test-alert': 'true' });
    expect(api.calls()).toEqual(['GET /repos/acme/ops/issues', 'POST /repos/acme/ops/issues', 'PATCH /repos/acme/ops/issues/40']);
    expect(api.requests[1]!.body).toMatchObject({ title: 'release-gate: a test alert for production: this sink receives release-gate\'s failures and recoveries', labels: ['release-gate'], assignees: ['ops-oncall'] });
    expect(issues.map((i) => [i.number, i.state])).toEqual([[40, 'closed']]);
  });

  test('without a token the sink says what it needs, and nothing is sent', async () => {
    const monitor = scheduledMonitor(target.url, '  - { name: homepage, request: GET / }\n', { extra: ALERTS, env: { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/ops' } });
    app.down = new Set(['homepage']);
    await monitor.runAt(at(0));
    await monitor.runAt(at(15));
    app.down = new Set();
    expect(api.calls()).toEqual([]);
    expect(monitor.log).toEqual(['alerts: the failure alert "homepage is down on production" could not be delivered to github-issue: github-issue needs GITHUB_TOKEN (the action\'s token input, with issues: write); the checks\' result stands']);
  });
});
