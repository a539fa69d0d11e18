import { describe, expect, test } from '@jest/globals';
import { alertsOf } from '../../../src/operate/alerts/alert.js';
import { runAlerts } from '../../../src/operate/alerts/run-alerts.js';
import { recordFromReport, type HistoryRecord } from '../../../src/operate/history/record.js';
import { Masker } from '../../../src/mask.js';
import type { CheckResult, Report } from '../../../src/types.js';

const smoke = (status: CheckResult['status'], rule = 'smoke-step-failed'): Report => ({
  schemaVersion: 1, status: status === 'pass' ? 'pass' : 'fail',
  checks: [{
    check: 'smoke', status, durationMs: 30, metrics: { environment: 'production' },
    findings: status === 'pass' ? [] : [{ ruleId: rule, severity: 'error', message: 'step "dashboard" (GET /dashboard) answered 500', file: '.github/release-gate.yml', line: 31, column: 7 }],
  }],
});
const record = (report: Report, time: string): HistoryRecord => recordFromReport(report, { time, kind: 'post-deploy', environment: 'production' });

describe('alerts of the other checks, from the history', () => {
  test('a pass turning into a failure is one failure; repeats are nothing; a different failure is "changed"; the pass after is one recovery since the first failure', () => {
    const history = [record(smoke('pass'), '2026-12-07T01:00:00Z')];
    const at = (time: string) => ({ now: new Date(time), previous: history, runUrl: 'https://github.com/acme/ops/actions/runs/3' });
    expect(alertsOf(smoke('fail'), at('2026-12-07T02:00:00Z'))).toEqual([{
      kind: 'failure', key: 'check/production/smoke', environment: 'production', subject: 'the smoke check', title: 'the smoke check failed on production',
      since: '2026-12-07T02:00:00.000Z', time: '2026-12-07T02:00:00.000Z', runUrl: 'https://github.com/acme/ops/actions/runs/3',
      evidence: ['smoke-step-failed (.github/release-gate.yml:31): step "dashboard" (GET /dashboard) answered 500'],
    }]);
    history.push(record(smoke('fail'), '2026-12-07T02:00:00Z'));
    expect(alertsOf(smoke('fail'), at('2026-12-07T03:00:00Z'))).toEqual([]);
    expect(alertsOf(smoke('fail', 'smoke-unreachable'), at('2026-12-07T03:00:00Z')).map((a) => `${a.kind} ${a.title}`)).toEqual(['changed the smoke check still fails on production, differently']);
    history.push(record(smoke('fail'), '2026-12-07T03:00:00Z'));
    const recovered = alertsOf(smoke('pass'), at('2026-12-07T04:00:00Z'));
    expect(recovered.map((a) => [a.kind, a.title, a.since, a.evidence])).toEqual([['recovery', 'the smoke check passes again on production', '2026-12-07T02:00:00Z', ['failing since 2026-12-07 02:00 UTC']]]);
  });

  test('a check failed by its warnings (--fail-on warning) shows them as the evidence', () => {
    const warned: Report = { ...smoke('fail'), checks: [{ ...smoke('fail').checks[0]!, findings: [{ ruleId: 'latency-p95-over', severity: 'warning', message: 'task list: p95 640 ms is over 500 ms', file: '.github/release-gate.yml', line: 40, column: 7 }] }] };
    expect(alertsOf(warned, { now: new Date('2026-12-07T02:00:00Z'), previous: [] }).map((a) => a.evidence)).toEqual([['latency-p95-over (.github/release-gate.yml:40): task list: p95 640 ms is over 500 ms']]);
  });

  test('a pull request sends nothing: its failures belong on the pull request', async () => {
    const outcome = await runAlerts({
      report: smoke('fail'), manifest: { version: 1, alerts: [{ webhook: 'http://127.0.0.1:9/never' }] }, cwd: '/', env: { GITHUB_EVENT_NAME: 'pull_request' },
      now: new Date(), masker: new Masker(), history: [], info: () => undefined, warning: () => undefined,
    });
    expect(outcome).toEqual({ sinks: ['webhook 1 (slack)'], alerts: [], deliveries: [] });
  });
});
