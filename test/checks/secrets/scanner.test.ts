import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { KeywordMatcher } from '../../../src/checks/secrets/prefilter.js';
import { MAX_LINE_BYTES, WINDOW_OVERLAP_BYTES, type ScanHit } from '../../../src/checks/secrets/scanner.js';
import { brief, codeScanner, logScanner, NOW, scan } from './helpers.js';
import { ALPHABETS, checksummedToken, luhnNumber, pemBody, randomString, seeded } from './synthesize.js';

const random = seeded(5150);

function naiveFind(keywords: string[], text: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  keywords.forEach((k, id) => {
    for (let i = lower.indexOf(k); i !== -1; i = lower.indexOf(k, i + 1)) found.push(`${i + k.length - 1}:${id}`);
  });
  return found.sort();
}

describe('keyword prefilter (Aho-Corasick)', () => {
  test('finds exactly the occurrences a naive search finds, case-insensitively', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z_.:-]{1,6}$/), { minLength: 1, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'abcAB_.:-x yz'.split('')), maxLength: 200 }),
      (keywords, text) => {
        const matcher = new KeywordMatcher(keywords);
        const found: string[] = [];
        const buf = Buffer.from(text, 'latin1');
        matcher.scan(buf, 0, buf.length, (p, id) => found.push(`${p}:${id}`));
        expect(found.sort()).toEqual(naiveFind(keywords, text));
      },
    ));
  });

  test('the digit-run variant reports the same keywords, plus where 13 digits complete', () => {
    const m = new KeywordMatcher(['key', 'ey']);
    const found: string[] = [];
    const text = Buffer.from('key 4111 1111 1111 1111 x 12345678901 2');
    m.scanWithDigitRuns(text, 0, text.length, 13, 99, (p, id) => found.push(`${p}:${id}`));
    expect(found).toEqual(['2:0', '2:1', '19:99']); // the 13th digit is the first of the fourth group
  });

  test('reports each occurrence with its line and line start, over texts of many lines of any length (the loop takes four bytes a step, and newlines in the same test as keyword ends)', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z_.:-]{1,6}$/), { minLength: 1, maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(...'abcAB_.:-x yz\n\n'.split('')), maxLength: 2000 }),
      fc.integer({ min: 0, max: 7 }),
      (keywords, text, skip) => {
        const matcher = new KeywordMatcher(keywords);
        const buf = Buffer.from(text, 'latin1');
        const start = Math.min(skip, buf.length);
        const found: string[] = [];
        const newlines = matcher.scan(buf, start, buf.length, (p, id, line, lineStart) => found.push(`${p}:${id}:${line}:${lineStart}`));
        const expected = naiveFind(keywords, text.slice(start)).map((hit) => {
          const [end, id] = hit.split(':').map(Number) as [number, number];
          const before = text.slice(start, start + end);
          const line = before.split('\n').length - 1;
          return `${start + end}:${id}:${line}:${line === 0 ? start : start + before.lastIndexOf('\n') + 1}`;
        });
        expect(found.sort()).toEqual(expected.sort());
        expect(newlines).toBe(text.slice(start).split('\n').length - 1);
      },
    ));
  });

  test('the digit-run variant equals a naive search for keywords and for runs of digits with single separators', () => {
    const naiveDigitRuns = (text: string, min: number, id: number): string[] => {
      const found: string[] = [];
      for (const m of text.matchAll(/[0-9](?:[ -]?[0-9])*/g)) {
        let digits = 0;
        for (let i = 0; i < m[0].length; i++) {
          if (m[0][i]! >= '0' && m[0][i]! <= '9' && ++digits === min) found.push(`${m.index! + i}:${id}`);
        }
      }
      return found;
    };
    fc.assert(fc.property(
      fc.uniqueArray(fc.stringMatching(/^[a-z0-9 _.:-]{1,5}$/), { minLength: 1, maxLength: 10 }),
      fc.integer({ min: 2, max: 8 }),
      fc.string({ unit: fc.constantFrom(...'0123456789 --ab1 2\n'.split('')), maxLength: 300 }),
      (keywords, min, text) => {
        const matcher = new KeywordMatcher(keywords);
        const found: string[] = [];
        const buf = Buffer.from(text, 'latin1');
        matcher.scanWithDigitRuns(buf, 0, buf.length, min, 99, (p, id) => found.push(`${p}:${id}`));
        expect(found.sort()).toEqual([...naiveFind(keywords, text), ...naiveDigitRuns(text, min, 99)].sort());
      },
    ), { numRuns: 300 });
  });

  test('collect finds keywords and digit runs across the 64 KB windows of a range, with their line and line start', () => {
    const m = new KeywordMatcher(['password', 'key']);
    // Lines of 100 bytes; a keyword or a digit run straddles each window edge (65,536 and 131,072).
    const lines = Array.from({ length: 1500 }, (_, i) => `${String(i).padStart(4, '0')} ${'x'.repeat(94)}`);
    const text = Buffer.from(`${lines.join('\n')}\n`, 'latin1');
    text.write('PassWord', 65_532, 'latin1');
    text.write('4111 1111 1111 1', 131_064, 'latin1');
    text.write('key', 140_000, 'latin1');
    const newlines = m.collect(text, 0, text.length, 13, 99);
    expect(newlines).toBe(1500);
    const found = Array.from({ length: m.foundCount }, (_, h) => [m.found[h * 3]!, m.found[h * 3 + 1]!, m.found[h * 3 + 2]!]);
    const at = (offset: number) => [Math.floor(offset / 100), Math.floor(offset / 100) * 100];
    expect(found).toEqual([[0, ...at(65_532)], [99, ...at(131_064)], [1, ...at(140_000)]]);
    // The same from an offset inside the text: lines count from the range's start.
    m.collect(text, 65_500, text.length, 0, 99);
    expect(Array.from(m.found.subarray(0, m.foundCount * 3))).toEqual([0, 0, 65_500, 1, 745, 140_000]);
  });

  test('overlapping and nested keywords all fire', () => {
    const m = new KeywordMatcher(['sk_', 'sk_live_', 'live']);
    expect([...m.find('x=SK_LIVE_abc')].sort()).toEqual([0, 1, 2]);
  });
});

describe('positions', () => {
  const token = () => checksummedToken('ghp', random);

  test('columns count UTF-16 code units, after multi-byte characters', () => {
    const t = token();
    const line = `// café ☕ 😀 token: "${t}"`;
    expect(brief(scan(line))).toEqual([{ ruleId: 'github-pat', line: 1, column: line.indexOf(t) + 1 }]);
  });

  test('CRLF line endings and a byte-order mark do not shift lines or columns', () => {
    const t = token();
    const text = `\ufeffkey = "${t}"\r\n\r\nother = "${t}"\r\n`;
    expect(brief(scan(text))).toEqual([
      { ruleId: 'github-pat', line: 1, column: 8 },
      { ruleId: 'github-pat', line: 3, column: 10 },
    ]);
  });

  test('a file without a final newline still has its last line scanned', () => {
    expect(brief(scan(`a\nb\nt = "${token()}"`))).toEqual([{ ruleId: 'github-pat', line: 3, column: 6 }]);
  });

  test('two secrets on one line are reported in column order', () => {
    const [a, b] = [token(), token()];
    const line = `a="${a}" b="${b}"`;
    expect(brief(scan(line)).map((h) => h.column)).toEqual([4, line.indexOf(b) + 1]);
  });
});

describe('streaming', () => {
  function feed(text: string, cuts: number[]): ScanHit[] {
    const hits: ScanHit[] = [];
    const session = logScanner.session({ file: 'x.log', kind: 'log', now: NOW }, (h) => hits.push(h));
    const buf = Buffer.from(text);
    let last = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      session.push(buf.subarray(last, cut));
      last = cut;
    }
    session.push(buf.subarray(last));
    session.end();
    return hits;
  }

  test('chunk boundaries anywhere (inside tokens, keywords, multi-byte characters, PEM blocks) change nothing', () => {
    const text = [
      `é token: "${checksummedToken('ghp', random)}"`,
      '-----BEGIN RSA PRIVATE KEY-----', ...pemBody(random), '-----END RSA PRIVATE KEY-----',
      `Authorization: Bearer ${randomString(40, ALPHABETS.base62!, random)}`,
      `ñ ${'x'.repeat(50)} password="${'Qz8'}${randomString(10, ALPHABETS.base62!, random)}"`,
      `charge failed card=${luhnNumber('4', 16, random).replace(/(\d{4})(?=\d)/g, '$1 ')} at 2026-01-15T10:00:00Z`,
    ].join('\n');
    const whole = brief(feed(text, []));
    expect(whole.map((h) => h.ruleId)).toEqual(['github-pat', 'private-key-rsa', 'log-bearer-token', 'log-password-field', 'log-card-number']);
    const size = Buffer.byteLength(text);
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: size - 1 }), { maxLength: 8 }), (cuts) => {
      expect(brief(feed(text, cuts))).toEqual(whole);
    }), { numRuns: 200 });
  });

  test('a single line longer than the window is scanned in overlapping windows with exact columns', () => {
    const tokens = [checksummedToken('ghp', random), checksummedToken('gho', random), checksummedToken('ghu', random)];
    const filler = (n: number) => 'ab, '.repeat(Math.ceil(n / 4)).slice(0, n);
    // One token early, one straddling the first window edge, one at the very end of a ~2.5 MB line.
    const first = `x ${filler(1000)}"${tokens[0]}"`;
    const edge = MAX_LINE_BYTES - WINDOW_OVERLAP_BYTES - 10;
    const second = `${filler(edge - first.length)}"${tokens[1]}"`;
    const line = `${first}${second}${filler(1_500_000)}"${tokens[2]}"`;
    const hits = feed(`head\n${line}\ntail\n`, Array.from({ length: 40 }, (_, i) => (i + 1) * 65_536));
    expect(brief(hits)).toEqual(tokens.map((t, i) => ({
      ruleId: ['github-pat', 'github-oauth-token', 'github-user-to-server-token'][i],
      line: 2,
      column: line.indexOf(t) + 1,
    })));
  });

  test('a huge input is streamed with flat memory', async () => {
    const token = checksummedToken('ghs', random);
    const block = Buffer.from(`${'2026-01-15T10:00:00Z INFO GET /api/tasks 200 12ms user_id=8412 '.repeat(3)}\n`.repeat(2000));
    const blocks = Math.ceil((160 * 1024 * 1024) / block.length);
    const hits: ScanHit[] = [];
    const session = logScanner.session({ file: 'big.log', kind: 'log', now: NOW }, (h) => hits.push(h));
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    for (let i = 0; i < blocks; i++) {
      session.push(block);
      if (i % 64 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    session.push(`upload failed, token=${token}\n`);
    session.end();
    const lines = blocks * 2000;
    expect(brief(hits)).toEqual([{ ruleId: 'github-installation-token', line: lines + 1, column: 'upload failed, token='.length + 1 }]);
    expect(session.bytes).toBeGreaterThan(160 * 1024 * 1024);
    // 160 MB went through; the scanner's own memory must not grow with it.
    expect(peak).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);
});

describe('allow comments', () => {
  const t = () => checksummedToken('ghp', random);

  test.each([
    ['# release-gate:allow on the line', (s: string) => `token = "${s}" # release-gate:allow`],
    ['// release-gate:allow naming the rule', (s: string) => `const token = "${s}"; // release-gate:allow github-pat`],
    ['/* */ comment with several rules', (s: string) => `x("${s}") /* release-gate:allow jwt, github-pat */`],
    ['allow-next-line above', (s: string) => `# release-gate:allow-next-line\ntoken = "${s}"`],
  ])('%s suppresses the finding (counted, not reported)', (_name, make) => {
    const text = make(t());
    const hits = scan(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.allowed).toEqual({ line: 1, column: text.indexOf('release-gate:allow') + 1 });
  });

  test.each([
    ['a reason and a date after the rule', 'const token = "{s}"; // release-gate:allow github-pat: a revoked test key (until 2027-03-01)', { reason: 'a revoked test key', until: '2027-03-01' }],
    ['a reason right after allow, in a /* */ comment', 'x("{s}") /* release-gate:allow: fixture for the parser tests */', { reason: 'fixture for the parser tests' }],
    ['on the line above', '# release-gate:allow-next-line: documented example\ntoken = "{s}"', { reason: 'documented example' }],
  ])('%s: the reason and expiry are read', (_name, template, expected) => {
    const text = template.replace('{s}', t());
    expect(scan(text)[0]!.allowed).toEqual({ line: 1, column: text.indexOf('release-gate:allow') + 1, ...expected });
  });

  test('an allow naming another rule does not suppress', () => {
    expect(scan(`token = "${t()}" # release-gate:allow jwt`)[0]!.allowed).toBeUndefined();
  });

  test('allow-next-line covers only the next line', () => {
    const hits = scan(`# release-gate:allow-next-line\n\ntoken = "${t()}"`);
    expect(hits[0]!.allowed).toBeUndefined();
  });

  test('a PEM block is allowed from the line above its header', () => {
    const text = ['# release-gate:allow-next-line private-key-rsa', '-----BEGIN RSA PRIVATE KEY-----', ...pemBody(random), '-----END RSA PRIVATE KEY-----'].join('\n');
    expect(codeScanner.scanText(text, { file: 'k.pem', kind: 'code', now: NOW })[0]!.allowed).toEqual({ line: 1, column: 3 });
  });
});
