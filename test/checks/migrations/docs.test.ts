import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsCheck } from '../../../src/checks/migrations/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CHECK_PAGE = readFileSync(join(root, 'docs/checks/migrations.md'), 'utf8');

describe('every migrations rule has its docs page', () => {
  for (const rule of migrationsCheck.rules) {
    test(rule.id, () => {
      const path = join(root, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(path)).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page.split('\n')[0]).toBe(`# ${rule.id}`);
      const severity = /default\s+severity:\s+\*\*(\w+)\*\*/.exec(page)?.[1] ?? (/\*\*off by default\*\*/.test(page) ? 'off' : undefined);
      expect(severity === rule.severity || (severity === 'off' && rule.description.startsWith('Style (off by default)'))).toBe(true);
      expect(page).toMatch(/^## (Unsafe|Reported|Why it hurts)/m);
      expect(page).toMatch(/^## Safe/m);
      expect(CHECK_PAGE).toContain(`[${rule.id}](../rules/${rule.id}.md)`);
      expect(rule.help.length).toBeGreaterThan(20);
    });
  }
});
