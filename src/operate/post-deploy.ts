import type { CheckDefinition } from '../checks/check.js';
import { CHECKS } from '../checks/index.js';
import type { FailOn } from '../gate.js';
import { githubFromEnv, type DeploymentState, type GithubClient } from '../github/client.js';
import { formatDuration } from '../http/duration.js';
import { loadManifest, type LoadedManifest } from '../manifest/load.js';
import type { Masker } from '../mask.js';
import { GATE_RULES } from '../rules/registry.js';
import { runReleaseGate, type RunResult } from '../run.js';
import type { CheckResult, Report } from '../types.js';
import { resolveDeployment, statusPoster, type DeploymentRef } from './deployment.js';
import { openHistoryStore } from './history/open-store.js';
import { isPostDeployRun } from './post-deploy-run.js';
import { performRollback, STATUS_PREFIX, type Log, type RollbackOutcome } from './rollback.js';

/**
 * The post-deploy stage as one run: smoke (with its rollout wait) and latency, then watch when the
 * manifest has it and the rest passed; the deployment's statuses (in_progress, then success or
 * failure with the run's link and a one-line reason); and on failure, crash or timeout the rollback,
 * confirmed by smoke against the rolled-back deployment. The GitHub API and the history can fail at
 * any point without changing the checks' verdict or stopping the rollback.
 */

export const POST_DEPLOY_CHECKS = ['smoke', 'latency'] as const;

export interface PostDeployOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  manifestPath: string;
  environment?: string;
  /** `--deployment-id`; otherwise the deployment_status event's. */
  deploymentId?: string;
  /** `--no-rollback`. */
  noRollback?: boolean;
  /** The whole stage's checks stop after this long (a timeout counts as a failure, so the rollback still runs). */
  timeoutMs?: number;
  failOn: FailOn;
  inputs: Readonly<Record<string, string | undefined>>;
  masker: Masker;
  /** Undefined: no token or repository, so no statuses and no workflow rollback. */
  github?: GithubClient;
  signal?: AbortSignal;
  now?: () => Date;
  available?: readonly CheckDefinition[];
  progress?: (line: string) => void;
  log: Log;
}

export interface ConfirmResult {
  passed: boolean;
  /** One line. */
  detail: string;
  report?: Report;
}

export interface PostDeployResult extends RunResult {
  deployment?: DeploymentRef;
  /** Deployment states posted, in order. */
  statuses: DeploymentState[];
  /** GitHub API and history problems: reported, never part of the verdict. */
  problems: string[];
  rollback?: RollbackOutcome & { confirmation?: ConfirmResult };
  /** Why rollback did not run although the gate failed (`--no-rollback`, `when: manual`, no `rollback`). */
  rollbackSkipped?: string;
  /** The one-line verdict posted on the deployment. */
  reason: string;
}

export async function runPostDeploy(options: PostDeployOptions): Promise<PostDeployResult> {
  const available = options.available ?? CHECKS;
  const problems: string[] = [];
  const problem = (message: string) => {
    problems.push(message);
    options.log('warning', message);
  };
  const resolved = await resolveDeployment({ env: options.env, cwd: options.cwd, deploymentId: options.deploymentId, github: options.github });
  if (resolved.problem) problem(`deployment: ${resolved.problem}`);
  const deployment = resolved.deployment;
  // A deployment_status event for a deployment that is not (yet) live: smoke skips it, and nothing is posted or rolled back.
  const notLive = deployment?.source === 'event' && deployment.state !== undefined && deployment.state !== 'success';
  const poster = statusPoster(notLive ? undefined : options.github, deployment, options.env, problem);
  if (deployment && !notLive && !options.github) options.log('notice', `deployment ${deployment.id}: no GitHub token and repository (GITHUB_TOKEN, GITHUB_REPOSITORY), so its statuses are not posted`);

  // The manifest is read first so a rollback can run even when the checks crash outright.
  const manifest = await loadManifest(options.manifestPath, options.cwd);
  const data = manifest.data as unknown as Record<string, unknown>;
  const configured = (name: string) => data[name] !== undefined && available.some((c) => c.name === name);
  const first = POST_DEPLOY_CHECKS.filter(configured);
  if (first.length === 0) throw new PostDeployUsageError(`${manifest.file} has neither smoke nor latency: the post-deploy stage has nothing to verify`);

  await poster.post('in_progress', `${STATUS_PREFIX}: verifying ${[...first, ...(configured('watch') ? ['watch'] : [])].join(', ')}`);

  // A timeout with a reason the report can say: "the smoke check was stopped by the post-deploy timeout (20m) before it finished".
  const timeout = options.timeoutMs ? deadline(options.timeoutMs) : undefined;
  const signals = [options.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  const checkSignal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
  const env = deployment?.source === 'deployment-id' && deployment.sha && !options.env.GITHUB_SHA ? { ...options.env, GITHUB_SHA: deployment.sha } : options.env;
  const gate = (checks: readonly string[]) => runReleaseGate({
    cwd: options.cwd, env, manifestPath: options.manifestPath, checks, environment: options.environment ?? (deployment?.source === 'deployment-id' ? matchingEnvironment(manifest, deployment) : undefined),
    event: env.GITHUB_EVENT_NAME || undefined, failOn: options.failOn, inputs: options.inputs, masker: options.masker, available, now: options.now,
    ...(checkSignal ? { signal: checkSignal } : {}), ...(options.progress ? { progress: options.progress } : {}),
  });

  let run: RunResult;
  try {
    run = await gate(first);
    if (run.report.status === 'pass' && configured('watch')) {
      const watched = await gate(['watch']);
      run = { ...run, report: mergeReports(run.report, watched.report), artifacts: { ...run.artifacts, ...watched.artifacts }, notices: [...run.notices, ...watched.notices] };
    }
  } catch (error) {
    // Not a check's failure (those are findings): release-gate itself broke. The deployment is still unverified.
    const message = error instanceof Error ? error.message : String(error);
    run = { report: { schemaVersion: 1, status: 'fail', checks: [] }, artifacts: {}, manifest, notices: [], salt: '' };
    run.report.checks.push({ check: 'post-deploy', status: 'error', durationMs: 0, findings: [], metrics: { reason: `release-gate crashed: ${options.masker.mask(message)}` } });
  }
  if (timeout?.aborted && !options.signal?.aborted) problem(`post-deploy: the checks were stopped after ${Math.round(options.timeoutMs! / 1000)} s (--timeout)`);

  const failedChecks = run.report.checks.filter((c) => c.status === 'fail' || c.status === 'error');
  const passed = run.report.status === 'pass';
  const result: PostDeployResult = { ...run, deployment, statuses: poster.posted, problems, reason: passed ? passReason(run.report) : failReason(failedChecks) };
  let short = passed ? result.reason : failReason(failedChecks, { short: true });
  if (!passed && !notLive) {
    const step = await rollBackFailedStage({ ...options, env, report: run.report, manifest, deployment, failed: failedChecks });
    Object.assign(result, { report: step.report, reason: step.reason, ...(step.rollback ? { rollback: step.rollback } : {}), ...(step.rollbackSkipped ? { rollbackSkipped: step.rollbackSkipped } : {}) });
    short = step.short;
  }

  // GitHub keeps 140 characters of a description: the short form, whose full text is in the run's summary.
  await poster.post(passed ? 'success' : 'failure', `${STATUS_PREFIX}: ${options.masker.mask(short)}`);
  return result;
}

export interface FailedStageOptions extends Omit<PostDeployOptions, 'failOn' | 'deploymentId' | 'timeoutMs'> {
  /** The failed run's report: the rollback is added to it as a check of its own. */
  report: Report;
  manifest: LoadedManifest;
  deployment?: DeploymentRef;
  /** The post-deploy checks that failed or did not finish, first the one the reason names. */
  failed: readonly CheckResult[];
}

export interface FailedStage {
  report: Report;
  /** The one-line verdict, the rollback's outcome included. */
  reason: string;
  /** The same in GitHub's 140 characters. */
  short: string;
  rollback?: RollbackOutcome & { confirmation?: ConfirmResult };
  rollbackSkipped?: string;
}

/**
 * What follows a failed post-deploy stage, whichever ran it (runPostDeploy, or a run of the watch
 * check on its own): the manifest's rollback unless it is off or manual, confirmed by smoke, its
 * outcome added to the report and the verdict. It never looks at why the checks failed: a crash or a
 * timeout rolls back like a failing step.
 */
export async function rollBackFailedStage(options: FailedStageOptions): Promise<FailedStage> {
  const { report, manifest, deployment } = options;
  let reason = failReason(options.failed);
  let short = failReason(options.failed, { short: true });
  const settings = manifest.data.rollback;
  let rollbackSkipped: string | undefined;
  if (!settings) rollbackSkipped = 'the manifest has no rollback section';
  else if (options.noRollback) rollbackSkipped = 'rollback is turned off (--no-rollback, or the rollback input false)';
  else if (settings.when === 'manual') rollbackSkipped = 'rollback.when is manual: run `release-gate rollback` to roll back';
  // A cancelled job (SIGINT, then SIGTERM within seconds) has judged nothing, and a rollback started
  // now would be killed half-way: a person stopped the run, so a person decides.
  else if (options.signal?.aborted) rollbackSkipped = 'the run was interrupted before the checks finished: run `release-gate rollback` if the release is bad';
  if (rollbackSkipped || !settings) {
    if (rollbackSkipped) options.log('notice', `rollback: not run: ${rollbackSkipped}`);
    return { report, reason, short, ...(rollbackSkipped ? { rollbackSkipped } : {}) };
  }
  const failedSha = deployment?.sha ?? options.env.GITHUB_SHA;
  const environment = environmentOf(report, deployment, options.environment);
  const outcome = await performRollback({
    settings, environment, reason: options.masker.mask(reason),
    ...(failedSha ? { failedSha } : {}),
    ...(deployment?.ref ? { deploymentRef: deployment.ref } : {}),
    cwd: options.cwd, env: options.env, ...(options.github ? { github: options.github } : {}),
    readHistory: () => openHistoryStore(manifest.data.history, options.cwd, { env: options.env }).read(),
    mask: (t) => options.masker.mask(t), ...(options.signal ? { signal: options.signal } : {}), log: options.log,
  });
  let confirmation: ConfirmResult | undefined;
  if (outcome.status !== 'failed' && settings.confirm !== false && manifest.data.smoke) {
    confirmation = await confirmWithSmoke({ ...options, manifest, previousSha: outcome.previous?.sha, url: urlOf(report) });
  }
  const rollback = { ...outcome, ...(confirmation ? { confirmation } : {}) };
  reason = `${reason}; ${rollbackLine(rollback)}`;
  short = `${short}; ${rollbackLine(rollback, { short: true })}`;
  return { report: { ...report, checks: [...report.checks, rollbackCheck(rollback, manifest, environment)] }, reason, short, rollback };
}

export class PostDeployUsageError extends Error {}

/** The checks of the post-deploy stage: one of them failing or not finishing fails the stage. */
const STAGE_CHECKS: readonly string[] = [...POST_DEPLOY_CHECKS, 'watch'];

export interface CheckRunOptions extends Omit<FailedStageOptions, 'report' | 'manifest' | 'deployment' | 'failed' | 'noRollback' | 'github'> {
  run: RunResult;
  /** The action's token input; GITHUB_TOKEN otherwise (a workflow rollback, the Deployments API). */
  githubToken?: string;
}

/**
 * A run of checks outside runPostDeploy is the post-deploy stage too when it includes the watch (which
 * runs only after a deploy: `release-gate watch`, actions/watch, `checks: smoke,watch`) or answers a
 * deployment event (deployment_status, deployment) with smoke or latency (actions/smoke, the root
 * action with `checks: smoke,latency`). When one of its post-deploy checks failed or did not finish,
 * the same rollback follows (rollBackFailedStage), turned off by the `no-rollback` flag or the
 * `rollback: false` input. Undefined when there is nothing to roll back: not a post-deploy run,
 * nothing failed, or the event's deployment is not live.
 */
export async function rollBackCheckRun(options: CheckRunOptions): Promise<(FailedStage & { deployment?: DeploymentRef }) | undefined> {
  const { report, manifest } = options.run;
  if (!isPostDeployRun(report, options.env)) return undefined;
  const failed = report.checks.filter((c) => STAGE_CHECKS.includes(c.check) && (c.status === 'fail' || c.status === 'error'));
  if (failed.length === 0) return undefined;
  const { deployment, problem } = await resolveDeployment({ env: options.env, cwd: options.cwd });
  if (problem) options.log('warning', `deployment: ${problem}`);
  if (deployment?.state !== undefined && deployment.state !== 'success') return undefined;
  const noRollback = options.inputs['no-rollback'] === 'true' || /^(false|no|off|0)$/i.test(options.inputs.rollback?.trim() ?? '');
  // The GitHub client only for a rollback that may use it: a workflow_dispatch, or the Deployments API's last good sha.
  const settings = manifest.data.rollback;
  const wanted = settings && !noRollback && settings.when !== 'manual';
  const github = wanted ? githubFromEnv({ ...options.env }, options.githubToken ? { token: options.githubToken } : {}).client : undefined;
  try {
    const step = await rollBackFailedStage({ ...options, report, manifest, failed, noRollback, ...(deployment ? { deployment } : {}), ...(github ? { github } : {}) });
    return { ...step, ...(deployment ? { deployment } : {}) };
  } finally {
    await github?.close();
  }
}

/** Runs smoke again, on the URL the failed run tested, expecting the previous sha (GITHUB_SHA) where a rollout wait checks it. */
export async function confirmWithSmoke(options: Omit<PostDeployOptions, 'log' | 'failOn'> & { failOn?: FailOn; manifest: LoadedManifest; previousSha?: string; url?: string; log: Log }): Promise<ConfirmResult> {
  const env: Record<string, string | undefined> = { ...options.env, GITHUB_EVENT_NAME: undefined, GITHUB_EVENT_PATH: undefined };
  if (options.previousSha) env.GITHUB_SHA = options.previousSha;
  options.log('info', `rollback: running smoke again to confirm the rollback${options.url ? ` on ${options.url}` : ''}`);
  try {
    const run = await runReleaseGate({
      cwd: options.cwd, env, manifestPath: options.manifestPath, checks: ['smoke'], environment: options.environment, failOn: options.failOn ?? 'error',
      inputs: { ...options.inputs, ...(options.url ? { url: options.url } : {}) }, masker: options.masker, available: options.available ?? CHECKS, now: options.now,
      ...(options.signal ? { signal: options.signal } : {}), ...(options.progress ? { progress: options.progress } : {}),
    });
    const smoke = run.report.checks.find((c) => c.check === 'smoke');
    // Only a smoke run that passed confirms: one skipped (an interrupted run) proves nothing.
    if (run.report.status === 'pass' && smoke?.status === 'pass') return { passed: true, detail: 'smoke passes again', report: run.report };
    if (smoke?.status === 'skipped' || !smoke) return { passed: false, detail: `smoke did not run${typeof smoke?.metrics.reason === 'string' ? `: ${smoke.metrics.reason}` : ''}`, report: run.report };
    return { passed: false, detail: `smoke still fails${smoke ? failReason([smoke]).replace(/^smoke (failed|did not finish)/, '') : ''}`, report: run.report };
  } catch (error) {
    return { passed: false, detail: `smoke could not run: ${(error as Error).message}` };
  }
}

function passReason(report: Report): string {
  const ran = report.checks.filter((c) => c.status === 'pass').map((c) => c.check);
  return `${ran.join(', ')} passed`;
}

/**
 * "smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500 (smoke-step-failed)":
 * the first error's first sentence; `short` keeps only the check and the rule, for GitHub's 140 characters.
 */
export function failReason(failed: readonly CheckResult[], options: { short?: boolean } = {}): string {
  if (failed.length === 0) return 'failed';
  const first = failed[0]!;
  const finding = first.findings.find((f) => f.severity === 'error' && f.ruleId !== 'run-interrupted') ?? first.findings.find((f) => f.severity === 'error');
  const interrupted = first.findings.find((f) => f.ruleId === 'run-interrupted');
  const verb = first.status === 'error' ? 'did not finish' : 'failed';
  const also = failed.length > 1 ? ` (also failed: ${failed.slice(1).map((c) => c.check).join(', ')})` : '';
  if (options.short) return `${first.check} ${verb}${finding ? ` (${finding.ruleId})` : ''}${also}`;
  const shown = interrupted ?? finding;
  const why = shown ? `: ${firstSentence(shown.message)} (${shown.ruleId})` : typeof first.metrics.reason === 'string' ? `: ${first.metrics.reason}` : '';
  return `${first.check} ${verb}${why}${also}`.replace(/\s+/g, ' ').slice(0, 300);
}

function firstSentence(text: string): string {
  const end = text.search(/\.\s/);
  return end > 0 ? text.slice(0, end) : text.replace(/\.$/, '');
}

export function rollbackLine(rollback: RollbackOutcome & { confirmation?: ConfirmResult }, options: { short?: boolean } = {}): string {
  const target = rollback.previous ? ` to ${rollback.previous.sha.slice(0, 7)}` : '';
  if (rollback.status === 'failed') return options.short ? 'rollback failed' : `rollback failed: ${rollback.detail}`;
  const what = rollback.status === 'dispatched' ? `rollback dispatched${target}` : `rolled back${target}`;
  if (!rollback.confirmation) return what;
  if (options.short) return `${what}, ${rollback.confirmation.passed ? 'confirmed' : 'not confirmed'}`;
  return rollback.confirmation.passed ? `${what}, confirmed: smoke passes` : `${what}, not confirmed: ${rollback.confirmation.detail}`;
}

function deadline(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new Error(`stopped by the post-deploy timeout (${formatDuration(ms)})`)), ms).unref();
  return controller.signal;
}

/**
 * The rollback as an entry of the report, so the summary, the JSON report, the alerts and the history
 * carry it; one that did not bring back a working release is a finding on the manifest's rollback
 * section, the evidence of its alert and annotation.
 */
export function rollbackCheck(rollback: RollbackOutcome & { confirmation?: ConfirmResult }, manifest: LoadedManifest, environment: string): CheckResult {
  const ok = rollback.status !== 'failed' && rollback.confirmation?.passed !== false;
  const where = manifest.locate(['rollback']);
  return {
    check: 'rollback',
    status: ok ? 'pass' : 'fail',
    durationMs: rollback.ms,
    findings: ok ? [] : [{
      ruleId: GATE_RULES.rollbackFailed.id, severity: 'error',
      message: `${environment !== '-' ? `on ${environment}: ` : ''}${rollbackLine(rollback)}`,
      file: manifest.file, line: where?.line, column: where?.column, hint: GATE_RULES.rollbackFailed.help,
    }],
    metrics: {
      ...(environment !== '-' ? { environment } : {}),
      outcome: rollback.status,
      method: rollback.method,
      detail: rollback.detail,
      ...(rollback.previous ? { previousSha: rollback.previous.sha, previousFrom: rollback.previous.from } : {}),
      ...(rollback.failedSha ? { failedSha: rollback.failedSha } : {}),
      ...(rollback.exitCode !== undefined ? { exitCode: rollback.exitCode } : {}),
      ...(rollback.output?.length ? { output: rollback.output } : {}),
      ...(rollback.confirmation ? { confirmed: rollback.confirmation.passed, confirmation: rollback.confirmation.detail } : {}),
      summary: rollbackLine(rollback),
    },
  };
}

function mergeReports(a: Report, b: Report): Report {
  return { schemaVersion: 1, status: a.status === 'fail' || b.status === 'fail' ? 'fail' : 'pass', checks: [...a.checks, ...b.checks] };
}

function environmentOf(report: Report, deployment: DeploymentRef | undefined, given: string | undefined): string {
  for (const c of report.checks) if (typeof c.metrics.environment === 'string' && c.metrics.environment) return c.metrics.environment;
  return given ?? deployment?.environment ?? '-';
}

/** The URL the failed run tested: smoke's, else the watch's (a watch run on its own). */
function urlOf(report: Report): string | undefined {
  for (const check of ['smoke', 'watch']) {
    const url = report.checks.find((c) => c.check === check)?.metrics.url;
    if (typeof url === 'string') return url;
  }
  return undefined;
}

function matchingEnvironment(manifest: LoadedManifest, deployment: DeploymentRef): string | undefined {
  const names = Object.keys(manifest.data.environments ?? {});
  return names.find((n) => deployment.environment !== undefined && n.toLowerCase() === deployment.environment.toLowerCase());
}
