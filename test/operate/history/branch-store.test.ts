import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { branchStore, HistoryNoWriteAccess } from '../../../src/operate/history/branch-store.js';
import { parseHistory } from '../../../src/operate/history/ndjson.js';
import { recordRun } from '../../../src/operate/history/record-run.js';
import { record, sampleReport } from '../sample-history.js';

const BRANCH = 'release-gate-history';
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const noWait = async () => undefined;

/** A bare "GitHub" remote and a clone of it with one commit on main, as actions/checkout leaves it. */
function repository() {
  const root = mkdtempSync(join(tmpdir(), 'rg-branch-'));
  const remote = join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '-b', 'main', remote);
  const seed = join(root, 'seed');
  git(root, 'init', '--quiet', '-b', 'main', seed);
  writeFileSync(join(seed, 'README.md'), '# app\n');
  git(seed, 'add', '.');
  git(seed, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'init');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '--quiet', 'origin', 'main');
  const clone = (name: string) => {
    const dir = join(root, name);
    git(root, 'clone', '--quiet', remote, dir);
    return dir;
  };
  const remoteHistory = () => parseHistory(git(remote, 'show', `${BRANCH}:history.ndjson`), 'remote');
  return { root, remote, clone, remoteHistory };
}

describe('git branch store', () => {
  test('creates the branch, then adds on top of it, leaving the checkout untouched', async () => {
    const { clone, remote, remoteHistory } = repository();
    const work = clone('work');
    const store = branchStore({ cwd: work, branch: BRANCH, backoff: noWait });
    expect(await store.read()).toEqual([]);
    await store.add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500);
    await store.add([record('2026-12-02T00:00:00.000Z', 'post-deploy')], 500);
    expect(remoteHistory().map((r) => r.kind)).toEqual(['nightly', 'post-deploy']);
    expect(git(remote, 'rev-list', '--count', BRANCH).trim()).toBe('2');
    expect(git(remote, 'log', '-1', '--format=%an', BRANCH).trim()).toBe('github-actions[bot]');
    // The user's branch, index and working tree are as checkout left them.
    expect(git(work, 'status', '--porcelain')).toBe('');
    expect(git(work, 'rev-parse', '--abbrev-ref', 'HEAD').trim()).toBe('main');
    expect(git(work, 'branch', '--list').trim()).toBe('* main');
    // A second checkout reads what the first wrote.
    expect((await branchStore({ cwd: clone('other'), branch: BRANCH }).read()).map((r) => r.time)).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
  });

  test('two concurrent writers (a matrix, two deploys) lose none of each other\'s records', async () => {
    const { clone, remoteHistory } = repository();
    const a = branchStore({ cwd: clone('a'), branch: BRANCH, backoff: noWait, attempts: 50 });
    const b = branchStore({ cwd: clone('b'), branch: BRANCH, backoff: noWait, attempts: 50 });
    const writer = async (store: typeof a, environment: string) => {
      let retries = 0;
      for (let i = 0; i < 6; i++) {
        const result = await store.add([record(`2026-12-0${i + 1}T00:00:00.000Z`, 'post-deploy', { environment })], 500);
        retries += result.retries;
      }
      return retries;
    };
    await Promise.all([writer(a, 'staging'), writer(b, 'production')]);
    const history = remoteHistory();
    expect(history).toHaveLength(12);
    expect(history.filter((r) => r.environment === 'staging')).toHaveLength(6);
    expect(history.filter((r) => r.environment === 'production')).toHaveLength(6);
  }, 120_000);

  test('a rejected push is retried on top of what the remote holds now', async () => {
    const { clone, remote, remoteHistory } = repository();
    const first = branchStore({ cwd: clone('first'), branch: BRANCH, backoff: noWait });
    await first.add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500);
    // A second writer read the branch before the first writer pushed again: its next push is a non-fast-forward.
    const late = clone('late');
    const second = branchStore({ cwd: late, branch: BRANCH, backoff: noWait });
    expect(await second.read()).toHaveLength(1);
    await first.add([record('2026-12-02T00:00:00.000Z', 'nightly')], 500);
    // And the remote refuses its first push outright, as a busy server or a racing run would.
    const marker = join(remote, 'rejected-once');
    writeFileSync(join(remote, 'hooks', 'pre-receive'), `#!/bin/sh\nif [ ! -e "${marker}" ]; then touch "${marker}"; echo "try again later" >&2; exit 1; fi\nexit 0\n`);
    chmodSync(join(remote, 'hooks', 'pre-receive'), 0o755);
    const result = await second.add([record('2026-12-03T00:00:00.000Z', 'post-deploy')], 500);
    expect(result.retries).toBe(1);
    expect(existsSync(marker)).toBe(true);
    expect(remoteHistory().map((r) => r.time.slice(0, 10))).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
  });

  test('gives up with the remote\'s reason after the last attempt', async () => {
    const { clone, remote } = repository();
    writeFileSync(join(remote, 'hooks', 'pre-receive'), '#!/bin/sh\necho "branch is frozen" >&2\nexit 1\n');
    chmodSync(join(remote, 'hooks', 'pre-receive'), 0o755);
    const store = branchStore({ cwd: clone('w'), branch: BRANCH, backoff: noWait, attempts: 3 });
    await expect(store.add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500)).rejects.toThrow(/^could not add to the history branch release-gate-history after 3 attempts: remote: branch is frozen/);
  });

  test('a push refused for want of rights is a HistoryNoWriteAccess, not retried', async () => {
    const { clone, remote } = repository();
    const count = join(remote, 'pushes');
    writeFileSync(join(remote, 'hooks', 'pre-receive'), `#!/bin/sh\necho x >> "${count}"\necho "Permission to acme/app.git denied to github-actions[bot]." >&2\nexit 1\n`);
    chmodSync(join(remote, 'hooks', 'pre-receive'), 0o755);
    const store = branchStore({ cwd: clone('w'), branch: BRANCH, backoff: noWait });
    await expect(store.add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500)).rejects.toThrow(HistoryNoWriteAccess);
    expect(execFileSync('wc', ['-l', count], { encoding: 'utf8' }).trim().split(' ')[0]).toBe('1');
  });

  test('a history branch holding a corrupt line is reported by line and left as it is', async () => {
    const { clone, remote } = repository();
    const work = clone('w');
    await branchStore({ cwd: work, branch: BRANCH, backoff: noWait }).add([record('2026-12-01T00:00:00.000Z', 'nightly')], 500);
    // Someone edits the branch by hand and breaks line 2.
    const edit = clone('edit');
    git(edit, 'checkout', '--quiet', BRANCH);
    writeFileSync(join(edit, 'history.ndjson'), `${git(edit, 'show', 'HEAD:history.ndjson')}{broken\n`);
    git(edit, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-am', 'hand edit');
    git(edit, 'push', '--quiet', 'origin', BRANCH);
    const head = git(remote, 'rev-parse', BRANCH);
    await expect(branchStore({ cwd: work, branch: BRANCH }).add([record('2026-12-02T00:00:00.000Z', 'nightly')], 500))
      .rejects.toThrow(/^history\.ndjson on branch release-gate-history:2: not a JSON record/);
    expect(git(remote, 'rev-parse', BRANCH)).toBe(head);
  });
});

describe('the actions\' history step', () => {
  const messages = () => {
    const seen: string[] = [];
    return { seen, notice: (m: string) => seen.push(`notice: ${m}`), warning: (m: string) => seen.push(`warning: ${m}`), error: (m: string) => seen.push(`error: ${m}`) };
  };

  test('adds the run to the branch and returns the trend table with the dashboard link', async () => {
    const { clone, remoteHistory } = repository();
    const log = messages();
    const summary = await recordRun({
      report: sampleReport(), manifest: { version: 1, history: { branch: BRANCH } }, cwd: clone('w'), now: new Date('2026-12-06T03:17:00Z'),
      env: { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'acme/ops-portal', GITHUB_RUN_ID: '42', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/heads/main', GITHUB_SERVER_URL: 'https://github.com' },
      ...log,
    });
    expect(log.seen).toEqual([]);
    expect(remoteHistory()).toMatchObject([{ kind: 'nightly', environment: 'production', commit: 'abc', runUrl: 'https://github.com/acme/ops-portal/actions/runs/42' }]);
    expect(summary).toContain('Dashboard: https://acme.github.io/ops-portal/\n');
    expect(summary).toContain('| p95 task list (production, nightly) | 120 ms | — | · too few runs to judge |\n');
  });

  test('on a fork\'s pull request the run is not added, with a notice', async () => {
    const { clone, remote } = repository();
    const eventPath = join(mkdtempSync(join(tmpdir(), 'rg-event-')), 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 5, head: { repo: { full_name: 'stranger/ops-portal', fork: true } } } }));
    const log = messages();
    const summary = await recordRun({
      report: sampleReport(), manifest: { version: 1, history: { branch: BRANCH } }, cwd: clone('w'), now: new Date('2026-12-06T03:17:00Z'),
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/ops-portal' },
      ...log,
    });
    expect(log.seen).toEqual(['notice: history: this pull request comes from the fork stranger/ops-portal, whose token cannot push to release-gate-history; the run is not added to the history']);
    expect(summary).toContain('No runs in the history yet.');
    expect(git(remote, 'branch', '--list').trim()).toBe('* main');
  });

  test('a push refused for want of rights is a notice, and the gate goes on', async () => {
    const { clone, remote } = repository();
    writeFileSync(join(remote, 'hooks', 'pre-receive'), '#!/bin/sh\necho "Permission to acme/app.git denied to github-actions[bot]." >&2\nexit 1\n');
    chmodSync(join(remote, 'hooks', 'pre-receive'), 0o755);
    const log = messages();
    const summary = await recordRun({
      report: sampleReport(), manifest: { version: 1, history: { branch: BRANCH } }, cwd: clone('w'), now: new Date(), env: { GITHUB_EVENT_NAME: 'push' }, ...log,
    });
    expect(summary).toBeUndefined();
    expect(log.seen).toHaveLength(1);
    expect(log.seen[0]).toMatch(/^notice: history: cannot push to release-gate-history on origin: remote: Permission to acme\/app\.git denied .*Grant the job `permissions: contents: write`/);
  });

  test('no history section: nothing happens', async () => {
    const log = messages();
    expect(await recordRun({ report: sampleReport(), manifest: { version: 1 }, cwd: tmpdir(), now: new Date(), env: {}, ...log })).toBeUndefined();
    expect(log.seen).toEqual([]);
  });
});
