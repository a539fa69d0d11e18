import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAPS } from '../../../src/checks/latency/caps.js';
import { latencyCheck } from '../../../src/checks/latency/index.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../../docs');

describe('latency check docs', () => {
  const page = readFileSync(join(DOCS, 'checks/latency.md'), 'utf8');

  test.each(latencyCheck.rules.map((r) => ({ id: r.id, rule: r })))('$id has a page with its description and severity, and the check page links it', ({ id, rule }) => {
    const path = join(DOCS, 'rules', `${id}.md`);
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text).toContain(rule.description);
    expect(text).toContain(`default severity: **${rule.severity}**`);
    expect(text).toMatch(/## Unsafe[\s\S]+## Why it hurts[\s\S]+## Safe/);
    expect(page).toContain(`| [${id}](../rules/${id}.md) | ${rule.severity} |`);
  });

  test('every rule id is unique and belongs to the latency check', () => {
    const ids = latencyCheck.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(latencyCheck.rules.every((r) => r.check === 'latency' && r.id.startsWith('latency-') && r.help.length > 0)).toBe(true);
  });

  test('the caps the code enforces are the caps the page documents', () => {
    expect(page).toContain(`| rate, all endpoints together | ${CAPS.defaultMaxRate}/s | \`max-rate\`, at most ${CAPS.absoluteMaxRate}/s.`);
    expect(page).toContain(`| requests per run, warmup included | ${CAPS.defaultMaxRequests.toLocaleString('en-US')} | \`max-requests\`, at most ${CAPS.absoluteMaxRequests.toLocaleString('en-US')}.`);
    expect(page).toContain(`| warmup + duration | ${CAPS.maxRunMs / 60_000} minutes |`);
    expect(page).toContain(`| one request's timeout | 10 s | \`timeout\`, at most ${CAPS.maxTimeoutMs / 1000} s`);
    expect(page).toContain(`| requests waiting at once | ${CAPS.maxInFlight} |`);
  });
});
