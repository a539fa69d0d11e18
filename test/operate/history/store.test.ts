import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileStore } from '../../../src/operate/history/file-store.js';
import { HistoryError, mergeHistory, parseHistory, serializeHistory } from '../../../src/operate/history/ndjson.js';
import { recordFromReport, validateRecord } from '../../../src/operate/history/record.js';
import { record, sampleReport } from '../sample-history.js';

describe('history records', () => {
  test('a report becomes one record with statuses, figures and findings counted by rule', () => {
    const r = recordFromReport(sampleReport({ p95: { 'task list': 140 } }), {
      time: '2026-12-01T03:17:00.000Z', kind: 'nightly', environment: 'production', commit: 'abc123', ref: 'refs/heads/main', runUrl: 'https://github.com/acme/app/actions/runs/7',
    });
    expect(r).toMatchObject({ v: 1, time: '2026-12-01T03:17:00.000Z', kind: 'nightly', environment: 'production', commit: 'abc123', status: 'pass' });
    expect(r.checks.map((c) => [c.check, c.status])).toEqual([['smoke', 'pass'], ['latency', 'pass'], ['domain', 'pass']]);
    const latency = r.checks[1]!;
    expect(latency.endpoints).toEqual([{ name: 'task list', count: 200, errors: 0, errorRate: 0, p50Ms: 70, p95Ms: 140, p99Ms: 210, thresholdP95Ms: 500 }]);
    expect(latency.findingsByRule).toEqual({ 'latency-few-samples': 1 });
    expect(latency.findings).toEqual([{ ruleId: 'latency-few-samples', severity: 'warning', message: 'only 40 samples', file: '.github/release-gate.yml', line: 30, hint: 'run longer' }]);
    expect(r.checks[0]!.steps).toEqual([{ name: 'dashboard', status: 'pass', ms: 40, httpStatus: 200 }, { name: 'create task', status: 'pass', ms: 40, httpStatus: 200 }]);
    expect(r.checks[2]!.certificates).toEqual([{ host: 'ops.example.com', port: 443, daysLeft: 60, validTo: '2027-02-01T00:00:00.000Z' }]);
    // Histograms are large and only useful to merge shards: they stay out of the history.
    expect(JSON.stringify(r)).not.toContain('HISTF');
    expect(validateRecord(r)).toBeUndefined();
  });

  test('a corrupt line is an error naming the file and line', () => {
    const text = serializeHistory([record('2026-12-01T00:00:00Z', 'nightly')]) + '\n{"v":1,"time":\n';
    expect(() => parseHistory(text, 'h.ndjson')).toThrow(HistoryError);
    expect(() => parseHistory(text, 'h.ndjson')).toThrow(/^h\.ndjson:3: not a JSON record/);
  });

  test('a record from a newer release-gate is refused with the line and what to do', () => {
    const text = `${JSON.stringify(record('2026-12-01T00:00:00Z', 'nightly'))}\n${JSON.stringify({ ...record('2026-12-02T00:00:00Z', 'nightly'), v: 2 })}\n`;
    expect(() => parseHistory(text, 'h.ndjson')).toThrow('h.ndjson:2: written by a newer release-gate (record version 2; this one reads 1): upgrade release-gate');
  });

  test('a record without a known kind is refused', () => {
    expect(() => parseHistory(`${JSON.stringify({ ...record('2026-12-01T00:00:00Z', 'nightly'), kind: 'cron' })}\n`, 'h')).toThrow('h:1: "kind" must be one of pull-request, post-deploy, nightly, manual');
  });

  test('keep applies per workflow kind and environment, newest kept, in time order', () => {
    const existing = [
      record('2026-12-01T00:00:00Z', 'nightly'), record('2026-12-02T00:00:00Z', 'nightly'),
      record('2026-12-01T12:00:00Z', 'post-deploy'), record('2026-12-02T00:00:00Z', 'nightly', { environment: 'staging' }),
    ];
    const merged = mergeHistory(existing, [record('2026-12-03T00:00:00Z', 'nightly')], 2);
    expect(merged.map((r) => `${r.time.slice(0, 13)} ${r.kind} ${r.environment}`)).toEqual([
      '2026-12-01T12 post-deploy production',
      '2026-12-02T00 nightly production',
      '2026-12-02T00 nightly staging',
      '2026-12-03T00 nightly production',
    ]);
  });

  test('adding the same run twice keeps one record', () => {
    const r = record('2026-12-01T00:00:00Z', 'nightly', { runUrl: 'https://github.com/a/b/actions/runs/1' });
    expect(mergeHistory([r], [r], 10)).toHaveLength(1);
  });
});

describe('file store', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'rg-history-'));

  test('adds to a new file and reads it back', async () => {
    const cwd = dir();
    const store = fileStore('.release-gate/history.ndjson', cwd);
    expect(await store.read()).toEqual([]);
    await store.add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500);
    await store.add([record('2026-12-02T00:00:00.000Z', 'post-deploy')], 500);
    expect((await store.read()).map((r) => r.kind)).toEqual(['nightly', 'post-deploy']);
    expect(readFileSync(join(cwd, '.release-gate/history.ndjson'), 'utf8').split('\n')).toHaveLength(3);
  });

  test('never overwrites a history it cannot read', async () => {
    const cwd = dir();
    mkdirSync(join(cwd, '.release-gate'));
    const corrupt = `${JSON.stringify(record('2026-12-01T00:00:00.000Z', 'nightly'))}\nnot json\n`;
    writeFileSync(join(cwd, '.release-gate/history.ndjson'), corrupt);
    const store = fileStore('.release-gate/history.ndjson', cwd);
    await expect(store.add([record('2026-12-02T00:00:00.000Z', 'nightly')], 500)).rejects.toThrow(/^\.release-gate\/history\.ndjson:2: not a JSON record/);
    expect(readFileSync(join(cwd, '.release-gate/history.ndjson'), 'utf8')).toBe(corrupt);
  });
});
