import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker, redact } from '../../../src/mask.js';
import { SECRET_RULES } from '../../../src/checks/secrets/rules/index.js';
import { codeScanner, logScanner, NOW } from './helpers.js';

/** Random bytes, invalid UTF-8, NUL bytes and huge lines never crash the scanner, and findings stay well-formed. */

// Text made of the pieces rules react to, so random inputs reach deep into the rules instead of stopping at the prefilter.
const KEYWORDS = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))];
const piece = fc.oneof(
  fc.constantFrom(...KEYWORDS),
  fc.constantFrom('"', "'", '=', ':', ' ', '\n', '\r\n', '@', '//', '-----BEGIN RSA PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----', 'Bearer ', 'Cookie: ', '?token=', '\\n', 'eyJ', '.', '\u0000', '\ufeff', '😀', 'é'),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[A-Za-z0-9+/_-]{8,80}$/),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

function wellFormed(hits: ReturnType<typeof codeScanner.scanText>, source: string): void {
  const lines = source.split('\n').length;
  for (const h of hits) {
    expect(h.line).toBeGreaterThanOrEqual(1);
    expect(h.line).toBeLessThanOrEqual(lines);
    expect(h.column).toBeGreaterThanOrEqual(1);
    expect(h.endLine).toBeGreaterThanOrEqual(h.line);
    if (h.endLine === h.line) expect(h.endColumn).toBeGreaterThan(h.column);
  }
}

describe('the scanner never crashes', () => {
  test('on random text built from keywords and token-like runs, as code and as a log', () => {
    fc.assert(fc.property(text, (t) => {
      wellFormed(codeScanner.scanText(t, { file: 'r.txt', kind: 'code', now: NOW }), t);
      wellFormed(codeScanner.scanText(t, { file: 'r.env', kind: 'config', now: NOW }), t);
      wellFormed(logScanner.scanText(t, { file: 'r.log', kind: 'log', now: NOW }), t);
    }), { numRuns: 400 });
  });

  test('on random bytes (invalid UTF-8, NUL bytes), fed in random chunks', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), fc.array(fc.nat(4096), { maxLength: 6 }), (bytes, cuts) => {
      const session = logScanner.session({ file: 'b.log', kind: 'log', now: NOW }, () => undefined);
      let last = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        session.push(bytes.subarray(last, Math.max(last, Math.min(cut, bytes.length))));
        last = Math.max(last, Math.min(cut, bytes.length));
      }
      session.push(bytes.subarray(last));
      session.end();
    }), { numRuns: 300 });
  });

  test('on a huge line of keywords with no newline', () => {
    const line = Buffer.from('token=sk_live_ eyJ AKIA -----BEGIN '.repeat(80_000));
    expect(() => logScanner.scanText(line, { file: 'h.log', kind: 'log', now: NOW })).not.toThrow();
  });

  test('the check itself survives random file contents and names', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_.-]{0,12}$/), fc.oneof(text, fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)))), { maxLength: 6 }),
      async (files) => {
        const dir = mkdtempSync(join(tmpdir(), 'rg-secrets-prop-'));
        try {
          for (const [name, content] of files) writeFileSync(join(dir, name), content);
          const manifest = parseManifest('version: 1\nsecrets:\n  logs: ["*.log"]\n', 'm.yml');
          const ctx = {
            cwd: dir, env: {}, manifest, git: createGit(dir), masker: new Masker(), now: () => NOW,
            signal: new AbortController().signal, input: () => undefined,
          };
          const out = await secretsCheck.run(ctx, manifest.data.secrets!);
          for (const f of out.findings) expect(typeof f.message).toBe('string');
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    ), { numRuns: 40 });
  });
});

describe('redact', () => {
  test('never shows more than a 4-character prefix, and nothing of short values', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), (s) => {
      const masked = redact(s);
      const length = [...s].length;
      expect(masked.endsWith(`(${length} chars)`)).toBe(true);
      const shown = masked.slice(0, masked.indexOf('…'));
      expect([...shown].length).toBeLessThanOrEqual(length < 16 ? 0 : 4);
    }));
  });
});
