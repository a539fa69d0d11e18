import { describe, expect, test } from '@jest/globals';
import { runCase } from './rule-tester.js';
import { SAFE_FORMS } from './cases/safe-forms.js';

describe('safe forms give no finding at all', () => {
  for (const c of SAFE_FORMS) {
    test(c.name!, async () => {
      const { findings } = await runCase(c);
      expect(findings).toEqual([]);
    });
  }
});
