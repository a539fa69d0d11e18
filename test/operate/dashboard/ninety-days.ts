import { recordFromReport, type HistoryRecord } from '../../../src/operate/history/record.js';
import { sampleReport } from '../sample-history.js';

export const NOW = new Date('2026-12-06T12:00:00Z');

/**
 * 90 days of runs, deterministic: a nightly run every day (two endpoints whose p95 wanders like a
 * shared runner's, a dashboard step that fails now and then, a certificate counting down and renewed),
 * and a post-deploy run every third day, some failing.
 */
export function ninetyDays(): HistoryRecord[] {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const records: HistoryRecord[] = [];
  for (let day = 89; day >= 0; day--) {
    const time = new Date(NOW.getTime() - day * 86_400_000 - 8 * 3_600_000).toISOString();
    const p95 = { 'task list': Math.round(110 + random() * 40 + (day < 3 ? 150 : 0)), dashboard: Math.round(60 + random() * 20) };
    const smoke = { dashboard: random() < 0.08 ? 'fail' as const : 'pass' as const, 'create task': 'pass' as const };
    const daysLeft = (89 - day) < 40 ? 50 - (89 - day) : 90 - (89 - day - 40);
    records.push(recordFromReport(sampleReport({ p95, smoke, daysLeft, errors: day === 1 ? 6 : 0 }), {
      time, kind: 'nightly', environment: 'production', commit: `c${day}`, runUrl: `https://github.com/acme/ops-portal/actions/runs/${1000 + day}`,
    }));
    if (day % 3 === 0) {
      const failing = random() < 0.2;
      records.push(recordFromReport(sampleReport({ p95: { 'task list': Math.round(130 + random() * 30) }, daysLeft, status: failing ? 'fail' : 'pass' }), {
        time: new Date(Date.parse(time) + 5 * 3_600_000).toISOString(), kind: 'post-deploy', environment: 'production', runUrl: `https://github.com/acme/ops-portal/actions/runs/${5000 + day}`,
      }));
    }
  }
  return records;
}
