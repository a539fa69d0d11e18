import type { Subcommands } from '../main.js';
import { baselineCommand } from './baseline.js';
import { dashboardCommand } from './dashboard.js';
import { reportCommand } from './report.js';
import { historyCommand } from './history.js';
import { initCommand } from './init.js';
import { postDeployCommand } from './post-deploy.js';
import { rollbackCommand } from './rollback.js';
import { validateCommand } from './validate.js';

/** Every command that is not a check, one file each; main.ts only dispatches to them. */
export const COMMANDS: Subcommands = {
  baseline: baselineCommand,
  dashboard: dashboardCommand,
  report: reportCommand,
  history: historyCommand,
  init: initCommand,
  'post-deploy': postDeployCommand,
  rollback: rollbackCommand,
  validate: validateCommand,
};
