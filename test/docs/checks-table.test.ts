import { expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../../src/checks/index.js';
import { renderChecksTable, withChecksTable } from '../../scripts/checks-table.js';

// UPDATE_ACTIONS=1 (`npm run generate`) rewrites the table; otherwise the README's must be current.
test("the README's checks table is generated from every check's meta.ts", () => {
  const readme = readFileSync('README.md', 'utf8');
  const current = withChecksTable(readme, renderChecksTable(CHECKS));
  if (process.env.UPDATE_ACTIONS === '1') writeFileSync('README.md', current);
  expect(readFileSync('README.md', 'utf8')).toBe(current);
  for (const check of CHECKS) expect(current).toContain(`| \`${check.name}\` | ${check.summary} |`);
});

test('a missing marker is an error that names both markers', () => {
  expect(() => withChecksTable('# no markers\n', '| t |')).toThrow(/README\.md needs the markers <!-- checks:begin .* and <!-- checks:end -->/);
});
