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
      name: 'before PostgreSQL 11 any default rewrites',
      options: { 'postgres-version': 10 },
      sql: "ALTER TABLE users ADD COLUMN plan text DEFAULT 'free';\n",
      errors: [{ line: 1, message: /before PostgreSQL 11/ }],
    },
  ],
};
