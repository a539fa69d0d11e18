import { describe, expect, test } from '@jest/globals';
import { dirname } from 'node:path';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHECKS } from '../../src/checks/index.js';
import { ACTIONS_PACKAGE_JSON, renderCheckAction, renderCheckStub, renderOperateAction, renderOperateStub, renderRootAction } from '../../scripts/action-metadata.js';
import { OPERATE_ACTIONS } from '../../src/action/operate-actions.js';
import type { CheckDefinition } from '../../src/checks/check.js';

// UPDATE_ACTIONS=1 rewrites the files (`npm run generate`); otherwise they must match the registry.
const update = process.env.UPDATE_ACTIONS === '1';

function expectFile(path: string, content: string) {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  expect(existsSync(path) ? readFileSync(path, 'utf8') : `(${path} is missing)`).toBe(content);
}

describe('action metadata follows the check registry', () => {
  test('the root action.yml', () => expectFile('action.yml', renderRootAction(CHECKS)));

  test('actions/<check>/action.yml and its stub, for every check', () => {
    for (const check of CHECKS) {
      expectFile(`actions/${check.name}/action.yml`, renderCheckAction(check));
      expectFile(`actions/${check.name}/main.js`, renderCheckStub(check));
    }
  });

  test('actions/<stage>/action.yml and its stub, for every stage action (post-deploy)', () => {
    for (const action of OPERATE_ACTIONS) {
      expectFile(`actions/${action.name}/action.yml`, renderOperateAction(action));
      expectFile(`actions/${action.name}/main.js`, renderOperateStub(action));
    }
  });

  test('actions/package.json makes the stubs CommonJS', () => {
    expectFile('actions/package.json', ACTIONS_PACKAGE_JSON);
  });

  test('no action is offered for a check that has not landed', () => {
    const dirs = existsSync('actions') ? readdirSync('actions').filter((name) => name !== 'package.json') : [];
    expect(dirs.sort()).toEqual([...CHECKS.map((c) => c.name), ...OPERATE_ACTIONS.map((a) => a.name)].sort());
  });
});

describe('the generator refuses what the runner refuses', () => {
  test('an expression in an input description stops generation, naming the action and the input', () => {
    const check = { ...CHECKS[0]!, name: 'env', inputs: [{ name: 'secrets', description: 'Pass ${{ toJSON(secrets) }} here.' }] } as CheckDefinition;
    expect(() => renderCheckAction(check)).toThrow('actions/env/action.yml: inputs.secrets.description holds an expression');
    expect(() => renderRootAction([check])).toThrow('action.yml: inputs.secrets.description holds an expression');
  });

  test('the token input defaults to the job token on every action', () => {
    for (const text of [renderRootAction(CHECKS), ...CHECKS.map((c) => renderCheckAction(c)), ...OPERATE_ACTIONS.map((a) => renderOperateAction(a))]) {
      expect(text).toMatch(/^ {2}token:\n {4}description: [^\n]*\n {4}required: false\n {4}default: \$\{\{ github\.token \}\}$/m);
    }
  });
});
