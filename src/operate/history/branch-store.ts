import { createRequire } from 'node:module';
import { HistoryError, mergeHistory, parseHistory, serializeHistory } from './ndjson.js';
import type { HistoryRecord } from './record.js';
import { BRANCH_HISTORY_FILE, type AddResult, type HistoryStore } from './store.js';

/** The remote refused the push for want of rights (a fork's pull request, a read-only token): skip, do not fail. */
export class HistoryNoWriteAccess extends Error {}

export interface BranchStoreOptions {
  /** A git checkout; its remote's credentials (actions/checkout leaves them in .git/config) are used. */
  cwd: string;
  branch: string;
  /** The remote to fetch from and push to (origin); none keeps the branch in the local repository only. */
  remote?: string | null;
  /** Pushes tried before giving up when other runs keep pushing first (default 8). */
  attempts?: number;
  /** Waits between attempts; tests pass a short one. Default: 0.25 to 1 s times the attempt, at random. */
  backoff?: (attempt: number) => Promise<void>;
  env?: Readonly<Record<string, string | undefined>>;
}

// Commits are made with plumbing (hash-object, mktree, commit-tree) in a private ref, so the user's
// working tree, index and branches are never touched, whatever the checkout holds.
const IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

const NO_ACCESS = /\b403\b|permission to .* denied|permission denied|not allowed to push|authentication failed|could not read username|write access to repository not granted|resource not accessible/i;

export function branchStore(options: BranchStoreOptions): HistoryStore {
  const remote = options.remote === undefined ? 'origin' : options.remote;
  const branch = options.branch;
  const localRef = remote ? `refs/release-gate/history/${branch}` : `refs/heads/${branch}`;
  const attempts = options.attempts ?? 8;
  const backoff = options.backoff ?? ((n: number) => new Promise<void>((r) => setTimeout(r, (250 + Math.random() * 750) * n)));
  const env = { ...process.env, ...options.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0' };
  const source = `${BRANCH_HISTORY_FILE} on branch ${branch}`;
  const git = (args: string[], input?: string) => runGit(options.cwd, args, env, input);

  /** Brings the branch's head into localRef; undefined when the branch does not exist yet. */
  const fetchHead = async (): Promise<string | undefined> => {
    if (remote) {
      const fetched = await git(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', remote, `+refs/heads/${branch}:${localRef}`]);
      if (fetched.code !== 0) {
        if (/couldn't find remote ref|no such ref/i.test(fetched.stderr)) {
          await git(['update-ref', '-d', localRef]);
          return undefined;
        }
        if (NO_ACCESS.test(fetched.stderr)) throw new HistoryNoWriteAccess(`cannot read ${branch} from ${remote}: ${firstLine(fetched.stderr)}`);
        throw new HistoryError(`git fetch of the history branch ${branch} failed: ${firstLine(fetched.stderr)}`);
      }
    }
    const head = await git(['rev-parse', '--verify', '--quiet', `${localRef}^{commit}`]);
    return head.code === 0 ? head.stdout.trim() : undefined;
  };

  const readAt = async (head: string | undefined): Promise<HistoryRecord[]> => {
    if (!head) return [];
    const shown = await git(['cat-file', 'blob', `${head}:${BRANCH_HISTORY_FILE}`]);
    // A branch without the file (made by hand) is an empty history; it is committed on top of.
    return shown.code === 0 ? parseHistory(shown.stdout, source) : [];
  };

  return {
    description: remote ? `branch ${branch} of ${remote}` : `branch ${branch}`,
    async read() {
      return readAt(await fetchHead());
    },
    async add(records, keep): Promise<AddResult> {
      let retries = 0;
      for (let attempt = 1; ; attempt++) {
        const head = await fetchHead();
        const merged = mergeHistory(await readAt(head), records, keep);
        const blob = await must(git(['hash-object', '-w', '--stdin'], serializeHistory(merged)), 'hash-object');
        const tree = await must(git(['mktree'], `100644 blob ${blob}\t${BRANCH_HISTORY_FILE}\n`), 'mktree');
        const message = `release-gate history: ${records.length} run(s), ${merged.length} kept`;
        const commit = await must(git(['commit-tree', tree, ...(head ? ['-p', head] : []), '-m', message]), 'commit-tree');
        const pushed = remote
          ? await git(['push', '--quiet', '--no-verify', remote, `${commit}:refs/heads/${branch}`])
          // Local only: move the branch only if nobody else moved it since we read it (compare-and-swap).
          : await git(['update-ref', localRef, commit, head ?? '0'.repeat(40)]);
        if (pushed.code === 0) {
          if (remote) await git(['update-ref', localRef, commit]);
          return { records: merged, retries };
        }
        if (NO_ACCESS.test(pushed.stderr)) throw new HistoryNoWriteAccess(`cannot push to ${branch} on ${remote}: ${firstLine(pushed.stderr)}`);
        if (attempt >= attempts) {
          throw new HistoryError(`could not add to the history branch ${branch} after ${attempts} attempts: ${firstLine(pushed.stderr)}`);
        }
        // Rejected: another run pushed first (non-fast-forward) or a hook refused; read its records again and retry.
        retries++;
        await backoff(attempt);
      }
    },
  };
}

interface GitResult { code: number; stdout: string; stderr: string }

let spawn: typeof import('node:child_process').spawn | undefined;
/** node:child_process (and the net and dgram modules it loads) on the first git command: a run without a history branch never runs one. */
const childProcess = () => (spawn ??= (createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process')).spawn);

function runGit(cwd: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<GitResult> {
  return new Promise((resolveRun) => {
    const child = childProcess()('git', args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (error) => resolveRun({ code: 127, stdout: '', stderr: error.message }));
    child.on('close', (code) => resolveRun({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

async function must(result: Promise<GitResult>, what: string): Promise<string> {
  const r = await result;
  if (r.code !== 0) throw new HistoryError(`git ${what} failed: ${firstLine(r.stderr)}`);
  return r.stdout.trim();
}

function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  // git puts the reason on the line that starts with "!" or "error:" or "fatal:", after progress noise.
  return lines.find((l) => /^(!|error:|fatal:|remote:)/.test(l)) ?? lines[0] ?? 'no message';
}
