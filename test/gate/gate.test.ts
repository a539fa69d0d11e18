import { describe, expect, test } from '@jest/globals';
import { defineCheck, type CheckContext, type CheckDefinition } from '../../src/checks/check.js';
import { runGate } from '../../src/gate.js';
import { createGit } from '../../src/git/git.js';
import { parseManifest } from '../../src/manifest/load.js';
import { Masker } from '../../src/mask.js';
import type { RuleMeta } from '../../src/rules/registry.js';

const RULE_A: RuleMeta = { id: 'fake-a', check: 'env', severity: 'error', description: 'a', help: 'fix a' };
const RULE_B: RuleMeta = { id: 'fake-b', check: 'env', severity: 'warning', description: 'b', help: 'fix b' };

function context(manifest: string, masker = new Masker()): CheckContext {
  return {
    cwd: process.cwd(), env: {}, manifest: parseManifest(manifest, 'm.yml'), git: createGit(process.cwd()),
    masker, now: () => new Date(0), signal: new AbortController().signal, input: () => undefined,
  };
}

const fake = (run: CheckDefinition['run'], name = 'env', section: 'env' | 'secrets' = 'env') =>
  defineCheck({ name, section, description: 'fake', rules: [RULE_A, RULE_B], run }) as CheckDefinition;

const both = fake(async () => ({
  findings: [
    { ruleId: 'fake-b', severity: 'warning', message: 'warned', file: 'b.txt', line: 2 },
    { ruleId: 'fake-a', severity: 'error', message: 'failed', file: 'a.txt', line: 9 },
  ],
  metrics: { scanned: 2 },
}));

describe('runGate', () => {
  test('runs the configured checks, sorts findings most severe first, and fails on an error', async () => {
    const { report } = await runGate(context('version: 1\nenv: {}\n'), { available: [both] });
    expect(report.status).toBe('fail');
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]).toMatchObject({ check: 'env', status: 'fail', metrics: { scanned: 2 } });
    expect(report.checks[0]!.findings.map((f) => f.ruleId)).toEqual(['fake-a', 'fake-b']);
  });

  test('a check whose section is absent is not run unless asked for, and then it is skipped', async () => {
    const unasked = await runGate(context('version: 1\n'), { available: [both] });
    expect(unasked.report).toEqual({ schemaVersion: 1, status: 'pass', checks: [] });
    const asked = await runGate(context('version: 1\n'), { available: [both], checks: ['env'] });
    expect(asked.report.checks[0]).toMatchObject({ check: 'env', status: 'skipped', findings: [] });
    expect(asked.report.status).toBe('pass');
  });

  test('rules overrides change severities and turn rules off', async () => {
    const { report } = await runGate(context('version: 1\nenv:\n  rules: { fake-a: warning, fake-b: off }\n'), { available: [both] });
    expect(report.checks[0]!.findings).toEqual([
      { ruleId: 'fake-a', severity: 'warning', message: 'failed', file: 'a.txt', line: 9 },
    ]);
    expect(report.status).toBe('pass');
  });

  test('an override naming a rule the check does not have is a warning on its line', async () => {
    const { report } = await runGate(context('version: 1\nenv:\n  rules:\n    fake-c: off\n'), { available: [both] });
    expect(report.checks[0]!.findings).toContainEqual(expect.objectContaining({
      ruleId: 'unknown-rule-override', severity: 'warning', file: 'm.yml', line: 4, column: 5,
    }));
  });

  test('--fail-on warning fails the gate on a warning', async () => {
    const warnOnly = fake(async () => ({ findings: [{ ruleId: 'fake-b', severity: 'warning', message: 'w' }] }));
    expect((await runGate(context('version: 1\nenv: {}\n'), { available: [warnOnly] })).report.status).toBe('pass');
    expect((await runGate(context('version: 1\nenv: {}\n'), { available: [warnOnly], failOn: 'warning' })).report.status).toBe('fail');
  });

  test('a check that throws is an error result on its manifest line, and the next check still runs', async () => {
    const crashing = fake(async () => { throw new Error('cannot read deploy/production.env'); });
    const fine = fake(async () => ({ findings: [] }), 'secrets', 'secrets');
    const { report } = await runGate(context('version: 1\nenv: {}\nsecrets: {}\n'), { available: [crashing, fine] });
    expect(report.checks.map((c) => [c.check, c.status])).toEqual([['env', 'error'], ['secrets', 'pass']]);
    expect(report.checks[0]!.findings).toEqual([expect.objectContaining({
      ruleId: 'check-crashed', severity: 'error', file: 'm.yml', line: 2, column: 6,
      message: 'the env check stopped: cannot read deploy/production.env',
    })]);
    expect(report.status).toBe('fail');
  });

  test('no secret a check registered reaches the report, even in a crash message', async () => {
    const masker = new Masker();
    const leaky = fake(async (ctx) => {
      ctx.masker.add('hunter2-very-secret');
      throw new Error('login failed with password hunter2-very-secret');
    });
    const { report } = await runGate(context('version: 1\nenv: {}\n', masker), { available: [leaky] });
    expect(JSON.stringify(report)).not.toContain('hunter2-very-secret');
    expect(report.checks[0]!.findings[0]!.message).toBe('the env check stopped: login failed with password ***');
  });

  test('artifacts from checks are collected and masked', async () => {
    const withArtifact = fake(async (ctx) => {
      ctx.masker.add('s3cr3t-value');
      return { findings: [], artifacts: { 'fingerprints.json': '{"leak":"s3cr3t-value"}' } };
    });
    const { artifacts } = await runGate(context('version: 1\nenv: {}\n'), { available: [withArtifact] });
    expect(artifacts).toEqual({ 'fingerprints.json': '{"leak":"***"}' });
  });
});
