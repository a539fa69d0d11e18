import type { RuleTable } from '../rule-tester.js';

export const volatileDefaultRewrite: RuleTable = {
  valid: [
    { name: 'now() is stable: evaluated once', sql: 'ALTER TABLE users ADD COLUMN imported_at timestamptz DEFAULT now();\n' },
    { name: 'CURRENT_TIMESTAMP', sql: 'ALTER TABLE users ADD COLUMN imported_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP;\n' },
    { name: 'a constant', sql: "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n" },
    { name: 'a function the migrations declared STABLE', sql: 'ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT stable_now();\n' },
    {
      name: 'the safe recipe: add, then SET DEFAULT for new rows',
      sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN public_id uuid;\nALTER TABLE users ALTER COLUMN public_id SET DEFAULT gen_random_uuid();\n",
    },
    { name: 'built-in stable and immutable functions: AT TIME ZONE, date_trunc, lower(md5(...))', sql: "ALTER TABLE users ADD COLUMN day date DEFAULT date_trunc('day', now() AT TIME ZONE 'UTC');\nALTER TABLE users ADD COLUMN token text DEFAULT lower(md5('seed'));\nALTER TABLE users ADD COLUMN prefs jsonb DEFAULT jsonb_build_object('theme', 'light');\n" },
    { name: 'schema-qualified built-in', sql: 'ALTER TABLE users ADD COLUMN seen timestamptz DEFAULT pg_catalog.now();\n' },
    {
      name: 'a function created IMMUTABLE earlier in the history',
      files: {
        'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
        'db/migrations/002_fn.sql': "CREATE FUNCTION default_locale() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'en' $$;\n",
        'db/migrations/003_add.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN locale text DEFAULT default_locale();\n",
      },
    },
    { name: 'serial on a new table', sql: 'CREATE TABLE plans (id bigserial PRIMARY KEY, code uuid DEFAULT gen_random_uuid());\n' },
    {
      name: 'a virtual generated column (PostgreSQL 18) computes on read',
      options: { 'postgres-version': 18 },
      sql: 'ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) VIRTUAL;\n',
      notOnPostgres: 'VIRTUAL generated columns need PostgreSQL 18',
    },
  ],
  invalid: [
    {
      name: 'gen_random_uuid()',
      sql: 'ALTER TABLE users ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();\n',
      errors: [{ line: 1, column: 1, message: /rewrites the whole table while holding an ACCESS EXCLUSIVE lock.*gen_random_uuid\(\), which is volatile/, hint: /SET DEFAULT/ }],
    },
    { name: 'nested in an expression', sql: 'ALTER TABLE users ADD COLUMN bucket int DEFAULT (random() * 10)::int;\n', errors: [{ line: 1, message: /random\(\)/ }] },
    { name: 'clock_timestamp()', sql: 'ALTER TABLE users ADD COLUMN t timestamptz DEFAULT clock_timestamp();\n', errors: [{ line: 1 }] },
    { name: 'a function declared without volatility is VOLATILE', sql: 'ALTER TABLE users ADD COLUMN code text DEFAULT next_code();\n', errors: [{ line: 1, message: /next_code\(\)/ }] },
    { name: 'bigserial', sql: '\nALTER TABLE orders ADD COLUMN seq bigserial;\n', errors: [{ line: 2, message: /a bigserial column fills every row from a sequence/ }] },
    { name: 'identity', sql: 'ALTER TABLE orders ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;\n', errors: [{ line: 1, message: /identity column/ }] },
    { name: 'stored generated column', sql: 'ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) STORED;\n', errors: [{ line: 1, message: /stored generated column/ }] },
    {
      name: 'one finding for a statement adding several generated columns, naming them',
      sql: 'ALTER TABLE orders\n  ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) STORED,\n  ADD COLUMN total_tax numeric GENERATED ALWAYS AS (total * 0.2) STORED,\n  ADD COLUMN total_net numeric GENERATED ALWAYS AS (total * 0.8) STORED;\n',
      errors: [{ line: 1, severity: 'error', message: 'ADD COLUMN total_cents, total_tax, total_net on existing table orders rewrites the whole table while holding an ACCESS EXCLUSIVE lock (no reads or writes): a stored generated column computes every row' }],
    },
    {
      name: 'a function neither built-in nor created in the migrations is treated as volatile (a warning: the check cannot be sure)',
      files: {
        'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
        'db/migrations/002_add.sql': "SET lock_timeout = '5s';\n\nALTER TABLE users ADD COLUMN short_id text DEFAULT shortid_generate();\n",
      },
      errors: [{ file: 'db/migrations/002_add.sql', line: 3, severity: 'warning', message: /may rewrite the whole table.*shortid_generate\(\), which is neither a built-in function known to be IMMUTABLE or STABLE nor created so in these migrations/ }],
    },
    {
      name: 'a user-defined function created VOLATILE earlier in the history, schema-qualified',
      files: {
        'db/migrations/001_users.sql': 'CREATE SCHEMA app;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
        'db/migrations/002_fn.sql': "CREATE FUNCTION app.new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;\n",
        'db/migrations/003_add.sql': "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN code text DEFAULT app.new_code();\n",
      },
      errors: [{ file: 'db/migrations/003_add.sql', line: 2, severity: 'error', message: /app\.new_code\(\), which is volatile/ }],
    },
    {
      name: 'a known volatile call inside a known stable one',
      sql: 'ALTER TABLE users ADD COLUMN token text DEFAULT md5(random()::text);\n',
      errors: [{ line: 1, severity: 'error', message: /random\(\), which is volatile/ }],
    },
    {
      name: 'before PostgreSQL 11 any default rewrites',
      options: { 'postgres-version': 10 },
      sql: "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free';\n",
      errors: [{ line: 1, message: /before PostgreSQL 11/ }],
    },
  ],
};
