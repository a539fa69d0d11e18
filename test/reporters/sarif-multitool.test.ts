import { afterAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { renderSarif } from '../../src/reporters/sarif.js';
import { bulkReport, sampleReport } from './sample-report.js';

// Microsoft's SARIF validator (the SARIF SDK's Multitool, with GitHub's own rule set "Gh") judges what
// we upload to code scanning. It ships as a native binary in an npm package; npm may install it
// without its run bit, so the test sets it.

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const MULTITOOL = join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
chmodSync(MULTITOOL, 0o755);

const scratch = mkdtempSync(join(tmpdir(), 'rg-sarif-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Verdict {
  ruleId: string;
  level: string;
  message: string;
}

/** The validator's error-level verdicts on a SARIF document (warnings and notes are advice). */
async function validate(name: string, sarif: string): Promise<Verdict[]> {
  const input = join(scratch, `${name}.sarif`);
  const output = join(scratch, `${name}.validation.sarif`);
  writeFileSync(input, sarif);
  await run(MULTITOOL, ['validate', input, '-o', output, '--rule-kind', 'Sarif;Gh', '--quiet'], { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[] };
  return (log.runs[0]?.results ?? [])
    .filter((r) => (r.level ?? 'warning') === 'error')
    .map((r) => ({ ruleId: r.ruleId, level: r.level!, message: r.message.text ?? `${r.message.id} ${(r.message.arguments ?? []).join(' ')}` }));
}

describe("Microsoft's SARIF validator, with GitHub's rules", () => {
  test('finds the problems it is meant to find (a startLine of 0, an absolute uri)', async () => {
    const bad = JSON.parse(renderSarif(sampleReport(), { toolVersion: '1.0.0', manifestFile: '.github/release-gate.yml' }));
    bad.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    bad.runs[0].results[1].locations[0].physicalLocation.artifactLocation = { uri: 'file:///home/runner/work/a.sql' };
    const verdicts = await validate('broken', JSON.stringify(bad));
    expect(verdicts.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  test('the sample report and a 1,000-finding report pass', async () => {
    expect(await validate('sample', renderSarif(sampleReport(), { toolVersion: '1.0.0', manifestFile: '.github/release-gate.yml' }))).toEqual([]);
    expect(await validate('bulk', renderSarif(bulkReport(1000), { toolVersion: '1.0.0', manifestFile: '.github/release-gate.yml' }))).toEqual([]);
  }, 60_000);

  test('`demo --format sarif` from the committed bundle prints one SARIF document alone on stdout, and it passes', async () => {
    const cli = resolve('dist/cli/index.js');
    const { stdout } = await run(process.execPath, [cli, 'demo', '--format', 'sarif'], { cwd: scratch, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } })
      .catch((error: { stdout: string; code: number }) => ({ stdout: error.stdout }));
    const log = JSON.parse(stdout) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string>; locations?: unknown[] }[]; tool: { driver: { rules: { id: string; properties: { tags: string[] } }[] } } }[] };
    expect(log.runs[0]!.results.length).toBeGreaterThan(5);
    expect(log.runs[0]!.tool.driver.rules.some((r) => r.properties.tags.includes('security'))).toBe(true);
    expect(await validate('demo', stdout)).toEqual([]);
  }, 120_000);
});
