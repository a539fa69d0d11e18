import type { Rule } from '../../../rules/registry.js';
import type { MigrationFile } from '../rule.js';

export interface UnreadableInput {
  file: MigrationFile;
  /** Why, as the bounded reader says it: "cannot be read (EACCES)", "is a named pipe (FIFO), ...". */
  detail: string;
  /** Not a regular file, or a link out of the workspace: skipped on purpose, a notice. */
  skipped: boolean;
}

export const migrationUnreadable: Rule<UnreadableInput> = {
  meta: {
    id: 'migration-unreadable',
    check: 'migrations',
    severity: 'error',
    description: 'A migration file cannot be read (permissions, too large), so it was not checked; one that is not a regular file or links out of the workspace is skipped with a notice.',
    help: 'Make the file readable by the user that runs the gate (it must read what the migration runner reads), or exclude it with migrations.exclude if it is not a migration.',
  },
  run({ file, detail, skipped }, report) {
    report({
      file: file.path, line: 1, column: 1,
      ...(skipped ? { severity: 'notice' as const } : {}),
      message: `the migration ${detail.replace(/; skipped$/, '')}, so it was not checked`,
    });
  },
};
