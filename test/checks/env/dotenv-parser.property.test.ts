import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parseDotenv } from '../../../src/checks/env/dotenv-parser.js';
import { envCheck } from '../../../src/checks/env/index.js';
import { context, workspace } from './rule-tester.js';

// Pieces that exercise every branch of the parser: quotes, escapes, export, comments, CRLF, BOM, NUL.
const piece = fc.constantFrom(
  'A', 'KEY_1', 'lower', '.DOT', '1X', 'export ', '=', ' = ', '"', "'", '`', '\\', '\\"', '#', ' #c', '${A}', '${B:-x}',
  ' ', '\t', '\n', '\r\n', '\r', '\uFEFF', '\0', 'value', 'two words', 'é', '😀',
);
const envText = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('parseDotenv on random input', () => {
  test('never throws, and every position it gives is inside the text', () => {
    fc.assert(fc.property(envText, (text) => {
      const parsed = parseDotenv(text);
      const lines = parsed.lines;
      for (const entry of parsed.entries) {
        expect(entry.line).toBeGreaterThanOrEqual(1);
        expect(entry.endLine).toBeGreaterThanOrEqual(entry.valueLine);
        expect(entry.endLine).toBeLessThanOrEqual(lines.length);
        expect(lines[entry.line - 1]!.text.slice(entry.column - 1).startsWith(entry.key)).toBe(true);
      }
      for (const invalid of parsed.invalid) {
        expect(invalid.line).toBeGreaterThanOrEqual(1);
        expect(invalid.line).toBeLessThanOrEqual(Math.max(lines.length, 1));
        expect(invalid.column).toBeGreaterThanOrEqual(1);
      }
    }), { numRuns: 2000 });
  });
});

describe('the env check on random env files', () => {
  test('never crashes, points inside the files, and never prints a value', async () => {
    const secretValue = fc.stringMatching(/^zq[0-9a-f]{14}$/);
    await fc.assert(fc.asyncProperty(envText, envText, secretValue, async (example, production, secret) => {
      const manifest = 'version: 1\nenvironments:\n  production:\n    env-file: prod.env\nenv:\n  declared-in: [.env.example]\n  vars:\n    SESSION_SECRET: { secret: true, format: url }\n';
      const prod = `${production}\nSESSION_SECRET=${secret}\n`;
      const dir = workspace({ '.env.example': example, 'prod.env': prod });
      const ctx = context(dir, manifest);
      const output = await envCheck.run(ctx, ctx.manifest.data.env!);
      const lineCounts: Record<string, number> = { '.env.example': example.split('\n').length, 'prod.env': prod.split('\n').length };
      for (const f of output.findings) {
        if (f.file && f.file in lineCounts) {
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lineCounts[f.file]!);
        }
      }
      expect(JSON.stringify(output)).not.toContain(secret);
    }), { numRuns: 60 });
  });
});
