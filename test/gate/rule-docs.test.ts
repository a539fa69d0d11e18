import { expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { GATE_RULES } from '../../src/rules/registry.js';

// The reporters link every finding to docs/rules/<id>.md; a gate rule is a finding like any other.
test.each(Object.values(GATE_RULES).map((r) => [r.id]))('the gate rule %s has a docs page that states its default severity', (id) => {
  const path = `docs/rules/${id}.md`;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const rule = Object.values(GATE_RULES).find((r) => r.id === id)!;
  expect(text.split('\n')[0]).toBe(`# ${id}`);
  expect(text).toContain(`default severity: **${rule.severity}**`);
});
