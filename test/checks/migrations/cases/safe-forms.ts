import { BASE_SCHEMA, type MigrationCase } from '../rule-tester.js';
import { SET_NOT_NULL_RECIPE } from './set-not-null-scan.js';
import { UNIQUE_RECIPE } from './unique-constraint-builds-index.js';

/** The safe recipes the hints recommend. Each must give no finding at all, and must run on PostgreSQL. */
export const SAFE_FORMS: MigrationCase[] = [
  { name: 'the base schema itself', files: { 'db/migrations/001_base.sql': BASE_SCHEMA } },
  { name: 'CREATE INDEX CONCURRENTLY outside a transaction', sql: 'CREATE INDEX CONCURRENTLY users_age_idx ON users (age);\n' },
  { name: 'DROP INDEX CONCURRENTLY', sql: 'DROP INDEX CONCURRENTLY IF EXISTS orders_placed_at_idx;\n' },
  { name: 'REINDEX CONCURRENTLY', sql: 'REINDEX INDEX CONCURRENTLY orders_placed_at_idx;\n' },
  {
    name: 'FOREIGN KEY NOT VALID, then VALIDATE CONSTRAINT',
    sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_user_id_fkey;\n",
  },
  {
    name: 'CHECK NOT VALID, then VALIDATE CONSTRAINT',
    sql: "SET lock_timeout = '5s';\nALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_positive;\n",
  },
  { name: 'CHECK NOT VALID + VALIDATE + SET NOT NULL', sql: SET_NOT_NULL_RECIPE },
  {
    name: 'the same recipe in separate migrations under a runner that wraps each file',
    options: { preset: 'rails' },
    files: {
      'db/migrate/20240101000000_base.sql': BASE_SCHEMA,
      'db/migrate/20240102000000_check.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;\n",
      'db/migrate/20240103000000_validate.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;\n',
      'db/migrate/20240104000000_not_null.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\nALTER TABLE users DROP CONSTRAINT users_name_not_null;\n",
    },
  },
  { name: 'UNIQUE USING INDEX after a concurrent unique index', sql: UNIQUE_RECIPE },
  {
    name: 'PRIMARY KEY USING INDEX after a concurrent unique index on NOT NULL columns',
    files: {
      'db/migrations/001_sessions.sql': 'CREATE TABLE sessions (token text NOT NULL, user_id bigint);\n',
      'db/migrations/002_pk.sql': "CREATE UNIQUE INDEX CONCURRENTLY sessions_pkey ON sessions (token);\nSET lock_timeout = '5s';\nALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_pkey;\n",
    },
  },
  {
    name: 'widening changes',
    sql: [
      "SET lock_timeout = '5s';",
      'ALTER TABLE users ALTER COLUMN name TYPE varchar(300);',
      'ALTER TABLE users ALTER COLUMN email TYPE text;',
      'ALTER TABLE users ALTER COLUMN score TYPE numeric(14, 2);',
      'ALTER TABLE orders ALTER COLUMN note TYPE varchar;',
      'ALTER TABLE orders ALTER COLUMN ip TYPE inet;',
      "SET TIME ZONE 'UTC';",
      'ALTER TABLE users ALTER COLUMN signed_up_at TYPE timestamptz;',
      '',
    ].join('\n'),
  },
  {
    name: 'adding a column with a constant default, then a volatile default for new rows',
    sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\nALTER TABLE users ADD COLUMN public_id uuid;\nALTER TABLE users ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n",
  },
  {
    name: 'indexes and constraints on tables created in the same file',
    sql: [
      'CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY, user_id bigint NOT NULL, number text, total numeric);',
      'ALTER TABLE invoices ADD PRIMARY KEY (id);',
      'CREATE INDEX invoices_user_id_idx ON invoices (user_id);',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_user_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
      'ALTER TABLE invoices ADD CONSTRAINT invoices_total_check CHECK (total >= 0);',
      'ALTER TABLE invoices ALTER COLUMN number SET NOT NULL;',
      'ALTER TABLE invoices ADD COLUMN code uuid NOT NULL DEFAULT gen_random_uuid();',
      '',
    ].join('\n'),
  },
  {
    name: 'DDL only inside strings, comments and function bodies',
    sql: [
      '-- DROP TABLE users;',
      '/* ALTER TABLE users ALTER COLUMN id TYPE int; TRUNCATE orders; */',
      "COMMENT ON TABLE users IS 'never TRUNCATE users or DROP TABLE users';",
      "INSERT INTO orders (note) VALUES ('UPDATE users SET status = 1');",
      'CREATE OR REPLACE FUNCTION purge_orders() RETURNS void LANGUAGE plpgsql AS $fn$',
      'BEGIN',
      '  TRUNCATE orders;',
      '  ALTER TABLE users DROP COLUMN legacy_flag;',
      "  EXECUTE 'VACUUM FULL users';",
      'END',
      '$fn$;',
      "CREATE FUNCTION drop_sql() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'DROP TABLE users' $$;",
      '',
    ].join('\n'),
  },
  {
    name: 'a batched backfill',
    sql: "UPDATE users SET status = 'active' WHERE id >= 1 AND id < 10001 AND status IS NULL;\n",
  },
  {
    name: 'a golang-migrate file holding only CREATE INDEX CONCURRENTLY',
    options: { preset: 'golang-migrate' },
    files: {
      'migrations/000001_base.up.sql': BASE_SCHEMA,
      'migrations/000002_age_idx.up.sql': 'CREATE INDEX CONCURRENTLY IF NOT EXISTS users_age_idx ON users (age);\n',
      'migrations/000002_age_idx.down.sql': 'DROP INDEX users_age_idx; TRUNCATE users;\n',
    },
  },
];
