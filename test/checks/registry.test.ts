import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { CHECKS } from '../../src/checks/index.js';
import { getRule } from '../../src/rules/registry.js';

describe('the check registry', () => {
  test('lists every check folder that has a meta.ts, in its own folder, with a docs page that exists', () => {
    const folders = readdirSync('src/checks', { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(`src/checks/${e.name}/meta.ts`)).map((e) => e.name);
    expect(CHECKS.map((c) => c.name).sort()).toEqual(folders.sort());
    for (const check of CHECKS) {
      expect({ name: check.name, docs: check.docs, docsExists: existsSync(check.docs) }).toEqual({ name: check.name, docs: `docs/checks/${check.name}.md`, docsExists: true });
    }
  });

  test.each(CHECKS.map((c) => [c.name, c] as const))('%s: loading the check registers its rules, which the reporters look up after a run', async (_name, lazy) => {
    const check = await lazy.load();
    expect({ explicit: lazy.explicit ?? false, after: lazy.after }).toEqual({ explicit: check.explicit ?? false, after: check.after });
    expect(lazy.rules).toBe(check.rules);
    expect(check.rules.length).toBeGreaterThan(0);
    for (const rule of check.rules) expect(getRule(rule.id)).toBe(rule);
  });

  test('rule ids are unique across checks', async () => {
    const ids = (await Promise.all(CHECKS.map((c) => c.load()))).flatMap((c) => c.rules.map((r) => r.id));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
