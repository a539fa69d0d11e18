export const id = 584;
export const ids = [584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubFromEnv: () => (/* binding */ githubFromEnv)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, githubSettingsFromEnv, GithubApiError, GithubClient, retryAfterMs */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73329);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71013);



/**
 * The one GitHub REST client of the project (deployments, workflow dispatch, issues): requests go
 * through the project's HTTP client, so the token is a credential sent to the API's origin only and
 * never follows a redirect elsewhere. Failures come back as GithubApiError values that name the call
 * and the status, never the token. Retries are bounded: 5xx and timeouts for calls that may be
 * repeated, and rate limits for every call (a rate-limited request did nothing), waiting what
 * Retry-After or x-ratelimit-reset asks for, up to a cap.
 */
const DEFAULT_API_URL = 'https://api.github.com';
/** Where the settings come from when the caller has none: GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY. */
function githubSettingsFromEnv(env, overrides = {}) {
    const token = nonEmpty(overrides.token) ?? nonEmpty(env.GITHUB_TOKEN);
    const repository = nonEmpty(overrides.repository) ?? nonEmpty(env.GITHUB_REPOSITORY);
    const apiUrl = nonEmpty(overrides.apiUrl) ?? nonEmpty(env.GITHUB_API_URL) ?? DEFAULT_API_URL;
    const missing = [...(token ? [] : ['GITHUB_TOKEN']), ...(repository ? [] : ['GITHUB_REPOSITORY'])];
    if (!token || !repository)
        return { missing };
    return { token, repository, apiUrl };
}
/** A client from the environment (and an action's token input), or undefined with what is missing. */
function githubFromEnv(env, overrides = {}, options = {}) {
    const settings = githubSettingsFromEnv(env, overrides);
    if ('missing' in settings)
        return { missing: settings.missing };
    try {
        return { client: new GithubClient(settings, options), missing: [] };
    }
    catch (error) {
        return { missing: [error.message] };
    }
}
/** A call that failed: `call` says what was attempted, `status` what GitHub answered (undefined: no answer). */
class GithubApiError extends Error {
    call;
    status;
    attempts;
    constructor(call, message, status, attempts = 1) {
        super(message);
        this.call = call;
        this.status = status;
        this.attempts = attempts;
        this.name = 'GithubApiError';
    }
}
const RETRY_STATUSES = new Set([500, 502, 503, 504]);
const MAX_PAGES = 10;
class GithubClient {
    settings;
    options;
    owner;
    repo;
    base;
    http;
    ownsHttp;
    now;
    sleep;
    constructor(settings, options = {}) {
        this.settings = settings;
        this.options = options;
        const [owner, repo] = settings.repository.split('/');
        if (!owner || !repo || settings.repository.split('/').length !== 2)
            throw new GithubApiError('setup', `the repository "${settings.repository}" is not owner/name`);
        this.owner = owner;
        this.repo = repo;
        try {
            this.base = new URL(settings.apiUrl.replace(/\/+$/, '') + '/');
        }
        catch {
            throw new GithubApiError('setup', `the GitHub API URL "${settings.apiUrl}" is not a URL`);
        }
        if (this.base.protocol !== 'https:' && this.base.protocol !== 'http:')
            throw new GithubApiError('setup', `the GitHub API URL "${settings.apiUrl}" is not http(s)`);
        this.ownsHttp = !options.http;
        this.http = options.http ?? new _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq({ userAgent: `release-gate/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`, maxBodyBytes: 16 * 1024 * 1024 });
        this.now = options.now ?? Date.now;
        this.sleep = options.sleep ?? ((ms, signal) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal }));
    }
    get repository() {
        return `${this.owner}/${this.repo}`;
    }
    async close() {
        if (this.ownsHttp)
            await this.http.close();
    }
    // --- deployments ---------------------------------------------------------------------------
    async getDeployment(id) {
        return (await this.call(`get deployment ${id}`, 'GET', `${this.repoPath()}/deployments/${id}`)).data;
    }
    /** Newest first, as GitHub lists them. */
    async listDeployments(filter = {}) {
        return (await this.call('list deployments', 'GET', `${this.repoPath()}/deployments`, {
            query: { environment: filter.environment, sha: filter.sha, ref: filter.ref, per_page: filter.perPage ?? 30 },
        })).data;
    }
    /** Newest first. */
    async listDeploymentStatuses(deploymentId, perPage = 30) {
        return (await this.call(`list statuses of deployment ${deploymentId}`, 'GET', `${this.repoPath()}/deployments/${deploymentId}/statuses`, { query: { per_page: perPage } })).data;
    }
    async createDeploymentStatus(deploymentId, status) {
        const body = { ...status, ...(status.description !== undefined ? { description: truncate(status.description, 140) } : {}) };
        // A second identical status does no harm, so a 5xx may be retried.
        return (await this.call(`create ${status.state} status of deployment ${deploymentId}`, 'POST', `${this.repoPath()}/deployments/${deploymentId}/statuses`, { body, repeatable: true })).data;
    }
    // --- workflows -----------------------------------------------------------------------------
    /** workflow is a file name (rollback.yml) or an id; ref a branch or tag. GitHub answers 204. */
    async dispatchWorkflow(workflow, ref, inputs = {}) {
        // Not repeated after a 5xx: a dispatch that did arrive would start a second run.
        await this.call(`dispatch workflow ${workflow}`, 'POST', `${this.repoPath()}/actions/workflows/${encodeURIComponent(workflow)}/dispatches`, { body: { ref, inputs } });
    }
    // --- issues --------------------------------------------------------------------------------
    /** Issues only (pull requests, which the endpoint also returns, are left out); up to 10 pages. */
    async listIssues(filter = {}) {
        const perPage = filter.perPage ?? 100;
        const issues = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await this.call('list issues', 'GET', `${this.repoPath()}/issues`, {
                query: { state: filter.state ?? 'open', labels: filter.labels?.length ? filter.labels.join(',') : undefined, creator: filter.creator, per_page: perPage, page },
            });
            if (!Array.isArray(data))
                throw new GithubApiError('list issues', 'GitHub API: list issues answered something that is not a list');
            issues.push(...data.filter((issue) => !issue.pull_request));
            if (data.length < perPage)
                break;
        }
        return issues;
    }
    /** GitHub's issue search; `repo:owner/name is:issue` is added to the query. First page only (up to 100). */
    async searchIssues(query, perPage = 100) {
        const { data } = await this.call('search issues', 'GET', 'search/issues', { query: { q: `repo:${this.repository} is:issue ${query}`.trim(), per_page: perPage } });
        return Array.isArray(data?.items) ? data.items : [];
    }
    async createIssue(issue) {
        return (await this.call('create issue', 'POST', `${this.repoPath()}/issues`, { body: issue })).data;
    }
    async commentOnIssue(issueNumber, body) {
        return (await this.call(`comment on issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/comments`, { body: { body } })).data;
    }
    async listIssueComments(issueNumber, perPage = 100) {
        return (await this.call(`list comments of issue #${issueNumber}`, 'GET', `${this.repoPath()}/issues/${issueNumber}/comments`, { query: { per_page: perPage } })).data;
    }
    async updateIssue(issueNumber, fields) {
        return (await this.call(`update issue #${issueNumber}`, 'PATCH', `${this.repoPath()}/issues/${issueNumber}`, { body: fields })).data;
    }
    async closeIssue(issueNumber, reason = 'completed') {
        return (await this.call(`close issue #${issueNumber}`, 'PATCH', `${this.repoPath()}/issues/${issueNumber}`, { body: { state: 'closed', state_reason: reason } })).data;
    }
    async addLabels(issueNumber, labels) {
        // Adding a label twice leaves one label.
        await this.call(`add labels to issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/labels`, { body: { labels }, repeatable: true });
    }
    async addAssignees(issueNumber, assignees) {
        return (await this.call(`add assignees to issue #${issueNumber}`, 'POST', `${this.repoPath()}/issues/${issueNumber}/assignees`, { body: { assignees }, repeatable: true })).data;
    }
    // --- the request ---------------------------------------------------------------------------
    /** One REST call with the retry policy above. `path` is relative to the API root. */
    async call(call, method, path, options = {}) {
        const url = new URL(path.replace(/^\/+/, ''), this.base);
        for (const [name, value] of Object.entries(options.query ?? {}))
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        const repeatable = options.repeatable ?? method !== 'POST';
        const retries = this.options.retries ?? 3;
        const what = `${call} (${method} ${url.pathname})`;
        const headers = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
        if (options.body !== undefined)
            headers['content-type'] = 'application/json';
        for (let attempt = 1;; attempt++) {
            let exchange;
            let failure;
            try {
                exchange = await this.http.send({ method, url, headers, credentials: { authorization: `Bearer ${this.settings.token}` }, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) }, { origin: this.base.origin, allowedOrigins: [this.base.origin], timeoutMs: this.options.timeoutMs ?? 15_000, ...(this.options.signal ? { signal: this.options.signal } : {}) });
            }
            catch (error) {
                if (!(error instanceof _http_client_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX))
                    throw error;
                failure = error;
            }
            if (exchange && exchange.response.status < 300 && exchange.response.truncated) {
                throw new GithubApiError(call, `GitHub API: ${what} answered more than this client reads`, exchange.response.status, attempt);
            }
            if (exchange && exchange.response.status < 300)
                return { status: exchange.response.status, data: parseBody(exchange.response.body), headers: exchange.response.headers };
            const wait = this.retryWait(exchange, failure, repeatable, attempt);
            const giveUp = attempt > retries || wait === undefined || failure?.kind === 'deadline';
            if (giveUp || 'tooLong' in wait) {
                const reason = failure
                    ? `got no answer: ${failure.message}`
                    : `answered ${exchange.response.status}${detail(exchange)}`;
                const limit = wait && 'tooLong' in wait ? `; the rate limit resets in ${Math.ceil(wait.tooLong / 1000)} s, longer than the ${Math.round((this.options.maxWaitMs ?? 60_000) / 1000)} s this run waits` : '';
                const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
                throw new GithubApiError(call, this.scrub(`GitHub API: ${what} ${reason}${limit}${tries}`), exchange?.response.status, attempt);
            }
            try {
                await this.sleep(wait.ms, this.options.signal);
            }
            catch {
                throw new GithubApiError(call, `GitHub API: ${what} stopped while waiting to retry`, exchange?.response.status, attempt);
            }
        }
    }
    /** How long to wait before the next attempt; undefined: do not retry; tooLong: the wait asked for is over the cap. */
    retryWait(exchange, failure, repeatable, attempt) {
        const backoff = (this.options.baseDelayMs ?? 1_000) * 2 ** (attempt - 1);
        const cap = this.options.maxWaitMs ?? 60_000;
        if (failure) {
            if (failure.kind === 'deadline')
                return undefined;
            return failure.nothingSent || repeatable ? { ms: Math.min(backoff, cap) } : undefined;
        }
        const response = exchange.response;
        const rateLimited = response.status === 429 || (response.status === 403 && (response.headers['x-ratelimit-remaining'] === '0' || response.headers['retry-after'] !== undefined));
        if (rateLimited) {
            // A rate-limited request did nothing, so any call may be sent again.
            const asked = retryAfterMs(response.headers, this.now());
            const ms = asked ?? Math.min(backoff * 60, cap); // secondary limits without a header: "wait at least a minute"
            return ms > cap ? { tooLong: ms } : { ms };
        }
        if (RETRY_STATUSES.has(response.status) && repeatable) {
            const asked = retryAfterMs(response.headers, this.now());
            return { ms: Math.min(asked ?? backoff, cap) };
        }
        return undefined;
    }
    repoPath() {
        return `repos/${encodeURIComponent(this.owner)}/${encodeURIComponent(this.repo)}`;
    }
    /** An error body may echo what it was sent; the token never leaves in a message. */
    scrub(text) {
        const token = this.settings.token;
        return token.length >= 4 ? text.split(token).join('***') : text;
    }
}
/** Retry-After (seconds) first, then x-ratelimit-reset (epoch seconds) when nothing remains. */
function retryAfterMs(headers, nowMs) {
    const retryAfter = headers['retry-after']?.trim();
    if (retryAfter && /^\d+$/.test(retryAfter))
        return Number(retryAfter) * 1000;
    const reset = headers['x-ratelimit-reset']?.trim();
    if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - nowMs) + 1000;
    return undefined;
}
function detail(exchange) {
    let message;
    try {
        message = JSON.parse(exchange.response.body).message;
    }
    catch {
        message = undefined;
    }
    return typeof message === 'string' && message ? `: ${truncate(message.replace(/\s+/g, ' '), 200)}` : '';
}
function parseBody(body) {
    if (!body.trim())
        return undefined;
    try {
        return JSON.parse(body);
    }
    catch {
        return body;
    }
}
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
function nonEmpty(value) {
    return value && value.trim() ? value.trim() : undefined;
}


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _origin_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99120);



/** The request got no response: the kind says why, `code` is the system or TLS error code. */
class TransportError extends Error {
    kind;
    url;
    ms;
    code;
    constructor(kind, message, url, ms, code) {
        super(message);
        this.kind = kind;
        this.url = url;
        this.ms = ms;
        this.code = code;
    }
    /** Nothing reached the server, so any request, even a POST, may be sent again. */
    get nothingSent() {
        return this.kind === 'refused' || this.kind === 'dns' || this.kind === 'connect-timeout';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
class HttpClient {
    options;
    agents = new Map();
    maxBodyBytes;
    clock;
    /** Connection attempts under way, by origin: a timeout while one is pending is a connect or TLS stall. */
    connecting = new Map();
    /** Requests sent, redirects included (the domain check reports it). */
    requests = 0;
    constructor(options = {}) {
        this.options = options;
        this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
        this.clock = options.clock ?? (() => performance.now());
    }
    async send(request, options) {
        const started = this.clock();
        const timeout = AbortSignal.timeout(Math.max(1, options.timeoutMs));
        const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
        const agent = this.agent(options.tls ?? this.options.tls);
        const redirects = [];
        const setCookie = [];
        let { method, url, body } = request;
        let headers = { ...request.headers };
        const credentials = request.credentials ?? {};
        const maxRedirects = options.maxRedirects ?? 10;
        for (;;) {
            const outgoing = (0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .headersForUrl */ .b1)(url, options.origin, { plain: headers, credentials });
            const cookie = options.jar?.header(url);
            if (cookie)
                outgoing.cookie = cookie;
            if (this.options.userAgent && !hasHeader(outgoing, 'user-agent'))
                outgoing['user-agent'] = this.options.userAgent;
            let response;
            try {
                this.requests++;
                if (signal.aborted)
                    throw signal.reason;
                // undici does not abort a connection attempt or a TLS handshake on the signal, so the race
                // makes the timeout hold from the first byte of connect.
                response = await abortable(agent.request({
                    origin: url.origin, path: `${url.pathname}${url.search}`, method, headers: outgoing, body, signal,
                    headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs,
                }), signal);
            }
            catch (error) {
                throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
            }
            const responseHeaders = flattenHeaders(response.headers);
            const cookies = asArray(response.headers['set-cookie']);
            setCookie.push(...cookies);
            options.jar?.store(url, cookies);
            const location = responseHeaders.location;
            const redirect = REDIRECTS.has(response.statusCode) && location !== undefined && options.followRedirects !== false;
            let next;
            let notFollowed;
            let refused;
            // 303 always becomes GET; so do 301 and 302 after a POST, as every browser does.
            const becomesGet = response.statusCode === 303 ? method !== 'HEAD' : (response.statusCode === 301 || response.statusCode === 302) && method === 'POST';
            if (redirect) {
                next = resolveLocation(location, url);
                if (!next)
                    notFollowed = `the redirect to ${location} is not an http(s) URL`;
                else if (redirects.length >= maxRedirects)
                    notFollowed = `more than ${maxRedirects} redirects`;
                else if (options.allowedOrigins && !options.allowedOrigins.includes(next.origin)) {
                    refused = next.href;
                    notFollowed = `the redirect goes to ${next.origin}, which is not an origin the manifest declares`;
                }
                else if (!becomesGet && body !== undefined && !(0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .sameOrigin */ .Nm)(next, url)) {
                    // The method and its body would be sent again, and the body may hold a password: never to another origin.
                    notFollowed = `a ${response.statusCode} would resend the ${method} body to ${next.origin}`;
                }
            }
            if (!redirect || notFollowed || !next) {
                let text;
                try {
                    text = await abortable(readBody(response.body, this.maxBodyBytes), signal);
                }
                catch (error) {
                    response.body.destroy();
                    throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
                }
                return {
                    method: request.method,
                    url: request.url,
                    response: { status: response.statusCode, url, headers: responseHeaders, setCookie, ...text },
                    redirects,
                    ...(notFollowed ? { redirectNotFollowed: notFollowed } : {}),
                    ...(refused ? { redirectRefused: refused } : {}),
                    ms: Math.round(this.clock() - started),
                };
            }
            await response.body.dump().catch(() => undefined);
            redirects.push({ method, url, status: response.statusCode, location });
            if (becomesGet) {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !BODY_HEADERS.includes(name.toLowerCase())));
            }
            if (!(0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .sameOrigin */ .Nm)(next, url)) {
                // Off the origin nothing of the request travels: no body, no manifest header, no credential.
                body = undefined;
                headers = {};
            }
            url = next;
        }
    }
    /** Closes every connection, including attempts still stalled in connect or TLS. */
    async close() {
        await Promise.all([...this.agents.values()].map((agent) => agent.destroy().catch(() => undefined)));
        this.agents.clear();
    }
    agent(tls) {
        const key = tls?.roots ? `roots:${tls.roots.length}:${tls.roots.join('').length}` : 'default';
        let agent = this.agents.get(key);
        if (agent)
            return agent;
        // One secure context for every connection: parsing a few hundred roots per handshake is slow.
        // Giving `ca` replaces Node's bundled roots, so they are added back.
        let secureContext;
        if (tls?.roots)
            secureContext = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)({ ca: [...tls.roots] });
        else if (this.options.ca)
            secureContext = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)({ ca: [this.options.ca, ...node_tls__WEBPACK_IMPORTED_MODULE_0__.rootCertificates] });
        const connector = (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .buildConnector */ .gU)({
            ...(secureContext ? { secureContext } : {}),
            ...(this.options.lookup ? { lookup: this.options.lookup } : {}),
            // A stall is cut by the request's own timeout (the race in send); this only bounds the socket.
            timeout: 120_000,
        });
        agent = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({
            connect: (opts, callback) => {
                const origin = `${opts.protocol}//${opts.hostname}`;
                this.connecting.set(origin, (this.connecting.get(origin) ?? 0) + 1);
                connector(opts, (error, socket) => {
                    this.connecting.set(origin, (this.connecting.get(origin) ?? 1) - 1);
                    // Callback typing is a union of (error, null) and (null, socket).
                    callback(error, socket);
                });
            },
            keepAliveTimeout: 4_000,
            ...(this.options.reuseConnections === false ? { pipelining: 0 } : {}),
        });
        this.agents.set(key, agent);
        return agent;
    }
    failure(error, url, started, timeout, outer, timeoutMs) {
        const ms = Math.round(this.clock() - started);
        if (error instanceof TransportError)
            return error;
        if (outer?.aborted)
            return new TransportError('deadline', `stopped: ${reasonText(outer.reason)}`, url, ms);
        const stalledConnecting = (this.connecting.get(`${url.protocol}//${url.hostname}`) ?? 0) > 0;
        if (timeout.aborted && stalledConnecting) {
            return new TransportError('connect-timeout', `could not connect to ${url.host} within ${formatMs(timeoutMs)} (no TCP connection or TLS handshake)`, url, ms);
        }
        if (timeout.aborted)
            return new TransportError('timeout', `no complete response within ${formatMs(timeoutMs)}`, url, ms);
        const code = errorCode(error);
        const detail = errorMessage(error);
        const kind = classify(code);
        const what = {
            refused: `connection refused by ${url.host}`,
            dns: `${url.hostname} does not resolve (${code})`,
            tls: `TLS failed for ${url.host}: ${detail}`,
            'connect-timeout': `could not connect to ${url.host} in time`,
            reset: `the connection to ${url.host} was closed before a response arrived (${code ?? detail})`,
            timeout: `no complete response within ${formatMs(timeoutMs)}`,
            deadline: 'stopped',
            other: `the request to ${url.host} failed: ${detail}`,
        };
        return new TransportError(kind, what[kind], url, ms, code);
    }
}
/** Settles with the promise, or rejects as soon as the signal aborts (the promise's own outcome is then ignored). */
function abortable(promise, signal) {
    if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => { signal.removeEventListener('abort', onAbort); resolve(value); }, (error) => { signal.removeEventListener('abort', onAbort); reject(error); });
    });
}
/** What kind of failure a system or undici error code means (the latency check counts failures by kind). */
function classify(code) {
    if (!code)
        return 'other';
    if (code === 'ECONNREFUSED')
        return 'refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return 'dns';
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
        return 'connect-timeout';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
        return 'timeout';
    // UNABLE_TO_VERIFY_LEAF_SIGNATURE (a CA the runner does not trust) names no CERT or TLS.
    if (/CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME|EPROTO|VERIFY|ISSUER/.test(code))
        return 'tls';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED' || code === 'ECONNABORTED')
        return 'reset';
    return 'other';
}
/** The most specific code in an error and its causes (undici wraps the socket's error). */
function errorCode(error) {
    let found;
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (typeof e.code === 'string')
            found = e.code;
    }
    return found;
}
/** The innermost message of an error and its causes. */
function errorMessage(error) {
    let message = error instanceof Error ? error.message : String(error);
    for (let e = error?.cause, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
        message = e.message;
    return message.replace(/^Error: /, '');
}
function reasonText(reason) {
    return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'aborted';
}
function formatMs(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function hasHeader(headers, name) {
    return Object.keys(headers).some((h) => h.toLowerCase() === name);
}
function asArray(value) {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || name === 'set-cookie')
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function resolveLocation(location, base) {
    try {
        const url = new URL(location, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
async function readBody(stream, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            return { body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), truncated: true };
        }
    }
    return { body: Buffer.concat(chunks).toString('utf8'), truncated: false };
}


/***/ }),

/***/ 99120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ sameOrigin),
/* harmony export */   Oz: () => (/* binding */ declaredOrigins),
/* harmony export */   b1: () => (/* binding */ headersForUrl),
/* harmony export */   b5: () => (/* binding */ isCredentialHeader)
/* harmony export */ });
/**
 * Credentials (cookies, session headers, anything that looks like a key or token) go only to the
 * environment's origin. A request to another origin (after a redirect) carries none of the headers
 * the manifest added, which is stricter than fetch, which drops only Authorization.
 */
/** Header names that carry credentials whatever their value. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|auth|token|secret|session|api-?key|password|csrf|xsrf|signature/i;
function isCredentialHeader(name) {
    return CREDENTIAL_HEADER.test(name);
}
function sameOrigin(a, b) {
    return a.origin === (typeof b === 'string' ? b : b.origin);
}
/**
 * The headers a request to `url` may carry: on the origin, the plain headers and the credentials
 * (session headers, step headers that hold a secret); anywhere else, none of them.
 */
function headersForUrl(url, origin, headers) {
    return sameOrigin(url, origin) ? { ...headers.plain, ...headers.credentials } : {};
}
/**
 * The origins the manifest declares (every environment's url, and the URL under test): the only places
 * a redirect of a session, smoke or latency request is followed to. An https upgrade of a declared
 * http origin is the same host made safer, so it is declared too.
 */
function declaredOrigins(environments, ...bases) {
    const origins = new Set();
    const add = (url) => {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return;
        origins.add(url.origin);
        if (url.protocol === 'http:')
            origins.add(new URL(`https://${url.hostname}`).origin);
    };
    for (const environment of Object.values(environments ?? {})) {
        if (!environment?.url)
            continue;
        try {
            add(new URL(environment.url));
        }
        catch {
            // an invalid url is the schema's finding
        }
    }
    for (const base of bases)
        if (base)
            add(base);
    return [...origins];
}


/***/ })

};
