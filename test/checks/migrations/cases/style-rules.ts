import type { MigrationCase, RuleTable } from '../rule-tester.js';

const FILE = 'db/migrations/001_plans.sql';
/** Style rules read every migration, so these cases hold one file and no base schema. */
const only = (sql: string, rules?: Record<string, string>): MigrationCase => ({ files: { [FILE]: sql }, options: rules ? { rules } : {} });

export const preferBigintId: RuleTable = {
  valid: [
    { name: 'off unless turned on', ...only('CREATE TABLE plans (id serial PRIMARY KEY);\n') },
    { name: 'bigint identity', ...only('CREATE TABLE plans (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);\n', { 'prefer-bigint-id': 'warning' }) },
    { name: 'integer that is not an id', ...only('CREATE TABLE plans (id bigint PRIMARY KEY, seats integer);\n', { 'prefer-bigint-id': 'warning' }) },
  ],
  invalid: [
    {
      name: 'serial and integer primary keys',
      ...only('CREATE TABLE plans (id serial PRIMARY KEY);\nCREATE TABLE seats (seat_id integer, plan_id bigint, PRIMARY KEY (seat_id));\n', { 'prefer-bigint-id': 'warning' }),
      errors: [{ file: FILE, line: 1, message: /id column id is a serial/ }, { file: FILE, line: 2, message: /id column seat_id is integer/ }],
    },
  ],
};

export const preferTimestamptz: RuleTable = {
  valid: [
    { name: 'off unless turned on', ...only('CREATE TABLE plans (seen timestamp);\n') },
    { name: 'timestamptz', ...only('CREATE TABLE plans (seen timestamptz);\n', { 'prefer-timestamptz': 'notice' }) },
  ],
  invalid: [
    {
      name: 'timestamp in CREATE TABLE and ADD COLUMN',
      ...only('CREATE TABLE plans (id bigint);\nALTER TABLE plans ADD COLUMN seen timestamp without time zone;\n', { 'prefer-timestamptz': 'notice' }),
      errors: [{ file: FILE, line: 2, message: 'column seen is timestamp without time zone', hint: 'seen timestamptz' }],
    },
  ],
};

export const preferText: RuleTable = {
  valid: [
    { name: 'off unless turned on', ...only('CREATE TABLE plans (name varchar(40));\n') },
    { name: 'text and unlimited varchar', ...only('CREATE TABLE plans (name text, code varchar);\n', { 'prefer-text': 'warning' }) },
  ],
  invalid: [
    {
      name: 'varchar(n) and char(n)',
      ...only('CREATE TABLE plans (name varchar(40), code char(3));\n', { 'prefer-text': 'warning' }),
      errors: [
        { file: FILE, line: 1, message: 'column name is varchar(40); column code is char(3)', hint: 'name text CHECK (char_length(name) <= 40) code text CHECK (char_length(code) <= 3)' },
      ],
    },
  ],
};
