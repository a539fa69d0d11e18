import type { Rule } from '../../../rules/registry.js';

export interface PathsCappedInput {
  manifestFile: string;
  line?: number;
  column?: number;
  patterns: string[];
  matched: number;
  cap: number;
}

export const migrationPathsCapped: Rule<PathsCappedInput> = {
  meta: {
    id: 'migration-paths-capped',
    check: 'migrations',
    severity: 'error',
    description: 'migrations.paths matches more files than one run reads (20,000); only the first, in name order, were checked.',
    help: 'Point migrations.paths at the migration folder itself (e.g. db/migrations/*.sql), not at a tree that holds data or generated files.',
  },
  run({ manifestFile, line, column, patterns, matched, cap }, report) {
    report({
      file: manifestFile, line, column,
      message: `${patterns.map((p) => JSON.stringify(p)).join(', ')} match ${matched.toLocaleString('en-US')} files, more than the ${cap.toLocaleString('en-US')} one run reads; only the first ${cap.toLocaleString('en-US')} in name order were checked`,
    });
  },
};
