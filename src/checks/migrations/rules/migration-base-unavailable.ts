import type { Rule } from '../../../rules/registry.js';

export interface BaseUnavailableInput {
  base: string;
  reason: string;
}

export const migrationBaseUnavailable: Rule<BaseUnavailableInput> = {
  meta: {
    id: 'migration-base-unavailable',
    check: 'migrations',
    severity: 'error',
    description: 'With --base, the base branch could not be read, so migration order, duplicate versions and edits to applied migrations were not checked.',
    help: 'Fetch the base branch with its history (actions/checkout with fetch-depth: 0, or git fetch origin <branch>) and pass it as --base.',
  },
  run({ base, reason }, report) {
    report({ message: `cannot compare migrations with ${base}: ${reason}` });
  },
};
