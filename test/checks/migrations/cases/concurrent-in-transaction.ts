import { BASE_SCHEMA, type RuleTable } from '../rule-tester.js';

const INDEX = 'CREATE INDEX CONCURRENTLY users_age_idx ON users (age);\n';

export const concurrentInTransaction: RuleTable = {
  valid: [
    { name: 'plain files run statement by statement', sql: INDEX },
    { name: 'after COMMIT the statements autocommit again', sql: `BEGIN;\nALTER TABLE users ADD COLUMN nickname text;\nCOMMIT;\n${INDEX}` },
    {
      name: 'golang-migrate: a file with this single statement runs outside a transaction',
      options: { preset: 'golang-migrate' },
      files: { 'migrations/0001_base.up.sql': BASE_SCHEMA, 'migrations/0002_age_index.up.sql': INDEX, 'migrations/0002_age_index.down.sql': 'DROP INDEX users_age_idx;\n' },
    },
    {
      name: 'dbmate with transaction:false',
      options: { preset: 'dbmate' },
      files: {
        'db/migrations/20240101000000_base.sql': `-- migrate:up\n${BASE_SCHEMA}\n-- migrate:down\n`,
        'db/migrations/20240102000000_age_index.sql': `-- migrate:up transaction:false\n${INDEX}\n-- migrate:down\nDROP INDEX users_age_idx;\n`,
      },
    },
    {
      name: 'Flyway runs a file holding only non-transactional statements outside a transaction',
      options: { preset: 'flyway' },
      files: { 'db/migration/V1__base.sql': BASE_SCHEMA, 'db/migration/V2__age_index.sql': `SET lock_timeout = '5s';\n${INDEX}` },
    },
    {
      name: 'Flyway with executeInTransaction=false in the script configuration',
      options: { preset: 'flyway' },
      files: {
        'db/migration/V1__base.sql': BASE_SCHEMA,
        'db/migration/V2__age_index.sql': `ALTER TABLE users ADD COLUMN nickname text;\n${INDEX}`,
        'db/migration/V2__age_index.sql.conf': 'executeInTransaction=false\n',
      },
    },
    { name: 'ALTER TYPE ... ADD VALUE may run in a transaction from PostgreSQL 12', sql: "BEGIN;\nALTER TYPE mood ADD VALUE 'calm';\nCOMMIT;\n" },
  ],
  invalid: [
    {
      name: 'inside BEGIN ... COMMIT',
      sql: `BEGIN;\n${INDEX}COMMIT;\n`,
      errors: [{ line: 2, column: 1, message: /cannot run inside a transaction block, and here it follows BEGIN on line 1/ }],
    },
    {
      name: 'transaction: always',
      sql: INDEX,
      options: { transaction: 'always' },
      errors: [{ line: 1, message: /transaction: always/ }],
    },
    {
      name: 'Rails wraps each migration',
      options: { preset: 'rails' },
      files: { 'db/migrate/20240101000000_base.sql': BASE_SCHEMA, 'db/migrate/20240102000000_age_index.sql': `\n${INDEX}` },
      errors: [{ file: 'db/migrate/20240102000000_age_index.sql', line: 2, column: 1, message: /Rails runs each migration in a transaction/ }],
    },
    {
      name: 'golang-migrate sends a multi-statement file as one implicit transaction',
      options: { preset: 'golang-migrate' },
      files: { 'migrations/0001_base.up.sql': BASE_SCHEMA, 'migrations/0002_age_index.up.sql': `SET lock_timeout = '5s';\n${INDEX}` },
      errors: [{ file: 'migrations/0002_age_index.up.sql', line: 2, message: /golang-migrate sends the whole file as one query/ }],
    },
    {
      name: 'Prisma: the same for migration.sql',
      options: { preset: 'prisma' },
      files: {
        'prisma/migrations/20240101000000_base/migration.sql': BASE_SCHEMA,
        'prisma/migrations/20240102000000_age/migration.sql': `-- CreateIndex\nDROP INDEX CONCURRENTLY orders_placed_at_idx;\n${INDEX}`,
      },
      errors: [
        { file: 'prisma/migrations/20240102000000_age/migration.sql', line: 2, message: /^DROP INDEX CONCURRENTLY cannot run.*Prisma/ },
        { file: 'prisma/migrations/20240102000000_age/migration.sql', line: 3, message: /^CREATE INDEX CONCURRENTLY cannot run/ },
      ],
    },
    {
      name: 'Flyway refuses to mix it with transactional statements',
      options: { preset: 'flyway' },
      files: { 'db/migration/V1__base.sql': BASE_SCHEMA, 'db/migration/V2__age.sql': `ALTER TABLE users ADD COLUMN nickname text;\n${INDEX}` },
      errors: [{ file: 'db/migration/V2__age.sql', line: 2, message: /Flyway refuses to run the file unless mixed=true/ }],
    },
    {
      name: 'inside a DO block',
      sql: 'DO $$\nBEGIN\n  CREATE INDEX CONCURRENTLY users_age_idx ON users (age);\nEND $$;\n',
      notOnPostgres: 'PostgreSQL rejects it, which is the point',
      errors: [{ line: 3, column: 3, message: /cannot run inside a DO block/ }],
    },
    {
      name: 'VACUUM and REINDEX CONCURRENTLY in a wrapped file',
      options: { transaction: 'always' },
      sql: 'VACUUM ANALYZE users;\nREINDEX INDEX CONCURRENTLY orders_placed_at_idx;\n',
      errors: [{ line: 1, message: /^VACUUM cannot/ }, { line: 2, message: /^REINDEX CONCURRENTLY cannot/ }],
    },
    {
      name: 'ALTER TYPE ... ADD VALUE in a transaction before PostgreSQL 12',
      options: { 'postgres-version': 11 },
      sql: "BEGIN;\nALTER TYPE mood ADD VALUE 'calm';\nCOMMIT;\n",
      notOnPostgres: 'only PostgreSQL 11 and older reject it',
      errors: [{ line: 2, message: /ADD VALUE \(before PostgreSQL 12\)/ }],
    },
  ],
};
