import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import { NOW } from './helpers.js';

/** The demo workspace: every planted secret is caught where demo/planted.json says, and nothing else. */

const workspace = join(process.cwd(), 'demo/workspace');

describe('demo workspace', () => {
  test('the secrets check finds exactly the planted secrets', async () => {
    const planted = (JSON.parse(readFileSync(join(workspace, '../planted.json'), 'utf8')) as { check: string; ruleId: string; file: string; line: number }[])
      .filter((p) => p.check === 'secrets');
    // The secrets section of the demo manifest alone: the other sections need the demo's servers.
    const text = readFileSync(join(workspace, '.github/release-gate.yml'), 'utf8');
    const section = text.slice(text.indexOf('\nsecrets:') + 1).split(/\n(?=\S)/)[0]!;
    const manifest = parseManifest(`version: 1\n${section}`, '.github/release-gate.yml');
    const ctx = {
      cwd: workspace, env: {}, manifest, git: createGit(workspace), masker: new Masker(), now: () => NOW,
      signal: new AbortController().signal, input: () => undefined,
    };
    const { findings } = await secretsCheck.run(ctx, manifest.data.secrets!);
    const found = findings.map((f) => ({ ruleId: f.ruleId, file: f.file, line: f.line })).sort((a, b) => a.file!.localeCompare(b.file!) || a.line! - b.line!);
    expect(found).toEqual(planted.map(({ ruleId, file, line }) => ({ ruleId, file, line })));
    // The env check's DATABASE_URL values (localhost, a default password) are not secrets findings.
    expect(findings.some((f) => f.file?.startsWith('deploy/'))).toBe(false);
  });
});
