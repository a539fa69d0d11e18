import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { MONITOR_RULES } from '../../../src/checks/monitor/rules/index.js';
import { advance, type PathState } from '../../../src/operate/monitor.js';
import { dashboardData } from '../../../src/operate/dashboard/data.js';
import { fileStore } from '../../../src/operate/history/file-store.js';
import { computeTrends } from '../../../src/operate/history/trends.js';
import { renderTrendSummary } from '../../../src/operate/history/trend-summary.js';
import type { Report } from '../../../src/types.js';
import { startServer, type TestServer } from '../smoke/harness.js';
import { app, handle, scheduledMonitor } from './harness.js';

let server: TestServer;
beforeAll(async () => { server = await startServer(handle); });
afterAll(async () => { await server.close(); });

const located = (report: Report) => report.checks[0]!.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`);
const messages = (report: Report) => report.checks[0]!.findings.map((f) => f.message);
const metrics = (report: Report) => report.checks[0]!.metrics as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('monitor', () => {
  test('homepage up but login down is reported as exactly that: failing after one check, down after two', async () => {
    app.down = new Set(['login']);
    const monitor = scheduledMonitor(server.url);
    const first = await monitor.runAt('2026-12-07T05:00:00Z');
    expect(first.checks[0]!.status).toBe('pass');
    // The dashboard signs in as ops too: it fails with the sign-in, and says so.
    expect(located(first)).toEqual(['monitor-path-failing 18:5', 'monitor-path-failing 20:5']);
    expect(metrics(first).steps.map((s: { name: string; status: string }) => `${s.name} ${s.status}`)).toEqual(['homepage pass', 'login fail', 'dashboard fail']);

    const second = await monitor.runAt('2026-12-07T05:15:00Z');
    expect(second.checks[0]!.status).toBe('fail');
    expect(located(second)).toEqual(['monitor-path-down 18:5', 'monitor-path-down 20:5']);
    expect(messages(second)[0]).toBe('login is down on production: 2 consecutive checks failed since 2026-12-07 05:00 UTC (the sign-in of session "ops" failed: expected 2xx, got 502); homepage is up');
    expect(metrics(second).events.map((e: { kind: string; path: string; since: string }) => `${e.kind} ${e.path} ${e.since}`))
      .toEqual(['down login 2026-12-07T05:00:00.000Z', 'down dashboard 2026-12-07T05:00:00.000Z']);
    app.down = new Set();
  });

  test('a flapping path never goes down; a path down for six hours is one down and one recovery', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: homepage, request: GET / }\n');
    const events: string[] = [];
    const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 0, 0) + minutes * 60_000).toISOString();
    let minute = 0;
    const run = async (down: boolean) => {
      app.down = new Set(down ? ['homepage'] : []);
      const report = await monitor.runAt(at(minute));
      minute += 15;
      for (const e of metrics(report).events) events.push(`${e.kind} ${e.time.slice(11, 16)}`);
      return report;
    };
    for (const down of [true, false, true, false, true, false]) await run(down);
    expect(events).toEqual([]);
    // Six hours down: 24 checks, every one failing.
    for (let i = 0; i < 24; i++) await run(true);
    const recovered = await run(false);
    // Down at the second failure in a row (01:45), dated from the first (01:30).
    expect(events).toEqual(['down 01:45', 'recovered 07:30']);
    expect(located(recovered)).toEqual(['monitor-path-recovered 16:5']);
    expect(messages(recovered)).toEqual(['homepage recovered on production at 2026-12-07 07:30 UTC after being down since 2026-12-07 01:30 UTC (6h)']);
    app.down = new Set();
  });

  test('a gap longer than three intervals is silence, said once, and the failures before it do not count', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: homepage, request: GET / }\n');
    app.down = new Set(['homepage']);
    await monitor.runAt('2026-12-07T05:00:00Z');
    const after = await monitor.runAt('2026-12-07T09:00:00Z');
    expect(located(after)).toEqual(['monitor-silent 16:3', 'monitor-path-failing 16:5']);
    expect(messages(after)[0]).toBe('monitoring was silent from 2026-12-07 05:00 UTC to 2026-12-07 09:00 UTC (4h, more than three intervals of 15m): that time is not monitored and not counted as up');
    expect(metrics(after).silent).toEqual({ from: '2026-12-07T05:00:00.000Z', to: '2026-12-07T09:00:00.000Z' });
    const next = await monitor.runAt('2026-12-07T09:15:00Z');
    expect(located(next)).toEqual(['monitor-path-down 16:5']);
    app.down = new Set();
  });

  test('--every and --for loop within one run: down and recovered inside it', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: homepage, request: GET / }\n');
    app.down = new Set(['homepage']);
    const flip = setTimeout(() => { app.down = new Set(); }, 1500);
    const report = await monitor.runAt('2026-12-07T05:00:00Z', { every: '1s', for: '3s' });
    clearTimeout(flip);
    expect(metrics(report).samples.map((s: { results: { ok: boolean }[] }) => s.results[0]!.ok)).toEqual([false, false, true]);
    expect(metrics(report).events.map((e: { kind: string }) => e.kind)).toEqual(['down', 'recovered']);
    expect(located(report)).toEqual(['monitor-path-recovered 16:5']);
  });

  test('a looping run is not silent for the minutes between two scheduled jobs, only for a gap of three schedule periods', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: homepage, request: GET / }\n');
    const loop = { every: '1s', for: '1s' };
    await monitor.runAt('2026-12-07T05:00:00Z', loop);
    // The next hourly job starts 12 minutes after the last round of this one: late, not silent.
    expect(located(await monitor.runAt('2026-12-07T05:12:00Z', loop))).toEqual([]);
    const skipped = await monitor.runAt('2026-12-07T06:12:00Z', loop);
    expect(located(skipped)).toEqual(['monitor-silent 16:3']);
    expect(messages(skipped)[0]).toBe('monitoring was silent from 2026-12-07 05:12 UTC to 2026-12-07 06:12 UTC (1h, more than three intervals of 15m): that time is not monitored and not counted as up');
  });

  test('a probe naming an unknown session stops the monitor before anything is sent', async () => {
    const before = server.requests.length;
    const monitor = scheduledMonitor(server.url, '  - { name: admin, session: admin, request: GET /dashboard }\n');
    const report = await monitor.runAt('2026-12-07T05:00:00Z');
    expect(located(report)).toEqual(['monitor-no-target 16:29']);
    expect(server.requests.length).toBe(before);
  });

  test('the session token never reaches the report', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: dashboard, session: ops, request: GET /dashboard, expect: { body-contains: "x{{ token }}" } }\n');
    const report = await monitor.runAt('2026-12-07T05:00:00Z');
    expect(located(report)).toEqual(['monitor-path-failing 16:5']);
    expect(JSON.stringify(report)).not.toContain(app.token);
    expect(readFileSync(monitor.historyFile, 'utf8')).not.toContain(app.token);
  });
});

describe('uptime from the monitor', () => {
  test('counts only observed time: a silent gap is not monitored, in the figures and on the dashboard', async () => {
    const monitor = scheduledMonitor(server.url, '  - { name: homepage, request: GET / }\n  - { name: login, session: ops }\n');
    for (const [time, down] of [['05:00', []], ['05:15', []], ['05:30', ['homepage']], ['09:30', []], ['09:45', []]] as const) {
      app.down = new Set(down);
      await monitor.runAt(`2026-12-07T${time}:00Z`);
    }
    app.down = new Set();
    const records = await fileStore(monitor.historyFile, '/').read();
    const trends = computeTrends(records, { now: new Date('2026-12-07T10:00:00Z') });
    const homepage = trends.uptime.find((u) => u.step === 'homepage')!;
    // 05:00-05:15 up, 05:15-05:30 down, 05:30-09:30 silent, 09:30-09:45 up: 30 of 45 observed minutes.
    expect(homepage).toMatchObject({ source: 'monitor', environment: 'production', notMonitored: [{ from: '2026-12-07T05:30:00.000Z', to: '2026-12-07T09:30:00.000Z' }] });
    expect(homepage.days7).toEqual({ runs: 5, passed: 4, ratio: 30 / 45 });
    expect(homepage.observed!.days7).toEqual({ observedMs: 45 * 60_000, notMonitoredMs: 4 * 3_600_000 });
    expect(trends.uptime.find((u) => u.step === 'login')!.days7.ratio).toBe(1);
    const legend = dashboardData(trends, { title: 't', source: 's' }).uptime.legend;
    expect(legend.find((l) => l.label === 'homepage · production')!.note).toBe('not monitored 4h in the last 7 days (4h in 30)');
    expect(renderTrendSummary(trends)).toContain('| uptime homepage (production) (not monitored 4h in the last 7 days (4h in 30)) | 66.7% (4/5) |');
  });
});

describe('the flapping guard', () => {
  const result = (ok: boolean, time: string, status = ok ? 200 : 502) => ({ name: 'login', ok, status, ms: 5, time, ...(ok ? {} : { failure: `${status}` }) });
  test('up → failing → up keeps the time it has been up since', () => {
    let state: PathState | undefined;
    state = advance(state, result(true, 't1')).next;
    state = advance(state, result(false, 't2')).next;
    expect(state).toMatchObject({ state: 'failing', since: 't2', failures: 1 });
    const back = advance(state, result(true, 't3'));
    expect(back).toEqual({ next: { name: 'login', state: 'up', since: 't1', failures: 0, checked: 't3', status: 200 } });
  });

  test('a down path whose failure changes is one "changed", a repeat is nothing', () => {
    let state = advance(advance(undefined, result(false, 't1')).next, result(false, 't2')).next;
    expect(state.state).toBe('down');
    const repeat = advance(state, result(false, 't3'));
    expect(repeat.event).toBeUndefined();
    state = repeat.next;
    expect(advance(state, result(false, 't4', 500)).event).toMatchObject({ kind: 'changed', since: 't1', status: 500 });
  });
});

describe('every monitor rule', () => {
  test.each(MONITOR_RULES.map((r) => [r.meta.id, r.meta] as const))('%s has a docs page, listed on the check\'s page', (id, meta) => {
    expect(meta.check).toBe('monitor');
    const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
    expect(page).toMatch(new RegExp(`^# ${id}\\n`));
    expect(page).toContain('## Why it hurts');
    expect(readFileSync('docs/checks/monitor.md', 'utf8')).toContain(`(../rules/${id}.md)`);
  });
});
