import type { RuleTable } from '../rule-tester.js';

export const dynamicSqlUnchecked: RuleTable = {
  valid: [
    { name: 'a DO block with static SQL only', sql: "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM users) THEN\n    RAISE NOTICE 'empty';\n  END IF;\nEND\n$$;\n" },
    { name: 'EXECUTE of a constant is read statically', sql: "DO $$ BEGIN EXECUTE 'SELECT 1'; END $$;\n" },
    { name: 'EXECUTE inside a function body, which does not run now', sql: "CREATE FUNCTION f(t text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('TRUNCATE %I', t); END $$;\n" },
  ],
  invalid: [
    {
      name: 'EXECUTE of a computed string',
      sql: "DO $$\nBEGIN\n  EXECUTE format('ALTER TABLE %I ADD COLUMN x int', 'users');\nEND\n$$;\n",
      errors: [{ line: 1, column: 1, endLine: 5, severity: 'notice', message: /this DO block runs EXECUTE with SQL built at run time \(line 3\)/ }],
    },
    {
      name: 'a prepared statement',
      sql: "PREPARE wipe AS DELETE FROM orders WHERE id = $1;\nEXECUTE wipe(1);\n",
      errors: [{ line: 2, message: /EXECUTE wipe runs a prepared statement/ }],
    },
    {
      name: 'a DO block in another language',
      sql: "DO LANGUAGE plperl $$ print 'hi' $$;\n",
      notOnPostgres: 'plperl is not installed',
      errors: [{ line: 1, message: /is written in plperl/ }],
    },
  ],
};
