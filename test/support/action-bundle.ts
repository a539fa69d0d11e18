import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The committed actions, copied out of the repository (no node_modules) and run exactly as the runner
 * runs a node24 action: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow
 * commands on stdout.
 */
export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionSandbox {
  root: string;
  workspace: string;
  run(action: string, inputs: Record<string, string>, env?: Record<string, string>): Promise<BundleRun>;
}

export function actionSandbox(): ActionSandbox {
  const repo = resolve('.');
  const root = mkdtempSync(join(tmpdir(), 'rg-bundle-'));
  const actionDir = join(root, 'action');
  const workspace = join(root, 'workspace');
  for (const path of ['action.yml', 'actions', 'dist', 'package.json']) cpSync(join(repo, path), join(actionDir, path), { recursive: true });
  mkdirSync(join(workspace, '.github'), { recursive: true });
  return {
    root,
    workspace,
    async run(action, inputs, extraEnv = {}) {
      const files = mkdtempSync(join(root, 'files-'));
      const outputFile = join(files, 'output');
      const summaryFile = join(files, 'summary');
      writeFileSync(outputFile, '');
      writeFileSync(summaryFile, '');
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root,
        GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace, RUNNER_TEMP: join(files, 'tmp'),
        GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REPOSITORY: 'acme/ops',
        ...extraEnv,
      };
      for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
      const child = spawn(process.execPath, [join(actionDir, 'actions', action, 'main.js')], { cwd: workspace, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      const code = await new Promise<number | null>((r) => child.on('close', r));
      return { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
    },
  };
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}
