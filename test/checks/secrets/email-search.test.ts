import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { EMAIL, emailMatches } from '../../../src/checks/secrets/rules/personal-data.js';

/** The spans a plain global search with the same expression finds: what the rule searched before. */
function globalSearch(line: string): [number, number][] {
  const everywhere = new RegExp(EMAIL.source, 'g');
  return [...line.matchAll(everywhere)].map((m) => [m.index!, m.index! + m[0].length]);
}

describe('log-email-address searches from each @', () => {
  test('finds exactly what a global search finds, on lines built from the characters that matter', () => {
    fc.assert(fc.property(
      fc.array(fc.oneof(
        fc.constantFrom('a', 'Z', '9', '.', '_', '%', '+', '-', '@', ' ', '/', ':', 'é', '"'),
        fc.constantFrom('ops@mail.example.io', 'x.y+z@db-1.internal.corp', '@v4', '@1.2.3', 'a'.repeat(63), 'b'.repeat(70)),
      ), { maxLength: 40 }),
      (parts) => {
        const line = parts.join('');
        expect(emailMatches(line).map((m) => [m.index, m.index + m[0].length])).toEqual(globalSearch(line));
      },
    ), { numRuns: 5000 });
  });

  test('a local part of 64 characters is an address, one of 65 is not; a run before it stops at the previous @', () => {
    const at64 = `${'a'.repeat(64)}@mail.ops.io`;
    const at65 = `${'a'.repeat(65)}@mail.ops.io`;
    expect(emailMatches(at64).map((m) => m[0])).toEqual([at64]);
    expect(emailMatches(at65)).toEqual([]);
    expect(globalSearch(at65)).toEqual([]);
    expect(emailMatches('a@b.io@c.io x.y@d.io').map((m) => m[0])).toEqual(['a@b.io', 'x.y@d.io']);
    expect(globalSearch('a@b.io@c.io x.y@d.io')).toEqual([[0, 6], [12, 20]]);
  });
});
