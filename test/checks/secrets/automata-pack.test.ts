import { afterEach, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTOMATA_PACK_FILE, decodePack, encodePack, useAutomataPack, type PackedTables } from '../../../src/checks/secrets/automata-pack.js';
import { buildAutomataPack } from '../../../src/checks/secrets/automata-pack-build.js';
import { KeywordMatcher } from '../../../src/checks/secrets/prefilter.js';
import { secretScanners } from '../../../src/checks/secrets/scan-file.js';
import type { ScanHit } from '../../../src/checks/secrets/scanner.js';
import { NOW } from './helpers.js';
import { ALPHABETS, luhnNumber, randomString, seeded } from './synthesize.js';

/**
 * The keyword automata the build packs beside the bundle (automata-pack.ts): a run reads them
 * instead of building them, and must find exactly what it finds with automata it built itself.
 */

const random = seeded(8080);
const r = (n: number, alphabet: keyof typeof ALPHABETS) => randomString(n, ALPHABETS[alphabet]!, random);

// A tree file and a log with findings of most kinds: keyword rules, a digit run (a card number), a PEM block, an allow comment.
const CODE = [
  `const token = "${r(32, 'base62')}";`,
  `aws_secret_access_key = ${r(40, 'base64')}`,
  `url = "postgres://app:${r(20, 'base62')}@db.internal:5432/app"`,
  '-----BEGIN RSA PRIVATE KEY-----',
  ...Array.from({ length: 20 }, () => r(64, 'base64')),
  '-----END RSA PRIVATE KEY-----',
  `password = "${r(24, 'base62')}" // release-gate:allow: a fixture`,
  'nothing to see here',
].join('\n');
const LOG = [
  `2026-01-15T10:00:00Z INFO login user=ann@example.org card=${luhnNumber('4111', 16, random)}`,
  `2026-01-15T10:00:01Z INFO worker job=report status=ok token_type=Bearer`,
  `2026-01-15T10:00:02Z DEBUG Authorization: Bearer ${r(40, 'base64url')}`,
  `2026-01-15T10:00:03Z INFO request {"password":"${r(20, 'base62')}","phone":"+44 20 7946 0958"}`,
].join('\n');

function scanAll(includePersonalData: boolean): { code: ScanHit[]; log: ScanHit[] } {
  const scanners = secretScanners(includePersonalData);
  return {
    code: scanners.code.scanText(CODE, { file: 'src/app.ts', kind: 'code', now: NOW }),
    log: scanners.log.scanText(LOG, { file: 'app.log', kind: 'log', now: NOW }),
  };
}

/** A table's numbers and a digest of each array (100,000 entries compared one by one take seconds). */
const digest = (a: Uint8Array | Int32Array) => `${a.length}:${createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex')}`;
const arrays = (t: PackedTables) => ({ classes: t.classes, maxOut: t.maxOut, classOf: digest(t.classOf), rows: digest(t.rows), outStart: digest(t.outStart), outIds: digest(t.outIds) });

afterEach(() => useAutomataPack(undefined));

describe('the packed keyword automata', () => {
  test('decode to the tables the scanners build: the tree\'s, and the logs\' with and without personal data, digit runs included', () => {
    useAutomataPack(null);
    const built = new Map<string, PackedTables>();
    for (const includePersonalData of [true, false]) {
      const scanners = secretScanners(includePersonalData);
      scanners.code.prebuild();
      scanners.log.prebuild();
      for (const { key, tables } of [...scanners.code.packEntries(), ...scanners.log.packEntries()]) built.set(key, tables);
    }
    const packed = decodePack(buildAutomataPack());
    expect([...packed.keys()].sort()).toEqual([...built.keys()].sort());
    expect([...packed.keys()].some((key) => key.includes('\n#digits '))).toBe(true);
    for (const [key, tables] of built) expect(arrays(packed.get(key)!)).toEqual(arrays(tables));
  });

  test('a scan with the pack builds no automaton and finds exactly what a scan that built them finds', () => {
    useAutomataPack(null);
    const before = KeywordMatcher.builds;
    const withBuilt = [scanAll(true), scanAll(false)];
    expect(KeywordMatcher.builds).toBeGreaterThan(before);
    expect(withBuilt[0]!.code.length).toBeGreaterThan(2);
    expect(withBuilt[0]!.log.length).toBeGreaterThan(2);

    useAutomataPack(decodePack(buildAutomataPack()));
    const count = KeywordMatcher.builds;
    const withPacked = [scanAll(true), scanAll(false)];
    expect(KeywordMatcher.builds).toBe(count);
    expect(withPacked).toEqual(withBuilt);
  });

  test('tables of other keywords are not used: the automaton is built, and finds the same', () => {
    useAutomataPack(null);
    const plain = new KeywordMatcher(['key', 'token']);
    plain.collect(Buffer.from(''), 0, 0, 13, 2);
    useAutomataPack(new Map(plain.packEntries().map(({ key, tables }) => [key, tables])));
    const count = KeywordMatcher.builds;
    const expected = scanAll(true);
    expect(KeywordMatcher.builds).toBeGreaterThan(count);
    useAutomataPack(null);
    expect(scanAll(true)).toEqual(expected);
  });

  test('a matcher from packed tables still builds a digit-run product the pack lacks, the same as a built one', () => {
    useAutomataPack(null);
    const keywords = ['pass', 'key', 'card'];
    const text = Buffer.from('pass 4111 1111 1111 1111 key 12345 678901 2345 card\n4000000000000000000 key');
    const hits = (m: KeywordMatcher, digits: number) => { const found: string[] = []; m.scanWithDigitRuns(text, 0, text.length, digits, 9, (p, id, line) => found.push(`${p}:${id}:${line}`)); return found; };
    const built = new KeywordMatcher(keywords);
    useAutomataPack(new Map([[keywords.join('\n'), built.packEntries()[0]!.tables]]));
    const count = KeywordMatcher.builds;
    const fromPack = new KeywordMatcher(keywords);
    expect(KeywordMatcher.builds).toBe(count);
    expect(hits(fromPack, 13)).toEqual(hits(built, 13));
    expect(hits(fromPack, 8)).toEqual(hits(built, 8));
  });

  test('bytes that are not a pack give no tables', () => {
    expect(decodePack(Buffer.from('not a pack')).size).toBe(0);
    expect(decodePack(encodePack([])).size).toBe(0);
    const truncated = encodePack([{ key: 'a', tables: { classOf: new Uint8Array(256), rows: new Int32Array(4), classes: 2, outStart: new Int32Array(3), outIds: new Int32Array(0), maxOut: 1 } }]);
    expect(decodePack(truncated).size).toBe(1);
    expect(decodePack(truncated.subarray(0, truncated.length - 8)).size).toBe(0);
  });

  test('the committed bundle holds the pack of the rules as they are (npm run build writes it)', () => {
    const committed = decodePack(readFileSync(join(process.cwd(), 'dist/bundle', AUTOMATA_PACK_FILE)));
    const current = decodePack(buildAutomataPack());
    expect([...committed.keys()].sort()).toEqual([...current.keys()].sort());
    for (const [key, tables] of current) expect(arrays(committed.get(key)!)).toEqual(arrays(tables));
  });
});
