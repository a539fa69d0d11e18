import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCheck } from '../../src/checks/check.js';
import { createHistogram, decodeHistogram, encodeHistogram } from '../../src/checks/latency/histogram.js';
import { runCli } from '../../src/cli/main.js';
import { Masker, weakness } from '../../src/mask.js';
import { renderSarif } from '../../src/reporters/sarif.js';
import type { Report } from '../../src/types.js';

/**
 * Encoded fields (latency histograms, fingerprints) are left alone by the masker: a secret whose text
 * happens to occur inside one must not corrupt it, and is still masked everywhere else.
 */

// A histogram of 1,000 recorded latencies, made the same way every time (the check below records the same values).
function recordedHistogram(): string {
  const histogram = createHistogram();
  for (let i = 1; i <= 1000; i++) histogram.recordValue(i * 137);
  return encodeHistogram(histogram);
}

/** A strong secret (not a word, not a number) cut from the middle of an encoded value. */
function secretInside(encoded: string, length: number): string {
  for (let at = Math.floor(encoded.length / 2); at + length <= encoded.length; at++) {
    const slice = encoded.slice(at, at + length);
    if (/[0-9]/.test(slice) && /[A-Za-z]/.test(slice) && weakness(slice) === undefined) return slice;
  }
  throw new Error('no strong slice in the encoded value');
}

const HISTOGRAM = recordedHistogram();
const SECRET = secretInside(HISTOGRAM, 14);

const probeCheck = defineCheck({
  name: 'latency',
  section: 'latency',
  description: 'a latency check that reports a real histogram and a finding that quotes the secret',
  rules: [{ id: 'latency-p95-exceeded', check: 'latency', severity: 'error', description: 'p95 over its threshold.', help: 'Make it faster.' }],
  async run() {
    const histogram = createHistogram();
    for (let i = 1; i <= 1000; i++) histogram.recordValue(i * 137);
    return {
      findings: [{ ruleId: 'latency-p95-exceeded', severity: 'error', message: `tasks with Bearer ${SECRET}: p95 over 500 ms`, hint: `token ${SECRET} leaked into the hint`, file: '.github/release-gate.yml', line: 9 }],
      metrics: { endpoints: [{ name: 'tasks', count: 1000, histogram: encodeHistogram(histogram), note: `sent with ${SECRET}` }], overall: { histogram: encodeHistogram(histogram) } },
    };
  },
});

const MANIFEST = `version: 1
environments:
  production:
    url: http://127.0.0.1:9
sessions:
  ops:
    headers:
      authorization: "Bearer {{ env.RG_ENCODED_TOKEN }}"
latency:
  environment: production
  rate: 1
  duration: 1s
  endpoints:
    - name: tasks
      request: GET /api/tasks
      p95: 500ms
`;

async function cliReport(format: 'json' | 'sarif'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'rg-encoded-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/release-gate.yml'), MANIFEST);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['latency', '--format', format], {
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: { RG_ENCODED_TOKEN: SECRET }, cwd: dir, isTTY: false,
  }, {}, [probeCheck]);
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  return stdout;
}

describe('a secret whose text occurs inside a base64 histogram', () => {
  test('the fixture holds: the secret is strong and sits inside the histogram', () => {
    expect(weakness(SECRET)).toBeUndefined();
    expect(HISTOGRAM).toContain(SECRET);
  });

  test('the CLI JSON report: every histogram decodes to the 1,000 values recorded, the secret is masked everywhere else', async () => {
    const text = await cliReport('json');
    const report = JSON.parse(text) as { checks: { findings: { message: string; hint: string }[]; metrics: { endpoints: { histogram: string; note: string }[]; overall: { histogram: string } } }[] };
    const [check] = report.checks;
    expect(check!.metrics.endpoints[0]!.histogram).toBe(HISTOGRAM);
    expect(check!.metrics.overall.histogram).toBe(HISTOGRAM);
    expect(decodeHistogram(check!.metrics.endpoints[0]!.histogram).totalCount).toBe(1000);
    expect(check!.findings[0]!.message).toBe('tasks with Bearer ***: p95 over 500 ms');
    expect(check!.findings[0]!.hint).toBe('token *** leaked into the hint');
    expect(check!.metrics.endpoints[0]!.note).toBe('sent with ***');
    // Outside the two histograms, the secret's text is nowhere in the report.
    expect(text.split(HISTOGRAM).join('').includes(SECRET)).toBe(false);
  });

  test('the masker on its own: maskDeep (weak secrets included) and maskJson leave the histogram as it was', () => {
    const masker = new Masker();
    masker.add(SECRET, 'TOKEN');
    const word = HISTOGRAM.slice(4, 10).replace(/[^A-Za-z]/g, '');
    masker.add(word, 'WORD'); // a weak secret is masked in free text, never inside an encoding
    const value = { histogram: HISTOGRAM, message: `${SECRET} and ${word}` };
    expect(masker.maskDeep(value)).toEqual({ histogram: HISTOGRAM, message: word.length >= 4 ? '*** and ***' : `*** and ${word}` });
    expect(masker.maskJson(`${JSON.stringify(value, null, 2)}\n`)).toBe(`${JSON.stringify({ histogram: HISTOGRAM, message: `*** and ${word}` }, null, 2)}\n`);
  });

  test('with no secret registered, only a URL password is masked, escaped or not; the rest comes back as it was', () => {
    const masker = new Masker();
    const plain = '{\n  "message": "db/migrations/0001.sql adds a column",\n  "histogram": "HISTFAAAAB"\n}\n';
    expect(masker.maskJson(plain)).toBe(plain);
    expect(masker.maskJson('{"url":"https://ops:hunter22@db.example.test/app"}')).toBe('{"url":"https://ops:***@db.example.test/app"}');
    expect(masker.maskJson('{"url":"https://ops:hunter22\\u0040db.example.test/app"}')).toBe('{"url":"https://ops:***@db.example.test/app"}');
  });

  test('a field named histogram that is not base64 is masked like any text', () => {
    const masker = new Masker();
    masker.add(SECRET);
    expect(masker.maskDeep({ histogram: `not base64: ${SECRET}` })).toEqual({ histogram: 'not base64: ***' });
    expect(masker.maskJson(JSON.stringify({ histogram: `not base64: ${SECRET}` }))).toBe('{"histogram":"not base64: ***"}');
  });
});

describe('a secret whose text occurs inside a SARIF fingerprint', () => {
  const report: Report = {
    schemaVersion: 1, status: 'fail',
    checks: [{ check: 'secrets', status: 'fail', durationMs: 3, metrics: {}, findings: [{ ruleId: 'aws-access-key-id', severity: 'error', message: 'an AWS key in config', file: 'config/app.yml', line: 3 }] }],
  };
  const sarif = renderSarif(report, { toolVersion: '0.1.0', manifestFile: '.github/release-gate.yml' });
  const fingerprint = Object.values((JSON.parse(sarif) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }).runs[0]!.results[0]!.partialFingerprints)[0]!;
  const secret = secretInside(fingerprint, 12);

  test('the fingerprint survives, the secret is masked in the message', () => {
    const masker = new Masker();
    masker.add(secret);
    const withSecret = sarif.replace('an AWS key in config', `an AWS key in config next to ${secret}`);
    const masked = JSON.parse(masker.maskJson(withSecret)) as { runs: { results: { partialFingerprints: Record<string, string>; message: { text: string } }[] }[] };
    expect(Object.values(masked.runs[0]!.results[0]!.partialFingerprints)).toEqual([fingerprint]);
    expect(masked.runs[0]!.results[0]!.message.text).toContain('an AWS key in config next to ***');
  });

  test('a SARIF log whose only occurrence of the secret is inside the fingerprint comes back byte for byte', () => {
    const masker = new Masker();
    masker.add(secret);
    expect(masker.maskJson(sarif)).toBe(sarif);
  });
});
