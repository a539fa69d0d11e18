import type { CheckMeta } from '../check.js';
import { ROLLBACK_INPUTS } from '../rollback-inputs.js';

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * smoke check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'smoke'> = {
  name: 'smoke',
  title: 'Smoke test after a deploy',
  section: 'smoke',
  live: true,
  description: "After a deploy: sign in, load the dashboard, make one write that cleans up, and check that roles are refused where they must be.",
  inputs: [
    { name: "url", description: "The URL to test instead of the environment's url, e.g. a preview deployment. On deployment_status events the deployed URL is used without it." },
    ...ROLLBACK_INPUTS,
  ],
  summary: 'after a deploy: sign-in, the dashboard, one write that cleans up after itself, roles that must be refused',
  docs: 'docs/checks/smoke.md',
};
