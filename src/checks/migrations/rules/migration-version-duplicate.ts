import type { Rule } from '../../../rules/registry.js';
import { PRESETS } from '../presets.js';
import type { HistoryInput } from '../rule.js';

const TOOL_NAMES: Partial<Record<string, string>> = { prisma: 'Prisma', 'sql-migrate': 'sql-migrate', 'node-pg-migrate': 'node-pg-migrate', alembic: 'Alembic' };

/** A Prisma migration is its folder; other tools' migrations are files. */
function migrationName(path: string, preset: string): string {
  return preset === 'prisma' ? path.slice(0, path.lastIndexOf('/')) : path;
}

export const migrationVersionDuplicate: Rule<HistoryInput> = {
  meta: {
    id: 'migration-version-duplicate',
    check: 'migrations',
    severity: 'error',
    description: 'Two migrations share a version: runners refuse to start, or silently apply only one of them.',
    help: 'Give the newer migration a version after the newest existing one.',
  },
  run({ migrations, base }, report) {
    const current = new Set(migrations.map((m) => m.path));
    const entries = [
      ...migrations.map((m) => ({ path: m.path, classified: m.classified, inTree: true })),
      ...(base?.tip ?? []).filter((m) => !current.has(m.path)).map((m) => ({ ...m, inTree: false })),
    ];
    const groups = new Map<string, typeof entries>();
    for (const e of entries) {
      const v = e.classified.version;
      if (e.classified.kind !== 'versioned' || !v) continue;
      const key = `${e.classified.scope}\0${v.parts.join('.')}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const onBase = new Set([...(base?.tip ?? []).map((m) => m.path), ...(base?.applied ?? [])]);
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((a, b) => a.path.localeCompare(b.path));
      // With --base, blame the files this branch adds; without it, every file but the first.
      const blamed = base ? group.filter((e) => e.inTree && !onBase.has(e.path)) : group.filter((e) => e.inTree).slice(1);
      const preset = migrations[0]?.preset ?? 'plain';
      for (const e of blamed) {
        if (PRESETS[preset].identity === 'name') {
          // The tool records each migration by name: both run, and only their order is in doubt.
          const names = group.map((o) => migrationName(o.path, preset) + (o.inTree ? '' : ` on ${base!.ref}`));
          const tool = TOOL_NAMES[preset] ?? preset;
          report({
            file: e.path, line: 1, column: 1, severity: 'warning',
            message: `${names.join(' and ')} share version ${e.classified.version!.text}: ${tool} records each by its name, so both run, in name order (${names[0]} first, then ${names.slice(1).join(', then ')}); if they were written in the other order, one may depend on what the other creates`,
            hint: `Give ${migrationName(e.path, preset)} a version after the newest existing one, so the order is the order they were written in.`,
          });
          continue;
        }
        const others = group.filter((o) => o !== e).map((o) => (o.inTree ? o.path : `${o.path} on ${base!.ref}`));
        report({
          file: e.path, line: 1, column: 1,
          message: `version ${e.classified.version!.text} is also used by ${others.join(', ')}: runners refuse to start or apply only one of them`,
          hint: 'Give this migration a version after the newest existing one.',
        });
      }
    }
  },
};
