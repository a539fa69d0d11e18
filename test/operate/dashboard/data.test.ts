import { describe, expect, test } from '@jest/globals';
import { align, dailyRatio, dashboardData } from '../../../src/operate/dashboard/data.js';
import { computeTrends } from '../../../src/operate/history/trends.js';
import { NOW, ninetyDays } from './ninety-days.js';

describe('dashboard data', () => {
  test('series with their own times share one axis, null where a series has no point', () => {
    expect(align([
      [{ time: '2026-12-01T00:00:00Z', value: 1 }, { time: '2026-12-03T00:00:00Z', value: 3 }],
      [{ time: '2026-12-02T00:00:00Z', value: 20 }, { time: '2026-12-03T00:00:00Z', value: null }],
    ])).toEqual({ times: [1796083200, 1796169600, 1796256000], values: [[1, null, 3], [null, 20, null]] });
  });

  test('pass ratio per UTC day', () => {
    expect(dailyRatio([
      { time: '2026-12-01T01:00:00.000Z', passed: true }, { time: '2026-12-01T23:00:00.000Z', passed: false },
      { time: '2026-12-02T05:00:00.000Z', passed: true },
    ])).toEqual([{ time: '2026-12-01T00:00:00.000Z', value: 0.5 }, { time: '2026-12-02T00:00:00.000Z', value: 1 }]);
  });

  test('90 days: every panel has its series, and the latest figures are the history\'s', () => {
    const history = ninetyDays();
    const data = dashboardData(computeTrends(history, { now: NOW }), { title: 't', source: 's' });
    expect(data.runs).toBe(history.length);
    expect(data.p95.legend.map((l) => l.label)).toEqual(['dashboard · production · nightly', 'task list · production · nightly', 'task list · production · post-deploy']);
    expect(data.p95.values.map((v) => v.filter((x) => x !== null).length)).toEqual([90, 90, 30]);
    expect(data.p95.legend[1]!.p95Verdict).toBe('worse');
    expect(data.p95.legend[0]!.p95Verdict).toBe('steady');
    expect(data.deploys.legend.map((l) => l.label)).toEqual(['production']);
    expect(data.uptime.legend.map((l) => l.label)).toEqual(['create task · production', 'dashboard · production']);
    expect(data.certificates.legend).toEqual([{ label: 'ops.example.com', daysLeft: 41 }]);
    expect(data.lastRuns).toHaveLength(20);
    expect(data.checklist).toBeNull();
  });
});
