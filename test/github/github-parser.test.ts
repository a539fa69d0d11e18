import { afterAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { globSync } from 'tinyglobby';
import { workflowSnippets } from '../support/workflow-snippets.js';

// Every action.yml and workflow is read by GitHub's own template parser (@actions/workflow-parser),
// in a child process: the runner refuses an action whose description holds `${{ github.token }}`,
// which YAML schemas and regular expressions accept.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PARSER = join(ROOT, 'test/support/github-parser');
const run = promisify(execFile);

interface Parsed {
  file: string;
  errors: string[];
}

async function parseWithGitHub(files: string[], cwd = ROOT): Promise<Parsed[]> {
  const { stdout } = await run(process.execPath, ['--import', join(PARSER, 'register.mjs'), join(PARSER, 'parse-github-files.mjs'), ...files], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return JSON.parse(stdout) as Parsed[];
}

const ACTIONS = globSync(['action.yml', 'actions/*/action.yml'], { cwd: ROOT }).sort();
const WORKFLOWS = globSync(['.github/workflows/**/*.{yml,yaml}', 'docs/examples/**/*.{yml,yaml}'], { cwd: ROOT, dot: true }).sort();


const scratch = mkdtempSync(join(tmpdir(), 'rg-github-parser-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("GitHub's own parser", () => {
  test('finds the root action, one action per check, the project workflows and the examples', () => {
    expect(ACTIONS).toEqual(expect.arrayContaining(['action.yml', 'actions/env/action.yml', 'actions/smoke/action.yml']));
    expect(WORKFLOWS).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', 'docs/examples/pull-request.yml']));
  });

  test('reads every action.yml without an error', async () => {
    const parsed = await parseWithGitHub(ACTIONS);
    expect(parsed.map((p) => p.file)).toEqual(ACTIONS);
    expect(parsed.filter((p) => p.errors.length > 0)).toEqual([]);
  });

  test('reads every workflow without an error', async () => {
    const parsed = await parseWithGitHub(WORKFLOWS);
    expect(parsed.map((p) => p.file)).toEqual(WORKFLOWS);
    expect(parsed.filter((p) => p.errors.length > 0)).toEqual([]);
  });

  test('reads every workflow snippet in the README and docs without an error', async () => {
    const snippets = workflowSnippets(ROOT);
    expect(snippets.length).toBeGreaterThanOrEqual(3);
    const files = snippets.map((s, i) => {
      const file = join(scratch, `snippet-${i}.yml`);
      writeFileSync(file, s.content);
      return file;
    });
    const parsed = await parseWithGitHub(files);
    const failing = parsed.flatMap((p, i) => (p.errors.length ? [{ snippet: snippets[i]!.source, errors: p.errors }] : []));
    expect(failing).toEqual([]);
  });

  test('refuses an expression in an input description, as the runner does, and accepts one in a default', async () => {
    const dir = join(scratch, 'bad-action');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'action.yml'), [
      'name: bad',
      'description: an action',
      'inputs:',
      '  token:',
      '    description: "defaults to ${{ github.token }}"',
      '    default: ${{ github.token }}',
      'runs:',
      '  using: node24',
      '  main: main.js',
      '',
    ].join('\n'));
    const [parsed] = await parseWithGitHub(['action.yml'], dir);
    expect(parsed!.errors).toEqual(["action.yml (Line: 5, Col: 18): Unrecognized named-value: 'github'"]);
  });

  test('reports a workflow error, so a broken example cannot pass', async () => {
    const file = join(scratch, 'broken.yml');
    // `secret.` for `secrets.`: a typo the runner rejects when the job starts.
    writeFileSync(file, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      TOKEN: ${{ secret.TOKEN }}\n    steps:\n      - run: echo\n');
    const [parsed] = await parseWithGitHub([file]);
    expect(parsed!.errors).toEqual([`${file} (Line: 6, Col: 14): Unrecognized named-value: 'secret'`]);
  });
});
