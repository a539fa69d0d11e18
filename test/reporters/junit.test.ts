import { describe, expect, test } from '@jest/globals';
import { renderJunit, xmlSafe } from '../../src/reporters/junit.js';
import type { CheckResult, Report } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

function reportOf(...checks: CheckResult[]): Report {
  return { schemaVersion: 1, status: 'fail', checks };
}

/** The attributes of the first element with this tag, as written. */
function attributes(xml: string, tag: string, nth = 0): Record<string, string> {
  const element = [...xml.matchAll(new RegExp(`<${tag}( [^>]*)?/?>`, 'g'))][nth][1] ?? '';
  return Object.fromEntries([...element.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

describe('JUnit XML', () => {
  test('suite totals of the sample: errors fail, warnings pass, the crashed check is an error, env is skipped', () => {
    const xml = renderJunit(sampleReport());
    expect(attributes(xml, 'testsuites')).toEqual({ name: 'release-gate', tests: '9', failures: '2', errors: '1', skipped: '1', time: '30.564' });
    expect(attributes(xml, 'testsuite', 0)).toEqual({ name: 'migrations', tests: '4', failures: '2', errors: '0', skipped: '0', time: '0.042' });
    expect(attributes(xml, 'testsuite', 4)).toEqual({ name: 'smoke', tests: '1', failures: '0', errors: '1', skipped: '0', time: '0.003' });
  });

  test('with failOn warning, warnings are failures too', () => {
    const xml = renderJunit(sampleReport(), { failOn: 'warning' });
    expect(attributes(xml, 'testsuite', 1)).toMatchObject({ name: 'latency', tests: '2', failures: '1' });
    expect(xml).toContain('<failure message="task list: p95 was 512 ms, over the 500 ms budget" type="p95-over-budget">');
  });

  test('a check that errored without findings still reports one error', () => {
    const xml = renderJunit(reportOf({ check: 'smoke', status: 'error', durationMs: 1500, findings: [], metrics: {} }));
    expect(attributes(xml, 'testsuite')).toMatchObject({ tests: '1', errors: '1', time: '1.500' });
    expect(xml).toContain('<testcase classname="smoke" name="could not finish">');
  });

  test('characters XML 1.0 forbids are stripped; others are escaped', () => {
    const message = 'nul\u0000 esc\u001b ff\u000c lone\ud800 pair\ud83d\udd11 fffe\ufffe "q" \'a\' <&> tab\there';
    const xml = renderJunit(reportOf({
      check: 'secrets', status: 'fail', durationMs: 0, metrics: {},
      findings: [{ ruleId: 'secret-in-log', severity: 'error', message, file: 'logs/a&b.log', line: 1 }],
    }));
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).toContain('name="secret-in-log logs/a&amp;b.log:1"');
    expect(xml).toContain('message="nul esc ff lone pair🔑 fffe &quot;q&quot; &apos;a&apos; &lt;&amp;&gt; tab&#9;here"');
    expect(xml).toContain('>nul esc ff lone pair🔑 fffe "q" \'a\' &lt;&amp;&gt; tab\there\nAt: logs/a&amp;b.log:1</failure>');
  });

  test.each([
    ['a\u0000b', 'ab'],
    ['\ud83d\udd11', '\ud83d\udd11'],
    ['x\udc00y\ud800', 'xy'],
    ['\t\n\r kept', '\t\n\r kept'],
  ])('xmlSafe(%j)', (input, expected) => {
    expect(xmlSafe(input)).toBe(expected);
  });
});
