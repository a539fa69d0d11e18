import { afterAll, describe, expect, test } from '@jest/globals';
import { directoriesToVisit, walkFiles } from '../../../src/checks/secrets/walk.js';
import { removeWorkspaces, workspace } from './workspace.js';

/**
 * The tree walk lists only the folders a file the `paths` globs match can be in: the fixed folder a
 * pattern starts with, its ancestors and what is inside it. Every other folder is left unlisted,
 * and the files found are exactly those the globs match.
 */

afterAll(removeWorkspaces);

describe('directoriesToVisit', () => {
  test.each([
    [['src/**'], { src: true, 'src/deep': true, srcx: false, other: false, 'other/src': false }],
    [['a/b/**'], { a: true, 'a/b': true, 'a/b/c': true, 'a/c': false, b: false }],
    [['src/**', 'logs/*.log'], { src: true, logs: true, 'logs/old': true, other: false }],
    [['conf/app.yml'], { conf: true, 'conf/sub': true, other: false }],
  ])('%j', (patterns, expected) => {
    const visit = directoriesToVisit(patterns);
    expect(Object.fromEntries(Object.keys(expected).map((dir) => [dir, visit(dir)]))).toEqual(expected);
  });

  test.each([[['**/*.ts']], [['*']], [['{a,b}/**']], [['app.yml']], [['src/**', '!src/vendor/**']], [['**/*']]])(
    '%j: a pattern without a fixed folder, or a negated one, visits every folder', (patterns) => {
      const visit = directoriesToVisit(patterns);
      expect(['other', 'x/y', 'src'].map(visit)).toEqual([true, true, true]);
    },
  );
});

describe('walkFiles with paths', () => {
  test('yields exactly the matching files, in name order, from the folders that can hold them', async () => {
    const root = workspace({
      'src/a.ts': '', 'src/deep/b.ts': '', 'srcx/c.ts': '', 'other/src/d.ts': '', 'logs/app.log': '', 'logs/app.txt': '', 'top.ts': '',
    });
    const files: string[] = [];
    for await (const file of walkFiles({ root, include: ['src/**', 'logs/*.log'], exclude: [], gitignore: true })) files.push(file);
    expect(files).toEqual(['logs/app.log', 'src/a.ts', 'src/deep/b.ts']);
  });
});
