import { createRequire } from 'node:module';
import { promisify } from 'node:util';

type ExecFile = (file: string, args: string[], options: { cwd: string; maxBuffer: number }) => Promise<{ stdout: string; stderr: string }>;
let execFile: ExecFile | undefined;
/** node:child_process (and the net and dgram modules it loads) on the first git command: most runs never run one. */
export const run: ExecFile = (file, args, options) =>
  (execFile ??= promisify((createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).execFile) as ExecFile)(file, args, options);

/** Inclusive 1-based line range. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  /** Relative to the repository's working directory, forward slashes. */
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'untracked';
  /** Lines added or changed; a whole new file is one range up to Infinity. */
  added: LineRange[];
}

export class GitError extends Error {}

/** What diff-aware checks need from git; a fake in tests is a plain object. */
export interface Git {
  /** The commit where the current branch left `base`. */
  mergeBase(base: string): Promise<string>;
  /** Files added or changed since the merge base with `base`, with their added line ranges. */
  changes(base: string): Promise<ChangedFile[]>;
  /** A file's content at a ref, or undefined when it does not exist there. */
  show(ref: string, path: string): Promise<string | undefined>;
  /** Paths tracked at a ref. */
  listFiles(ref: string): Promise<string[]>;
}

export function createGit(cwd: string): Git {
  const git = async (...args: string[]) => {
    try {
      const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, maxBuffer: 256 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim() ?? String(error);
      throw new GitError(`git ${args[0]} failed: ${stderr.split('\n')[0]}`);
    }
  };

  const mergeBase = async (base: string) => {
    try {
      return (await git('merge-base', base, 'HEAD')).trim();
    } catch (error) {
      throw new GitError(
        `cannot find where HEAD left ${base} (${(error as Error).message}). ` +
          'Fetch the base branch with history: actions/checkout with fetch-depth: 0, or git fetch origin <branch>.',
      );
    }
  };

  return {
    mergeBase,
    async changes(base) {
      const from = await mergeBase(base);
      const diff = await git('diff', '--unified=0', '--no-color', '--no-ext-diff', '-M', from, '--');
      const files = parseUnifiedDiff(diff);
      const untracked = (await git('ls-files', '--others', '--exclude-standard', '-z')).split('\0').filter(Boolean);
      for (const path of untracked) files.push({ path, status: 'untracked', added: [{ start: 1, end: Infinity }] });
      return files;
    },
    async show(ref, path) {
      try {
        return await git('show', `${ref}:${path}`);
      } catch {
        return undefined;
      }
    },
    async listFiles(ref) {
      return (await git('ls-tree', '-r', '--name-only', '-z', ref)).split('\0').filter(Boolean);
    },
  };
}

/** Parses `git diff --unified=0` output into the added line ranges of each new or changed file. */
export function parseUnifiedDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let current: ChangedFile | undefined;
  let pendingStatus: ChangedFile['status'] = 'modified';
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      pendingStatus = 'modified';
    } else if (line.startsWith('new file mode')) {
      pendingStatus = 'added';
    } else if (line.startsWith('rename to ')) {
      pendingStatus = 'renamed';
      // A pure rename has no +++ line; record it so callers still see the new path.
      current = { path: line.slice('rename to '.length), status: 'renamed', added: [] };
      files.push(current);
    } else if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') { current = undefined; continue; }
      const path = target.startsWith('b/') ? target.slice(2) : target;
      if (current?.path !== path) {
        current = { path, status: pendingStatus, added: [] };
        files.push(current);
      }
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.added.push({ start, end: start + count - 1 });
    }
  }
  return files;
}

export function isLineAdded(file: ChangedFile | undefined, line: number): boolean {
  return !!file?.added.some((r) => line >= r.start && line <= r.end);
}
