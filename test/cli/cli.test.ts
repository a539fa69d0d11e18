import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCheck, type CheckDefinition } from '../../src/checks/check.js';
import { helpText, runCli, type CliIO } from '../../src/cli/main.js';
import { CHECKS } from '../../src/checks/index.js';
import type { RuleMeta } from '../../src/rules/registry.js';

const RULE: RuleMeta = { id: 'fake-rule', check: 'env', severity: 'error', description: 'fake', help: 'fix it' };

/** A check that reports one finding per line of `env.scan` marked BAD, and echoes its secret input. */
const fakeEnv = defineCheck({
  name: 'env', section: 'env', description: 'a fake env check', rules: [RULE],
  inputs: [{ name: 'secrets', description: 'JSON of secrets', secret: true }],
  async run(ctx, section) {
    const findings = (section.scan ?? []).filter((s: string) => s.startsWith('BAD')).map((s: string, i: number) => ({
      ruleId: 'fake-rule', severity: s === 'BAD-warning' ? 'warning' as const : 'error' as const,
      message: `bad ${s} with ${ctx.input('secrets') ?? 'no input'}`, file: 'a.txt', line: i + 1,
    }));
    return { findings, artifacts: ctx.input('secrets') ? { 'fp.json': '{"n":1}\n' } : undefined };
  },
}) as CheckDefinition;

/** A check with a CLI-only switch that reads standard input. */
const fakeLogs = defineCheck({
  name: 'secrets', section: 'secrets', description: 'a fake log reader', rules: [RULE],
  inputs: [{ name: 'stdin', description: 'read a log from standard input', flag: true, cliOnly: true }],
  async run(ctx) {
    let text = '';
    if (ctx.input('stdin') === 'true' && ctx.stdin) for await (const chunk of ctx.stdin()) text += chunk.toString();
    return { findings: [{ ruleId: 'fake-rule', severity: 'error' as const, message: `read ${text.split('\n').filter(Boolean).length} lines` }] };
  },
}) as CheckDefinition;

function io(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, cwd, isTTY: false };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const cli = (argv: string[], cwd: string, env?: Record<string, string>) => {
  const x = io(cwd, env);
  return runCli(argv, x.io, {}, [fakeEnv]).then((code) => ({ code, out: x.out(), err: x.err() }));
};

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-cli-'));
  beforeAll(() => {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/release-gate.yml'), 'version: 1\nenv:\n  scan: [ok]\n');
    writeFileSync(join(dir, 'failing.yml'), 'version: 1\nenv:\n  scan: [BAD]\n');
    writeFileSync(join(dir, 'warning.yml'), 'version: 1\nenv:\n  scan: [BAD-warning]\n');
    writeFileSync(join(dir, 'broken.yml'), 'version: 1\nenv:\n  scan: 3\n');
  });

  test('exit 0 when the gate passes, with the default manifest', async () => {
    const r = await cli([], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pass/i);
  });

  test('exit 1 when the gate fails', async () => {
    expect((await cli(['--manifest', 'failing.yml'], dir)).code).toBe(1);
  });

  test('--fail-on warning turns a warning into a failure', async () => {
    expect((await cli(['-m', 'warning.yml'], dir)).code).toBe(0);
    expect((await cli(['-m', 'warning.yml', '--fail-on', 'warning'], dir)).code).toBe(1);
  });

  test('exit 2 with file:line:column for a broken manifest', async () => {
    const r = await cli(['-m', 'broken.yml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe('broken.yml:3:9: env.scan must be a list of globs, got a number\n');
  });

  test('exit 2 for a missing manifest, an unknown check, format or option', async () => {
    expect((await cli(['-m', 'nope.yml'], dir)).err).toMatch(/^nope\.yml: not found/);
    const unknown = await cli(['evn'], dir);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('unknown check "evn"; did you mean "env"?');
    expect(await cli(['--format', 'yaml'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('--format must be one of text, json, sarif, junit, markdown, got "yaml"') });
    expect(await cli(['--fail-on', 'notice'], dir)).toMatchObject({ code: 2 });
    expect(await cli(['--frobnicate'], dir)).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--frobnicate'") });
  });

  test('--help lists the checks and their own options; --version prints the version', async () => {
    const help = await cli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.out).toContain('env           a fake env check');
    expect(help.out).toContain('--secrets VALUE');
    expect(help.out).toContain('Exit codes: 0 the gate passed; 1 the gate failed; 2 usage or manifest error.');
    const version = await cli(['--version'], dir);
    expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('--format json --output writes the report there and prints only the one-line summary', async () => {
    const r = await cli(['-m', 'failing.yml', '--format', 'json', '--output', 'out/report.json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'out/report.json'), 'utf8'));
    expect(report).toMatchObject({ schemaVersion: 1, status: 'fail', checks: [{ check: 'env', status: 'fail' }] });
    expect(report.checks[0].findings[0]).toMatchObject({ ruleId: 'fake-rule', severity: 'error', file: 'a.txt', line: 1 });
    expect(r.out).toBe('✖ release-gate: fail  1 error, 0 warnings, 0 notices in 1 check  (report: out/report.json)\n');
  });

  test.each(['sarif', 'junit', 'markdown', 'text'])('--format %s renders', async (format) => {
    const r = await cli(['-m', 'failing.yml', '--format', format], dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain('fake-rule');
  });

  test('a switch input takes no value, and --stdin hands standard input to the check', async () => {
    writeFileSync(join(dir, 'logs.yml'), 'version: 1\nsecrets: {}\n');
    const x = io(dir);
    x.io.stdin = async function* () { yield 'line one\n'; yield Buffer.from('line two\n'); };
    const code = await runCli(['secrets', '-m', 'logs.yml', '--stdin', '--format', 'json'], x.io, {}, [fakeEnv, fakeLogs]);
    expect(code).toBe(1);
    expect(JSON.parse(x.out()).checks[0].findings[0].message).toBe('read 2 lines');
    const help = io(dir);
    await runCli(['--help'], help.io, {}, [fakeLogs]);
    expect(help.out()).toMatch(/\n {6}--stdin {2}read a log from standard input \(secrets\)\n/);
  });

  test('a secret input never reaches any format, and artifacts land in --artifacts-dir', async () => {
    for (const format of ['text', 'json', 'sarif', 'junit', 'markdown']) {
      const r = await cli(['-m', 'failing.yml', '--format', format, '--secrets', 'sup3r-s3cret-value', '--artifacts-dir', 'arts'], dir);
      expect(r.out).not.toContain('sup3r-s3cret-value');
      expect(r.out).toMatch(/\\?\*\\?\*\\?\*/);
    }
    expect(existsSync(join(dir, 'arts/fp.json'))).toBe(true);
  });
});

describe('--help keeps its columns', () => {
  test.each([80, 120])('at %i columns, every option is two spaces from its description, descriptions wrap under their column, no table row is wider', (width) => {
    const help = helpText(CHECKS, { init: { description: 'write a starting manifest' } }, width);
    for (const heading of ['Checks:', 'Commands:', 'Options:', 'Check options:']) {
      const rows = help.split('\n\n').find((block) => block.startsWith(heading))!.split('\n').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      // A row starts a label ("  --flag VALUE  text") or continues the description above it ("     text").
      const starts = rows.map((row) => /^( {2}\S.*?\S| {6}--\S+(?: [A-Z]+)?)( {2,})\S/.exec(row)).map((m) => (m ? m[1]!.length + m[2]!.length : -1));
      const column = starts.find((c) => c > 0)!;
      for (const [i, row] of rows.entries()) {
        expect(row.length).toBeLessThanOrEqual(width);
        if (starts[i]! > 0) expect(starts[i]).toBe(column);
        else expect(/^ +/.exec(row)![0].length).toBe(column);
      }
    }
    expect(help).toContain('--fingerprint-key VALUE  A secret key');
    expect(help).toContain('--artifacts-dir DIR  where checks leave files');
    // Checks and commands share one name column.
    expect(help).toContain('\n  env           Every environment');
    expect(help).toContain('\n  init          write a starting manifest');
  });
});
