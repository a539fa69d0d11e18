import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('the schema is the single source of truth', () => {
  test('the generated types, validator and docs/manifest.md match the schema', () => {
    // Exits 1 naming the stale file; `npm run generate` rewrites both.
    expect(() => execFileSync('node', ['scripts/manifest-artifacts.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  test('every property in the schema has a description, so the docs say what each key means', () => {
    const schema = JSON.parse(readFileSync('schema/release-gate.schema.json', 'utf8'));
    const missing: string[] = [];
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!child.description && !child.$ref) missing.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
        if (child.items) walk(child.items as Record<string, unknown>, `${path}.${key}[]`);
        if (child.additionalProperties && typeof child.additionalProperties === 'object') walk(child.additionalProperties as Record<string, unknown>, `${path}.${key}.*`);
      }
    };
    walk(schema, '');
    for (const def of Object.values(schema.$defs as Record<string, Record<string, unknown>>)) walk(def, '$defs');
    expect(missing).toEqual([]);
  });
});
