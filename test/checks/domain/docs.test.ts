import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { domainCheck } from '../../../src/checks/domain/index.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../../docs');

describe('domain check docs', () => {
  const page = readFileSync(join(DOCS, 'checks/domain.md'), 'utf8');
  test.each(domainCheck.rules.map((r) => ({ id: r.id, rule: r })))('$id has a page with its severity, and the check page links it', ({ id, rule }) => {
    const path = join(DOCS, 'rules', `${id}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text).toContain(rule.description);
    expect(text).toContain(`default severity: **${rule.severity}**`);
    expect(text).toMatch(/## Unsafe[\s\S]+## Why it hurts[\s\S]+## Safe/);
    expect(page).toContain(`](../rules/${id}.md)`);
  });

  test('every rule id is unique and belongs to the domain check', () => {
    const ids = domainCheck.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(domainCheck.rules.every((r) => r.check === 'domain' && r.help.length > 0)).toBe(true);
  });
});
