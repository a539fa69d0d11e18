import { describe, expect, test } from '@jest/globals';
import { CHECKS } from '../../src/checks/index.js';
import { getRule } from '../../src/rules/registry.js';

describe('the check registry', () => {
  test.each(CHECKS.map((c) => [c.name, c] as const))('%s: the metadata listed up front is the check\'s own', async (_name, lazy) => {
    const check = await lazy.load();
    expect({ name: lazy.name, section: lazy.section, description: lazy.description, inputs: lazy.inputs ?? [], live: lazy.live ?? false })
      .toEqual({ name: check.name, section: check.section, description: check.description, inputs: check.inputs ?? [], live: check.live ?? false });
    // Loading registers the rules, which the reporters look up after a run.
    expect(lazy.rules).toBe(check.rules);
    expect(check.rules.length).toBeGreaterThan(0);
    for (const rule of check.rules) expect(getRule(rule.id)).toBe(rule);
  });

  test('rule ids are unique across checks', async () => {
    const ids = (await Promise.all(CHECKS.map((c) => c.load()))).flatMap((c) => c.rules.map((r) => r.id));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
