export const id = 284;
export const ids = [284];
export const modules = {

/***/ 4669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(check) {
    return check;
}


/***/ }),

/***/ 5168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ buildRequest),
/* harmony export */   t: () => (/* binding */ InvalidRequestError)
/* harmony export */ });
/* harmony import */ var _origin_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9120);
/* harmony import */ var _request_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4476);
/* harmony import */ var _templater_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7780);
/* harmony import */ var _manifest_templates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5006);




/** The manifest entry cannot become a request (a template without a value, a URL on another origin, ...). */
class InvalidRequestError extends Error {
}
/**
 * Expands templates and builds the request. A header whose value comes from a template, or whose name
 * says it is a credential, is sent only to the origin: it may hold a token.
 */
function buildRequest(spec, base, templater, sessionHeaders = {}) {
    try {
        const { method, url } = (0,_request_line_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRequestLine */ .r_)(templater.expand(spec.request), base);
        const bodies = ['json', 'form', 'body'].filter((k) => spec[k] !== undefined);
        if (bodies.length > 1)
            throw new InvalidRequestError(`give one body, not ${bodies.join(' and ')}`);
        // Names are lower-cased so a step's header replaces the session's header of the same name.
        const headers = {};
        const credentials = Object.fromEntries(Object.entries(sessionHeaders).map(([k, v]) => [k.toLowerCase(), v]));
        for (const [raw, rawValue] of Object.entries(spec.headers ?? {})) {
            const name = raw.toLowerCase();
            const text = String(rawValue);
            const value = templater.expand(text);
            if (/[\r\n]/.test(value))
                throw new InvalidRequestError(`header ${raw} would contain a line break`);
            if (/[^\t\x20-\x7e]/u.test(value))
                throw new InvalidRequestError(`header ${raw} would hold a character outside ASCII, which an HTTP header cannot carry`);
            delete headers[name];
            delete credentials[name];
            if ((0,_manifest_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .scanTemplates */ .Vp)(text).refs.length > 0 || (0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .isCredentialHeader */ .b5)(name))
                credentials[name] = value;
            else
                headers[name] = value;
        }
        const has = (name) => name in headers || name in credentials;
        let body;
        if (spec.json !== undefined) {
            body = JSON.stringify(templater.expandDeep(spec.json));
            if (!has('content-type'))
                headers['content-type'] = 'application/json';
        }
        else if (spec.form !== undefined) {
            body = new URLSearchParams(Object.entries(spec.form).map(([k, v]) => [k, templater.expand(String(v))])).toString();
            if (!has('content-type'))
                headers['content-type'] = 'application/x-www-form-urlencoded';
        }
        else if (spec.body !== undefined) {
            body = templater.expand(spec.body);
            if (!has('content-type'))
                headers['content-type'] = 'text/plain; charset=utf-8';
        }
        return { method, url, headers, credentials, ...(body !== undefined ? { body } : {}) };
    }
    catch (error) {
        if (error instanceof _request_line_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestLineError */ .mH || error instanceof _templater_js__WEBPACK_IMPORTED_MODULE_3__/* .TemplateError */ .$w)
            throw new InvalidRequestError(error.message);
        throw error;
    }
}


/***/ }),

/***/ 1357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xY: () => (/* binding */ runCaptures)
/* harmony export */ });
/* unused harmony exports CaptureSourceError, parseCaptureSource, htmlFieldValue */
/* harmony import */ var _user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4654);
/* harmony import */ var _jsonpath_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5927);


class CaptureSourceError extends Error {
}
function parseCaptureSource(source) {
    const prefixed = /^(header|cookie|input|regex):(.*)$/s.exec(source);
    if (prefixed) {
        const [, kind, rest] = prefixed;
        const name = rest.trim();
        if (!name)
            throw new CaptureSourceError(`capture "${source}" names nothing after ${kind}:`);
        if (kind !== 'regex')
            return { kind, name: kind === 'header' ? name.toLowerCase() : name };
        try {
            return { kind, pattern: (0,_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileUserRegex */ ._u)(rest) };
        }
        catch (error) {
            throw new CaptureSourceError(`capture "${source}" is not a valid regular expression: ${error.message}`);
        }
    }
    try {
        return { kind: 'json', path: (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonPath */ .Hf)(source) };
    }
    catch (error) {
        if (error instanceof _jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonPathError */ .UK)
            throw new CaptureSourceError(`capture "${source}": ${error.message}; other sources are header:, cookie:, input: and regex:`);
        throw error;
    }
}
/** Runs every capture of a step; a value found is kept even when another capture fails. */
function runCaptures(exchange, captures, jar) {
    const values = new Map();
    const failures = [];
    const body = lazyJson(exchange.response.body);
    for (const [name, source] of Object.entries(captures)) {
        let parsed;
        try {
            parsed = parseCaptureSource(source);
        }
        catch (error) {
            failures.push({ name, source, message: error.message });
            continue;
        }
        const found = captureValue(exchange, parsed, body, jar);
        if (typeof found === 'string')
            values.set(name, found);
        else
            failures.push({ name, source, message: `capture ${name} (${source}) ${found.missing}` });
    }
    return { values, failures };
}
function captureValue(exchange, source, body, jar) {
    const response = exchange.response;
    switch (source.kind) {
        case 'json': {
            const parsed = body();
            if (!parsed.ok)
                return { missing: 'found no JSON body' };
            const [first] = (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .queryJsonPath */ .UG)(parsed.value, source.path);
            if (first === undefined)
                return { missing: 'matched nothing in the body' };
            return typeof first === 'string' ? first : JSON.stringify(first);
        }
        case 'header': {
            const value = response.headers[source.name];
            return value ?? { missing: 'found no such header' };
        }
        case 'cookie': {
            // The last Set-Cookie of the exchange wins, as it would in a browser; else the session's jar.
            for (const header of [...response.setCookie].reverse()) {
                const pair = header.split(';', 1)[0];
                const eq = pair.indexOf('=');
                if (eq > 0 && pair.slice(0, eq).trim() === source.name)
                    return pair.slice(eq + 1).trim();
            }
            return jar?.get(source.name) ?? { missing: 'found no such cookie' };
        }
        case 'input': {
            const value = htmlFieldValue(response.body, source.name);
            return value ?? { missing: `found no <input name="${source.name}"> or <meta name="${source.name}"> with a value` };
        }
        case 'regex': {
            const match = source.pattern.exec(response.body);
            if (!match)
                return { missing: 'matched nothing in the body' };
            return match[1] ?? match[0];
        }
    }
}
function lazyJson(text) {
    let parsed;
    return () => {
        if (!parsed) {
            try {
                parsed = { ok: true, value: JSON.parse(text) };
            }
            catch {
                parsed = { ok: false };
            }
        }
        return parsed;
    };
}
/** The value of `<input name=NAME value=…>`, else the content of `<meta name=NAME content=…>`; attribute order does not matter. */
function htmlFieldValue(html, name) {
    for (const [tag, valueAttribute] of [['input', 'value'], ['meta', 'content']]) {
        for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
            const attributes = parseAttributes(match[1]);
            if (attributes.get('name') === name && attributes.has(valueAttribute))
                return attributes.get(valueAttribute);
        }
    }
    return undefined;
}
function parseAttributes(text) {
    const attributes = new Map();
    for (const m of text.matchAll(/([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
        attributes.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    return attributes;
}
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity) => {
        if (entity[0] === '#') {
            const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    });
}


/***/ }),

/***/ 3329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4371);
/* harmony import */ var _origin_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9120);



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

/***/ 4352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CookieJar)
/* harmony export */ });
/* unused harmony export parseSetCookie */
/**
 * A cookie jar for one signed-in session against one origin. It only ever stores cookies that origin
 * set and only ever sends them back to it, so a redirect elsewhere cannot pick up or leak a session.
 * Domain attributes are therefore irrelevant; paths, expiry and Secure follow RFC 6265.
 */
class CookieJar {
    origin;
    now;
    onValue;
    cookies = new Map();
    /**
     * @param origin the only origin whose cookies are kept and sent, e.g. https://ops.example.com
     * @param onValue called with every stored value, so the caller can mask it (cookies are credentials)
     */
    constructor(origin, now = Date.now, onValue) {
        this.origin = origin;
        this.now = now;
        this.onValue = onValue;
    }
    /** Stores the Set-Cookie headers of a response from `url`; ignored unless `url` is on the jar's origin. */
    store(url, setCookie) {
        if (url.origin !== this.origin)
            return;
        for (const header of setCookie) {
            const cookie = parseSetCookie(header, url, this.now());
            if (!cookie)
                continue;
            const key = `${cookie.name}\n${cookie.path}`;
            if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.now()) {
                this.cookies.delete(key);
                continue;
            }
            this.cookies.set(key, cookie);
            this.onValue?.(cookie.value);
        }
    }
    /** The Cookie header for a request to `url`, or undefined (always undefined off the origin). */
    header(url) {
        if (url.origin !== this.origin)
            return undefined;
        const now = this.now();
        const matching = [...this.cookies.entries()]
            .filter(([key, c]) => {
            if (c.expiresAt !== undefined && c.expiresAt <= now) {
                this.cookies.delete(key);
                return false;
            }
            return pathMatches(url.pathname || '/', c.path) && (!c.secure || url.protocol === 'https:' || isLoopback(url.hostname));
        })
            .map(([, c]) => c)
            // RFC 6265 5.4: longer paths first.
            .sort((a, b) => b.path.length - a.path.length);
        return matching.length ? matching.map((c) => `${c.name}=${c.value}`).join('; ') : undefined;
    }
    /** The value of a cookie by name (the most specific path wins), for `cookie:name` captures. */
    get(name) {
        const found = [...this.cookies.values()].filter((c) => c.name === name).sort((a, b) => b.path.length - a.path.length);
        return found[0]?.value;
    }
    get size() {
        return this.cookies.size;
    }
}
/** Parses one Set-Cookie header; undefined when it has no name=value pair. */
function parseSetCookie(header, url, now) {
    const [pair, ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0)
        return undefined;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!name)
        return undefined;
    let path = defaultPath(url);
    let expiresAt;
    let maxAgeSeen = false;
    let secure = false;
    for (const attribute of attributes) {
        const at = attribute.indexOf('=');
        const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
        const val = at < 0 ? '' : attribute.slice(at + 1).trim();
        if (key === 'path' && val.startsWith('/'))
            path = val;
        else if (key === 'secure')
            secure = true;
        else if (key === 'max-age' && /^-?\d+$/.test(val)) {
            // Max-Age wins over Expires whatever their order.
            maxAgeSeen = true;
            expiresAt = Number(val) <= 0 ? 0 : now + Number(val) * 1000;
        }
        else if (key === 'expires' && !maxAgeSeen) {
            const date = Date.parse(val);
            if (!Number.isNaN(date))
                expiresAt = date;
        }
    }
    return { name, value, path, expiresAt, secure };
}
function defaultPath(url) {
    const path = url.pathname;
    if (!path.startsWith('/') || path.lastIndexOf('/') === 0)
        return '/';
    return path.slice(0, path.lastIndexOf('/'));
}
function pathMatches(requestPath, cookiePath) {
    if (requestPath === cookiePath)
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}
/** Browsers treat loopback as a secure context, so Secure cookies work against a local server. */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname.endsWith('.localhost');
}


/***/ }),

/***/ 9525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ checkExpectations),
/* harmony export */   W_: () => (/* binding */ statusMatches),
/* harmony export */   xA: () => (/* binding */ ExpectationError)
/* harmony export */ });
/* unused harmony exports describeStatus, jsonEquals */
/* harmony import */ var _user_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4654);
/* harmony import */ var _jsonpath_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5927);


/** The manifest's expectation cannot be evaluated (a bad regular expression or JSONPath). */
class ExpectationError extends Error {
}
/** Checks a response against `expect`; with no status given, any 2xx passes. */
function checkExpectations(exchange, expect, templater) {
    const failures = [];
    const { response } = exchange;
    const status = expect?.status ?? '2xx';
    if (exchange.redirectRefused) {
        // What the redirect would have led to is unknown, so no other expectation can be judged.
        return [{
                expectation: 'redirect',
                message: `the response redirected to ${exchange.redirectRefused}, an origin the manifest does not declare, so it was not followed (declare it as an environment's url if it is meant)`,
            }];
    }
    if (!statusMatches(response.status, status)) {
        const why = exchange.redirectNotFollowed ? ` (redirect not followed: ${exchange.redirectNotFollowed})` : '';
        failures.push({ expectation: 'status', message: `expected ${describeStatus(status)}, got ${response.status}${why}` });
    }
    if (!expect)
        return failures;
    const contains = expect['body-contains'];
    if (contains !== undefined) {
        const text = templater.expand(contains);
        if (!response.body.includes(text))
            failures.push({ expectation: 'body-contains', message: `the body does not contain ${quote(text)}${response.truncated ? ' (in its first MiB)' : ''}` });
    }
    const notContains = expect['body-not-contains'];
    if (notContains !== undefined) {
        const text = templater.expand(notContains);
        if (response.body.includes(text))
            failures.push({ expectation: 'body-not-contains', message: `the body contains ${quote(text)}` });
    }
    if (expect.json) {
        let body;
        let parsed = true;
        try {
            body = JSON.parse(response.body);
        }
        catch {
            parsed = false;
        }
        for (const [path, wanted] of Object.entries(expect.json)) {
            if (!parsed) {
                failures.push({ expectation: 'json', message: `${path}: the body is not JSON` });
                continue;
            }
            let matches;
            try {
                matches = (0,_jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .queryJsonPath */ .UG)(body, path);
            }
            catch (error) {
                if (error instanceof _jsonpath_js__WEBPACK_IMPORTED_MODULE_1__/* .JsonPathError */ .UK)
                    throw new ExpectationError(`expect.json: ${error.message}`);
                throw error;
            }
            const failure = checkJsonValue(path, matches, wanted, templater);
            if (failure)
                failures.push({ expectation: 'json', message: failure });
        }
    }
    for (const [name, pattern] of Object.entries(expect.headers ?? {})) {
        let regex;
        try {
            regex = (0,_user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileUserRegex */ ._u)(templater.expand(pattern, { literal: 'regex' }));
        }
        catch (error) {
            if (error instanceof _user_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .UserRegexError */ .bx)
                throw new ExpectationError(`expect.headers.${name}: ${pattern.length > 80 ? 'the pattern' : pattern} is not a valid regular expression${/^(is|uses) /.test(error.message) ? `: it ${error.message}` : ''}`);
            throw error;
        }
        const value = response.headers[name.toLowerCase()];
        if (value === undefined)
            failures.push({ expectation: 'headers', message: `header ${name} is missing` });
        else if (!regex.test(value))
            failures.push({ expectation: 'headers', message: `header ${name} is ${quote(value)}, which does not match ${pattern}` });
    }
    const maxMs = expect['max-ms'];
    if (maxMs !== undefined && exchange.ms > maxMs)
        failures.push({ expectation: 'max-ms', message: `took ${exchange.ms} ms, more than max-ms ${maxMs}` });
    return failures;
}
function statusMatches(status, spec) {
    const one = (s) => (typeof s === 'number' ? s === status : Math.floor(status / 100) === Number(s[0]));
    return Array.isArray(spec) ? spec.some(one) : one(spec);
}
function describeStatus(spec) {
    const list = (Array.isArray(spec) ? spec : [spec]).map(String);
    return list.length === 1 ? list[0] : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}
function checkJsonValue(path, matches, wanted, templater) {
    if (isExistsCheck(wanted)) {
        if (wanted.exists && matches.length === 0)
            return `${path} matched nothing`;
        if (!wanted.exists && matches.length > 0)
            return `${path} is present (${preview(matches[0])}), expected it to be absent`;
        return undefined;
    }
    const expected = templater.expandDeep(wanted);
    if (matches.length === 0)
        return `${path} matched nothing, expected ${preview(expected)}`;
    const actual = matches[0];
    return jsonEquals(actual, expected) ? undefined : `${path} is ${preview(actual)}, expected ${preview(expected)}`;
}
function isExistsCheck(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof value.exists === 'boolean';
}
/**
 * Deep equality, except that an expected string also matches a number or boolean with the same text:
 * templates always expand to strings, and `$.id: "{{ id }}"` should match an id of 7.
 */
function jsonEquals(actual, expected) {
    if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean'))
        return String(actual) === expected;
    if (Array.isArray(expected))
        return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => jsonEquals(actual[i], e));
    if (expected && typeof expected === 'object') {
        if (!actual || typeof actual !== 'object' || Array.isArray(actual))
            return false;
        const a = actual;
        const e = expected;
        return Object.keys(a).length === Object.keys(e).length && Object.keys(e).every((k) => Object.hasOwn(a, k) && jsonEquals(a[k], e[k]));
    }
    return Object.is(actual, expected) || (actual === null && expected === null);
}
function preview(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
function quote(text) {
    return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text);
}


/***/ }),

/***/ 5927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ parseJsonPath),
/* harmony export */   UG: () => (/* binding */ queryJsonPath),
/* harmony export */   UK: () => (/* binding */ JsonPathError)
/* harmony export */ });
/**
 * The JSONPath subset captures and expectations use: `$`, `.name`, `['name']` / `["name"]`, `[0]`,
 * `[-1]` (from the end) and the wildcards `.*` / `[*]`. Filters, slices and `..` are refused with a
 * message rather than half-supported, so a path either means one thing or is an error at load.
 */
class JsonPathError extends Error {
}
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
function parseJsonPath(path) {
    if (!path.startsWith('$'))
        throw new JsonPathError(`JSONPath "${path}" must start with $`);
    const segments = [];
    let i = 1;
    while (i < path.length) {
        const rest = path.slice(i);
        if (rest.startsWith('..'))
            throw new JsonPathError(`JSONPath "${path}": recursive descent (..) is not supported; spell out the path`);
        if (rest.startsWith('.*')) {
            segments.push({ kind: 'wildcard' });
            i += 2;
        }
        else if (rest.startsWith('.')) {
            const name = IDENTIFIER.exec(rest.slice(1));
            if (!name)
                throw new JsonPathError(`JSONPath "${path}": expected a name after "." at position ${i + 1}; use ['name'] for other characters`);
            segments.push({ kind: 'member', name: name[0] });
            i += 1 + name[0].length;
        }
        else if (rest.startsWith('[')) {
            const { segment, length } = parseBracket(path, i);
            segments.push(segment);
            i += length;
        }
        else {
            throw new JsonPathError(`JSONPath "${path}": unexpected "${rest[0]}" at position ${i + 1}`);
        }
    }
    return segments;
}
function parseBracket(path, start) {
    const rest = path.slice(start);
    const wildcard = /^\[\s*\*\s*\]/.exec(rest);
    if (wildcard)
        return { segment: { kind: 'wildcard' }, length: wildcard[0].length };
    const index = /^\[\s*(-?\d+)\s*\]/.exec(rest);
    if (index)
        return { segment: { kind: 'index', index: Number(index[1]) }, length: index[0].length };
    const quote = /^\[\s*(['"])/.exec(rest);
    if (quote) {
        const q = quote[1];
        let name = '';
        let j = quote[0].length;
        while (j < rest.length && rest[j] !== q) {
            if (rest[j] === '\\' && j + 1 < rest.length)
                j += 1;
            name += rest[j];
            j += 1;
        }
        const close = /^\s*\]/.exec(rest.slice(j + 1));
        if (j >= rest.length || !close)
            throw new JsonPathError(`JSONPath "${path}": unclosed [${q} at position ${start + 1}`);
        return { segment: { kind: 'member', name }, length: j + 1 + close[0].length };
    }
    throw new JsonPathError(`JSONPath "${path}": only [n], ['name'] and [*] are supported at position ${start + 1}`);
}
/** Every value the path matches, in document order; none when a step of the path is missing. */
function queryJsonPath(value, path) {
    const segments = typeof path === 'string' ? parseJsonPath(path) : path;
    let current = [value];
    for (const segment of segments) {
        const next = [];
        for (const node of current) {
            if (segment.kind === 'member') {
                if (isRecord(node) && Object.hasOwn(node, segment.name))
                    next.push(node[segment.name]);
            }
            else if (segment.kind === 'index') {
                if (Array.isArray(node)) {
                    const at = segment.index < 0 ? node.length + segment.index : segment.index;
                    if (at >= 0 && at < node.length)
                        next.push(node[at]);
                }
            }
            else if (Array.isArray(node)) {
                next.push(...node);
            }
            else if (isRecord(node)) {
                next.push(...Object.values(node));
            }
        }
        current = next;
    }
    return current;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 9120:
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


/***/ }),

/***/ 4476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ao: () => (/* binding */ isWrite),
/* harmony export */   ky: () => (/* binding */ isIdempotent),
/* harmony export */   mH: () => (/* binding */ RequestLineError),
/* harmony export */   r_: () => (/* binding */ parseRequestLine)
/* harmony export */ });
/* unused harmony export METHODS */
/** Turns `"METHOD /path"` or `"METHOD https://origin/path"` into a method and a URL on the environment's origin. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
class RequestLineError extends Error {
}
/**
 * `base` is the environment's url. A path is resolved under it, so a base of https://host/app makes
 * `GET /api/tasks` mean https://host/app/api/tasks. A full URL must be on the base's origin: requests
 * carry the session's credentials, which belong to that origin alone.
 */
function parseRequestLine(line, base) {
    const match = /^\s*([A-Z]+)\s+(\S+)\s*$/.exec(line);
    if (!match)
        throw new RequestLineError(`"${line}" is not a request such as "GET /api/tasks"`);
    const method = match[1];
    if (!METHODS.includes(method))
        throw new RequestLineError(`${match[1]} is not a method release-gate sends (${METHODS.join(', ')})`);
    const target = match[2];
    let url;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(target)) {
        try {
            url = new URL(target);
        }
        catch {
            throw new RequestLineError(`${target} is not a valid URL`);
        }
        if (url.origin !== base.origin) {
            throw new RequestLineError(`${url.origin} is not the environment's origin (${base.origin}); requests go only to the environment under test`);
        }
    }
    else if (target.startsWith('/')) {
        const prefix = base.pathname.replace(/\/+$/, '');
        try {
            // The WHATWG parser, as the server's and every proxy's would: `/\\host` and `//host` name another host.
            url = new URL(`${prefix}${target}`, base);
        }
        catch {
            throw new RequestLineError(`${target} is not a valid path`);
        }
        // Decoded, `/%5Chost` or `/%2F%2Fhost` reads as another host to servers that decode before routing.
        if (url.origin === base.origin && /^[/\\]{2}/.test(safeDecode(url.pathname))) {
            throw new RequestLineError(`"${target}" starts with two slashes once decoded, which some servers read as another host; requests go only to the environment under test`);
        }
    }
    else {
        throw new RequestLineError(`"${target}" must be a path starting with / or a full URL on the environment's origin`);
    }
    if (url.origin !== base.origin) {
        throw new RequestLineError(`the path "${target}" resolves to ${url.origin}, not the environment's origin (${base.origin}); requests go only to the environment under test`);
    }
    return { method, url };
}
/** GET, HEAD, OPTIONS, PUT and DELETE may be repeated safely (RFC 9110 9.2.2); POST and PATCH may not. */
function isIdempotent(method) {
    return method !== 'POST' && method !== 'PATCH';
}
/** Requests that change something carry an Idempotency-Key and the run marker. */
function isWrite(method) {
    return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}
function safeDecode(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sendWithRetries)
/* harmony export */ });
/* unused harmony export shouldRetry */
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3329);


/** Gateways answer these while a release is rolling out or an instance restarts. */
const RETRY_STATUSES = new Set([502, 503, 504]);
/**
 * Sends a request, retrying only what cannot do harm twice: a connection that was never made (any
 * method), and a reset or a 502/503/504 when the request may be repeated. Timeouts are not retried: a
 * slow endpoint stays slow, and the request may have done its work.
 */
async function sendWithRetries(client, request, options, policy) {
    const base = policy.baseDelayMs ?? 250;
    const max = policy.maxDelayMs ?? 4_000;
    for (let attempt = 1;; attempt++) {
        let result;
        try {
            result = { exchange: await client.send(request, options), attempts: attempt };
        }
        catch (error) {
            if (!(error instanceof _client_js__WEBPACK_IMPORTED_MODULE_1__/* .TransportError */ .wX))
                throw error;
            result = { error, attempts: attempt };
        }
        if (attempt > policy.retries || !shouldRetry(result, policy.mayRepeat))
            return result;
        const retryAfter = retryAfterMs(result.exchange);
        const pause = Math.min(retryAfter ?? base * 2 ** (attempt - 1), retryAfter !== undefined ? 10_000 : max);
        try {
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(pause, undefined, { signal: options.signal });
        }
        catch {
            return result; // the deadline passed while waiting: report what the last attempt saw
        }
    }
}
function shouldRetry(result, mayRepeat) {
    // A connection that stalled for a whole timeout will not come up in the next second.
    if (result.error)
        return (result.error.nothingSent && result.error.kind !== 'connect-timeout') || (mayRepeat && result.error.kind === 'reset');
    return mayRepeat && result.exchange !== undefined && RETRY_STATUSES.has(result.exchange.response.status);
}
/** Retry-After in seconds (dates are rare on 503s and are ignored). */
function retryAfterMs(exchange) {
    const value = exchange?.response.headers['retry-after'];
    return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : undefined;
}


/***/ }),

/***/ 2832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ signIn)
/* harmony export */ });
/* harmony import */ var _build_request_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5168);
/* harmony import */ var _captures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1357);
/* harmony import */ var _cookie_jar_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4352);
/* harmony import */ var _expectations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9525);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8902);
/* harmony import */ var _templater_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7780);






/**
 * Signs a session in: the optional login page (for a CSRF token and its cookie), then the login, in one
 * cookie jar. Every value the login captures and every cookie it receives is a credential, masked the
 * moment it is read. A session without a login only has headers (e.g. an API key from the environment).
 */
async function signIn(name, definition, options) {
    const jar = new _cookie_jar_js__WEBPACK_IMPORTED_MODULE_3__/* .CookieJar */ .c(options.base.origin, Date.now, (value) => options.masker.add(value));
    const captures = new Map(options.templater.captures);
    const templater = options.templater.with(captures);
    const exchanges = [];
    const phases = [
        ['login-page', definition['login-page']],
        ['login', definition.login],
    ];
    for (const [phase, spec] of phases) {
        if (!spec)
            continue;
        const fail = (failure) => ({ ok: false, failure: { session: name, phase, ...failure }, exchanges });
        let request;
        try {
            request = (0,_build_request_js__WEBPACK_IMPORTED_MODULE_4__/* .buildRequest */ .m)(spec, options.base, templater);
        }
        catch (error) {
            if (error instanceof _build_request_js__WEBPACK_IMPORTED_MODULE_4__/* .InvalidRequestError */ .t)
                return fail({ kind: 'invalid', message: error.message });
            throw error;
        }
        // A sign-in may be repeated: at worst the server opens a second session.
        const sent = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sendWithRetries */ .H)(options.client, request, { origin: options.base.origin, jar, timeoutMs: options.timeoutMs, signal: options.signal, allowedOrigins: options.allowedOrigins }, { retries: options.retries, mayRepeat: true });
        if (sent.error)
            return fail({ kind: 'transport', error: sent.error, message: sent.error.message });
        const exchange = sent.exchange;
        exchanges.push(exchange);
        const captured = (0,_captures_js__WEBPACK_IMPORTED_MODULE_0__/* .runCaptures */ .xY)(exchange, spec.capture ?? {}, jar);
        for (const [key, value] of captured.values) {
            options.masker.add(value);
            captures.set(key, value);
        }
        let unmet;
        try {
            const expectations = (0,_expectations_js__WEBPACK_IMPORTED_MODULE_1__/* .checkExpectations */ .Ez)(exchange, spec.expect, templater);
            // After a wrong status, a capture finding nothing says nothing new.
            unmet = [...expectations, ...(expectations.some((f) => f.expectation === 'status') ? [] : captured.failures)];
        }
        catch (error) {
            if (error instanceof _expectations_js__WEBPACK_IMPORTED_MODULE_1__/* .ExpectationError */ .xA || error instanceof _templater_js__WEBPACK_IMPORTED_MODULE_5__/* .TemplateError */ .$w)
                return fail({ kind: 'invalid', message: error.message });
            throw error;
        }
        if (unmet.length)
            return fail({ kind: 'expectation', exchange, failures: unmet, message: unmet.map((f) => f.message).join('; ') });
    }
    const headers = {};
    try {
        for (const [header, value] of Object.entries(definition.headers ?? {}))
            headers[header] = templater.expand(String(value));
    }
    catch (error) {
        if (error instanceof _templater_js__WEBPACK_IMPORTED_MODULE_5__/* .TemplateError */ .$w)
            return { ok: false, failure: { session: name, phase: 'headers', kind: 'invalid', message: error.message }, exchanges };
        throw error;
    }
    for (const value of Object.values(headers))
        options.masker.add(value);
    // Only the login's own captures belong to the session; built-in values stay where they were.
    for (const key of options.templater.captures.keys())
        if (captures.get(key) === options.templater.captures.get(key))
            captures.delete(key);
    return { ok: true, session: { name, jar, headers, captures }, exchanges };
}


/***/ }),

/***/ 7780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   Br: () => (/* binding */ Templater)
/* harmony export */ });
/* unused harmony export escapeRegex */
/* harmony import */ var _manifest_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5006);

/** A template referred to a value that does not exist (an unset variable, a capture not made). */
class TemplateError extends Error {
}
/**
 * Expands `{{ env.NAME }}` and `{{ capture }}` in manifest values. Every environment value it reads is
 * registered with the masker first: such values are secrets (passwords, tokens) in every output.
 */
class Templater {
    env;
    captures;
    masker;
    constructor(env, captures, masker) {
        this.env = env;
        this.captures = captures;
        this.masker = masker;
    }
    /** A templater over the same environment with its own captures (e.g. one per session). */
    with(captures) {
        return new Templater(this.env, captures, this.masker);
    }
    /** Capture names a value refers to, anywhere inside it. */
    static capturesIn(value, names = new Set()) {
        if (typeof value === 'string') {
            for (const ref of (0,_manifest_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTemplates */ .Vp)(value).refs)
                if (ref.kind === 'capture')
                    names.add(ref.name);
        }
        else if (Array.isArray(value)) {
            for (const v of value)
                Templater.capturesIn(v, names);
        }
        else if (value && typeof value === 'object') {
            for (const v of Object.values(value))
                Templater.capturesIn(v, names);
        }
        return names;
    }
    /** With `literal`, each inserted value is escaped so that the result, read as a regular expression, matches it literally. */
    expand(text, options = {}) {
        const scan = (0,_manifest_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTemplates */ .Vp)(text);
        if (scan.refs.length === 0)
            return text;
        const env = {};
        const captures = new Map();
        const escape = options.literal === 'regex' ? escapeRegex : (s) => s;
        for (const ref of scan.refs) {
            if (ref.kind === 'env') {
                const value = this.env[ref.name];
                this.masker.add(value, ref.name);
                if (value !== undefined)
                    env[ref.name] = escape(value);
            }
            else {
                const value = this.captures.get(ref.name);
                if (value !== undefined)
                    captures.set(ref.name, escape(value));
            }
        }
        try {
            return (0,_manifest_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .expandTemplate */ .Ly)(text, { env, captures });
        }
        catch (error) {
            throw new TemplateError(error.message);
        }
    }
    /** Expands every string inside a JSON-like value (keys stay as written). */
    expandDeep(value) {
        if (typeof value === 'string')
            return this.expand(value);
        if (Array.isArray(value))
            return value.map((v) => this.expandDeep(v));
        if (value && typeof value === 'object')
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expandDeep(v)]));
        return value;
    }
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ }),

/***/ 4654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   bx: () => (/* binding */ UserRegexError),
/* harmony export */   ws: () => (/* binding */ MAX_USER_REGEX_LENGTH)
/* harmony export */ });
/* unused harmony export linearEngineAvailable */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Regular expressions the manifest supplies (env.vars.*.pattern, expect.headers, regex: captures)
 * run on text the gate does not control: an env value, a response. A backtracking engine can take
 * exponential time on both (`^(a+)+$` against "aaaa…b"), so they run in V8's linear-time engine (the
 * `l` flag, behind --enable-experimental-regexp-engine, turned on here at run time). It is built
 * into Node, so nothing native has to be installed or bundled (re2 would need a compiled module per
 * platform, which ncc cannot bundle). The engine refuses backreferences and lookarounds: such a
 * pattern is an error that says so, never a pattern that might hang. Patterns are capped in length.
 */
const MAX_USER_REGEX_LENGTH = 1000;
class UserRegexError extends SyntaxError {
}
let linear;
/** Whether this Node has the linear-time engine (Node 20 to 24 do); without it only the length cap holds. */
function linearEngineAvailable() {
    if (linear === undefined) {
        try {
            (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.setFlagsFromString)('--enable-experimental-regexp-engine');
            const LINEAR = 'l'; // eslint's no-invalid-regexp does not know the flag
            linear = new RegExp('a', LINEAR).test('a');
        }
        catch {
            linear = false;
        }
    }
    return linear;
}
/** Compiles a user-supplied pattern for linear-time matching; throws UserRegexError saying why it cannot. */
function compileUserRegex(source, flags = '') {
    if (source.length > MAX_USER_REGEX_LENGTH) {
        throw new UserRegexError(`is ${source.length} characters long; a regular expression may have at most ${MAX_USER_REGEX_LENGTH}`);
    }
    try {
        new RegExp(source, flags);
    }
    catch (error) {
        throw new UserRegexError(error.message);
    }
    if (!linearEngineAvailable())
        return new RegExp(source, flags);
    try {
        // The linear engine does not take the u flag; patterns are matched code unit by code unit.
        return new RegExp(source, `${flags.replace('u', '')}l`);
    }
    catch {
        throw new UserRegexError('uses a backreference or a lookaround, which cannot run in linear time; rewrite it without them (release-gate runs every pattern of the manifest in linear time, so no value or response can make it hang)');
    }
}


/***/ })

};
