import type { CheckInput } from './check.js';

/**
 * The switch of the rollback that follows a failed post-deploy run (src/operate/post-deploy.ts): a run
 * that includes the watch, or answers a deployment event with smoke or latency. The CLI's flag and the
 * actions' input, declared once for the three checks.
 */
export const ROLLBACK_INPUTS: readonly CheckInput[] = [
  { name: 'no-rollback', description: "When the run fails after a deploy, report it without running the manifest's rollback (which runs by default unless rollback.when is manual).", flag: true, cliOnly: true },
  { name: 'rollback', description: "`false` reports a failed post-deploy run (the watch, or smoke or latency on a deployment event) without running the manifest's rollback (the CLI's --no-rollback); by default it rolls back as actions/post-deploy does.", actionOnly: true },
];
