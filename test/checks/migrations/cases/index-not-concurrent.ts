import type { RuleTable } from '../rule-tester.js';

export const indexNotConcurrent: RuleTable = {
  valid: [
    { name: 'CONCURRENTLY, alone, outside a transaction', sql: 'CREATE INDEX CONCURRENTLY users_age_idx ON users (age);\n' },
    { name: 'unique index, concurrently', sql: 'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_name_idx ON users (name);\n' },
    {
      name: 'a table created in the same migration',
      sql: 'CREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint);\nCREATE INDEX invoices_user_id_idx ON invoices (user_id);\nDROP INDEX invoices_user_id_idx;\n',
    },
    { name: 'DROP INDEX CONCURRENTLY', sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_placed_at_idx;\n' },
    { name: 'ON ONLY a partitioned parent builds nothing', sql: 'CREATE INDEX events_kind_idx ON ONLY events (kind);\n' },
    { name: 'DDL inside a string or a comment', sql: "-- CREATE INDEX users_age_idx ON users (age);\nSELECT 'CREATE INDEX users_age_idx ON users (age)';\n" },
    {
      name: 'DDL inside a function body, which does not run during the migration',
      sql: 'CREATE FUNCTION reindex_later() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  CREATE INDEX users_age_idx ON users (age);\nEND\n$$;\n',
    },
  ],
  invalid: [
    {
      name: 'CREATE INDEX on an existing table',
      sql: '-- speeds up the report\nCREATE INDEX users_age_idx\n  ON users (age);\n',
      errors: [{ line: 2, column: 1, endLine: 3, message: /SHARE lock that blocks every INSERT, UPDATE and DELETE/, hint: 'CREATE INDEX CONCURRENTLY users_age_idx ON users (age), in a migration of its own that does not run in a transaction. If it fails it leaves an INVALID index: DROP INDEX CONCURRENTLY it and retry.' }],
    },
    {
      name: 'unique, with a schema, after another statement on the same line',
      sql: "SET lock_timeout = '5s'; CREATE UNIQUE INDEX users_name_idx ON public.users (name);\n",
      errors: [{ line: 1, column: 26, message: /CREATE UNIQUE INDEX on existing table public\.users/ }],
    },
    {
      name: 'a table the migrations never created counts as existing',
      sql: 'CREATE INDEX ON audit_log (created_at);\n',
      notOnPostgres: 'audit_log does not exist',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'DROP INDEX without CONCURRENTLY',
      sql: '\n\nDROP INDEX orders_placed_at_idx;\n',
      // Reported once: the lock-timeout advice is the finding's second hint, not a finding of its own.
      errors: [{ line: 3, column: 1, message: /ACCESS EXCLUSIVE lock on its table on orders/, hint: /^DROP INDEX CONCURRENTLY orders_placed_at_idx, alone in a migration that does not run in a transaction\. Also: SET lock_timeout = '5s';/ }],
    },
    {
      name: 'a partitioned table gets the partition recipe',
      sql: 'CREATE INDEX events_kind_idx ON events (kind);\n',
      errors: [{ line: 1, message: /partitioned table events/, hint: /ON ONLY events/ }],
    },
    {
      name: 'inside a DO block',
      sql: 'DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = \'users_age_idx\') THEN\n    CREATE INDEX users_age_idx ON users (age);\n  END IF;\nEND\n$$;\n',
      errors: [{ line: 4, column: 5, endLine: 4 }],
    },
  ],
};
