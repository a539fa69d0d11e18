import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseManifest } from '../../src/manifest/load.js';
import { ManifestError } from '../../src/manifest/errors.js';
import { cli, workspace } from './harness.js';

/**
 * Every number in the manifest is bounded: `rate: 1e308` once gave a NaN plan that sent nothing and
 * passed. Out of range, not finite, or a fraction where a count is meant is a manifest error at its line.
 */

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync('schema/release-gate.schema.json', 'utf8')) as Node;

/** Every object in the schema with its JSON pointer: properties, items, anyOf branches and $defs alike. */
function nodes(node: unknown, path = '#'): [string, Node][] {
  if (Array.isArray(node)) return node.flatMap((child, i) => nodes(child, `${path}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return [[path, node as Node], ...Object.entries(node).flatMap(([key, child]) => nodes(child, `${path}/${key}`))];
}

const isNumeric = (node: Node) => [node.type].flat().some((t) => t === 'number' || t === 'integer');
// A run of digits with no upper count reads a number of any size; a fraction's digits do not make it larger.
const readsUnboundedNumber = (pattern: string) => /(\\d|\[0-9\])[+*]/.test(pattern.replace(/\(\?:\\\.\\d\+\)|\(\\\.\\d\+\)|\(\\\.0\+\)/g, ''));

describe('the schema bounds every number', () => {
  test('every number or integer has a lower and an upper bound', () => {
    const unbounded = nodes(schema)
      .filter(([, node]) => isNumeric(node))
      .filter(([, node]) => (node.minimum ?? node.exclusiveMinimum) === undefined || (node.maximum ?? node.exclusiveMaximum) === undefined)
      .map(([path]) => path);
    expect(unbounded).toEqual([]);
    // The walk does reach them: rates, counts, ports, days, sizes and durations.
    expect(nodes(schema).filter(([, node]) => isNumeric(node)).length).toBeGreaterThan(25);
  });

  test('text that stands for a number (a duration, a size) carries x-bounds; other digit patterns are bounded in the pattern', () => {
    const patterns = nodes(schema).filter(([, node]) => typeof node.pattern === 'string');
    const unbounded = patterns.filter(([, node]) => readsUnboundedNumber(node.pattern as string) && node['x-bounds'] === undefined).map(([path]) => path);
    expect(unbounded).toEqual([]);
    expect(patterns.filter(([, node]) => node['x-bounds'] !== undefined).map(([, node]) => (node['x-bounds'] as { unit: string }).unit).sort()).toEqual(['bytes', 'ms']);
  });

  test('the check of the walk itself: an unbounded digit run is seen, a fraction or a fixed count is not', () => {
    expect(readsUnboundedNumber('^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$')).toBe(true);
    expect(readsUnboundedNumber('^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$')).toBe(false);
    expect(readsUnboundedNumber('^\\d{4}-\\d{2}-\\d{2}$')).toBe(false);
    expect(readsUnboundedNumber('^[0-9]+$')).toBe(true);
  });
});

const base = (body: string) => `version: 1
environments:
  production:
    url: http://127.0.0.1:9
${body}`;

const latency = (line: string) => base(`latency:
  ${line}
  endpoints:
    - request: GET /
`);

function problems(source: string): string[] {
  try {
    parseManifest(source, 'm.yml');
    return [];
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  }
}

describe('an out-of-range number is a manifest error at its line', () => {
  test.each([
    ['rate: 1e308', 'latency.rate must be <= 1000000, got a number (1e+308)'],
    ['rate: .inf', 'latency.rate must be a number, got Infinity (not a finite number)'],
    ['rate: .nan', 'latency.rate must be a number, got NaN (not a finite number)'],
    ['rate: -5', 'latency.rate must be > 0, got a number (-5)'],
    ['max-requests: 2.5', 'latency.max-requests must be a whole number, got a number'],
    ['max-requests: 0', 'latency.max-requests must be >= 1, got a number (0)'],
    ['duration: 9999h', 'latency.duration must be from 0ms to 7 days (168h), got "9999h"'],
    ['duration: 1e12', 'latency.duration must be <= 604800000, got a number (1000000000000)'],
    ['timeout: -1', 'latency.timeout must be >= 0, got a number (-1)'],
    ['error-rate: 150%', 'latency.error-rate must be a share such as 1% or 0.01, got "150%"'],
    ['stop-error-rate: 1.5', 'latency.stop-error-rate must be <= 1, got a number (1.5)'],
  ])('latency %s', (line, message) => {
    expect(problems(latency(line))).toEqual([`6:${line.indexOf(':') + 5} ${message}`]);
  });

  test.each([
    ['secrets:\n  max-file-size: 5GB', '6:18 secrets.max-file-size must be from 1 bytes to 1 GiB, got "5GB"'],
    ['secrets:\n  max-file-size: 0.5', '6:18 secrets.max-file-size must be a size such as 10MB, 512KB, or a number of bytes, got a number'],
    ['secrets:\n  max-file-size: 4294967296', '6:18 secrets.max-file-size must be <= 1073741824, got a number (4294967296)'],
    ['smoke:\n  retries: 11\n  steps: [{ request: GET / }]', '6:12 smoke.retries must be <= 10, got a number (11)'],
    ['smoke:\n  steps: [{ request: GET /, expect: { max-ms: 1e300 } }]', '6:47 smoke.steps[0].expect.max-ms must be <= 604800000, got a number (1e+300)'],
    ['domain:\n  tls: [{ host: a.example, port: 70000 }]', '6:34 domain.tls[0].port must be <= 65535, got a number (70000)'],
    ['domain:\n  tls: [{ host: a.example, min-days: 1e9 }]', '6:38 domain.tls[0].min-days must be <= 3650, got a number (1000000000)'],
    ['domain:\n  resolver: 127.0.0.1:99999', '6:13 domain.resolver must be a DNS server address such as 1.1.1.1 or 127.0.0.1:5353, got "127.0.0.1:99999"'],
    ['migrations:\n  trace: { rows: -1 }', '6:18 migrations.trace.rows must be >= 0, got a number (-1)'],
  ])('%s', (body, expected) => {
    expect(problems(base(body))).toEqual([expected]);
  });

  test('the bounds themselves are accepted', () => {
    expect(problems(latency('rate: 1000000'))).toEqual([]);
    expect(problems(latency('duration: 168h'))).toEqual([]);
    expect(problems(latency('error-rate: 100%'))).toEqual([]);
    expect(problems(latency('error-rate: 0.5%'))).toEqual([]);
    expect(problems(base('secrets:\n  max-file-size: 1GB'))).toEqual([]);
    expect(problems(base('domain:\n  resolver: 127.0.0.1:65535'))).toEqual([]);
    expect(problems(base('domain:\n  resolver: "[::1]:53"'))).toEqual([]);
  });

  test('through the CLI: exit 2, the message names file:line:column, and nothing is sent', async () => {
    const ws = workspace({ '.github/release-gate.yml': latency('rate: 1e308') });
    try {
      const run = await cli(['latency'], ws.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('.github/release-gate.yml:6:9: latency.rate must be <= 1000000, got a number (1e+308)');
    } finally {
      ws.remove();
    }
  });
});
