import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { renderRulePages, renderRuleTable, RULE_TABLE_END, RULE_TABLE_START } from '../../../src/checks/secrets/rule-docs.js';

// UPDATE_SECRETS_DOCS=1 rewrites the generated pages and the rule table; otherwise they must match the rule tables.
const update = process.env.UPDATE_SECRETS_DOCS === '1';
const CHECK_PAGE = 'docs/checks/secrets.md';

describe('secrets docs follow the rule tables', () => {
  const pages = renderRulePages();

  test('every rule id of the check has a page, and nothing else does', () => {
    expect([...pages.keys()].sort()).toEqual(secretsCheck.rules.map((r) => r.id).sort());
    expect(pages.size).toBeGreaterThan(150);
  });

  test.each([...pages.entries()])('docs/rules/%s.md is up to date', (id, content) => {
    const path = `docs/rules/${id}.md`;
    if (update) {
      mkdirSync('docs/rules', { recursive: true });
      writeFileSync(path, content);
    }
    expect(existsSync(path) ? readFileSync(path, 'utf8') : `(${path} is missing)`).toBe(content);
  });

  test('docs never show a realistic secret: unsafe examples use shapes such as ghp_<36 base62>', () => {
    for (const [id, content] of pages) {
      const examples = content.split('## Unsafe')[1]?.split('## Why')[0] ?? '';
      expect({ id, ok: !/[A-Za-z0-9+/]{30,}/.test(examples.replace(/-----(?:BEGIN|END)[A-Z0-9 ]+-----/g, '')) }).toEqual({ id, ok: true });
    }
  });

  test(`${CHECK_PAGE} lists every rule, by family`, () => {
    const page = existsSync(CHECK_PAGE) ? readFileSync(CHECK_PAGE, 'utf8') : '';
    const start = page.indexOf(RULE_TABLE_START);
    const end = page.indexOf(RULE_TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const current = page.slice(start, end + RULE_TABLE_END.length);
    const table = renderRuleTable();
    if (update) writeFileSync(CHECK_PAGE, page.replace(current, table));
    expect(update ? table : current).toBe(table);
    for (const id of pages.keys()) expect(table).toContain(`](../rules/${id}.md)`);
  });
});
