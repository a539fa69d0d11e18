export const id = 685;
export const ids = [685];
export const modules = {

/***/ 7685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/mask.ts
var mask = __webpack_require__(5235);
// EXTERNAL MODULE: ./src/manifest/errors.ts
var errors = __webpack_require__(1738);
// EXTERNAL MODULE: ./src/run.ts + 3 modules
var run = __webpack_require__(967);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/demo/app-auth.ts

/** Documented in docs/demo-app.md; the demo workspace signs in with them. */
const DEFAULT_USERS = [
    { email: 'admin@demo.test', password: 'demo-admin-pass', role: 'admin' },
    { email: 'viewer@demo.test', password: 'demo-viewer-pass', role: 'viewer' },
];
// OWASP's minimum for scrypt (N=2^14, r=8, p=1): about 16 MiB and tens of milliseconds per hash.
const SCRYPT_OPTIONS = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;
function deriveKey(password, salt) {
    return new Promise((resolve, reject) => {
        (0,external_node_crypto_.scrypt)(password, salt, KEY_LENGTH, SCRYPT_OPTIONS, (error, key) => (error ? reject(error) : resolve(key)));
    });
}
/** Users with scrypt password hashes; the plain passwords are dropped once hashed. */
class UserDirectory {
    users;
    decoy;
    constructor(users, 
    // Unknown emails are checked against this, so a wrong email costs as much time as a wrong password.
    decoy) {
        this.users = users;
        this.decoy = decoy;
    }
    static async create(users) {
        const stored = new Map();
        for (const user of users) {
            const email = normalizeEmail(user.email);
            if (!email || typeof user.password !== 'string' || !user.password)
                throw new Error('every demo user needs an email and a password');
            if (user.role !== 'admin' && user.role !== 'viewer')
                throw new Error(`demo user ${email} has an unknown role`);
            if (stored.has(email))
                throw new Error(`demo user ${email} is listed twice`);
            stored.set(email, await hashUser(email, user.password, user.role));
        }
        return new UserDirectory(stored, await hashUser('', (0,external_node_crypto_.randomBytes)(16).toString('hex'), 'viewer'));
    }
    async verify(email, password) {
        const user = this.users.get(normalizeEmail(email));
        const candidate = user ?? this.decoy;
        const key = await deriveKey(password, candidate.salt);
        const matches = (0,external_node_crypto_.timingSafeEqual)(key, candidate.hash);
        return user && matches ? { email: user.email, role: user.role } : undefined;
    }
}
async function hashUser(email, password, role) {
    const salt = (0,external_node_crypto_.randomBytes)(16);
    return { email, role, salt, hash: await deriveKey(password, salt) };
}
function normalizeEmail(email) {
    return typeof email === 'string' ? email.trim().toLowerCase() : '';
}
function newToken() {
    return (0,external_node_crypto_.randomBytes)(32).toString('base64url');
}
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** Server-side sessions: the token is both the `sid` cookie and the bearer token. */
class SessionStore {
    now;
    sessions = new Map();
    constructor(now) {
        this.now = now;
    }
    create(user) {
        const createdAt = this.now();
        const session = { ...user, token: newToken(), createdAt, expiresAt: createdAt + SESSION_TTL_MS };
        this.sessions.set(session.token, session);
        return session;
    }
    find(token) {
        if (!token)
            return undefined;
        const session = this.sessions.get(token);
        if (session && session.expiresAt <= this.now()) {
            this.sessions.delete(token);
            return undefined;
        }
        return session;
    }
    delete(token) {
        this.sessions.delete(token);
    }
}
const CSRF_TTL_MS = 60 * 60 * 1000;
// GET /login is public, so the number of outstanding tokens is capped; the oldest go first.
const CSRF_MAX_TOKENS = 10_000;
/**
 * Form-login CSRF tokens. A token must have been issued here and must arrive both in the `csrf`
 * cookie and in the form, so a cross-site page can neither guess one nor plant its own.
 */
class CsrfTokens {
    now;
    issued = new Map();
    constructor(now) {
        this.now = now;
    }
    issue() {
        const token = newToken();
        this.issued.set(token, this.now() + CSRF_TTL_MS);
        if (this.issued.size > CSRF_MAX_TOKENS)
            this.issued.delete(this.issued.keys().next().value);
        return token;
    }
    /** True, and the token is spent, when the cookie and the form carry the same live token. */
    consume(fromCookie, fromForm) {
        if (!fromCookie || !fromForm)
            return false;
        const a = Buffer.from(fromCookie);
        const b = Buffer.from(fromForm);
        if (a.length !== b.length || !(0,external_node_crypto_.timingSafeEqual)(a, b))
            return false;
        const expiresAt = this.issued.get(fromCookie);
        this.issued.delete(fromCookie);
        return expiresAt !== undefined && expiresAt > this.now();
    }
}

;// CONCATENATED MODULE: ./src/demo/app-http.ts

/** Bodies above this are refused with 413 before they are buffered. */
const MAX_BODY_BYTES = 64 * 1024;
/** An error a client caused: the status, a stable code and a message safe to show. */
class HttpError extends Error {
    status;
    code;
    headers;
    constructor(status, code, message, headers = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }
}
/** Sent on every response, errors included. */
const SECURITY_HEADERS = {
    'X-Content-Type-Options': 'nosniff',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
};
/**
 * The default for every response; only public assets override it. Defaulting to private means a
 * new route cannot leak a signed-in page into a shared cache by forgetting a header.
 */
const PRIVATE_CACHE_HEADERS = {
    'Cache-Control': 'no-store, private',
    Vary: 'Cookie, Authorization',
};
function sendJson(res, status, body, headers = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
}
function sendHtml(res, status, html, headers = {}) {
    res.writeHead(status, {
        ...headers,
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(html),
        'Content-Security-Policy': "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    });
    res.end(html);
}
/** A response without a body: 204, 304 or a redirect (whose Location is in `headers`). */
function sendEmpty(res, status, headers = {}) {
    // 204 and 304 never carry a body, so they must not announce a length of 0.
    res.writeHead(status, status === 204 || status === 304 ? headers : { ...headers, 'Content-Length': 0 });
    res.end();
}
function sendError(res, error) {
    sendJson(res, error.status, { error: error.code, message: error.message }, error.headers);
}
/** The media type without parameters, lower-cased: `application/json; charset=utf-8` → `application/json`. */
function mediaType(req) {
    return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}
/**
 * Reads the whole body, refusing more than MAX_BODY_BYTES. An oversized body is not read further
 * into memory; the rest is discarded so the client still receives the 413 instead of a reset.
 */
function readBody(req) {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES)
        return Promise.reject(tooLarge());
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                req.off('data', onData);
                req.off('end', onEnd);
                req.resume();
                reject(tooLarge());
                return;
            }
            chunks.push(chunk);
        };
        const onEnd = () => resolve(Buffer.concat(chunks));
        req.on('data', onData);
        req.on('end', onEnd);
        req.on('error', reject);
    });
}
function tooLarge() {
    // Connection: close, so a client still streaming a huge body is not kept on a keep-alive socket.
    return new HttpError(413, 'payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
}
/** Reads a JSON object body; 415 for another media type, 400 for anything that is not a JSON object. */
async function readJsonObject(req) {
    if (mediaType(req) !== 'application/json') {
        // Requiring the JSON media type also stops cross-site HTML forms, which cannot send it.
        throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json');
    }
    const text = (await readBody(req)).toString('utf8');
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new HttpError(400, 'invalid_json', 'The request body must be a JSON object');
    }
    return value;
}
async function readForm(req) {
    if (mediaType(req) !== 'application/x-www-form-urlencoded') {
        throw new HttpError(415, 'unsupported_media_type', 'Send the form as application/x-www-form-urlencoded');
    }
    // URLSearchParams leaves malformed percent-escapes as they are instead of throwing.
    return new URLSearchParams((await readBody(req)).toString('utf8'));
}
/** Cookie values are compared as sent: every cookie this app sets is base64url, so none needs decoding. */
function readCookie(req, name) {
    for (const part of (req.headers.cookie ?? '').split(';')) {
        const eq = part.indexOf('=');
        if (eq > 0 && part.slice(0, eq).trim() === name)
            return part.slice(eq + 1).trim();
    }
    return undefined;
}
/** The client address without the IPv4-mapped prefix, so `::ffff:127.0.0.1` and `127.0.0.1` share a limit. */
function clientAddress(req) {
    const address = req.socket.remoteAddress ?? 'unknown';
    return address.startsWith('::ffff:') ? address.slice(7) : address;
}
/**
 * Answers requests Node could not parse (bad syntax, headers over 16 KiB) with a JSON error
 * instead of Node's bare status line, then closes the connection.
 */
function answerClientError(error, socket) {
    // Once a response has started on this socket, another status line would corrupt it.
    if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
        socket.destroy();
        return;
    }
    const [status, code, message] = error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'Request headers are too large']
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'request_timeout', 'The request took too long to arrive']
            : [400, 'bad_request', 'The request is not valid HTTP'];
    const body = JSON.stringify({ error: code, message });
    const headers = {
        ...SECURITY_HEADERS,
        ...PRIVATE_CACHE_HEADERS,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        Connection: 'close',
    };
    const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
    socket.end(`HTTP/1.1 ${status} ${external_node_http_.STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

;// CONCATENATED MODULE: ./src/demo/app-rate-limit.ts
const DEFAULT_LOGIN_RATE_LIMIT = { max: 5, windowMs: 60_000 };
// One entry per client address; capped so a flood of addresses cannot grow memory without bound.
const MAX_TRACKED_CLIENTS = 10_000;
/**
 * Fixed-window limit on failed sign-ins per client address. An attempt takes a slot before the
 * password is checked and gives it back on success, so parallel guesses cannot all slip past the
 * check while their hashes are being computed.
 */
class LoginRateLimiter {
    policy;
    now;
    windows = new Map();
    constructor(policy, now) {
        this.policy = policy;
        this.now = now;
        if (!Number.isInteger(policy.max) || policy.max < 1)
            throw new Error('loginRateLimit.max must be a positive integer');
        if (!(policy.windowMs > 0))
            throw new Error('loginRateLimit.windowMs must be a positive number');
    }
    /** Takes a slot for one attempt, or reports that the client is limited (taking nothing). */
    take(client) {
        const window = this.current(client);
        if (window.count >= this.policy.max)
            return this.status(window, true);
        window.count += 1;
        return this.status(window, false);
    }
    /** Gives back the slot of an attempt that succeeded. */
    refund(client) {
        const window = this.current(client);
        window.count = Math.max(0, window.count - 1);
        return this.status(window, false);
    }
    current(client) {
        const now = this.now();
        let window = this.windows.get(client);
        if (!window || now >= window.startedAt + this.policy.windowMs) {
            this.windows.delete(client);
            window = { startedAt: now, count: 0 };
            this.windows.set(client, window);
            if (this.windows.size > MAX_TRACKED_CLIENTS)
                this.windows.delete(this.windows.keys().next().value);
        }
        return window;
    }
    status(window, limited) {
        const msLeft = window.startedAt + this.policy.windowMs - this.now();
        return {
            limited,
            limit: this.policy.max,
            remaining: Math.max(0, this.policy.max - window.count),
            resetSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
        };
    }
}
/** Headers in the style of draft-ietf-httpapi-ratelimit-headers, plus Retry-After when limited. */
function rateLimitHeaders(status, policy) {
    const headers = {
        'RateLimit-Limit': String(status.limit),
        'RateLimit-Remaining': String(status.remaining),
        'RateLimit-Reset': String(status.resetSeconds),
        'RateLimit-Policy': `${policy.max};w=${Math.ceil(policy.windowMs / 1000)}`,
    };
    if (status.limited)
        headers['Retry-After'] = String(status.resetSeconds);
    return headers;
}

;// CONCATENATED MODULE: ./src/demo/app-pages.ts

const STYLESHEET = `body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 40rem; color: #1f2328; }
h1 { font-size: 1.5rem; }
form { display: grid; gap: .75rem; max-width: 20rem; }
label { display: grid; gap: .25rem; }
ul.tasks li { padding: .25rem 0; }
.muted { color: #59636e; }
`;
/** A strong validator for the stylesheet, so browsers can revalidate it with If-None-Match. */
const STYLESHEET_ETAG = `"${(0,external_node_crypto_.createHash)('sha256').update(STYLESHEET).digest('base64url').slice(0, 16)}"`;
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function page(title, body) {
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
${body}
</body>
</html>
`;
}
function renderLoginPage(csrfToken) {
    return page('Sign in', `<h1>Sign in</h1>
<form method="post" action="/login">
<input type="hidden" name="_csrf" value="${escapeHtml(csrfToken)}">
<label>Email <input type="email" name="email" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>`);
}
function renderDashboard(user, tasks) {
    const list = tasks.length
        ? `<ul class="tasks">\n${tasks.map((t) => `<li data-task-id="${escapeHtml(t.id)}">${escapeHtml(t.title)} <span class="muted">by ${escapeHtml(t.createdBy)}</span></li>`).join('\n')}\n</ul>`
        : '<p class="muted">No open tasks.</p>';
    return page('Operations dashboard', `<h1>Operations dashboard</h1>
<p class="muted">Signed in as ${escapeHtml(user.email)} (${user.role}).</p>
<h2>Open tasks (${tasks.length})</h2>
${list}`);
}

;// CONCATENATED MODULE: ./src/demo/app-state.ts
const DEFAULT_TASKS = ['Review on-call rota for next week', 'Renew TLS certificate for ops.example.com'];
// The audit log is capped so a flood of failed sign-ins cannot exhaust memory; the oldest go first.
const MAX_AUDIT_ENTRIES = 10_000;
function appendAudit(state, entry) {
    state.audit.push(entry);
    if (state.audit.length > MAX_AUDIT_ENTRIES)
        state.audit.splice(0, state.audit.length - MAX_AUDIT_ENTRIES);
}
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** Creates tasks; a repeated Idempotency-Key from the same user replays the first result. */
class TaskStore {
    tasks;
    now;
    nextId = 1;
    byKey = new Map();
    constructor(tasks, now) {
        this.tasks = tasks;
        this.now = now;
    }
    /**
     * Returns the task and whether it was replayed; `conflict` when the key was first used with a
     * different title (the IETF Idempotency-Key draft answers that with 422).
     */
    create(title, createdBy, idempotencyKey) {
        const scopedKey = idempotencyKey === undefined ? undefined : `${createdBy}\n${idempotencyKey}`;
        if (scopedKey !== undefined) {
            this.forgetExpiredKeys();
            const earlier = this.byKey.get(scopedKey);
            if (earlier)
                return earlier.title === title ? { task: earlier.task, replayed: true } : 'conflict';
        }
        const task = { id: String(this.nextId++), title, createdBy, createdAt: new Date(this.now()).toISOString() };
        this.tasks.set(task.id, task);
        if (scopedKey !== undefined)
            this.byKey.set(scopedKey, { title, task, expiresAt: this.now() + IDEMPOTENCY_TTL_MS });
        return { task, replayed: false };
    }
    forgetExpiredKeys() {
        const now = this.now();
        // Insertion order is expiry order, so the scan stops at the first live key.
        for (const [key, result] of this.byKey) {
            if (result.expiresAt > now)
                break;
            this.byKey.delete(key);
        }
    }
}

;// CONCATENATED MODULE: ./src/demo/app-routes.ts




const SESSION_COOKIE = 'sid';
const CSRF_COOKIE = 'csrf';
const MAX_TITLE_LENGTH = 200;
function sessionCookie(token) {
    return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/`;
}
/** A bearer token wins over the cookie; a malformed or unknown one signs nobody in. */
function findSession(call) {
    const authorization = call.req.headers.authorization;
    if (authorization !== undefined) {
        const bearer = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(authorization);
        return bearer ? call.app.sessions.find(bearer[1]) : undefined;
    }
    return call.app.sessions.find(readCookie(call.req, SESSION_COOKIE));
}
function requireSession(call) {
    const session = findSession(call);
    if (!session)
        throw new HttpError(401, 'unauthenticated', 'Sign in first', { 'WWW-Authenticate': 'Bearer' });
    return session;
}
function requireAdmin(call, doing) {
    const session = requireSession(call);
    if (session.role !== 'admin')
        throw new HttpError(403, 'forbidden', `The ${session.role} role cannot ${doing}`);
    return session;
}
function audit(call, action, actor, target) {
    appendAudit(call.app.state, { at: new Date(call.app.now()).toISOString(), action, actor, ip: call.ip, ...(target ? { target } : {}) });
}
/**
 * The sign-in both login routes share: rate limit, then the password check. Throws 429 or 401
 * (with the rate-limit headers); returns the new session and the headers for the success response.
 */
async function signIn(call, email, password, via) {
    const { limiter, users, sessions } = call.app;
    const taken = limiter.take(call.ip);
    if (taken.limited) {
        audit(call, 'sign-in-blocked', email, via);
        throw new HttpError(429, 'rate_limited', `Too many failed sign-ins; try again in ${taken.resetSeconds} s`, rateLimitHeaders(taken, limiter.policy));
    }
    const user = await users.verify(email, password);
    if (!user) {
        audit(call, 'sign-in-failed', email, via);
        throw new HttpError(401, 'invalid_credentials', 'The email or password is wrong', rateLimitHeaders(taken, limiter.policy));
    }
    const session = sessions.create(user);
    audit(call, 'sign-in', user.email, via);
    return { session, headers: rateLimitHeaders(limiter.refund(call.ip), limiter.policy) };
}
const jsonLogin = async (call) => {
    const body = await readJsonObject(call.req);
    if (typeof body.email !== 'string' || typeof body.password !== 'string') {
        throw new HttpError(400, 'invalid_credentials_format', 'email and password must be strings');
    }
    const { session, headers } = await signIn(call, body.email, body.password, 'json');
    sendJson(call.res, 200, { token: session.token, role: session.role, email: session.email }, { ...headers, 'Set-Cookie': sessionCookie(session.token) });
};
const loginPage = (call) => {
    const token = call.app.csrf.issue();
    sendHtml(call.res, 200, renderLoginPage(token), { 'Set-Cookie': `${CSRF_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/login` });
};
const formLogin = async (call) => {
    const form = await readForm(call.req);
    if (!call.app.csrf.consume(readCookie(call.req, CSRF_COOKIE), form.get('_csrf'))) {
        throw new HttpError(403, 'csrf_failed', 'The sign-in form has expired or did not come from this site; reload /login');
    }
    const email = form.get('email');
    const password = form.get('password');
    if (email === null || password === null)
        throw new HttpError(400, 'invalid_credentials_format', 'email and password are required');
    const { session, headers } = await signIn(call, email, password, 'form');
    sendEmpty(call.res, 303, {
        ...headers,
        Location: '/dashboard',
        'Set-Cookie': [sessionCookie(session.token), `${CSRF_COOKIE}=; HttpOnly; SameSite=Strict; Path=/login; Max-Age=0`],
    });
};
const logout = (call) => {
    const session = requireSession(call);
    call.app.sessions.delete(session.token);
    audit(call, 'sign-out', session.email);
    sendEmpty(call.res, 204, { 'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0` });
};
const me = (call) => {
    const session = requireSession(call);
    sendJson(call.res, 200, { email: session.email, role: session.role });
};
const dashboard = (call) => {
    const session = findSession(call);
    if (!session)
        return sendEmpty(call.res, 302, { Location: '/login' });
    sendHtml(call.res, 200, renderDashboard(session, [...call.app.state.tasks.values()]));
};
function readTitle(body) {
    if (typeof body.title !== 'string' || !body.title.trim())
        throw new HttpError(400, 'invalid_title', 'title must be a non-empty string');
    const title = body.title.trim();
    if ([...title].length > MAX_TITLE_LENGTH)
        throw new HttpError(400, 'invalid_title', `title must be at most ${MAX_TITLE_LENGTH} characters`);
    if (/[\u0000-\u001f\u007f]/.test(title))
        throw new HttpError(400, 'invalid_title', 'title must not contain control characters');
    return title;
}
function readIdempotencyKey(req) {
    const key = req.headers['idempotency-key'];
    if (key === undefined)
        return undefined;
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(key)) {
        throw new HttpError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
    }
    return key;
}
const listTasks = (call) => {
    requireSession(call);
    sendJson(call.res, 200, { tasks: [...call.app.state.tasks.values()] });
};
const createTask = async (call) => {
    const session = requireAdmin(call, 'create tasks');
    const key = readIdempotencyKey(call.req);
    const title = readTitle(await readJsonObject(call.req));
    const result = call.app.tasks.create(title, session.email, key);
    if (result === 'conflict') {
        throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different title');
    }
    if (!result.replayed)
        audit(call, 'task.create', session.email, result.task.id);
    sendJson(call.res, 201, result.task, {
        Location: `/api/tasks/${encodeURIComponent(result.task.id)}`,
        ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
};
function findTask(call) {
    const task = call.app.state.tasks.get(call.params.id);
    if (!task)
        throw new HttpError(404, 'not_found', `There is no task ${JSON.stringify(call.params.id)}`);
    return task;
}
const getTask = (call) => {
    requireSession(call);
    sendJson(call.res, 200, findTask(call));
};
const deleteTask = (call) => {
    const session = requireAdmin(call, 'delete tasks');
    const task = findTask(call);
    call.app.state.tasks.delete(task.id);
    audit(call, 'task.delete', session.email, task.id);
    sendEmpty(call.res, 204);
};
const auditLog = (call) => {
    requireAdmin(call, 'read the audit log');
    sendJson(call.res, 200, { entries: call.app.state.audit });
};
const health = (call) => {
    sendJson(call.res, 200, { status: 'ok', version: call.app.version }, { 'X-App-Version': call.app.version });
};
const stylesheet = (call) => {
    // The one public, cacheable response: it is the same for everybody.
    call.res.removeHeader('Vary');
    const headers = { 'Cache-Control': 'public, max-age=86400', ETag: STYLESHEET_ETAG };
    if (call.req.headers['if-none-match'] === STYLESHEET_ETAG)
        return sendEmpty(call.res, 304, headers);
    call.res.writeHead(200, { ...headers, 'Content-Type': 'text/css; charset=utf-8', 'Content-Length': Buffer.byteLength(STYLESHEET) });
    call.res.end(STYLESHEET);
};
const ROUTES = [
    { path: '/', methods: { GET: (call) => sendEmpty(call.res, 302, { Location: '/dashboard' }) } },
    { path: '/healthz', methods: { GET: health } },
    { path: '/assets/app.css', methods: { GET: stylesheet } },
    { path: '/login', methods: { GET: loginPage, POST: formLogin } },
    { path: '/dashboard', methods: { GET: dashboard } },
    { path: '/api/login', methods: { POST: jsonLogin } },
    { path: '/api/logout', methods: { POST: logout } },
    { path: '/api/me', methods: { GET: me } },
    { path: '/api/tasks', methods: { GET: listTasks, POST: createTask } },
    { path: '/api/tasks/:id', methods: { GET: getTask, DELETE: deleteTask } },
    { path: '/api/admin/audit', methods: { GET: auditLog } },
];

;// CONCATENATED MODULE: ./src/demo/app.ts
/**
 * The bundled demo: a small internal-operations app (sign-in with admin and viewer roles, a
 * dashboard, a tasks API, an audit log) built on node:http alone, so the committed bundle runs it
 * without node_modules. The smoke, latency and domain checks, their tests and `npm run demo`
 * target it. docs/demo-app.md lists the routes and users.
 */











const DEFAULT_VERSION = '1.0.0';
async function startDemoApp(options = {}) {
    const now = options.now ?? Date.now;
    const sessions = new SessionStore(now);
    const state = { tasks: new Map(), audit: [], sessions: sessions.sessions, requests: 0, errors: [] };
    const app = {
        state,
        users: await UserDirectory.create(options.users ?? DEFAULT_USERS),
        sessions,
        csrf: new CsrfTokens(now),
        limiter: new LoginRateLimiter(options.loginRateLimit ?? DEFAULT_LOGIN_RATE_LIMIT, now),
        tasks: new TaskStore(state.tasks, now),
        version: options.version ?? DEFAULT_VERSION,
        now,
    };
    for (const title of options.tasks ?? DEFAULT_TASKS)
        app.tasks.create(title, 'system');
    // Aborted by close(), so requests waiting on the latency hook do not keep timers alive.
    const closing = new AbortController();
    async function handle(req, res) {
        const index = state.requests++;
        for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...PRIVATE_CACHE_HEADERS }))
            res.setHeader(name, value);
        try {
            const extraMs = options.latency?.(req, index) ?? 0;
            if (extraMs > 0)
                await (0,promises_.setTimeout)(extraMs, undefined, { signal: closing.signal });
            const { handler, params } = resolveRoute(req);
            await handler({ req, res, params, ip: clientAddress(req), app });
        }
        catch (error) {
            if (closing.signal.aborted)
                return;
            if (res.headersSent) {
                res.destroy();
            }
            else if (error instanceof HttpError) {
                sendError(res, error);
            }
            else {
                state.errors.push(error);
                sendError(res, new HttpError(500, 'internal_error', 'Something went wrong on the server'));
            }
        }
    }
    const server = (0,external_node_http_.createServer)((req, res) => void handle(req, res));
    server.on('clientError', answerClientError);
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { address, port } = server.address();
    const host = address.includes(':') ? `[${address}]` : address;
    let closed;
    return {
        url: `http://${host}:${port}`,
        port,
        state,
        close() {
            closed ??= new Promise((resolve, reject) => {
                closing.abort();
                server.close((error) => (error ? reject(error) : resolve()));
                server.closeAllConnections();
            });
            return closed;
        },
    };
}
/** Finds the handler for the request's path and method; 400, 404 or 405 (with Allow) otherwise. */
function resolveRoute(req) {
    const target = req.url ?? '';
    // Only origin-form targets (`/path?query`); absolute-form and `*` are for proxies and OPTIONS.
    if (!target.startsWith('/'))
        throw new HttpError(400, 'bad_request_target', 'The request target must be a path');
    const path = target.split('?', 1)[0];
    const segments = path.split('/');
    for (const route of ROUTES) {
        const params = matchPath(route.path.split('/'), segments);
        if (!params)
            continue;
        const method = req.method === 'HEAD' ? 'GET' : req.method;
        const handler = route.methods[method];
        if (handler)
            return { handler, params };
        const allowed = Object.keys(route.methods).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]));
        throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed on ${route.path}`, { Allow: allowed.join(', ') });
    }
    throw new HttpError(404, 'not_found', `No route for ${req.method} ${path.length > 200 ? `${path.slice(0, 200)}…` : path}`);
}
function matchPath(pattern, segments) {
    if (pattern.length !== segments.length)
        return undefined;
    const params = {};
    for (const [i, part] of pattern.entries()) {
        const segment = segments[i];
        if (part.startsWith(':')) {
            if (!segment)
                return undefined;
            try {
                params[part.slice(1)] = decodeURIComponent(segment);
            }
            catch {
                throw new HttpError(400, 'bad_percent_encoding', 'The path has a malformed percent-encoding');
            }
        }
        else if (part !== segment) {
            return undefined;
        }
    }
    return params;
}

;// CONCATENATED MODULE: ./src/demo/credentials.ts

const user = (role) => DEFAULT_USERS.find((u) => u.role === role);
/**
 * The demo app's sign-in, as the demo manifest reads it through {{ env.* }} templates. These are the
 * demo app's public, documented users, for a server that lives on 127.0.0.1 for a few seconds.
 */
const DEMO_CREDENTIALS = {
    DEMO_ADMIN_EMAIL: user('admin').email,
    DEMO_ADMIN_PASSWORD: user('admin').password,
    DEMO_VIEWER_EMAIL: user('viewer').email,
    DEMO_VIEWER_PASSWORD: user('viewer').password,
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/demo/demo-certificates.ts
/**
 * A throwaway CA and a server certificate for the demo's TLS endpoint, made with node:crypto alone
 * (Node can sign but has no certificate builder, and the demo must not need the openssl CLI). The
 * certificates are minted fresh on every run, so "expires in 5 days" stays true without a shifted
 * clock or a committed private key; the keys live in memory and vanish with the demo.
 */

const HOUR_MS = 3_600_000;
const TEN_YEARS_MS = 10 * 365 * 24 * HOUR_MS;
function mintDemoCertificates(options) {
    const ca = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const leaf = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'prime256v1' });
    const notBefore = new Date(options.now.getTime() - HOUR_MS);
    const caName = demo_certificates_name('release-gate demo CA');
    const caCert = certificate({
        issuer: caName, subject: caName, publicKey: ca.publicKey, signer: ca.privateKey,
        notBefore, notAfter: new Date(options.now.getTime() + TEN_YEARS_MS),
        extensions: [
            extension('2.5.29.19', true, sequence(demo_certificates_boolean(true))), // basicConstraints: CA
            extension('2.5.29.15', true, bitString(Buffer.from([0x06]), 1)), // keyUsage: keyCertSign, cRLSign
        ],
    });
    const leafCert = certificate({
        issuer: caName, subject: demo_certificates_name(options.host), publicKey: leaf.publicKey, signer: ca.privateKey,
        notBefore, notAfter: new Date(options.now.getTime() + options.validForMs),
        extensions: [
            extension('2.5.29.19', true, sequence()), // basicConstraints: not a CA
            extension('2.5.29.15', true, bitString(Buffer.from([0x80]), 7)), // keyUsage: digitalSignature
            extension('2.5.29.37', false, sequence(oid('1.3.6.1.5.5.7.3.1'))), // extKeyUsage: serverAuth
            extension('2.5.29.17', false, sequence(tlv(0x82, Buffer.from(options.host, 'ascii')))), // subjectAltName: dNSName
        ],
    });
    return {
        caPem: pem('CERTIFICATE', caCert),
        key: leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        cert: pem('CERTIFICATE', leafCert),
    };
}
const ECDSA_WITH_SHA256 = sequence(oid('1.2.840.10045.4.3.2'));
/** RFC 5280 section 4.1: the TBSCertificate, signed with ECDSA P-256 / SHA-256. */
function certificate(fields) {
    const serial = (0,external_node_crypto_.randomBytes)(16);
    serial[0] &= 0x7f; // a positive INTEGER
    const tbs = sequence(tlv(0xa0, integer(Buffer.from([2]))), // version v3
    integer(serial), ECDSA_WITH_SHA256, fields.issuer, sequence(time(fields.notBefore), time(fields.notAfter)), fields.subject, fields.publicKey.export({ type: 'spki', format: 'der' }), tlv(0xa3, sequence(...fields.extensions)));
    const signature = (0,external_node_crypto_.sign)('sha256', tbs, { key: fields.signer, dsaEncoding: 'der' });
    return sequence(tbs, ECDSA_WITH_SHA256, bitString(signature, 0));
}
function demo_certificates_name(commonName) {
    return sequence(tlv(0x31, sequence(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}
function extension(id, critical, value) {
    return sequence(oid(id), ...(critical ? [demo_certificates_boolean(true)] : []), tlv(0x04, value));
}
/** UTCTime until 2049, GeneralizedTime after, as RFC 5280 section 4.1.2.5 requires. */
function time(date) {
    const iso = date.toISOString().replace(/[-:T]/g, '').replace(/\.\d+Z$/, 'Z');
    return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(iso.slice(2), 'ascii')) : tlv(0x18, Buffer.from(iso, 'ascii'));
}
function tlv(tag, content) {
    const length = content.length;
    let header;
    if (length < 0x80)
        header = Buffer.from([tag, length]);
    else if (length < 0x100)
        header = Buffer.from([tag, 0x81, length]);
    else
        header = Buffer.from([tag, 0x82, length >> 8, length & 0xff]);
    return Buffer.concat([header, content]);
}
function sequence(...items) {
    return tlv(0x30, Buffer.concat(items));
}
function integer(bytes) {
    return tlv(0x02, bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}
function demo_certificates_boolean(value) {
    return tlv(0x01, Buffer.from([value ? 0xff : 0]));
}
function bitString(bytes, unusedBits) {
    return tlv(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]));
}
function oid(dotted) {
    const [first, second, ...rest] = dotted.split('.').map(Number);
    const bytes = [first * 40 + second];
    for (const value of rest) {
        const chunk = [value & 0x7f];
        for (let v = value >> 7; v > 0; v >>= 7)
            chunk.unshift((v & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return tlv(0x06, Buffer.from(bytes));
}
function pem(label, der) {
    return `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
// EXTERNAL MODULE: ./node_modules/dns-packet/index.js
var dns_packet = __webpack_require__(4894);
;// CONCATENATED MODULE: ./src/demo/dns-zone-server.ts
/**
 * A tiny authoritative DNS server for one in-memory zone, on 127.0.0.1, answering UDP and TCP on the
 * same port as real servers do. It serves the demo's domain (`npm run demo`) and the domain check's
 * tests: answers larger than 512 bytes are truncated over UDP (TC bit) so resolvers retry over TCP,
 * the way long DKIM keys behave in the wild, and names can be made to fail (SERVFAIL, REFUSED, or no
 * answer at all, which the client sees as a timeout).
 */



// RFC 1035: without EDNS a UDP answer is at most 512 bytes. Staying at 512 even when the client offers
// more makes the TCP retry of long answers happen on every platform.
const MAX_UDP_BYTES = 512;
const MAX_CNAME_CHAIN = 8;
const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };
/** Splits text into the ≤255-byte character strings a TXT record is made of. */
function txtChunks(text, size = 255) {
    const chunks = [];
    for (let i = 0; i < text.length; i += size)
        chunks.push(text.slice(i, i + size));
    return chunks.length ? chunks : [''];
}
async function startDnsZoneServer(initial, options = {}) {
    const host = options.host ?? '127.0.0.1';
    let zone = normalize(initial);
    const queries = [];
    const tcpSockets = new Set();
    const answer = (query, transport) => {
        let request;
        try {
            request = dns_packet.decode(query);
        }
        catch {
            return undefined; // not DNS: ignore, as servers do
        }
        const question = request.questions?.[0];
        if (!question)
            return undefined;
        queries.push({ name: question.name.toLowerCase(), type: question.type, transport });
        const response = resolveQuestion(zone, question);
        if (response === 'drop')
            return undefined;
        const packet = {
            type: 'response',
            id: request.id,
            flags: dns_packet.AUTHORITATIVE_ANSWER | (request.flags ?? 0) & dns_packet.RECURSION_DESIRED | response.rcode,
            questions: [question],
            answers: response.answers,
        };
        const encoded = dns_packet.encode(packet);
        if (transport === 'udp' && encoded.length > MAX_UDP_BYTES) {
            return dns_packet.encode({ ...packet, answers: [], flags: (packet.flags ?? 0) | dns_packet.TRUNCATED_RESPONSE });
        }
        return encoded;
    };
    const makeUdp = () => {
        const socket = (0,external_node_dgram_.createSocket)('udp4');
        socket.on('message', (message, remote) => {
            const reply = answer(message, 'udp');
            if (reply)
                socket.send(reply, remote.port, remote.address);
        });
        return socket;
    };
    const tcp = (0,external_node_net_.createServer)((socket) => {
        tcpSockets.add(socket);
        socket.on('close', () => tcpSockets.delete(socket));
        socket.on('error', () => socket.destroy());
        let buffered = Buffer.alloc(0);
        socket.on('data', (chunk) => {
            buffered = Buffer.concat([buffered, chunk]);
            while (buffered.length >= 2) {
                const length = buffered.readUInt16BE(0);
                if (buffered.length < 2 + length)
                    break;
                const reply = answer(buffered.subarray(2, 2 + length), 'tcp');
                buffered = buffered.subarray(2 + length);
                if (reply) {
                    const prefix = Buffer.alloc(2);
                    prefix.writeUInt16BE(reply.length);
                    socket.write(Buffer.concat([prefix, reply]));
                }
            }
        });
    });
    const { udp, port } = await bindSamePort(makeUdp, tcp, host);
    udp.on('error', () => undefined);
    return {
        address: `${host}:${port}`,
        port,
        queries,
        setZone(next) {
            zone = normalize(next);
        },
        async close() {
            for (const socket of tcpSockets)
                socket.destroy();
            await Promise.all([
                new Promise((resolve) => udp.close(() => resolve())),
                new Promise((resolve) => tcp.close(() => resolve())),
            ]);
        },
    };
}
/** UDP takes a free port first; TCP then binds the same number, trying again if someone holds it. */
async function bindSamePort(makeUdp, tcp, host) {
    for (let attempt = 0; attempt < 20; attempt++) {
        const udp = makeUdp();
        await new Promise((resolve, reject) => {
            udp.once('error', reject);
            udp.bind(0, host, () => {
                udp.off('error', reject);
                resolve();
            });
        });
        const port = udp.address().port;
        const bound = await new Promise((resolve) => {
            const onError = () => resolve(false);
            tcp.once('error', onError);
            tcp.listen(port, host, () => {
                tcp.off('error', onError);
                resolve(true);
            });
        });
        if (bound)
            return { udp, port };
        udp.close();
    }
    throw new Error('no port was free for both UDP and TCP');
}
function normalize(zone) {
    return new Map(Object.entries(zone).map(([name, records]) => [canonical(name), records]));
}
function canonical(name) {
    return name.toLowerCase().replace(/\.$/, '');
}
function resolveQuestion(zone, question) {
    const answers = [];
    let name = canonical(question.name);
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
        const entry = zone.get(name);
        if (entry === 'drop')
            return 'drop';
        if (entry === 'servfail')
            return { rcode: RCODE.SERVFAIL, answers: [] };
        if (entry === 'refused')
            return { rcode: RCODE.REFUSED, answers: [] };
        if (!entry) {
            // A name that only has names below it (e.g. _domainkey) exists but has no data.
            const exists = [...zone.keys()].some((k) => k.endsWith(`.${name}`));
            return { rcode: exists || answers.length ? RCODE.NOERROR : RCODE.NXDOMAIN, answers };
        }
        const matching = entry.filter((r) => r.type === question.type);
        if (matching.length) {
            answers.push(...matching.map((r) => toAnswer(question.name === name ? question.name : name, r)));
            return { rcode: RCODE.NOERROR, answers };
        }
        const cname = entry.find((r) => r.type === 'CNAME');
        if (!cname || question.type === 'CNAME')
            return { rcode: RCODE.NOERROR, answers };
        answers.push(toAnswer(name, cname));
        name = canonical(cname.value);
    }
    return { rcode: RCODE.SERVFAIL, answers: [] };
}
function toAnswer(name, record) {
    const ttl = record.ttl ?? 300;
    switch (record.type) {
        case 'TXT':
            return { type: 'TXT', name, ttl, data: Array.isArray(record.value) ? record.value : txtChunks(record.value) };
        case 'MX':
            return { type: 'MX', name, ttl, data: record.value };
        case 'CAA':
            return { type: 'CAA', name, ttl, data: { flags: record.value.flags ?? 0, tag: record.value.tag, value: record.value.value } };
        default:
            return { type: record.type, name, ttl, data: record.value };
    }
}

;// CONCATENATED MODULE: ./src/demo/domain-fixtures.ts
/**
 * The demo's domain, on loopback: a DNS zone for demo.example.test and a TLS endpoint in front of the
 * demo app, so `npm run demo` shows the domain check with no network. Planted problems (see
 * demo/workspace/planted-domain.json): DMARC is p=none, DKIM selector s2 is listed but not
 * published, and the certificate expires in 5 days.
 */








const DEMO_DOMAIN = 'demo.example.test';
/** Placeholders in demo/workspace/manifest-domain.yml, replaced by the running fixtures' values. */
const DEMO_DOMAIN_PLACEHOLDERS = {
    resolver: 'DEMO_DNS_RESOLVER',
    ca: 'DEMO_CA_FILE',
    tlsPort: 'DEMO_TLS_PORT',
};
const DAY_MS = 86_400_000;
// Five days and an hour, so the check, a moment later, still counts five whole days.
const CERTIFICATE_LIFETIME_MS = 5 * DAY_MS + 3_600_000;
async function startDemoDomain(appPort, options = {}) {
    const now = options.now ?? new Date();
    const certificates = mintDemoCertificates({ host: DEMO_DOMAIN, now, validForMs: CERTIFICATE_LIFETIME_MS });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-gate-demo-domain-'));
    const caFile = (0,external_node_path_.join)(dir, 'demo-ca.pem');
    (0,external_node_fs_.writeFileSync)(caFile, certificates.caPem);
    // ed25519 keys are instant to make and 32 bytes long: a real DKIM key without a slow RSA keygen.
    const dkim = (0,external_node_crypto_.generateKeyPairSync)('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(-32).toString('base64');
    const zone = {
        [DEMO_DOMAIN]: [
            { type: 'A', value: '127.0.0.1' },
            { type: 'MX', value: { preference: 10, exchange: `mail.${DEMO_DOMAIN}` } },
            { type: 'TXT', value: 'v=spf1 ip4:127.0.0.1 -all' },
        ],
        [`api.${DEMO_DOMAIN}`]: [{ type: 'CNAME', value: DEMO_DOMAIN }],
        [`mail.${DEMO_DOMAIN}`]: [{ type: 'A', value: '127.0.0.1' }],
        // Planted: monitoring only, so spoofed mail is still delivered.
        [`_dmarc.${DEMO_DOMAIN}`]: [{ type: 'TXT', value: `v=DMARC1; p=none; rua=mailto:dmarc@${DEMO_DOMAIN}` }],
        [`s1._domainkey.${DEMO_DOMAIN}`]: [{ type: 'TXT', value: `v=DKIM1; k=ed25519; p=${dkim}` }],
        // Planted: no s2._domainkey record, though the manifest lists selector s2.
    };
    const dns = await startDnsZoneServer(zone);
    const sockets = new Set();
    const track = (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    };
    // Terminates TLS and pipes the bytes to the app, as a load balancer would.
    const tls = (0,external_node_tls_.createServer)({ key: certificates.key, cert: certificates.cert }, (client) => {
        const upstream = (0,external_node_net_.connect)(appPort, '127.0.0.1');
        track(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => {
            client.destroy();
            upstream.destroy();
        };
        client.on('error', end);
        upstream.on('error', end);
    });
    tls.on('connection', track);
    tls.on('tlsClientError', () => undefined);
    await new Promise((resolve) => tls.listen(0, '127.0.0.1', resolve));
    const tlsPort = tls.address().port;
    let closed;
    return {
        resolver: dns.address,
        ca: caFile,
        tlsPort,
        substitutions: {
            [DEMO_DOMAIN_PLACEHOLDERS.resolver]: dns.address,
            [DEMO_DOMAIN_PLACEHOLDERS.ca]: caFile,
            [DEMO_DOMAIN_PLACEHOLDERS.tlsPort]: String(tlsPort),
        },
        close() {
            closed ??= (async () => {
                for (const socket of sockets)
                    socket.destroy();
                await Promise.all([dns.close(), new Promise((resolve) => tls.close(() => resolve()))]);
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            })();
            return closed;
        },
    };
}

;// CONCATENATED MODULE: ./src/demo/run-demo.ts











/** The placeholder origin in the demo manifest, replaced by the demo app's real address. */
const DEMO_ORIGIN_PLACEHOLDER = 'http://demo-app.localhost';
// Both the bundle (dist/bundle/) and the source (src/demo/run-demo.ts) sit two levels below the repository.
const DEMO_DIR = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', '..', 'demo');
/** Starts the app, lays out the workspace, runs every check, and shuts everything down. */
async function runDemo(options = {}) {
    const workspace = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'release-gate-demo-'));
    const app = await startDemoApp({ latency: dashboardSlowUnderLoad() });
    const domain = await startDemoDomain(app.port);
    options.onStart?.(app.url);
    try {
        (0,external_node_fs_.cpSync)((0,external_node_path_.join)(DEMO_DIR, 'workspace'), workspace, { recursive: true });
        const manifestPath = (0,external_node_path_.join)(workspace, '.github/release-gate.yml');
        const substitutions = { [DEMO_ORIGIN_PLACEHOLDER]: app.url, ...domain.substitutions };
        let manifestText = (0,external_node_fs_.readFileSync)(manifestPath, 'utf8');
        for (const [placeholder, value] of Object.entries(substitutions))
            manifestText = manifestText.split(placeholder).join(value);
        (0,external_node_fs_.writeFileSync)(manifestPath, manifestText);
        const planted = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(DEMO_DIR, 'planted.json'), 'utf8'));
        const base = layOutGitHistory(workspace, planted);
        // The demo tests its own app: a deployment_status event of the surrounding workflow must not redirect it.
        const { GITHUB_EVENT_NAME: _event, GITHUB_EVENT_PATH: _path, ...inherited } = options.env ?? {};
        const env = { ...inherited, ...DEMO_CREDENTIALS };
        const { report } = await (0,run/* runReleaseGate */.u)({
            cwd: workspace, env, manifestPath: '.github/release-gate.yml', base, failOn: 'error', inputs: {}, masker: new mask/* Masker */.GX(),
        });
        const found = (p) => report.checks.some((c) => c.findings.some((f) => f.ruleId === p.ruleId && f.file === p.file && f.line === p.line));
        const ran = new Set(report.checks.map((c) => c.check));
        const relevant = planted.filter((p) => ran.has(p.check)).map(({ baseFiles: _baseFiles, ...p }) => p);
        return {
            report,
            caught: relevant.filter(found),
            missed: relevant.filter((p) => !found(p)),
            workspace: options.keep ? workspace : undefined,
        };
    }
    catch (error) {
        if (error instanceof errors/* ManifestError */.S)
            throw new Error(`the demo manifest is broken (a release-gate bug): ${error.message}`, { cause: error });
        throw error;
    }
    finally {
        await Promise.all([app.close(), domain.close()]);
        if (!options.keep)
            (0,external_node_fs_.rmSync)(workspace, { recursive: true, force: true });
    }
}
/**
 * Planted for the latency check: the dashboard answers at once when one person loads it (so smoke
 * passes) and takes 800 ms once more than five requests arrive within a second.
 */
function dashboardSlowUnderLoad() {
    const recent = [];
    return (req) => {
        if ((req.url ?? '').split('?')[0] !== '/dashboard')
            return 0;
        const now = performance.now();
        recent.push(now);
        while (recent[0] < now - 1000)
            recent.shift();
        return recent.length > 5 ? 800 : 0;
    };
}
/**
 * Diff-aware problems (a migration out of order) need a base branch: commit the files a planted
 * problem names as base files on `main`, then everything else on a feature branch.
 */
function layOutGitHistory(workspace, planted) {
    const baseFiles = planted.flatMap((p) => p.baseFiles ?? []);
    if (!baseFiles.length)
        return undefined;
    const git = (...args) => (0,external_node_child_process_.execFileSync)('git', args, { cwd: workspace, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'demo', GIT_AUTHOR_EMAIL: 'demo@demo.test', GIT_COMMITTER_NAME: 'demo', GIT_COMMITTER_EMAIL: 'demo@demo.test' } });
    try {
        git('init', '-q', '-b', 'main');
        const present = baseFiles.filter((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(workspace, f)));
        git('add', '--', ...present);
        git('commit', '-q', '--no-gpg-sign', '-m', 'base: what is already deployed');
        git('checkout', '-q', '-b', 'feature');
        git('add', '-A');
        git('commit', '-q', '--no-gpg-sign', '-m', 'feature: the change under review');
        return 'main';
    }
    catch {
        return undefined; // no git: the diff-aware problems are simply not looked for
    }
}
function describePlanted(caught, missed) {
    const lines = ['', `Planted problems: ${caught.length} of ${caught.length + missed.length} caught`];
    for (const p of caught)
        lines.push(`  caught  ${p.ruleId}  ${p.file}:${p.line}  ${p.description}`);
    for (const p of missed)
        lines.push(`  MISSED  ${p.ruleId}  ${p.file}:${p.line}  ${p.description}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/format.ts + 7 modules
var src_format = __webpack_require__(8453);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
;// CONCATENATED MODULE: ./src/demo/serve.ts

/**
 * Starts the demo app for a person to try, prints where it listens and how to sign in, and closes
 * it on SIGINT or SIGTERM. Throws on a port that is not a number from 0 to 65535.
 */
async function serveDemo(options = {}) {
    const { argv = process.argv.slice(2), write = (text) => process.stdout.write(text), signals = process } = options;
    const port = parsePort(argv[0]);
    const app = await startDemoApp({ ...options.app, port });
    // The default passwords are public (docs/demo-app.md); passwords a caller chose are not printed.
    const users = options.app?.users?.map((u) => `  ${u.role}: ${u.email}`) ?? DEFAULT_USERS.map((u) => `  ${u.role}: ${u.email} / ${u.password}`);
    write([
        `Demo app listening on ${app.url}`,
        ...users,
        'Press Ctrl+C to stop.',
        '',
    ].join('\n'));
    const stop = () => {
        close().then(() => write('Demo app stopped.\n'), (error) => write(`Demo app did not stop cleanly: ${String(error)}\n`));
    };
    const close = () => {
        signals.off('SIGINT', stop);
        signals.off('SIGTERM', stop);
        return app.close();
    };
    signals.once('SIGINT', stop);
    signals.once('SIGTERM', stop);
    return { ...app, close };
}
function parsePort(text) {
    if (text === undefined)
        return 0;
    const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
    if (!(port <= 65535))
        throw new Error(`the port must be a number from 0 to 65535, got ${JSON.stringify(text)}`);
    return port;
}

;// CONCATENATED MODULE: ./src/cli/commands/demo-serve.ts

/**
 * `release-gate demo serve [PORT]`: the bundled demo app for a person to try (README promises it).
 * Prints where it listens and how to sign in; runs until Ctrl-C.
 */
async function demoServe(argv, io) {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout('Usage: release-gate demo serve [PORT]\n\nStarts the demo app on 127.0.0.1 (a free port unless PORT is given) and runs until Ctrl-C.\n');
        return 0;
    }
    try {
        await serveDemo({ argv, write: (text) => io.stdout(text) });
        return 0;
    }
    catch (error) {
        io.stderr(`release-gate demo serve: ${error.message}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts





const demoCommand = {
    description: 'run the whole gate against the bundled demo app, and say which planted problems it caught',
    async run(argv, io) {
        if (argv[0] === 'serve')
            return demoServe(argv.slice(1), io);
        let values;
        try {
            ({ values } = (0,external_node_util_.parseArgs)({ args: argv, options: { keep: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
        }
        catch (error) {
            io.stderr(`release-gate demo: ${error.message}\n`);
            return 2;
        }
        if (values.help) {
            io.stdout('Usage: release-gate demo [--format FORMAT] [--keep]\n\nStarts the demo app on 127.0.0.1, lays out a workspace with planted problems,\nruns every check, and exits 0 when every planted problem was caught.\n  --keep    leave the workspace on disk and print its path\n');
            return 0;
        }
        const format = (values.format ?? 'text');
        if (!src_format/* FORMATS */.h.includes(format)) {
            io.stderr(`release-gate demo: --format must be one of ${src_format/* FORMATS */.h.join(', ')}\n`);
            return 2;
        }
        const result = await runDemo({ keep: !!values.keep, env: io.env, onStart: (url) => io.stderr(`release-gate demo: the demo app is listening on ${url}; running every check on a workspace with planted problems\n\n`) });
        io.stdout((0,src_format/* formatReport */.C)(result.report, format, { color: (0,reporters_text/* shouldUseColor */.I1)(io.env, io.isTTY), manifestFile: '.github/release-gate.yml' }));
        // A machine format is the whole of stdout, so it parses; what a person reads goes to stderr then.
        const say = (text) => (format === 'text' ? io.stdout(text) : io.stderr(text));
        say(describePlanted(result.caught, result.missed));
        if (result.workspace)
            say(`\nThe demo workspace is kept at ${result.workspace}\n`);
        return result.missed.length === 0 ? 0 : 1;
    },
};


/***/ })

};
