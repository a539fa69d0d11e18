import type { Rule } from '../../../rules/registry.js';
import type { HistoryInput } from '../rule.js';

export const appliedMigrationEdited: Rule<HistoryInput> = {
  meta: {
    id: 'applied-migration-edited',
    check: 'migrations',
    severity: 'error',
    description: 'A migration that is already on the base branch (so already applied where it deploys) was changed, renamed or deleted: the change never runs there, and checksum-checking runners refuse to start.',
    help: 'Revert the change and write a new migration that makes the change on top of the old one.',
  },
  run({ migrations, base }, report) {
    if (!base) return;
    const versioned = migrations.filter((m) => m.classified.kind === 'versioned');
    const byPath = new Map(versioned.map((m) => [m.path, m]));
    for (const change of base.changes) {
      if (change.status !== 'modified' || !base.applied.has(change.path) || !byPath.has(change.path)) continue;
      const first = change.added[0];
      report({
        file: change.path, line: first?.start ?? 1, column: 1,
        ...(first && Number.isFinite(first.end) ? { endLine: first.end } : {}),
        message: `this migration is already on ${base.ref}, so it has run wherever ${base.ref} deploys: the edit will never run there, and runners that checksum applied migrations (Flyway, Atlas, Prisma) refuse to start`,
        hint: 'Revert this file and put the change in a new migration.',
      });
    }
    const present = new Set(migrations.map((m) => m.path));
    for (const path of [...base.applied].sort()) {
      if (present.has(path)) continue;
      report({
        file: path,
        message: `${path} is already on ${base.ref} but was deleted or renamed on this branch: where it has run, its version stays recorded as applied without a file, which runners such as Flyway reject`,
        hint: 'Restore the file under its old name; to undo what it did, write a new migration.',
      });
    }
  },
};
