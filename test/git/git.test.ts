import { beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGit, GitError, isLineAdded, parseUnifiedDiff } from '../../src/git/git.js';

describe('parseUnifiedDiff', () => {
  test('reads added line ranges, new files, renames and deletions', () => {
    const diff = [
      'diff --git a/src/app.ts b/src/app.ts',
      'index 1..2 100644',
      '--- a/src/app.ts',
      '+++ b/src/app.ts',
      '@@ -3 +3 @@ x',
      '@@ -10,0 +11,3 @@ y',
      '@@ -20,2 +23,0 @@ z',
      'diff --git a/db/002.sql b/db/002.sql',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/db/002.sql',
      '@@ -0,0 +1,2 @@',
      'diff --git a/old.txt b/gone.txt',
      'similarity index 100%',
      'rename from old.txt',
      'rename to gone.txt',
      'diff --git a/dead.txt b/dead.txt',
      'deleted file mode 100644',
      '--- a/dead.txt',
      '+++ /dev/null',
      '@@ -1,4 +0,0 @@',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual([
      { path: 'src/app.ts', status: 'modified', added: [{ start: 3, end: 3 }, { start: 11, end: 13 }] },
      { path: 'db/002.sql', status: 'added', added: [{ start: 1, end: 2 }] },
      { path: 'gone.txt', status: 'renamed', added: [] },
    ]);
  });

  test('isLineAdded', () => {
    const file = { path: 'a', status: 'modified' as const, added: [{ start: 11, end: 13 }] };
    expect([10, 11, 13, 14].map((l) => isLineAdded(file, l))).toEqual([false, true, true, false]);
    expect(isLineAdded(undefined, 1)).toBe(false);
  });
});

describe('createGit against a real repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rg-git-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });

  beforeAll(() => {
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    mkdirSync(join(dir, 'db'));
    writeFileSync(join(dir, 'db/001.sql'), 'create table a (id int);\n');
    writeFileSync(join(dir, 'app.ts'), 'one\ntwo\nthree\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'app.ts'), 'one\nTWO\nthree\nfour\n');
    writeFileSync(join(dir, 'db/002.sql'), 'create index on a (id);\n');
    git('add', '.');
    git('commit', '-qm', 'feature');
    writeFileSync(join(dir, 'notes with space.md'), 'x\n');
  });

  test('changes since the merge base, with untracked files whole', async () => {
    const changes = await createGit(dir).changes('main');
    expect(changes).toEqual([
      { path: 'app.ts', status: 'modified', added: [{ start: 2, end: 2 }, { start: 4, end: 4 }] },
      { path: 'db/002.sql', status: 'added', added: [{ start: 1, end: 1 }] },
      { path: 'notes with space.md', status: 'untracked', added: [{ start: 1, end: Infinity }] },
    ]);
  });

  test('show and listFiles read the base', async () => {
    const g = createGit(dir);
    const base = await g.mergeBase('main');
    expect(await g.listFiles(base)).toEqual(['app.ts', 'db/001.sql']);
    expect(await g.show(base, 'app.ts')).toBe('one\ntwo\nthree\n');
    expect(await g.show(base, 'db/002.sql')).toBeUndefined();
  });

  test('an unknown base says how to fetch it', async () => {
    await expect(createGit(dir).changes('origin/nope')).rejects.toThrow(GitError);
    await expect(createGit(dir).changes('origin/nope')).rejects.toThrow(/cannot find where HEAD left origin\/nope.*fetch-depth: 0/);
  });
});
