import type { Rule } from '../../../rules/registry.js';
import { compareVersions, type Version } from '../presets.js';
import type { BaseMigration, HistoryInput } from '../rule.js';

/** The next version after `v`, keeping its width: 0042 → 0043. */
function nextVersion(v: Version): string {
  if (v.parts.length !== 1) return `a version above ${v.text}`;
  const next = (v.parts[0]! + 1n).toString();
  return next.padStart(v.text.length, '0');
}

export const migrationOutOfOrder: Rule<HistoryInput> = {
  meta: {
    id: 'migration-out-of-order',
    check: 'migrations',
    severity: 'error',
    description: 'A migration added on this branch has a version lower than the newest migration on the base branch, so it runs out of order or not at all.',
    help: 'Rename the migration so its version sorts after the newest one on the base branch (rebase on it first).',
  },
  run({ migrations, base }, report) {
    if (!base) return;
    const newest = new Map<string, BaseMigration>();
    for (const m of base.tip) {
      const v = m.classified.version;
      if (m.classified.kind !== 'versioned' || !v) continue;
      const best = newest.get(m.classified.scope);
      if (!best || compareVersions(v, best.classified.version!) > 0) newest.set(m.classified.scope, m);
    }
    const onBase = new Set(base.tip.map((m) => m.path));
    for (const m of migrations) {
      const v = m.classified.version;
      if (m.classified.kind !== 'versioned' || !v || base.applied.has(m.path) || onBase.has(m.path)) continue;
      const top = newest.get(m.classified.scope);
      if (!top || compareVersions(v, top.classified.version!) >= 0) continue;
      report({
        file: m.path, line: 1, column: 1,
        message: `version ${v.text} sorts before ${top.classified.version!.text} (${top.path}), the newest migration on ${base.ref}: wherever ${top.classified.version!.text} has run, runners skip this migration or refuse to continue, and elsewhere it runs in a different order`,
        hint: `Rename it to version ${nextVersion(top.classified.version!)} (after ${top.path}) and check that it still makes sense after that migration.`,
      });
    }
  },
};
