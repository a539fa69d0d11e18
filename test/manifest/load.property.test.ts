import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { parseManifest } from '../../src/manifest/load.js';
import { ManifestError } from '../../src/manifest/errors.js';

/** Parsing any text gives a manifest or a ManifestError whose every problem has a place and a sentence. */
function assertManifestOrLocatedError(source: string): void {
  try {
    const loaded = parseManifest(source, 'm.yml');
    expect(loaded.data.version).toBe(1);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    expect(error.problems.length).toBeGreaterThan(0);
    const lines = source.split(/\r\n|\r|\n/).length;
    for (const p of error.problems) {
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.line).toBeLessThanOrEqual(lines + 1);
      expect(p.column).toBeGreaterThanOrEqual(1);
    }
  }
}

const KEYS = ['version', 'environments', 'sessions', 'env', 'migrations', 'secrets', 'smoke', 'latency', 'domain',
  'steps', 'request', 'paths', 'vars', 'url', 'capture', 'cleanup', 'expect', 'status', 'rules', 'endpoints', 'p95',
  'session', 'login', 'headers', 'json', 'scan', 'declared-in', 'format', 'rate', 'duration', 'environment'];
const scalar = fc.oneof(
  fc.constantFrom(1, 2, 0, -1, 1.5, true, false, null, 'GET /x', 'POST /api/tasks', '{{ id }}', '{{ env.X }}', '{{', '30s',
    'https://ops.example.com', 'production', '$.id', 'warning', 'off', ''),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('node'), { maxKeys: 5 }),
})).node;

describe('the loader under random input', () => {
  test('random manifest-shaped documents never crash it', () => {
    fc.assert(fc.property(value, fc.boolean(), (doc, withVersion) => {
      const data = withVersion && doc && typeof doc === 'object' && !Array.isArray(doc) ? { version: 1, ...doc } : doc;
      assertManifestOrLocatedError(stringify(data));
    }), { numRuns: 2000 });
  });

  test('random text never crashes it', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'grapheme-ascii' }), (text) => assertManifestOrLocatedError(text)), { numRuns: 2000 });
  });

  test('truncated and spliced valid manifests never crash it', () => {
    const valid = 'version: 1\nenvironments:\n  production: { url: "https://ops.example.com" }\nsmoke:\n  steps:\n    - request: POST /api/tasks\n      capture: { id: $.id }\n      cleanup: DELETE /api/tasks/{{ id }}\n';
    fc.assert(fc.property(fc.nat(valid.length), fc.nat(valid.length), fc.string({ maxLength: 5 }), (cut, at, insert) => {
      assertManifestOrLocatedError(valid.slice(0, cut));
      assertManifestOrLocatedError(valid.slice(0, at) + insert + valid.slice(at));
    }), { numRuns: 1000 });
  });
});
