import type { Rule } from '../../../rules/registry.js';

export interface PathsInput {
  manifestFile: string;
  line?: number;
  column?: number;
  patterns: string[];
  preset: string;
}

export const migrationPathsEmpty: Rule<PathsInput> = {
  meta: {
    id: 'migration-paths-empty',
    check: 'migrations',
    severity: 'warning',
    description: 'The migrations section matches no file, so nothing is checked.',
    help: 'Point migrations.paths at the migration files (globs relative to the working directory), or pick the right preset.',
  },
  run({ manifestFile, line, column, patterns, preset }, report) {
    report({
      file: manifestFile, line, column,
      message: `no migration file matches ${patterns.map((p) => JSON.stringify(p)).join(', ')} (preset ${preset}), so no migration was checked`,
    });
  },
};
