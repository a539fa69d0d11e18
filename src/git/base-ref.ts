import { didYouMean } from '../manifest/did-you-mean.js';
import { run } from './git.js';

/** `--base` names nothing git can find (a typo, or a shallow clone without the base): a usage error, exit 2. */
export class BaseRefError extends Error {}

/** What `--base` turned into: a ref to compare with, or the whole tree and why. */
export type BaseDecision =
  | { mode: 'diff'; base: string }
  | { mode: 'tree'; notice: string };

export const FETCH_DEPTH_HINT =
  'Fetch the history the comparison needs: actions/checkout with `fetch-depth: 0`, or `git fetch origin <branch>` before the run.';

/**
 * Resolves `--base` before any check runs. A push that created a branch has an all-zero `before`, and a
 * base equal to HEAD has nothing to compare: both check the whole tree with a notice instead of failing,
 * a common failure of scanning actions on push.
 */
export async function resolveBase(cwd: string, base: string): Promise<BaseDecision> {
  if (/^0{7,64}$/.test(base)) {
    return { mode: 'tree', notice: `the push created a new branch (its "before" commit is ${base.slice(0, 7)}…), so there is no base to compare with: the whole tree is checked` };
  }
  const git = async (...args: string[]) => (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
  let head: string;
  try {
    head = await git('rev-parse', '--verify', '--quiet', 'HEAD^{commit}');
  } catch {
    throw new BaseRefError(`--base ${base}: ${cwd} is not a git repository with a commit, so there is nothing to compare with. ${FETCH_DEPTH_HINT}`);
  }
  let sha: string;
  try {
    sha = await git('rev-parse', '--verify', '--quiet', `${base}^{commit}`);
  } catch {
    const names = await refNames(git);
    const guess = didYouMean(base, names) ?? didYouMean(base.replace(/^origin\//, ''), names);
    throw new BaseRefError(
      `--base ${base}: no such branch, tag or commit in this clone${guess ? `; did you mean "${guess}"?` : '.'} ${FETCH_DEPTH_HINT}`,
    );
  }
  if (sha === head) {
    return { mode: 'tree', notice: `the base ${base} is HEAD itself, so nothing changed to compare: the whole tree is checked` };
  }
  try {
    await git('merge-base', sha, head);
  } catch {
    throw new BaseRefError(`--base ${base}: HEAD and ${base} share no history in this clone (a shallow clone?). ${FETCH_DEPTH_HINT}`);
  }
  return { mode: 'diff', base };
}

async function refNames(git: (...args: string[]) => Promise<string>): Promise<string[]> {
  try {
    const out = await git('for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags');
    return out.split('\n').filter((n) => n && !n.endsWith('/HEAD'));
  } catch {
    return [];
  }
}
