import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { secretsCheck } from '../../../src/checks/secrets/index.js';
import { createGit } from '../../../src/git/git.js';
import { parseManifest } from '../../../src/manifest/load.js';
import { Masker } from '../../../src/mask.js';
import type { Finding } from '../../../src/types.js';
import { NOW } from './helpers.js';

/** Temporary repositories for whole-check tests; removeWorkspaces() deletes them. */
const dirs: string[] = [];

export function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rg-secrets-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function removeWorkspaces(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs the secrets check on a directory with a manifest, as the gate does (minus rule overrides). */
export async function runSecretsCheck(cwd: string, manifest: string) {
  const masker = new Masker();
  const parsed = parseManifest(manifest, '.github/release-gate.yml');
  const ctx = {
    cwd, env: {}, manifest: parsed, base: undefined, git: createGit(cwd), masker, now: () => NOW,
    signal: new AbortController().signal, input: () => undefined, stdin: undefined,
  };
  return { ...(await secretsCheck.run(ctx, parsed.data.secrets!)), masker };
}

export const where = (findings: Finding[]) => findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.line }));
