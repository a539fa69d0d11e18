import type { Subcommands } from '../main.js';
import { baselineCommand } from './baseline.js';

/** Every command that is not a check, one file each; main.ts only dispatches to them. */
export const COMMANDS: Subcommands = {
  baseline: baselineCommand,
};
