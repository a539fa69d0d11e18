import type { Report } from '../types.js';

/**
 * Whether a run of checks is the post-deploy stage, whose failure rolls back (rollBackCheckRun): it
 * includes the watch, which runs only after a deploy, or it answers a deployment event. Kept apart
 * from post-deploy.ts so an entry point can ask without loading the stage and its GitHub client.
 */
export function isPostDeployRun(report: Report, env: Readonly<Record<string, string | undefined>>): boolean {
  return report.checks.some((c) => c.check === 'watch') || env.GITHUB_EVENT_NAME === 'deployment_status' || env.GITHUB_EVENT_NAME === 'deployment';
}
