import type { CheckMeta } from '../check.js';
import { ROLLBACK_INPUTS } from '../rollback-inputs.js';

/** What the registry, the CLI's help, the action metadata and the README's checks table know of the watch check. */
export const meta: CheckMeta<'watch'> = {
  name: 'watch',
  title: 'First live traffic after a deploy',
  section: 'watch',
  live: true,
  explicit: true,
  runs: 'after a deploy, once smoke passed',
  after: 'smoke',
  description: 'After a deploy: probe the user paths for minutes of first live traffic and fail when the error rate or p95 over a sliding window goes over its limit.',
  inputs: [
    { name: 'url', description: 'The URL to watch instead of the environment\'s url. On deployment_status events the deployed URL is watched without it.' },
    ...ROLLBACK_INPUTS,
  ],
  summary: 'after smoke passes: minutes of first live traffic on the user paths, failing (and stopping) when the error rate, p95 or the app\'s own error figure over a sliding window goes over its limit; runs only when named',
  docs: 'docs/checks/watch.md',
};
