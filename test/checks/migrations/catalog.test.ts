import { beforeAll, describe, expect, test } from '@jest/globals';
import { Catalog } from '../../../src/checks/migrations/catalog.js';
import { loadSqlParser, type SqlParser } from '../../../src/checks/migrations/sql-parser.js';

/**
 * The catalog keeps each table's indexes apart (so a column rename looks at one table's indexes, not
 * every index of the schema). What the rules read must be what a scan of every index gave: which
 * indexes exist, on which table and columns, and, among several that fit, the first one in order.
 */

let parser: SqlParser;
beforeAll(async () => {
  parser = await loadSqlParser();
});

function replay(sql: string): Catalog {
  const catalog = new Catalog();
  const parsed = parser.parse(sql);
  expect(parsed.error).toBeUndefined();
  for (const s of parsed.statements) catalog.apply(s.node, 1);
  return catalog;
}

const indexes = (catalog: Catalog) => [...catalog.indexes.values()].map((i) => `${i.key} on ${i.table} (${i.columns.join(', ')})`);

describe('indexes by table', () => {
  test('a column rename reaches the indexes of its table only; a dropped column takes its indexes along', () => {
    const catalog = replay(`
      CREATE TABLE a (id bigint, code text, note text);
      CREATE TABLE b (id bigint, code text);
      CREATE UNIQUE INDEX a_code ON a (code);
      CREATE INDEX a_note ON a (note);
      CREATE UNIQUE INDEX b_code ON b (code);
      ALTER TABLE a RENAME COLUMN code TO ref;
      ALTER TABLE a DROP COLUMN note;
    `);
    expect(indexes(catalog)).toEqual(['a_code on a (ref)', 'b_code on b (code)']);
    expect(catalog.uniqueIndexOn('a', ['ref'])?.key).toBe('a_code');
    expect(catalog.uniqueIndexOn('a', ['code'])).toBeUndefined();
    expect(catalog.uniqueIndexOn('b', ['code'])?.key).toBe('b_code');
  });

  test('a renamed table keeps its indexes, a dropped one loses them, and a dropped index is gone', () => {
    const catalog = replay(`
      CREATE TABLE a (id bigint, code text);
      CREATE TABLE c (id bigint);
      CREATE UNIQUE INDEX a_code ON a (code);
      CREATE UNIQUE INDEX a_id ON a (id);
      CREATE UNIQUE INDEX c_id ON c (id);
      ALTER TABLE a RENAME TO a2;
      DROP TABLE c;
      DROP INDEX a_id;
    `);
    expect(indexes(catalog)).toEqual(['a_code on a2 (code)']);
    expect(catalog.uniqueIndexOn('a2', ['code'])?.key).toBe('a_code');
    expect(catalog.uniqueIndexOn('a', ['code'])).toBeUndefined();
    expect(catalog.uniqueIndexOn('c', ['id'])).toBeUndefined();
  });

  test('of two unique indexes on the same columns the first one fits; renaming it moves it last, as in the map', () => {
    const first = replay(`
      CREATE TABLE a (id bigint, code text);
      CREATE UNIQUE INDEX one ON a (code);
      CREATE UNIQUE INDEX two ON a (code);
      CREATE UNIQUE INDEX half ON a (code) WHERE id > 0;
    `);
    expect(first.uniqueIndexOn('a', ['code'])?.key).toBe('one');
    const renamed = replay(`
      CREATE TABLE a (id bigint, code text);
      CREATE UNIQUE INDEX one ON a (code);
      CREATE UNIQUE INDEX two ON a (code);
      ALTER INDEX one RENAME TO one_again;
    `);
    expect(indexes(renamed)).toEqual(['two on a (code)', 'one_again on a (code)']);
    expect(renamed.uniqueIndexOn('a', ['code'])?.key).toBe('two');
  });

  test('an index created again under the same name replaces the old one in its place; ADD CONSTRAINT USING INDEX adopts it', () => {
    const catalog = replay(`
      CREATE TABLE a (id bigint, code text, ref text);
      CREATE UNIQUE INDEX one ON a (code);
      CREATE UNIQUE INDEX two ON a (ref);
      CREATE UNIQUE INDEX one ON a (ref);
    `);
    expect(indexes(catalog)).toEqual(['one on a (ref)', 'two on a (ref)']);
    expect(catalog.uniqueIndexOn('a', ['ref'])?.key).toBe('one');
    expect(catalog.uniqueIndexOn('a', ['code'])).toBeUndefined();
    catalog.apply(parser.parse('ALTER TABLE a ADD CONSTRAINT a_ref_key UNIQUE USING INDEX two;').statements[0]!.node, 2);
    expect(indexes(catalog)).toEqual(['one on a (ref)', 'a_ref_key on a (ref)']);
    expect(catalog.table('a')?.constraints.get('a_ref_key')?.columns).toEqual(['ref']);
  });
});
