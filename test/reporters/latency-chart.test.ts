import { describe, expect, test } from '@jest/globals';
import { latencyChart, metricTables } from '../../src/reporters/metric-tables.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import type { CheckResult } from '../../src/types.js';

const endpoints = [
  { name: 'task list', count: 600, errors: 0, p50Ms: 120.4, p90Ms: 301, p95Ms: 512, p99Ms: 640, maxMs: 810, histogram: 'HISTF…' },
  { name: 'dash | board', count: 600, errors: 2, p50Ms: 88, p90Ms: 120, p95Ms: 140, p99Ms: 150, maxMs: 151 },
];

const latency = (metrics: Record<string, unknown>): CheckResult => ({ check: 'latency', status: 'fail', durationMs: 3000, findings: [], metrics });

describe('the latency percentile chart', () => {
  test('one line per endpoint over p50, p90, p95, p99, a round axis, and a legend in the same colours', () => {
    expect(latencyChart({ endpoints })).toBe([
      '```mermaid',
      '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb, #fb8500"}}}}%%',
      'xychart-beta',
      '  title "Latency by percentile (ms)"',
      '  x-axis [p50, p90, p95, p99]',
      '  y-axis "ms" 0 --> 1000',
      '  line [120.4, 301, 512, 640]',
      '  line [88, 120, 140, 150]',
      '```',
      '',
      '🟦 task list · 🟧 dash \\| board',
      '',
      '',
    ].join('\n'));
  });

  test('the table follows the chart, so it is the fallback where Mermaid does not render', () => {
    const tables = metricTables(latency({ endpoints }));
    expect(tables.indexOf('```mermaid')).toBe(0);
    expect(tables.indexOf('| Endpoint | Requests |')).toBeGreaterThan(tables.indexOf('```\n\n'));
    expect(renderMarkdown({ schemaVersion: 1, status: 'fail', checks: [latency({ endpoints })] })).toContain('xychart-beta');
  });

  test('no chart without the whole curve, or with more endpoints than colours: the table alone', () => {
    expect(latencyChart({})).toBeUndefined();
    expect(latencyChart({ endpoints: [{ name: 'x', count: 0, errors: 0, p50Ms: null, p90Ms: null, p95Ms: null, p99Ms: null }] })).toBeUndefined();
    expect(latencyChart({ endpoints: [{ name: 'old report', p50Ms: 1, p95Ms: 2, p99Ms: 3 }] })).toBeUndefined();
    const seven = Array.from({ length: 7 }, (_, i) => ({ ...endpoints[0], name: `e${i}` }));
    expect(latencyChart({ endpoints: seven })).toBeUndefined();
    expect(metricTables(latency({ endpoints: seven }))).toMatch(/^\| Endpoint \| Requests \|/);
  });

  test('an endpoint that was not measured is left out of the chart, not drawn at zero', () => {
    const chart = latencyChart({ endpoints: [endpoints[1], { name: 'not loaded', count: 0, errors: 0, p50Ms: null, p90Ms: null, p95Ms: null, p99Ms: null }] })!;
    expect(chart).toContain('  line [88, 120, 140, 150]\n```');
    expect(chart).toContain('y-axis "ms" 0 --> 200');
    expect(chart).not.toContain('not loaded');
  });
});
