import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.js';
import { ALPHABETS, checksummedToken, randomString, seeded } from './synthesize.js';

/** The secrets check through the CLI: --stdin, --write-baseline then --baseline, and nothing secret on stdout or stderr. */

const random = seeded(777);
const dir = mkdtempSync(join(tmpdir(), 'rg-secrets-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], stdin?: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, env: { NO_COLOR: '1' }, cwd: dir, isTTY: false,
    stdin: stdin ? async function* () { for (const c of stdin) yield c; } : undefined,
  });
  return { code, out, err };
}

describe('secrets through the CLI', () => {
  const bearer = randomString(40, ALPHABETS.base62!, random);
  const token = checksummedToken('ghp', random);
  writeFileSync(join(dir, 'release-gate.yml'), 'version: 1\nsecrets: {}\n');

  test('--stdin scans a piped log; the output shows a masked form only', async () => {
    const r = await cli(['secrets', '--manifest', 'release-gate.yml', '--stdin', '--format', 'json'], ['deploy ok\n', `Authorization: Bearer ${bearer}\n`]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report.checks[0].findings).toEqual([expect.objectContaining({ ruleId: 'log-bearer-token', file: '<stdin>', line: 2, column: 23 })]);
    expect(r.out + r.err).not.toContain(bearer);
  });

  test('--write-baseline writes exactly the path given (folders created, no copy elsewhere); --baseline then accepts them', async () => {
    writeFileSync(join(dir, 'app.ts'), `const token = "${token}";\n`);
    const written = await cli(['secrets', '--manifest', 'release-gate.yml', '--write-baseline', 'out/secrets-baseline.json']);
    expect(written.code).toBe(0);
    expect(existsSync(join(dir, '.release-gate'))).toBe(false);
    expect(readdirSync(join(dir, 'out'))).toEqual(['secrets-baseline.json']);
    const baseline = readFileSync(join(dir, 'out', 'secrets-baseline.json'), 'utf8');
    expect(JSON.parse(baseline).entries).toEqual([expect.objectContaining({ ruleId: 'github-pat', file: 'app.ts', line: 1 })]);
    expect(baseline + written.out + written.err).not.toContain(token);

    const failing = await cli(['secrets', '--manifest', 'release-gate.yml']);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('github-pat');
    expect(failing.out).not.toContain(token);

    const accepted = await cli(['secrets', '--manifest', 'release-gate.yml', '--baseline', 'out/secrets-baseline.json']);
    expect(accepted.code).toBe(0);
  });
});
