export const id = 648;
export const ids = [648];
export const modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  smokeCheck: () => (/* binding */ smokeCheck)
});

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(14964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
;// CONCATENATED MODULE: ./src/checks/smoke/model.ts
function describeOutcome(o) {
    const head = `${o.subject} (${o.label})`;
    if (o.invalid)
        return `${head} cannot be sent: ${o.invalid}`;
    if (o.error)
        return `${head} failed after ${o.error.ms} ms: ${o.error.message}`;
    const parts = [`${head}: ${o.failures.map((f) => f.message).join('; ')}`];
    if (o.exchange) {
        const hops = o.exchange.redirects.map((h) => `${h.status} → ${displayLocation(h.location, o.exchange.url)}`);
        parts.push(`Got ${o.exchange.response.status} in ${o.exchange.ms} ms${hops.length ? ` after redirects (${hops.join(', ')})` : ''}.`);
    }
    if (o.excerpt !== undefined)
        parts.push(`Body: ${o.excerpt}`);
    return parts.join('. ').replace(/\.\./g, '.');
}
/** A Location header shown as a path when it stays on the request's origin. */
function displayLocation(location, base) {
    if (!location)
        return '?';
    try {
        const url = new URL(location, base);
        return url.origin === base.origin ? `${url.pathname}${url.search}` : url.origin + url.pathname;
    }
    catch {
        return location;
    }
}

;// CONCATENATED MODULE: ./src/checks/smoke/rules/site.ts
/** The location part of a finding. */
function at(site) {
    return { file: site.file, ...(site.line !== undefined ? { line: site.line, column: site.column } : {}) };
}
/** Outcomes of requests to the app under test (the wait and cleanups have rules of their own). */
function testedOutcomes(outcomes) {
    return outcomes.filter((o) => o.phase === 'step' || o.phase === 'login' || o.phase === 'login-page');
}

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-access-not-denied.ts


/** A step that expects to be refused (401/403) was let in with a 2xx: a role sees what it should not. */
function accessNotDenied(o) {
    const status = o.exchange?.response.status;
    return o.phase === 'step' && o.status === 'fail' && !!o.expectsDenial && status !== undefined && status >= 200 && status < 300 && !o.landedOnLogin;
}
const smokeAccessNotDenied = {
    meta: {
        id: 'smoke-access-not-denied',
        check: 'smoke',
        severity: 'error',
        description: 'A step that must be refused (e.g. a viewer on an admin route) was answered with success.',
        help: 'Restore the role check on that route before anything else ships: the deploy lets a role read or change data it must not. Keep the step as a regression test.',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if (accessNotDenied(o)) {
                report({ ...at(o.site), message: `${o.session ? `session "${o.session}"` : 'a signed-out request'} was let in: ${describeOutcome(o)}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-cleanup-failed.ts


const smokeCleanupFailed = {
    meta: {
        id: 'smoke-cleanup-failed',
        check: 'smoke',
        severity: 'error',
        description: 'A cleanup did not undo its step, so test data is left in the environment.',
        help: 'Remove the leftover by hand (the message names it and the Idempotency-Key its request carried), then fix the cleanup request or the endpoint it calls.',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if (o.phase === 'cleanup' && o.status === 'fail') {
                report({ ...at(o.site), message: `${describeOutcome(o)}${o.leftover ? `. Left behind: ${o.leftover}` : ''}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-deployment-skipped.ts

/** GitHub sends deployment_status for every state; only a finished deployment is worth testing. */
const smokeDeploymentSkipped = {
    meta: {
        id: 'smoke-deployment-skipped',
        check: 'smoke',
        severity: 'notice',
        description: 'The deployment_status event is not a successful deployment, so no request was sent.',
        help: 'Nothing to fix: the check runs when the deployment reports success. To skip the job as well, add `if: github.event.deployment_status.state == \'success\'`.',
    },
    run(run, report) {
        const skipped = run.deploymentSkipped;
        if (!skipped)
            return;
        const d = skipped.deployment;
        const what = [d.environment && `to ${d.environment}`, d.sha && `of ${d.sha.slice(0, 7)}`].filter(Boolean).join(' ');
        report({ ...at(skipped.site), message: `the deployment${what ? ` ${what}` : ''} is in state "${d.state}", not success: no smoke request was sent` });
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-invalid-request.ts


const smokeInvalidRequest = {
    meta: {
        id: 'smoke-invalid-request',
        check: 'smoke',
        severity: 'error',
        description: 'A request could not be built from the manifest: a variable it reads is not set, a URL is on another origin, a regular expression or JSONPath is invalid.',
        help: 'Set the variable in the job\'s env (from a secret), keep full URLs on the environment\'s origin, and fix the expression the message names.',
    },
    run(run, report) {
        if (run.setupProblem?.rule === 'smoke-invalid-request')
            report({ ...at(run.setupProblem.site), message: run.setupProblem.message });
        if (run.wait?.last?.invalid)
            report({ ...at(run.wait.site), message: describeOutcome(run.wait.last) });
        for (const o of run.outcomes) {
            if (o.phase !== 'cleanup' && o.invalid)
                report({ ...at(o.site), message: describeOutcome(o) });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-login-failed.ts


const smokeLoginFailed = {
    meta: {
        id: 'smoke-login-failed',
        check: 'smoke',
        severity: 'error',
        description: 'A session could not sign in: the login answered something other than what its expect asks, or a capture found nothing.',
        help: 'Sign in by hand with the same account. A 401 means the credentials (secrets) are wrong or the account is locked; a 5xx points at the auth backend or its database; a 403 on a form login usually means a missing CSRF token (capture it with login-page).',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if ((o.phase === 'login' || o.phase === 'login-page') && o.status === 'fail' && !o.error && !o.invalid) {
                report({ ...at(o.site), message: describeOutcome(o) });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-no-target.ts

const smokeNoTarget = {
    meta: {
        id: 'smoke-no-target',
        check: 'smoke',
        severity: 'error',
        description: 'The smoke check has no URL to test, so nothing was checked.',
        help: 'Set smoke.environment to an environment with a url, pass --environment (the environment input), or give the url input.',
    },
    run(run, report) {
        if (run.setupProblem?.rule === 'smoke-no-target')
            report({ ...at(run.setupProblem.site), message: run.setupProblem.message });
    },
};

// EXTERNAL MODULE: ./src/http/duration.ts
var duration = __webpack_require__(77810);
;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-rollout-timeout.ts



const smokeRolloutTimeout = {
    meta: {
        id: 'smoke-rollout-timeout',
        check: 'smoke',
        severity: 'error',
        description: 'The readiness request never showed the new release within the wait\'s timeout, so the steps did not run.',
        help: 'Check that the deploy finished and that the readiness expectation (e.g. the version header) matches what the new release serves; raise smoke.wait.timeout for slow rollouts.',
    },
    run(run, report) {
        const wait = run.wait;
        if (!wait || wait.ready || wait.last?.invalid)
            return;
        const last = wait.last ? ` Last poll: ${describeOutcome(wait.last)}` : '';
        report({ ...at(wait.site), message: `the rollout was not ready within ${(0,duration/* formatDuration */.a)(wait.timeoutMs)} (${wait.polls} poll${wait.polls === 1 ? '' : 's'}), so no step ran.${last}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-session-lost.ts



/** A signed-in step was sent to the sign-in page or answered 401: the session did not survive. */
function sessionLost(o) {
    if (o.phase !== 'step' || o.status !== 'fail' || !o.session || !o.exchange || o.failures.length === 0 || o.expectsDenial || accessNotDenied(o))
        return false;
    return !!o.landedOnLogin || o.exchange.response.status === 401;
}
const smokeSessionLost = {
    meta: {
        id: 'smoke-session-lost',
        check: 'smoke',
        severity: 'error',
        description: 'A signed-in step was redirected to the sign-in page or answered 401: the app no longer recognises the session it just issued.',
        help: 'Look at how sessions are stored and read after this deploy: a changed session secret or cookie name, a cookie the browser will not send back (Secure, Domain, Path, SameSite), a session store that is down, or instances that do not share sessions.',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if (sessionLost(o))
                report({ ...at(o.site), message: `session "${o.session}" was lost: ${describeOutcome(o)}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-skipped-after-failure.ts

/** Reported as a notice so one broken login is one error, not one per step. */
const smokeSkippedAfterFailure = {
    meta: {
        id: 'smoke-skipped-after-failure',
        check: 'smoke',
        severity: 'notice',
        description: 'A step did not run because something it needs failed first (its session\'s sign-in, a capture from an earlier step, the app being unreachable, the deadline).',
        help: 'Fix the failure the message names; this step runs again once it passes.',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if (o.phase === 'step' && o.status === 'skipped' && o.skippedBecause) {
                report({ ...at(o.site), message: `${o.subject} (${o.label}) was skipped: ${o.skippedBecause}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-step-failed.ts




const smokeStepFailed = {
    meta: {
        id: 'smoke-step-failed',
        check: 'smoke',
        severity: 'error',
        description: 'A step\'s response did not meet its expectations (status, body, JSON, headers, time) or a capture found nothing.',
        help: 'Open the same URL as the same user and compare with the expectation named in the message; a 5xx points at the app or its database, wrong content at a broken release or route.',
    },
    run(run, report) {
        for (const o of run.outcomes) {
            if (o.phase !== 'step' || o.status !== 'fail' || o.error || o.invalid || accessNotDenied(o) || sessionLost(o))
                continue;
            report({ ...at(o.site), message: describeOutcome(o) });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-timeout.ts


const smokeTimeout = {
    meta: {
        id: 'smoke-timeout',
        check: 'smoke',
        severity: 'error',
        description: 'A request got no complete response within its timeout, or the check\'s deadline passed.',
        help: 'Find out why the endpoint is slow (a cold start, a lock, a slow query after the deploy). If it is slow by design, raise the step\'s timeout or smoke.timeout; smoke.deadline bounds all steps together.',
    },
    run(run, report) {
        let inFlight = false;
        for (const o of testedOutcomes(run.outcomes)) {
            if (o.error?.kind === 'timeout' || o.error?.kind === 'deadline') {
                inFlight ||= o.error.kind === 'deadline';
                report({ ...at(o.site), message: describeOutcome(o) });
            }
        }
        const deadline = run.deadline;
        if (deadline && (deadline.notRun > 0 || !inFlight)) {
            report({ ...at(deadline.site), message: `${deadline.reason}; ${deadline.notRun} step${deadline.notRun === 1 ? '' : 's'} did not run` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-tls-error.ts


const smokeTlsError = {
    meta: {
        id: 'smoke-tls-error',
        check: 'smoke',
        severity: 'error',
        description: 'The HTTPS connection failed: the certificate is untrusted, expired or for another name.',
        help: 'Renew or fix the certificate (every browser will refuse it too). For an internal certificate authority, point smoke.ca-file at its PEM certificate; never turn verification off.',
    },
    run(run, report) {
        for (const o of testedOutcomes(run.outcomes)) {
            if (o.error?.kind === 'tls')
                report({ ...at(o.site), message: `${describeOutcome(o)}${o.error.code ? ` (${o.error.code})` : ''}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/smoke-unreachable.ts


const KINDS = new Set(['refused', 'dns', 'connect-timeout', 'reset', 'other']);
const smokeUnreachable = {
    meta: {
        id: 'smoke-unreachable',
        check: 'smoke',
        severity: 'error',
        description: 'The app could not be reached: the connection was refused, the name did not resolve, or the connection dropped.',
        help: 'Check that the deploy is up and listening, the URL (environment url, deployment URL or url input) is right, and the runner can reach it (firewall, VPN, private network).',
    },
    run(run, report) {
        for (const o of testedOutcomes(run.outcomes)) {
            if (o.error && KINDS.has(o.error.kind))
                report({ ...at(o.site), message: describeOutcome(o) });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/smoke/rules/index.ts













const SMOKE_RULES = [
    smokeNoTarget,
    smokeDeploymentSkipped,
    smokeInvalidRequest,
    smokeRolloutTimeout,
    smokeUnreachable,
    smokeTlsError,
    smokeTimeout,
    smokeLoginFailed,
    smokeStepFailed,
    smokeSessionLost,
    smokeAccessNotDenied,
    smokeCleanupFailed,
    smokeSkippedAfterFailure,
];

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/http/client.ts
var http_client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/http/cookie-jar.ts
var cookie_jar = __webpack_require__(4352);
// EXTERNAL MODULE: ./src/http/expectations.ts
var expectations = __webpack_require__(29525);
// EXTERNAL MODULE: ./src/http/request-line.ts
var request_line = __webpack_require__(84476);
// EXTERNAL MODULE: ./src/http/origin-guard.ts
var origin_guard = __webpack_require__(99120);
// EXTERNAL MODULE: ./src/http/session.ts
var session = __webpack_require__(72832);
// EXTERNAL MODULE: ./src/http/templater.ts
var http_templater = __webpack_require__(87780);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: ./src/http/build-request.ts
var build_request = __webpack_require__(5168);
// EXTERNAL MODULE: ./src/http/captures.ts
var captures = __webpack_require__(11357);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __webpack_require__(28902);
;// CONCATENATED MODULE: ./src/checks/smoke/excerpt.ts
const SENSITIVE_KEY = /token|secret|password|passwd|session|cookie|auth|csrf|api[-_]?key|private|credential/i;
/**
 * A short, readable excerpt of a body for a finding. JSON values under sensitive keys are replaced
 * before anything else (a login response may hold a token nobody captured); HTML is reduced to its
 * title and text, so hidden inputs never show; then known secrets are masked and the rest cut short.
 */
function bodyExcerpt(response, masker, max = 200) {
    const raw = response.body;
    if (!raw.trim())
        return '(empty)';
    let text;
    const json = tryJson(raw);
    if (json.ok) {
        text = JSON.stringify(redactSensitive(json.value));
    }
    else if (/html/i.test(response.headers['content-type'] ?? '') || /^\s*</.test(raw)) {
        text = htmlText(raw);
    }
    else {
        text = raw;
    }
    text = masker.mask(text.replace(/\s+/g, ' ').trim());
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function tryJson(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        return { ok: false };
    }
}
function redactSensitive(value) {
    if (Array.isArray(value))
        return value.map(redactSensitive);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SENSITIVE_KEY.test(k) && v !== null && typeof v !== 'object' ? '***' : redactSensitive(v)]));
    }
    return value;
}
function htmlText(html) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.trim();
    const body = html
        .replace(/<(script|style|head|template|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(amp|lt|gt|quot|#39|#34);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#34': '"' })[e] ?? '')
        .replace(/\s+/g, ' ')
        .trim();
    return title ? `[${title}] ${body}` : body;
}

;// CONCATENATED MODULE: ./src/checks/smoke/execute.ts






async function execute(spec, options) {
    const result = { failures: [], captured: new Map(), attempts: 0 };
    let request;
    try {
        request = (0,build_request/* buildRequest */.m)(spec, options.base, options.templater, options.sessionHeaders);
    }
    catch (error) {
        if (error instanceof build_request/* InvalidRequestError */.t)
            return { ...result, invalid: error.message };
        throw error;
    }
    result.method = request.method;
    const present = new Set([...Object.keys(request.headers), ...Object.keys(request.credentials ?? {})].map((h) => h.toLowerCase()));
    for (const [name, value] of Object.entries(options.extraHeaders?.(request.method) ?? {})) {
        if (!present.has(name.toLowerCase()))
            request.headers[name] = value;
    }
    const sent = await (0,retry/* sendWithRetries */.H)(options.client, request, { origin: options.base.origin, jar: options.jar, timeoutMs: options.timeoutMs, signal: options.signal, followRedirects: options.followRedirects, allowedOrigins: options.allowedOrigins }, options.retry(request.method));
    result.attempts = sent.attempts;
    if (sent.error)
        return { ...result, error: sent.error };
    const exchange = sent.exchange;
    result.exchange = exchange;
    // Captures are kept even when an expectation fails, so a cleanup can still undo what was created.
    const captured = (0,captures/* runCaptures */.xY)(exchange, options.capture ?? {}, options.jar);
    // A captured value (a token, an id a cleanup uses) is a secret from the moment it is read.
    for (const value of captured.values.values())
        options.masker.add(value);
    result.captured = captured.values;
    try {
        const unmet = (0,expectations/* checkExpectations */.Ez)(exchange, options.expect, options.templater);
        result.failures = [
            ...unmet.map((f) => ({ expectation: f.expectation, message: options.masker.mask(`expect.${f.expectation}: ${f.message}`) })),
            // After a wrong status, a capture finding nothing says nothing new.
            ...(unmet.some((f) => f.expectation === 'status') ? [] : captured.failures.map((f) => ({ message: f.message }))),
        ];
    }
    catch (error) {
        if (error instanceof expectations/* ExpectationError */.xA || error instanceof http_templater/* TemplateError */.$w)
            return { ...result, invalid: error.message };
        throw error;
    }
    if (result.failures.length)
        result.excerpt = bodyExcerpt(exchange.response, options.masker);
    return result;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checks/smoke/target.ts



/**
 * The URL to test: the `url` input, else (on a deployment_status event) the deployed URL unless the
 * manifest sets `deployment-url: false`, else the environment's url. The environment is
 * smoke.environment, else --environment, else the deployment's environment when the manifest has
 * one of that name, else the only one.
 */
async function resolveTarget(ctx, section) {
    let deployment;
    let deploymentUrl;
    if (ctx.env.GITHUB_EVENT_NAME === 'deployment_status') {
        const event = await readDeploymentEvent(ctx);
        if ('problem' in event)
            return { kind: 'problem', message: event.problem, path: ['smoke'] };
        deployment = event.deployment;
        deploymentUrl = event.url;
        if (deployment.state !== 'success')
            return { kind: 'skip', deployment };
    }
    const environments = ctx.manifest.data.environments ?? {};
    const names = Object.keys(environments);
    let environment = section.environment ?? ctx.environment;
    if (ctx.environment !== undefined && section.environment === undefined && !names.includes(ctx.environment)) {
        return { kind: 'problem', message: `environment "${ctx.environment}" (from --environment / the environment input) is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`, path: ['smoke'] };
    }
    environment ??= names.find((n) => deployment?.environment !== undefined && n.toLowerCase() === deployment.environment.toLowerCase());
    if (environment === undefined && names.length === 1)
        environment = names[0];
    const input = ctx.input('url')?.trim();
    if (input) {
        const base = httpUrl(input);
        if (!base)
            return { kind: 'problem', message: `the url input "${input}" is not an http(s) URL`, path: ['smoke'] };
        return { kind: 'target', target: { base, environment, source: 'url input', deployment } };
    }
    if (deploymentUrl && section['deployment-url'] !== false) {
        const base = httpUrl(deploymentUrl);
        if (!base)
            return { kind: 'problem', message: `the deployment's URL "${deploymentUrl}" is not an http(s) URL; set the url input or deployment-url: false`, path: ['smoke'] };
        return { kind: 'target', target: { base, environment, source: 'deployment', deployment } };
    }
    if (environment === undefined) {
        const why = names.length === 0
            ? 'the manifest has no environments'
            : `the manifest has ${names.length} environments (${names.join(', ')}) and none was chosen`;
        return { kind: 'problem', message: `no URL to test: ${why}. Set smoke.environment, pass --environment (the environment input), or give the url input`, path: section.environment ? ['smoke', 'environment'] : ['smoke'] };
    }
    const url = environments[environment]?.url;
    const base = url ? httpUrl(url) : undefined;
    if (!base) {
        return { kind: 'problem', message: `environment "${environment}" has no url to test; add environments.${environment}.url or give the url input`, path: section.environment ? ['smoke', 'environment'] : ['smoke'] };
    }
    return { kind: 'target', target: { base, environment, source: 'environment', deployment } };
}
async function readDeploymentEvent(ctx) {
    const path = ctx.env.GITHUB_EVENT_PATH;
    if (!path)
        return { problem: 'GITHUB_EVENT_NAME is deployment_status but GITHUB_EVENT_PATH is not set, so the deployment is unknown' };
    let event;
    try {
        event = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.cwd, path), 'utf8'));
    }
    catch (error) {
        return { problem: `cannot read the deployment_status event at ${path}: ${error.code ?? error.message}` };
    }
    const status = record(event.deployment_status);
    const deployment = record(event.deployment);
    const state = str(status.state);
    if (!state)
        return { problem: `the event at ${path} has no deployment_status.state` };
    const url = str(status.environment_url) || str(status.target_url) || undefined;
    return {
        deployment: {
            ...(typeof deployment.id === 'number' ? { id: deployment.id } : {}),
            ...optional('environment', str(status.environment) || str(deployment.environment)),
            ...optional('sha', str(deployment.sha)),
            ...optional('ref', str(deployment.ref)),
            state,
            ...optional('url', url),
        },
        url,
    };
}
/**
 * A value that makes this run's writes recognisable (Idempotency-Key, X-Release-Gate-Run, and
 * `{{ run_marker }}` in bodies): the workflow run and attempt, or a random id outside Actions.
 */
function runMarker(env) {
    const run = env.GITHUB_RUN_ID;
    if (run && /^\d+$/.test(run))
        return `release-gate-${run}-${/^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') ? env.GITHUB_RUN_ATTEMPT : '1'}`;
    return `release-gate-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
}
function httpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
function record(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function str(value) {
    return typeof value === 'string' ? value.trim() : '';
}
function optional(key, value) {
    return value ? { [key]: value } : {};
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/checks/smoke/wait-for-rollout.ts




/**
 * Polls the readiness request, signed out, until it meets its expectation (e.g. X-App-Version is the
 * deployed sha) or the wait's timeout passes. Pauses double from `interval` up to `max-interval`, so
 * a slow rollout is not hammered and a fast one is not kept waiting.
 */
const HEARTBEAT_MS = 10_000;
async function waitForRollout(wait, options) {
    const timeoutMs = (0,duration/* durationMs */.p)(wait.timeout, 5 * 60_000);
    let pause = (0,duration/* durationMs */.p)(wait.interval, 2_000);
    const maxPause = Math.max(pause, (0,duration/* durationMs */.p)(wait['max-interval'], 30_000));
    const pauseFor = options.sleep ?? ((ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
    const started = options.now();
    const jar = new cookie_jar/* CookieJar */.c(options.base.origin, Date.now, (v) => options.masker.add(v));
    let polls = 0;
    let last;
    let beat = started;
    for (;;) {
        polls += 1;
        // Each poll gets the full request timeout, so the last one can still see the release arrive.
        const done = await execute(wait, {
            client: options.client, base: options.base, templater: options.templater, masker: options.masker, jar,
            timeoutMs: options.requestTimeoutMs, signal: options.signal, allowedOrigins: options.allowedOrigins,
            retry: () => ({ retries: 0, mayRepeat: true }), expect: wait.expect,
        });
        const ok = !done.invalid && !done.error && done.failures.length === 0;
        last = {
            phase: 'wait', subject: 'the rollout wait', label: wait.request, site: options.site, status: ok ? 'pass' : 'fail',
            exchange: done.exchange, error: done.error, failures: done.failures, invalid: done.invalid, excerpt: done.excerpt,
        };
        const elapsed = options.now() - started;
        if (ok)
            return { site: options.site, ready: true, polls, ms: elapsed, timeoutMs };
        // A manifest mistake will not fix itself by waiting.
        if (done.invalid || options.signal.aborted || elapsed >= timeoutMs)
            break;
        if (options.progress && elapsed - (beat - started) >= HEARTBEAT_MS) {
            beat = options.now();
            const answer = done.exchange ? `answered ${done.exchange.response.status}` : done.error ? 'no answer' : 'not ready';
            options.progress(`smoke: waiting for the rollout: ${wait.request} ${answer} (poll ${polls}, ${Math.round(elapsed / 1000)} s of ${Math.round(timeoutMs / 1000)} s)`);
        }
        try {
            await pauseFor(Math.min(pause, timeoutMs - elapsed), options.signal);
        }
        catch {
            break;
        }
        pause = Math.min(pause * 2, maxPause);
    }
    return { site: options.site, ready: false, polls, ms: options.now() - started, timeoutMs, last };
}

;// CONCATENATED MODULE: ./src/checks/smoke/run-smoke.ts















const DEFAULTS = { timeoutMs: 10_000, deadlineMs: 120_000, retries: 2 };
/** A cleanup's deadline once the run was interrupted: the runner kills the job a few seconds after cancelling. */
const CLEANUP_AFTER_INTERRUPT_MS = 5_000;
/** Paths that mean "sign in first": a signed-in step that lands on one has lost its session. */
const LOGIN_PATH = /\/(log-?in|sign-?in|sign_in|auth)(\/|$|\?)/i;
/**
 * Runs the smoke section: waits for the rollout, signs sessions in as steps need them, runs the steps
 * in order (a step whose captures or session failed is skipped, the others still run), then every
 * cleanup in reverse order. Returns what happened; the rules decide what it means.
 */
async function runSmoke(ctx, section) {
    const file = ctx.manifest.file;
    const site = (path) => {
        const at = ctx.manifest.locate(path) ?? ctx.manifest.locate(path.slice(0, -1));
        return { file, line: at?.line, column: at?.column };
    };
    const marker = runMarker(ctx.env);
    const run = { file, outcomes: [], marker };
    const resolution = await resolveTarget(ctx, section);
    if (resolution.kind === 'skip') {
        run.deploymentSkipped = { site: site(['smoke']), deployment: resolution.deployment };
        return { run };
    }
    if (resolution.kind === 'problem') {
        run.setupProblem = { site: site(resolution.path), message: resolution.message, rule: 'smoke-no-target' };
        return { run };
    }
    const target = resolution.target;
    const base = target.base;
    const allowedOrigins = (0,origin_guard/* declaredOrigins */.Oz)(ctx.manifest.data.environments, base);
    let ca;
    if (section['ca-file']) {
        const path = section['ca-file'];
        try {
            ca = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.cwd, path), 'utf8');
        }
        catch (error) {
            run.setupProblem = { site: site(['smoke', 'ca-file']), message: `ca-file ${path} cannot be read (${error.code ?? String(error)})`, rule: 'smoke-invalid-request' };
            return { run, target };
        }
    }
    const client = new http_client/* HttpClient */.Qq({ ca, userAgent: `release-gate/${version/* VERSION */.x} (smoke; ${marker})` });
    const deadlineMs = (0,duration/* durationMs */.p)(section.deadline, DEFAULTS.deadlineMs);
    let timer;
    try {
        const builtins = new Map([['run_marker', marker]]);
        const sha = target.deployment?.sha ?? ctx.env.GITHUB_SHA;
        if (sha)
            builtins.set('deployment_sha', sha);
        const templater = new http_templater/* Templater */.Br(ctx.env, builtins, ctx.masker);
        const timeoutMs = (0,duration/* durationMs */.p)(section.timeout, DEFAULTS.timeoutMs);
        const retries = section.retries ?? DEFAULTS.retries;
        if (section.wait) {
            run.wait = await waitForRollout(section.wait, {
                client, base, templater, masker: ctx.masker, requestTimeoutMs: timeoutMs, allowedOrigins, signal: ctx.signal, site: site(['smoke', 'wait']), now: () => ctx.now().getTime(),
                progress: ctx.progress,
            });
        }
        // The deadline covers the steps; the wait has its own timeout and cleanups their own timeouts.
        const deadline = new AbortController();
        const deadlineReason = `the smoke deadline of ${(0,duration/* formatDuration */.a)(deadlineMs)} passed`;
        timer = setTimeout(() => deadline.abort(new Error(deadlineReason)), deadlineMs);
        timer.unref();
        const stepSignal = AbortSignal.any([ctx.signal, deadline.signal]);
        const deadlineSite = site(['smoke', ...(section.deadline !== undefined ? ['deadline'] : [])]);
        const noteDeadline = () => {
            // The gate's own deadline or an interrupt stops the steps too, and must fail the check as well.
            run.deadline ??= { site: deadlineSite, reason: ctx.signal.aborted ? reasonText(ctx.signal.reason) : deadlineReason, notRun: 0 };
        };
        const sessionDefs = ctx.manifest.data.sessions ?? {};
        const firstSession = Object.keys(sessionDefs)[0];
        const sessions = new Map();
        const anonymousJar = new cookie_jar/* CookieJar */.c(base.origin, Date.now, (v) => ctx.masker.add(v));
        const stepCaptures = new Map();
        const definedBy = new Map();
        const stepOutcomes = [];
        const executed = [];
        let stopAll = run.wait && !run.wait.ready ? 'the rollout did not become ready' : undefined;
        const signInOnce = async (name) => {
            const known = sessions.get(name);
            if (known)
                return known;
            const result = await (0,session/* signIn */.J)(name, sessionDefs[name], { client, base, templater, masker: ctx.masker, timeoutMs, signal: stepSignal, retries, allowedOrigins });
            sessions.set(name, result);
            if (!result.ok) {
                run.outcomes.push(loginOutcome(result.failure, sessionDefs[name], site, ctx));
                if (result.failure.error && isConnectionFailure(result.failure.error.kind))
                    stopAll ??= `${base.host} is unreachable`;
                if (result.failure.error?.kind === 'deadline')
                    noteDeadline();
            }
            return result;
        };
        for (const [i, step] of section.steps.entries()) {
            const sessionName = step.anonymous ? undefined : step.session ?? firstSession;
            const outcome = {
                phase: 'step', subject: stepSubject(step, i), label: step.request, site: site(['smoke', 'steps', i]), status: 'skipped', session: sessionName, failures: [],
                expectsDenial: expectsDenial(step.expect?.status),
            };
            stepOutcomes.push(outcome);
            executed.push(undefined);
            const blocker = failedDependency(step, i, definedBy, stepOutcomes);
            for (const name of Object.keys(step.capture ?? {}))
                definedBy.set(name, i);
            if (stepSignal.aborted) {
                outcome.skippedBecause = ctx.signal.aborted ? `the run was stopped (${reasonText(ctx.signal.reason)})` : `the deadline of ${(0,duration/* formatDuration */.a)(deadlineMs)} had passed`;
                noteDeadline();
                if (run.deadline)
                    run.deadline.notRun += 1;
            }
            else if (stopAll) {
                outcome.skippedBecause = stopAll;
            }
            else if (blocker) {
                outcome.skippedBecause = blocker;
            }
            if (outcome.skippedBecause) {
                run.outcomes.push(outcome);
                continue;
            }
            let session;
            if (sessionName) {
                const signed = await signInOnce(sessionName);
                if (!signed.ok) {
                    outcome.skippedBecause = `session "${sessionName}" could not sign in`;
                    run.outcomes.push(outcome);
                    continue;
                }
                session = signed.session;
            }
            const done = await execute(step, {
                client, base, templater: templater.with(new Map([...builtins, ...(session?.captures ?? []), ...stepCaptures])), masker: ctx.masker,
                jar: session?.jar ?? anonymousJar, sessionHeaders: session?.headers,
                timeoutMs: (0,duration/* durationMs */.p)(step.timeout, timeoutMs), signal: stepSignal, followRedirects: step['follow-redirects'] ?? true, allowedOrigins,
                retry: (method) => retryPolicy(method, step.retries, retries),
                extraHeaders: (method) => writeHeaders(method, marker, `step-${i + 1}`),
                expect: step.expect, capture: step.capture,
            });
            executed[i] = done;
            for (const [name, value] of done.captured)
                stepCaptures.set(name, value);
            Object.assign(outcome, {
                status: done.invalid || done.error || done.failures.length ? 'fail' : 'pass',
                exchange: done.exchange, error: done.error, invalid: done.invalid, failures: done.failures, excerpt: done.excerpt,
                landedOnLogin: done.exchange ? landedOnLogin(done.exchange.url, done.exchange.response.url, done.exchange.redirects.map((h) => h.location)) : false,
            });
            run.outcomes.push(outcome);
            if (done.error?.kind === 'deadline')
                noteDeadline();
            if (done.error && isConnectionFailure(done.error.kind))
                stopAll = `${base.host} is unreachable`;
        }
        // Cleanups: after every step, last first, whatever happened; each with its own timeout.
        for (let i = section.steps.length - 1; i >= 0; i--) {
            const step = section.steps[i];
            if (step.cleanup === undefined)
                continue;
            const cleanup = typeof step.cleanup === 'string' ? { request: step.cleanup } : step.cleanup;
            const stepOutcome = stepOutcomes[i];
            const done = executed[i];
            const outcome = {
                phase: 'cleanup', subject: `the cleanup of ${stepOutcome.subject}`, label: cleanup.request, site: site(['smoke', 'steps', i, 'cleanup']),
                status: 'skipped', failures: [], session: stepOutcome.session,
            };
            run.outcomes.push(outcome);
            if (!done || !mayHaveWritten(done)) {
                outcome.skippedBecause = 'the step changed nothing';
                continue;
            }
            const signed = stepOutcome.session ? sessions.get(stepOutcome.session) : undefined;
            const session = signed?.ok ? signed.session : undefined;
            const captures = new Map([...builtins, ...(session?.captures ?? []), ...stepCaptures]);
            outcome.leftover = `whatever ${stepOutcome.subject} (${step.request}) created${describeCaptures(step, stepCaptures)}; its request carried Idempotency-Key ${marker}-step-${i + 1}`;
            const missing = [...http_templater/* Templater */.Br.capturesIn(cleanup)].filter((n) => !captures.has(n));
            if (missing.length) {
                Object.assign(outcome, { status: 'fail', invalid: `${missing.map((n) => `{{ ${n} }}`).join(', ')} was not captured, so it could not run` });
                continue;
            }
            // A cleanup runs even after an interrupt, on its own deadline (short once interrupted), not the run's signal.
            const interrupted = ctx.signal.aborted;
            const result = await execute(cleanup, {
                client, base, templater: templater.with(captures), masker: ctx.masker,
                jar: session?.jar ?? anonymousJar, sessionHeaders: session?.headers,
                timeoutMs: interrupted ? Math.min((0,duration/* durationMs */.p)(step.timeout, timeoutMs), CLEANUP_AFTER_INTERRUPT_MS) : (0,duration/* durationMs */.p)(step.timeout, timeoutMs), allowedOrigins,
                retry: (method) => (interrupted ? { retries: 0, mayRepeat: false } : retryPolicy(method, undefined, retries)),
                extraHeaders: (method) => writeHeaders(method, marker, `cleanup-${i + 1}`),
                expect: 'expect' in cleanup ? cleanup.expect : undefined,
            });
            Object.assign(outcome, {
                status: result.invalid || result.error || result.failures.length ? 'fail' : 'pass',
                exchange: result.exchange, error: result.error, invalid: result.invalid, failures: result.failures, excerpt: result.excerpt,
            });
        }
    }
    finally {
        clearTimeout(timer);
        await client.close();
    }
    return { run, target };
}
function reasonText(reason) {
    return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'interrupted';
}
function stepSubject(step, index) {
    return step.name ? `step "${step.name}"` : `step ${index + 1}`;
}
function loginOutcome(f, definition, site, ctx) {
    const spec = f.phase === 'login-page' ? definition['login-page'] : definition.login;
    const subject = f.phase === 'login-page' ? `the login page of session "${f.session}"` : f.phase === 'headers' ? `the headers of session "${f.session}"` : `the sign-in of session "${f.session}"`;
    return {
        phase: f.phase === 'login-page' ? 'login-page' : 'login', session: f.session, status: 'fail', subject,
        label: f.phase === 'headers' ? `sessions.${f.session}.headers` : spec.request,
        site: site(['sessions', f.session, f.phase]),
        exchange: f.exchange, error: f.error, invalid: f.kind === 'invalid' ? f.message : undefined,
        failures: (f.failures ?? []).map((x) => ('expectation' in x ? { message: `expect.${x.expectation}: ${x.message}` } : { message: x.message })),
        excerpt: f.exchange ? bodyExcerpt(f.exchange.response, ctx.masker) : undefined,
    };
}
/** A step that uses a capture of an earlier step that did not pass is skipped, naming that step. */
function failedDependency(step, index, definedBy, steps) {
    const used = http_templater/* Templater */.Br.capturesIn([step.request, step.headers, step.json, step.form, step.body, step.expect]);
    for (const name of used) {
        const by = definedBy.get(name);
        if (by === undefined || by >= index)
            continue;
        const earlier = steps[by];
        if (earlier && earlier.status !== 'pass')
            return `it uses {{ ${name} }} from ${earlier.subject}, which ${earlier.status === 'skipped' ? 'was skipped' : 'failed'}`;
    }
    return undefined;
}
/**
 * Retries only what is safe to repeat. POST and PATCH are not retried unless the step sets `retries`,
 * which says the server honours the Idempotency-Key every attempt repeats.
 */
function retryPolicy(method, stepRetries, defaultRetries) {
    if (stepRetries !== undefined)
        return { retries: stepRetries, mayRepeat: true };
    return (0,request_line/* isIdempotent */.ky)(method) ? { retries: defaultRetries, mayRepeat: true } : { retries: defaultRetries, mayRepeat: false };
}
function writeHeaders(method, marker, what) {
    return (0,request_line/* isWrite */.ao)(method) ? { 'idempotency-key': `${marker}-${what}`, 'x-release-gate-run': marker } : {};
}
function expectsDenial(status) {
    if (status === undefined)
        return false;
    const list = Array.isArray(status) ? status : [status];
    // 404 is left out: "expect 404" usually checks that something was deleted, not a role.
    return list.every((s) => s === 401 || s === 403);
}
function landedOnLogin(requested, final, locations) {
    if (LOGIN_PATH.test(requested.pathname))
        return false;
    return LOGIN_PATH.test(final.pathname) || locations.some((l) => l !== undefined && LOGIN_PATH.test(l));
}
function isConnectionFailure(kind) {
    return kind === 'refused' || kind === 'dns' || kind === 'tls' || kind === 'connect-timeout';
}
/** Did the step's request possibly change something on the server? */
function mayHaveWritten(done) {
    if (done.invalid || !done.method || !(0,request_line/* isWrite */.ao)(done.method))
        return false;
    if (done.error)
        return !done.error.nothingSent && done.error.kind !== 'tls';
    const status = done.exchange.response.status;
    return (0,expectations/* statusMatches */.W_)(status, ['2xx', '3xx']);
}
function describeCaptures(step, captures) {
    const parts = Object.keys(step.capture ?? {}).filter((n) => captures.has(n)).map((n) => `${n} ${captures.get(n)}`);
    return parts.length ? ` (${parts.join(', ')})` : '';
}

;// CONCATENATED MODULE: ./src/checks/smoke/index.ts




/**
 * The smoke check: right after a deploy, sign in, walk the steps (dashboard, one write that cleans up,
 * a role that must be refused) and fail fast and clearly when auth, routing or the database is broken.
 * Credentials go only to the environment's origin and never reach a finding or a metric.
 */
const smokeCheck = (0,check/* defineCheck */.q)({
    name: 'smoke',
    section: 'smoke',
    live: true,
    description: 'After a deploy: sign in, load the dashboard, make one write that cleans up, and check that roles are refused where they must be.',
    rules: SMOKE_RULES.map((r) => r.meta),
    inputs: [
        { name: 'url', description: 'The URL to test instead of the environment\'s url, e.g. a preview deployment. On deployment_status events the deployed URL is used without it.' },
    ],
    async run(ctx, section) {
        const { run, target } = await runSmoke(ctx, section);
        const findings = (0,registry/* runRules */.xG)(SMOKE_RULES, run);
        const row = (o) => ({
            name: o.subject.replace(/^(step|the cleanup of step) "(.*)"$/, '$2'),
            status: o.status,
            httpStatus: o.exchange?.response.status ?? null,
            ms: o.exchange?.ms ?? o.error?.ms ?? null,
            ...(o.session ? { session: o.session } : {}),
        });
        const deployment = run.deploymentSkipped?.deployment ?? target?.deployment;
        const metrics = {
            ...(target ? { url: target.base.href, source: target.source } : {}),
            ...(target?.environment ? { environment: target.environment } : {}),
            ...(deployment ? { deployment } : {}),
            marker: run.marker,
            ...(run.wait ? { wait: { ready: run.wait.ready, polls: run.wait.polls, ms: run.wait.ms } } : {}),
            steps: run.outcomes.filter((o) => o.phase === 'step').map(row),
            cleanups: run.outcomes.filter((o) => o.phase === 'cleanup').map(row),
            ...(run.deploymentSkipped ? { reason: `the deployment is in state "${run.deploymentSkipped.deployment.state}", not success` } : {}),
        };
        // Expectation messages quote what the app answered, which can echo a token: mask everything.
        return ctx.masker.maskDeep({ findings, metrics });
    },
});


/***/ })

};
