import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CHECKS } from '../../src/checks/index.js';
import { DEMO_DIR, runDemo, type PlantedProblem } from '../../src/demo/run-demo.js';

const planted = JSON.parse(readFileSync(`${DEMO_DIR}/planted.json`, 'utf8')) as PlantedProblem[];

describe('npm run demo', () => {
  test('every check runs against the demo app and finds exactly the planted problems', async () => {
    const result = await runDemo();
    // watch and monitor run only when named (they take minutes); the demo runs every other check.
    expect(result.report.checks.map((c) => c.check)).toEqual(CHECKS.filter((c) => !c.explicit).map((c) => c.name));
    expect(result.missed).toEqual([]);
    expect(result.caught).toHaveLength(planted.filter((p) => CHECKS.some((c) => c.name === p.check)).length);
    // Nothing but the planted problems fails the gate: no false alarm on the demo's healthy parts.
    const errors = result.report.checks.flatMap((c) => c.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.file}:${f.line}`));
    const plantedErrors = planted.map((p) => `${p.ruleId} ${p.file}:${p.line}`);
    expect(errors.filter((e) => !plantedErrors.includes(e))).toEqual([]);
    expect(result.report.status).toBe('fail');
    // A check with nothing planted (smoke: the demo app is healthy) must pass outright.
    for (const check of result.report.checks) {
      if (!planted.some((p) => p.check === check.check)) expect([check.check, check.status]).toEqual([check.check, 'pass']);
    }
  });

  test('every planted problem belongs to a check this version has', () => {
    for (const p of planted) expect(CHECKS.map((c) => c.name)).toContain(p.check);
  });
});
