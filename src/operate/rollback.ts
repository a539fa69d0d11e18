import { spawn } from 'node:child_process';
import type { GithubClient } from '../github/client.js';
import { durationMs } from '../http/duration.js';
import type { Manifest } from '../manifest/types.js';
import type { HistoryRecord } from './history/record.js';

/**
 * The rollback step: a command (given RELEASE_GATE_* variables) or a workflow_dispatch, aimed at the
 * last sha whose post-deploy gate passed (the history first, else the Deployments API). It never
 * depends on what failed, and a history or API failure only costs the lookup: a command still runs.
 */

export type RollbackSettings = NonNullable<Manifest['rollback']>;
export type Log = (level: 'info' | 'notice' | 'warning' | 'error', message: string) => void;

export interface RollbackRequest {
  settings: RollbackSettings;
  /** The environment rolled back ("-" when none is known). */
  environment: string;
  /** The sha that failed (the deployment's, else GITHUB_SHA). */
  failedSha?: string;
  /** The sha to go back to, when the caller knows it (`release-gate rollback --to`): no lookup. */
  previousSha?: string;
  /** One line: why. */
  reason: string;
  /** The deployment's ref, the default ref a workflow is dispatched on after the manifest's. */
  deploymentRef?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  github?: GithubClient;
  /** Reads the history; a failure is reported and the Deployments API is asked instead. */
  readHistory?: () => Promise<HistoryRecord[]>;
  /** Masks what the command prints before it is logged or kept. */
  mask?: (text: string) => string;
  signal?: AbortSignal;
  log: Log;
}

export interface PreviousGood {
  sha: string;
  from: 'given' | 'history' | 'deployments';
  /** When it passed (history) or was deployed (API). */
  at?: string;
  /** The API had no release-gate verdict: the sha was deployed successfully, not verified by a gate. */
  unverified?: boolean;
}

export interface RollbackOutcome {
  /** rolled-back: the command exited 0. dispatched: the workflow was started (it runs on its own). failed: neither. */
  status: 'rolled-back' | 'dispatched' | 'failed';
  method: 'command' | 'workflow';
  previous?: PreviousGood;
  failedSha?: string;
  /** One line for the summary, the deployment status and the history. */
  detail: string;
  exitCode?: number | null;
  /** The command's last lines of output, masked. */
  output?: string[];
  ms: number;
}

const OUTPUT_LINES = 20;

export async function performRollback(request: RollbackRequest): Promise<RollbackOutcome> {
  const started = Date.now();
  const method = request.settings.run !== undefined ? 'command' : 'workflow';
  const previous = await findPreviousGood(request);
  if (previous) request.log('info', `rollback: the last sha whose post-deploy gate passed is ${previous.sha.slice(0, 12)} (${describeSource(previous)})`);
  else request.log('warning', `rollback: no earlier sha passed the post-deploy gate${request.environment !== '-' ? ` on ${request.environment}` : ''} (neither the history nor the Deployments API has one)`);

  if (method === 'command') {
    const result = await runCommand(request.settings.run!, request, previous);
    const tail = result.output.length ? `; last output: ${result.output[result.output.length - 1]}` : '';
    return {
      status: result.exitCode === 0 ? 'rolled-back' : 'failed',
      method,
      ...(previous ? { previous } : {}),
      ...(request.failedSha ? { failedSha: request.failedSha } : {}),
      detail: result.exitCode === 0
        ? `\`${request.settings.run}\` rolled back${previous ? ` to ${previous.sha.slice(0, 12)}` : ''}`
        : `\`${request.settings.run}\` ${result.why}${tail}`,
      exitCode: result.exitCode,
      output: result.output,
      ms: Date.now() - started,
    };
  }

  const workflow = request.settings.workflow!;
  const failed = (detail: string): RollbackOutcome => ({ status: 'failed', method, ...(previous ? { previous } : {}), ...(request.failedSha ? { failedSha: request.failedSha } : {}), detail, ms: Date.now() - started });
  if (!request.github) return failed(`the workflow ${workflow} was not dispatched: no GitHub token and repository (GITHUB_TOKEN, GITHUB_REPOSITORY; the action's token input)`);
  if (!previous) return failed(`the workflow ${workflow} was not dispatched: there is no earlier sha that passed the post-deploy gate to roll back to`);
  const ref = dispatchRef(request);
  try {
    await request.github.dispatchWorkflow(workflow, ref, {
      sha: previous.sha,
      environment: request.environment,
      'failed-sha': request.failedSha ?? '',
      reason: request.reason.slice(0, 1000),
    });
  } catch (error) {
    return failed(`the workflow ${workflow} was not dispatched: ${(error as Error).message}`);
  }
  return { status: 'dispatched', method, previous, ...(request.failedSha ? { failedSha: request.failedSha } : {}), detail: `dispatched ${workflow} on ${ref} to roll back to ${previous.sha.slice(0, 12)}`, ms: Date.now() - started };
}

/** The manifest's ref, else a branch the deployment or the run names, else main. */
function dispatchRef(request: RollbackRequest): string {
  if (request.settings.ref) return request.settings.ref;
  const isSha = (ref: string) => /^[0-9a-f]{7,40}$/i.test(ref);
  if (request.deploymentRef && !isSha(request.deploymentRef)) return request.deploymentRef.replace(/^refs\/heads\//, '');
  const name = request.env.GITHUB_REF_TYPE === 'branch' ? request.env.GITHUB_REF_NAME : undefined;
  return name || 'main';
}

/** The last sha whose post-deploy gate passed on this environment: the history first, else the Deployments API. */
export async function findPreviousGood(request: Pick<RollbackRequest, 'previousSha' | 'environment' | 'failedSha' | 'readHistory' | 'github' | 'log'>): Promise<PreviousGood | undefined> {
  if (request.previousSha) return { sha: request.previousSha, from: 'given' };
  if (request.readHistory) {
    try {
      const found = lastPassingFromHistory(await request.readHistory(), request.environment, request.failedSha);
      if (found) return found;
    } catch (error) {
      request.log('warning', `rollback: the history could not be read (${(error as Error).message}); asking the Deployments API`);
    }
  }
  if (request.github) {
    try {
      return await lastPassingFromDeployments(request.github, request.environment, request.failedSha);
    } catch (error) {
      request.log('warning', `rollback: ${(error as Error).message}`);
    }
  }
  return undefined;
}

export function lastPassingFromHistory(records: readonly HistoryRecord[], environment: string, failedSha: string | undefined): PreviousGood | undefined {
  const passing = records
    .filter((r) => r.kind === 'post-deploy' && r.status === 'pass' && r.commit && r.commit !== failedSha && (environment === '-' || r.environment === environment))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  const best = passing[0];
  return best ? { sha: best.commit!, from: 'history', at: best.time } : undefined;
}

/** release-gate's own success statuses say the gate passed; a platform's success only that it deployed. */
export async function lastPassingFromDeployments(github: GithubClient, environment: string, failedSha: string | undefined): Promise<PreviousGood | undefined> {
  const deployments = await github.listDeployments({ ...(environment !== '-' ? { environment } : {}), perPage: 30 });
  let deployedOnly: PreviousGood | undefined;
  for (const deployment of deployments.slice(0, 15)) {
    if (!deployment.sha || deployment.sha === failedSha) continue;
    const statuses = await github.listDeploymentStatuses(deployment.id, 30);
    const successes = statuses.filter((s) => s.state === 'success');
    if (successes.some((s) => typeof s.description === 'string' && s.description.startsWith(STATUS_PREFIX))) {
      return { sha: deployment.sha, from: 'deployments', at: deployment.created_at };
    }
    if (successes.length && !deployedOnly) deployedOnly = { sha: deployment.sha, from: 'deployments', at: deployment.created_at, unverified: true };
  }
  return deployedOnly;
}

/** Every deployment status release-gate posts starts with this, so its verdicts can be told from a platform's. */
export const STATUS_PREFIX = 'release-gate';

function describeSource(previous: PreviousGood): string {
  if (previous.from === 'given') return 'given';
  if (previous.from === 'history') return `from the history, ${previous.at}`;
  return previous.unverified ? 'from the Deployments API: deployed successfully, never verified by release-gate' : 'from the Deployments API';
}

interface CommandResult {
  exitCode: number | null;
  why: string;
  output: string[];
}

/** Runs the command in its own process group, so a timeout stops it and everything it started. */
function runCommand(command: string, request: RollbackRequest, previous: PreviousGood | undefined): Promise<CommandResult> {
  const timeoutMs = durationMs(request.settings.timeout, 10 * 60_000);
  const mask = request.mask ?? ((t: string) => t);
  const env = {
    ...request.env,
    RELEASE_GATE_ENVIRONMENT: request.environment,
    RELEASE_GATE_FAILED_SHA: request.failedSha ?? '',
    RELEASE_GATE_PREVIOUS_SHA: previous?.sha ?? '',
    RELEASE_GATE_REASON: request.reason,
  };
  request.log('info', `rollback: running \`${command}\``);
  return new Promise((resolveResult) => {
    const lines: string[] = [];
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      if (partial.length > 4096) partial = partial.slice(-4096);
      for (const line of parts) keep(line);
    };
    const keep = (line: string) => {
      const shown = mask(line.replace(/\r$/, '')).slice(0, 500);
      if (!shown.trim()) return;
      request.log('info', `rollback | ${shown}`);
      lines.push(shown);
      if (lines.length > OUTPUT_LINES) lines.shift();
    };
    let child;
    try {
      child = spawn('/bin/sh', ['-c', command], { cwd: request.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      resolveResult({ exitCode: null, why: `could not start: ${(error as Error).message}`, output: [] });
      return;
    }
    let stopped: string | undefined;
    const stop = (why: string) => {
      if (stopped) return;
      stopped = why;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch { /* already gone */ }
      setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch { /* already gone */ }
      }, 5_000).unref();
    };
    const timer = setTimeout(() => stop(`did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs);
    const onAbort = () => stop('was stopped: the run was interrupted');
    request.signal?.addEventListener('abort', onAbort, { once: true });
    if (request.signal?.aborted) onAbort(); // an abort before the listener never fires it
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveResult({ exitCode: null, why: `could not start: ${error.message}`, output: lines });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      if (partial) keep(partial);
      const why = stopped ?? (code === 0 ? 'exited 0' : code !== null ? `exited ${code}` : `was killed by ${signal}`);
      resolveResult({ exitCode: stopped ? null : code, why, output: lines });
    });
  });
}
