import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CHECKS } from '../checks/index.js';
import { ManifestError } from '../manifest/errors.js';
import { DEFAULT_MANIFEST } from '../manifest/load.js';
import { Masker } from '../mask.js';
import { ANNOTATIONS_PER_JOB, ANNOTATIONS_PER_LEVEL, renderAnnotations, type ChangedLines } from '../reporters/annotations.js';
import { createGit } from '../git/git.js';
import { renderJson } from '../reporters/json.js';
import { renderSarif } from '../reporters/sarif.js';
import { VERSION } from '../version.js';
import { renderSummary } from '../reporters/summary.js';
import { actionOutputs } from '../reporters/outputs.js';
import { renderCommentBody, upsertStickyComment } from '../reporters/pr-comment.js';
import { finishRun } from '../operate/finish-run.js';
import { runReleaseGate, type RunResult } from '../run.js';
import { isPostDeployRun } from '../operate/post-deploy-run.js';
import { durationMs } from '../http/duration.js';
import type { PostDeployOptions, PostDeployResult } from '../operate/post-deploy.js';
import type { Log } from '../operate/rollback.js';
import { OPERATE_ACTIONS, POST_DEPLOY_INPUTS, POST_DEPLOY_OUTPUTS, type OperateActionDefinition } from './operate-actions.js';
import { Inputs, Outputs } from './constants.js';
import { defaultBase } from './default-base.js';
import { issueNumberOf, readEvent, type WorkflowPayload } from './event.js';
import { logChecks } from './log-groups.js';
import * as core from './workflow-commands.js';

/**
 * Runs the gate as a GitHub Action: inputs from INPUT_*, annotations on stdout, the job summary,
 * outputs, the JSON report and artifacts under RUNNER_TEMP. `check` is fixed by a per-check action;
 * the root action reads the `checks` input. `stage` is a stage action (actions/post-deploy): the same
 * path, with the stage's runner in place of the plain gate run, and its own outputs added.
 */
export async function runAction(check?: string, stage?: OperateActionDefinition['name']): Promise<void> {
  const env = process.env;
  const cwd = env.GITHUB_WORKSPACE || process.cwd();
  const masker = new Masker((value) => core.setSecret(value));
  const available = check ? CHECKS.filter((c) => c.name === check) : CHECKS;
  const stageDefinition = stage ? OPERATE_ACTIONS.find((a) => a.name === stage) : undefined;
  const stageChecks = stageDefinition ? CHECKS.filter((c) => stageDefinition.checks.includes(c.name)) : undefined;
  // A cancelled workflow sends SIGINT, then SIGTERM: the first stops the run (cleanups run, the partial
  // report and outputs are written); a second exits at once.
  const interrupt = new AbortController();
  let received: 'SIGINT' | 'SIGTERM' | undefined;
  const exitOn = { SIGINT: 130, SIGTERM: 143 } as const;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (received) process.exit(exitOn[signal]);
      received = signal;
      interrupt.abort(new Error(`interrupted by ${signal}`));
    });
  }

  try {
    if (check && available.length === 0) throw new Error(`this release-gate has no ${check} check`);
    const checks = check ? [check] : stage ? undefined : listInput(core.getInput(Inputs.Checks));
    for (const name of checks ?? []) {
      if (!CHECKS.some((c) => c.name === name)) {
        throw new Error(`checks: unknown check "${name}" (available: ${CHECKS.map((c) => c.name).join(', ') || 'none'})`);
      }
    }
    const failOn = core.getInput(Inputs.FailOn) || 'error';
    if (failOn !== 'error' && failOn !== 'warning') throw new Error(`fail-on must be error or warning, got "${failOn}"`);
    const inputs: Record<string, string | undefined> = {};
    for (const c of stageChecks ?? available) {
      for (const input of c.inputs ?? []) {
        if (input.cliOnly) continue;
        // runReleaseGate masks the inputs a check marks secret; the masker also hands them to setSecret.
        inputs[input.name] = core.getInput(input.name) || undefined;
      }
    }

    const event = readEvent(env);
    const base = stage ? undefined : core.getInput(Inputs.Base) || defaultBase(event.name, event.payload);
    const common = {
      cwd, env, manifestPath: core.getInput(Inputs.Manifest) || DEFAULT_MANIFEST, environment: core.getInput(Inputs.Environment) || undefined,
      failOn, inputs, masker, signal: interrupt.signal,
    } as const;
    let stageResult: PostDeployResult | undefined;
    let stageSummary: string | undefined;
    let run: RunResult;
    // Progress of long waits (the rollout heartbeat) inside a log group, folded once the run is over.
    core.startGroup(`release-gate: running ${stage ?? checks?.join(', ') ?? 'every configured check'}`);
    try {
      if (stage) {
        stageResult = await postDeployStage(common);
        run = stageResult;
      } else {
        run = await runReleaseGate({ ...common, checks, base, event: event.name || undefined, available, progress: (line) => core.info(line) });
        // A run of the watch, or of smoke or latency on a deployment event, is the post-deploy stage: when it fails, post-deploy's rollback follows.
        if (run.report.status === 'fail' && isPostDeployRun(run.report, env)) {
          const { rollBackCheckRun } = await import('../operate/post-deploy.js');
          const watchStage = await rollBackCheckRun({ ...common, run, githubToken: core.getInput(Inputs.Token) || undefined, progress: (line) => core.info(line), log: actionLog(masker) });
          if (watchStage) {
            run = { ...run, report: watchStage.report };
            stageSummary = renderStageSummary({ reason: watchStage.reason, statuses: [], problems: [], ...(watchStage.rollback ? { rollback: watchStage.rollback } : {}), ...(watchStage.rollbackSkipped ? { rollbackSkipped: watchStage.rollbackSkipped } : {}) });
          }
        }
      }
    } finally {
      core.endGroup();
    }
    const { report, artifacts, files, manifest, notices } = run;
    logChecks(report, (text) => masker.mask(text));

    for (const notice of notices) core.notice(notice);
    const outDir = join(env.RUNNER_TEMP || resolve(cwd, '.release-gate'), 'release-gate');
    // node:fs's synchronous calls rather than node:fs/promises, which a run would load (with readline and streams) for these.
    mkdirSync(outDir, { recursive: true });
    const reportPath = core.getInput(Inputs.Report) ? resolve(cwd, core.getInput(Inputs.Report)) : join(outDir, 'report.json');
    const sarifPath = join(outDir, 'report.sarif');

    // The failure message (core.setFailed) is an error annotation too: keep a slot for it.
    const failing = report.status === 'fail';
    const budget = jobBudget(env);
    const annotations = renderAnnotations(report, {
      manifestFile: manifest.file,
      changedLines: await changedLines(cwd, base),
      reservedErrors: failing ? 1 : 0,
      jobRemaining: Math.max(0, budget.remaining - notices.length - (failing ? 1 : 0)),
    });
    for (const command of annotations.commands) process.stdout.write(`${masker.mask(command)}\n`);
    budget.spend(notices.length + annotations.commands.length + (failing ? 1 : 0));
    const fullReport = `the JSON report (\`${reportPath}\`, the step's \`report\` output) and the SARIF report (the \`sarif\` output); upload them with actions/upload-artifact to keep them`;
    await appendSummary(masker.mask(renderSummary(report, { omitted: annotations.omitted, fullReport })));

    writeFileSync(reportPath, masker.maskJson(renderJson(report)));
    for (const [name, content] of Object.entries(artifacts)) writeFileSync(join(outDir, name), content);
    for (const [path, content] of Object.entries(files ?? {})) {
      mkdirSync(dirname(resolve(cwd, path)), { recursive: true });
      writeFileSync(resolve(cwd, path), content);
    }

    writeFileSync(sarifPath, masker.maskJson(renderSarif(report, { toolVersion: VERSION, manifestFile: manifest.file })));
    for (const [name, value] of Object.entries(actionOutputs(report, reportPath))) core.setOutput(name, value);
    core.setOutput(Outputs.Sarif, sarifPath);
    if (stageResult) {
      core.setOutput(POST_DEPLOY_OUTPUTS.RolledBack, String(stageResult.rollback !== undefined && stageResult.rollback.status !== 'failed'));
      core.setOutput(POST_DEPLOY_OUTPUTS.PreviousSha, stageResult.rollback?.status !== 'failed' ? stageResult.rollback?.previous?.sha ?? '' : '');
      core.setOutput(POST_DEPLOY_OUTPUTS.Reason, masker.mask(stageResult.reason));
      stageSummary = renderStageSummary(stageResult);
    }
    if (stageSummary) await appendSummary(masker.mask(stageSummary));
    if (isTrue(core.getInput(Inputs.Comment))) await comment(masker.mask(renderCommentBody(report)), event.payload);
    // The alerts, then the run added to the history: the same function as the CLI's post-deploy, watch and monitor runs.
    const { trends } = await finishRun({
      report, manifest: manifest.data, cwd, env, now: new Date(), masker, environment: core.getInput(Inputs.Environment) || undefined,
      githubToken: core.getInput(Inputs.Token) || undefined, testAlert: isTrue(inputs['test-alert'] ?? ''), keep: 'configured', log: actionLog(masker),
      ...(stage ? { kind: 'post-deploy' as const } : {}), ...(stageResult?.deployment?.sha ? { commit: stageResult.deployment.sha } : {}),
    });
    if (trends) await appendSummary(masker.mask(trends));

    if (received) process.exitCode = exitOn[received];
    if (failing) {
      const failed = report.checks.filter((c) => c.status !== 'pass' && c.status !== 'skipped').map((c) => c.check);
      core.setFailed(`release-gate failed: ${failed.join(', ')}`);
    }
  } catch (error) {
    core.setOutput(Outputs.Status, 'fail');
    if (error instanceof ManifestError) {
      // Within the same limits as findings: nine problems, then the failure message.
      const budget = jobBudget(env);
      const shown = error.problems.slice(0, Math.max(0, Math.min(ANNOTATIONS_PER_LEVEL, budget.remaining) - 1));
      for (const p of shown) {
        core.error(masker.mask(p.message), { file: error.file, startLine: p.line, startColumn: p.column, title: 'release-gate manifest' });
      }
      budget.spend(shown.length + 1);
      await appendSummary(`## release-gate: the manifest cannot be used\n\n${error.problems.map((p) => `- \`${error.file}:${p.line ?? 1}:${p.column ?? 1}\` ${masker.mask(p.message)}`).join('\n')}\n`);
      core.setFailed(`${error.file}: ${error.problems.length} problem(s) in the manifest`);
    } else {
      core.setFailed(masker.mask(error instanceof Error ? error.message : String(error)));
    }
  }
}

/** actions/post-deploy: the stage's own inputs on top of the common ones; GitHub access from the token input. */
async function postDeployStage(common: Omit<PostDeployOptions, 'log'>): Promise<PostDeployResult> {
  // Loaded on use, as the checks are: the check actions never load the GitHub client or the stage.
  const { githubFromEnv } = await import('../github/client.js');
  const { runPostDeploy } = await import('../operate/post-deploy.js');
  const timeout = core.getInput(POST_DEPLOY_INPUTS.Timeout).trim();
  let timeoutMs: number | undefined;
  if (timeout) {
    timeoutMs = /^\d+(\.\d+)?\s*(ms|s|m|h)$/.test(timeout) ? durationMs(timeout, 0) : NaN;
    if (!(timeoutMs > 0)) throw new Error(`timeout must be a duration such as 20m, got "${timeout}"`);
  }
  const { client, missing } = githubFromEnv({ ...process.env }, { token: core.getInput(Inputs.Token) || undefined });
  if (!client) core.info(`post-deploy: no GitHub access (${missing.join(', ')}): no deployment status is posted`);
  const masker = common.masker;
  try {
    return await runPostDeploy({
      ...common,
      deploymentId: core.getInput(POST_DEPLOY_INPUTS.DeploymentId) || undefined,
      noRollback: /^(false|no|off|0)$/i.test(core.getInput(POST_DEPLOY_INPUTS.Rollback).trim()),
      timeoutMs,
      ...(client ? { github: client } : {}),
      progress: (line) => core.info(line),
      log: actionLog(masker),
    });
  } finally {
    await client?.close();
  }
}

/** Log lines of the stage, the alerts and the history: masked, each level as its workflow command. */
function actionLog(masker: Masker): Log {
  return (level, message) => {
    const text = masker.mask(message);
    if (level === 'info') core.info(text);
    else if (level === 'notice') core.notice(text);
    else if (level === 'warning') core.warning(text);
    else core.error(text);
  };
}

/** The stage's own lines in the job summary: the deployment, the statuses posted, the rollback and what could not be done. */
function renderStageSummary(result: Pick<PostDeployResult, 'reason' | 'deployment' | 'statuses' | 'rollback' | 'rollbackSkipped' | 'problems'>): string {
  const lines = ['### Post-deploy', '', `**Verdict:** ${escapeCell(result.reason)}`, ''];
  if (result.deployment) lines.push(`- Deployment ${result.deployment.id}${result.deployment.environment ? ` (${result.deployment.environment})` : ''}${result.deployment.sha ? ` at \`${result.deployment.sha.slice(0, 12)}\`` : ''}: ${result.statuses.length ? `posted ${result.statuses.join(', ')}` : 'no status posted'}`);
  if (result.rollback) {
    const r = result.rollback;
    lines.push(`- Rollback (${r.method}): ${escapeCell(r.detail)}${r.previous ? `; previous good sha \`${r.previous.sha.slice(0, 12)}\` from ${r.previous.from}` : ''}`);
    if (r.confirmation) lines.push(`- Confirmation: ${escapeCell(r.confirmation.detail)}`);
  } else if (result.rollbackSkipped) {
    lines.push(`- Rollback: not run: ${escapeCell(result.rollbackSkipped)}`);
  }
  for (const problem of result.problems) lines.push(`- ⚠️ ${escapeCell(problem)}`);
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

/** Environment variable that carries, to later steps of the job, how many annotations release-gate sent. */
export const JOB_ANNOTATIONS_VARIABLE = 'RELEASE_GATE_JOB_ANNOTATIONS';

/**
 * GitHub shows 50 annotations per job. Several release-gate steps in one job share them: each step
 * adds what it sent to a variable exported through GITHUB_ENV, which the next steps read.
 */
function jobBudget(env: NodeJS.ProcessEnv): { remaining: number; spend(n: number): void } {
  const used = Number.parseInt(env[JOB_ANNOTATIONS_VARIABLE] ?? '', 10);
  const already = Number.isFinite(used) && used > 0 ? used : 0;
  return {
    remaining: Math.max(0, ANNOTATIONS_PER_JOB - already),
    spend(n) {
      if (n > 0 && env.GITHUB_ENV) core.exportVariable(JOB_ANNOTATIONS_VARIABLE, String(already + n));
    },
  };
}

/** The lines the pull request added or changed, so findings there are annotated first; none without git. */
async function changedLines(cwd: string, base: string | undefined): Promise<ChangedLines | undefined> {
  if (!base) return undefined;
  try {
    const files = await createGit(cwd).changes(base);
    return new Map(files.map((f) => [f.path, f.added]));
  } catch {
    return undefined; // a shallow clone or no git: annotations fall back to severity order
  }
}

function listInput(value: string): string[] | undefined {
  const names = value.split(/[\s,]+/).filter(Boolean);
  return names.length ? names : undefined;
}

async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.appendSummary(markdown);
}

async function comment(body: string, payload: WorkflowPayload): Promise<void> {
  const token = core.getInput(Inputs.Token);
  const issueNumber = issueNumberOf(payload);
  if (!token) {
    core.warning('comment: true needs the token input (token: ${{ github.token }}) with pull-requests: write');
    return;
  }
  if (!issueNumber) {
    core.info('comment: not a pull-request event; no comment written');
    return;
  }
  // The GitHub client is loaded only here: an action run that writes no comment never pays for it.
  const { githubFromEnv } = await import('../github/client.js');
  const { client, missing } = githubFromEnv({ ...process.env }, { token });
  if (!client) {
    core.warning(`could not write the pull-request comment: no GitHub access (${missing.join(', ')})`);
    return;
  }
  try {
    await upsertStickyComment({ github: client, issueNumber, body });
  } catch (error) {
    core.warning(`could not write the pull-request comment: ${(error as Error).message}. Grant pull-requests: write.`);
  } finally {
    await client.close();
  }
}

// The runner fills defaults from action.yml, but a bundle run by hand may see no value at all,
// where core.getBooleanInput would throw.
function isTrue(value: string): boolean {
  return /^(true|yes|on|1)$/i.test(value.trim());
}
