import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dependenciesCheck } from '../../../src/checks/dependencies/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const DOCS = join(ROOT, 'docs');

describe('dependencies check docs', () => {
  const page = readFileSync(join(DOCS, 'checks/dependencies.md'), 'utf8');
  test.each(dependenciesCheck.rules.map((r) => ({ id: r.id, rule: r })))('$id has a page with its severity, and the check page links it', ({ id, rule }) => {
    const path = join(DOCS, 'rules', `${id}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text).toContain(rule.description);
    expect(text).toContain(`default severity: **${rule.severity}**`);
    expect(text).toMatch(/## Unsafe[\s\S]+## Why it hurts[\s\S]+## Safe/);
    expect(page).toContain(`| [${id}](../rules/${id}.md) | ${rule.severity} |`);
  });

  test('every rule id is unique and belongs to the dependencies check', () => {
    const ids = dependenciesCheck.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dependenciesCheck.rules.every((r) => r.check === 'dependencies' && r.help.length > 0)).toBe(true);
  });

  test('the README lists the check', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('| `dependencies` |');
  });
});
