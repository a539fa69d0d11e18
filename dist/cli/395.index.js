export const id = 395;
export const ids = [395];
export const modules = {

/***/ 715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   My: () => (/* binding */ judgeInContext),
/* harmony export */   pg: () => (/* binding */ DEFAULT_CONTEXT_POLICY)
/* harmony export */ });
/* unused harmony exports isKnownPublic, isGenericRule */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/**
 * The defaults of `secrets.contexts`: in code and config a generic match is an error; in tests,
 * fixtures, docs and vendored code it is a warning (made-up values are the norm there, yet a real one
 * leaks all the same); in locale files, which hold words, it is not reported.
 */
const DEFAULT_CONTEXT_POLICY = {
    code: 'error', config: 'error', test: 'warning', fixture: 'warning', docs: 'warning', locale: 'off', vendored: 'warning',
};
const RANK = { notice: 0, warning: 1, error: 2 };
/**
 * SHA-256 of values that are published on purpose and unlock nothing: the Azure storage emulator's
 * (Azurite) and the Cosmos DB emulator's fixed account keys, and the test-mode keys in Stripe's API
 * reference. Kept as hashes so this file holds no credential-shaped string.
 */
const KNOWN_PUBLIC = new Set([
    '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059', // Azurite devstoreaccount1 key
    'aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', // Cosmos DB emulator key
    '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326', // Stripe API reference test key
    'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397', // Stripe API reference test key (older)
    '7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09', // Stripe API reference test key (older)
]);
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
/** A well-known public value, or a connection string built around one. */
function isKnownPublic(secret) {
    if (KNOWN_PUBLIC.has(sha256(secret)))
        return true;
    if (secret.length < 60)
        return false;
    for (const part of secret.match(/[A-Za-z0-9+/_]{24,}={0,2}/g) ?? [])
        if (part !== secret && KNOWN_PUBLIC.has(sha256(part)))
            return true;
    return false;
}
/** Whether a rule's matches are generic (no checksum or decodable structure vouches for them). */
function isGenericRule(rule) {
    return rule.generic === true || rule.family === 'generic' || rule.family === 'urls';
}
/**
 * A candidate's severity and detail in its file's context, or undefined when it is not reported:
 * known public values never are; test-mode keys (rules whose default is below error) are not on docs
 * pages; generic matches take the context's severity when it is lower. Provider formats with a
 * checksum or a structure keep their severity everywhere.
 */
function judgeInContext(rule, c, context, policy) {
    if (isKnownPublic(c.secret))
        return undefined;
    let severity = c.severity ?? rule.meta.severity;
    let detail = c.detail;
    if (context === 'docs' && rule.meta.severity !== 'error' && rule.family !== 'personal-data')
        return undefined;
    if (isGenericRule(rule)) {
        const cap = policy[context];
        if (cap === 'off')
            return undefined;
        if (RANK[cap] < RANK[severity])
            severity = cap;
        if (context !== 'code' && context !== 'config')
            detail = detail ? `${detail}, in a ${context} file` : `in a ${context} file`;
    }
    return detail === undefined ? { severity } : { severity, detail };
}


/***/ }),

/***/ 6994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ characterClasses),
/* harmony export */   l: () => (/* binding */ shannonEntropy)
/* harmony export */ });
/** Shannon entropy in bits per character: random tokens score high, words and repeated characters low. */
function shannonEntropy(text) {
    if (text.length === 0)
        return 0;
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    const length = [...text].length;
    for (const n of counts.values()) {
        const p = n / length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** How many of lower case, upper case, digits and symbols a value mixes. */
function characterClasses(text) {
    return Number(/[a-z]/.test(text)) + Number(/[A-Z]/.test(text)) + Number(/[0-9]/.test(text)) + Number(/[^A-Za-z0-9]/.test(text));
}


/***/ }),

/***/ 898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ looksBinary),
/* harmony export */   li: () => (/* binding */ WHOLE_READ_BYTES),
/* harmony export */   xB: () => (/* binding */ feedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _files_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1543);


/** Files up to this size are read in one call; larger ones are streamed in chunks of the same size. */
const WHOLE_READ_BYTES = 1024 * 1024;
/** How far into a file NUL bytes are looked for, as git does to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;
/** NUL bytes near the start, as git decides a file is binary. */
function looksBinary(buf) {
    const end = Math.min(buf.length, BINARY_SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (buf[i] === 0)
            return true;
    return false;
}
/**
 * Feeds a file to a scan session: small files in one synchronous read (no thread-pool round trips,
 * which dominate when a tree has thousands of small files), large ones streamed in chunks so memory
 * stays flat however big the file is. Binary files and files over `maxBytes` are not scanned.
 */
async function feedFile(path, maxBytes, start, signal, root) {
    // The bounded reader's checks: only a regular file, never through a link out of the workspace.
    const opened = (0,_files_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__/* .openRegularFile */ .ZU)(path, { maxBytes, ...(root !== undefined ? { root } : {}) });
    if (!opened.ok) {
        if (opened.reason === 'too-large')
            return { status: 'too-large', size: opened.size ?? maxBytes + 1 };
        const reason = opened.reason === 'missing' ? 'ENOENT' : opened.detail.replace(/^cannot be read \((.*)\)$/, '$1').replace(/; skipped$/, '');
        return { status: 'unreadable', reason };
    }
    const fd = opened.fd;
    let streaming = false;
    try {
        if (opened.size <= WHOLE_READ_BYTES) {
            // fstat may say 0 for a file that is not (a /proc file): read at most the one-call size, then stream.
            const read = (0,_files_read_bounded_js__WEBPACK_IMPORTED_MODULE_1__/* .readOpened */ .ay)(fd, opened.size, Math.min(maxBytes, WHOLE_READ_BYTES));
            if (read.ok) {
                const buf = read.bytes;
                if (looksBinary(buf))
                    return { status: 'binary' };
                const session = start();
                session.push(buf);
                session.end();
                return { status: 'scanned', bytes: buf.length };
            }
            if (read.reason !== 'too-large')
                return { status: 'unreadable', reason: read.detail };
            if (maxBytes <= WHOLE_READ_BYTES)
                return { status: 'too-large', size: maxBytes + 1 };
        }
        streaming = true;
        return await stream(fd, maxBytes, start, signal);
    }
    catch (error) {
        return { status: 'unreadable', reason: error.code ?? error.message };
    }
    finally {
        if (!streaming)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
async function stream(fd, maxBytes, start, signal) {
    let session;
    let bytes = 0;
    // The stream owns the descriptor and closes it, also when we stop reading early.
    const chunks = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd, start: 0, highWaterMark: WHOLE_READ_BYTES, autoClose: true, signal });
    try {
        for await (const chunk of chunks) {
            const buf = chunk;
            if (!session) {
                if (looksBinary(buf))
                    return { status: 'binary' };
                session = start();
            }
            bytes += buf.length;
            // A file that grows while it is read is cut at the limit rather than read forever.
            if (bytes > maxBytes)
                return { status: 'too-large', size: bytes };
            session.push(buf);
        }
    }
    finally {
        chunks.destroy();
    }
    session?.end();
    return { status: 'scanned', bytes };
}


/***/ }),

/***/ 7549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ contextPattern),
/* harmony export */   Ow: () => (/* binding */ tokenRule),
/* harmony export */   aA: () => (/* binding */ ALLOW_HELP)
/* harmony export */ });
/* unused harmony exports FAMILIES, keywordGated */
/* harmony import */ var _entropy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6994);
/* harmony import */ var _value_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(446);


/** Families group rules on the docs page and in the rule tables; each rule belongs to one. */
const FAMILIES = {
    'private-keys': 'Private keys',
    cloud: 'Cloud providers',
    'source-hosts': 'Source hosting and CI',
    'chat-mail': 'Chat, mail and messaging',
    payments: 'Payments',
    registries: 'Package registries',
    ai: 'AI providers',
    saas: 'Other services',
    tokens: 'Signed tokens',
    urls: 'Credentials in URLs and connection strings',
    http: 'Credentials in HTTP requests and commands',
    generic: 'Generic assignments',
    logs: 'Log-aware rules',
    'personal-data': 'Personal data in logs',
    scan: 'Scan notices',
};
const ALLOW_HELP = 'If it is not a secret, add `release-gate:allow` in a comment on the line (or `release-gate:allow-next-line` above it), or record it with --write-baseline.';
/**
 * Builds a rule from a table row: a keyword-gated pattern plus validators. Most provider rules are
 * only this: a documented prefix or shape, and a checksum or entropy gate.
 */
function tokenRule(spec) {
    if (!spec.pattern.global)
        throw new Error(`${spec.id}: pattern needs the g flag`);
    // No `d` flag: match indices make every exec slower, and the secret's place is easy to recover.
    const pattern = new RegExp(spec.pattern.source, spec.pattern.flags.replace('d', ''));
    const minEntropy = spec.minEntropy ?? 3;
    return {
        meta: {
            id: spec.id,
            check: 'secrets',
            severity: spec.severity ?? 'error',
            description: `${spec.name} in the code or a log.`,
            help: `${spec.docs.rotate} Then read it from a secret store or the environment. ${ALLOW_HELP}`,
        },
        family: spec.family,
        name: spec.name,
        keywords: spec.keywords,
        scope: spec.scope,
        docs: spec.docs,
        generic: spec.generic ?? KEYWORD_GATED.has(spec.pattern),
        find(line) {
            const out = [];
            pattern.lastIndex = 0;
            for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
                if (m[0].length === 0) {
                    pattern.lastIndex++;
                    continue;
                }
                const secret = m.groups?.secret ?? m[0];
                if (!secret)
                    continue;
                // A `secret` group ends the match or is followed only by a closing quote, so its last occurrence is it.
                const start = m.index + (secret === m[0] ? 0 : m[0].lastIndexOf(secret));
                const span = [start, start + secret.length];
                // A format that starts with a run (AAAA…) is tested for placeholders after that run.
                if ((0,_value_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlaceholder */ .wK)(spec.allowRuns ? secret.replace(/^(.)\1{5,}/, '$1') : secret))
                    continue;
                if (minEntropy > 0 && (0,_entropy_js__WEBPACK_IMPORTED_MODULE_1__/* .shannonEntropy */ .l)(secret) < minEntropy)
                    continue;
                if (!spec.allowInBlob && (0,_value_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .insideEncodedBlob */ .K1)(line, span[0], span[1]))
                    continue;
                if (spec.validate && !spec.validate(secret, m))
                    continue;
                out.push({ start: span[0], end: span[1], secret });
            }
            return out;
        },
    };
}
/** A rule whose secret sits after a provider keyword (`DATADOG_API_KEY=…`): the keyword, an assignment, then the value. */
function contextPattern(context, value) {
    return keywordGated(new RegExp(`(?<!(?<!-)[A-Za-z0-9])(?:${context})[\\w.-]{0,30}?["']?\\s{0,3}(?::=|=>|=|:|\\s)\\s{0,3}["'\`]?(?<secret>${value})(?![A-Za-z0-9_+/-])`, 'gi'));
}
/** Patterns whose value is generic (a UUID, hex, base62) and found only after a provider keyword. */
const KEYWORD_GATED = new WeakSet();
/** Marks a pattern as keyword-gated (see SecretRule.generic). */
function keywordGated(pattern) {
    KEYWORD_GATED.add(pattern);
    return pattern;
}


/***/ }),

/***/ 8705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ SECRET_RULES)
});

// UNUSED EXPORTS: PROVIDER_RULES

// EXTERNAL MODULE: ./src/checks/secrets/rule.ts
var rule = __webpack_require__(7549);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/ai.ts

/** AI providers: OpenAI, Anthropic, Hugging Face, Groq, Replicate and others. */
const AI_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'openai-api-key', family: 'ai', name: 'OpenAI API key',
        keywords: ['t3blbkfj'],
        pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}(?![A-Za-z0-9_-])/g,
        docs: {
            form: 'sk-proj-<74 base64url>T3BlbkFJ<74 base64url>',
            rotate: 'Revoke the key at platform.openai.com → API keys (or the project\'s keys) and create a new one; check usage for spend you do not recognise.',
            detection: 'Project, service-account, admin and legacy keys, all of which carry the `T3BlbkFJ` marker.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'anthropic-api-key', family: 'ai', name: 'Anthropic API key',
        keywords: ['sk-ant-api'],
        pattern: /\bsk-ant-api\d{2}-[A-Za-z0-9_-]{80,100}AA(?![A-Za-z0-9_-])/g,
        docs: { form: 'sk-ant-api03-<93 base64url>AA', rotate: 'Delete the key in the Claude Console (Settings → API keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'anthropic-admin-key', family: 'ai', name: 'Anthropic Admin API key',
        keywords: ['sk-ant-admin'],
        pattern: /\bsk-ant-admin\d{2}-[A-Za-z0-9_-]{80,100}AA(?![A-Za-z0-9_-])/g,
        docs: { form: 'sk-ant-admin01-<93 base64url>AA', rotate: 'Delete the admin key in the Claude Console (Settings → Admin keys); it can manage the whole organization.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'huggingface-token', family: 'ai', name: 'Hugging Face access token',
        keywords: ['hf_'],
        pattern: /\bhf_[A-Za-z]{34}\b/g,
        minEntropy: 4,
        validate: (token) => /[A-Z]/.test(token.slice(3)) && /[a-z]/.test(token.slice(3)),
        docs: { form: 'hf_<34 letters>', rotate: 'Invalidate the token under Settings → Access Tokens on huggingface.co and create a fine-grained one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'huggingface-org-token', family: 'ai', name: 'Hugging Face organization API token',
        keywords: ['api_org_'],
        pattern: /\bapi_org_[A-Za-z]{34}\b/g,
        minEntropy: 4,
        docs: { form: 'api_org_<34 letters>', rotate: 'Regenerate the organization token in the organization\'s settings on huggingface.co.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'groq-api-key', family: 'ai', name: 'Groq API key',
        keywords: ['gsk_'],
        pattern: /\bgsk_[A-Za-z0-9]{52}\b/g,
        docs: { form: 'gsk_<52 base62>', rotate: 'Delete the key at console.groq.com → API Keys and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'replicate-api-token', family: 'ai', name: 'Replicate API token',
        keywords: ['r8_'],
        pattern: /\br8_[A-Za-z0-9]{37}\b/g,
        docs: { form: 'r8_<37 base62>', rotate: 'Disable the token under Account → API tokens on replicate.com.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'perplexity-api-key', family: 'ai', name: 'Perplexity API key',
        keywords: ['pplx-'],
        pattern: /\bpplx-[A-Za-z0-9]{48}\b/g,
        docs: { form: 'pplx-<48 base62>', rotate: 'Delete the key in Perplexity\'s API settings and generate a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'xai-api-key', family: 'ai', name: 'xAI API key',
        keywords: ['xai-'],
        pattern: /\bxai-[A-Za-z0-9]{80}\b/g,
        docs: { form: 'xai-<80 base62>', rotate: 'Delete the key in the xAI console (API Keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'langsmith-api-key', family: 'ai', name: 'LangSmith API key',
        keywords: ['lsv2_'],
        pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/g,
        docs: { form: 'lsv2_pt_<32 hex>_<10 hex>', rotate: 'Delete the key under Settings → API Keys in LangSmith.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'openrouter-api-key', family: 'ai', name: 'OpenRouter API key',
        keywords: ['sk-or-v1-'],
        pattern: /\bsk-or-v1-[a-f0-9]{64}\b/g,
        docs: { form: 'sk-or-v1-<64 hex>', rotate: 'Delete the key at openrouter.ai → Keys and create a new one with a credit limit.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'pinecone-api-key', family: 'ai', name: 'Pinecone API key',
        keywords: ['pcsk_'],
        pattern: /\bpcsk_[A-Za-z0-9_]{50,}/g,
        docs: { form: 'pcsk_<6 base62>_<60 base62>', rotate: 'Delete the key in the Pinecone console (API Keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'cohere-api-key', family: 'ai', name: 'Cohere API key',
        keywords: ['cohere', 'co_api_key'],
        pattern: (0,rule/* contextPattern */.KH)('cohere[\\w.-]{0,20}(?:key|token)|co_api_key', '[A-Za-z0-9]{40}'),
        docs: { form: '<40 base62>', unsafe: 'COHERE_API_KEY={secret}', rotate: 'Delete the key on the Cohere dashboard (API Keys).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mistral-api-key', family: 'ai', name: 'Mistral AI API key',
        keywords: ['mistral'],
        pattern: (0,rule/* contextPattern */.KH)('mistral[\\w.-]{0,20}(?:key|token)', '[A-Za-z0-9]{32}'),
        docs: { form: '<32 base62>', unsafe: 'MISTRAL_API_KEY={secret}', rotate: 'Delete the key in La Plateforme (API Keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'deepseek-api-key', family: 'ai', name: 'DeepSeek API key',
        keywords: ['deepseek'],
        pattern: (0,rule/* contextPattern */.KH)('deepseek[\\w.-]{0,20}(?:key|token)', 'sk-[a-f0-9]{32}'),
        docs: { form: 'sk-<32 hex>', unsafe: 'DEEPSEEK_API_KEY={secret}', rotate: 'Delete the key on the DeepSeek platform (API keys).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'elevenlabs-api-key', family: 'ai', name: 'ElevenLabs API key',
        keywords: ['elevenlabs', 'xi-api-key'],
        pattern: (0,rule/* contextPattern */.KH)('elevenlabs[\\w.-]{0,20}(?:key|token)|xi-api-key', 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
        docs: { form: 'sk_<48 hex>', unsafe: 'ELEVENLABS_API_KEY={secret}', rotate: 'Delete the key in ElevenLabs (Developers → API Keys).' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/chat-mail.ts

/** Chat, mail and messaging: Slack, Discord, Telegram, Teams, SendGrid, Mailgun, Mailchimp, Postmark, Twilio, … */
const SLACK_ROTATE = 'Revoke it (api.slack.com/apps → your app → OAuth & Permissions → Revoke, or auth.revoke) and reinstall the app to get a new token.';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const CHAT_MAIL_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-session-cookie', family: 'chat-mail', name: 'Slack session cookie (d=xoxd-…)',
        keywords: ['xoxd-'],
        pattern: /\bxoxd-[A-Za-z0-9%+/=_-]{60,}/g,
        minEntropy: 3.5,
        docs: { form: 'xoxd-<120 base64url>', rotate: 'Sign the user out of every Slack session (Account → Sign out all other sessions) and reset the password: the cookie is a logged-in browser session.', detection: 'The `d` cookie of a signed-in Slack web session; together with an `xoxc-` token it acts as the user.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'messagebird-access-key', family: 'chat-mail', name: 'MessageBird (Bird) access key',
        keywords: ['messagebird', 'message_bird', 'message-bird'],
        pattern: (0,rule/* contextPattern */.KH)('message[_-]?bird[\\w.-]{0,20}(?:access[_.-]?)?(?:key|token)', '(?:live_|test_)?[A-Za-z0-9]{25}'),
        docs: { form: '<25 base62>', unsafe: 'MESSAGEBIRD_ACCESS_KEY={secret}', rotate: 'Delete the access key in the MessageBird (Bird) dashboard under Developers → API access and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-bot-token', family: 'chat-mail', name: 'Slack bot token',
        keywords: ['xoxb-'],
        // Current bot tokens have two numeric parts; bot tokens issued before 2018 have one.
        pattern: /\bxoxb-\d{10,13}-(?:\d{10,13}-)?[A-Za-z0-9]{24,34}\b/g,
        docs: { form: 'xoxb-<12 digits>-<13 digits>-<24 base62>', rotate: SLACK_ROTATE, detection: 'Both the current form (two numeric parts) and the older one (one numeric part) of bot tokens.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-user-token', family: 'chat-mail', name: 'Slack user token',
        keywords: ['xoxp-', 'xoxe-', 'xoxc-'],
        // xoxp: OAuth user tokens; xoxc: the browser client's session token (with a 64-hex tail).
        pattern: /\bxox[pec]-\d{10,13}-\d{10,13}-\d{10,13}-(?:[a-f0-9]{64}|[A-Za-z0-9]{28,34})\b/g,
        docs: { form: 'xoxp-<12 digits>-<12 digits>-<13 digits>-<32 hex>', rotate: SLACK_ROTATE, detection: 'User tokens (`xoxp-`) and the web client\'s session tokens (`xoxc-`, which end in 64 hex characters).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-app-token', family: 'chat-mail', name: 'Slack app-level token',
        keywords: ['xapp-'],
        pattern: /\bxapp-\d-[A-Z0-9]{9,12}-\d{10,14}-[a-f0-9]{64}\b/g,
        docs: { form: 'xapp-1-<11 upper alnum>-<13 digits>-<64 hex>', rotate: 'Revoke it under Basic Information → App-Level Tokens of the app at api.slack.com/apps and generate a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-config-token', family: 'chat-mail', name: 'Slack configuration token',
        keywords: ['xoxe.xox', 'xoxe-1-'],
        pattern: /\bxoxe(?:\.xox[bp])?-\d-[A-Z0-9]{140,170}\b/g,
        docs: { form: 'xoxe.xoxp-1-<164 upper alnum>', rotate: 'Revoke it with tooling.tokens.rotate / auth.revoke and generate a new configuration token at api.slack.com/apps.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-legacy-token', family: 'chat-mail', name: 'Slack legacy token',
        keywords: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
        pattern: /\bxox[aors]-\d+-[0-9A-Za-z-]{10,}/g,
        docs: { form: 'xoxs-<10 digits>-<40 base62>', rotate: 'Legacy tokens should no longer exist: revoke it (auth.revoke) and move to a Slack app with scoped tokens.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'slack-webhook-url', family: 'chat-mail', name: 'Slack incoming webhook URL',
        keywords: ['hooks.slack.com'],
        // Incoming webhooks (services/T…/B…/<24>), Workflow Builder webhooks (workflows/T…/A…/<id>/<32>)
        // and triggers (triggers/T…/<id>/<32 hex>); app-scoped hooks live on hooks.slack.com too.
        pattern: /https:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,24}|workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{15,20}\/[A-Za-z0-9]{32}|triggers\/T[A-Z0-9]{8,12}\/\d{10,20}\/[a-f0-9]{32})(?![A-Za-z0-9])/g,
        docs: { form: 'https://hooks.slack.com/services/T<10 upper alnum>/B<10 upper alnum>/<24 base62>', detection: 'Incoming webhooks (`/services/T…/B…/…`), Workflow Builder webhooks (`/workflows/T…/A…/<id>/…`) and workflow triggers (`/triggers/T…/<id>/<32 hex>`).', rotate: 'Remove the webhook (app settings → Incoming Webhooks → Remove) and add a new one; anyone with the URL can post to the channel.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'discord-webhook-url', family: 'chat-mail', name: 'Discord webhook URL',
        keywords: ['discord'],
        pattern: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,70}(?![A-Za-z0-9_-])/g,
        docs: { form: 'https://discord.com/api/webhooks/<19 digits>/<68 base64url>', rotate: 'Delete the webhook (channel settings → Integrations → Webhooks) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'discord-bot-token', family: 'chat-mail', name: 'Discord bot token',
        keywords: ['discord'],
        pattern: (0,rule/* contextPattern */.KH)('discord[\\w.-]{0,20}token', '[MNO][A-Za-z0-9_-]{23,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}'),
        docs: { form: 'M<25 base64url>.<6 base64url>.<38 base64url>', unsafe: 'DISCORD_BOT_TOKEN={secret}', rotate: 'Reset the token in the Developer Portal (your application → Bot → Reset Token).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'telegram-bot-token', family: 'chat-mail', name: 'Telegram bot token',
        keywords: [':aa'],
        pattern: /(?<![A-Za-z0-9_])\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])/g,
        docs: { form: '<10 digits>:AA<33 base64url>', rotate: 'Ask @BotFather for /revoke on the bot and use the new token.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'microsoft-teams-webhook-url', family: 'chat-mail', name: 'Microsoft Teams incoming webhook URL',
        keywords: ['webhook.office.com'],
        pattern: new RegExp(`https://[a-z0-9-]+\\.webhook\\.office\\.com/webhookb2/${UUID}@${UUID}/IncomingWebhook/[a-f0-9]{32}/${UUID}(?:/[A-Za-z0-9_-]+)?`, 'g'),
        docs: { form: 'https://contoso.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>', rotate: 'Remove the Incoming Webhook connector (or workflow) from the channel and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sendgrid-api-key', family: 'chat-mail', name: 'SendGrid API key',
        keywords: ['sg.'],
        pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
        docs: { form: 'SG.<22 base64url>.<43 base64url>', rotate: 'Delete the key under Settings → API Keys in SendGrid and create a new one with restricted access.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mailgun-api-key', family: 'chat-mail', name: 'Mailgun API key',
        keywords: ['key-'],
        pattern: /\bkey-[0-9a-f]{32}\b/g,
        docs: { form: 'key-<32 hex>', rotate: 'Delete the key under API Security in the Mailgun dashboard and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mailgun-sending-key', family: 'chat-mail', name: 'Mailgun sending or private key',
        keywords: ['mailgun'],
        pattern: (0,rule/* contextPattern */.KH)('mailgun[\\w.-]{0,20}(?:key|token|secret)', '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}'),
        docs: { form: '<32 hex>-<8 hex>-<8 hex>', unsafe: 'MAILGUN_API_KEY={secret}', rotate: 'Delete the key under API Security (or the domain\'s Sending keys) in the Mailgun dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mailchimp-api-key', family: 'chat-mail', name: 'Mailchimp API key',
        keywords: ['-us'],
        pattern: /\b[0-9a-f]{32}-us\d{1,2}\b/g,
        docs: { form: '<32 hex>-us21', rotate: 'Disable the key under Profile → Extras → API keys in Mailchimp and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'postmark-token', family: 'chat-mail', name: 'Postmark server or account token',
        keywords: ['postmark'],
        pattern: (0,rule/* contextPattern */.KH)('postmark[\\w.-]{0,20}(?:token|key)|x-postmark-(?:server|account)-token', UUID),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'POSTMARK_SERVER_TOKEN={secret}', rotate: 'Regenerate the token under the server\'s API Tokens tab (or Account → API Tokens) in Postmark.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'twilio-auth-token', family: 'chat-mail', name: 'Twilio auth token or API key secret',
        keywords: ['twilio'],
        pattern: (0,rule/* contextPattern */.KH)('twilio[\\w.-]{0,20}(?:token|secret)', '[A-Za-z0-9]{32}'),
        docs: { form: '<32 hex>', unsafe: 'TWILIO_AUTH_TOKEN={secret}', rotate: 'Rotate the auth token in the Twilio console (Account → API keys & tokens) or delete the API key, then update clients.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'brevo-api-key', family: 'chat-mail', name: 'Brevo (Sendinblue) API or SMTP key',
        keywords: ['xkeysib-', 'xsmtpsib-'],
        pattern: /\bx(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}\b/g,
        docs: { form: 'xkeysib-<64 hex>-<16 base62>', rotate: 'Delete the key under SMTP & API in Brevo and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mailersend-api-token', family: 'chat-mail', name: 'MailerSend API token',
        keywords: ['mlsn.'],
        pattern: /\bmlsn\.[a-f0-9]{64}\b/g,
        docs: { form: 'mlsn.<64 hex>', rotate: 'Delete the token under Integrations → API tokens in MailerSend.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'resend-api-key', family: 'chat-mail', name: 'Resend API key',
        keywords: ['re_'],
        pattern: /\bre_[A-Za-z0-9]{8,10}_[A-Za-z0-9]{20,30}\b/g,
        docs: { form: 're_<8 base62>_<24 base62>', rotate: 'Delete the key under API Keys in the Resend dashboard and create a new one.' },
    }),
];

// EXTERNAL MODULE: ./src/checks/secrets/entropy.ts
var secrets_entropy = __webpack_require__(6994);
// EXTERNAL MODULE: ./src/checks/secrets/value-shape.ts
var value_shape = __webpack_require__(446);
;// CONCATENATED MODULE: ./src/checks/secrets/rules/private-keys.ts



/**
 * Private keys in every PEM form (PKCS#1 RSA, SEC1 EC, DSA, PKCS#8 plain and encrypted), OpenSSH,
 * PGP, ssh.com SSH2 and PuTTY: on one line (JSON-escaped `\n`) or as a block over many lines.
 * The body must look like a real key, so `-----BEGIN RSA PRIVATE KEY-----\n...\n` in a README is not reported.
 */
const BLOCK_MAX_LINES = 300;
const PEM_KINDS = [
    { id: 'private-key-rsa', name: 'RSA private key (PKCS#1 PEM)', label: 'RSA PRIVATE KEY', der: true, form: '-----BEGIN RSA PRIVATE KEY-----\n<base64 body>\n-----END RSA PRIVATE KEY-----', detection: 'Keys encrypted with the legacy `Proc-Type: 4,ENCRYPTED` header are reported too, marked encrypted.' },
    { id: 'private-key-ec', name: 'EC private key (SEC1 PEM)', label: 'EC PRIVATE KEY', der: true, form: '-----BEGIN EC PRIVATE KEY-----\n<base64 body>\n-----END EC PRIVATE KEY-----' },
    { id: 'private-key-dsa', name: 'DSA private key (PEM)', label: 'DSA PRIVATE KEY', der: true, form: '-----BEGIN DSA PRIVATE KEY-----\n<base64 body>\n-----END DSA PRIVATE KEY-----' },
    { id: 'private-key-pkcs8', name: 'Private key (PKCS#8 PEM)', label: 'PRIVATE KEY', der: true, form: '-----BEGIN PRIVATE KEY-----\n<base64 body>\n-----END PRIVATE KEY-----' },
    { id: 'private-key-encrypted', name: 'Encrypted private key (PKCS#8 PEM)', label: 'ENCRYPTED PRIVATE KEY', der: true, form: '-----BEGIN ENCRYPTED PRIVATE KEY-----\n<base64 body>\n-----END ENCRYPTED PRIVATE KEY-----', detection: 'The key is protected by a passphrase, but passphrases are often weak or stored next to the key, so it is still reported.' },
    { id: 'private-key-openssh', name: 'OpenSSH private key', label: 'OPENSSH PRIVATE KEY', der: false, form: '-----BEGIN OPENSSH PRIVATE KEY-----\n<base64 body>\n-----END OPENSSH PRIVATE KEY-----', detection: 'The body must decode to the `openssh-key-v1` format; a key protected by a passphrase is marked encrypted.' },
    { id: 'private-key-pgp', name: 'PGP private key block', label: 'PGP PRIVATE KEY BLOCK', der: false, form: '-----BEGIN PGP PRIVATE KEY BLOCK-----\n<armored body>\n-----END PGP PRIVATE KEY BLOCK-----' },
    { id: 'private-key-pem', name: 'Private key (other PEM type)', label: '(?:[A-Z0-9]+ )+PRIVATE KEY', der: false, form: '-----BEGIN <TYPE> PRIVATE KEY-----\n<base64 body>\n-----END <TYPE> PRIVATE KEY-----', detection: 'Any other `-----BEGIN … PRIVATE KEY-----` label, such as `ED25519 PRIVATE KEY` or `SM2 PRIVATE KEY`.' },
];
const ROTATE = 'Treat the key as compromised: revoke or replace it everywhere it is trusted (certificates, authorized_keys, deploy keys), and generate a new one that never enters the repository.';
/** Removes what code and config wrap around key lines: quotes, `\n` escapes, `+` concatenation, YAML indentation. */
function bodyLines(lines) {
    let base64 = '';
    const headers = [];
    let junk = 0;
    for (const raw of lines) {
        for (const piece of raw.split(/\\r\\n|\\n|\\r/)) {
            // Inside quotes the content is kept whole: a base64 line may itself start or end with `+`.
            const quoted = /^[\s+,(]*["'`](.*?)["'`]?[\s+,;)]*$/.exec(piece);
            const line = quoted ? quoted[1].trim() : piece.replace(/^[\s,(]+|[\s,;)]+$/g, '');
            if (line === '')
                continue;
            if (/^[A-Za-z][\w-]*: /.test(line))
                headers.push(line);
            else if (/^[A-Za-z0-9+/]+=*$/.test(line))
                base64 += line;
            else if (/^=[A-Za-z0-9+/]{4}$/.test(line))
                continue; // PGP armor checksum
            else
                junk++;
        }
    }
    return { base64, headers, junk };
}
const NOT_A_KEY = { real: false, encrypted: false, base64: '' };
/** Whether a PEM body is a real key; its base64 (without line breaks or decoration) identifies it for masking and baselines. */
function judgeBody(kind, text) {
    const { base64, headers, junk } = bodyLines(text);
    const procEncrypted = headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/i.test(h));
    // OpenSSH keys are judged by their decoded structure alone: real bodies hold long runs of A
    // (zero bytes), which the character heuristics below would take for a placeholder.
    if (kind.id === 'private-key-openssh') {
        if (junk > 2)
            return NOT_A_KEY;
        const key = parseOpensshKey(Buffer.from(base64, 'base64'));
        return key ? { real: true, encrypted: key.cipher !== 'none', base64 } : NOT_A_KEY;
    }
    // A DER body whose outer SEQUENCE length matches what follows is a real structure, whatever its characters.
    if (kind.der && !procEncrypted && junk === 0 && derSequenceIsWhole(Buffer.from(base64, 'base64'))) {
        return { real: true, encrypted: kind.id === 'private-key-encrypted', base64 };
    }
    const joined = text.join('\n');
    if ((0,value_shape/* isPlaceholder */.wK)(joined.replace(/-----(?:BEGIN|END) [A-Z0-9 ]+-----/g, '')))
        return NOT_A_KEY;
    if (base64.length < 40 || junk > 2)
        return NOT_A_KEY;
    const entropy = (0,secrets_entropy/* shannonEntropy */.l)(base64.slice(0, 4096));
    if (entropy < (base64.length >= 100 ? 4.5 : 4))
        return NOT_A_KEY;
    if (kind.der && !procEncrypted && !base64.startsWith('M'))
        return NOT_A_KEY;
    return { real: true, encrypted: procEncrypted || kind.id === 'private-key-encrypted', base64 };
}
/** Whether bytes are one DER SEQUENCE whose declared length is exactly the rest of the bytes. */
function derSequenceIsWhole(bytes) {
    const total = derSequenceLength(bytes);
    return total !== undefined && total === bytes.length && total >= 64;
}
/** The length of the DER SEQUENCE at the start of bytes, header included; undefined when it is not one. */
function derSequenceLength(bytes) {
    if (bytes.length < 2 || bytes[0] !== 0x30)
        return undefined;
    const first = bytes[1];
    if (first < 0x80)
        return 2 + first;
    const n = first & 0x7f;
    if (n === 0 || n > 4 || bytes.length < 2 + n)
        return undefined;
    let length = 0;
    for (let i = 0; i < n; i++)
        length = length * 256 + bytes[2 + i];
    return 2 + n + length;
}
const OPENSSH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');
/**
 * Parses the openssh-key-v1 container (PROTOCOL.key in OpenSSH): magic, cipher name, KDF name, KDF
 * options, the number of keys, each public key, then the private section. An unencrypted private
 * section starts with two equal check integers. Anything truncated or inconsistent is not a key.
 */
function parseOpensshKey(bytes) {
    if (bytes.length < 64 || !bytes.subarray(0, OPENSSH_MAGIC.length).equals(OPENSSH_MAGIC))
        return undefined;
    let at = OPENSSH_MAGIC.length;
    const string = (max) => {
        if (at + 4 > bytes.length)
            return undefined;
        const length = bytes.readUInt32BE(at);
        if (length > max || at + 4 + length > bytes.length)
            return undefined;
        const out = bytes.subarray(at + 4, at + 4 + length);
        at += 4 + length;
        return out;
    };
    const name = (max) => {
        const b = string(max);
        return b && b.length > 0 && /^[\x21-\x7e]+$/.test(b.toString('latin1')) ? b.toString('latin1') : undefined;
    };
    const cipher = name(64);
    const kdf = name(64);
    if (!cipher || !kdf || !string(1024))
        return undefined;
    if (at + 4 > bytes.length)
        return undefined;
    const keys = bytes.readUInt32BE(at);
    at += 4;
    if (keys < 1 || keys > 16)
        return undefined;
    let keyType = '';
    for (let i = 0; i < keys; i++) {
        const blob = string(16384);
        if (!blob || blob.length < 8)
            return undefined;
        const length = blob.readUInt32BE(0);
        const type = blob.subarray(4, 4 + length).toString('latin1');
        if (length > 64 || !/^(?:ssh-|ecdsa-|sk-|rsa-)[\w@.-]+$/.test(type))
            return undefined;
        keyType ||= type;
    }
    const priv = string(1 << 20);
    if (!priv || priv.length < 8)
        return undefined;
    if (cipher === 'none' && priv.readUInt32BE(0) !== priv.readUInt32BE(4))
        return undefined;
    if (cipher !== 'none' && priv.length % 8 !== 0)
        return undefined;
    return { cipher, keyType };
}
/** A private key in PEM text (for example decoded from base64): its kind's name, whether it is encrypted, and its body. */
function judgePemText(text) {
    const m = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)-----END \1-----/.exec(text);
    if (!m)
        return undefined;
    const kind = PEM_KINDS.find((k) => new RegExp(`^(?:${k.label})$`).test(m[1]));
    if (!kind)
        return undefined;
    const verdict = judgeBody(kind, m[2].split(/\r?\n/));
    return verdict.real ? { kind: kind.name, encrypted: verdict.encrypted, base64: verdict.base64 } : undefined;
}
function pemRule(kind, index) {
    const begin = `-----BEGIN ${kind.label}-----`;
    // Labels are tried most specific first; the catch-all must not claim RSA/EC/... headers.
    const specificLabels = PEM_KINDS.slice(0, index).map((k) => k.label);
    const beginRe = new RegExp(`-----BEGIN (${kind.label})-----`, 'g');
    const isOwnLabel = (label) => !specificLabels.some((l) => new RegExp(`^(?:${l})$`).test(label));
    const oneLine = new RegExp(`-----BEGIN (?<label>${kind.label})-----(?<body>[\\s\\S]{0,16384}?)-----END \\k<label>-----`, 'g');
    const block = {
        open(line) {
            beginRe.lastIndex = 0;
            for (let m = beginRe.exec(line); m; m = beginRe.exec(line)) {
                if (!isOwnLabel(m[1]))
                    continue;
                if (line.includes('-----END ', m.index))
                    continue; // whole key on this line: find() handles it
                return m.index;
            }
            return undefined;
        },
        isEnd: (line) => /-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/.test(line),
        maxLines: BLOCK_MAX_LINES,
        close(lines, column, _context) {
            const last = lines[lines.length - 1];
            const ended = /-----END [A-Z0-9 ]*PRIVATE KEY[A-Z ]*-----/.exec(last);
            const body = [lines[0].slice(column).replace(/-----BEGIN [A-Z0-9 ]+-----/, ''), ...lines.slice(1, ended ? -1 : undefined)];
            if (ended && lines.length > 1)
                body.push(last.slice(0, ended.index));
            const verdict = judgeBody(kind, body);
            if (!verdict.real)
                return undefined;
            const endColumn = ended ? ended.index + ended[0].length + 1 : last.length + 1;
            return {
                start: column, end: column + begin.length, secret: verdict.base64, endLine: lines.length - 1, endColumn,
                detail: verdict.encrypted ? 'encrypted' : undefined,
            };
        },
    };
    return {
        meta: {
            id: kind.id, check: 'secrets', severity: 'error',
            description: `${kind.name} in the code or a log.`,
            help: `${ROTATE} Load keys from a secret store or a file outside the repository at run time. ${rule/* ALLOW_HELP */.aA}`,
        },
        family: 'private-keys',
        name: kind.name,
        keywords: ['-----begin '],
        docs: {
            form: kind.form, rotate: ROTATE,
            unsafe: kind.form,
            safe: 'signing:\n  key-file: /run/secrets/signing-key   # mounted at run time, never committed',
            detection: `The body must look like a real key: base64, long and random enough${kind.der ? ', and DER-encoded (its base64 starts with `M`)' : ''}; \`...\`, \`<key>\` and other placeholders are skipped. The key is found on one line (JSON-escaped \`\\n\`) or over up to ${BLOCK_MAX_LINES} lines. ${kind.detection ?? ''}`.trim(),
        },
        block,
        find(line) {
            const out = [];
            oneLine.lastIndex = 0;
            for (let m = oneLine.exec(line); m; m = oneLine.exec(line)) {
                if (!isOwnLabel(m.groups.label))
                    continue;
                const verdict = judgeBody(kind, [m.groups.body]);
                if (!verdict.real)
                    continue;
                const candidate = { start: m.index, end: m.index + m[0].length, secret: verdict.base64 };
                if (verdict.encrypted)
                    candidate.detail = 'encrypted';
                out.push(candidate);
            }
            return out;
        },
    };
}
const PUTTY_ROTATE = 'Remove the public key from every authorized_keys and server it was added to, and generate a new key pair with PuTTYgen.';
const puttyKey = {
    meta: {
        id: 'private-key-putty', check: 'secrets', severity: 'error',
        description: 'PuTTY private key file (.ppk) in the code or a log.',
        help: `${PUTTY_ROTATE} Keep .ppk files out of the repository. ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'private-keys',
    name: 'PuTTY private key',
    keywords: ['putty-user-key-file-'],
    docs: {
        form: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\n…\nPrivate-Lines: 1\n<base64>\nPrivate-MAC: <hex>',
        rotate: PUTTY_ROTATE,
        unsafe: 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy\nPublic-Lines: 2\n<base64>\nPrivate-Lines: 1\n<base64>\nPrivate-MAC: <hex>',
        safe: 'Keep the .ppk in the user profile or an SSH agent (Pageant); never in the repository.',
        detection: 'The `Private-Lines` section must hold base64 that looks random.',
    },
    block: {
        open: (line) => (/^PuTTY-User-Key-File-\d+: /.test(line) ? 0 : undefined),
        isEnd: (line) => /^Private-(?:MAC|Hash):/.test(line),
        maxLines: 80,
        close(lines) {
            const start = lines.findIndex((l) => /^Private-Lines:\s*\d+/.test(l));
            if (start < 0)
                return undefined;
            const count = Number(/\d+/.exec(lines[start])[0]);
            const body = lines.slice(start + 1, start + 1 + count).join('');
            if (!/^[A-Za-z0-9+/=]{40,}$/.test(body) || (0,secrets_entropy/* shannonEntropy */.l)(body) < 4 || (0,value_shape/* isPlaceholder */.wK)(body))
                return undefined;
            const encrypted = lines.some((l) => /^Encryption:\s*(?!none)\S/.test(l));
            const last = lines[lines.length - 1];
            return { start: 0, end: lines[0].length, secret: body, endLine: lines.length - 1, endColumn: last.length + 1, detail: encrypted ? 'encrypted' : undefined };
        },
    },
    find: () => [],
};
const SSH2_ROTATE = 'Remove the public key from every server that trusts it and generate a new key pair.';
const ssh2Key = {
    meta: {
        id: 'private-key-ssh2', check: 'secrets', severity: 'error',
        description: 'SSH2 (ssh.com style) private key in the code or a log.',
        help: `${SSH2_ROTATE} ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'private-keys',
    name: 'SSH2 private key',
    keywords: ['---- begin ssh2 encrypted private key'],
    docs: {
        form: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\n<base64 body>\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
        rotate: SSH2_ROTATE,
        unsafe: '---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "deploy"\n<base64 body>\n---- END SSH2 ENCRYPTED PRIVATE KEY ----',
    },
    block: {
        open: (line) => { const i = line.indexOf('---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----'); return i >= 0 ? i : undefined; },
        isEnd: (line) => line.includes('---- END SSH2 ENCRYPTED PRIVATE KEY ----'),
        maxLines: BLOCK_MAX_LINES,
        close(lines, column) {
            const body = lines.slice(1, -1).filter((l) => !/^\s*[A-Za-z-]+:/.test(l) && !/^\s*[^:]*\\$/.test(l)).join('').replace(/\s+/g, '');
            if (!/^[A-Za-z0-9+/=]{40,}$/.test(body) || (0,secrets_entropy/* shannonEntropy */.l)(body) < 4 || (0,value_shape/* isPlaceholder */.wK)(body))
                return undefined;
            const last = lines[lines.length - 1];
            return { start: column, end: lines[0].length, secret: body, endLine: lines.length - 1, endColumn: last.length + 1 };
        },
    },
    find: () => [],
};
const BASE64_ROTATE = 'Treat the key as compromised: revoke or replace it everywhere it is trusted, issue a new one, and have the cluster or chart read it from a secret store (an external secret, sealed secret or SOPS file) instead of a committed value.';
/** base64 of "-----BEGIN": every base64-encoded PEM block starts with it. */
const PEM_IN_BASE64 = /(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2}(?![A-Za-z0-9+/=])/g;
const PKCS12_IN_BASE64 = /(?<name>[\w.-]*(?:p12|pfx|pkcs12|keystore)[\w.-]*)["']?\s{0,3}[:=]\s{0,3}["']?(?<secret>MI[A-Za-z0-9+/]{200,}={0,2})(?![A-Za-z0-9+/=])/gi;
const FIELD_BEFORE = /([\w.-]{1,80})["']?\s{0,3}[:=]\s{0,3}["']?$/;
// PKCS#12 (RFC 7292): PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo (pkcs7-data or pkcs7-signedData) }.
const PKCS7_CONTENT_OID = Buffer.from([0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07]);
function isPkcs12(bytes) {
    const total = derSequenceLength(bytes);
    if (total === undefined || total > bytes.length || total < 200)
        return false;
    const header = bytes[1] < 0x80 ? 2 : 2 + (bytes[1] & 0x7f);
    if (bytes[header] !== 0x02 || bytes[header + 1] !== 0x01 || bytes[header + 2] !== 0x03)
        return false;
    const at = bytes.subarray(header + 3, header + 48).indexOf(PKCS7_CONTENT_OID);
    return at >= 0 && (bytes[header + 3 + at + 10] === 0x01 || bytes[header + 3 + at + 10] === 0x02);
}
/**
 * Private keys stored base64-encoded in YAML and JSON: kubeconfig `client-key-data`, a Kubernetes
 * Secret's `tls.key`, Helm values, a PKCS#12 bundle under a `.p12`/`.pfx` key. The value is decoded and
 * the key inside judged by its structure, as a PEM key in the clear is.
 */
const BASE64_KEY_RULE = {
    meta: {
        id: 'private-key-base64', check: 'secrets', severity: 'error',
        description: 'A private key (PEM or PKCS#12) stored base64-encoded in a YAML or JSON value, such as kubeconfig client-key-data or a Secret\'s tls.key.',
        help: `${BASE64_ROTATE} ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'private-keys',
    name: 'Base64-encoded private key',
    keywords: ['ls0tls1crudjti', 'p12', 'pfx', 'pkcs12', 'keystore'],
    docs: {
        form: 'LS0tLS1CRUdJTi<base64 of a PEM private key>',
        unsafe: 'users:\n- name: ops-admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi<base64 of a certificate>\n    client-key-data: {secret}',
        safe: 'users:\n- name: ops-admin\n  user:\n    exec:                       # short-lived credentials from the cloud CLI, no key on disk\n      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n      args: [eks, get-token, --cluster-name, ops]',
        rotate: BASE64_ROTATE,
        detection: 'Any base64 value that decodes to a PEM private key (it then starts with `LS0tLS1CRUdJTi`, the encoding of `-----BEGIN`), judged like a PEM key in the clear: certificates and public keys are not reported, and the body must decode to a real key structure. A value under a key naming `p12`, `pfx`, `pkcs12` or `keystore` must decode to a PKCS#12 structure (version 3, then PKCS#7 content).',
    },
    find(line) {
        const out = [];
        const field = (at) => FIELD_BEFORE.exec(line.slice(Math.max(0, at - 90), at))?.[1];
        PEM_IN_BASE64.lastIndex = 0;
        for (let m = PEM_IN_BASE64.exec(line); m; m = PEM_IN_BASE64.exec(line)) {
            const key = judgePemText(Buffer.from(m[0], 'base64').toString('latin1'));
            if (!key)
                continue;
            const name = field(m.index);
            const detail = [`${key.kind}${name ? ` in ${name}` : ''}`, key.encrypted ? 'encrypted' : ''].filter(Boolean).join(', ');
            out.push({ start: m.index, end: m.index + m[0].length, secret: m[0], detail });
        }
        PKCS12_IN_BASE64.lastIndex = 0;
        for (let m = PKCS12_IN_BASE64.exec(line); m; m = PKCS12_IN_BASE64.exec(line)) {
            const secret = m.groups.secret;
            if (!isPkcs12(Buffer.from(secret, 'base64')))
                continue;
            const start = m.index + m[0].length - secret.length;
            out.push({ start, end: start + secret.length, secret, detail: `PKCS#12 bundle in ${m.groups.name}` });
        }
        return out;
    },
};
const PRIVATE_KEY_RULES = [...PEM_KINDS.map(pemRule), ssh2Key, puttyKey, BASE64_KEY_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/cloud.ts



/** Cloud and hosting providers: documented key prefixes, or a provider keyword before a value of the key's shape. */
const cloud_UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const CLOUD_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'aws-access-key-id', family: 'cloud', name: 'AWS access key ID',
        keywords: ['akia', 'asia', 'abia', 'acca'],
        pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\b/g,
        docs: {
            form: 'AKIA<16 base32>', unsafe: 'aws_access_key_id = {secret}',
            rotate: 'Deactivate and delete the key in IAM (Users → Security credentials), and create a new one if it is still needed.',
            detection: 'Long-term (AKIA) and temporary (ASIA) key IDs. The ID alone cannot sign requests, but the secret key is rarely far away. AWS\'s documented example key (…EXAMPLE) is skipped.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'aws-secret-access-key', family: 'cloud', name: 'AWS secret access key',
        keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'aws-secret', 'awssecret'],
        pattern: (0,rule/* contextPattern */.KH)('aws_?secret_?(?:access_?)?key|secret_?access_?key|aws-secret-access-key|secret-access-key', '[A-Za-z0-9/+]{40}'),
        minEntropy: 4,
        docs: {
            form: '<40 base64>', unsafe: 'aws_secret_access_key = {secret}',
            rotate: 'Deactivate and delete the access key in IAM and create a new one; check CloudTrail for use you do not recognise.',
            detection: 'A 40-character base64 value after a name such as `aws_secret_access_key` or `AWS_SECRET_ACCESS_KEY`.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'aws-session-token', family: 'cloud', name: 'AWS session token',
        keywords: ['aws_session_token', 'awssessiontoken', 'x-amz-security-token', 'aws-session-token'],
        pattern: (0,rule/* contextPattern */.KH)('aws_?session_?token|aws-session-token|x-amz-security-token', '[A-Za-z0-9/+=]{100,}'),
        minEntropy: 4, allowInBlob: true,
        docs: {
            form: '<300 base64>', unsafe: 'AWS_SESSION_TOKEN={secret}',
            rotate: 'Session tokens expire, but revoke the role\'s active sessions (IAM → Roles → Revoke sessions) if it may still be valid.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'aws-mws-auth-token', family: 'cloud', name: 'Amazon MWS auth token',
        keywords: ['amzn.mws.'],
        pattern: new RegExp(`\\bamzn\\.mws\\.${cloud_UUID}\\b`, 'g'),
        docs: { form: 'amzn.mws.<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Revoke the developer\'s access in Seller Central (Apps and Services → Manage Your Apps) and authorise again.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'gcp-api-key', family: 'cloud', name: 'Google API key',
        keywords: ['aiza'],
        pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
        docs: {
            form: 'AIza<35 base64url>',
            rotate: 'Delete or regenerate the key in Google Cloud console → APIs & Services → Credentials, and restrict the new key to the APIs and referrers that need it.',
            detection: 'Browser keys are public by design but still need API and referrer restrictions; review it rather than allow it blindly.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'gcp-service-account-key', family: 'cloud', name: 'Google Cloud service account key',
        keywords: ['private_key"'],
        pattern: /\\?"private_key\\?"\s*:\s*\\?"(?<secret>-----BEGIN PRIVATE KEY-----(?:\\{1,2}n|\\{1,2}r)+[A-Za-z0-9+/=\\nr]{100,}?-----END PRIVATE KEY-----(?:\\{1,2}n)?)\\?"/g,
        minEntropy: 0, allowInBlob: true,
        validate: (secret) => {
            const body = secret.replace(/-----(?:BEGIN|END) PRIVATE KEY-----/g, '').replace(/\\+[nr]/g, '');
            return body.startsWith('M') && (0,secrets_entropy/* shannonEntropy */.l)(body) > 4.5;
        },
        docs: {
            form: '-----BEGIN PRIVATE KEY-----\\n<1600 base64>\\n-----END PRIVATE KEY-----\\n',
            unsafe: '"private_key": "{secret}",',
            rotate: 'Delete the key under IAM → Service accounts → Keys; prefer Workload Identity Federation (no key at all) for CI and workloads.',
            detection: 'The `private_key` field of a service-account JSON file, with a real-looking PKCS#8 body.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'gcp-oauth-client-secret', family: 'cloud', name: 'Google OAuth client secret',
        keywords: ['gocspx-'],
        pattern: /\bGOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])/g,
        docs: { form: 'GOCSPX-<28 base64url>', rotate: 'Add a new secret to the OAuth client in Google Cloud console → Credentials, deploy it, then disable and delete the old one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'google-oauth-access-token', family: 'cloud', name: 'Google OAuth access token',
        keywords: ['ya29.'],
        pattern: /\bya29\.[0-9A-Za-z_-]{30,}/g,
        docs: { form: 'ya29.<120 base64url>', rotate: 'Access tokens expire within an hour; revoke it at https://oauth2.googleapis.com/revoke if it may still be valid, and find what logged or stored it.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'google-oauth-refresh-token', family: 'cloud', name: 'Google OAuth refresh token',
        keywords: ['1//0'],
        pattern: /(?<![A-Za-z0-9_/-])1\/\/0[0-9A-Za-z_-]{40,}/g,
        docs: { form: '1//0<100 base64url>', rotate: 'Revoke the grant (myaccount.google.com → Security → Third-party access, or the revoke endpoint) and sign in again.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'firebase-cloud-messaging-server-key', family: 'cloud', name: 'Firebase Cloud Messaging server key',
        keywords: [':apa91b'],
        pattern: /\bAAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}(?![A-Za-z0-9_-])/g,
        docs: { form: 'AAAA<7 base64url>:APA91b<134 base64url>', rotate: 'Legacy server keys are retired: delete it in the Firebase console and move to the HTTP v1 API with a service account.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-storage-connection-string', family: 'cloud', name: 'Azure storage or Cosmos DB account key',
        keywords: ['accountkey='],
        pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/gi,
        minEntropy: 4,
        docs: {
            form: '<86 base64>==', unsafe: 'DefaultEndpointsProtocol=https;AccountName=opsportal;AccountKey={secret};EndpointSuffix=core.windows.net',
            rotate: 'Rotate the key in the portal (Storage account → Access keys → Rotate key) after moving clients to the other key, or better, to Microsoft Entra ID auth.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-storage-account-key', family: 'cloud', name: 'Azure storage account key',
        keywords: ['azure', 'storage'],
        pattern: (0,rule/* contextPattern */.KH)('azure[\\w.-]{0,20}key|storage[_.-]?(?:account[_.-]?)?key', '[A-Za-z0-9+/]{86}=='),
        minEntropy: 4,
        docs: { form: '<86 base64>==', unsafe: 'AZURE_STORAGE_KEY={secret}', rotate: 'Rotate the key in the portal (Storage account → Access keys) after moving clients to the other key.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-sas-token', family: 'cloud', name: 'Azure shared access signature',
        keywords: ['sig='],
        pattern: /[?&;]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]*?\bsig=(?<secret>[A-Za-z0-9%+/]{40,}(?:%3D|=)*)/gi,
        docs: {
            form: '<43 base64>%3D', unsafe: 'https://opsportal.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01T00:00:00Z&sig={secret}',
            rotate: 'A SAS cannot be revoked by itself: rotate the account key that signed it, or revoke the stored access policy it references; issue short-lived user-delegation SAS instead.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-service-bus-key', family: 'cloud', name: 'Azure Service Bus or Event Hubs shared access key',
        keywords: ['sharedaccesskey='],
        pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)/gi,
        docs: {
            form: '<43 base64>=', unsafe: 'Endpoint=sb://ops.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={secret}',
            rotate: 'Regenerate the key of that shared access policy (Shared access policies → Regenerate), or switch to Microsoft Entra ID auth.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-ad-client-secret', family: 'cloud', name: 'Microsoft Entra ID (Azure AD) client secret',
        keywords: ['q~'],
        pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
        docs: { form: '<3 base62>8Q~<34 base62>', rotate: 'Delete the secret under App registrations → Certificates & secrets and add a new one; prefer a certificate or federated credentials.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-app-configuration-connection-string', family: 'cloud', name: 'Azure App Configuration connection string',
        keywords: ['azconfig.io'],
        pattern: /Endpoint=https:\/\/[a-z0-9-]+\.azconfig\.io;Id=[^;\s]+;Secret=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/g,
        docs: { form: '<44 base64>', unsafe: 'Endpoint=https://ops.azconfig.io;Id=ab12-cd-0:ef34;Secret={secret}', rotate: 'Regenerate the access key under App Configuration → Access settings, or use Microsoft Entra ID auth.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'azure-devops-pat', family: 'cloud', name: 'Azure DevOps personal access token',
        keywords: ['devops', 'azdo', 'vsts', 'ado_'],
        pattern: (0,rule/* contextPattern */.KH)('azure[_-]?devops[\\w.-]{0,20}(?:pat|token)|azdo[\\w.-]{0,10}(?:pat|token)|vsts[\\w.-]{0,10}(?:pat|token)|ado_(?:pat|token)', '[a-z2-7]{52}|[A-Za-z0-9]{84}'),
        docs: { form: '<52 base32 lower case>', unsafe: 'AZURE_DEVOPS_PAT={secret}', rotate: 'Revoke it under User settings → Personal access tokens in Azure DevOps and create a new one with the narrowest scope.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'alibaba-access-key-id', family: 'cloud', name: 'Alibaba Cloud AccessKey ID',
        keywords: ['ltai'],
        pattern: /\bLTAI[A-Za-z0-9]{12,20}\b/g,
        docs: { form: 'LTAI<20 base62>', rotate: 'Disable and delete the AccessKey pair in the RAM console and create a new one for a RAM user with the least privileges.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'alibaba-access-key-secret', family: 'cloud', name: 'Alibaba Cloud AccessKey secret',
        keywords: ['alibaba', 'aliyun', 'accesskeysecret', 'access_key_secret'],
        pattern: (0,rule/* contextPattern */.KH)('alibaba[\\w.-]{0,20}secret|aliyun[\\w.-]{0,20}secret|access_?key_?secret', '[A-Za-z0-9]{30}'),
        docs: { form: '<30 base62>', unsafe: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET={secret}', rotate: 'Disable and delete the AccessKey pair in the RAM console and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'tencent-cloud-secret-id', family: 'cloud', name: 'Tencent Cloud SecretId',
        keywords: ['akid'],
        pattern: /\bAKID[A-Za-z0-9]{32}\b/g,
        docs: { form: 'AKID<32 base62>', rotate: 'Disable and delete the key pair in CAM → API keys and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'ibm-cloud-api-key', family: 'cloud', name: 'IBM Cloud API key',
        keywords: ['ibm'],
        pattern: (0,rule/* contextPattern */.KH)('ibm[\\w.-]{0,20}(?:api)?[_.-]?key', '[A-Za-z0-9_-]{44}'),
        docs: { form: '<44 base64url>', unsafe: 'IBM_CLOUD_API_KEY={secret}', rotate: 'Delete the key under Manage → Access (IAM) → API keys and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'digitalocean-pat', family: 'cloud', name: 'DigitalOcean personal access token',
        keywords: ['dop_v1_'],
        pattern: /\bdop_v1_[a-f0-9]{64}\b/g,
        docs: { form: 'dop_v1_<64 hex>', rotate: 'Delete the token under API → Tokens in the DigitalOcean control panel and generate a new one with only the scopes needed.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'digitalocean-oauth-token', family: 'cloud', name: 'DigitalOcean OAuth access token',
        keywords: ['doo_v1_'],
        pattern: /\bdoo_v1_[a-f0-9]{64}\b/g,
        docs: { form: 'doo_v1_<64 hex>', rotate: 'Revoke the OAuth application\'s access in the control panel (API → OAuth applications) and authorise again.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'digitalocean-refresh-token', family: 'cloud', name: 'DigitalOcean OAuth refresh token',
        keywords: ['dor_v1_'],
        pattern: /\bdor_v1_[a-f0-9]{64}\b/g,
        docs: { form: 'dor_v1_<64 hex>', rotate: 'Revoke the OAuth application\'s access in the control panel and authorise again.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'heroku-api-key', family: 'cloud', name: 'Heroku API key',
        keywords: ['hrku-'],
        pattern: /\bHRKU-[A-Za-z0-9_-]{58,70}(?![A-Za-z0-9_-])/g,
        docs: { form: 'HRKU-<60 base64url>', rotate: 'Regenerate the API key under Account settings → API Key, or revoke the authorization with `heroku authorizations:revoke`.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'heroku-api-key-legacy', family: 'cloud', name: 'Heroku API key (legacy UUID form)',
        keywords: ['heroku'],
        pattern: (0,rule/* contextPattern */.KH)('heroku[\\w.-]{0,20}(?:api[_.-]?key|token|key)', cloud_UUID),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'HEROKU_API_KEY={secret}', rotate: 'Regenerate the API key under Account settings → API Key.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'fly-io-token', family: 'cloud', name: 'Fly.io access token',
        keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
        pattern: /\b(?:fo1_[A-Za-z0-9_-]{43}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,})(?![A-Za-z0-9_-])/g,
        minEntropy: 3.5, allowInBlob: true,
        docs: { form: 'fo1_<43 base64url>', rotate: 'Revoke it with `fly tokens revoke` (or in the dashboard under Tokens) and create a new, narrower token.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'netlify-access-token', family: 'cloud', name: 'Netlify access token',
        keywords: ['nfp_', 'nfc_', 'nfo_', 'nfu_'],
        pattern: /\bnf[pcou]_[A-Za-z0-9]{36}\b/g,
        docs: { form: 'nfp_<36 base62>', rotate: 'Delete the token under User settings → Applications → Personal access tokens in Netlify and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'cloudflare-api-token', family: 'cloud', name: 'Cloudflare API token',
        keywords: ['cloudflare', 'cf_api', 'cf-api', 'cf_token'],
        pattern: (0,rule/* contextPattern */.KH)('cloudflare[\\w.-]{0,20}(?:token|key)|cf[_-]api[_-]?token|cf_token', '[A-Za-z0-9_-]{40}'),
        docs: { form: '<40 base64url>', unsafe: 'CLOUDFLARE_API_TOKEN={secret}', rotate: 'Roll or delete the token under My Profile → API Tokens in the Cloudflare dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'cloudflare-global-api-key', family: 'cloud', name: 'Cloudflare global API key',
        keywords: ['cloudflare', 'cf_api_key', 'x-auth-key'],
        pattern: (0,rule/* contextPattern */.KH)('cloudflare[\\w.-]{0,20}(?:global|api)[_.-]?key|cf_api_key|x-auth-key', '[a-f0-9]{37}'),
        docs: { form: '<37 hex>', unsafe: 'CLOUDFLARE_GLOBAL_API_KEY={secret}', rotate: 'Change the Global API Key under My Profile → API Tokens, and move to scoped API tokens.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'cloudflare-origin-ca-key', family: 'cloud', name: 'Cloudflare Origin CA key',
        keywords: ['v1.0-'],
        pattern: /\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b/g,
        docs: { form: 'v1.0-<24 hex>-<146 hex>', rotate: 'Change the Origin CA Key under My Profile → API Tokens.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'hashicorp-vault-token', family: 'cloud', name: 'HashiCorp Vault token',
        keywords: ['hvs.', 'hvb.', 'hvr.'],
        pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{24,}/g,
        docs: { form: 'hvs.<90 base64url>', rotate: 'Revoke it with `vault token revoke` (or its accessor) and check the audit log for its use.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'gcp-service-account-base64', family: 'cloud', name: 'Google Cloud service account key file (base64)',
        keywords: ['eyj0exblijoic2vydmljzv9hy2nvdw50', 'eyj0exblijoginnlcnzpy2vfywnjb3vudc', 'ewogicj0exblijoginnlcnzpy2vfywnjb3vudc', 'eyaidhlwzsi6icjzzxj2awnlx2fjy291bnqi'],
        pattern: /(?<![A-Za-z0-9+/])(?:eyJ0eXBlIjoic2VydmljZV9hY2NvdW50|eyJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC|ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC|eyAidHlwZSI6ICJzZXJ2aWNlX2FjY291bnQi)[A-Za-z0-9+/]{400,}={0,2}(?![A-Za-z0-9+/=])/g,
        minEntropy: 0, allowInBlob: true,
        validate: (secret) => {
            try {
                const file = JSON.parse(Buffer.from(secret, 'base64').toString('utf8'));
                return file.type === 'service_account' && typeof file.private_key === 'string' && judgePemText(file.private_key) !== undefined;
            }
            catch {
                return false;
            }
        },
        docs: {
            form: '<base64 of a service-account key file>', unsafe: 'GOOGLE_CREDENTIALS_BASE64={secret}',
            rotate: 'Delete the key under IAM → Service accounts → Keys; prefer Workload Identity Federation (no key at all) for CI and workloads.',
            detection: 'A base64 value that decodes to a service-account key file: JSON whose `"type"` is `"service_account"` and whose `private_key` is a real key. The marker is looked for in the encoded form of the file\'s first line, compact or pretty-printed.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'hashicorp-vault-legacy-token', family: 'cloud', name: 'HashiCorp Vault token (pre-1.10 form)',
        keywords: ['vault'],
        pattern: (0,rule/* contextPattern */.KH)('vault[\\w.-]{0,20}token|x-vault-token|vault\\s+login', '[sbr]\\.[A-Za-z0-9]{24}'),
        docs: { form: 's.<24 base62>', unsafe: 'VAULT_TOKEN={secret}', rotate: 'Revoke it with `vault token revoke` (or its accessor) and check the audit log for its use.', detection: 'Service (`s.`), batch (`b.`) and recovery (`r.`) tokens of Vault before 1.10, after a Vault keyword (`VAULT_TOKEN`, `X-Vault-Token`, `vault login`): the short prefix alone is too common to report.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'aws-bedrock-api-key', family: 'cloud', name: 'Amazon Bedrock API key',
        keywords: ['absk', 'bedrock-api-key-'],
        pattern: /\b(?:ABSK(?:QmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,}={0,2})|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,}={0,2})(?![A-Za-z0-9+/=])/g,
        allowInBlob: true, allowRuns: true,
        validate: (secret) => {
            const decoded = Buffer.from(secret.replace(/^ABSK|^bedrock-api-key-/, ''), 'base64').toString('latin1');
            return secret.startsWith('ABSK') ? /^BedrockAPIKey-[\w-]+:\S{16,}/.test(decoded) : /^bedrock\.amazonaws\.com\/\?.*X-Amz-/.test(decoded);
        },
        docs: {
            form: 'ABSK<base64 of BedrockAPIKey-<id>:<secret>>', unsafe: 'AWS_BEARER_TOKEN_BEDROCK={secret}',
            rotate: 'Delete the long-term key (IAM → the Bedrock API key\'s service-specific credential) or let a short-term key expire, and move callers to IAM roles.',
            detection: 'Long-term keys (`ABSK` then the base64 of `BedrockAPIKey-…:…`) and short-term keys (`bedrock-api-key-` then a base64 pre-signed request to bedrock.amazonaws.com); the base64 part must decode to that content.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'openshift-user-token', family: 'cloud', name: 'OpenShift user token',
        keywords: ['sha256~'],
        pattern: /(?<![\w~-])sha256~[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
        docs: { form: 'sha256~<43 base64url>', unsafe: 'oc login --token={secret} --server=https://api.ops.example.com:6443', rotate: 'Delete the OAuth access token (`oc delete oauthaccesstoken <name>`, or log out that session) and log in again.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'terraform-cloud-token', family: 'cloud', name: 'Terraform Cloud / HCP Terraform API token',
        keywords: ['.atlasv1.'],
        pattern: /\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![A-Za-z0-9_=-])/g,
        docs: { form: '<14 base62>.atlasv1.<67 base64url>', rotate: 'Delete the token under User settings → Tokens (or the team/organization token page) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'pulumi-access-token', family: 'cloud', name: 'Pulumi access token',
        keywords: ['pul-'],
        pattern: /\bpul-[a-f0-9]{40}\b/g,
        docs: { form: 'pul-<40 hex>', rotate: 'Delete the token under Settings → Access tokens in Pulumi Cloud and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'doppler-token', family: 'cloud', name: 'Doppler token',
        keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
        pattern: /\bdp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}\b/g,
        docs: { form: 'dp.st.<43 base62>', rotate: 'Revoke the token in the Doppler dashboard (Access → tokens of the project or workplace) and issue a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'onepassword-service-account-token', family: 'cloud', name: '1Password service account token',
        keywords: ['ops_eyj'],
        pattern: /\bops_eyJ[A-Za-z0-9+/=_-]{200,}/g,
        allowInBlob: true,
        docs: { form: 'ops_eyJ<400 base64>', rotate: 'Revoke the service account\'s token in 1Password (Developer → Service accounts) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'scaleway-secret-key', family: 'cloud', name: 'Scaleway secret key',
        keywords: ['scw_secret', 'scaleway'],
        pattern: (0,rule/* contextPattern */.KH)('scw_secret_key|scaleway[\\w.-]{0,20}secret', cloud_UUID),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'SCW_SECRET_KEY={secret}', rotate: 'Delete the API key in the Scaleway console (IAM → API keys) and generate a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'linode-token', family: 'cloud', name: 'Linode (Akamai) API token',
        keywords: ['linode'],
        pattern: (0,rule/* contextPattern */.KH)('linode[\\w.-]{0,20}token', '[a-f0-9]{64}'),
        docs: { form: '<64 hex>', unsafe: 'LINODE_TOKEN={secret}', rotate: 'Revoke the token under My Profile → API Tokens in Cloud Manager.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'vercel-token', family: 'cloud', name: 'Vercel access token',
        keywords: ['vercel'],
        pattern: (0,rule/* contextPattern */.KH)('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
        docs: { form: '<24 base62>', unsafe: 'VERCEL_TOKEN={secret}', rotate: 'Delete the token under Account settings → Tokens in Vercel and create a new, scoped one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'render-api-key', family: 'cloud', name: 'Render API key',
        keywords: ['rnd_'],
        pattern: /\brnd_[A-Za-z0-9]{32}\b/g,
        docs: { form: 'rnd_<32 base62>', rotate: 'Revoke the key under Account settings → API keys in the Render dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'supabase-access-token', family: 'cloud', name: 'Supabase personal access token',
        keywords: ['sbp_'],
        pattern: /\bsbp_[a-f0-9]{40}\b/g,
        docs: { form: 'sbp_<40 hex>', rotate: 'Revoke it under Account → Access tokens in the Supabase dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'supabase-secret-key', family: 'cloud', name: 'Supabase secret API key',
        keywords: ['sb_secret_'],
        pattern: /\bsb_secret_[A-Za-z0-9_-]{31,}/g,
        docs: { form: 'sb_secret_<40 base64url>', rotate: 'Delete the secret key under Project settings → API keys and create a new one; it bypasses row-level security.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'planetscale-token', family: 'cloud', name: 'PlanetScale token or password',
        keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
        pattern: /\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.=-]{32,64}/g,
        docs: { form: 'pscale_pw_<43 base64url>', rotate: 'Delete the password or service token in the PlanetScale dashboard and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'databricks-token', family: 'cloud', name: 'Databricks access token',
        keywords: ['dapi'],
        pattern: /\bdapi[a-f0-9]{32}(?:-\d)?\b/g,
        docs: { form: 'dapi<32 hex>', rotate: 'Revoke it under User settings → Developer → Access tokens in the workspace.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'tailscale-key', family: 'cloud', name: 'Tailscale auth or API key',
        keywords: ['tskey-'],
        pattern: /\btskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{20,}\b/g,
        docs: { form: 'tskey-auth-<12 base62>-<32 base62>', rotate: 'Revoke the key in the admin console (Settings → Keys) and generate a new one, ephemeral where possible.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'ngrok-authtoken', family: 'cloud', name: 'ngrok authtoken or API key',
        keywords: ['ngrok'],
        pattern: (0,rule/* contextPattern */.KH)('ngrok[\\w.-]{0,20}(?:token|key)', '[0-9A-Za-z]{27}_[0-9A-Za-z]{20,22}'),
        docs: { form: '<27 base62>_<21 base62>', unsafe: 'NGROK_AUTHTOKEN={secret}', rotate: 'Reset the authtoken (or delete the API key) in the ngrok dashboard.' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/checksums.ts
/** Checksums that some credential formats carry, so a scanner can tell a real token from a look-alike. */
const CRC32_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, as zlib computes it) of a string's UTF-8 bytes. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC32_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** `n` in base 62 (digits, then upper case, then lower case), left-padded with zeros to `width`. */
function toBase62(n, width = 0) {
    let out = '';
    do {
        out = BASE62[n % 62] + out;
        n = Math.floor(n / 62);
    } while (n > 0);
    return out.padStart(width, '0');
}
/**
 * GitHub's token format (ghp_, gho_, ghu_, ghs_, ghr_) and npm's (npm_) end with 6 base62 characters
 * holding the CRC-32 of the random part, so a typo'd or invented token fails the check.
 */
function hasValidCrc32Suffix(token, prefixLength) {
    const body = token.slice(prefixLength, -6);
    const suffix = token.slice(-6);
    if (body.length === 0 || !/^[0-9A-Za-z]{6}$/.test(suffix))
        return false;
    return toBase62(crc32(body), 6) === suffix;
}
/** The Luhn check every payment card number passes. */
function passesLuhn(digits) {
    let sum = 0;
    let double = false;
    for (let i = digits.length - 1; i >= 0; i--) {
        let d = digits.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return false;
        if (double) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        double = !double;
    }
    return digits.length > 0 && sum % 10 === 0;
}
/**
 * A value in a checksummed token format (GitHub's gh?_…, npm's npm_…) whose checksum is wrong: an
 * invented look-alike. Generic and log rules skip these too, so a fake cannot sneak in as "a token".
 */
function failsKnownChecksum(value) {
    const m = /^(gh[pousr]|npm)_[A-Za-z0-9]{36}$/.exec(value);
    return !!m && !hasValidCrc32Suffix(value, m[1].length + 1);
}

;// CONCATENATED MODULE: ./src/checks/secrets/rules/secret-names.ts
/**
 * Which names hold secrets: the last word of `DB_PASSWORD`, `clientSecret`, `api-key` decides.
 * Shared by the generic assignment rules and the log rules (JSON fields, query parameters).
 */
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode']);
const SECRET_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials', 'privatekey', 'secretkey', 'accesskey', 'authtoken', 'accesstoken', 'refreshtoken']);
/** `…_key` is a secret only after one of these words; `primary_key`, `sort_key`, `cache_key` are not. */
const KEY_QUALIFIERS = new Set(['api', 'access', 'secret', 'private', 'auth', 'signing', 'encryption', 'encrypt', 'master', 'client', 'app', 'license', 'licence', 'service', 'account', 'session', 'hmac', 'jwt', 'cipher', 'aes', 'crypto', 'webhook', 'sdk', 'consumer', 'admin', 'write', 'shared']);
/** `…_token` that are not credentials: pagination, parsing, CSRF (rendered per request). */
const TOKEN_NON_SECRET = new Set(['page', 'next', 'continuation', 'pagination', 'cursor', 'sync', 'csrf', 'xsrf', 'cancellation', 'cancel', 'lexer', 'parser', 'sort', 'sequence', 'notification', 'push', 'device', 'registration', 'max', 'min', 'num', 'count', 'type', 'id', 'verification', 'invite', 'reset', 'confirm', 'confirmation', 'unsubscribe']);
/** Splits `DB_PASSWORD`, `clientSecret`, `api-key`, `config.db.password1` into lower-case words. */
function nameWords(name) {
    return name
        .replace(/^[$@:]+/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .map((w) => w.toLowerCase().replace(/\d+$/, ''))
        .filter(Boolean);
}
const MIGHT_BE_SECRET = /pass|pwd|secret|token|key|credential/i;
const cache = new Map();
/** Whether a variable, key or field name says it holds a password or another secret. */
function secretNameKind(name) {
    if (!MIGHT_BE_SECRET.test(name))
        return undefined;
    if (cache.has(name))
        return cache.get(name);
    const kind = classify(name);
    // Logs repeat the same few field names millions of times; a bounded cache keeps them cheap.
    if (cache.size > 10_000)
        cache.clear();
    cache.set(name, kind);
    return kind;
}
function classify(name) {
    const words = nameWords(name);
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    if (!last)
        return undefined;
    if (PASSWORD_WORDS.has(last))
        return 'password';
    if (last === 'key' || last === 'keys')
        return before && KEY_QUALIFIERS.has(before) ? 'secret' : undefined;
    if (last === 'token' || last === 'tokens')
        return before && TOKEN_NON_SECRET.has(before) ? undefined : 'secret';
    if (last === 'secret' || last === 'secrets')
        return before === 'no' ? undefined : 'secret';
    if (SECRET_WORDS.has(last))
        return 'secret';
    return undefined;
}
/** `…_KEY` names whose values are identifiers, not credentials, even when they are long hex strings. */
const NOT_CREDENTIAL_KEYS = new Set(['primary', 'foreign', 'sort', 'partition', 'cache', 'public', 'publishable', 'site', 'idempotency', 'lookup', 'map', 'row', 'shard', 'routing', 'object', 'storage', 'translation', 'i18n', 'unique', 'composite', 'natural', 'surrogate', 'dedupe', 'dedup', 'group', 'hash', 'index', 'search', 'browser', 'maps', 'recaptcha']);
/**
 * In an env or config file, a hex string under `*_KEY` (`ENCRYPTION_KEY`, `STRIPE_KEY`), or under
 * Rails' `SECRET_KEY_BASE`, is a credential; identifiers such as `CACHE_KEY` and `SITE_KEY` are not.
 */
function isHexCredentialName(name) {
    const words = nameWords(name);
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    if (last === 'base' && before === 'key' && words[words.length - 3] === 'secret')
        return true;
    return (last === 'key' || last === 'keys') && !!before && !NOT_CREDENTIAL_KEYS.has(before);
}
const SECRET_WORD = /pass(?:word|wd|phrase|code)?|pwd|secrets?|tokens?|keys?|credentials?/gi;
function isKeyChar(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 46 || code === 45;
}
/**
 * The spans [start, end) of names in a line that end with a secret word (`DB_PASSWORD`, `"client_secret"`,
 * `apiKey2`), found from the words outwards: one quick search instead of a match attempt at every
 * position of a long line. Callers look at what follows each name (`=`, `:`, a quote).
 */
function* secretNameSpans(line) {
    SECRET_WORD.lastIndex = 0;
    for (let w = SECRET_WORD.exec(line); w; w = SECRET_WORD.exec(line)) {
        // The name must end with the word (digits allowed: password2): `tokenType` is not a secret's name.
        let end = w.index + w[0].length;
        while (end < line.length && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57)
            end++;
        if (end < line.length && isKeyChar(line.charCodeAt(end)))
            continue;
        let start = w.index;
        while (start > 0 && (isKeyChar(line.charCodeAt(start - 1)) || line[start - 1] === '@'))
            start--;
        // A name may follow an escape, as in a string holding a whole .env file: "…\nAPI_KEY='…'".
        if (start > 0 && line[start - 1] === '\\' && /[nrt]/.test(line[start]))
            start++;
        yield [start, end];
        SECRET_WORD.lastIndex = Math.max(SECRET_WORD.lastIndex, end);
    }
}

;// CONCATENATED MODULE: ./src/checks/secrets/rules/generic.ts





/** After a secret-named key: `= "value"`, `: 'value'`, `=> "value"`, `:= "value"` (a closing key quote first, if any). */
const OPERATOR_AND_VALUE = /["']?\s{0,4}(?::=|=>|:|\?\?=|\|\|=|=(?![=~>]))\s{0,4}(?:[rbuRBU]{1,2}(?=["'])|@(?=["']))?(["'`])((?:\\.|(?!\1)[^\\\n]){1,512}?)\1/y;
/** After a quoted name passed to an environment lookup: `", "value"` or `', default='value'`. */
const FALLBACK_VALUE = /["']\s{0,3},\s{0,3}(?:default\s{0,2}=\s{0,2})?(["'])((?:\\.|(?!\1)[^\\\n]){1,512}?)\1/y;
/** `key = "value"`, `"key": 'value'`, `key => "value"`, `key := "value"`, XML attributes. */
function quotedAssignments(line) {
    const out = [];
    for (const [keyStart, keyEnd] of secretNameSpans(line)) {
        OPERATOR_AND_VALUE.lastIndex = keyEnd;
        let m = OPERATOR_AND_VALUE.exec(line);
        // `os.environ.get("SECRET_KEY", "…")`, `env("API_TOKEN", default="…")`: the fallback is a committed value.
        if (!m && keyStart > 0 && /["']/.test(line[keyStart - 1])) {
            FALLBACK_VALUE.lastIndex = keyEnd;
            m = FALLBACK_VALUE.exec(line);
        }
        if (!m)
            continue;
        const end = m.index + m[0].length - 1; // before the closing quote
        const value = m[2];
        out.push({ key: line.slice(keyStart, keyEnd), value: value.replace(/\\(.)/g, '$1'), start: end - value.length, end, quoted: true });
    }
    return out;
}
/** `KEY=value`, `key: value` in .env, YAML, INI, properties and shell files. */
const UNQUOTED = /^\s*(?:-\s+)?(?:export\s+|ENV\s+|set\s+)?(?<key>[A-Za-z_][\w.-]{0,80})\s{0,4}(?:=|:)\s{0,4}(?<value>[^\s"'`#;][^\s]*)/;
/** `<password>value</password>` */
const XML_ELEMENT = /<(?<key>[A-Za-z_][\w.-]{0,60})>(?<value>[^<\s]{1,256})<\/\k<key>>/g;
/** Values that are words, types or flags, not secrets. */
const NOT_A_VALUE = /^(?:password|passwd|secret|token|key|apikey|changeit|admin|root|required|optional|string|str|text|bool|boolean|number|int|integer|hidden|empty|unknown|none|null|nil|undefined|true|false|yes|no|on|off|n\/a|tbd|todo|\*+|-+|\.+)$/i;
/**
 * A value that names where the secret lives instead of holding it, recognised by syntax: `${X}`,
 * `$X`, `{{ x }}`, `#{x}`, `%(x)s`, `env(...)`, a dotted config path, a file path, a URL without
 * credentials, an email address. Punctuation alone proves nothing: generated keys (Django's among
 * them) are full of `$`, `(`, `@`, `!`, `&`, `*` and `%`. In unquoted config values YAML's own
 * syntax also counts: `!tag`, `&anchor`, `*alias`, and Spring's `@property@`.
 */
function isReference(value, quoted) {
    if (/^\$[A-Za-z_][\w]*$|^\$\{[^}]+\}|\$\{[A-Za-z_][\w.:-]*(?::-?[^}]*)?\}|\{\{[^}]*\}\}|#\{[^}]+\}|%\([A-Za-z_]\w*\)[sd]|^%[A-Z_][A-Z0-9_]*%$/.test(value))
        return true;
    if (/^(?:[A-Za-z_][\w.]*\.)?(?:env|getenv|environ|config|secret|vault|lookup|fetch|get)\s*[([]/i.test(value))
        return true;
    if (!quoted && /^[!&*@]|^\$/.test(value))
        return true;
    return /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) || // config.db.password
        /^(?:~|\.{1,2})?\/[\w.@-]+(?:\/[\w.@-]*)+$/.test(value) || // /etc/app/secret, ./keys/dev
        /^[A-Za-z][\w+.-]*:\/\/[^@]*$/.test(value) || // a URL without credentials
        /\.(?:pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|conf|cfg|ini|properties|toml|js|ts|py|rb|go|sh)$/i.test(value) ||
        /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value); // an email address
}
/**
 * `INVALID_CREDENTIALS`, `password_reset_token_expired`, `Access-Control-Allow-Credentials`,
 * `etcd-cluster-k8s`: a constant's or a header's name, not a value. Every part is a word in one case
 * (lower, upper or capitalised), and at most one part holds a digit.
 */
function isIdentifierConstant(value) {
    const parts = value.split(/[_.:-]/);
    if (parts.length < 2 || parts.some((p) => !/^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*|[A-Z][a-z0-9]+)$/.test(p)))
        return false;
    return parts.filter((p) => /\d/.test(p)).length <= 1;
}
/** A value in base64 (as Kubernetes Secret data is) that decodes to a default, a placeholder or a word. */
function decodesToNothingSecret(value) {
    if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value))
        return false;
    const decoded = Buffer.from(value, 'base64').toString('utf8').replace(/\r?\n$/, '');
    if (!/^[\x20-\x7e]+$/.test(decoded))
        return false;
    return decoded.length < 8 || (0,value_shape/* isPlaceholder */.wK)(decoded) || (0,value_shape/* looksMadeUp */.r6)(decoded) || NOT_A_VALUE.test(decoded) || /^[a-z]+$/.test(decoded) || isIdentifierConstant(decoded);
}
/** Words a translator writes for "password" or "token": letters outside ASCII, or several words. */
function isNaturalLanguage(value) {
    return /^[\p{L}\p{M}' .-]+$/u.test(value) && /[^\x00-\x7f]/.test(value);
}
/** Whether a literal assigned to a secret-named key looks like a real secret. */
function looksLikeSecretValue(value, kind, options = { quoted: true, hexIsSecret: false }) {
    if (/\s/.test(value) || NOT_A_VALUE.test(value) || (0,value_shape/* isMasked */.So)(value) || (0,value_shape/* isPlaceholder */.wK)(value) || isReference(value, options.quoted))
        return false;
    if (isIdentifierConstant(value) || isNaturalLanguage(value) || decodesToNothingSecret(value))
        return false;
    // Keys that are public by design: Stripe publishable keys, PostHog project keys.
    if (/^(?:pk_(?:live|test)_|phc_)/.test(value))
        return false;
    // One case of letters and nothing else is a word or a phrase run together, not a generated secret.
    if (/^(?:[a-z]+|[A-Z]+)$/.test(value))
        return false;
    const hex = /^[0-9a-f]{32,128}$/i.test(value);
    if (hex && options.hexIsSecret)
        return (0,secrets_entropy/* shannonEntropy */.l)(value) >= 3;
    if ((0,value_shape/* looksMadeUp */.r6)(value) || (0,value_shape/* isHash */.jN)(value) || (0,value_shape/* isUuid */.O1)(value) || failsKnownChecksum(value))
        return false;
    // JWT-shaped values are the jwt rule's to judge (it skips unsigned, sample and public anon tokens).
    if (/^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/.test(value))
        return false;
    if (/^\d+$/.test(value) || /^[a-z]+$/i.test(value) && value.length < 16)
        return false;
    const entropy = (0,secrets_entropy/* shannonEntropy */.l)(value);
    if (kind === 'password')
        return value.length >= 8 && entropy >= 2.5 && ((0,secrets_entropy/* characterClasses */.S)(value) >= 2 || value.length >= 16);
    return value.length >= 16 && entropy >= 3.2 && (0,secrets_entropy/* characterClasses */.S)(value) >= 2;
}
function* assignments(line, kind) {
    if (/["'`]/.test(line))
        yield* quotedAssignments(line);
    if (!line.includes('</'))
        return yield* unquoted(line, kind);
    XML_ELEMENT.lastIndex = 0;
    for (let m = XML_ELEMENT.exec(line); m; m = XML_ELEMENT.exec(line)) {
        const start = m.index + m.groups.key.length + 2; // after <key>
        yield { key: m.groups.key, value: m.groups.value, start, end: start + m.groups.value.length, quoted: true };
    }
    yield* unquoted(line, kind);
}
function* unquoted(line, kind) {
    if (kind !== 'config')
        return;
    const m = UNQUOTED.exec(line);
    if (m) {
        const end = m.index + m[0].length; // the value ends the match
        yield { key: m.groups.key, value: m.groups.value, start: end - m.groups.value.length, end, quoted: false };
    }
}
function genericRule(id, kind, name, keywords, docs) {
    return {
        meta: {
            id, check: 'secrets', severity: 'error',
            description: `${name} in the code or a config file.`,
            help: `${docs.rotate} Read it from the environment or a secret store instead. ${rule/* ALLOW_HELP */.aA}`,
        },
        family: 'generic', name, keywords, docs, generic: true,
        find(line, context) {
            const out = [];
            const seen = new Set();
            for (const a of assignments(line, context.kind)) {
                if (seen.has(a.start))
                    continue;
                const hexIsSecret = context.kind === 'config';
                const named = secretNameKind(a.key) === kind ||
                    (kind === 'secret' && hexIsSecret && /^[0-9a-f]{32,128}$/i.test(a.value) && isHexCredentialName(a.key));
                if (!named || !looksLikeSecretValue(a.value, kind, { quoted: a.quoted, hexIsSecret }))
                    continue;
                seen.add(a.start);
                const name = a.key.replace(/^[$@:]+/, '').slice(0, 60);
                out.push({ start: a.start, end: a.end, secret: a.value, detail: `assigned to ${name}` });
            }
            return out;
        },
    };
}
const GENERIC_PASSWORD_RULE = genericRule('generic-password-assignment', 'password', 'Hard-coded password', ['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode'], {
    form: '<12 base62>', unsafe: 'smtp_password = "{secret}"',
    safe: 'smtp_password = os.environ["SMTP_PASSWORD"]',
    rotate: 'Change the password wherever it is used.',
    detection: 'A name ending in password, passwd, pwd, pass or passphrase assigned a quoted literal (or, in .env, YAML, INI and properties files, a bare value) of at least 8 characters mixing at least two kinds of characters. Skipped: templates and references (`${VAR}`, `{{ secrets.X }}`, `process.env.X`), placeholders, words such as `changeme` or `test`, hashes and UUIDs. In tests, fixtures, docs and vendored code it is a warning, and in locale files it is not reported (`secrets.contexts`): made-up values are the norm there, but a real one leaks all the same.',
});
const GENERIC_SECRET_RULE = genericRule('generic-secret-assignment', 'secret', 'Hard-coded secret, token or API key', ['secret', 'token', '_key', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'privatekey', 'auth_key', 'authkey', 'signing_key', 'signingkey', 'encryption_key', 'encryptionkey', 'master_key', 'masterkey', 'client_key', 'clientkey', 'credential', 'app_key', 'appkey', 'session_key', 'webhook_key', 'license_key'], {
    form: '<32 base62>', unsafe: 'SESSION_SECRET={secret}',
    safe: 'SESSION_SECRET=${SESSION_SECRET}   # injected by the deploy from a secret store',
    rotate: 'Rotate the secret at its issuer (or generate a new one) and update every place that uses it.',
    detection: 'A name ending in secret, token, credential(s) or a qualified key (api_key, secret_key, private_key, signing_key, …) assigned a literal of at least 16 characters with entropy of at least 3.2 bits per character, or the fallback of an environment lookup (`os.environ.get("SECRET_KEY", "…")`, `env("API_TOKEN", default="…")`). References are recognised by their syntax (`${X}`, `$X`, `{{ x }}`, `%(x)s`, `env(…)`, a dotted config path, YAML aliases and tags), not by punctuation: a Django key full of `$`, `(`, `@` and `%` is reported. In env and config files a hex string under `*_SECRET`, `*_TOKEN`, `*_KEY` (not `CACHE_KEY`, `SITE_KEY` and other identifiers) or `SECRET_KEY_BASE` is a credential, not a hash. Pagination and CSRF tokens, `primary_key`-style names, constants such as `INVALID_CREDENTIALS`, translated words, placeholders, hashes in code and UUIDs are skipped. In tests, fixtures, docs and vendored code it is a warning, and in locale files it is not reported (`secrets.contexts`): made-up values are the norm there, but a real one leaks all the same.',
});
const GENERIC_RULES = [GENERIC_PASSWORD_RULE, GENERIC_SECRET_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/urls.ts


/**
 * Credentials inside URLs and connection strings. Local and documentation hosts (localhost,
 * 127.0.0.1, *.local, *.test, example.com, …) and the well-known default passwords of local
 * containers (postgres, root, guest, …) are skipped: such a URL cannot reach anything outside
 * the developer's machine, and reporting every docker-compose file would bury real findings.
 */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|(?:[\w-]+\.)*(?:localhost|local|test|example|invalid|internal\.example)|(?:[\w-]+\.)*example\.(?:com|org|net))$/i;
/** Default or throwaway passwords of local databases and brokers; not secrets in any real sense. */
const WEAK_DEFAULT = /^(?:postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|root|admin|administrator|guest|user|username|pass|passwd|password|secret|changeme|changeit|test|testing|demo|example|sample|dev|development|local|default|sa|letmein|1234|12345|123456|\*+)$/i;
/** A URL password that is a template, a placeholder, a default, or the user name again. */
function isNotARealPassword(password, user) {
    let decoded = password;
    try {
        decoded = decodeURIComponent(password);
    }
    catch { /* keep as is */ }
    return (0,value_shape/* isPlaceholder */.wK)(decoded) || (0,value_shape/* looksMadeUp */.r6)(decoded) || WEAK_DEFAULT.test(decoded) || decoded === user || /^[:%$]|^\{.*\}$|%s|%\(|\$\{|\{\{/.test(decoded);
}
function isLocalHost(host) {
    return LOCAL_HOST.test(host);
}
const DB_SCHEMES = 'postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j(?:\\+s)?|bolt|couchbases?|cassandra|oracle|db2|memcached|nats|ldaps?|mqtts?|kafka';
const DB_URL = new RegExp(`\\b(?:jdbc:)?(?<scheme>${DB_SCHEMES}):\\/\\/(?<user>[^\\s:/@"'\`<>]*):(?<secret>[^\\s/"'\`<>]+)@(?<host>\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9._-]+)`, 'gid');
const WEB_URL = /\b(?<scheme>(?:git\+)?https?|ftps?|sftp|ssh|git|svn|smb|wss?|rsync|webdav):\/\/(?<user>[^\s:/@"'`<>]+):(?<secret>[^\s/"'`<>]+)@(?<host>\[[0-9a-fA-F:]+\]|[A-Za-z0-9._-]+)/gid;
function urlRule(id, name, pattern, keywords, docs) {
    return {
        meta: {
            id, check: 'secrets', severity: 'error',
            description: `${name} in the code or a log.`,
            help: `${docs.rotate} Keep the URL without credentials in the code and pass the password separately (an environment variable or a secret store). ${rule/* ALLOW_HELP */.aA}`,
        },
        family: 'urls', name, keywords, docs, generic: true,
        find(line) {
            const out = [];
            if (!line.includes('@'))
                return out;
            pattern.lastIndex = 0;
            for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
                const { user, secret, host } = m.groups;
                if (secret.length < 4 || isLocalHost(host) || isNotARealPassword(secret, user))
                    continue;
                const [start, end] = m.indices.groups.secret;
                out.push({ start, end, secret: secret });
            }
            return out;
        },
    };
}
const DATABASE_URL_RULE = urlRule('database-url-password', 'Database or broker URL with a password', DB_URL, ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'neo4j', 'bolt://', 'couchbase', 'cassandra', 'oracle://', 'db2://', 'memcached', 'nats://', 'ldap', 'mqtt', 'kafka://'], {
    form: '<password>', unsafe: 'DATABASE_URL=postgres://app:{secret}@db.prod.internal:5432/app',
    safe: 'DATABASE_URL=postgres://app@db.prod.internal:5432/app   # password from PGPASSWORD or a secret store',
    rotate: 'Change the database user\'s password (ALTER ROLE … PASSWORD) and update every client.',
    detection: 'postgres, mysql, mariadb, mongodb(+srv), redis(s), amqp(s), mssql, clickhouse, neo4j and other schemes, also after `jdbc:`. Skipped: local or documentation hosts (localhost, 127.0.0.1, *.local, *.test, *.example, example.com), templates (`${DB_PASSWORD}`), default passwords of local containers (postgres, root, guest, password, …) and made-up ones (containing test, fixture, example, …). In tests, fixtures, docs and vendored code it is a warning (`secrets.contexts`).',
});
const BASIC_AUTH_URL_RULE = urlRule('basic-auth-url', 'URL with an embedded user name and password', WEB_URL, ['://'], {
    form: '<password>', unsafe: 'registry: https://deploy:{secret}@npm.internal.corp/repository/',
    rotate: 'Change the password (or revoke the token) used in the URL.',
    detection: 'http(s), ftp, ssh, git, svn, smb, ws(s) and rsync URLs of the form `scheme://user:password@host`. Local and documentation hosts, templates and default passwords are skipped. A known token in the URL (a GitHub token, say) is reported by its own rule instead.',
});
const CONN_PASSWORD = /(?<![\w-])(?:Password|Pwd)\s*=\s*(?<secret>"[^"]+"|'[^']+'|\{[^}]+\}|[^;"'\s]+)/gid;
const CONN_OTHER_KEY = /(?:^|[;"'\s])(?:Server|Data Source|Host|Address|Addr|Network Address|Database|Initial Catalog|User ID|UID|User Id|Username|DSN|Driver)\s*=\s*[^;]*;/i;
const CONNECTION_STRING_RULE = {
    meta: {
        id: 'connection-string-password', check: 'secrets', severity: 'error',
        description: 'An ADO.NET, ODBC or JDBC-style connection string with a password in the code or a log.',
        help: `Change the database password, then keep the connection string without it (integrated or managed identity auth, or the password from a secret store). ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'urls', generic: true,
    name: 'Connection string with a password',
    keywords: ['password', 'pwd'],
    docs: {
        form: '<password>', unsafe: 'Server=sql.prod.internal;Database=ops;User ID=app;Password={secret};',
        safe: 'Server=sql.prod.internal;Database=ops;Authentication=Active Directory Managed Identity;',
        rotate: 'Change the database user\'s password and update every client.',
        detection: '`Password=` or `Pwd=` in a `key=value;` string that also names a server, database or user. Local hosts, templates and default passwords are skipped.',
    },
    find(line) {
        const out = [];
        if (!CONN_OTHER_KEY.test(line))
            return out;
        const host = /(?:Server|Data Source|Host|Address)\s*=\s*(?:tcp:)?([^;,\\\s]+)/i.exec(line)?.[1];
        if (host && isLocalHost(host.replace(/^\(localdb\).*$|^\.$/i, 'localhost')))
            return out;
        const user = /(?:User ID|UID|User Id|Username|User)\s*=\s*([^;]*)/i.exec(line)?.[1] ?? '';
        CONN_PASSWORD.lastIndex = 0;
        for (let m = CONN_PASSWORD.exec(line); m; m = CONN_PASSWORD.exec(line)) {
            let [start, end] = m.indices.groups.secret;
            let secret = m.groups.secret;
            if (/^["'{]/.test(secret)) {
                secret = secret.slice(1, -1);
                start++;
                end--;
            }
            if (secret.length < 4 || isNotARealPassword(secret, user))
                continue;
            out.push({ start, end, secret });
        }
        return out;
    },
};
const URL_RULES = [DATABASE_URL_RULE, BASIC_AUTH_URL_RULE, CONNECTION_STRING_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/http.ts





/**
 * Credentials written into HTTP requests in code, config and docs: `Authorization: Bearer …` and
 * `Basic …` headers (curl `-H`, HTTP snippets, header objects in code) and curl's `-u user:password`.
 * Logs have their own rules (log-bearer-token, log-basic-auth), so these skip log files.
 */
const HEADER = /\bauthorization["']?\s{0,3}[:=,]\s{0,3}["'`]?\s{0,2}(?<scheme>Bearer|Token|Basic)\s+(?<secret>[A-Za-z0-9._~+/-]{12,}={0,2})(?![A-Za-z0-9._~+/=-])/gid;
const CURL_USER = /(?:^|\s)(?:-u|--user|-a|--auth)(?:\s+|=)(?<quote>["']?)(?<user>[^\s:"'$]{1,64}):(?<secret>[^\s"']{1,200})\k<quote>(?=\s|$)/gd;
/** A bearer value that reads like a random credential rather than an example or a variable. */
function looksLikeToken(value) {
    if (value.length < 16 || (0,value_shape/* isPlaceholder */.wK)(value) || (0,value_shape/* looksMadeUp */.r6)(value) || failsKnownChecksum(value))
        return false;
    if (/^eyJ/.test(value))
        return false; // JWTs are the jwt rule's to judge
    if (/^[A-Za-z]+$/.test(value) && value.length < 24)
        return false; // a word such as "undefined" or "accessToken"
    return (0,secrets_entropy/* shannonEntropy */.l)(value) >= 3.3;
}
/** Basic credentials: base64 of printable `user:password` with a password that is not a default. */
function basicPassword(value) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded))
        return false;
    return !isNotARealPassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}
const http_ROTATE = 'Revoke the token or change the password at its issuer, then pass it at run time (an environment variable, a secret store, curl\'s `--netrc-file` or `-H @file`).';
const AUTHORIZATION_HEADER_RULE = {
    meta: {
        id: 'authorization-header', check: 'secrets', severity: 'error',
        description: 'An Authorization header with a literal Bearer or Basic credential in code, config or docs (curl -H, HTTP snippets, header objects).',
        help: `${http_ROTATE} ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'http', name: 'Credential in an Authorization header', keywords: ['authorization'], generic: true,
    docs: {
        form: '<40 base62>', unsafe: 'curl -H "Authorization: Bearer {secret}" https://api.ops.example.com/v1/tasks',
        safe: 'curl -H "Authorization: Bearer $OPS_API_TOKEN" https://api.ops.example.com/v1/tasks',
        rotate: http_ROTATE,
        detection: 'A `Bearer`, `Token` or `Basic` credential after `Authorization` in a curl `-H` option, an HTTP snippet or a header object. Bearer values must look random (16+ characters, not a word, a variable or a placeholder); JWTs are left to the `jwt` rule; Basic values must decode to `user:password` with a password that is not a default such as `password` or `admin`. Not run on log files: log-bearer-token and log-basic-auth report those.',
    },
    find(line, context) {
        const out = [];
        if (context.kind === 'log')
            return out;
        HEADER.lastIndex = 0;
        for (let m = HEADER.exec(line); m; m = HEADER.exec(line)) {
            const secret = m.groups.secret;
            const basic = /^basic$/i.test(m.groups.scheme);
            if (basic ? !basicPassword(secret) : !looksLikeToken(secret))
                continue;
            const [start, end] = m.indices.groups.secret;
            out.push({ start, end, secret, detail: basic ? 'Basic' : m.groups.scheme });
        }
        return out;
    },
};
const CURL_USER_RULE = {
    meta: {
        id: 'curl-user-password', check: 'secrets', severity: 'error',
        description: 'A password given on a curl (or HTTPie) command line with -u/--user user:password.',
        help: `${http_ROTATE} ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'http', name: 'Password in a curl -u option', keywords: ['curl', 'http ', 'https ', 'wget'], generic: true,
    docs: {
        form: '<16 base62>', unsafe: 'curl -u deploy:{secret} https://ci.ops.example.com/job/release/build',
        safe: 'curl --netrc-file "$RUNNER_TEMP/netrc" https://ci.ops.example.com/job/release/build',
        rotate: http_ROTATE,
        detection: 'The password part of `-u user:password`, `--user=user:password` (curl) and `-a`/`--auth` (HTTPie) on a line that runs curl, wget or HTTPie. Variables (`$PASS`), placeholders and defaults of local services are skipped, and so is `-u user:` with no password.',
    },
    find(line, context) {
        const out = [];
        if (context.kind === 'log' || !/\b(?:curl|wget|https?)\b/.test(line))
            return out;
        CURL_USER.lastIndex = 0;
        for (let m = CURL_USER.exec(line); m; m = CURL_USER.exec(line)) {
            const { user, secret } = m.groups;
            if (secret.length < 6 || /^\$/.test(secret) || isNotARealPassword(secret, user))
                continue;
            const [start, end] = m.indices.groups.secret;
            out.push({ start, end, secret: secret });
        }
        return out;
    },
};
const HTTP_RULES = [AUTHORIZATION_HEADER_RULE, CURL_USER_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/logs.ts





/**
 * Log-aware rules: credentials a running app printed. A log line carrying any live credential is a
 * leak, whatever its entropy, so these rules only skip values that are visibly masked or empty.
 */
function isMaskedOrEmpty(value) {
    const v = value.trim();
    return v === '' || (0,value_shape/* isMasked */.So)(v) || (0,value_shape/* isPlaceholder */.wK)(v) || failsKnownChecksum(v);
}
const ROTATE_SESSION = 'Revoke the token or session (sign the user out, rotate the credential), then stop logging it: redact Authorization and Cookie headers in the HTTP logger.';
function logRule(spec) {
    const { id, description, help, ...rest } = spec;
    return { meta: { id, check: 'secrets', severity: 'error', description, help: `${help} ${rule/* ALLOW_HELP */.aA}` }, family: 'logs', scope: 'logs', ...rest };
}
const BEARER = /\b(?:Bearer|Token)\s+(?<secret>[A-Za-z0-9._~+/-]{8,}=*)/gd;
const BEARER_CONTEXT = /(?:authorization|bearer|x-api-key|token)/i;
const LOG_BEARER_RULE = logRule({
    id: 'log-bearer-token',
    description: 'A bearer token printed in a log (an Authorization header or a `Bearer …` value).',
    help: ROTATE_SESSION,
    name: 'Bearer token in a log',
    keywords: ['bearer', 'authorization'],
    docs: {
        form: '<40 base62>', unsafe: '2024-05-01T10:00:00Z DEBUG request headers: {"authorization":"Bearer {secret}"}',
        safe: '2024-05-01T10:00:00Z DEBUG request headers: {"authorization":"[REDACTED]"}',
        rotate: ROTATE_SESSION,
        why: 'Anyone who can read the log (CI viewers, log storage, support tools) can replay the token until it expires.',
        detection: '`Bearer <token>` anywhere in a log line, and `Authorization: Token <token>`. Values already masked (`***`, `[REDACTED]`, `<token>`) are skipped.',
    },
    find(line) {
        const out = [];
        BEARER.lastIndex = 0;
        for (let m = BEARER.exec(line); m; m = BEARER.exec(line)) {
            if (/^Token/i.test(m[0]) && !/authorization/i.test(line))
                continue;
            if (!BEARER_CONTEXT.test(line))
                continue;
            const secret = m.groups.secret;
            if (isMaskedOrEmpty(secret) || /^(?:token|undefined|null|realm)/i.test(secret))
                continue;
            const [start, end] = m.indices.groups.secret;
            out.push({ start, end, secret });
        }
        return out;
    },
});
const BASIC = /\bBasic\s+(?<secret>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gd;
const LOG_BASIC_AUTH_RULE = logRule({
    id: 'log-basic-auth',
    description: 'A Basic Authorization header (a base64 user name and password) printed in a log.',
    help: 'Change the password, then redact Authorization headers in the HTTP logger.',
    name: 'Basic auth credentials in a log',
    keywords: ['basic '],
    docs: {
        form: '<base64 of user:password>', unsafe: 'proxy: forwarding Authorization: Basic {secret}',
        safe: 'proxy: forwarding Authorization: Basic [REDACTED]',
        rotate: 'Change the password.',
        why: 'Base64 is an encoding, not encryption: the password can be read straight from the log.',
        detection: 'The value must decode to printable `user:password` with a non-empty password.',
    },
    find(line) {
        const out = [];
        BASIC.lastIndex = 0;
        for (let m = BASIC.exec(line); m; m = BASIC.exec(line)) {
            const decoded = Buffer.from(m.groups.secret, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded))
                continue;
            if (isMaskedOrEmpty(decoded.slice(colon + 1)))
                continue;
            const [start, end] = m.indices.groups.secret;
            out.push({ start, end, secret: m.groups.secret });
        }
        return out;
    },
});
const COOKIE_HEADER = /\b(?<header>set-cookie|cookie)["']?\s*[:=]\s*["']?/gid;
const SESSION_NAME = /sess|sid$|^sid|jsessionid|phpsessid|auth|token|jwt|remember|login|__host-|__secure-|connect\.sid|identity|credential/i;
const COOKIE_ATTRIBUTE = /^(?:path|domain|expires|max-age|samesite|secure|httponly|priority|partitioned|version|comment)$/i;
const LOG_SESSION_COOKIE_RULE = logRule({
    id: 'log-session-cookie',
    description: 'A session cookie value (Cookie or Set-Cookie) printed in a log.',
    help: 'Invalidate the session (sign the user out or rotate the session store), then redact Cookie and Set-Cookie headers in the HTTP logger.',
    name: 'Session cookie in a log',
    keywords: ['cookie'],
    docs: {
        form: '<32 base62>', unsafe: 'DEBUG response: Set-Cookie: session={secret}; Path=/; HttpOnly; Secure',
        safe: 'DEBUG response: Set-Cookie: session=[REDACTED]; Path=/; HttpOnly; Secure',
        rotate: 'Invalidate the session.',
        why: 'A session cookie signs its holder in as the user: whoever reads the log can take over the session.',
        detection: 'Cookies named like a session (session, sid, auth, token, jwt, remember, __Host-…) or any cookie value of at least 16 random-looking characters. Cookie attributes and masked values are skipped.',
    },
    find(line) {
        const out = [];
        COOKIE_HEADER.lastIndex = 0;
        for (let h = COOKIE_HEADER.exec(line); h; h = COOKIE_HEADER.exec(line)) {
            const isSet = /^set-/i.test(h.groups.header);
            const pairs = /(?<name>[!#$%&'*+\-.^_`|~0-9A-Za-z]+)=(?<value>"[^"]*"|[^;,\s"']*)/gy;
            let position = h.index + h[0].length;
            for (let first = true; position < line.length; first = false) {
                pairs.lastIndex = position;
                const m = pairs.exec(line);
                if (!m)
                    break;
                const { name, value } = m.groups;
                const valueStart = m.index + m[0].length - value.length;
                const raw = value.replace(/^"|"$/g, '');
                const offset = value.startsWith('"') ? 1 : 0;
                const secretName = SESSION_NAME.test(name);
                const random = raw.length >= 16 && (0,secrets_entropy/* shannonEntropy */.l)(raw) >= 3.5;
                if (!COOKIE_ATTRIBUTE.test(name) && raw.length >= 8 && (secretName || random) && !isMaskedOrEmpty(raw) && raw !== 'deleted') {
                    out.push({ start: valueStart + offset, end: valueStart + offset + raw.length, secret: raw });
                }
                // Set-Cookie carries one cookie followed by attributes; Cookie carries many pairs.
                if (isSet && first)
                    break;
                position = m.index + m[0].length;
                const sep = /^\s*[;,]\s*/.exec(line.slice(position, position + 16));
                if (!sep)
                    break;
                position += sep[0].length;
            }
        }
        return out;
    },
});
/** What follows a secret-named field: a JSON value (`": "value"`) or a `key=value` value. */
const JSON_VALUE = /"\s*:\s*"((?:\\.|[^"\\]){1,1024})"/y;
const KV_VALUE = /=("(?:\\.|[^"\\]){1,1024}"|[^\s&,;"'<>]{1,1024})/y;
const LOG_PASSWORD_FIELD_RULE = logRule({
    id: 'log-password-field',
    description: 'A password or secret field printed in a log (a logged JSON body, form or key=value line).',
    help: 'Change the leaked password or secret, then make the logger drop or redact the field (a redaction list in the logger, or never log request bodies).',
    name: 'Password or secret field in a log',
    keywords: ['pass', 'pwd', 'secret', 'token', 'api_key', 'apikey', 'api-key', 'private_key', 'credential', 'key"', 'key='],
    docs: {
        form: '<12 base62>', unsafe: 'INFO POST /api/login body={"email":"ops@example.com","password":"{secret}"}',
        safe: 'INFO POST /api/login body={"email":"ops@example.com","password":"[REDACTED]"}',
        rotate: 'Change the password or secret.',
        why: 'Request bodies in logs carry whatever users typed; a logged password is readable by everyone with log access.',
        detection: 'JSON fields and `key=value` pairs whose name ends in password, passwd, pwd, pass, secret, token, credential(s) or a qualified key (api_key, private_key, …). Masked and empty values are skipped.',
    },
    find(line) {
        const out = [];
        for (const [keyStart, keyEnd] of secretNameSpans(line)) {
            const json = line[keyEnd] === '"' && line[keyStart - 1] === '"';
            // key=value right after ? or & is a query parameter: log-query-secret's.
            if (!json && (line[keyEnd] !== '=' || /[&?/]/.test(line[keyStart - 1] ?? '')))
                continue;
            if (!secretNameKind(line.slice(keyStart, keyEnd)))
                continue;
            const pattern = json ? JSON_VALUE : KV_VALUE;
            pattern.lastIndex = keyEnd;
            const m = pattern.exec(line);
            if (!m)
                continue;
            let value = m[1];
            // The value ends the match (JSON: before the closing quote).
            let end = m.index + m[0].length - (json ? 1 : 0);
            let start = end - value.length;
            if (value.startsWith('"')) {
                value = value.slice(1, -1);
                start++;
                end--;
            }
            if (value.length < 4 || isMaskedOrEmpty(value) || /^(?:bearer|basic)$/i.test(value))
                continue;
            out.push({ start, end, secret: value });
        }
        return out;
    },
});
const QUERY_PARAM = /[?&](?<key>[A-Za-z_][\w.-]{0,60})=(?<value>[^&\s#"'<>]{1,2048})/g;
const QUERY_SECRET_NAMES = /^(?:sig|signature|x-amz-signature|x-goog-signature|x-amz-security-token|x-amz-credential|auth|jwt|session|sessionid|sid|apikey|api-key|key|code_verifier)$/i;
const LOG_QUERY_SECRET_RULE = logRule({
    id: 'log-query-secret',
    description: 'A token, key, password or signature in a logged URL query string.',
    help: 'Revoke or rotate the credential, send it in a header or body instead of the URL, and strip query strings from access logs.',
    name: 'Secret in a logged query string',
    keywords: ['token=', 'key=', 'secret=', 'password=', 'passwd=', 'pwd=', 'sig=', 'signature=', 'auth=', 'session=', 'sid=', 'jwt=', 'credential=', 'apikey=', 'api-key=', 'api_key=', 'verifier='],
    docs: {
        form: '<32 base62>', unsafe: '10.0.0.7 - - "GET /export?format=csv&access_token={secret} HTTP/1.1" 200',
        safe: '10.0.0.7 - - "GET /export?format=csv&access_token=[REDACTED] HTTP/1.1" 200',
        rotate: 'Revoke the token or rotate the key.',
        why: 'URLs are logged by every proxy, load balancer and browser history on the way; a credential in a query string leaks everywhere at once.',
        detection: 'Query parameters named like a secret (access_token, api_key, password, …) or a signature (sig, signature, X-Amz-Signature). Masked values and values under 8 characters are skipped.',
    },
    find(line) {
        const out = [];
        QUERY_PARAM.lastIndex = 0;
        for (let m = QUERY_PARAM.exec(line); m; m = QUERY_PARAM.exec(line)) {
            const key = m.groups.key;
            if (!secretNameKind(key) && !QUERY_SECRET_NAMES.test(key))
                continue;
            let value = m.groups.value;
            try {
                value = decodeURIComponent(value);
            }
            catch { /* keep it encoded */ }
            if (value.length < 8 || isMaskedOrEmpty(value))
                continue;
            const end = m.index + m[0].length;
            out.push({ start: end - m.groups.value.length, end, secret: m.groups.value });
        }
        return out;
    },
});
const LOG_RULES = [LOG_BEARER_RULE, LOG_BASIC_AUTH_RULE, LOG_SESSION_COOKIE_RULE, LOG_QUERY_SECRET_RULE, LOG_PASSWORD_FIELD_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/payments.ts

/** Payments: Stripe, PayPal/Braintree, Square, Shopify, Plaid and others. Publishable keys (pk_…) are public and not reported. */
const STRIPE_ROTATE = 'Roll the key in the Stripe dashboard (Developers → API keys → Roll key), deploy the new one, and review recent API activity.';
const SHOPIFY_ROTATE = 'Uninstall and reinstall the app (or rotate the token/secret in the Partner dashboard or the store\'s app settings).';
const PAYMENT_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'stripe-secret-key', family: 'payments', name: 'Stripe live secret key',
        keywords: ['sk_live_', 'sk_prod_'],
        pattern: /\bsk_(?:live|prod)_[A-Za-z0-9]{24,247}\b/g,
        docs: { form: 'sk_live_<99 base62>', rotate: STRIPE_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'stripe-restricted-key', family: 'payments', name: 'Stripe live restricted key',
        keywords: ['rk_live_', 'rk_prod_'],
        pattern: /\brk_(?:live|prod)_[A-Za-z0-9]{24,247}\b/g,
        docs: { form: 'rk_live_<99 base62>', rotate: STRIPE_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'stripe-test-key', family: 'payments', name: 'Stripe test-mode secret key', severity: 'warning',
        keywords: ['sk_test_', 'rk_test_'],
        pattern: /\b[sr]k_test_[A-Za-z0-9]{24,247}\b/g,
        docs: {
            form: 'sk_test_<99 base62>', rotate: STRIPE_ROTATE,
            detection: 'A warning: test-mode keys move no money, but they read and write your test data and are often copied into live configuration by mistake.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'stripe-webhook-secret', family: 'payments', name: 'Stripe webhook signing secret',
        keywords: ['whsec_'],
        pattern: /\bwhsec_[A-Za-z0-9+/=]{32,}/g,
        docs: { form: 'whsec_<32 base62>', rotate: 'Roll the endpoint\'s signing secret (Developers → Webhooks → endpoint → Roll secret); anyone holding it can forge events.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'braintree-access-token', family: 'payments', name: 'PayPal Braintree access token',
        keywords: ['access_token$production$'],
        pattern: /\baccess_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}\b/g,
        docs: { form: 'access_token$production$<16 lower alnum>$<32 hex>', rotate: 'Revoke the access token in the Braintree control panel (Settings → API) and generate a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'paypal-client-secret', family: 'payments', name: 'PayPal REST client secret',
        keywords: ['paypal'],
        pattern: (0,rule/* contextPattern */.KH)('paypal[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{80}'),
        docs: { form: 'E<79 base64url>', unsafe: 'PAYPAL_CLIENT_SECRET={secret}', rotate: 'Generate a new secret for the app in the PayPal developer dashboard (Apps & Credentials) and disable the old one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'square-access-token', family: 'payments', name: 'Square access token',
        keywords: ['eaaa', 'sq0atp-'],
        pattern: /\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/g,
        docs: { form: 'EAAA<60 base64url>', rotate: 'Replace the personal access token in the Square Developer Dashboard (or revoke the OAuth token) and update clients.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'square-oauth-secret', family: 'payments', name: 'Square OAuth application secret',
        keywords: ['sq0csp-'],
        pattern: /\bsq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
        docs: { form: 'sq0csp-<43 base64url>', rotate: 'Replace the application secret in the Square Developer Dashboard (OAuth page).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'shopify-access-token', family: 'payments', name: 'Shopify Admin API access token',
        keywords: ['shpat_'],
        pattern: /\bshpat_[a-fA-F0-9]{32}\b/g,
        docs: { form: 'shpat_<32 hex>', rotate: SHOPIFY_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'shopify-custom-app-token', family: 'payments', name: 'Shopify custom app access token',
        keywords: ['shpca_'],
        pattern: /\bshpca_[a-fA-F0-9]{32}\b/g,
        docs: { form: 'shpca_<32 hex>', rotate: SHOPIFY_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'shopify-private-app-token', family: 'payments', name: 'Shopify private app password',
        keywords: ['shppa_'],
        pattern: /\bshppa_[a-fA-F0-9]{32}\b/g,
        docs: { form: 'shppa_<32 hex>', rotate: SHOPIFY_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'shopify-shared-secret', family: 'payments', name: 'Shopify app shared secret',
        keywords: ['shpss_'],
        pattern: /\bshpss_[a-fA-F0-9]{32}\b/g,
        docs: { form: 'shpss_<32 hex>', rotate: SHOPIFY_ROTATE },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'plaid-access-token', family: 'payments', name: 'Plaid access token',
        keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
        pattern: /\baccess-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
        docs: { form: 'access-production-<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Rotate it with /item/access_token/invalidate and store the new token server-side only.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'flutterwave-secret-key', family: 'payments', name: 'Flutterwave secret key',
        keywords: ['flwseck'],
        pattern: /\bFLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X\b/g,
        docs: { form: 'FLWSECK-<32 hex>-X', rotate: 'Regenerate the API keys under Settings → API in the Flutterwave dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'razorpay-key-secret', family: 'payments', name: 'Razorpay key secret',
        keywords: ['razorpay'],
        pattern: (0,rule/* contextPattern */.KH)('razorpay[\\w.-]{0,20}secret', '[A-Za-z0-9]{24}'),
        docs: { form: '<24 base62>', unsafe: 'RAZORPAY_KEY_SECRET={secret}', rotate: 'Regenerate the key under Account & Settings → API keys in the Razorpay dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'gocardless-access-token', family: 'payments', name: 'GoCardless access token',
        keywords: ['gocardless'],
        pattern: (0,rule/* contextPattern */.KH)('gocardless[\\w.-]{0,20}(?:token|key)', '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
        docs: { form: 'live_<40 base64url>', unsafe: 'GOCARDLESS_ACCESS_TOKEN={secret}', rotate: 'Revoke the token under Developers → Access tokens in GoCardless.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mollie-api-key', family: 'payments', name: 'Mollie API key',
        keywords: ['mollie'],
        pattern: (0,rule/* contextPattern */.KH)('mollie[\\w.-]{0,20}(?:key|token)', '(?:live|test)_[A-Za-z0-9]{30}'),
        docs: { form: 'live_<30 base62>', unsafe: 'MOLLIE_API_KEY={secret}', rotate: 'Reset the API key under Developers → API keys in the Mollie dashboard.' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/personal-data.ts


/**
 * Personal data in logs: email addresses, payment card numbers (Luhn and issuer checked) and phone
 * numbers. Warnings by default: logs often need a user reference, but raw personal data in CI logs
 * and log storage is a privacy incident waiting to happen. Turned off with `include-personal-data: false`.
 */
const HELP = 'Log a user id or a hash instead of the raw value, or mask it in the logger; delete logs that already hold it if your retention policy requires. If it is not personal data, add `release-gate:allow` on the line or turn the rule off in `secrets.rules`.';
function personalRule(spec) {
    const { id, description, ...rest } = spec;
    return { meta: { id, check: 'secrets', severity: 'warning', description, help: HELP }, family: 'personal-data', scope: 'logs', ...rest };
}
const EMAIL = /(?<![\w.%+-])(?<secret>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.(?<tld>[A-Za-z]{2,24})))(?![\w-])/gd;
const NOT_A_TLD = /^(?:png|jpe?g|gif|svg|webp|ico|js|mjs|cjs|ts|tsx|jsx|css|scss|map|json|html?|xml|txt|md|lock|log|zip|gz|tgz)$/i;
const SERVICE_USERS = /^(?:git|noreply|no-reply|donotreply|do-not-reply|mailer-daemon|postmaster|root|nobody)$/i;
const LOG_EMAIL_RULE = personalRule({
    id: 'log-email-address',
    description: 'An email address printed in a log.',
    name: 'Email address in a log',
    keywords: ['@'],
    docs: {
        form: '<8 lower>@<6 lower>.com', unsafe: 'INFO password reset requested for {secret}',
        safe: 'INFO password reset requested for user_id=8412',
        rotate: 'Personal data cannot be rotated: stop logging it and purge what was stored.',
        why: 'Email addresses identify people; logs are copied to places (CI, log vendors, support) that were never meant to hold personal data.',
        detection: 'Documentation domains (example.com, *.test, …), service addresses (git@, noreply@) and file names such as `icon@2x.png` are skipped.',
    },
    find(line) {
        const out = [];
        EMAIL.lastIndex = 0;
        for (let m = EMAIL.exec(line); m; m = EMAIL.exec(line)) {
            const { secret, domain, tld } = m.groups;
            const user = secret.slice(0, secret.indexOf('@'));
            if (NOT_A_TLD.test(tld) || isLocalHost(domain) || SERVICE_USERS.test(user))
                continue;
            const [start, end] = m.indices.groups.secret;
            out.push({ start, end, secret: secret });
        }
        return out;
    },
});
/** Numbers published by card networks and processors for testing; they identify nobody. */
const TEST_CARDS = new Set([
    '4111111111111111', '4242424242424242', '4000056655665556', '4012888888881881', '4222222222222',
    '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222',
    '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
    '30569309025904', '38520000023237', '3530111333300000', '3566002020360505', '6200000000000005',
]);
/** Issuer prefixes and lengths of the major card networks. */
function plausibleCard(digits) {
    const n = digits.length;
    const p2 = Number(digits.slice(0, 2));
    const p4 = Number(digits.slice(0, 4));
    if (digits[0] === '4')
        return n === 13 || n === 16 || n === 19; // Visa
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return n === 16; // Mastercard
    if (p2 === 34 || p2 === 37)
        return n === 15; // American Express
    if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499))
        return n >= 16 && n <= 19; // Discover
    if (p4 >= 3528 && p4 <= 3589)
        return n >= 16 && n <= 19; // JCB
    if (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059))
        return n >= 14 && n <= 19; // Diners Club
    if (p2 === 62)
        return n >= 16 && n <= 19; // UnionPay
    return false;
}
const CARD_CONTEXT = /(?:^|[^a-z])(?:card|cc|pan|visa|mastercard|master_card|amex|american.express|discover|credit|debit|payment|ccnum|cc_?number)|kart|tarjeta|carte/i;
// A run of digits, spaces and dashes long enough to be a card; its layout is checked after.
const DIGIT_RUN = /\d[\d -]{11,24}\d/g;
// Digits in one run, or groups of 4 (Amex: 4-6-5) joined by one consistent separator.
const CARD_LAYOUT = /^(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})$/;
const LOG_CARD_RULE = personalRule({
    id: 'log-card-number',
    description: 'A payment card number (passing the Luhn check) printed in a log.',
    name: 'Card number in a log',
    keywords: [],
    digitRun: 13,
    docs: {
        form: '<16 digits passing Luhn>', unsafe: 'WARN charge failed for card {secret}',
        safe: 'WARN charge failed for card ending 4242 (token tok_…)',
        rotate: 'Card numbers cannot be rotated by you: stop logging them, purge the logs, and follow your PCI DSS incident process.',
        why: 'Storing a full card number in logs puts every system holding the log in PCI DSS scope and is a reportable incident in most regimes.',
        detection: '13 to 19 digits, in one run or in groups with one consistent separator, that pass the Luhn check and start with a real issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). A run without separators also needs a card word on the line (card, cc, pan, visa, credit, payment, …): trace and span ids, order numbers and timestamps pass Luhn one time in ten. Published test card numbers are skipped.',
    },
    find(line) {
        const out = [];
        DIGIT_RUN.lastIndex = 0;
        for (let m = DIGIT_RUN.exec(line); m; m = DIGIT_RUN.exec(line)) {
            const before = line[m.index - 1];
            const after = line.slice(m.index + m[0].length, m.index + m[0].length + 2);
            if ((before && /[\w.-]/.test(before)) || /^[\w-]|^\.\d/.test(after) || !CARD_LAYOUT.test(m[0]))
                continue;
            const digits = m[0].replace(/[ -]/g, '');
            if (!plausibleCard(digits) || !passesLuhn(digits) || TEST_CARDS.has(digits))
                continue;
            // Trace and span ids, order numbers and timestamps pass Luhn one time in ten: an ungrouped run
            // counts only with a card word on the line.
            if (/^\d+$/.test(m[0]) && !CARD_CONTEXT.test(line))
                continue;
            out.push({ start: m.index, end: m.index + m[0].length, secret: m[0] });
        }
        return out;
    },
});
const PHONE_E164 = /(?<![\w+/.:-])\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){1,2}(?:[ .-]?\d{2,4}){1,4}(?![\w.:/-])/g;
const PHONE_FIELD = /\b(?:phone|tel|telephone|mobile|msisdn|cell|phone_?number)["']?\s*[:=]\s*["']?(?<secret>\+?\(?\d[\d ().-]{5,18}\d)(?!\d)/gid;
const LOG_PHONE_RULE = personalRule({
    id: 'log-phone-number',
    description: 'A phone number printed in a log.',
    name: 'Phone number in a log',
    keywords: ['+', 'phone', 'tel', 'mobile', 'msisdn', 'cell'],
    docs: {
        form: '+44 20 <4 digits> <4 digits>', unsafe: 'INFO sms sent to {secret}',
        safe: 'INFO sms sent to user_id=8412',
        rotate: 'Personal data cannot be rotated: stop logging it and purge what was stored.',
        why: 'Phone numbers identify people and are used for account recovery; they do not belong in logs.',
        detection: 'International numbers written with a leading `+` and 8 to 15 digits, or any number in a field named phone, tel, mobile, msisdn or cell.',
    },
    find(line) {
        const out = [];
        const seen = new Set();
        PHONE_FIELD.lastIndex = 0;
        for (let m = PHONE_FIELD.exec(line); m; m = PHONE_FIELD.exec(line)) {
            const digits = m.groups.secret.replace(/\D/g, '');
            if (digits.length < 7 || digits.length > 15)
                continue;
            const [start, end] = m.indices.groups.secret;
            seen.add(start);
            out.push({ start, end, secret: m.groups.secret });
        }
        PHONE_E164.lastIndex = 0;
        for (let m = PHONE_E164.exec(line); m; m = PHONE_E164.exec(line)) {
            const digits = m[0].replace(/\D/g, '');
            if (digits.length < 8 || digits.length > 15 || seen.has(m.index))
                continue;
            out.push({ start: m.index, end: m.index + m[0].length, secret: m[0] });
        }
        return out;
    },
});
const PERSONAL_DATA_RULES = [LOG_EMAIL_RULE, LOG_CARD_RULE, LOG_PHONE_RULE];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/registries.ts


/** Package registries: npm, PyPI, RubyGems, Docker Hub, NuGet, crates.io, Artifactory, Clojars. */
const NPM_ROTATE = 'Revoke it with `npm token revoke` (or on npmjs.com → Access Tokens) and use a granular token or trusted publishing from CI.';
/** Docker's config.json stores base64("user:password"): a real entry decodes to printable text with a non-empty password. */
function isDockerAuth(value) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}
const REGISTRY_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'npm-access-token', family: 'registries', name: 'npm access token',
        keywords: ['npm_'],
        pattern: /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
        validate: (token) => hasValidCrc32Suffix(token, 4),
        docs: { form: 'npm_<36 base62>', rotate: NPM_ROTATE, detection: 'The last 6 characters must be the base62 CRC-32 checksum of the random part, as in every npm token since 2021.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'npmrc-auth-token', family: 'registries', name: 'registry credential in .npmrc or .yarnrc',
        keywords: ['_authtoken', '_auth', '_password', 'npmauthtoken', 'npmauthident'],
        pattern: /(?:(?:^|:)\s*(?:_authToken|_auth|_password)\s*=|\bnpmAuth(?:Token|Ident)["']?\s*:)\s*["']?(?<secret>[^\s"'#;,]{8,})/gi,
        docs: {
            form: '<36 base62>', unsafe: '//registry.npmjs.org/:_authToken={secret}',
            safe: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
            rotate: NPM_ROTATE,
            detection: '`_authToken`, `_auth`, `_password` in .npmrc and `npmAuthToken`/`npmAuthIdent` in .yarnrc.yml; `${NPM_TOKEN}` references are skipped.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'pypi-upload-token', family: 'registries', name: 'PyPI upload token',
        keywords: ['pypi-ag'],
        pattern: /\bpypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}/g,
        allowInBlob: true,
        docs: { form: 'pypi-AgEIcHlwaS5vcmc<150 base64url>', rotate: 'Remove the token on pypi.org (Account settings → API tokens) and switch CI to trusted publishing.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'rubygems-api-key', family: 'registries', name: 'RubyGems API key',
        keywords: ['rubygems_'],
        pattern: /\brubygems_[a-f0-9]{48}\b/g,
        docs: { form: 'rubygems_<48 hex>', rotate: 'Delete the key on rubygems.org (Settings → API keys) and use trusted publishing from CI.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'dockerhub-token', family: 'registries', name: 'Docker Hub access token',
        keywords: ['dckr_pat_', 'dckr_oat_'],
        pattern: /\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}/g,
        docs: { form: 'dckr_pat_<27 base64url>', rotate: 'Delete it under Account settings → Personal access tokens on Docker Hub and create a new read-only or scoped token.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'docker-config-auth', family: 'registries', name: 'registry password in a Docker config.json',
        keywords: ['"auth"'],
        pattern: /"auth"\s*:\s*"(?<secret>[A-Za-z0-9+/]{8,}={0,2})"/g,
        minEntropy: 2.5,
        validate: isDockerAuth,
        docs: {
            form: '<base64 of user:password>', unsafe: '{ "auths": { "registry.example.com": { "auth": "{secret}" } } }',
            safe: 'Use a credential helper (`credsStore`) or `docker login` in the job, never a committed config.json.',
            rotate: 'Change the registry password or revoke the token it encodes.',
        },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'nuget-api-key', family: 'registries', name: 'NuGet API key',
        keywords: ['oy2'],
        pattern: /\boy2[a-z0-9]{43}\b/g,
        docs: { form: 'oy2<43 lower alnum>', rotate: 'Delete or regenerate the key on nuget.org (API Keys) and use trusted publishing where possible.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'crates-io-token', family: 'registries', name: 'crates.io API token',
        keywords: ['cio'],
        pattern: /\bcio[A-Za-z0-9]{32}\b/g,
        minEntropy: 3.5,
        docs: { form: 'cio<32 base62>', rotate: 'Revoke it on crates.io (Account settings → API Tokens) and use trusted publishing.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'artifactory-api-key', family: 'registries', name: 'JFrog Artifactory API key',
        keywords: ['akcp'],
        pattern: /\bAKCp[A-Za-z0-9]{69}\b/g,
        docs: { form: 'AKCp<69 base62>', rotate: 'Revoke the API key in the JFrog Platform (Edit profile → API key) and move to access tokens.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'artifactory-reference-token', family: 'registries', name: 'JFrog reference token',
        keywords: ['cmvmdgtuojaxoj'],
        pattern: /\bcmVmdGtuOjAxOj[A-Za-z0-9]{50,}/g,
        docs: { form: 'cmVmdGtuOjAxOj<50 base62>', rotate: 'Revoke the token in the JFrog Platform (Administration → Identity and Access → Access Tokens).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'clojars-token', family: 'registries', name: 'Clojars deploy token',
        keywords: ['clojars_'],
        pattern: /\bCLOJARS_[a-z0-9]{60}\b/g,
        docs: { form: 'CLOJARS_<60 lower alnum>', rotate: 'Disable the token on clojars.org (Deploy Tokens).' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/saas.ts

/** Other services: observability, productivity, identity, maps, social and developer tools. */
const saas_UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SAAS_RULES = [
    (0,rule/* tokenRule */.Ow)({
        id: 'datadog-api-key', family: 'saas', name: 'Datadog API key',
        keywords: ['datadog', 'dd_api_key', 'dd-api-key'],
        pattern: (0,rule/* contextPattern */.KH)('datadog[\\w.-]{0,20}api[_.-]?key|dd[_-]api[_-]key', '[a-f0-9]{32}'),
        docs: { form: '<32 hex>', unsafe: 'DD_API_KEY={secret}', rotate: 'Revoke the key under Organization settings → API keys in Datadog and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'datadog-app-key', family: 'saas', name: 'Datadog application key',
        keywords: ['datadog', 'dd_app', 'dd-app'],
        pattern: (0,rule/* contextPattern */.KH)('datadog[\\w.-]{0,20}app(?:lication)?[_.-]?key|dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}'),
        docs: { form: '<40 hex>', unsafe: 'DD_APP_KEY={secret}', rotate: 'Revoke the key under Organization settings → Application keys in Datadog.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'new-relic-user-api-key', family: 'saas', name: 'New Relic user API key',
        keywords: ['nrak-'],
        pattern: /\bNRAK-[A-Z0-9]{27}\b/g,
        docs: { form: 'NRAK-<27 upper alnum>', rotate: 'Delete the key in New Relic (API keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'new-relic-license-key', family: 'saas', name: 'New Relic ingest license key',
        keywords: ['nral'],
        pattern: /\b[a-f0-9]{36}NRAL\b/g,
        docs: { form: '<36 hex>NRAL', rotate: 'Create a new ingest key in New Relic (API keys), move agents to it, then delete the old one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'new-relic-insert-key', family: 'saas', name: 'New Relic insert or query key',
        keywords: ['nrii-', 'nriq-'],
        pattern: /\bNRI[IQ]-[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])/g,
        docs: { form: 'NRII-<32 base64url>', rotate: 'Delete the key in New Relic (API keys → Insights keys) and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sentry-org-token', family: 'saas', name: 'Sentry organization auth token',
        keywords: ['sntrys_'],
        pattern: /\bsntrys_eyJ[A-Za-z0-9+/=_-]{80,}/g,
        allowInBlob: true,
        docs: { form: 'sntrys_eyJ<120 base64>', rotate: 'Revoke the token under Settings → Developer settings → Organization tokens in Sentry.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sentry-user-token', family: 'saas', name: 'Sentry user auth token',
        keywords: ['sntryu_'],
        pattern: /\bsntryu_[a-f0-9]{64}\b/g,
        docs: { form: 'sntryu_<64 hex>', rotate: 'Revoke the token under User settings → Personal tokens in Sentry.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'grafana-cloud-token', family: 'saas', name: 'Grafana Cloud access policy token',
        keywords: ['glc_'],
        pattern: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}/g,
        allowInBlob: true,
        docs: { form: 'glc_<120 base64>', rotate: 'Delete the token under Administration → Cloud access policies in Grafana Cloud.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'grafana-service-account-token', family: 'saas', name: 'Grafana service account token',
        keywords: ['glsa_'],
        pattern: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/g,
        docs: { form: 'glsa_<32 base62>_<8 hex>', rotate: 'Delete the token under Administration → Service accounts in Grafana.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'grafana-api-key', family: 'saas', name: 'Grafana API key (legacy)',
        keywords: ['eyjrijoi'],
        pattern: /\beyJrIjoi[A-Za-z0-9+/]{50,}={0,2}/g,
        allowInBlob: true,
        docs: { form: 'eyJrIjoi<70 base64>', rotate: 'Delete the API key in Grafana and migrate to a service account token.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'dynatrace-token', family: 'saas', name: 'Dynatrace API token',
        keywords: ['dt0c01.'],
        pattern: /\bdt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64}\b/g,
        docs: { form: 'dt0c01.<24 upper alnum>.<64 upper alnum>', rotate: 'Revoke the token under Access tokens in Dynatrace.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'pagerduty-api-key', family: 'saas', name: 'PagerDuty API key',
        keywords: ['pagerduty'],
        pattern: (0,rule/* contextPattern */.KH)('pagerduty[\\w.-]{0,20}(?:key|token)', 'u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}'),
        docs: { form: 'u+<18 base64url>', unsafe: 'PAGERDUTY_API_KEY={secret}', rotate: 'Delete the key under Integrations → API access keys (or the user\'s API tokens) in PagerDuty.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'linear-api-key', family: 'saas', name: 'Linear API key',
        keywords: ['lin_api_'],
        pattern: /\blin_api_[A-Za-z0-9]{40}\b/g,
        docs: { form: 'lin_api_<40 base62>', rotate: 'Revoke the key under Settings → Security & access → Personal API keys in Linear.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'notion-token', family: 'saas', name: 'Notion integration token',
        keywords: ['secret_', 'ntn_'],
        pattern: /\b(?:secret_[A-Za-z0-9]{43}|ntn_[0-9]{11}[A-Za-z0-9]{35})\b/g,
        minEntropy: 4,
        docs: { form: 'ntn_<11 digits><35 base62>', rotate: 'Refresh the integration\'s secret under Settings → Connections → Develop or manage integrations in Notion.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'airtable-pat', family: 'saas', name: 'Airtable personal access token',
        keywords: ['airtable'],
        pattern: (0,rule/* contextPattern */.KH)('airtable[\\w.-]{0,20}(?:token|key|pat)', 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
        docs: { form: 'pat<14 base62>.<64 hex>', unsafe: 'AIRTABLE_TOKEN={secret}', rotate: 'Delete the token at airtable.com/create/tokens and create a new one with fewer scopes.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'asana-pat', family: 'saas', name: 'Asana personal access token',
        keywords: ['asana'],
        pattern: (0,rule/* contextPattern */.KH)('asana[\\w.-]{0,20}(?:token|pat|key)', '[0-9]/[0-9]{16}:[A-Za-z0-9]{32}|2/[0-9]{16}/[0-9]{16}:[a-f0-9]{32}'),
        docs: { form: '2/<16 digits>/<16 digits>:<32 hex>', unsafe: 'ASANA_TOKEN={secret}', rotate: 'Delete the token under My settings → Apps → Developer apps in Asana.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'figma-pat', family: 'saas', name: 'Figma personal access token',
        keywords: ['figd_'],
        pattern: /\bfigd_[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/g,
        docs: { form: 'figd_<40 base64url>', rotate: 'Revoke the token under Settings → Security → Personal access tokens in Figma.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'postman-api-key', family: 'saas', name: 'Postman API key',
        keywords: ['pmak-'],
        pattern: /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/g,
        docs: { form: 'PMAK-<24 hex>-<34 hex>', rotate: 'Delete the key under Settings → API keys in Postman.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'shippo-api-token', family: 'saas', name: 'Shippo API token',
        keywords: ['shippo_live_', 'shippo_test_'],
        pattern: /\bshippo_(?:live|test)_[a-f0-9]{40}\b/g,
        docs: { form: 'shippo_live_<40 hex>', rotate: 'Regenerate the token under Settings → API in Shippo.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'easypost-api-key', family: 'saas', name: 'EasyPost API key',
        keywords: ['ezak', 'eztk'],
        pattern: /\bEZ[AT]K[a-z0-9]{54}\b/g,
        docs: { form: 'EZAK<54 lower alnum>', rotate: 'Delete the key under Account settings → API keys in EasyPost.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'typeform-token', family: 'saas', name: 'Typeform personal access token',
        keywords: ['tfp_'],
        pattern: /\btfp_[A-Za-z0-9_.=-]{59}(?![A-Za-z0-9_.=-])/g,
        docs: { form: 'tfp_<59 base64url>', rotate: 'Delete the token under Account → Personal tokens in Typeform.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'okta-api-token', family: 'saas', name: 'Okta API token',
        keywords: ['okta'],
        pattern: (0,rule/* contextPattern */.KH)('okta[\\w.-]{0,20}(?:token|key)', '00[A-Za-z0-9_-]{40}'),
        docs: { form: '00<40 base64url>', unsafe: 'OKTA_API_TOKEN={secret}', rotate: 'Revoke the token under Security → API → Tokens in the Okta admin console.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'auth0-client-secret', family: 'saas', name: 'Auth0 client secret',
        keywords: ['auth0'],
        pattern: (0,rule/* contextPattern */.KH)('auth0[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{64}'),
        docs: { form: '<64 base64url>', unsafe: 'AUTH0_CLIENT_SECRET={secret}', rotate: 'Rotate the secret under Applications → your app → Settings in the Auth0 dashboard.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'mapbox-secret-token', family: 'saas', name: 'Mapbox secret access token',
        keywords: ['sk.eyj'],
        pattern: /\bsk\.eyJ[A-Za-z0-9_-]{50,}\.[A-Za-z0-9_-]{20,}/g,
        docs: { form: 'sk.eyJ<60 base64url>.<22 base64url>', rotate: 'Delete the token on the Mapbox account page (Access tokens); public pk. tokens are not reported.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'algolia-admin-key', family: 'saas', name: 'Algolia admin API key',
        keywords: ['algolia'],
        pattern: (0,rule/* contextPattern */.KH)('algolia[\\w.-]{0,20}(?:admin|write)[\\w.-]{0,10}key', '[a-f0-9]{32}'),
        docs: { form: '<32 hex>', unsafe: 'ALGOLIA_ADMIN_API_KEY={secret}', rotate: 'Regenerate the admin key under Settings → API keys in Algolia; search-only keys are public.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'twitter-bearer-token', family: 'saas', name: 'X (Twitter) app bearer token',
        keywords: ['aaaaaaaaaaaaaaaaaaaaa'],
        pattern: /\bA{21,}[A-Za-z0-9%]{30,}/g,
        allowRuns: true, minEntropy: 0,
        docs: { form: 'AAAAAAAAAAAAAAAAAAAAA<80 base62>', rotate: 'Regenerate the bearer token in the X developer portal (your app → Keys and tokens).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'facebook-access-token', family: 'saas', name: 'Meta (Facebook) access token',
        keywords: ['eaa'],
        pattern: /\bEAA(?!A)[A-Za-z0-9]{100,}/g,
        docs: { form: 'EAAG<180 base62>', rotate: 'Invalidate the token (log out the session or reset the app secret in Meta for Developers) and issue a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'launchdarkly-access-token', family: 'saas', name: 'LaunchDarkly access token or SDK key',
        keywords: ['api-', 'sdk-'],
        pattern: new RegExp(`\\b(?:api|sdk)-${saas_UUID}\\b`, 'g'),
        docs: { form: 'api-<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Reset the token or SDK key in LaunchDarkly (Account settings → Authorization, or the environment\'s keys).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'posthog-personal-api-key', family: 'saas', name: 'PostHog personal API key',
        keywords: ['phx_'],
        pattern: /\bphx_[A-Za-z0-9]{43}\b/g,
        docs: { form: 'phx_<43 base62>', rotate: 'Delete the key under Settings → Personal API keys in PostHog; project keys (phc_) are public.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'prefect-api-key', family: 'saas', name: 'Prefect API key',
        keywords: ['pnu_'],
        pattern: /\bpnu_[A-Za-z0-9]{36}\b/g,
        docs: { form: 'pnu_<36 base62>', rotate: 'Delete the key under Profile → API keys in Prefect Cloud.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'readme-api-key', family: 'saas', name: 'ReadMe API key',
        keywords: ['rdme_'],
        pattern: /\brdme_[a-z0-9]{70}\b/g,
        docs: { form: 'rdme_<70 lower alnum>', rotate: 'Revoke the key in the ReadMe dashboard (API keys).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'contentful-management-token', family: 'saas', name: 'Contentful personal access token',
        keywords: ['cfpat-'],
        pattern: /\bCFPAT-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
        docs: { form: 'CFPAT-<43 base64url>', rotate: 'Revoke the token under Settings → CMA tokens in Contentful.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'hubspot-private-app-token', family: 'saas', name: 'HubSpot private app token',
        keywords: ['pat-na1-', 'pat-eu1-'],
        pattern: new RegExp(`\\bpat-(?:na|eu)1-${saas_UUID}\\b`, 'g'),
        docs: { form: 'pat-na1-<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Rotate the token under Settings → Integrations → Private apps in HubSpot.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'intercom-access-token', family: 'saas', name: 'Intercom access token',
        keywords: ['dg9rom'],
        pattern: /\bdG9rOm[A-Za-z0-9+/]{30,}={0,2}/g,
        allowInBlob: true,
        docs: { form: 'dG9rOm<54 base64>', rotate: 'Revoke the token in the Intercom Developer Hub (your app → Authentication).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'frameio-token', family: 'saas', name: 'Frame.io developer token',
        keywords: ['fio-u-'],
        pattern: /\bfio-u-[A-Za-z0-9_=-]{64}(?![A-Za-z0-9_=-])/g,
        docs: { form: 'fio-u-<64 base64url>', rotate: 'Delete the token in the Frame.io developer site (Tokens).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'hubspot-api-key', family: 'saas', name: 'HubSpot API key (legacy hapikey)', generic: true,
        keywords: ['hapikey', 'hubspot'],
        pattern: new RegExp(`(?:hapikey=|hubspot[\\w.-]{0,20}(?:api[_.-]?key|token|key)[\\w.-]{0,30}?["']?\\s{0,3}(?::=|=>|=|:|\\s)\\s{0,3}["'\`]?)(?<secret>${saas_UUID})(?![A-Za-z0-9_-])`, 'gi'),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'curl "https://api.hubapi.com/crm/v3/objects/contacts?hapikey={secret}"', rotate: 'HubSpot retired API keys: deactivate it under Settings → Integrations → API key and move to a private app token.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'facebook-app-secret', family: 'saas', name: 'Meta (Facebook) app secret', generic: true,
        keywords: ['facebook', 'fb_', 'fb-', 'fb.', 'graph.facebook.com', 'access_token='],
        pattern: new RegExp(`${(0,rule/* contextPattern */.KH)('(?:facebook|fb)[\\w.-]{0,20}(?:app[_.-]?)?secret', '[a-f0-9]{32}').source}|(?<![\\w|])(?<apptoken>\\d{15,16}\\|[a-f0-9]{32})(?![\\w|])`, 'gi'),
        validate: (secret, m) => !!m.groups?.apptoken || /^[a-f0-9]{32}$/.test(secret),
        docs: { form: '<32 hex>', unsafe: 'FACEBOOK_APP_SECRET={secret}', rotate: 'Reset the app secret in Meta for Developers (App settings → Basic → App secret → Reset); an app access token (`<app id>|<app secret>`) holds the secret too.', detection: 'A 32-hex app secret after a Facebook keyword, and app access tokens written as `<app id>|<app secret>`. Page and user tokens (`EAA…`) are `facebook-access-token`.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sumologic-access-key', family: 'saas', name: 'Sumo Logic access key',
        keywords: ['sumo'],
        pattern: (0,rule/* contextPattern */.KH)('sumo[\\w.-]{0,20}(?:access[_.-]?)?key', '[A-Za-z0-9]{64}'),
        docs: { form: '<64 base62>', unsafe: 'SUMO_ACCESS_KEY={secret}', rotate: 'Delete the access key under Administration → Security → Access Keys in Sumo Logic and create a new one.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sumologic-http-source-url', family: 'saas', name: 'Sumo Logic HTTP source URL',
        keywords: ['sumologic.com/receiver/'],
        pattern: /https:\/\/endpoint\d?\.collection\.(?:[a-z0-9]+\.)?sumologic\.com\/receiver\/v1\/(?:http|otlp)\/(?<secret>[A-Za-z0-9_=+-]{50,})/g,
        docs: { form: '<100 base64url>', unsafe: 'SUMO_URL=https://endpoint4.collection.sumologic.com/receiver/v1/http/{secret}', rotate: 'Regenerate the source URL (Collection → the HTTP source → Show URL → Regenerate): anyone with it can write to your logs.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'intra42-client-secret', family: 'saas', name: '42 intra API client secret',
        keywords: ['s-s4t2ud-', 's-s4t2af-'],
        pattern: /\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b/g,
        docs: { form: 's-s4t2ud-<64 hex>', rotate: 'Generate a new secret for the application at profile.intra.42.fr → Settings → API (the old one stops working after the replacement delay).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'snyk-token', family: 'saas', name: 'Snyk API token', generic: true,
        keywords: ['snyk'],
        pattern: new RegExp(`${(0,rule/* contextPattern */.KH)('snyk[\\w.-]{0,20}(?:token|key)', saas_UUID).source}|(?<=\\bsnyk\\s+(?:auth|config\\s+set\\s+api=)\\s*)${saas_UUID}`, 'gi'),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'SNYK_TOKEN={secret}', rotate: 'Revoke and regenerate the token under Account settings in Snyk, or use a service account.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'codecov-token', family: 'saas', name: 'Codecov upload token',
        keywords: ['codecov'],
        pattern: (0,rule/* contextPattern */.KH)('codecov[\\w.-]{0,20}token', saas_UUID),
        docs: { form: '<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', unsafe: 'CODECOV_TOKEN={secret}', rotate: 'Regenerate the upload token in the repository\'s Codecov settings.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'dropbox-access-token', family: 'saas', name: 'Dropbox access token',
        keywords: ['sl.'],
        pattern: /\bsl\.(?:u\.)?[A-Za-z0-9_-]{130,}/g,
        docs: { form: 'sl.<140 base64url>', rotate: 'Revoke it with /2/auth/token/revoke or disconnect the app under Settings → Connected apps in Dropbox.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'salesforce-access-token', family: 'saas', name: 'Salesforce access token',
        keywords: ['00d'],
        pattern: /\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,}/g,
        docs: { form: '00D<15 base62>!<100 base62>', rotate: 'Revoke the session or OAuth token in Setup → Session Management (or the connected app\'s OAuth usage).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'fastly-api-token', family: 'saas', name: 'Fastly API token',
        keywords: ['fastly'],
        pattern: (0,rule/* contextPattern */.KH)('fastly[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9_-]{32}'),
        docs: { form: '<32 base64url>', unsafe: 'FASTLY_API_TOKEN={secret}', rotate: 'Delete the token under Account → API tokens in Fastly.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'age-secret-key', family: 'private-keys', name: 'age encryption secret key',
        keywords: ['age-secret-key-1'],
        pattern: /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g,
        docs: { form: 'AGE-SECRET-KEY-1<58 bech32 upper>', rotate: 'Generate a new identity with age-keygen and re-encrypt every file the old key could read (sops files included).' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/source-hosts.ts


/** Source hosting and CI: GitHub, GitLab, Atlassian/Bitbucket and CI services. */
const GITHUB_ROTATE = 'Revoke it on GitHub (Settings → Developer settings → Personal access tokens, or the app/OAuth app settings) and create a new one with the narrowest scope and an expiry.';
const GITHUB_CHECKSUM = 'The last 6 characters must be the base62 CRC-32 checksum of the random part, as in every GitHub token issued since 2021, so invented look-alikes are dropped.';
function githubToken(prefix, id, name, rotate = GITHUB_ROTATE) {
    return (0,rule/* tokenRule */.Ow)({
        id, family: 'source-hosts', name,
        keywords: [`${prefix}_`],
        pattern: new RegExp(`\\b${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9_])`, 'g'),
        validate: (token) => hasValidCrc32Suffix(token, prefix.length + 1),
        docs: { form: `${prefix}_<36 base62>`, rotate, detection: GITHUB_CHECKSUM },
    });
}
const GITLAB_ROTATE = 'Revoke it in GitLab (User settings → Access tokens, or the project/group/runner settings that issued it) and create a new one with an expiry.';
function gitlabToken(id, name, prefix, body, form) {
    return (0,rule/* tokenRule */.Ow)({
        id, family: 'source-hosts', name,
        keywords: [prefix.toLowerCase()],
        pattern: new RegExp(`\\b${prefix.replace(/[.]/g, '\\.')}${body}(?![A-Za-z0-9_-])`, 'g'),
        docs: { form, rotate: GITLAB_ROTATE },
    });
}
const SOURCE_HOST_RULES = [
    githubToken('ghp', 'github-pat', 'GitHub personal access token (classic)'),
    githubToken('gho', 'github-oauth-token', 'GitHub OAuth access token', 'Revoke it under Settings → Applications → Authorized OAuth Apps (or via the OAuth app\'s token API) and sign in again.'),
    githubToken('ghu', 'github-user-to-server-token', 'GitHub App user-to-server token', 'Revoke the GitHub App\'s authorization for the user (Settings → Applications) and sign in again.'),
    githubToken('ghs', 'github-installation-token', 'GitHub App installation token', 'Installation tokens expire within an hour; if one leaked, revoke it with DELETE /installation/token and regenerate the app\'s private key if that leaked too.'),
    githubToken('ghr', 'github-refresh-token', 'GitHub App refresh token', 'Revoke the GitHub App\'s authorization for the user (Settings → Applications) and sign in again.'),
    (0,rule/* tokenRule */.Ow)({
        id: 'github-fine-grained-pat', family: 'source-hosts', name: 'GitHub fine-grained personal access token',
        keywords: ['github_pat_'],
        pattern: /\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
        docs: { form: 'github_pat_<22 base62>_<59 base62>', rotate: GITHUB_ROTATE },
    }),
    gitlabToken('gitlab-pat', 'GitLab personal, project or group access token', 'glpat-', '[A-Za-z0-9_-]{20,}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?', 'glpat-<20 base64url>'),
    gitlabToken('gitlab-deploy-token', 'GitLab deploy token', 'gldt-', '[A-Za-z0-9_-]{20,}', 'gldt-<20 base64url>'),
    gitlabToken('gitlab-pipeline-trigger-token', 'GitLab pipeline trigger token', 'glptt-', '[a-f0-9]{40}', 'glptt-<40 hex>'),
    gitlabToken('gitlab-runner-token', 'GitLab runner authentication token', 'glrt-', '[A-Za-z0-9_-]{20,}', 'glrt-<20 base64url>'),
    gitlabToken('gitlab-runner-registration-token', 'GitLab runner registration token', 'GR1348941', '[A-Za-z0-9_-]{20}', 'GR1348941<20 base64url>'),
    gitlabToken('gitlab-oauth-app-secret', 'GitLab OAuth application secret', 'gloas-', '[A-Za-z0-9_-]{64}', 'gloas-<64 base64url>'),
    gitlabToken('gitlab-ci-job-token', 'GitLab CI/CD job token', 'glcbt-', '[0-9a-zA-Z]{1,5}_[0-9a-zA-Z_-]{20}', 'glcbt-<2 base62>_<20 base64url>'),
    gitlabToken('gitlab-feed-token', 'GitLab feed token', 'glft-', '[A-Za-z0-9_-]{20}', 'glft-<20 base64url>'),
    gitlabToken('gitlab-incoming-mail-token', 'GitLab incoming email token', 'glimt-', '[A-Za-z0-9_-]{25}', 'glimt-<25 base64url>'),
    gitlabToken('gitlab-agent-token', 'GitLab agent for Kubernetes token', 'glagent-', '[A-Za-z0-9_-]{50,}', 'glagent-<50 base64url>'),
    gitlabToken('gitlab-scim-token', 'GitLab SCIM OAuth token', 'glsoat-', '[A-Za-z0-9_-]{20}', 'glsoat-<20 base64url>'),
    gitlabToken('gitlab-feature-flags-token', 'GitLab feature flags client token', 'glffct-', '[A-Za-z0-9_-]{20}', 'glffct-<20 base64url>'),
    (0,rule/* tokenRule */.Ow)({
        id: 'atlassian-api-token', family: 'source-hosts', name: 'Atlassian API token',
        keywords: ['atatt3'],
        pattern: /\bATATT3[A-Za-z0-9_=-]{150,}(?![A-Za-z0-9_=-])/g,
        docs: { form: 'ATATT3<186 base64url>', rotate: 'Revoke it at id.atlassian.com → Security → API tokens and create a new one with an expiry.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'bitbucket-app-password', family: 'source-hosts', name: 'Bitbucket app password',
        keywords: ['atbb'],
        pattern: /\bATBB[A-Za-z0-9_=.-]{28,}(?![A-Za-z0-9_=.-])/g,
        docs: { form: 'ATBB<32 base62>', rotate: 'Revoke it under Personal settings → App passwords in Bitbucket and create an API token instead.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'circleci-token', family: 'source-hosts', name: 'CircleCI personal API token',
        keywords: ['ccipat_'],
        pattern: /\bCCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}\b/g,
        docs: { form: 'CCIPAT_<22 base62>_<40 hex>', rotate: 'Delete it under User settings → Personal API tokens in CircleCI.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'buildkite-token', family: 'source-hosts', name: 'Buildkite API access token',
        keywords: ['bkua_'],
        pattern: /\bbkua_[a-f0-9]{40}\b/g,
        docs: { form: 'bkua_<40 hex>', rotate: 'Revoke it under Personal settings → API access tokens in Buildkite.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sonarqube-token', family: 'source-hosts', name: 'SonarQube / SonarCloud token',
        keywords: ['sqp_', 'squ_', 'sqa_'],
        pattern: /\bsq[apu]_[a-f0-9]{40}\b/g,
        docs: { form: 'squ_<40 hex>', rotate: 'Revoke it under My account → Security in SonarQube/SonarCloud.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sourcegraph-token', family: 'source-hosts', name: 'Sourcegraph access token',
        keywords: ['sgp_'],
        pattern: /\bsgp_(?:[a-f0-9]{16}_|local_)?[a-f0-9]{40}\b/g,
        docs: { form: 'sgp_<16 hex>_<40 hex>', rotate: 'Delete it under Settings → Access tokens in Sourcegraph.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sonarqube-legacy-token', family: 'source-hosts', name: 'SonarQube / SonarCloud token (unprefixed)',
        keywords: ['sonar'],
        pattern: (0,rule/* contextPattern */.KH)('sonar[\\w.-]{0,20}(?:token|login)', '[a-f0-9]{40}'),
        docs: { form: '<40 hex>', unsafe: 'SONAR_TOKEN={secret}', rotate: 'Revoke it under My account → Security in SonarQube/SonarCloud.', detection: 'Tokens issued before SonarQube 9.5 have no `squ_` prefix: 40 hex characters after a Sonar keyword (`SONAR_TOKEN`, `sonar.login`, `-Dsonar.token`).' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sourcegraph-legacy-token', family: 'source-hosts', name: 'Sourcegraph access token (unprefixed)',
        keywords: ['src_access_token', 'sourcegraph'],
        pattern: (0,rule/* contextPattern */.KH)('src_access_token|sourcegraph[\\w.-]{0,20}token', '[a-f0-9]{40}'),
        docs: { form: '<40 hex>', unsafe: 'SRC_ACCESS_TOKEN={secret}', rotate: 'Delete it under Settings → Access tokens in Sourcegraph.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'atlassian-api-token-legacy', family: 'source-hosts', name: 'Atlassian API token (unprefixed)',
        keywords: ['atlassian', 'jira', 'confluence'],
        pattern: (0,rule/* contextPattern */.KH)('(?:atlassian|jira|confluence)[\\w.-]{0,20}(?:api[_.-]?)?token', '[A-Za-z0-9]{24}'),
        docs: { form: '<24 base62>', unsafe: 'JIRA_API_TOKEN={secret}', rotate: 'Revoke it at id.atlassian.com → Security → API tokens and create a new one with an expiry.', detection: 'Tokens created before 2023 are 24 characters without the `ATATT3` prefix: found after an Atlassian, Jira or Confluence keyword.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'sidekiq-credentials', family: 'source-hosts', name: 'Sidekiq Pro/Enterprise credentials',
        keywords: ['contribsys'],
        pattern: /(?:contribsys__com\s{0,3}[=:]\s{0,3}["']?|contribsys\.com["']?\s{1,3}["']?|https?:\/\/)(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?:@(?:gems|enterprise)\.contribsys\.com|(?![\w:]))/gi,
        minEntropy: 2.5,
        validate: (_secret, m) => /contribsys/i.test(m[0]),
        docs: { form: '<8 hex>:<8 hex>', unsafe: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM={secret}', rotate: 'Ask Contributed Systems to rotate the licence credentials (support@contribsys.com) and update Bundler\'s config in CI.', detection: 'The `user:password` pair Sidekiq Pro and Enterprise give for their gem server, in `BUNDLE_ENTERPRISE__CONTRIBSYS__COM` / `BUNDLE_GEMS__CONTRIBSYS__COM`, in `bundle config` commands and in `https://…@gems.contribsys.com` / `enterprise.contribsys.com` source URLs.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'octopus-deploy-api-key', family: 'source-hosts', name: 'Octopus Deploy API key',
        keywords: ['api-'],
        pattern: /\bAPI-[A-Z0-9]{26,32}\b/g,
        minEntropy: 3.5,
        docs: { form: 'API-<27 upper alnum>', rotate: 'Revoke it under Profile → My API keys in Octopus Deploy.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'harness-pat', family: 'source-hosts', name: 'Harness access token',
        keywords: ['pat.', 'sat.'],
        pattern: /\b(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}\b/g,
        docs: { form: 'pat.<22 base64url>.<24 hex>.<20 base62>', rotate: 'Delete the token under My profile → API keys (or the service account) in Harness.' },
    }),
    (0,rule/* tokenRule */.Ow)({
        id: 'jenkins-api-token', family: 'source-hosts', name: 'Jenkins API token',
        keywords: ['jenkins'],
        pattern: (0,rule/* contextPattern */.KH)('jenkins[\\w.-]{0,20}(?:api[_.-]?)?token', '11[a-f0-9]{32}'),
        docs: { form: '11<32 hex>', unsafe: 'JENKINS_API_TOKEN={secret}', rotate: 'Revoke it under the user\'s Configure → API Token in Jenkins.' },
    }),
];

;// CONCATENATED MODULE: ./src/checks/secrets/rules/tokens.ts

/**
 * JSON Web Tokens: a header and payload that decode to JSON, and a signature. Unsigned tokens,
 * the jwt.io sample and Supabase-style `anon` keys (public by design) are skipped; an expired token
 * is only a warning.
 */
// base64url as RFC 7519 says, but also the standard alphabet and `=` padding some libraries emit, and
// a token right after a percent-escape (`%22eyJ…` in a URL-encoded JSON cookie).
const JWT = /(?:(?<=%[0-9A-Fa-f]{2})|(?<![A-Za-z0-9_+/-]))eyJ[A-Za-z0-9_+/-]{8,}={0,2}\.eyJ[A-Za-z0-9_+/-]{8,}={0,2}\.[A-Za-z0-9_+/-]{16,}={0,2}(?![A-Za-z0-9_+/=-])/g;
const tokens_ROTATE = 'Revoke the session or rotate the signing key that issued it (a JWT stays valid until it expires), and find what logged or committed it.';
function decodeJson(part) {
    try {
        const value = JSON.parse(Buffer.from(part, 'base64').toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
const JWT_RULE = {
    meta: {
        id: 'jwt', check: 'secrets', severity: 'error',
        description: 'A signed JSON Web Token in the code or a log.',
        help: `${tokens_ROTATE} ${rule/* ALLOW_HELP */.aA}`,
    },
    family: 'tokens',
    name: 'JSON Web Token',
    keywords: ['eyj'],
    docs: {
        form: 'eyJ<header>.eyJ<payload>.<signature>',
        unsafe: 'headers: { authorization: "Bearer {secret}" }',
        rotate: tokens_ROTATE,
        detection: 'Found in base64url (no padding) as well as in the standard base64 alphabet with `=` padding, and inside URL-encoded cookies and JSON. The header must decode to JSON with an `alg`, the payload to a JSON object, and the signature must be present. Unsigned tokens (`alg: none`), the jwt.io sample token and tokens whose `role` is `anon` (public client keys) are skipped. A token whose `exp` has passed is reported as a warning, marked expired. Claims are never printed.',
        why: 'A bearer token is a password that anyone holding it can replay until it expires; long-lived service tokens often never do.',
    },
    find(line, context) {
        const out = [];
        JWT.lastIndex = 0;
        for (let m = JWT.exec(line); m; m = JWT.exec(line)) {
            const [head, body] = m[0].split('.');
            const header = decodeJson(head);
            const payload = decodeJson(body);
            if (!header || !payload || typeof header.alg !== 'string' || /^none$/i.test(header.alg))
                continue;
            if (payload.sub === '1234567890' && payload.name === 'John Doe')
                continue; // the jwt.io sample
            if (payload.role === 'anon')
                continue;
            const candidate = { start: m.index, end: m.index + m[0].length, secret: m[0] };
            const exp = typeof payload.exp === 'number' ? payload.exp : undefined;
            if (exp !== undefined && exp * 1000 < context.now.getTime()) {
                candidate.severity = 'warning';
                candidate.detail = `expired ${new Date(exp * 1000).toISOString().slice(0, 10)}`;
            }
            out.push(candidate);
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/checks/secrets/rules/index.ts














/** Known provider formats: a match here is more specific than any later rule on the same span. */
const PROVIDER_RULES = [
    ...SOURCE_HOST_RULES, ...CLOUD_RULES, ...CHAT_MAIL_RULES, ...PAYMENT_RULES, ...REGISTRY_RULES, ...AI_RULES, ...SAAS_RULES,
];
/**
 * Every line rule, most specific first: when two rules claim overlapping text on a line, the earlier
 * one reports it (a GitHub token inside a URL is a github-pat, not a basic-auth-url).
 */
const SECRET_RULES = [
    ...PROVIDER_RULES, ...PRIVATE_KEY_RULES, JWT_RULE, ...URL_RULES, ...HTTP_RULES, ...LOG_RULES, ...PERSONAL_DATA_RULES, ...GENERIC_RULES,
];


/***/ }),

/***/ 395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kn: () => (/* binding */ fromWire),
  xX: () => (/* binding */ joinRanges),
  aL: () => (/* binding */ lineCuts),
  K5: () => (/* binding */ logRuleCount),
  xY: () => (/* binding */ scanTextFile),
  sW: () => (/* binding */ secretScanners),
  BW: () => (/* binding */ toWire)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/files/read-bounded.ts
var read_bounded = __webpack_require__(1543);
// EXTERNAL MODULE: ./src/checks/secrets/read-file.ts
var read_file = __webpack_require__(898);
// EXTERNAL MODULE: ./src/checks/secrets/rules/index.ts + 16 modules
var rules = __webpack_require__(8705);
;// CONCATENATED MODULE: ./src/checks/secrets/prefilter.ts
/**
 * An Aho-Corasick automaton over bytes, case-insensitive for ASCII letters: one pass over a buffer finds
 * every keyword occurrence, so each rule's regular expression runs only on lines holding its keyword.
 * It works on raw bytes so that lines without any keyword are never decoded to strings.
 */
// What a byte is to a digit run: most bytes are OTHER, so the common path is one table load and one test.
const OTHER = 0;
const DIGIT = 1;
const SEPARATOR = 2;
const NEWLINE = 3;
const BYTE_KIND = new Uint8Array(256).map((_, b) => (b >= 48 && b <= 57 ? DIGIT : b === 32 || b === 45 ? SEPARATOR : b === 10 ? NEWLINE : OTHER));
class KeywordMatcher {
    keywords;
    /** Byte → alphabet class; 0 for bytes that occur in no keyword. */
    classOf = new Uint8Array(256);
    classes;
    /**
     * Dense transition table over row offsets: from the row at offset o (state × classes), the next row
     * is delta[o + class]. A target with keywords ending in it is stored as -(offset + 1), so the hot loop
     * needs one comparison per byte to know whether anything matched.
     */
    delta;
    /** By row offset: the keyword ids that end in that state (via failure links included). */
    outputs;
    constructor(keywords) {
        this.keywords = keywords.map((k) => k.toLowerCase());
        for (const k of this.keywords) {
            if (k.length === 0)
                throw new Error('a keyword must not be empty');
            if (/[^\x20-\x7e]/.test(k))
                throw new Error(`keyword ${JSON.stringify(k)} must be printable ASCII`);
        }
        let next = 1;
        for (const k of this.keywords) {
            for (const ch of k) {
                const b = ch.charCodeAt(0);
                if (this.classOf[b] === 0) {
                    this.classOf[b] = next;
                    // Upper-case letters share their lower-case letter's class.
                    if (b >= 97 && b <= 122)
                        this.classOf[b - 32] = next;
                    next++;
                }
            }
        }
        if (next > 255)
            throw new Error('too many distinct keyword characters');
        this.classes = next;
        // Trie.
        const goto = [new Map()];
        const out = [[]];
        this.keywords.forEach((k, id) => {
            let s = 0;
            for (const ch of k) {
                const c = this.classOf[ch.charCodeAt(0)];
                let t = goto[s].get(c);
                if (t === undefined) {
                    t = goto.length;
                    goto.push(new Map());
                    out.push([]);
                    goto[s].set(c, t);
                }
                s = t;
            }
            out[s].push(id);
        });
        // Breadth-first: failure links, folded into a complete DFA.
        const states = goto.length;
        const delta = new Int32Array(states * this.classes);
        const fail = new Int32Array(states);
        const queue = [];
        for (let c = 1; c < this.classes; c++) {
            const t = goto[0].get(c);
            if (t !== undefined) {
                delta[c] = t;
                queue.push(t);
            }
        }
        for (let head = 0; head < queue.length; head++) {
            const s = queue[head];
            out[s].push(...out[fail[s]]);
            for (let c = 1; c < this.classes; c++) {
                const t = goto[s].get(c);
                if (t !== undefined) {
                    fail[t] = delta[fail[s] * this.classes + c];
                    delta[s * this.classes + c] = t;
                    queue.push(t);
                }
                else {
                    delta[s * this.classes + c] = delta[fail[s] * this.classes + c];
                }
            }
        }
        const classes = this.classes;
        this.outputs = new Map();
        out.forEach((o, state) => { if (o.length)
            this.outputs.set(state * classes, [...new Set(o)]); });
        this.delta = delta.map((target) => (out[target].length ? -(target * classes) - 1 : target * classes));
    }
    /**
     * Calls onHit(position, keywordId, line, lineStart) for each keyword occurrence in buf[start, end):
     * position is the index of the keyword's last byte, line the number of newlines before it in the
     * range, lineStart where that line begins. Occurrences come in increasing position order. Returns
     * the number of newlines in the range, so callers never have to walk lines that hold no keyword.
     */
    scan(buf, start, end, onHit) {
        const { delta, classOf, outputs } = this;
        let row = 0;
        let line = 0;
        let lineStart = start;
        for (let i = start; i < end; i++) {
            const b = buf[i];
            if (b === 10) {
                line++;
                lineStart = i + 1;
            }
            row = delta[row + classOf[b]];
            if (row < 0) {
                row = -row - 1;
                for (const id of outputs.get(row))
                    onHit(i, id, line, lineStart);
            }
        }
        return line;
    }
    /**
     * Like scan, and also reports `digitRunId` where a run of `minDigits` digits completes (one space
     * or dash allowed between digits): card numbers have no keyword, and this finds their lines in the
     * same pass instead of decoding every line.
     */
    scanWithDigitRuns(buf, start, end, minDigits, digitRunId, onHit) {
        const { delta, classOf, outputs } = this;
        let row = 0;
        let line = 0;
        let lineStart = start;
        let digits = 0;
        let separator = false;
        for (let i = start; i < end; i++) {
            const b = buf[i];
            row = delta[row + classOf[b]];
            if (row < 0) {
                row = -row - 1;
                for (const id of outputs.get(row))
                    onHit(i, id, line, lineStart);
            }
            const kind = BYTE_KIND[b];
            if (kind === OTHER) {
                digits = 0;
            }
            else if (kind === DIGIT) {
                separator = false;
                if (++digits === minDigits)
                    onHit(i, digitRunId, line, lineStart);
            }
            else if (kind === SEPARATOR && !separator && digits > 0) {
                separator = true;
            }
            else {
                digits = 0;
                separator = false;
                if (kind === NEWLINE) {
                    line++;
                    lineStart = i + 1;
                }
            }
        }
        return line;
    }
    /** Keyword ids found in a string (for callers that already hold text). */
    find(text) {
        const found = new Set();
        const buf = Buffer.from(text, 'utf8');
        this.scan(buf, 0, buf.length, (_, id) => found.add(id));
        return found;
    }
}

// EXTERNAL MODULE: ./src/checks/secrets/context-policy.ts
var context_policy = __webpack_require__(715);
;// CONCATENATED MODULE: ./src/checks/secrets/scanner.ts


/** Lines longer than this are scanned in windows, so one enormous minified line never sits whole in memory. */
const MAX_LINE_BYTES = 1024 * 1024;
/** Windows of a long line overlap by this much, so a secret across a window edge is still seen whole. */
const WINDOW_OVERLAP_BYTES = 8 * 1024;
const ALLOW_KEYWORD = 'release-gate:allow';
const ALLOW_DIRECTIVE = /release-gate:allow(?<next>-next-line)?(?<ids>(?:[ \t]+[a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]*,[ \t]*[a-z0-9]+(?:-[a-z0-9]+)*)*)?)/;
function covers(allowance, ruleId) {
    return !!allowance && (allowance.all || allowance.ids.has(ruleId));
}
/**
 * Finds secrets in text with a set of rules. One instance serves many files: the keyword automaton
 * is built once, and each file gets a session that is fed bytes as they are read.
 */
class SecretScanner {
    rules;
    matcher;
    /** Keyword id → indices (in priority order) of the rules it triggers. */
    keywordRules;
    allowKeyword;
    /** The pseudo-keyword id reported for digit runs, and how long a run must be (0: no rule asks). */
    digitRunKeyword;
    digitRunLength;
    knownIds;
    constructor(rules) {
        this.rules = rules;
        const keywords = [];
        const index = new Map();
        this.keywordRules = [];
        rules.forEach((rule, r) => {
            for (const raw of rule.keywords) {
                const k = raw.toLowerCase();
                let id = index.get(k);
                if (id === undefined) {
                    id = keywords.length;
                    index.set(k, id);
                    keywords.push(k);
                    this.keywordRules.push([]);
                }
                if (!this.keywordRules[id].includes(r))
                    this.keywordRules[id].push(r);
            }
        });
        this.allowKeyword = keywords.length;
        keywords.push(ALLOW_KEYWORD);
        this.keywordRules.push([]);
        this.matcher = new KeywordMatcher(keywords);
        // Digit runs are a pseudo-keyword after the real ones; the shortest run any rule asks for triggers all of them.
        this.digitRunKeyword = this.keywordRules.length;
        this.keywordRules.push(rules.flatMap((rule, r) => (rule.digitRun ? [r] : [])));
        this.digitRunLength = Math.min(...rules.map((r) => r.digitRun ?? Infinity));
        if (!Number.isFinite(this.digitRunLength))
            this.digitRunLength = 0;
        this.knownIds = new Set(rules.map((r) => r.meta.id));
    }
    session(target, onHit) {
        return new ScanSession(this, this.matcher, this.keywordRules, this.allowKeyword, target, onHit);
    }
    /** Scans a whole text (tests, stdin already in memory); returns the hits in order. */
    scanText(text, target) {
        const hits = [];
        const session = this.session(target, (h) => hits.push(h));
        const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        for (let i = 0; i < buf.length; i += MAX_LINE_BYTES)
            session.push(buf.subarray(i, i + MAX_LINE_BYTES));
        session.end();
        return hits;
    }
}
/** The state of scanning one text: line number, a partial last line, an open PEM block, allow comments. */
class ScanSession {
    scanner;
    matcher;
    keywordRules;
    allowKeyword;
    onHit;
    bytes = 0;
    lineNo = 1;
    /** UTF-16 offset, within the current line, of the first byte not yet scanned (for windows of long lines). */
    colOffset = 0;
    carry;
    block;
    allowNext;
    /** Findings already emitted on a line scanned in overlapping windows, so the overlap reports nothing twice. */
    seen = new Set();
    seenLine = 0;
    windowed = false;
    /** Keyword hits of the range being scanned, as (keyword id, line, line start) triples; reused, grown by doubling. */
    hits = new Int32Array(3 * 1024);
    hitCount = 0;
    marked;
    context;
    policy;
    continues;
    constructor(scanner, matcher, keywordRules, allowKeyword, target, onHit) {
        this.scanner = scanner;
        this.matcher = matcher;
        this.keywordRules = keywordRules;
        this.allowKeyword = allowKeyword;
        this.onHit = onHit;
        this.marked = new Uint8Array(scanner.rules.length);
        const context = target.context ?? (target.testFile ? 'test' : target.kind === 'config' ? 'config' : 'code');
        this.context = { file: target.file, kind: target.kind, testFile: context === 'test' || context === 'fixture', context, now: target.now };
        this.policy = { ...context_policy/* DEFAULT_CONTEXT_POLICY */.pg, ...target.policy };
        this.continues = !!target.continues;
    }
    get lines() {
        return this.lineNo - 1 + (this.carry ? 1 : 0);
    }
    push(chunk) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (buf.length === 0)
            return;
        this.bytes += buf.length;
        let pos = 0;
        if (this.carry) {
            const nl = buf.indexOf(10);
            if (nl === -1) {
                this.carry = Buffer.concat([this.carry, buf]);
                this.windowLongCarry();
                return;
            }
            const first = Buffer.concat([this.carry, buf.subarray(0, nl + 1)]);
            this.carry = undefined;
            this.scanLines(first, 0, first.length, false);
            pos = nl + 1;
        }
        const last = buf.lastIndexOf(10);
        if (last >= pos) {
            this.scanLines(buf, pos, last + 1, false);
            pos = last + 1;
        }
        if (pos < buf.length) {
            this.carry = Buffer.from(buf.subarray(pos));
            this.windowLongCarry();
        }
    }
    /**
     * Ends a range that stops after a newline, without ending the text: true when nothing carries over
     * to the next line (no open PEM block, no allow-next-line comment), so the next range, scanned on
     * its own, sees exactly what a scan of the whole text would.
     */
    endRange() {
        if (this.carry)
            return false;
        return !this.block && !(this.allowNext && this.allowNext.line >= this.lineNo);
    }
    end() {
        if (this.carry) {
            const rest = this.carry;
            this.carry = undefined;
            this.scanLines(rest, 0, rest.length, false);
        }
        if (this.block)
            this.closeBlock();
    }
    /** Scans a long unfinished line in windows; keeps only the tail (the overlap) for the next one. */
    windowLongCarry() {
        while (this.carry && this.carry.length > MAX_LINE_BYTES) {
            const carry = this.carry;
            let cut = carry.length - WINDOW_OVERLAP_BYTES;
            while (cut > 0 && (carry[cut] & 0xc0) === 0x80)
                cut--; // never split a UTF-8 sequence
            const cutColumn = utf16Length(carry, 0, cut);
            this.scanLines(carry, 0, carry.length, true, cutColumn);
            this.colOffset += cutColumn;
            this.carry = Buffer.from(carry.subarray(cut));
        }
    }
    /**
     * Scans buf[start, end): whole lines, or (partial) one window of a line that goes on. In a window,
     * candidates starting at or after `keepBefore` are left for the next window, which sees them whole.
     */
    scanLines(buf, start, end, partial, keepBefore = Infinity) {
        this.hitCount = 0;
        const onHit = (_p, k, line, lineStart) => {
            if (this.hitCount * 3 + 3 > this.hits.length) {
                const grown = new Int32Array(this.hits.length * 2);
                grown.set(this.hits);
                this.hits = grown;
            }
            const at = this.hitCount++ * 3;
            this.hits[at] = k;
            this.hits[at + 1] = line;
            this.hits[at + 2] = lineStart;
        };
        const { digitRunLength, digitRunKeyword } = this.scanner;
        const newlines = digitRunLength > 0
            ? this.matcher.scanWithDigitRuns(buf, start, end, digitRunLength, digitRunKeyword, onHit)
            : this.matcher.scan(buf, start, end, onHit);
        const firstLine = this.lineNo;
        const firstColOffset = this.colOffset;
        // Only lines with a keyword are visited, plus the lines of an open PEM block.
        let cursor = start;
        let cursorLine = 0;
        const visit = (lineStart, line, triggered, allow) => {
            let nl = partial ? -1 : buf.indexOf(10, lineStart);
            if (nl === -1 || nl >= end)
                nl = end;
            this.lineNo = firstLine + line;
            this.colOffset = line === 0 ? firstColOffset : 0;
            this.scanLine(buf, lineStart, nl, triggered, allow, partial, keepBefore);
            return nl + 1;
        };
        const followBlock = (until) => {
            while (this.block && cursor < until) {
                cursor = visit(cursor, cursorLine, [], false);
                cursorLine++;
            }
        };
        const { hits, hitCount } = this;
        for (let h = 0; h < hitCount;) {
            const line = hits[h * 3 + 1];
            const lineStart = hits[h * 3 + 2];
            followBlock(lineStart);
            const triggered = [];
            let allow = false;
            for (; h < hitCount && hits[h * 3 + 1] === line; h++) {
                const k = hits[h * 3];
                if (k === this.allowKeyword) {
                    allow = true;
                    continue;
                }
                for (const r of this.keywordRules[k]) {
                    if (this.marked[r] === 0) {
                        this.marked[r] = 1;
                        triggered.push(r);
                    }
                }
            }
            for (const r of triggered)
                this.marked[r] = 0;
            cursor = visit(lineStart, line, triggered, allow);
            cursorLine = line + 1;
        }
        followBlock(end);
        if (partial) {
            this.lineNo = firstLine;
            this.colOffset = firstColOffset;
        }
        else {
            // Whole lines: the range ends with a newline, except the last line of a text without one.
            this.lineNo = firstLine + newlines + (end > start && buf[end - 1] !== 10 ? 1 : 0);
            this.colOffset = 0;
        }
    }
    scanLine(buf, start, end, triggered, allowHere, partial, keepBefore) {
        let text = buf.toString('utf8', start, end);
        if (!partial && text.endsWith('\r'))
            text = text.slice(0, -1);
        if (this.lineNo === 1 && this.colOffset === 0 && !this.continues && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        const line = this.lineNo;
        // Only a line scanned in windows (a partial one, or the rest of one) can see the same finding twice.
        const windowed = partial || this.colOffset > 0;
        if (windowed && line !== this.seenLine) {
            this.seen.clear();
            this.seenLine = line;
        }
        this.windowed = windowed;
        if (this.block) {
            if (partial) {
                this.closeBlock();
            }
            else {
                this.block.lines.push(text);
                const spec = this.block.rule.block;
                if (spec.isEnd(text) || this.block.lines.length >= spec.maxLines)
                    this.closeBlock();
                return;
            }
        }
        let allowance;
        if (allowHere) {
            const m = ALLOW_DIRECTIVE.exec(text);
            if (m) {
                const ids = new Set((m.groups.ids ?? '').split(/[\s,]+/).filter((id) => this.scanner.knownIds.has(id)));
                const parsed = { all: ids.size === 0, ids };
                if (m.groups.next)
                    this.allowNext = { line: line + 1, allowance: parsed };
                else
                    allowance = parsed;
            }
        }
        const fromAbove = this.allowNext?.line === line ? this.allowNext.allowance : undefined;
        const rules = this.scanner.rules;
        const order = triggered;
        if (order.length > 1)
            order.sort((a, b) => a - b);
        // Claimed spans, sorted by start and never overlapping: rules run most specific first, and a span
        // already claimed is not reported again by a vaguer rule.
        let found = NONE_FOUND;
        for (const r of order) {
            const rule = rules[r];
            let candidates;
            try {
                candidates = rule.find(text, this.context);
            }
            catch {
                continue; // A rule must never stop the scan; a throwing rule simply reports nothing on this line.
            }
            for (const c of candidates) {
                if (c.start >= keepBefore || c.end <= c.start)
                    continue;
                const at = firstEndingAfter(found, c.start);
                if (at < found.length && found[at].c.start < c.end)
                    continue;
                if (found === NONE_FOUND)
                    found = [];
                found.splice(at, 0, { rule, c });
            }
        }
        for (const { rule, c } of found) {
            this.emit(rule, c, line, line, c.end, covers(allowance, rule.meta.id) || covers(fromAbove, rule.meta.id));
        }
        if (!partial) {
            for (const r of order) {
                const spec = rules[r].block;
                if (!spec)
                    continue;
                const column = spec.open(text);
                if (column === undefined)
                    continue;
                const at = firstEndingAfter(found, column);
                if (at < found.length && found[at].c.start <= column)
                    continue;
                const rule = rules[r];
                this.block = {
                    rule, line, column, colOffset: this.colOffset, lines: [text],
                    allowed: covers(allowance, rule.meta.id) || covers(fromAbove, rule.meta.id),
                };
                break;
            }
        }
    }
    closeBlock() {
        const block = this.block;
        this.block = undefined;
        let c;
        try {
            c = block.rule.block.close(block.lines, block.column, this.context);
        }
        catch {
            c = undefined;
        }
        if (!c)
            return;
        this.emit(block.rule, c, block.line, block.line + c.endLine, c.endColumn - 1, block.allowed, block.colOffset);
    }
    emit(rule, c, line, endLine, endIndex, allowed, colOffset = this.colOffset) {
        const judged = (0,context_policy/* judgeInContext */.My)(rule, c, this.context.context, this.policy);
        if (!judged)
            return;
        const column = colOffset + c.start + 1;
        if (this.windowed) {
            const key = `${rule.meta.id}:${line}:${column}`;
            if (this.seen.has(key))
                return;
            this.seen.add(key);
        }
        const hit = {
            rule, line, column, endLine,
            endColumn: (endLine === line ? colOffset : 0) + endIndex + 1,
            secret: c.secret,
            severity: judged.severity,
        };
        if (judged.detail)
            hit.detail = judged.detail;
        if (allowed)
            hit.allowed = true;
        this.onHit(hit);
    }
}
const NONE_FOUND = [];
/** Index of the first claimed span whose end is after `position` (binary search over sorted, disjoint spans). */
function firstEndingAfter(spans, position) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (spans[mid].c.end <= position)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** UTF-16 code units of the UTF-8 bytes buf[start, end): one per sequence, two for 4-byte sequences. */
function utf16Length(buf, start, end) {
    let n = 0;
    for (let i = start; i < end; i++) {
        const b = buf[i];
        if ((b & 0xc0) !== 0x80)
            n += b >= 0xf0 ? 2 : 1;
    }
    return n;
}

// EXTERNAL MODULE: ./src/checks/secrets/text-kind.ts
var text_kind = __webpack_require__(2511);
;// CONCATENATED MODULE: ./src/checks/secrets/scan-file.ts






const codeRules = () => rules/* SECRET_RULES */.v.filter((r) => r.scope !== 'logs');
const logRules = (includePersonalData) => rules/* SECRET_RULES */.v.filter((r) => includePersonalData || r.family !== 'personal-data');
/** The scanners of one run: logs get the log-only rules (and personal data unless turned off). */
function secretScanners(includePersonalData) {
    return { code: new SecretScanner(codeRules()), log: new SecretScanner(logRules(includePersonalData)) };
}
/** How many rules a log is scanned with (a metric), without building a scanner. */
function logRuleCount(includePersonalData) {
    return logRules(includePersonalData).length;
}
/** Reads and scans one text file; logs are streamed whatever their size, tree files up to maxBytes. */
async function scanTextFile(scanners, job, policy, now, signal) {
    const log = job.kind === 'log';
    const scanner = log ? scanners.log : scanners.code;
    const hits = [];
    let lines = 0;
    const where = log ? {} : { context: (0,text_kind/* contextOf */.Vm)(job.file), policy };
    if (job.range)
        return scanRange(scanner, job, job.range, { file: job.file, kind: job.kind, ...where, now }, signal);
    let session;
    const outcome = await (0,read_file/* feedFile */.xB)(job.path, job.maxBytes, () => (session = scanner.session({ file: job.file, kind: job.kind, ...where, now }, (h) => hits.push(h))), signal, job.root);
    if (outcome.status === 'scanned')
        lines = session?.lines ?? 0;
    return { outcome, lines, hits };
}
/** Scans one range of a file; a range that starts at 0 is sniffed for binary content as a whole file is. */
async function scanRange(scanner, job, range, target, signal) {
    const hits = [];
    let session;
    let bytes = 0;
    // The bounded reader's checks, as for a whole file; a refusal fails the range, and the file is then
    // read whole by feedFile, which reports why.
    const opened = (0,read_bounded/* openRegularFile */.ZU)(job.path, job.root !== undefined ? { root: job.root } : {});
    if (!opened.ok)
        return { outcome: { status: 'unreadable', reason: opened.detail }, lines: 0, hits: [] };
    const stream = (0,external_node_fs_.createReadStream)('', { fd: opened.fd, autoClose: true, start: range.start, end: range.end === undefined ? undefined : range.end - 1, highWaterMark: read_file/* WHOLE_READ_BYTES */.li, signal });
    try {
        for await (const chunk of stream) {
            const buf = chunk;
            if (!session) {
                if (range.start === 0 && (0,read_file/* looksBinary */.Wb)(buf))
                    return { outcome: { status: 'binary' }, lines: 0, hits: [] };
                session = scanner.session({ ...target, continues: range.start > 0 }, (h) => hits.push(h));
            }
            bytes += buf.length;
            session.push(buf);
        }
    }
    catch (error) {
        return { outcome: { status: 'unreadable', reason: error.code ?? error.message }, lines: 0, hits: [] };
    }
    finally {
        stream.destroy();
    }
    let clean = true;
    if (session && range.end === undefined)
        session.end();
    else if (session)
        clean = session.endRange();
    return { outcome: { status: 'scanned', bytes }, lines: session?.lines ?? 0, hits, clean };
}
/**
 * Where to cut a file of `size` bytes into about `parts` ranges of whole lines: offsets just after a
 * newline near each even share (0 first, the last range open-ended). Fewer cuts where no newline is near.
 */
function lineCuts(path, size, parts, root) {
    const cuts = [0];
    const opened = (0,read_bounded/* openRegularFile */.ZU)(path, root !== undefined ? { root } : {});
    if (!opened.ok)
        return cuts;
    const fd = opened.fd;
    const buf = Buffer.alloc(64 * 1024);
    try {
        for (let k = 1; k < parts; k++) {
            let at = Math.floor((size * k) / parts);
            // A newline within 1 MB of the even share; a longer line is not cut.
            for (let read = 0; read < 16 && at < size; read++) {
                const n = (0,external_node_fs_.readSync)(fd, buf, 0, buf.length, at);
                if (n <= 0)
                    break;
                const nl = buf.subarray(0, n).indexOf(10);
                if (nl < 0) {
                    at += n;
                    continue;
                }
                const cut = at + nl + 1;
                if (cut < size && cut > cuts[cuts.length - 1])
                    cuts.push(cut);
                break;
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return cuts;
}
/**
 * The scans of a file's ranges as one scan of the file: lines counted on, hits moved to their line in
 * the file. Undefined when a range failed or state carried over a cut: the file is then scanned whole.
 */
function joinRanges(parts) {
    if (parts[0]?.outcome.status === 'binary')
        return parts[0];
    let lines = 0;
    let bytes = 0;
    const hits = [];
    for (const [i, part] of parts.entries()) {
        if (part.outcome.status !== 'scanned' || (i < parts.length - 1 && !part.clean))
            return undefined;
        for (const hit of part.hits)
            hits.push({ ...hit, line: hit.line + lines, endLine: hit.endLine + lines });
        lines += part.lines;
        bytes += part.outcome.bytes;
    }
    return { outcome: { status: 'scanned', bytes }, lines, hits };
}
function toWire(hit) {
    const { rule, ...rest } = hit;
    return { ...rest, ruleId: rule.meta.id };
}
const RULES_BY_ID = new Map(rules/* SECRET_RULES */.v.map((r) => [r.meta.id, r]));
function fromWire(hit) {
    const { ruleId, ...rest } = hit;
    const rule = RULES_BY_ID.get(ruleId);
    if (!rule)
        throw new Error(`a worker reported the unknown rule ${ruleId}`);
    return { ...rest, rule, severity: rest.severity };
}


/***/ }),

/***/ 2511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ji: () => (/* binding */ textKindOf),
/* harmony export */   Vm: () => (/* binding */ contextOf)
/* harmony export */ });
/* unused harmony exports isTestPath, FINDING_CONTEXTS */
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7619);

const CONFIG_EXTENSIONS = new Set(['env', 'ini', 'cfg', 'conf', 'config', 'properties', 'toml', 'yml', 'yaml', 'tfvars', 'sh', 'bash', 'zsh', 'ksh', 'envrc', 'service', 'desktop']);
const CONFIG_NAMES = /^(?:\.env(?:\..*)?|\.npmrc|\.yarnrc|\.pypirc|\.netrc|_netrc|\.gemrc|\.pgpass|\.my\.cnf|\.s3cfg|\.boto|\.htpasswd|credentials|kubeconfig|Dockerfile(?:\..*)?|Containerfile|Procfile|Makefile)$/;
const DOC_EXTENSIONS = new Set(['md', 'markdown', 'mdx', 'rst', 'txt', 'adoc', 'asciidoc', 'org', 'textile']);
/**
 * What a file holds, by name: config files (where `KEY=value` without quotes is an assignment),
 * documentation, or code. Logs are named by the `logs` globs, not by their extension.
 */
function textKindOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (CONFIG_NAMES.test(name))
        return 'config';
    const ext = (0,_walk_js__WEBPACK_IMPORTED_MODULE_0__/* .extensionOf */ .je)(path);
    if (CONFIG_EXTENSIONS.has(ext))
        return 'config';
    if (DOC_EXTENSIONS.has(ext))
        return 'docs';
    return 'code';
}
const TEST_PATH = /(?:^|\/)(?:test|tests|__tests__|spec|specs|fixtures?|__fixtures__|__mocks__|testdata|e2e)\/|\.(?:test|spec|e2e)\.[a-z0-9]+$|_test\.(?:go|py|rb|exs?)$|(?:^|\/)test_[^/]*\.py$/i;
/** A test or fixture file, where made-up credentials are the norm (generic rules report warnings there). */
function isTestPath(path) {
    return TEST_PATH.test(path);
}
const FINDING_CONTEXTS = (/* unused pure expression or super */ null && (['code', 'config', 'test', 'fixture', 'docs', 'locale', 'vendored']));
const VENDORED_PATH = /(?:^|\/)charts\/[^/]+\/charts\/[^/]+\.tgz$|(?:^|\/)(?:vendor|vendors|vendored|third[_-]?party|3rd[_-]?party|bower_components|jspm_packages|Pods|Carthage|\.yarn|site-packages|dist-packages)\/|\.min\.(?:js|css|mjs)$|[.-]bundle\.js$/i;
const LOCALE_DIR = /(?:^|\/)(?:locales?|i18n|l10n|langs?|languages|translations?|intl|LC_MESSAGES)\//i;
const LOCALE_FILE = /\.(?:po|pot|xlf|xliff|strings|stringsdict|arb|ftl)$|(?:^|\/)(?:messages|strings|translations?|locale)[._-][a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\.(?:json|ya?ml|properties|toml)$/i;
const LOCALE_DATA = /\.(?:json|ya?ml|properties|toml|xml|resx)$/i;
const LOCALE_NAMED = /(?:^|\/)[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?(?:\.[\w-]+)?\.(?:json|ya?ml|properties|toml|js|ts)$/;
const FIXTURE_PATH = /(?:^|\/)(?:fixtures?|__fixtures__|testdata|test[_-]data|__snapshots__|cassettes|vcr_cassettes|__mocks__|mocks?|stubs?|seeds?)\/|\.snap$/i;
const EXAMPLE_FILE = /\.(?:example|sample|template|dist)$|(?:^|\/)(?:README|CHANGELOG|CONTRIBUTING|SECURITY|HISTORY)(?:\.[\w]+)?$/i;
const DOCS_DIR = /(?:^|\/)(?:docs?|documentation|website|guides?|examples?|samples?|tutorials?)\//i;
/**
 * The context of a file: vendored code, locale files, fixtures, tests, docs (docs sites, READMEs,
 * examples and `.env.example`-style templates), config, or code. The first that applies wins.
 */
function contextOf(path) {
    if (VENDORED_PATH.test(path))
        return 'vendored';
    if (LOCALE_FILE.test(path) || (LOCALE_DIR.test(path) && (LOCALE_DATA.test(path) || LOCALE_NAMED.test(path))))
        return 'locale';
    if (FIXTURE_PATH.test(path))
        return 'fixture';
    if (TEST_PATH.test(path))
        return 'test';
    if (EXAMPLE_FILE.test(path) || DOCS_DIR.test(path) || textKindOf(path) === 'docs')
        return 'docs';
    return textKindOf(path) === 'config' ? 'config' : 'code';
}


/***/ }),

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ insideEncodedBlob),
/* harmony export */   O1: () => (/* binding */ isUuid),
/* harmony export */   So: () => (/* binding */ isMasked),
/* harmony export */   jN: () => (/* binding */ isHash),
/* harmony export */   r6: () => (/* binding */ looksMadeUp),
/* harmony export */   wK: () => (/* binding */ isPlaceholder)
/* harmony export */ });
/* unused harmony export hasLongRun */
/**
 * What a matched value looks like: a placeholder or a reference to a secret kept elsewhere, a hash,
 * a UUID, or a piece of a longer encoded blob (lockfile integrity, data URI). None of these is a secret.
 */
// Words that say a value stands for a real one. Kept to words a random token essentially never contains.
const PLACEHOLDER_WORDS = /example|placeholder|your[-_ .][\w.-]{0,40}?[-_ .]here|^your[-_]|goes[-_ ]?here|replace[-_ ]?(?:with|this)|fill[-_ ]?(?:me|in)\b|^set[-_ ]?me$|to[-_ ]?be[-_ ]?(?:set|filled|replaced|changed)|(?:enter|put|insert|add)[-_ ]?your|__[A-Za-z][A-Za-z0-9_]{2,}__|%%[A-Za-z_]+%%|^todo\b|your[-_ ]?(?:own[-_ ]?)?(?:api|access|secret|token|key|pass|app|client|password|auth)|xxxx|changeme|change[-_]me|replace[-_]?me|redacted|dummy|sample[-_]?(?:key|token|secret)|insert[-_ ]|not[-_]?a[-_]?(?:real|secret)|fake[-_]?(?:key|token|secret)|\*\*\*\*|\.\.\.|…/i;
// Template and reference syntaxes: the value names where the secret lives, not the secret itself.
const REFERENCE = /\$\{|\{\{|<%=?[^%]*%>|^\$[A-Za-z_][A-Za-z0-9_]*$|\$\([A-Za-z_][\w .-]*\)|^<[^<>]{1,80}>$|<[A-Za-z][\w -]{0,40}>|\bprocess\.env\b|\bos\.environ\b|\bos\.getenv\b|\bgetenv\(|\bENV\[|\benv\(|\bSystem\.getenv\b|\bsecrets\.[A-Za-z_]|^(?:vault|op|sm|gcp|aws|azure|ref\+[a-z]+|arn:aws):/i;
// %APPDATA%-style variables are upper case; generated keys hold `%` and lower-case letters.
const WINDOWS_VARIABLE = /%[A-Z_][A-Z0-9_]*%/;
/** A value that is a placeholder or a reference (`${VAR}`, `{{ secrets.X }}`, `process.env.X`, `<your-token>`, xxxx, EXAMPLE). */
function isPlaceholder(value) {
    if (PLACEHOLDER_WORDS.test(value) || REFERENCE.test(value) || WINDOWS_VARIABLE.test(value))
        return true;
    return hasLongRun(value, 6) || isSequence(value);
}
/** The same character six or more times in a row: `aaaaaa`, `000000`, `******`. */
function hasLongRun(value, length) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
        if (run >= length)
            return true;
    }
    return false;
}
// Runs such as 1234567890 or abcdefghij are typed by people filling in an example, not generated.
function isSequence(value) {
    const v = value.toLowerCase();
    return v.includes('123456789') || v.includes('abcdefghij') || v.includes('0123456789abcdef') || v.includes('qwertyuiop');
}
/** What loggers and frameworks print in place of a secret they already masked. */
const MASKED = /^(?:\*+|x{3,}|•+|#+|-+|\.+|\[(?:filtered|redacted|masked|hidden|removed|secret|sensitive)\]|<(?:filtered|redacted|masked|hidden|removed|secret|sensitive|token|password)>|\(?(?:filtered|redacted|masked|hidden|removed|sensitive)\)?|null|nil|none|undefined|true|false|empty|""|'')$/i;
function isMasked(value) {
    return MASKED.test(value) || /^\*{3,}|\*{3,}$/.test(value);
}
/** Words that mark a value as made up for a test, a fixture or a template. */
const MADE_UP = /password|passwd|secret|token|test|dummy|fake|demo|sample|example|mock|stub|fixture|local|default|changeme|foobar|lorem|placeholder|redacted|hunter2|letmein|qwerty|^dev(?=[a-z]*\d*$)|(?<![a-z])dev(?![a-z])/i;
function looksMadeUp(value) {
    return MADE_UP.test(value);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const PREFIXED_HASH = /^(?:sha1|sha224|sha256|sha384|sha512|md5)[:-]/i;
function isUuid(value) {
    return UUID.test(value);
}
/** A hex digest (MD5, SHA-1, SHA-2) or a value labelled with its hash algorithm. */
function isHash(value) {
    return HEX_HASH.test(value) || PREFIXED_HASH.test(value) || /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[^$]*|[156])\$/.test(value);
}
const ENCODED = /[A-Za-z0-9+/]/;
/**
 * Whether line[start, end) sits inside a longer encoded blob: a lockfile integrity string
 * (`sha512-…`), a data URI (`data:…;base64,…`), or a base64 run much longer than the match. A token's
 * shape found by chance inside such a blob is noise.
 */
function insideEncodedBlob(line, start, end) {
    let left = start;
    while (left > 0 && ENCODED.test(line[left - 1]))
        left--;
    let right = end;
    while (right < line.length && (ENCODED.test(line[right]) || line[right] === '='))
        right++;
    const before = line.slice(Math.max(0, left - 80), left);
    if (/(?:sha1|sha256|sha384|sha512)-$/i.test(before))
        return true;
    if (/data:[\w.+/-]*(?:;[\w=.-]+)*;base64,$/i.test(before))
        return true;
    const run = right - left;
    return run >= 64 && run >= 2 * (end - start);
}


/***/ }),

/***/ 7619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rv: () => (/* binding */ ALWAYS_EXCLUDED),
  Nz: () => (/* binding */ BINARY_EXTENSIONS),
  Wk: () => (/* binding */ KEYSTORE_EXTENSIONS),
  je: () => (/* binding */ extensionOf),
  Fv: () => (/* binding */ walkFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/checks/secrets/gitignore.ts

/** Parses one .gitignore whose directory is `base` (relative to the scan root, '' for the root). */
function parseGitignore(source, base) {
    const rules = [];
    const prefix = base ? `${base}/` : '';
    for (const raw of source.split(/\r?\n/)) {
        let line = raw.replace(/(?<!\\)\s+$/, '');
        if (!line || line.startsWith('#'))
            continue;
        let negate = false;
        if (line.startsWith('!')) {
            negate = true;
            line = line.slice(1);
        }
        line = line.replace(/^\\([#!])/, '$1');
        let dirOnly = false;
        if (line.endsWith('/')) {
            dirOnly = true;
            line = line.slice(0, -1);
        }
        if (!line)
            continue;
        const anchored = line.includes('/');
        line = line.replace(/^\//, '');
        const glob = anchored ? `${prefix}${line}` : `${prefix}**/${line}`;
        try {
            const match = picomatch_default()(glob, { dot: true });
            rules.push({ negate, dirOnly, match });
        }
        catch {
            // A pattern picomatch cannot compile is skipped, as git skips what it cannot parse.
        }
    }
    return rules;
}
/** Whether `path` (relative to the scan root) is ignored by the rules in effect, last match winning. */
function isIgnored(rules, path, isDir) {
    let ignored = false;
    for (const rule of rules) {
        if (rule.dirOnly && !isDir)
            continue;
        if (rule.match(path))
            ignored = !rule.negate;
    }
    return ignored;
}

;// CONCATENATED MODULE: ./src/checks/secrets/walk.ts




/** Never scanned: version control internals, dependencies, and release-gate's own output. */
const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**', '.release-gate/**'];
/** Files whose bytes are not text; skipped silently (a notice for each image would bury the findings). */
const BINARY_EXTENSIONS = new Set([
    'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'avif', 'tif', 'tiff', 'psd', 'heic',
    'woff', 'woff2', 'ttf', 'otf', 'eot',
    'jar', 'war', 'ear', 'whl', 'nupkg', 'apk', 'aab', 'ipa', 'deb', 'rpm', 'dmg', 'iso', 'msi', 'gem', 'crx', 'xpi', 'vsix',
    'mp3', 'mp4', 'm4a', 'mov', 'avi', 'mkv', 'webm', 'wav', 'flac', 'ogg',
    'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods',
    'exe', 'dll', 'so', 'dylib', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'pyd', 'wasm', 'node', 'bin', 'beam', 'elc',
    'sqlite', 'sqlite3', 'db', 'parquet', 'avro', 'pb', 'mo', 'gmo', 'lockb', 'pkl', 'pickle', 'npy', 'npz', 'onnx', 'pt', 'h5', 'safetensors', 'tflite',
    'swf', 'fla', 'xcf', 'sketch', 'fig', 'blend', 'glb', 'fbx', 'ttc', 'pfb', 'pfm', 'afm', 'svgz', 'jxl', 'cur', 'ani',
]);
/** Key stores: binary, and a secret as a whole file. */
const KEYSTORE_EXTENSIONS = new Set(['p12', 'pfx', 'jks', 'keystore', 'bks', 'jceks']);
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
/**
 * Yields the files under root (relative paths, forward slashes) that `include` matches and neither
 * `exclude` nor a .gitignore excludes. Directories that are excluded are not entered; symbolic links
 * are not followed.
 */
async function* walkFiles(options) {
    const include = picomatch_default()(options.include.length ? [...options.include] : ['**/*'], { dot: true });
    const exclude = picomatch_default()([...ALWAYS_EXCLUDED, ...options.exclude], { dot: true });
    const rootRules = [];
    if (options.gitignore) {
        const info = await (0,promises_.readFile)((0,external_node_path_.join)(options.root, '.git', 'info', 'exclude'), 'utf8').catch(() => '');
        rootRules.push(...parseGitignore(info, ''));
    }
    const stack = [{ dir: '', rules: rootRules }];
    const maxFiles = options.maxFiles ?? Number.POSITIVE_INFINITY;
    let yielded = 0;
    while (stack.length) {
        if (options.signal?.aborted)
            return;
        const { dir, rules: inherited } = stack.pop();
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(options.root, dir), { withFileTypes: true });
        }
        catch (error) {
            options.onSkip?.(dir || '.', `the directory cannot be read (${error.code ?? 'error'}); nothing in it was scanned`);
            continue;
        }
        let rules = inherited;
        if (options.gitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
            const source = await (0,promises_.readFile)((0,external_node_path_.join)(options.root, dir, '.gitignore'), 'utf8').catch(() => '');
            rules = [...inherited, ...parseGitignore(source, dir)];
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subdirs = [];
        for (const entry of entries) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (exclude(path) || exclude(`${path}/`) || isIgnored(rules, path, true))
                    continue;
                subdirs.push(path);
            }
            else if (entry.isFile()) {
                if (!include(path) || exclude(path) || isIgnored(rules, path, false))
                    continue;
                if (yielded >= maxFiles) {
                    options.onCapped?.(yielded);
                    return;
                }
                yielded++;
                yield path;
            }
            else if (!entry.isSymbolicLink()) {
                // A FIFO would block a read and a device never ends; symbolic links are not followed at all.
                if (!include(path) || exclude(path) || isIgnored(rules, path, false))
                    continue;
                options.onSkip?.(path, `${describeSpecial(entry)}, not a regular file; not scanned`);
            }
        }
        // Depth-first in name order, so files come out sorted the same way on every machine.
        for (let i = subdirs.length - 1; i >= 0; i--)
            stack.push({ dir: subdirs[i], rules });
    }
}
function describeSpecial(entry) {
    if (entry.isFIFO())
        return 'a named pipe (FIFO)';
    if (entry.isSocket())
        return 'a socket';
    if (entry.isCharacterDevice())
        return 'a character device';
    if (entry.isBlockDevice())
        return 'a block device';
    return 'not a file';
}


/***/ })

};
