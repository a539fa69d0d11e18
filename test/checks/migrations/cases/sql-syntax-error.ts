import type { RuleTable } from '../rule-tester.js';

export const sqlSyntaxError: RuleTable = {
  valid: [{ name: 'valid SQL', sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\n" }],
  invalid: [
    {
      name: 'the line and column of the error',
      sql: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;\nALTR TABLE users DROP COLUMN bio;\n",
      notOnPostgres: 'a syntax error',
      errors: [{ line: 3, column: 1, message: 'PostgreSQL cannot parse this migration: syntax error at or near "ALTR"' }],
    },
    {
      name: 'after multibyte characters',
      sql: "COMMENT ON TABLE users IS 'Utilisateurs · 利用者';\nALTER TABLE users ADD COLUMN 名前 text DEFAULT 'é' NOT NULLL;\n",
      notOnPostgres: 'a syntax error',
      errors: [{ line: 2, column: 54, message: /syntax error at or near "NULLL"/ }],
    },
    {
      name: 'an unterminated string',
      sql: "ALTER TABLE users\n  ADD COLUMN note text DEFAULT 'oops;\n",
      notOnPostgres: 'a syntax error',
      errors: [{ line: 2, column: 32, message: /unterminated quoted string/ }],
    },
    {
      name: 'a NUL byte',
      sql: 'SELECT 1;\nSELECT\u0000 2;\n',
      notOnPostgres: 'a NUL byte',
      errors: [{ line: 2, column: 7, message: /NUL byte/ }],
    },
  ],
};
