import { describe, expect, test } from '@jest/globals';
import { renderJson } from '../../src/reporters/json.js';
import { actionOutputs } from '../../src/reporters/outputs.js';
import type { Report } from '../../src/types.js';
import { sampleReport } from './sample-report.js';

describe('JSON report', () => {
  test('keys come out in contract order whatever order they were built in; undefined fields are left out', () => {
    const report = {
      checks: [{
        metrics: {}, findings: [{ hint: 'h', line: 3, file: 'a.sql', message: 'm', severity: 'error', ruleId: 'r', column: undefined }],
        durationMs: 2, status: 'fail', check: 'migrations',
      }],
      status: 'fail', schemaVersion: 1,
    } as unknown as Report;
    const json = renderJson(report);
    expect(json).toBe(`{
  "schemaVersion": 1,
  "status": "fail",
  "checks": [
    {
      "check": "migrations",
      "status": "fail",
      "durationMs": 2,
      "findings": [
        {
          "ruleId": "r",
          "severity": "error",
          "message": "m",
          "file": "a.sql",
          "line": 3,
          "hint": "h"
        }
      ],
      "metrics": {}
    }
  ]
}
`);
  });

  test('round-trips the sample report', () => {
    expect(JSON.parse(renderJson(sampleReport()))).toEqual(sampleReport());
  });
});

describe('action outputs', () => {
  test('status, total findings as a string, and the report path', () => {
    expect(actionOutputs(sampleReport(), 'out/report.json')).toEqual({ status: 'fail', findings: '7', report: 'out/report.json' });
  });
});
