import type { CheckMeta } from '../check.js';

/**
 * What the registry, the CLI's help, the action metadata and the README's checks table know of the
 * migrations check before (and without) loading it. Declared here only: index.ts builds the check from it.
 */
export const meta: CheckMeta<'migrations'> = {
  name: 'migrations',
  title: 'Database migrations',
  section: 'migrations',
  description: "PostgreSQL migration safety: locks, table rewrites, deploy-time breakage, data loss and ordering, on the exact line.",
  inputs: [
    { name: "no-trace", description: "Skip the migrations.trace section: no PostgreSQL is started or connected to.", flag: true },
  ],
  summary: 'PostgreSQL migrations that lock or rewrite busy tables, break the running app during a deploy, lose data, or run out of order against the base branch, on the exact statement line with the safe recipe; the layouts of Flyway, golang-migrate, Prisma, diesel, goose, sql-migrate, dbmate, node-pg-migrate, Rails, Django and Alembic, and psql scripts; with `trace`, it also applies them to a throwaway PostgreSQL on seeded rows and reports the locks, rewrites and time it saw',
  docs: 'docs/checks/migrations.md',
};
