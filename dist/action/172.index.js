export const id = 172;
export const ids = [172];
export const modules = {

/***/ 75172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPostDeploy: () => (/* binding */ runPostDeploy)
});

// UNUSED EXPORTS: POST_DEPLOY_CHECKS, PostDeployUsageError, confirmWithSmoke, failReason, rollbackLine

// EXTERNAL MODULE: ./src/checks/index.ts
var checks = __webpack_require__(2369);
// EXTERNAL MODULE: ./src/http/duration.ts
var duration = __webpack_require__(77810);
// EXTERNAL MODULE: ./src/manifest/load.ts + 3 modules
var load = __webpack_require__(17745);
// EXTERNAL MODULE: ./src/run.ts + 5 modules
var src_run = __webpack_require__(23290);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/operate/deployment.ts


/** The deployment of a deployment_status event, or the one `--deployment-id` names (its details read from the API when a client is given). */
async function resolveDeployment(options) {
    const given = options.deploymentId?.trim();
    if (given) {
        if (!/^\d+$/.test(given))
            return { problem: `--deployment-id must be a number, got "${given}"` };
        const id = Number(given);
        if (!options.github)
            return { deployment: { id, source: 'deployment-id' } };
        try {
            const d = await options.github.getDeployment(id);
            return { deployment: { id, source: 'deployment-id', ...deployment_text('environment', d.environment), ...deployment_text('sha', d.sha), ...deployment_text('ref', d.ref) } };
        }
        catch (error) {
            return { deployment: { id, source: 'deployment-id' }, problem: `the details of deployment ${id} could not be read: ${error.message}` };
        }
    }
    if (options.env.GITHUB_EVENT_NAME !== 'deployment_status' && options.env.GITHUB_EVENT_NAME !== 'deployment')
        return {};
    const path = options.env.GITHUB_EVENT_PATH;
    if (!path)
        return { problem: `GITHUB_EVENT_NAME is ${options.env.GITHUB_EVENT_NAME} but GITHUB_EVENT_PATH is not set, so the deployment is unknown` };
    let event;
    try {
        event = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(options.cwd, path), 'utf8'));
    }
    catch (error) {
        return { problem: `cannot read the event at ${path}: ${error.code ?? error.message}` };
    }
    const deployment = object(event.deployment);
    const status = object(event.deployment_status);
    if (typeof deployment.id !== 'number' || !Number.isInteger(deployment.id))
        return { problem: `the event at ${path} has no deployment.id` };
    const url = str(status.environment_url) || str(status.target_url);
    return {
        deployment: {
            id: deployment.id,
            source: 'event',
            ...deployment_text('environment', str(status.environment) || str(deployment.environment)),
            ...deployment_text('sha', str(deployment.sha)),
            ...deployment_text('ref', str(deployment.ref)),
            ...deployment_text('url', url),
            ...deployment_text('state', str(status.state)),
        },
    };
}
/** The workflow run's page: GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID. */
function runUrlOf(env) {
    if (!env.GITHUB_RUN_ID || !env.GITHUB_REPOSITORY)
        return undefined;
    return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
/** Posts statuses on one deployment; a failure becomes a problem line, never an exception. */
function statusPoster(github, deployment, env, report) {
    const posted = [];
    const problems = [];
    const logUrl = runUrlOf(env);
    return {
        posted,
        problems,
        async post(state, description) {
            if (!github || !deployment)
                return;
            try {
                await github.createDeploymentStatus(deployment.id, {
                    state,
                    description: oneLine(description),
                    ...(logUrl ? { log_url: logUrl } : {}),
                    ...(deployment.url ? { environment_url: deployment.url } : {}),
                    ...(deployment.environment ? { environment: deployment.environment } : {}),
                });
                posted.push(state);
            }
            catch (error) {
                const problem = `the ${state} status of deployment ${deployment.id} was not posted: ${error.message}`;
                problems.push(problem);
                report(problem);
            }
        },
    };
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function object(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function str(value) {
    return typeof value === 'string' ? value.trim() : '';
}
function deployment_text(key, value) {
    return value ? { [key]: value } : {};
}

// EXTERNAL MODULE: ./src/operate/history/open-store.ts + 1 modules
var open_store = __webpack_require__(985);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/operate/rollback.ts


const OUTPUT_LINES = 20;
async function performRollback(request) {
    const started = Date.now();
    const method = request.settings.run !== undefined ? 'command' : 'workflow';
    const previous = await findPreviousGood(request);
    if (previous)
        request.log('info', `rollback: the last sha whose post-deploy gate passed is ${previous.sha.slice(0, 12)} (${describeSource(previous)})`);
    else
        request.log('warning', `rollback: no earlier sha passed the post-deploy gate${request.environment !== '-' ? ` on ${request.environment}` : ''} (neither the history nor the Deployments API has one)`);
    if (method === 'command') {
        const result = await runCommand(request.settings.run, request, previous);
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
    const workflow = request.settings.workflow;
    const failed = (detail) => ({ status: 'failed', method, ...(previous ? { previous } : {}), ...(request.failedSha ? { failedSha: request.failedSha } : {}), detail, ms: Date.now() - started });
    if (!request.github)
        return failed(`the workflow ${workflow} was not dispatched: no GitHub token and repository (GITHUB_TOKEN, GITHUB_REPOSITORY; the action's token input)`);
    if (!previous)
        return failed(`the workflow ${workflow} was not dispatched: there is no earlier sha that passed the post-deploy gate to roll back to`);
    const ref = dispatchRef(request);
    try {
        await request.github.dispatchWorkflow(workflow, ref, {
            sha: previous.sha,
            environment: request.environment,
            'failed-sha': request.failedSha ?? '',
            reason: request.reason.slice(0, 1000),
        });
    }
    catch (error) {
        return failed(`the workflow ${workflow} was not dispatched: ${error.message}`);
    }
    return { status: 'dispatched', method, previous, ...(request.failedSha ? { failedSha: request.failedSha } : {}), detail: `dispatched ${workflow} on ${ref} to roll back to ${previous.sha.slice(0, 12)}`, ms: Date.now() - started };
}
/** The manifest's ref, else a branch the deployment or the run names, else main. */
function dispatchRef(request) {
    if (request.settings.ref)
        return request.settings.ref;
    const isSha = (ref) => /^[0-9a-f]{7,40}$/i.test(ref);
    if (request.deploymentRef && !isSha(request.deploymentRef))
        return request.deploymentRef.replace(/^refs\/heads\//, '');
    const name = request.env.GITHUB_REF_TYPE === 'branch' ? request.env.GITHUB_REF_NAME : undefined;
    return name || 'main';
}
/** The last sha whose post-deploy gate passed on this environment: the history first, else the Deployments API. */
async function findPreviousGood(request) {
    if (request.previousSha)
        return { sha: request.previousSha, from: 'given' };
    if (request.readHistory) {
        try {
            const found = lastPassingFromHistory(await request.readHistory(), request.environment, request.failedSha);
            if (found)
                return found;
        }
        catch (error) {
            request.log('warning', `rollback: the history could not be read (${error.message}); asking the Deployments API`);
        }
    }
    if (request.github) {
        try {
            return await lastPassingFromDeployments(request.github, request.environment, request.failedSha);
        }
        catch (error) {
            request.log('warning', `rollback: ${error.message}`);
        }
    }
    return undefined;
}
function lastPassingFromHistory(records, environment, failedSha) {
    const passing = records
        .filter((r) => r.kind === 'post-deploy' && r.status === 'pass' && r.commit && r.commit !== failedSha && (environment === '-' || r.environment === environment))
        .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
    const best = passing[0];
    return best ? { sha: best.commit, from: 'history', at: best.time } : undefined;
}
/** release-gate's own success statuses say the gate passed; a platform's success only that it deployed. */
async function lastPassingFromDeployments(github, environment, failedSha) {
    const deployments = await github.listDeployments({ ...(environment !== '-' ? { environment } : {}), perPage: 30 });
    let deployedOnly;
    for (const deployment of deployments.slice(0, 15)) {
        if (!deployment.sha || deployment.sha === failedSha)
            continue;
        const statuses = await github.listDeploymentStatuses(deployment.id, 30);
        const successes = statuses.filter((s) => s.state === 'success');
        if (successes.some((s) => typeof s.description === 'string' && s.description.startsWith(STATUS_PREFIX))) {
            return { sha: deployment.sha, from: 'deployments', at: deployment.created_at };
        }
        if (successes.length && !deployedOnly)
            deployedOnly = { sha: deployment.sha, from: 'deployments', at: deployment.created_at, unverified: true };
    }
    return deployedOnly;
}
/** Every deployment status release-gate posts starts with this, so its verdicts can be told from a platform's. */
const STATUS_PREFIX = 'release-gate';
function describeSource(previous) {
    if (previous.from === 'given')
        return 'given';
    if (previous.from === 'history')
        return `from the history, ${previous.at}`;
    return previous.unverified ? 'from the Deployments API: deployed successfully, never verified by release-gate' : 'from the Deployments API';
}
/** Runs the command in its own process group, so a timeout stops it and everything it started. */
function runCommand(command, request, previous) {
    const timeoutMs = (0,duration/* durationMs */.p)(request.settings.timeout, 10 * 60_000);
    const mask = request.mask ?? ((t) => t);
    const env = {
        ...request.env,
        RELEASE_GATE_ENVIRONMENT: request.environment,
        RELEASE_GATE_FAILED_SHA: request.failedSha ?? '',
        RELEASE_GATE_PREVIOUS_SHA: previous?.sha ?? '',
        RELEASE_GATE_REASON: request.reason,
    };
    request.log('info', `rollback: running \`${command}\``);
    return new Promise((resolveResult) => {
        const lines = [];
        let partial = '';
        const take = (chunk) => {
            const text = partial + chunk.toString('utf8');
            const parts = text.split('\n');
            partial = parts.pop() ?? '';
            if (partial.length > 4096)
                partial = partial.slice(-4096);
            for (const line of parts)
                keep(line);
        };
        const keep = (line) => {
            const shown = mask(line.replace(/\r$/, '')).slice(0, 500);
            if (!shown.trim())
                return;
            request.log('info', `rollback | ${shown}`);
            lines.push(shown);
            if (lines.length > OUTPUT_LINES)
                lines.shift();
        };
        let child;
        try {
            child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', command], { cwd: request.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        }
        catch (error) {
            resolveResult({ exitCode: null, why: `could not start: ${error.message}`, output: [] });
            return;
        }
        let stopped;
        const stop = (why) => {
            if (stopped)
                return;
            stopped = why;
            try {
                process.kill(-child.pid, 'SIGTERM');
            }
            catch { /* already gone */ }
            setTimeout(() => {
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch { /* already gone */ }
            }, 5_000).unref();
        };
        const timer = setTimeout(() => stop(`did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`), timeoutMs);
        const onAbort = () => stop('was stopped: the run was interrupted');
        request.signal?.addEventListener('abort', onAbort, { once: true });
        child.stdout.on('data', take);
        child.stderr.on('data', take);
        child.on('error', (error) => {
            clearTimeout(timer);
            resolveResult({ exitCode: null, why: `could not start: ${error.message}`, output: lines });
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            request.signal?.removeEventListener('abort', onAbort);
            if (partial)
                keep(partial);
            const why = stopped ?? (code === 0 ? 'exited 0' : code !== null ? `exited ${code}` : `was killed by ${signal}`);
            resolveResult({ exitCode: stopped ? null : code, why, output: lines });
        });
    });
}

;// CONCATENATED MODULE: ./src/operate/post-deploy.ts







/**
 * The post-deploy stage as one run: smoke (with its rollout wait) and latency, then watch when the
 * manifest has it and the rest passed; the deployment's statuses (in_progress, then success or
 * failure with the run's link and a one-line reason); and on failure, crash or timeout the rollback,
 * confirmed by smoke against the rolled-back deployment. The GitHub API and the history can fail at
 * any point without changing the checks' verdict or stopping the rollback.
 */
const POST_DEPLOY_CHECKS = ['smoke', 'latency'];
async function runPostDeploy(options) {
    const available = options.available ?? checks/* CHECKS */.u;
    const problems = [];
    const problem = (message) => {
        problems.push(message);
        options.log('warning', message);
    };
    const resolved = await resolveDeployment({ env: options.env, cwd: options.cwd, deploymentId: options.deploymentId, github: options.github });
    if (resolved.problem)
        problem(`deployment: ${resolved.problem}`);
    const deployment = resolved.deployment;
    // A deployment_status event for a deployment that is not (yet) live: smoke skips it, and nothing is posted or rolled back.
    const notLive = deployment?.source === 'event' && deployment.state !== undefined && deployment.state !== 'success';
    const poster = statusPoster(notLive ? undefined : options.github, deployment, options.env, problem);
    if (deployment && !notLive && !options.github)
        options.log('notice', `deployment ${deployment.id}: no GitHub token and repository (GITHUB_TOKEN, GITHUB_REPOSITORY), so its statuses are not posted`);
    // The manifest is read first so a rollback can run even when the checks crash outright.
    const manifest = await (0,load/* loadManifest */.eY)(options.manifestPath, options.cwd);
    const data = manifest.data;
    const configured = (name) => data[name] !== undefined && available.some((c) => c.name === name);
    const first = POST_DEPLOY_CHECKS.filter(configured);
    if (first.length === 0)
        throw new PostDeployUsageError(`${manifest.file} has neither smoke nor latency: the post-deploy stage has nothing to verify`);
    await poster.post('in_progress', `${STATUS_PREFIX}: verifying ${[...first, ...(configured('watch') ? ['watch'] : [])].join(', ')}`);
    // A timeout with a reason the report can say: "the smoke check was stopped by the post-deploy timeout (20m) before it finished".
    const timeout = options.timeoutMs ? deadline(options.timeoutMs) : undefined;
    const signals = [options.signal, timeout].filter((s) => s !== undefined);
    const checkSignal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const env = deployment?.source === 'deployment-id' && deployment.sha && !options.env.GITHUB_SHA ? { ...options.env, GITHUB_SHA: deployment.sha } : options.env;
    const gate = (checks) => (0,src_run/* runReleaseGate */.u)({
        cwd: options.cwd, env, manifestPath: options.manifestPath, checks, environment: options.environment ?? (deployment?.source === 'deployment-id' ? matchingEnvironment(manifest, deployment) : undefined),
        event: env.GITHUB_EVENT_NAME || undefined, failOn: options.failOn, inputs: options.inputs, masker: options.masker, available, now: options.now,
        ...(checkSignal ? { signal: checkSignal } : {}), ...(options.progress ? { progress: options.progress } : {}),
    });
    let run;
    try {
        run = await gate(first);
        if (run.report.status === 'pass' && configured('watch')) {
            const watched = await gate(['watch']);
            run = { ...run, report: mergeReports(run.report, watched.report), artifacts: { ...run.artifacts, ...watched.artifacts }, notices: [...run.notices, ...watched.notices] };
        }
    }
    catch (error) {
        // Not a check's failure (those are findings): release-gate itself broke. The deployment is still unverified.
        const message = error instanceof Error ? error.message : String(error);
        run = { report: { schemaVersion: 1, status: 'fail', checks: [] }, artifacts: {}, manifest, notices: [], salt: '' };
        run.report.checks.push({ check: 'post-deploy', status: 'error', durationMs: 0, findings: [], metrics: { reason: `release-gate crashed: ${options.masker.mask(message)}` } });
    }
    if (timeout?.aborted && !options.signal?.aborted)
        problem(`post-deploy: the checks were stopped after ${Math.round(options.timeoutMs / 1000)} s (--timeout)`);
    const failedChecks = run.report.checks.filter((c) => c.status === 'fail' || c.status === 'error');
    let reason = run.report.status === 'pass' ? passReason(run.report) : failReason(failedChecks);
    let short = run.report.status === 'pass' ? reason : failReason(failedChecks, { short: true });
    const result = { ...run, deployment, statuses: poster.posted, problems, reason };
    if (run.report.status === 'fail' && !notLive) {
        const settings = manifest.data.rollback;
        if (!settings)
            result.rollbackSkipped = 'the manifest has no rollback section';
        else if (options.noRollback)
            result.rollbackSkipped = 'rollback is turned off (--no-rollback, or the rollback input false)';
        else if (settings.when === 'manual')
            result.rollbackSkipped = 'rollback.when is manual: run `release-gate rollback` to roll back';
        else {
            const environment = environmentOf(run.report, deployment, options.environment);
            const outcome = await performRollback({
                settings, environment, reason: options.masker.mask(reason),
                ...(deployment?.sha ?? env.GITHUB_SHA ? { failedSha: deployment?.sha ?? env.GITHUB_SHA } : {}),
                ...(deployment?.ref ? { deploymentRef: deployment.ref } : {}),
                cwd: options.cwd, env: options.env, ...(options.github ? { github: options.github } : {}),
                readHistory: () => (0,open_store/* openHistoryStore */.g)(manifest.data.history, options.cwd, { env: options.env }).read(),
                mask: (t) => options.masker.mask(t), ...(options.signal ? { signal: options.signal } : {}), log: options.log,
            });
            let confirmation;
            if (outcome.status !== 'failed' && settings.confirm !== false && manifest.data.smoke) {
                confirmation = await confirmWithSmoke({ ...options, manifest, previousSha: outcome.previous?.sha, url: urlOf(run.report) });
            }
            result.rollback = { ...outcome, ...(confirmation ? { confirmation } : {}) };
            reason = `${reason}; ${rollbackLine(result.rollback)}`;
            short = `${short}; ${rollbackLine(result.rollback, { short: true })}`;
        }
        if (result.rollbackSkipped)
            options.log('notice', `rollback: not run: ${result.rollbackSkipped}`);
    }
    result.reason = reason;
    if (result.rollback)
        result.report = { ...result.report, checks: [...result.report.checks, rollbackCheck(result.rollback)] };
    // GitHub keeps 140 characters of a description: the short form, whose full text is in the run's summary.
    await poster.post(run.report.status === 'pass' ? 'success' : 'failure', `${STATUS_PREFIX}: ${options.masker.mask(short)}`);
    return result;
}
class PostDeployUsageError extends Error {
}
/** Runs smoke again, on the URL the failed run tested, expecting the previous sha (GITHUB_SHA) where a rollout wait checks it. */
async function confirmWithSmoke(options) {
    const env = { ...options.env, GITHUB_EVENT_NAME: undefined, GITHUB_EVENT_PATH: undefined };
    if (options.previousSha)
        env.GITHUB_SHA = options.previousSha;
    options.log('info', `rollback: running smoke again to confirm the rollback${options.url ? ` on ${options.url}` : ''}`);
    try {
        const run = await (0,src_run/* runReleaseGate */.u)({
            cwd: options.cwd, env, manifestPath: options.manifestPath, checks: ['smoke'], environment: options.environment, failOn: options.failOn ?? 'error',
            inputs: { ...options.inputs, ...(options.url ? { url: options.url } : {}) }, masker: options.masker, available: options.available ?? checks/* CHECKS */.u, now: options.now,
            ...(options.signal ? { signal: options.signal } : {}), ...(options.progress ? { progress: options.progress } : {}),
        });
        const smoke = run.report.checks.find((c) => c.check === 'smoke');
        if (run.report.status === 'pass')
            return { passed: true, detail: 'smoke passes again', report: run.report };
        return { passed: false, detail: `smoke still fails${smoke ? failReason([smoke]).replace(/^smoke (failed|did not finish)/, '') : ''}`, report: run.report };
    }
    catch (error) {
        return { passed: false, detail: `smoke could not run: ${error.message}` };
    }
}
function passReason(report) {
    const ran = report.checks.filter((c) => c.status === 'pass').map((c) => c.check);
    return `${ran.join(', ')} passed`;
}
/**
 * "smoke failed: step "dashboard" (GET /): expect.status: expected 200, got 500 (smoke-step-failed)":
 * the first error's first sentence; `short` keeps only the check and the rule, for GitHub's 140 characters.
 */
function failReason(failed, options = {}) {
    if (failed.length === 0)
        return 'failed';
    const first = failed[0];
    const finding = first.findings.find((f) => f.severity === 'error' && f.ruleId !== 'run-interrupted') ?? first.findings.find((f) => f.severity === 'error');
    const interrupted = first.findings.find((f) => f.ruleId === 'run-interrupted');
    const verb = first.status === 'error' ? 'did not finish' : 'failed';
    const also = failed.length > 1 ? ` (also failed: ${failed.slice(1).map((c) => c.check).join(', ')})` : '';
    if (options.short)
        return `${first.check} ${verb}${finding ? ` (${finding.ruleId})` : ''}${also}`;
    const shown = interrupted ?? finding;
    const why = shown ? `: ${firstSentence(shown.message)} (${shown.ruleId})` : typeof first.metrics.reason === 'string' ? `: ${first.metrics.reason}` : '';
    return `${first.check} ${verb}${why}${also}`.replace(/\s+/g, ' ').slice(0, 300);
}
function firstSentence(text) {
    const end = text.search(/\.\s/);
    return end > 0 ? text.slice(0, end) : text.replace(/\.$/, '');
}
function rollbackLine(rollback, options = {}) {
    const target = rollback.previous ? ` to ${rollback.previous.sha.slice(0, 7)}` : '';
    if (rollback.status === 'failed')
        return options.short ? 'rollback failed' : `rollback failed: ${rollback.detail}`;
    const what = rollback.status === 'dispatched' ? `rollback dispatched${target}` : `rolled back${target}`;
    if (!rollback.confirmation)
        return what;
    if (options.short)
        return `${what}, ${rollback.confirmation.passed ? 'confirmed' : 'not confirmed'}`;
    return rollback.confirmation.passed ? `${what}, confirmed: smoke passes` : `${what}, not confirmed: ${rollback.confirmation.detail}`;
}
function deadline(ms) {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error(`stopped by the post-deploy timeout (${(0,duration/* formatDuration */.a)(ms)})`)), ms).unref();
    return controller.signal;
}
/** The rollback as an entry of the report, so the summary, the JSON report and the history carry it. */
function rollbackCheck(rollback) {
    const ok = rollback.status !== 'failed' && rollback.confirmation?.passed !== false;
    return {
        check: 'rollback',
        status: ok ? 'pass' : 'fail',
        durationMs: rollback.ms,
        findings: [],
        metrics: {
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
function mergeReports(a, b) {
    return { schemaVersion: 1, status: a.status === 'fail' || b.status === 'fail' ? 'fail' : 'pass', checks: [...a.checks, ...b.checks] };
}
function environmentOf(report, deployment, given) {
    for (const c of report.checks)
        if (typeof c.metrics.environment === 'string' && c.metrics.environment)
            return c.metrics.environment;
    return given ?? deployment?.environment ?? '-';
}
function urlOf(report) {
    const url = report.checks.find((c) => c.check === 'smoke')?.metrics.url;
    return typeof url === 'string' ? url : undefined;
}
function matchingEnvironment(manifest, deployment) {
    const names = Object.keys(manifest.data.environments ?? {});
    return names.find((n) => deployment.environment !== undefined && n.toLowerCase() === deployment.environment.toLowerCase());
}


/***/ })

};
