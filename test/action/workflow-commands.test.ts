import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import * as theirs from '@actions/core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ours from '../../src/action/workflow-commands.js';

// src/action/workflow-commands.ts replaces @actions/core in the action (whose entry loads an HTTP client
// the action never uses): every function must write exactly what @actions/core writes.

const TRICKY = 'line one\r\nline two: 100% done, a,b %0A ::x::';
const PROPS = { title: 'rule (check)', file: 'db/migrations/002_add,index.sql', startLine: 3, startColumn: 1, endLine: 3, endColumn: 41 };

let stdout: string[] = [];
const saved = { ...process.env };
beforeEach(() => {
  stdout = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

function both(run: (core: typeof ours | typeof theirs) => void): { ours: string; theirs: string } {
  stdout = [];
  run(theirs);
  const a = stdout.join('');
  stdout = [];
  run(ours);
  return { theirs: a, ours: stdout.join('') };
}

describe('workflow commands on stdout', () => {
  test.each([
    ['error with every property', (c: typeof ours) => c.error(TRICKY, PROPS)],
    ['warning with a file only', (c: typeof ours) => c.warning(TRICKY, { file: 'a:b.ts' })],
    ['notice without properties', (c: typeof ours) => c.notice(TRICKY)],
    ['an Error as the message', (c: typeof ours) => c.error(new Error('boom: it, broke'))],
    ['setSecret', (c: typeof ours) => c.setSecret('s3cr%et\nvalue')],
    ['info', (c: typeof ours) => c.info('plain line')],
    ['debug', (c: typeof ours) => c.debug('a%b\nc')],
    ['a group', (c: typeof ours) => { c.startGroup('release-gate: env, 3 findings'); c.info('inside'); c.endGroup(); }],
    ['setOutput without GITHUB_OUTPUT', (c: typeof ours) => { delete process.env.GITHUB_OUTPUT; c.setOutput('report', 'a\nb'); }],
  ])('%s', (_name, run) => {
    const out = both(run as (c: typeof ours | typeof theirs) => void);
    expect(out.ours).toBe(out.theirs);
    expect(out.ours.length).toBeGreaterThan(0);
  });

  test('setFailed sets exit code 1 and writes the error annotation', () => {
    const out = both((c) => c.setFailed('release-gate failed: env'));
    expect(out.ours).toBe(out.theirs);
    expect(process.exitCode).toBe(1);
  });
});

describe('inputs, file commands and the summary', () => {
  test('getInput reads INPUT_<NAME> with spaces as underscores, trimmed', () => {
    process.env['INPUT_FAIL-ON'] = '  warning \n';
    process.env.INPUT_SOME_NAME = 'x';
    for (const name of ['fail-on', 'some name', 'missing']) expect(ours.getInput(name)).toBe(theirs.getInput(name));
    expect(ours.getInput('fail-on')).toBe('warning');
  });

  test('setOutput and exportVariable append the same multi-line records (only the random delimiter differs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-commands-'));
    const shape = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM');
    for (const impl of [theirs, ours]) {
      for (const name of ['output', 'env']) writeFileSync(join(dir, `${name}-${impl === ours ? 'ours' : 'theirs'}`), '');
      process.env.GITHUB_OUTPUT = join(dir, `output-${impl === ours ? 'ours' : 'theirs'}`);
      process.env.GITHUB_ENV = join(dir, `env-${impl === ours ? 'ours' : 'theirs'}`);
      impl.setOutput('status', 'fail');
      impl.setOutput('findings', 3);
      impl.exportVariable('RELEASE_GATE_JOB_ANNOTATIONS', '12');
      expect(process.env.RELEASE_GATE_JOB_ANNOTATIONS).toBe('12');
    }
    for (const name of ['output', 'env']) {
      const a = readFileSync(join(dir, `${name}-theirs`), 'utf8');
      expect(shape(readFileSync(join(dir, `${name}-ours`), 'utf8'))).toBe(shape(a));
    }
    expect(shape(readFileSync(join(dir, 'output-ours'), 'utf8'))).toBe('status<<DELIM\nfail\nDELIM\nfindings<<DELIM\n3\nDELIM\n');
  });

  test('appendSummary appends what summary.addRaw(text, true).write() appends, and refuses a missing variable the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-summary-'));
    writeFileSync(join(dir, 'theirs'), 'before\n');
    writeFileSync(join(dir, 'ours'), 'before\n');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'theirs');
    await theirs.summary.addRaw('## release-gate\n\n| a |', true).write();
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'ours');
    await ours.appendSummary('## release-gate\n\n| a |');
    expect(readFileSync(join(dir, 'ours'), 'utf8')).toBe(readFileSync(join(dir, 'theirs'), 'utf8'));
    delete process.env.GITHUB_STEP_SUMMARY;
    await expect(ours.appendSummary('x')).rejects.toThrow('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
  });
});

describe("the outputs' random delimiters", () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  test('are version 4 UUIDs from the random device, never the same twice', () => {
    const ids = Array.from({ length: 200 }, () => ours.randomUuid());
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(ids.length);
    // Every hex digit outside the fixed version and variant bits turns up: the bytes are random, not a counter or zeros.
    expect(new Set(ids.join('').replace(/-/g, '')).size).toBe(16);
  });

  test("are crypto.randomUUID()'s where there is no random device", () => {
    const ids = [ours.randomUuid('/nonexistent/urandom'), ours.randomUuid('/nonexistent/urandom')];
    for (const id of ids) expect(id).toMatch(V4);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
