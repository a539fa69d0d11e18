import { describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import { relativeUri, renderSarif } from '../../src/reporters/sarif.js';
import type { Finding, Report } from '../../src/types.js';
import { bulkReport, sampleReport } from './sample-report.js';

/**
 * What GitHub code scanning needs from an upload (docs.github.com "SARIF support for code scanning" and
 * the GH rules of the SARIF multitool): version 2.1.0, a named driver, rules with descriptions and help,
 * and results with a rule id, text, a relative file URI and a 1-based startLine.
 */
const CODE_SCANNING_SCHEMA = {
  type: 'object',
  required: ['$schema', 'version', 'runs'],
  properties: {
    $schema: { type: 'string', pattern: 'sarif-2\\.1\\.0' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array', minItems: 1, maxItems: 20,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object', required: ['driver'],
            properties: {
              driver: {
                type: 'object', required: ['name', 'rules'],
                properties: {
                  name: { type: 'string', minLength: 1 },
                  version: { type: 'string', minLength: 1 },
                  informationUri: { type: 'string', pattern: '^https://' },
                  rules: {
                    type: 'array', maxItems: 25000,
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'fullDescription', 'help'],
                      properties: {
                        id: { type: 'string', minLength: 1 },
                        shortDescription: { $ref: '#/$defs/text' },
                        fullDescription: { $ref: '#/$defs/text' },
                        help: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 }, markdown: { type: 'string' } } },
                        helpUri: { type: 'string', pattern: '^https://' },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                        properties: { type: 'object', properties: { tags: { type: 'array', maxItems: 20, items: { type: 'string' } } } },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array', maxItems: 25000,
            items: {
              type: 'object',
              required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
              properties: {
                ruleId: { type: 'string', minLength: 1 },
                ruleIndex: { type: 'integer', minimum: 0 },
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { $ref: '#/$defs/text' },
                locations: {
                  type: 'array', minItems: 1, maxItems: 1000,
                  items: {
                    type: 'object', required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object', required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: {
                            type: 'object', required: ['uri'],
                            // Relative: no scheme, no leading slash, no backslashes, no ./ prefix.
                            properties: { uri: { type: 'string', minLength: 1, pattern: '^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!/)(?!\\./)[^\\\\]+$' }, uriBaseId: { type: 'string' } },
                          },
                          region: {
                            type: 'object', required: ['startLine'],
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 },
                              endLine: { type: 'integer', minimum: 1 },
                              endColumn: { type: 'integer', minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
              },
            },
          },
        },
      },
    },
  },
  $defs: { text: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } } },
};

const validate = new Ajv.default({ allErrors: true, strict: false }).compile(CODE_SCANNING_SCHEMA);

function assertUploadable(sarif: string): SarifLog {
  const log = JSON.parse(sarif) as SarifLog;
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  const run = log.runs[0];
  for (const result of run.results) {
    // ruleIndex and ruleId agree, and every rule a result names is described.
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const region = result.locations[0].physicalLocation.region;
    if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine);
  }
  return log;
}

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string; ruleIndex: number; level: string; message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
    }[];
    properties?: Record<string, unknown>;
  }[];
}

function reportOf(findings: Finding[]): Report {
  return { schemaVersion: 1, status: 'fail', checks: [{ check: 'secrets', status: 'fail', durationMs: 1, findings, metrics: {} }] };
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

describe('SARIF for code scanning', () => {
  test('the validator is not vacuous: it rejects absolute URIs, line 0 and missing text', () => {
    const log = JSON.parse(renderSarif(sampleReport(), { toolVersion: '1', manifestFile: 'm.yml' }));
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'https://example.com/a.ts';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    delete log.runs[0].results[2].message.text;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual([
      '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri',
      '/runs/0/results/1/locations/0/physicalLocation/region/startLine',
      '/runs/0/results/2/message',
    ]);
  });

  test('the sample report is uploadable', () => {
    const log = assertUploadable(renderSarif(sampleReport(), { toolVersion: '0.1.0', manifestFile: '.github/release-gate.yml' }));
    expect(log.runs[0].results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'warning', 'warning', 'note', 'note']);
  });

  test('50,000 findings: the 25,000 most severe are kept, the rest counted', () => {
    const log = assertUploadable(renderSarif(bulkReport(50_000), { toolVersion: '0.1.0' }));
    const run = log.runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.properties).toEqual({ omittedResults: 25_000 });
    expect(run.results.filter((r) => r.level === 'note')).toHaveLength(0);
  });

  test('a finding without a file points at the manifest, line 1', () => {
    const sarif = renderSarif(reportOf([{ ruleId: 'few-samples', severity: 'notice', message: 'm', line: 9, column: 3 }]), { toolVersion: '1', manifestFile: './.github/release-gate.yml' });
    const [result] = assertUploadable(sarif).runs[0].results;
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: '.github/release-gate.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } });
  });

  test('without a manifest file such a finding has no location (and code scanning would reject it)', () => {
    const log = JSON.parse(renderSarif(reportOf([{ ruleId: 'few-samples', severity: 'notice', message: 'm' }]), { toolVersion: '1' }));
    expect(log.runs[0].results[0].locations).toBeUndefined();
  });

  test.each<[string, Partial<Finding>, Record<string, number>]>([
    ['all four', { line: 3, column: 2, endLine: 4, endColumn: 7 }, { startLine: 3, startColumn: 2, endLine: 4, endColumn: 7 }],
    ['line only', { line: 3 }, { startLine: 3 }],
    ['no line: line 1', {}, { startLine: 1 }],
    ['zero columns dropped', { line: 3, column: 0, endColumn: 0 }, { startLine: 3 }],
    ['an end line before the start dropped', { line: 5, endLine: 4 }, { startLine: 5 }],
    ['an end column before the start on one line dropped', { line: 5, column: 9, endColumn: 2 }, { startLine: 5, startColumn: 9 }],
  ])('region: %s', (_name, position, region) => {
    const [result] = assertUploadable(renderSarif(reportOf([{ ruleId: 'r', severity: 'error', message: 'm', file: 'src/a.ts', ...position }]), { toolVersion: '1' })).runs[0].results;
    expect(result.locations[0].physicalLocation.region).toEqual(region);
  });

  test.each([
    ['src/a.ts', 'src/a.ts'],
    ['./src/a.ts', 'src/a.ts'],
    ['src\\win\\a.ts', 'src/win/a.ts'],
    ['dir with space/a#1?.ts', 'dir%20with%20space/a%231%3F.ts'],
    ['c:colon.sql', 'c%3Acolon.sql'],
    ['/abs/path.ts', 'abs/path.ts'],
  ])('uri of %j is %j', (file, uri) => {
    expect(relativeUri(file)).toBe(uri);
  });

  test('partialFingerprints: sha256 of rule, file and stable message; repeats stay distinct; lines do not matter', () => {
    const base = { ruleId: 'secret-in-log', severity: 'error' as const, message: 'AWS key', file: 'logs/a.log' };
    const log = assertUploadable(renderSarif(reportOf([{ ...base, line: 1 }, { ...base, line: 9 }]), { toolVersion: '1' }));
    const [first, second] = log.runs[0].results.map((r) => r.partialFingerprints['releaseGate/v2']);
    expect(first).toBe(sha256('secret-in-log\0logs/a.log\0AWS key'));
    expect(second).toBe(sha256('secret-in-log\0logs/a.log\0AWS key\x001'));

    const moved = JSON.parse(renderSarif(reportOf([{ ...base, line: 40 }]), { toolVersion: '1' }));
    expect(moved.runs[0].results[0].partialFingerprints['releaseGate/v2']).toBe(first);
  });

  test.each([
    ['latency-p95-exceeded', '.github/release-gate.yml', 'task list: p95 was 512 ms, over the 500 ms threshold (600 requests; p50 120 ms, p99 700 ms, max 1.2 s)', 'task list: p95 was 1.3 s, over the 500 ms threshold (1,200 requests; p50 90 ms, p99 2 s, max 4 s)'],
    ['tls-expiring', '.github/release-gate.yml', 'the certificate of ops.example.com:8443 expires on 2026-12-12, in 5 days (min-days is 14)', 'the certificate of ops.example.com:40211 expires on 2026-12-12, in 1 day (min-days is 14)'],
    ['smoke-unreachable', '.github/release-gate.yml', 'step "home" (GET /) failed after 1 ms: connection refused by 127.0.0.1:34007', 'step "home" (GET /) failed after 12 ms: connection refused by 127.0.0.1:41999'],
  ])('%s keeps its fingerprint when only measurements change', (ruleId, file, tonight, tomorrow) => {
    const print = (message: string) => JSON.parse(renderSarif(reportOf([{ ruleId, severity: 'error', message, file, line: 3 }]), { toolVersion: '1' })).runs[0].results[0].partialFingerprints['releaseGate/v2'];
    expect(print(tonight)).toBe(print(tomorrow));
  });

  test('a different subject is a different alert: another endpoint, another host', () => {
    const print = (message: string) => JSON.parse(renderSarif(reportOf([{ ruleId: 'latency-p95-exceeded', severity: 'error', message, file: 'm.yml', line: 3 }]), { toolVersion: '1' })).runs[0].results[0].partialFingerprints['releaseGate/v2'];
    expect(print('task list: p95 was 512 ms, over the 500 ms threshold')).not.toBe(print('dashboard: p95 was 512 ms, over the 500 ms threshold'));
    expect(print('the certificate of a.example.com:443 expires')).not.toBe(print('the certificate of b.example.com:443 expires'));
  });

  test('security rules carry the security tag and a security-severity; others carry neither', () => {
    const inCheck = (check: string, findings: Finding[]) => ({ check, status: 'fail' as const, durationMs: 1, findings, metrics: {} });
    const log = JSON.parse(renderSarif({ schemaVersion: 1, status: 'fail', checks: [
      inCheck('secrets', [{ ruleId: 'stripe-secret-key', severity: 'error', message: 'Stripe live secret key', file: 'src/a.ts', line: 1 }]),
      inCheck('domain', [
        { ruleId: 'tls-expiring', severity: 'error', message: 'expires', file: 'm.yml', line: 2 },
        { ruleId: 'dmarc-weak-policy', severity: 'warning', message: 'p=none', file: 'm.yml', line: 3 },
        { ruleId: 'tls-unreachable', severity: 'error', message: 'no answer', file: 'm.yml', line: 4 },
      ]),
      inCheck('migrations', [{ ruleId: 'index-not-concurrent', severity: 'error', message: 'locks', file: 'db/1.sql', line: 1 }]),
    ] }, { toolVersion: '1' }));
    const props = Object.fromEntries(log.runs[0].tool.driver.rules.map((r: { id: string; properties: unknown }) => [r.id, r.properties]));
    expect(props['stripe-secret-key']).toEqual({ tags: ['release-gate', 'secrets', 'security'], 'security-severity': '9.1' });
    expect(props['tls-expiring']).toEqual({ tags: ['release-gate', 'domain', 'security'], 'security-severity': '7.5' });
    expect(props['dmarc-weak-policy']).toEqual({ tags: ['release-gate', 'domain', 'security'], 'security-severity': expect.stringMatching(/^\d+\.\d$/) });
    expect(props['index-not-concurrent']).toEqual({ tags: ['release-gate', 'migrations'] });
    expect(props['tls-unreachable']).toEqual({ tags: ['release-gate', 'domain'] });
  });

  test('a rule the registry does not know still gets the descriptor code scanning requires', () => {
    const log = assertUploadable(renderSarif(reportOf([{ ruleId: 'not-registered', severity: 'warning', message: 'm', file: 'a', hint: 'do x' }]), { toolVersion: '1' }));
    expect(log.runs[0].tool.driver.rules[0]).toMatchObject({
      id: 'not-registered',
      shortDescription: { text: 'release-gate rule not-registered.' },
      help: { text: 'do x' },
      helpUri: 'https://github.com/release-gate/release-gate/blob/main/docs/rules/not-registered.md',
      defaultConfiguration: { level: 'warning' },
    });
  });

  test('a registered rule carries its metadata; a hint equal to the help is not repeated in the message', () => {
    const log = assertUploadable(renderSarif(sampleReport(), { toolVersion: '1' , manifestFile: 'm.yml' }));
    const rule = log.runs[0].tool.driver.rules.find((r) => r.id === 'index-not-concurrent')!;
    expect(rule.shortDescription.text).toBe('CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds.');
    expect(rule.defaultConfiguration.level).toBe('error');
    const result = log.runs[0].results.find((r) => r.ruleId === 'index-not-concurrent')!;
    expect(result.message.text).not.toContain('Use CREATE INDEX CONCURRENTLY');
  });
});
