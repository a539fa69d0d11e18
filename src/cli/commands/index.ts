import type { Subcommand, Subcommands } from '../main.js';

/**
 * A command's one line for --help, and its module, imported only when the command runs: --help and
 * every check run start without loading any command's code (the demo app, the dashboard, git stores).
 */
function lazyCommand(description: string, load: () => Promise<Pick<Subcommand, 'run'>>): Subcommand {
  return { description, run: async (argv, io) => (await load()).run(argv, io) };
}

/**
 * Every command that is not a check, one file each; main.ts only dispatches to them. Adding one is a
 * file in this folder exporting { run(argv, io) } and one line here.
 */
export const COMMANDS: Subcommands = {
  baseline: lazyCommand('write or prune the baseline of known findings that later runs hide', async () => (await import('./baseline.js')).baselineCommand),
  dashboard: lazyCommand('build the static dashboard (trends, last runs, go-live checklist) from the history', async () => (await import('./dashboard.js')).dashboardCommand),
  report: lazyCommand('write the go-live (--launch) or handover (--handover) report from the history and the manifest', async () => (await import('./report.js')).reportCommand),
  history: lazyCommand('add JSON reports to the history, or show its runs and trends', async () => (await import('./history.js')).historyCommand),
  init: lazyCommand('inspect the repository and write a manifest and a pull-request workflow', async () => (await import('./init.js')).initCommand),
  'post-deploy': lazyCommand('after a deploy: smoke, latency and watch, deployment statuses, rollback on failure', async () => (await import('./post-deploy.js')).postDeployCommand),
  rollback: lazyCommand("roll back by hand with the manifest's rollback, then confirm with smoke", async () => (await import('./rollback.js')).rollbackCommand),
  validate: lazyCommand('check the manifest (schema and references) without running any check', async () => (await import('./validate.js')).validateCommand),
};

/** `release-gate demo`: kept out of COMMANDS, which tests hand to runCli without the demo app. */
export const DEMO_COMMAND: Subcommand = lazyCommand('run the whole gate against the bundled demo app, and say which planted problems it caught', async () => (await import('./demo.js')).demoCommand);
