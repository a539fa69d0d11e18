import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { globSync } from 'tinyglobby';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../fixtures/action-metadata.schema.json' with { type: 'json' };

// actionlint reads action.yml as a workflow, so action metadata is checked here: against a JSON
// Schema written from GitHub's metadata syntax, then against release-gate's own action contract.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const validate = new Ajv.default({ allErrors: true, allowUnionTypes: true }).compile(schema);

interface Problem {
  line: number;
  message: string;
}

/** The line of the key an ajv instancePath (plus an offending key below it) names, else of the value. */
function lineOf(doc: Document, lines: LineCounter, instancePath: string, key?: string): number {
  const path: (string | number)[] = instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (key !== undefined) path.push(key);
  if (path.length === 0) return 1;
  const parent = doc.getIn(path.slice(0, -1), true);
  const last = path[path.length - 1];
  const node = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key
    : doc.getIn(path, true);
  const offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? 0;
  return lines.linePos(offset).line;
}

/** Problems with an action.yml as GitHub reads it: YAML syntax, then the metadata schema. */
function schemaProblems(source: string): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({ line: lines.linePos(e.pos[0]).line, message: e.message }));
  }
  if (validate(doc.toJS())) return [];
  return (validate.errors ?? [])
    // `if` and `propertyNames` only summarise the errors of their subschemas, which say more.
    .filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames')
    .map((e) => {
      const params = e.params as { additionalProperty?: string; allowedValues?: unknown[] };
      const key = params.additionalProperty ?? e.propertyName;
      const subject = e.propertyName !== undefined ? `${e.instancePath || '/'} key ${e.propertyName}` : e.instancePath || '/';
      const detail = params.additionalProperty !== undefined ? ` (${key})` : params.allowedValues ? ` (${params.allowedValues.join(', ')})` : '';
      return { line: lineOf(doc, lines, e.instancePath, key), message: `${subject} ${e.message}${detail}` };
    });
}

interface ActionMetadata {
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const COMMON_INPUTS = ['manifest', 'environment', 'base', 'fail-on', 'token', 'comment'];
const OUTPUTS = ['status', 'findings', 'report'];
const SHARED_BUNDLE = 'dist/bundle/index.js';
// An ES-module import or a CommonJS require() (the generated stubs are CommonJS, actions/package.json).
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Where an action.yml breaks release-gate's contract for its actions (ARCHITECTURE.md). */
function contractProblems(file: string, root: string): string[] {
  const action = parseDocument(readFileSync(file, 'utf8')).toJS() as ActionMetadata;
  const dir = dirname(file);
  const isRoot = resolve(dir) === resolve(root);
  const inputs = action.inputs ?? {};
  const outputs = action.outputs ?? {};
  const problems: string[] = [];

  if (action.runs?.using !== 'node24') problems.push(`runs.using is ${action.runs?.using}, expected node24`);
  const main = action.runs?.main;
  if (!main) problems.push('runs.main is missing');
  else if (!existsSync(join(dir, main))) problems.push(`runs.main ${main} does not exist relative to the action.yml`);
  else if (!isRoot) {
    // Every per-check action runs the one shared bundle, as codeql-action does, never a copy of it.
    const imports = [...readFileSync(join(dir, main), 'utf8').matchAll(RELATIVE_IMPORT)].map((m) => m[1]);
    for (const spec of imports) {
      if (!existsSync(join(dir, spec))) problems.push(`runs.main ${main} imports ${spec}, which does not exist`);
    }
    if (!imports.some((spec) => resolve(dir, spec) === resolve(root, SHARED_BUNDLE))) {
      problems.push(`runs.main ${main} does not import the shared bundle ${SHARED_BUNDLE}`);
    }
  }

  for (const [kind, entries] of [['input', inputs], ['output', outputs]] as const) {
    for (const [name, entry] of Object.entries(entries)) {
      if (!entry?.description?.trim()) problems.push(`${kind} ${name} has no description`);
      if (!KEBAB_CASE.test(name)) problems.push(`${kind} ${name} is not kebab-case`);
    }
  }
  for (const name of COMMON_INPUTS) if (!(name in inputs)) problems.push(`input ${name} is missing`);
  if (isRoot && !('checks' in inputs)) problems.push('input checks is missing');
  for (const name of OUTPUTS) if (!(name in outputs)) problems.push(`output ${name} is missing`);
  return problems;
}

describe('the action.yml files of this repository', () => {
  test('the root action.yml exists', () => {
    expect(existsSync(join(ROOT, 'action.yml')) ? 'action.yml' : 'no action.yml at the repository root').toBe('action.yml');
  });

  // Per-check actions land one issue at a time, so they are found, not listed.
  const files = ['action.yml', ...globSync('actions/*/action.yml', { cwd: ROOT }).sort()].filter((file) =>
    existsSync(join(ROOT, file)),
  );

  test.each(files)('%s matches the action metadata schema', (file) => {
    const problems = schemaProblems(readFileSync(join(ROOT, file), 'utf8'));
    expect(problems.map((p) => `${file}:${p.line} ${p.message}`)).toEqual([]);
  });

  test.each(files)('%s follows the release-gate action contract', (file) => {
    expect(contractProblems(join(ROOT, file), ROOT).map((p) => `${file}: ${p}`)).toEqual([]);
  });
});

const VALID = `name: release-gate env
description: Checks environment variables.
author: release-gate
branding:
  icon: shield
  color: green
inputs:
  manifest:
    description: Path of the manifest.
    required: false
    default: .github/release-gate.yml
  fail-on:
    description: The lowest severity that fails the step.
    default: error
outputs:
  status:
    description: pass or fail.
runs:
  using: node24
  main: main.js
`;

describe('the action metadata schema', () => {
  test.each([
    { name: 'a node24 action', source: VALID },
    { name: 'a node20 action with pre and post', source: VALID.replace('using: node24', 'using: node20') + '  pre: setup.js\n  post: cleanup.js\n  post-if: always()\n' },
    { name: 'a composite action', source: 'name: c\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bash\n    - uses: actions/checkout@v4\n      with:\n        fetch-depth: 0\n' },
    { name: 'a docker action', source: 'name: c\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n  args: ["--check"]\n' },
    { name: 'a deprecated input', source: VALID.replace('    default: error\n', '    default: error\n    deprecationMessage: Use fail-level.\n') },
  ])('accepts $name', ({ source }) => {
    expect(schemaProblems(source)).toEqual([]);
  });

  test.each([
    {
      name: 'runs.using node12',
      source: VALID.replace('using: node24', 'using: node12'),
      problems: [{ line: 19, message: '/runs/using must be equal to one of the allowed values (node20, node24, composite, docker)' }],
    },
    {
      name: 'an input without a description',
      source: VALID.replace('    description: Path of the manifest.\n', ''),
      problems: [{ line: 8, message: "/inputs/manifest must have required property 'description'" }],
    },
    {
      name: 'an unknown top-level key',
      source: VALID + 'output:\n  report:\n    description: typo of outputs\n',
      problems: [{ line: 21, message: '/ must NOT have additional properties (output)' }],
    },
    {
      name: 'an output without a description',
      source: VALID.replace('    description: pass or fail.\n', '    value: pass\n'),
      problems: [{ line: 16, message: "/outputs/status must have required property 'description'" }],
    },
    {
      name: 'an unknown key in an input',
      source: VALID.replace('    default: error\n', '    default: error\n    type: string\n'),
      problems: [{ line: 15, message: '/inputs/fail-on must NOT have additional properties (type)' }],
    },
    {
      name: 'required written as a string',
      source: VALID.replace('required: false', 'required: "no"'),
      problems: [{ line: 10, message: '/inputs/manifest/required must be boolean' }],
    },
    {
      name: 'a node action without main',
      source: VALID.replace('  main: main.js\n', ''),
      problems: [{ line: 18, message: "/runs must have required property 'main'" }],
    },
    {
      name: 'a composite key in a node action',
      source: VALID + '  steps:\n    - run: echo hi\n      shell: bash\n',
      problems: [{ line: 21, message: '/runs key steps must be equal to one of the allowed values (using, main, pre, post, pre-if, post-if)' }],
    },
    {
      name: 'an input name GitHub cannot pass as INPUT_*',
      source: VALID.replace('  fail-on:', '  fail on:'),
      problems: [{ line: 12, message: '/inputs key fail on must match pattern "^[A-Za-z_][A-Za-z0-9_-]*$"' }],
    },
    {
      name: 'a branding colour GitHub does not offer',
      source: VALID.replace('color: green', 'color: teal'),
      problems: [{ line: 6, message: '/branding/color must be equal to one of the allowed values (white, black, yellow, blue, green, orange, red, purple, gray-dark)' }],
    },
    {
      name: 'broken YAML',
      source: 'name: x\ninputs:\n  a: [\n',
      problems: [{ line: 4, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]' }],
    },
  ])('rejects $name', ({ source, problems }) => {
    expect(schemaProblems(source)).toEqual(problems);
  });
});

describe('the release-gate action contract', () => {
  const temp = mkdtempSync(join(tmpdir(), 'release-gate-action-contract-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  const CHECK_ACTION = `name: release-gate env
description: Checks environment variables.
inputs:
${COMMON_INPUTS.map((name) => `  ${name}:\n    description: The ${name}.\n`).join('')}outputs:
${OUTPUTS.map((name) => `  ${name}:\n    description: The ${name}.\n`).join('')}runs:
  using: node24
  main: main.js
`;
  const STUB = "import { run } from '../../dist/bundle/index.js';\n\nawait run('action', 'env');\n";

  /** A repository laid out in a fresh folder; returns the path of its actions/env/action.yml. */
  function repo(name: string, files: Record<string, string>): string {
    const root = join(temp, name);
    const all = { 'dist/bundle/index.js': 'export async function run() {}\n', 'dist/action/index.js': "import { run } from '../bundle/index.js';\nawait run('action');\n", 'actions/env/main.js': STUB, ...files };
    for (const [path, content] of Object.entries(all)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    return join(root, 'actions/env/action.yml');
  }

  test('accepts a per-check action with the common inputs, the outputs and a stub over the shared bundle', () => {
    const file = repo('valid', { 'actions/env/action.yml': CHECK_ACTION });
    expect(contractProblems(file, dirname(dirname(dirname(file))))).toEqual([]);
  });

  test('accepts a root action with a checks input and main in dist/', () => {
    const root = join(temp, 'root');
    repo('root', {
      'action.yml': CHECK_ACTION.replace('inputs:\n', 'inputs:\n  checks:\n    description: Checks to run.\n').replace('main: main.js', 'main: dist/action/index.js'),
    });
    expect(contractProblems(join(root, 'action.yml'), root)).toEqual([]);
  });

  test.each([
    { name: 'runs.using node20', change: (s: string) => s.replace('node24', 'node20'), problems: ['runs.using is node20, expected node24'] },
    { name: 'a main file that does not exist', change: (s: string) => s.replace('main.js', 'index.js'), problems: ['runs.main index.js does not exist relative to the action.yml'] },
    { name: 'a snake_case input', change: (s: string) => s.replace('  fail-on:\n    description: The fail-on.', '  fail_on:\n    description: The fail-on.'), problems: ['input fail_on is not kebab-case', 'input fail-on is missing'] },
    { name: 'an empty output description', change: (s: string) => s.replace('description: The findings.', 'description: " "'), problems: ['output findings has no description'] },
    { name: 'a missing report output', change: (s: string) => s.replace('  report:\n    description: The report.\n', ''), problems: ['output report is missing'] },
  ])('reports $name', ({ name, change, problems }) => {
    const file = repo(name.replace(/\W+/g, '-'), { 'actions/env/action.yml': change(CHECK_ACTION) });
    expect(contractProblems(file, dirname(dirname(dirname(file))))).toEqual(problems);
  });

  test.each([
    { name: 'a stub that imports a missing file', stub: "import { run } from '../../dist/bundle/main.js';\n", problems: ['runs.main main.js imports ../../dist/bundle/main.js, which does not exist', 'runs.main main.js does not import the shared bundle dist/bundle/index.js'] },
    { name: 'a stub with its own bundle', stub: "import './bundle.js';\n", extra: { 'actions/env/bundle.js': '' }, problems: ['runs.main main.js does not import the shared bundle dist/bundle/index.js'] },
    { name: 'a CommonJS stub that requires a missing file', stub: "require('../../dist/bundle/main.js').run('action', 'env');\n", problems: ['runs.main main.js imports ../../dist/bundle/main.js, which does not exist', 'runs.main main.js does not import the shared bundle dist/bundle/index.js'] },
  ])('reports $name', ({ name, stub, extra, problems }) => {
    const file = repo(name.replace(/\W+/g, '-'), { 'actions/env/action.yml': CHECK_ACTION, 'actions/env/main.js': stub, ...extra });
    expect(contractProblems(file, dirname(dirname(dirname(file))))).toEqual(problems);
  });
});
