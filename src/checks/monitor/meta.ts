import type { CheckMeta } from '../check.js';

/** What the registry, the CLI's help, the action metadata and the README's checks table know of the monitor check. */
export const meta: CheckMeta<'monitor'> = {
  name: 'monitor',
  title: 'Uptime of each user path',
  section: 'monitor',
  live: true,
  explicit: true,
  runs: 'on a schedule (every 5–15 minutes)',
  description: 'On a schedule: each user path\'s availability and latency on its own, down after two failed checks in a row, recovered once, with the certificate\'s days left and the time nobody was watching.',
  inputs: [
    { name: 'url', description: 'The URL to monitor instead of the environment\'s url.' },
    { name: 'every', description: 'Loop within this run, one round per this duration (e.g. 1m; at least 1s), for a tighter cadence than cron gives.' },
    { name: 'for', description: 'With every: how long to loop (e.g. 55m; at most 6h, a job\'s limit).' },
    { name: 'test-alert', description: 'Also send a test alert to every sink under `alerts`, to prove before anything fails that it reaches people; the delivery is kept in the history (the go-live report\'s alerts item).', flag: true },
  ],
  summary: 'on a schedule: each user path\'s availability and latency on its own (homepage up but login down said as such), down after two failed checks in a row and recovered once, certificate days left, and the hours GitHub\'s scheduler skipped counted as not monitored, never as up; runs only when named',
  docs: 'docs/checks/monitor.md',
};
