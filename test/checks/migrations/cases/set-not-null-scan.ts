import { BASE_SCHEMA, type RuleTable } from '../rule-tester.js';

export const SET_NOT_NULL_RECIPE = [
  "SET lock_timeout = '5s';",
  'ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;',
  'ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;',
  'ALTER TABLE users ALTER COLUMN name SET NOT NULL;',
  'ALTER TABLE users DROP CONSTRAINT users_name_not_null;',
  '',
].join('\n');

export const setNotNullScan: RuleTable = {
  valid: [
    { name: 'CHECK NOT VALID, VALIDATE, SET NOT NULL', sql: SET_NOT_NULL_RECIPE },
    {
      name: 'the same recipe across migrations when the runner wraps each file',
      options: { preset: 'rails' },
      files: {
        'db/migrate/20240101000000_base.sql': BASE_SCHEMA,
        'db/migrate/20240102000000_check.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL AND name <> '') NOT VALID;\n",
        'db/migrate/20240103000000_validate.sql': 'ALTER TABLE users VALIDATE CONSTRAINT users_name_not_null;\n',
        'db/migrate/20240104000000_not_null.sql': "SET LOCAL lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\n",
      },
    },
    { name: 'a column that is already NOT NULL', sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n' },
    { name: 'a table created in the same migration', sql: 'CREATE TABLE plans (id bigint, name text);\nALTER TABLE plans ALTER COLUMN name SET NOT NULL;\n' },
    {
      name: 'PRIMARY KEY USING INDEX on NOT NULL columns',
      files: {
        'db/migrations/001_sessions.sql': 'CREATE TABLE sessions (token text NOT NULL, user_id bigint);\n',
        'db/migrations/002_pk.sql': 'CREATE UNIQUE INDEX CONCURRENTLY sessions_token_idx ON sessions (token);\nALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_token_idx;\n',
      },
    },
  ],
  invalid: [
    {
      name: 'SET NOT NULL with nothing that proves it',
      sql: 'ALTER TABLE users ALTER COLUMN name SET NOT NULL;\n',
      errors: [{ line: 1, column: 1, message: /SET NOT NULL on users\.name scans the whole table.*no validated CHECK/, hint: /CHECK \(name IS NOT NULL\) NOT VALID/ }],
    },
    {
      name: 'the CHECK is still NOT VALID',
      sql: 'ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\n',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'the CHECK proves another column',
      sql: 'ALTER TABLE users ADD CONSTRAINT c CHECK (bio IS NOT NULL) NOT VALID;\nALTER TABLE users VALIDATE CONSTRAINT c;\nALTER TABLE users ALTER COLUMN name SET NOT NULL;\n',
      errors: [{ line: 3 }],
    },
    {
      name: 'before PostgreSQL 12 the CHECK does not help',
      options: { 'postgres-version': 11 },
      sql: SET_NOT_NULL_RECIPE,
      errors: [{ line: 4, message: /scans the whole table/, hint: /^Before PostgreSQL 12/ }],
    },
    {
      name: 'ADD PRIMARY KEY on a nullable column makes it NOT NULL',
      files: {
        'db/migrations/001_sessions.sql': 'CREATE TABLE sessions (token text, user_id bigint);\n',
        'db/migrations/002_pk.sql': 'CREATE UNIQUE INDEX CONCURRENTLY sessions_token_idx ON sessions (token);\nALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_token_idx;\n',
      },
      errors: [{ file: 'db/migrations/002_pk.sql', line: 2, message: /ADD PRIMARY KEY makes token NOT NULL/ }],
    },
    {
      name: 'PostgreSQL 18 NOT NULL constraint without NOT VALID',
      options: { 'postgres-version': 18 },
      sql: 'ALTER TABLE users ADD CONSTRAINT users_name_nn NOT NULL name;\n',
      notOnPostgres: 'named NOT NULL constraints need PostgreSQL 18',
      errors: [{ line: 1, hint: /NOT NULL name NOT VALID/ }],
    },
  ],
};
