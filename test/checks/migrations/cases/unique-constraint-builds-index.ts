import type { RuleTable } from '../rule-tester.js';

export const UNIQUE_RECIPE = [
  'CREATE UNIQUE INDEX CONCURRENTLY users_name_key ON users (name);',
  "SET lock_timeout = '5s';",
  'ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE USING INDEX users_name_key;',
  '',
].join('\n');

export const uniqueConstraintBuildsIndex: RuleTable = {
  valid: [
    { name: 'UNIQUE USING INDEX after a concurrent unique index', sql: UNIQUE_RECIPE },
    { name: 'UNIQUE in CREATE TABLE', sql: 'CREATE TABLE plans (id bigint PRIMARY KEY, code text UNIQUE);\n' },
    { name: 'on a table created in the same migration', sql: 'CREATE TABLE plans (id bigint, code text);\nALTER TABLE plans ADD PRIMARY KEY (id), ADD CONSTRAINT plans_code_key UNIQUE (code);\n' },
  ],
  invalid: [
    {
      name: 'ADD CONSTRAINT ... UNIQUE',
      sql: 'ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (name);\n',
      errors: [{
        line: 1, column: 1,
        message: /ADD UNIQUE on existing table users builds a unique index while holding an ACCESS EXCLUSIVE lock/,
        hint: /^CREATE UNIQUE INDEX CONCURRENTLY users_name_key ON users \(name\).*ADD CONSTRAINT users_name_key UNIQUE USING INDEX users_name_key\. \(UNIQUE \.\.\. NOT VALID does not exist/,
      }],
    },
    {
      name: 'a unique index on the columns already exists: the hint names it',
      sql: 'ALTER TABLE orders ADD UNIQUE (note);\n',
      errors: [{ line: 1, hint: /^The unique index orders_note_idx on \(note\) already exists: ALTER TABLE orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_idx/ }],
    },
    {
      name: 'PRIMARY KEY',
      files: {
        'db/migrations/001_sessions.sql': 'CREATE TABLE sessions (token text NOT NULL, user_id bigint);\n',
        'db/migrations/002_pk.sql': '\nALTER TABLE sessions ADD PRIMARY KEY (token);\n',
      },
      errors: [{ file: 'db/migrations/002_pk.sql', line: 2, message: /ADD PRIMARY KEY on existing table sessions/, hint: /PRIMARY KEY USING INDEX sessions_pkey/ }],
    },
    { name: 'an inline UNIQUE on a new column', sql: 'ALTER TABLE users ADD COLUMN handle text UNIQUE;\n', errors: [{ line: 1, message: /ADD UNIQUE/ }] },
    {
      name: 'EXCLUDE cannot adopt an index',
      sql: 'ALTER TABLE users ADD CONSTRAINT users_email_excl EXCLUDE USING btree (email WITH =);\n',
      errors: [{ line: 1, message: /ADD EXCLUDE constraint/, hint: /cannot adopt a concurrently built index/ }],
    },
  ],
};
