export const id = 43;
export const ids = [43];
export const modules = {

/***/ 25043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  domainCheck: () => (/* binding */ domainCheck)
});

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(14964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
;// CONCATENATED MODULE: ./src/checks/domain/certificate-dates.ts
/** Helpers shared by the TLS expiry rules (tls-expired, tls-expiring). */
const DAY_MS = 86_400_000;
/** Whole days from `from` to `to`, rounded down. */
function daysBetween(from, to) {
    return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}
function isoDate(date) {
    return date.toISOString().slice(0, 10);
}
function certificateLabel(certificate, host, port) {
    return certificate.leaf
        ? `the certificate of ${host}:${port}`
        : `the intermediate certificate "${certificate.subject}" served by ${host}:${port}`;
}

// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/http/origin-guard.ts
var origin_guard = __webpack_require__(99120);
// EXTERNAL MODULE: ./src/http/templater.ts
var http_templater = __webpack_require__(87780);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(71553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/checks/domain/dns-client.ts


const SYSTEM_RESOLVER = 'the system resolver';
const CODES = {
    ENOTFOUND: 'nxdomain',
    ENODATA: 'nodata',
    ESERVFAIL: 'servfail',
    EREFUSED: 'refused',
    ECONNREFUSED: 'refused',
    ETIMEOUT: 'timeout',
};
class DnsClient {
    timeoutMs;
    resolvers;
    /** Questions asked, for the check's metrics. */
    queries = 0;
    /**
     * @param servers resolver addresses such as 127.0.0.1:5353; none means the system's
     * @param timeoutMs the longest one question may take, retries included
     */
    constructor(servers, timeoutMs) {
        this.timeoutMs = timeoutMs;
        // c-ares doubles its timeout on each try: t/3 then 2t/3 add up to the budget.
        const options = { timeout: Math.max(50, Math.ceil(timeoutMs / 3)), tries: 2 };
        this.resolvers = servers.length
            ? servers.map((server) => {
                const resolver = new promises_.Resolver(options);
                resolver.setServers([server]);
                return { server, resolver };
            })
            : [{ server: SYSTEM_RESOLVER, resolver: new promises_.Resolver(options) }];
    }
    get servers() {
        return this.resolvers.map((r) => r.server);
    }
    /** Asks the first resolver. */
    query(name, type) {
        return this.ask(this.resolvers[0].resolver, name, type);
    }
    /** Asks one resolver, by its index in `servers`. */
    queryServer(index, name, type) {
        return this.ask(this.resolvers[index].resolver, name, type);
    }
    /** Asks every resolver the same question. */
    queryAll(name, type) {
        return Promise.all(this.resolvers.map(async ({ server, resolver }) => ({ server, answer: await this.ask(resolver, name, type) })));
    }
    /**
     * A `lookup` for net.connect, tls.connect and undici: the first resolver's A (then AAAA) records.
     * Errors carry ENOTFOUND (so HTTP clients report a DNS failure) and a message naming the resolver.
     */
    lookup = (hostname, options, callback) => {
        void this.addresses(hostname).then((addresses) => {
            if (options.all)
                callback(null, addresses);
            else
                callback(null, addresses[0].address, addresses[0].family);
        }, (error) => callback(error, options.all ? [] : ''));
    };
    /** The addresses a connection to `hostname` would use. Throws an error with code ENOTFOUND. */
    async addresses(hostname) {
        const bare = hostname.replace(/^\[|\]$/g, '');
        const family = (0,external_node_net_.isIP)(bare);
        if (family)
            return [{ address: bare, family }];
        const v4 = await this.query(hostname, 'A');
        if (v4.ok)
            return v4.values.map((address) => ({ address, family: 4 }));
        const v6 = await this.query(hostname, 'AAAA');
        if (v6.ok)
            return v6.values.map((address) => ({ address, family: 6 }));
        const error = new Error(`${hostname} ${describeDnsFailure(v4.kind === 'nodata' ? v6 : v4, 'A')} at ${this.resolvers[0].server}`);
        error.code = 'ENOTFOUND';
        throw error;
    }
    async ask(resolver, name, type) {
        this.queries++;
        let timer;
        // c-ares keeps its own timers; this one only guards against a resolver that never calls back.
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => resolve({ ok: false, kind: 'timeout', code: 'ETIMEOUT' }), this.timeoutMs + 1000);
        });
        try {
            return await Promise.race([this.lookupValues(resolver, name, type), deadline]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async lookupValues(resolver, name, type) {
        try {
            const values = await recordValues(resolver, name, type);
            return values.length ? { ok: true, values } : { ok: false, kind: 'nodata', code: 'ENODATA' };
        }
        catch (error) {
            const code = error.code ?? 'ERROR';
            return { ok: false, kind: CODES[code] ?? 'error', code };
        }
    }
}
/** Each record as one string: TXT chunks joined, MX as "10 mail.example.com", CAA as "0 issue ca.example". */
async function recordValues(resolver, name, type) {
    switch (type) {
        case 'A':
            return resolver.resolve4(name);
        case 'AAAA':
            return (await resolver.resolve6(name)).map(canonicalAddress);
        case 'CNAME':
            return (await resolver.resolveCname(name)).map(canonicalName);
        case 'NS':
            return (await resolver.resolveNs(name)).map(canonicalName);
        case 'MX':
            return (await resolver.resolveMx(name)).map((mx) => `${mx.priority} ${canonicalName(mx.exchange) || '.'}`);
        case 'TXT':
            return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
        case 'CAA':
            return (await resolver.resolveCaa(name)).map((caa) => {
                const { critical, ...rest } = caa;
                const [tag, value] = Object.entries(rest)[0] ?? ['', ''];
                return `${critical} ${tag} ${String(value)}`;
            });
    }
}
function canonicalName(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
function canonicalAddress(address) {
    if (!address.includes(':'))
        return address;
    try {
        return new URL(`http://[${address}]/`).hostname.slice(1, -1);
    }
    catch {
        return address.toLowerCase();
    }
}
/** "does not exist (NXDOMAIN)", "has no TXT record", ... — to follow a name in a message. */
function describeDnsFailure(answer, type) {
    switch (answer.kind) {
        case 'nxdomain':
            return 'does not exist (NXDOMAIN)';
        case 'nodata':
            return `has no ${type} record`;
        case 'servfail':
            return `could not be resolved: the resolver answered SERVFAIL`;
        case 'refused':
            return `could not be resolved: the resolver refused (${answer.code})`;
        case 'timeout':
            return 'could not be resolved: no answer in time';
        case 'error':
            return `could not be resolved (${answer.code})`;
    }
}
/** NXDOMAIN and empty answers say the record is missing; anything else says the lookup itself failed. */
function isMissing(answer) {
    return !answer.ok && (answer.kind === 'nxdomain' || answer.kind === 'nodata');
}

;// CONCATENATED MODULE: ./src/checks/domain/dns-records.ts

const MAX_CNAME_CHAIN = 8;
/** Asks every resolver for the entry's records; a CNAME answer is the whole chain, followed link by link. */
async function probeDnsRecord(entry, path, dns, failures) {
    const name = canonicalName(entry.name);
    const expected = [...(entry.values ?? []), ...(entry.value !== undefined ? [entry.value] : [])].map((v) => canonicalValue(entry.type, v));
    let answers;
    if (entry.type === 'CNAME') {
        answers = await Promise.all(dns.servers.map(async (server, index) => ({ server, answer: await cnameChain(dns, index, name) })));
    }
    else {
        answers = await dns.queryAll(name, entry.type);
    }
    for (const { server, answer } of answers) {
        if (!answer.ok && !isMissing(answer))
            failures.push({ path: [...path, 'name'], name, type: entry.type, server, answer, purpose: `the ${entry.type} record of ${name}` });
    }
    return { path, name, type: entry.type, expected, answers };
}
async function cnameChain(dns, server, name) {
    const chain = [];
    let current = name;
    for (let i = 0; i < MAX_CNAME_CHAIN; i++) {
        const answer = await dns.queryServer(server, current, 'CNAME');
        if (!answer.ok)
            return chain.length && isMissing(answer) ? { ok: true, values: chain } : answer;
        current = answer.values[0];
        if (chain.includes(current))
            break; // a loop: report what was seen
        chain.push(current);
    }
    return { ok: true, values: chain };
}
/** The form answers are compared in: lower-case names without the final dot, canonical IPv6, "10 mx.example.com". */
function canonicalValue(type, value) {
    const text = value.trim();
    switch (type) {
        case 'A':
            return text;
        case 'AAAA':
            return canonicalAddress(text);
        case 'CNAME':
        case 'NS':
            return canonicalName(text);
        case 'MX': {
            const [priority, exchange] = text.split(/\s+/);
            return exchange === undefined ? canonicalName(text) : `${Number(priority)} ${canonicalName(exchange) || '.'}`;
        }
        case 'CAA': {
            const match = /^(\d+)\s+(\S+)\s+"?(.*?)"?$/.exec(text);
            return match ? `${Number(match[1])} ${match[2].toLowerCase()} ${match[3]}` : text;
        }
        case 'TXT':
            return text;
    }
}
/**
 * TXT names share many records (SPF, verification tokens), so each expected one must be present.
 * A CNAME matches when the chain passes through the expected target. The rest must match exactly.
 */
function answerMatches(type, expected, values) {
    if (type === 'TXT' || type === 'CNAME')
        return expected.every((e) => values.includes(e));
    // An MX expected without its priority ("mail.example.com") matches any priority.
    const actual = type === 'MX' && expected.every((e) => !e.includes(' ')) ? values.map((v) => v.split(' ')[1]) : values;
    const want = new Set(expected);
    const got = new Set(actual);
    return want.size === got.size && [...want].every((v) => got.has(v));
}
/** What a resolver said, as one comparable key: the sorted values, or "missing". Undefined: the lookup failed. */
function outcomeKey(answer) {
    if (answer.ok)
        return [...answer.values].sort().join('\n');
    return isMissing(answer) ? '(missing)' : undefined;
}
function describeValues(type, values) {
    if (type === 'CNAME')
        return values.join(' → ');
    return values.map((v) => (type === 'TXT' ? JSON.stringify(v.length > 120 ? `${v.slice(0, 117)}…` : v) : v)).join(', ');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/checks/domain/dkim.ts

function isDkimKeyRecord(text) {
    return /(^|;)\s*p\s*=/i.test(text);
}
function parseDkimKey(text) {
    const tags = new Map();
    const parts = text.split(';').map((p) => p.trim()).filter(Boolean);
    for (const [index, part] of parts.entries()) {
        const eq = part.indexOf('=');
        if (eq <= 0)
            return { ok: false, problem: `"${part.slice(0, 40)}" is not a tag=value pair` };
        const tag = part.slice(0, eq).trim().toLowerCase();
        if (tags.has(tag))
            return { ok: false, problem: `${tag}= appears twice` };
        tags.set(tag, part.slice(eq + 1).trim());
        if (tag === 'v' && index !== 0)
            return { ok: false, problem: 'v=DKIM1 must be the first tag' };
    }
    const version = tags.get('v');
    if (version !== undefined && version !== 'DKIM1')
        return { ok: false, problem: `v=${version} is not DKIM1` };
    const type = (tags.get('k') ?? 'rsa').toLowerCase();
    // Folding whitespace may appear inside the base64 text.
    const data = (tags.get('p') ?? '').replace(/\s+/g, '');
    if (data === '')
        return { ok: false, problem: 'the key is revoked (p= is empty)' };
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data) || data.length % 4 !== 0)
        return { ok: false, problem: 'p= is not valid base64 (a chunk may have been cut or mangled)' };
    const der = Buffer.from(data, 'base64');
    if (type === 'ed25519') {
        return der.length === 32 ? { ok: true, type: 'ed25519', bits: 256 } : { ok: false, problem: `an ed25519 key is 32 bytes, p= holds ${der.length}` };
    }
    if (type !== 'rsa')
        return { ok: false, problem: `k=${type} is not a key type DKIM verifiers know (rsa, ed25519)` };
    for (const format of ['spki', 'pkcs1']) {
        try {
            const key = (0,external_node_crypto_.createPublicKey)({ key: der, format: 'der', type: format });
            if (key.asymmetricKeyType !== 'rsa')
                return { ok: false, problem: `k=rsa, but p= holds a ${key.asymmetricKeyType} key` };
            return { ok: true, type: 'rsa', bits: key.asymmetricKeyDetails?.modulusLength ?? 0 };
        }
        catch {
            // try the other encoding
        }
    }
    return { ok: false, problem: 'p= does not decode to an RSA public key (a chunk may have been cut or mangled)' };
}

;// CONCATENATED MODULE: ./src/checks/domain/dkim-selectors.ts
/**
 * The DKIM selectors mail providers publish by default, from each provider's own setup
 * documentation. Probed only when the manifest declares no selector for a domain. Providers that
 * give every account its own selector (Amazon SES's Easy DKIM tokens, Postmark's dated selectors)
 * cannot be probed and are not listed.
 */
const COMMON_DKIM_SELECTORS = [
    { provider: 'Google Workspace', selectors: ['google'] },
    { provider: 'Microsoft 365', selectors: ['selector1', 'selector2'] },
    { provider: 'SendGrid', selectors: ['s1', 's2'] },
    { provider: 'Mailchimp', selectors: ['k1', 'k2', 'k3'] },
    { provider: 'Mandrill', selectors: ['mandrill'] },
    { provider: 'Mailgun', selectors: ['pdk1', 'pdk2', 'smtp'] },
    { provider: 'Resend', selectors: ['resend'] },
    { provider: 'Zoho Mail', selectors: ['zmail'] },
    { provider: 'Brevo', selectors: ['brevo1', 'brevo2', 'mail'] },
    { provider: 'Fastmail', selectors: ['fm1', 'fm2', 'fm3'] },
    { provider: 'Proton Mail', selectors: ['protonmail', 'protonmail2', 'protonmail3'] },
    { provider: 'Mailjet', selectors: ['mailjet'] },
    { provider: 'Klaviyo', selectors: ['kl', 'kl2'] },
    { provider: 'Zendesk', selectors: ['zendesk1', 'zendesk2'] },
];

;// CONCATENATED MODULE: ./src/checks/domain/dmarc.ts
/**
 * DMARC records (RFC 7489 section 6.3): `v=DMARC1; p=reject; rua=mailto:...`. The parser keeps every
 * problem it meets and still returns what it understood, so one typo does not hide the policy.
 */
const POLICIES = ['none', 'quarantine', 'reject'];
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'rua', 'ruf', 'adkim', 'aspf', 'pct', 'fo', 'rf', 'ri', 'np', 'psd', 't']);
function isDmarcRecord(text) {
    return /^v\s*=\s*DMARC1\s*(;|$)/i.test(text.trim());
}
function parseDmarc(text) {
    const record = { pct: 100, rua: [], ruf: [], errors: [], unknownTags: [] };
    const seen = new Set();
    const parts = text.split(';').map((p) => p.trim()).filter((p, i, all) => p !== '' || i < all.length - 1);
    for (const [index, part] of parts.entries()) {
        if (part === '') {
            record.errors.push('has an empty tag (";;")');
            continue;
        }
        const eq = part.indexOf('=');
        if (eq <= 0) {
            record.errors.push(`"${part}" is not a tag=value pair`);
            continue;
        }
        const tag = part.slice(0, eq).trim().toLowerCase();
        const value = part.slice(eq + 1).trim();
        if (seen.has(tag))
            record.errors.push(`${tag}= appears twice`);
        seen.add(tag);
        if (index === 0 && tag !== 'v')
            record.errors.push('v=DMARC1 must be the first tag');
        switch (tag) {
            case 'v':
                if (index === 0 && value.toUpperCase() !== 'DMARC1')
                    record.errors.push(`v=${value} is not DMARC1`);
                break;
            case 'p':
            case 'sp': {
                const policy = value.toLowerCase();
                if (!POLICIES.includes(policy))
                    record.errors.push(`${tag}=${value} is not none, quarantine or reject`);
                else if (tag === 'p')
                    record.policy = policy;
                else
                    record.subdomainPolicy = policy;
                break;
            }
            case 'pct':
                if (!/^\d{1,3}$/.test(value) || Number(value) > 100)
                    record.errors.push(`pct=${value} is not a whole number from 0 to 100`);
                else
                    record.pct = Number(value);
                break;
            case 'adkim':
            case 'aspf':
                if (!/^[rs]$/i.test(value))
                    record.errors.push(`${tag}=${value} is not r (relaxed) or s (strict)`);
                break;
            case 'ri':
                if (!/^\d+$/.test(value))
                    record.errors.push(`ri=${value} is not a number of seconds`);
                break;
            case 'fo':
                if (!/^[01ds](:[01ds])*$/i.test(value))
                    record.errors.push(`fo=${value} is not a colon-separated list of 0, 1, d and s`);
                break;
            case 'rua':
            case 'ruf': {
                const uris = value.split(',').map((u) => u.trim());
                for (const uri of uris) {
                    if (!/^mailto:[^@\s]+@[^@\s!]+(![0-9]+[kmgt]?)?$/i.test(uri) && !/^https?:\/\/\S+$/i.test(uri)) {
                        record.errors.push(`${tag}: "${uri}" is not a mailto: address`);
                    }
                }
                record[tag] = uris.filter((u) => u !== '');
                break;
            }
            default:
                if (!KNOWN_TAGS.has(tag))
                    record.unknownTags.push(tag);
        }
    }
    if (!record.policy && !record.errors.some((e) => e.startsWith('p=')))
        record.errors.push('has no p= tag (the policy: none, quarantine or reject)');
    return record;
}

;// CONCATENATED MODULE: ./src/checks/domain/spf.ts


const MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
/** Terms that make the receiver query DNS (section 4.6.4); ip4, ip6 and all do not, exp is not counted. */
const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
const SPF_LOOKUP_LIMIT = 10;
const SPF_VOID_LIMIT = 2;
/** A receiver stops at 10; the walk goes a little further to say by how much, then stops for good. */
const WALK_LIMIT = 40;
const MAX_MX_PER_MECHANISM = 10;
function isSpfRecord(text) {
    return /^v=spf1( |$)/i.test(text);
}
function parseSpf(record) {
    const terms = [];
    const errors = [];
    const words = record.trim().split(/ +/).slice(1);
    const seenModifiers = new Set();
    for (const word of words) {
        const modifier = /^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/.exec(word);
        if (modifier) {
            const name = modifier[1].toLowerCase();
            const value = modifier[2];
            if ((name === 'redirect' || name === 'exp') && seenModifiers.has(name))
                errors.push(`"${name}=" appears twice`);
            seenModifiers.add(name);
            if (name === 'redirect' || name === 'exp') {
                const macro = macroError(value, true);
                if (macro)
                    errors.push(`"${word}": ${macro}`);
                else if (!validDomainSpec(value))
                    errors.push(`"${word}" does not name a valid domain`);
            }
            else {
                // Receivers ignore modifiers they do not know, but not a malformed macro in one (sections 6 and 7.1).
                const macro = macroError(value, false);
                if (macro)
                    errors.push(`"${word}": ${macro}; receivers ignore unknown modifiers but treat a macro error in one as a permanent error`);
            }
            terms.push({ kind: 'modifier', name, value, text: word });
            continue;
        }
        const match = /^([+\-~?]?)([A-Za-z0-9]+)(?:([:/])(.*))?$/.exec(word);
        const name = match?.[2]?.toLowerCase();
        if (!match || !name || !MECHANISMS.includes(name)) {
            errors.push(`"${word}" is not an SPF mechanism or modifier`);
            continue;
        }
        const qualifier = (match[1] || '+');
        const separator = match[3];
        const argument = match[4] ?? '';
        const problem = checkArgument(name, separator, argument);
        if (problem) {
            errors.push(`"${word}": ${problem}`);
            continue;
        }
        const target = separator === ':' ? argument.split('/')[0] : undefined;
        terms.push({ kind: 'mechanism', qualifier, name: name, target, text: word });
    }
    return { terms, errors };
}
function checkArgument(name, separator, argument) {
    switch (name) {
        case 'all':
            return separator ? 'all takes no argument' : undefined;
        case 'include':
        case 'exists':
            if (separator !== ':' || !argument)
                return `${name} needs a domain (${name}:example.com)`;
            return macroError(argument, true) ?? (validDomainSpec(argument) ? undefined : `"${argument}" is not a valid domain`);
        case 'ptr':
            if (separator === '/')
                return 'ptr takes no prefix length';
            return separator === ':' && !validDomainSpec(argument) ? `"${argument}" is not a valid domain` : undefined;
        case 'a':
        case 'mx': {
            if (!separator)
                return undefined;
            const [domain, ...cidr] = (separator === '/' ? `/${argument}` : argument).split('/');
            if (separator === ':' && !validDomainSpec(domain))
                return `"${domain}" is not a valid domain`;
            return cidr.length === 0 || validDualCidr(cidr) ? undefined : 'the prefix length must be /0-32 for IPv4 and //0-128 for IPv6';
        }
        case 'ip4': {
            if (separator !== ':')
                return 'ip4 needs an address (ip4:192.0.2.0/24)';
            const [address, prefix, extra] = argument.split('/');
            if (!(0,external_node_net_.isIPv4)(address))
                return `"${address}" is not an IPv4 address`;
            return extra === undefined && (prefix === undefined || validPrefix(prefix, 32)) ? undefined : 'the prefix length must be 0-32';
        }
        case 'ip6': {
            if (separator !== ':')
                return 'ip6 needs an address (ip6:2001:db8::/32)';
            const slash = argument.lastIndexOf('/');
            const address = slash < 0 ? argument : argument.slice(0, slash);
            if (!(0,external_node_net_.isIPv6)(address))
                return `"${address}" is not an IPv6 address`;
            return slash < 0 || validPrefix(argument.slice(slash + 1), 128) ? undefined : 'the prefix length must be 0-128';
        }
    }
}
function validPrefix(text, max) {
    return /^\d{1,3}$/.test(text) && Number(text) <= max && !(text.length > 1 && text.startsWith('0'));
}
function validDualCidr(parts) {
    // What follows the domain, split on "/": "/24" is ["24"], "//64" is ["", "64"], "/24//64" is ["24", "", "64"].
    if (parts.length === 1)
        return validPrefix(parts[0], 32);
    if (parts.length === 2)
        return parts[0] === '' && validPrefix(parts[1], 128);
    if (parts.length === 3)
        return validPrefix(parts[0], 32) && parts[1] === '' && validPrefix(parts[2], 128);
    return false;
}
const MACRO = /%(\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%|_|-)/gi;
/**
 * What is wrong with the macros of a macro-string (RFC 7208 section 7.1), if anything: every `%` must
 * start `%{letter[digits][r][delimiters]}`, `%%`, `%_` or `%-`. In a domain (include:, exists:,
 * redirect=, exp=) the letters c, r and t are not allowed: they are for explanation text only (7.2).
 */
function macroError(text, inDomain) {
    for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
        const next = text[i + 1];
        if (next === '%' || next === '_' || next === '-') {
            i++;
            continue;
        }
        if (next !== '{')
            return `"%${next ?? ''}" is not a macro (a literal % is written %%)`;
        const close = text.indexOf('}', i);
        const body = close < 0 ? undefined : text.slice(i + 2, close);
        if (body === undefined)
            return `"${text.slice(i)}" opens a macro that is never closed`;
        const m = /^([A-Za-z])(\d*)(r?)([.\-+,/_=]*)$/i.exec(body);
        if (!m || !/^[slodiphcrtv]$/i.test(m[1]))
            return `"%{${body}}" is not a macro: a macro is %{letter}, the letter one of s l o d i p h c r t v, then optional digits, r and delimiters`;
        if (inDomain && /^[crt]$/i.test(m[1]))
            return `"%{${body}}" is allowed only in explanation text, not in a domain`;
        i = close;
    }
    return undefined;
}
/** A domain-spec (section 7.1): macros are accepted; without them it must look like a domain name. */
function validDomainSpec(spec) {
    if (!spec || spec.length > 253)
        return false;
    const withoutMacros = spec.replace(MACRO, 'x');
    if (withoutMacros.includes('%'))
        return false;
    if (/[^\x21-\x7e]/.test(withoutMacros))
        return false;
    if (hasMacro(spec))
        return true;
    const labels = spec.replace(/\.$/, '').split('.');
    if (labels.length < 2)
        return false;
    if (!labels.every((l) => /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l)))
        return false;
    return /[A-Za-z]/.test(labels[labels.length - 1]);
}
function hasMacro(spec) {
    return /%\{/.test(spec);
}
/** Reads and walks the SPF policy of `domain`. Undefined when its own TXT records could not be read. */
async function evaluateSpf(domain, dns) {
    const evaluation = { domain, records: [], lookups: [], voidLookups: [], errors: [], permissiveIncludes: [], truncated: false, tree: [] };
    const own = await spfRecords(domain, dns);
    if (!own)
        return undefined;
    evaluation.records = own;
    if (own.length !== 1)
        return evaluation;
    const walk = async (name, record, stack, costs) => {
        const parsed = parseSpf(record);
        for (const message of parsed.errors)
            evaluation.errors.push({ domain: name, message });
        if (parsed.errors.length)
            return undefined; // a permerror: receivers stop here
        let all;
        const mechanisms = parsed.terms.filter((t) => t.kind === 'mechanism');
        for (const term of mechanisms) {
            if (term.name === 'all') {
                // `all` always matches: receivers never get to the terms after it.
                all = { qualifier: term.qualifier, domain: name, term: term.text };
                break;
            }
            if (!LOOKUP_TERMS.has(term.name))
                continue;
            evaluation.lookups.push({ domain: name, term: term.text });
            const cost = { term: term.text, domain: name, lookups: 1, children: [] };
            costs.push(cost);
            if (evaluation.lookups.length > WALK_LIMIT) {
                evaluation.truncated = true;
                return all;
            }
            const target = term.target ?? name;
            if (hasMacro(target))
                continue; // depends on the sender: nothing to look up ahead of time
            if (term.name === 'include') {
                if (stack.includes(target.toLowerCase())) {
                    evaluation.errors.push({ domain: name, message: `"${term.text}" includes a record that includes it back (${[...stack, target].join(' → ')})` });
                    continue;
                }
                const records = await spfRecords(target, dns, () => evaluation.voidLookups.push({ domain: name, term: term.text, name: target }));
                if (!records)
                    continue;
                if (records.length === 0) {
                    evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has no SPF record, which is a permanent error for receivers` });
                }
                else if (records.length > 1) {
                    evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has ${records.length} SPF records, which is a permanent error for receivers` });
                }
                else {
                    const included = await walk(target, records[0], [...stack, target.toLowerCase()], cost.children);
                    cost.lookups += sumLookups(cost.children);
                    if (included?.qualifier === '+')
                        evaluation.permissiveIncludes.push({ domain: target, via: `${name} ${term.text}` });
                }
            }
            else if (term.name === 'mx') {
                const answer = await query(dns, target, 'MX');
                if (isMissing(answer))
                    evaluation.voidLookups.push({ domain: name, term: term.text, name: target });
                else if (answer.ok && answer.values.length > MAX_MX_PER_MECHANISM) {
                    evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has ${answer.values.length} MX records; receivers give up after ${MAX_MX_PER_MECHANISM}` });
                }
            }
            else if (term.name === 'a' || term.name === 'exists') {
                const v4 = await query(dns, target, 'A');
                const v6 = term.name === 'a' && isMissing(v4) ? await query(dns, target, 'AAAA') : v4;
                if (isMissing(v4) && isMissing(v6))
                    evaluation.voidLookups.push({ domain: name, term: term.text, name: target });
            }
            // ptr: counted above; what it would look up depends on the sender's address.
        }
        const redirect = parsed.terms.find((t) => t.kind === 'modifier' && t.name === 'redirect');
        // A redirect is ignored when the record has an `all` (section 6.1).
        if (!redirect || all)
            return all;
        evaluation.lookups.push({ domain: name, term: redirect.text });
        const cost = { term: redirect.text, domain: name, lookups: 1, children: [] };
        costs.push(cost);
        if (hasMacro(redirect.value))
            return undefined;
        if (stack.includes(redirect.value.toLowerCase())) {
            evaluation.errors.push({ domain: name, message: `"${redirect.text}" leads back to a record already visited (${[...stack, redirect.value].join(' → ')})` });
            return undefined;
        }
        const records = await spfRecords(redirect.value, dns, () => evaluation.voidLookups.push({ domain: name, term: redirect.text, name: redirect.value }));
        if (!records)
            return undefined;
        if (records.length !== 1) {
            evaluation.errors.push({ domain: name, message: `"${redirect.text}": ${redirect.value} has ${records.length === 0 ? 'no SPF record' : `${records.length} SPF records`}, which is a permanent error for receivers` });
            return undefined;
        }
        const reached = await walk(redirect.value, records[0], [...stack, redirect.value.toLowerCase()], cost.children);
        cost.lookups += sumLookups(cost.children);
        return reached;
    };
    evaluation.all = await walk(domain, own[0], [domain.toLowerCase()], evaluation.tree);
    return evaluation;
}
function sumLookups(costs) {
    return costs.reduce((sum, c) => sum + c.lookups, 0);
}
async function query(dns, name, type) {
    const answer = await dns.query(name, type);
    if (!answer.ok && !isMissing(answer))
        dns.failed(name, type, answer);
    return answer;
}
/** The v=spf1 records of a name; [] when it has none; undefined when the lookup failed. */
async function spfRecords(name, dns, onVoid) {
    const answer = await query(dns, name, 'TXT');
    if (isMissing(answer)) {
        onVoid?.();
        return [];
    }
    if (!answer.ok)
        return undefined;
    return answer.values.filter(isSpfRecord);
}

;// CONCATENATED MODULE: ./src/checks/domain/email-probe.ts





/** Reads a mail domain's SPF, DMARC, DKIM and MX records; lookups that fail land in `failures`. */
async function probeEmail(entry, path, dns, failures, allowDmarcNone) {
    const domain = canonicalName(entry.domain);
    const ask = async (name, type, purpose, at = [...path, 'domain']) => {
        const answer = await dns.query(name, type);
        if (!answer.ok && !isMissing(answer))
            failures.push({ path: at, name, type, server: dns.servers[0], answer, purpose });
        return answer;
    };
    const [spf, dmarc, dkim, mx] = await Promise.all([
        entry.spf === false ? undefined : evaluateSpf(domain, {
            query: (name, type) => dns.query(name, type),
            failed: (name, type, answer) => failures.push({ path: [...path, 'domain'], name, type, server: dns.servers[0], answer, purpose: `the SPF policy of ${domain}` }),
        }),
        entry.dmarc === false ? undefined : readDmarc(domain, ask),
        Promise.all((entry.dkim ?? []).map((selector, i) => readDkim(domain, selector, [...path, 'dkim', i], ask))),
        entry.mx === false ? undefined : readMx(domain, ask),
    ]);
    return { path, domain, spf, dmarc, dkim, mx, allowDmarcNone: entry['allow-dmarc-none'] ?? allowDmarcNone };
}
/**
 * With no selector declared (an explicit `dkim: []` declares none on purpose), probes the selectors
 * common providers publish by default. Run after every other lookup, a few queries at a time, so the
 * probe never crowds out the lookups that findings rest on.
 */
async function probeDefaultDkimSelectors(email, entry, dns) {
    if (entry.dkim !== undefined)
        return;
    const probed = COMMON_DKIM_SELECTORS.flatMap((p) => p.selectors.map((selector) => ({ selector, provider: p.provider })));
    const found = await probeSelectors(email.domain, probed, dns, [...email.path, 'domain']);
    const withKeys = found.filter((f) => f.observation?.records.length).map((f) => ({ ...f, observation: f.observation }));
    // Keys found by probing are checked like declared ones (weak, unusable), at the domain's line.
    email.dkim.push(...withKeys.map((f) => f.observation));
    email.dkimProbe = {
        tried: probed,
        found: withKeys.map(({ selector, provider }) => ({ selector, provider })),
        unanswered: found.filter((f) => !f.observation).length,
    };
}
/** Probes selectors a few at a time; a probe that gets no answer is counted, not reported as a failed lookup (nobody declared it). */
async function probeSelectors(domain, probes, dns, path) {
    const quiet = (name, type) => dns.query(name, type);
    const results = [];
    for (let i = 0; i < probes.length; i += PROBE_BATCH) {
        results.push(...await Promise.all(probes.slice(i, i + PROBE_BATCH).map(async (p) => {
            const observation = await readDkim(domain, p.selector, path, quiet);
            return observation.lookupFailed ? { ...p } : { ...p, observation };
        })));
    }
    return results;
}
const PROBE_BATCH = 6;
async function readDmarc(domain, ask) {
    const name = `_dmarc.${domain}`;
    const answer = await ask(name, 'TXT', `the DMARC record of ${domain}`);
    if (!answer.ok && !isMissing(answer))
        return undefined;
    const records = answer.ok ? answer.values.filter(isDmarcRecord) : [];
    if (records.length)
        return { name, records, parsed: records.length === 1 ? parseDmarc(records[0]) : undefined };
    // Receivers fall back to the organizational domain's record. Without the public suffix list this
    // takes the last two labels, which is right for example.com and harmlessly empty for co.uk.
    const labels = domain.split('.');
    if (labels.length <= 2)
        return { name, records };
    const organization = labels.slice(-2).join('.');
    const inherited = await ask(`_dmarc.${organization}`, 'TXT', `the DMARC record of ${organization}, which ${domain} inherits`);
    const inheritedRecords = inherited.ok ? inherited.values.filter(isDmarcRecord) : [];
    if (inheritedRecords.length !== 1)
        return { name, records };
    return { name, records, inheritedFrom: organization, parsed: parseDmarc(inheritedRecords[0]) };
}
async function readDkim(domain, selector, path, ask) {
    const name = `${selector}._domainkey.${domain}`;
    const answer = await ask(name, 'TXT', `the DKIM key ${selector} of ${domain}`, path);
    const records = answer.ok ? answer.values.filter(isDkimKeyRecord) : [];
    const observation = { path, selector, name, records, lookupFailed: !answer.ok && !isMissing(answer) };
    if (records.length === 1)
        observation.key = parseDkimKey(records[0]);
    return observation;
}
async function readMx(domain, ask) {
    const answer = await ask(domain, 'MX', `the MX records of ${domain}`);
    if (!answer.ok && !isMissing(answer))
        return undefined;
    const records = answer.ok ? answer.values : [];
    const exchanges = records.map((r) => r.split(' ')[1]).filter((e) => e !== '.');
    const unresolvable = [];
    await Promise.all(exchanges.map(async (exchange) => {
        const v4 = await ask(exchange, 'A', `the address of ${domain}'s mail server ${exchange}`);
        if (v4.ok)
            return;
        const v6 = await ask(exchange, 'AAAA', `the address of ${domain}'s mail server ${exchange}`);
        if (isMissing(v4) && isMissing(v6))
            unresolvable.push(exchange);
    }));
    return { records, unresolvable: unresolvable.sort() };
}

;// CONCATENATED MODULE: ./src/checks/domain/probe-request.ts

async function probeRequest(http, request) {
    const headers = { accept: 'text/html,application/json;q=0.9,*/*;q=0.8', ...request.headers };
    try {
        const exchange = await http.client.send({ method: request.method, url: request.url, headers, ...(request.body !== undefined ? { body: request.body } : {}) }, { origin: request.url.origin, timeoutMs: http.timeoutMs, signal: http.signal, followRedirects: false });
        return { ok: true, response: exchange.response };
    }
    catch (error) {
        if (!(error instanceof client/* TransportError */.wX))
            throw error;
        if (error.kind === 'deadline')
            return { ok: false, message: 'stopped before a response arrived' };
        if (error.kind === 'refused')
            return { ok: false, message: `${request.url.host} refused the connection` };
        return { ok: false, message: error.message };
    }
}

;// CONCATENATED MODULE: ./src/checks/domain/login-burst.ts


/**
 * A bounded burst of failed sign-ins against one endpoint, to see whether it slows an attacker down.
 * Only a throwaway user name and a random wrong password are ever sent (never the manifest's real
 * credentials), one request at a time, and the burst stops at the first sign of a limit: a 429, a
 * lockout (423, or a 4xx/503 that says so), or a Retry-After header.
 */
const DEFAULT_ATTEMPTS = 20;
const MAX_ATTEMPTS = 50;
const LOCKOUT_TEXT = /too many|locked|lockout|rate.?limit|try again later|temporarily blocked/i;
async function runLoginBurst(http, options) {
    const attempts = Math.min(Math.max(1, options.attempts), MAX_ATTEMPTS);
    const burst = { attempts, statuses: [] };
    // Reserved by RFC 2606, so it can never belong to a real account.
    const user = `release-gate-probe-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}@example.invalid`;
    for (let i = 0; i < attempts; i++) {
        const password = `wrong-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
        const fields = { [options.userField]: user, [options.passwordField]: password };
        const result = await probeRequest(http, {
            method: options.method,
            url: options.url,
            headers: { 'content-type': options.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded' },
            body: options.format === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
        });
        if (!result.ok) {
            // A server that starts refusing connections mid-burst may be blocking the client: say so, but do not count it as a limit.
            burst.unreachable = burst.statuses.length
                ? `after ${burst.statuses.length} attempt${burst.statuses.length === 1 ? '' : 's'}: ${result.message}`
                : result.message;
            return burst;
        }
        const { status, headers, body } = result.response;
        burst.statuses.push(status);
        const retryAfter = headers['retry-after'];
        if (status === 429) {
            burst.limitedBy = `429 Too Many Requests${retryAfter ? ` with Retry-After: ${retryAfter}` : ''}`;
            return burst;
        }
        if (status === 423) {
            burst.limitedBy = '423 Locked';
            return burst;
        }
        if (retryAfter !== undefined) {
            burst.limitedBy = `${status} with Retry-After: ${retryAfter}`;
            return burst;
        }
        if ((status === 403 || status === 503 || status === 401 || status === 400) && LOCKOUT_TEXT.test(body.slice(0, 2000))) {
            burst.limitedBy = `${status} saying the sign-in is locked or limited`;
            return burst;
        }
        if (status === 404 || status === 405 || status === 501 || status >= 500) {
            burst.inconclusive = `the endpoint answered ${status}, so it is missing or broken`;
            return burst;
        }
    }
    return burst;
}

;// CONCATENATED MODULE: ./src/checks/domain/header-inspector.ts
/**
 * Reads response headers the way a shared cache and a browser would: whether a response may be
 * stored by a CDN or proxy, which cookie flags are missing, which security headers are absent, and
 * which subresources of an HTTPS page load over plain HTTP.
 */
/** Why a shared cache may store (or did store) this response; undefined when it may not. */
function sharedCacheReason(headers) {
    const served = servedFromCache(headers);
    if (served)
        return { reason: served, certain: true };
    const cacheControl = headers['cache-control'];
    if (cacheControl === undefined) {
        return headers.expires !== undefined || headers['last-modified'] !== undefined
            ? { reason: 'it has no Cache-Control header, so a shared cache may store it (Expires or Last-Modified make it heuristically fresh)', certain: false }
            : { reason: 'it has no Cache-Control header; say private or no-store explicitly', certain: false };
    }
    const directives = parseCacheControl(cacheControl);
    if (directives.has('no-store') || directives.has('private'))
        return undefined;
    if (directives.has('public'))
        return { reason: `Cache-Control: ${cacheControl} lets shared caches store it`, certain: true };
    const sMaxAge = Number(directives.get('s-maxage'));
    const maxAge = Number(directives.get('max-age'));
    if (sMaxAge > 0 || (maxAge > 0 && !directives.has('no-cache'))) {
        return { reason: `Cache-Control: ${cacheControl} lets shared caches store it (${sMaxAge > 0 ? 's-maxage' : 'max-age'} without private or no-store)`, certain: true };
    }
    return undefined;
}
/** A CDN or proxy says this very response came out of its cache. */
function servedFromCache(headers) {
    const cf = headers['cf-cache-status'];
    if (cf && /^(HIT|STALE|UPDATING|REVALIDATED)$/i.test(cf.trim()))
        return `it was served from a CDN cache (cf-cache-status: ${cf})`;
    const xCache = headers['x-cache'];
    if (xCache && /\bHIT\b/i.test(xCache))
        return `it was served from a cache (x-cache: ${xCache})`;
    const age = headers.age;
    if (age !== undefined && /^\d+$/.test(age.trim()) && Number(age) > 0)
        return `it was served from a cache (Age: ${age.trim()})`;
    return undefined;
}
function parseCacheControl(value) {
    const out = new Map();
    for (const part of value.split(',')) {
        const [name, ...rest] = part.split('=');
        const key = name.trim().toLowerCase();
        if (key)
            out.set(key, rest.join('=').trim().replace(/^"|"$/g, ''));
    }
    return out;
}
function parseSetCookieFlags(header, now) {
    const [pair, ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    const name = (eq < 0 ? '' : pair.slice(0, eq)).trim();
    if (!name)
        return undefined;
    const flags = { name, secure: false, httpOnly: false, deletes: false };
    for (const attribute of attributes) {
        const at = attribute.indexOf('=');
        const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
        const value = at < 0 ? '' : attribute.slice(at + 1).trim();
        if (key === 'secure')
            flags.secure = true;
        else if (key === 'httponly')
            flags.httpOnly = true;
        else if (key === 'samesite')
            flags.sameSite = value;
        else if (key === 'max-age' && /^-?\d+$/.test(value) && Number(value) <= 0)
            flags.deletes = true;
        else if (key === 'expires' && Date.parse(value) < now.getTime())
            flags.deletes = true;
    }
    return flags;
}
/** Names that say a cookie identifies a signed-in user (as opposed to a preference or a CSRF token). */
function looksLikeSessionCookie(name) {
    return /sess|sid|auth|token|jwt|login|remember|identity|user/i.test(name) && !/csrf|xsrf/i.test(name);
}
/** The flags a session cookie lacks. Secure is only asked of cookies set over HTTPS. */
function missingCookieFlags(flags, https) {
    const missing = [];
    if (https && !flags.secure)
        missing.push('Secure');
    if (!flags.httpOnly)
        missing.push('HttpOnly');
    if (!flags.sameSite)
        missing.push('SameSite');
    else if (flags.sameSite.toLowerCase() === 'none' && !flags.secure)
        missing.push('Secure (required with SameSite=None)');
    return missing;
}
/** Security headers every response should carry; the page-only ones are asked of HTML alone. */
function missingSecurityHeaders(headers) {
    const html = isHtml(headers);
    const missing = [];
    const csp = headers['content-security-policy'];
    if (html && !csp)
        missing.push({ header: 'Content-Security-Policy', why: 'limits where scripts may load from, which blunts cross-site scripting' });
    if ((headers['x-content-type-options'] ?? '').trim().toLowerCase() !== 'nosniff') {
        missing.push({ header: 'X-Content-Type-Options: nosniff', why: 'stops browsers from guessing a content type and running an upload as script' });
    }
    const frameAncestors = csp !== undefined && /(^|;)\s*frame-ancestors\s/i.test(csp);
    const xfo = (headers['x-frame-options'] ?? '').trim().toUpperCase();
    if (html && !frameAncestors && xfo !== 'DENY' && xfo !== 'SAMEORIGIN') {
        missing.push({ header: 'X-Frame-Options (or CSP frame-ancestors)', why: 'stops other sites from framing the page to trick clicks' });
    }
    if (html && !headers['referrer-policy'])
        missing.push({ header: 'Referrer-Policy', why: 'keeps URLs of internal pages out of the Referer header sent to other sites' });
    return missing;
}
function isHtml(headers) {
    return /\btext\/html\b|application\/xhtml\+xml/i.test(headers['content-type'] ?? '');
}
// Subresources a browser blocks or warns about on an HTTPS page; plain links (<a href>) are not loads.
const SUBRESOURCE = /<(script|img|iframe|frame|audio|video|source|track|embed|object|input|link|form)\b[^>]*?\s(src|href|data|action|poster|srcset)\s*=\s*["']?\s*(http:\/\/[^"'\s>]+)/gi;
/** http:// URLs that an HTTPS page loads (scripts, styles, images, frames, form targets). */
function mixedContent(body) {
    const found = new Set();
    for (const match of body.matchAll(SUBRESOURCE)) {
        const [, tag, attribute, url] = match;
        // <link href> is a load only for stylesheets, icons, preloads and the like, not rel=canonical/alternate.
        if (tag.toLowerCase() === 'link' && attribute.toLowerCase() === 'href' && /\brel\s*=\s*["']?(canonical|alternate|author|help|license|next|prev|search)\b/i.test(match[0]))
            continue;
        found.add(url);
    }
    return [...found];
}

;// CONCATENATED MODULE: ./src/checks/domain/proxy-behaviour.ts

const CLOUDFLARE = { name: 'Cloudflare', headers: ['cf-ray'] };
/** The header that shows the proxy served this response, e.g. "cf-ray: 8f1e…" or "server: cloudflare". */
function proxyEvidence(kind, headers) {
    for (const name of kind.headers) {
        const value = headers[name.toLowerCase()];
        if (value !== undefined)
            return `${name.toLowerCase()}: ${value}`;
    }
    if (kind === CLOUDFLARE && /^cloudflare\b/i.test(headers.server ?? ''))
        return `server: ${headers.server}`;
    return undefined;
}
// What Cloudflare's managed challenge, JS challenge and block pages carry, and what generic WAFs say.
const CHALLENGE_BODY = /cf-chl-|challenge-platform|cf_chl_opt|<title>\s*(Just a moment|Attention Required!? \| Cloudflare)|cf-browser-verification|Checking your browser before accessing/i;
/** Why this response is a proxy challenge or block page rather than the app's answer; undefined when it is not. */
function challengeReason(status, headers, body) {
    const mitigated = headers['cf-mitigated'];
    if (mitigated && /challenge/i.test(mitigated))
        return `cf-mitigated: ${mitigated}`;
    if ((status === 403 || status === 503 || status === 429) && CHALLENGE_BODY.test(body)) {
        return `HTTP ${status} with a challenge page (${CHALLENGE_BODY.exec(body)[0].replace(/\s+/g, ' ').slice(0, 40)})`;
    }
    return undefined;
}
/** The edge cache served this response, or says it stored it; undefined when it did not. */
function edgeCacheEvidence(headers) {
    const cf = headers['cf-cache-status']?.trim();
    if (cf && /^(HIT|STALE|UPDATING|REVALIDATED|EXPIRED|MISS)$/i.test(cf))
        return `cf-cache-status: ${cf}`;
    const xCache = headers['x-cache'];
    if (xCache && /\b(HIT|MISS)\b/i.test(xCache))
        return `x-cache: ${xCache}`;
    const age = headers.age?.trim();
    if (age !== undefined && /^\d+$/.test(age))
        return `age: ${age}`;
    return undefined;
}
/** A static asset the edge does not cache, or keeps only briefly; undefined when it is cached for a day or more. */
function staticCacheProblem(headers, minSeconds) {
    const cf = headers['cf-cache-status']?.trim();
    const cacheControl = headers['cache-control'];
    if (cf && /^(DYNAMIC|BYPASS|NONE\/UNKNOWN)$/i.test(cf))
        return `the edge does not cache it (cf-cache-status: ${cf})`;
    if (!edgeCacheEvidence(headers))
        return 'no cache status header says the edge stored it';
    if (cacheControl === undefined)
        return 'it has no Cache-Control header, so browsers and the edge keep it only heuristically';
    const directives = parseCacheControl(cacheControl);
    if (directives.has('no-store') || directives.has('private'))
        return `Cache-Control: ${cacheControl} keeps it out of shared caches`;
    const seconds = Number(directives.get('s-maxage') ?? directives.get('max-age') ?? 0);
    if (!(seconds >= minSeconds))
        return `Cache-Control: ${cacheControl} keeps it for ${Number.isFinite(seconds) ? seconds : 0} s, under a day`;
    return undefined;
}
/** Why a browser would drop or never send this cookie for `host` over HTTPS; undefined when it works. */
function cookieIncompatibility(header, host) {
    const [pair, ...attributes] = header.split(';');
    const name = pair.slice(0, Math.max(0, pair.indexOf('='))).trim();
    if (!name)
        return undefined;
    let domain;
    let secure = false;
    let sameSite;
    let path;
    for (const attribute of attributes) {
        const at = attribute.indexOf('=');
        const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
        const value = at < 0 ? '' : attribute.slice(at + 1).trim();
        if (key === 'domain')
            domain = value.replace(/^\./, '').toLowerCase();
        else if (key === 'secure')
            secure = true;
        else if (key === 'samesite')
            sameSite = value.toLowerCase();
        else if (key === 'path')
            path = value;
    }
    const hostname = host.toLowerCase();
    if (domain && domain !== hostname && !hostname.endsWith(`.${domain}`)) {
        return `cookie ${name} is set for Domain=${domain}, which ${hostname} is not part of, so the browser drops it`;
    }
    if (sameSite === 'none' && !secure)
        return `cookie ${name} has SameSite=None without Secure, which browsers reject`;
    if (name.startsWith('__Secure-') && !secure)
        return `cookie ${name} has the __Secure- prefix without Secure, which browsers reject`;
    if (name.startsWith('__Host-') && (!secure || domain || path !== '/'))
        return `cookie ${name} has the __Host- prefix but ${!secure ? 'no Secure' : domain ? 'a Domain' : 'no Path=/'}, which browsers reject`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/checks/domain/proxy-ranges.ts

const CLOUDFLARE_RANGES = {
    source: 'Cloudflare\'s published ranges (cloudflare.com/ips), as copied on 2024-10-01',
    cidrs: [
        '173.245.48.0/20', '103.21.244.0/22', '103.22.200.0/22', '103.31.4.0/22', '141.101.64.0/18', '108.162.192.0/18',
        '190.93.240.0/20', '188.114.96.0/20', '197.234.240.0/22', '198.41.128.0/17', '162.158.0.0/15', '104.16.0.0/13',
        '104.24.0.0/14', '172.64.0.0/13', '131.0.72.0/22',
        '2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32',
    ],
};
/** A matcher over CIDRs; a CIDR that does not parse is returned as a problem, never thrown. */
function rangeMatcher(cidrs) {
    const list = new external_node_net_.BlockList();
    const invalid = [];
    for (const cidr of cidrs) {
        const [address, bits] = cidr.split('/');
        const family = (0,external_node_net_.isIP)(address ?? '');
        const prefix = Number(bits);
        if (!family || !/^\d+$/.test(bits ?? '') || prefix > (family === 4 ? 32 : 128)) {
            invalid.push(cidr);
            continue;
        }
        list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    }
    return {
        invalid,
        contains(address) {
            const family = (0,external_node_net_.isIP)(address);
            return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
        },
    };
}

// EXTERNAL MODULE: ./src/http/session.ts
var session = __webpack_require__(72832);
;// CONCATENATED MODULE: ./src/checks/domain/session-sign-in.ts

async function signInSession(name, definition, options) {
    // No retries: the check looks at the site as a visitor finds it.
    const result = await (0,session/* signIn */.J)(name, definition, { ...options, retries: 0 });
    const cookies = result.exchanges.flatMap((exchange) => exchange.response.setCookie.map((header) => ({ request: `${exchange.method} ${exchange.url.href}`, header })));
    const responses = result.exchanges.map((exchange) => ({ request: `${exchange.method} ${exchange.url.href}`, response: exchange.response }));
    if (result.ok)
        return { ok: true, session: { jar: result.session.jar, headers: result.session.headers, cookies }, responses };
    const f = result.failure;
    const label = f.phase === 'headers' ? `the headers of session "${name}"` : `the ${f.phase} of session "${name}"`;
    if (f.kind === 'invalid')
        return { ok: false, message: `${label}: ${f.message}`, cookies, responses };
    const spec = f.phase === 'login-page' ? definition['login-page'] : definition.login;
    const method = spec?.request.trim().split(/\s+/)[0] ?? 'GET';
    if (f.kind === 'transport') {
        const message = f.error?.kind === 'refused' ? `${f.error.url.host} refused the connection` : f.message;
        return { ok: false, message: `${label} (${method} ${f.error?.url.href ?? ''}) got no response: ${message}`, cookies, responses };
    }
    return { ok: false, message: `${label} (${f.exchange.method} ${f.exchange.url.href}) failed: ${f.message}`, cookies, responses };
}

;// CONCATENATED MODULE: ./src/checks/domain/proxy-probe.ts








/** A static asset kept at the edge for less than this (a day) is reported. */
const STATIC_MIN_SECONDS = 86_400;
/** The kind of proxy a host entry declares; undefined for `proxy: none`. */
function proxyKind(entry) {
    const proxy = entry.proxy;
    if (proxy === 'none')
        return undefined;
    if (proxy === 'cloudflare')
        return CLOUDFLARE;
    return { name: proxy.name ?? 'the proxy', headers: proxy.headers.map((h) => h.toLowerCase()) };
}
/** Every probe of one proxied hostname: DNS, the front page, the origin, sign-in, signed-in paths, static assets. */
async function probeProxy(host, entry, kind, p) {
    const path = ['domain', 'hosts', host];
    const declared = typeof entry.proxy === 'object' && entry.proxy.ranges ? { source: `the ranges given under ${host}.proxy`, cidrs: entry.proxy.ranges } : undefined;
    const ranges = entry.ranges ? { source: `the ranges given for ${host}`, cidrs: entry.ranges } : declared ?? (kind === CLOUDFLARE ? CLOUDFLARE_RANGES : undefined);
    const matcher = ranges ? rangeMatcher(ranges.cidrs) : undefined;
    const base = httpsUrl(host, entry.port ?? 443);
    const observation = {
        path, host, kind, rangesSource: ranges?.source ?? 'no published ranges', invalidRanges: matcher?.invalid ?? [],
        front: { request: `GET ${base.href}`, result: { ok: false, message: 'not requested' } }, signedIn: [], static: [],
    };
    if (matcher) {
        observation.addresses = [];
        for (const type of ['A', 'AAAA']) {
            const answer = await p.dns.query(host, type);
            if (answer.ok)
                for (const value of answer.values)
                    observation.addresses.push({ address: value, inRanges: matcher.contains(value) });
            else if (!isMissing(answer)) {
                p.lookupFailures.push({ path, name: host, type, server: p.dns.servers[0] ?? 'the system resolver', answer, purpose: `the ${type} records of ${host}, to compare with ${kind.name}'s ranges` });
            }
        }
    }
    observation.front.result = await probeRequest(p.http, { method: 'GET', url: base });
    if (observation.front.result.ok)
        observation.servedBy = proxyEvidence(kind, observation.front.result.response.headers);
    const origin = entry.origin ? parseOrigin(entry.origin) : undefined;
    // The origin is asked with the public name as Host and SNI, connecting to its address whatever DNS says.
    const originClient = origin ? new client/* HttpClient */.Qq({
        lookup: pinnedLookup(origin.address),
        ...(p.settings.ca ? { tls: { roots: p.settings.ca } } : {}),
        userAgent: `release-gate/${version/* VERSION */.x} (domain check)`, maxBodyBytes: 512 * 1024, reuseConnections: false,
    }) : undefined;
    try {
        const originTransport = originClient && { ...p.http, client: originClient };
        if (origin && originTransport) {
            const url = httpsUrl(host, origin.port);
            observation.origin = { ...origin, exchange: { request: `GET ${url.href} at ${origin.address}`, result: await probeRequest(originTransport, { method: 'GET', url }) } };
        }
        if (entry.session !== undefined) {
            observation.signIn = await signInThroughProxy(host, entry.session, base, origin, originTransport, p);
            const outcome = observation.signIn.outcome;
            for (const [i, target] of (entry['signed-in'] ?? []).entries()) {
                const url = new URL(target, base);
                const item = { path: [...path, 'signed-in', i], url: url.href };
                if (outcome.ok) {
                    const cookie = outcome.session.jar.header(url);
                    const headers = { ...outcome.session.headers, ...(cookie ? { cookie } : {}) };
                    item.exchange = { request: `GET ${url.href}`, result: await probeRequest(p.http, { method: 'GET', url, headers }) };
                }
                observation.signedIn.push(item);
            }
        }
        for (const [i, target] of (entry.static ?? []).entries()) {
            const url = new URL(target, base);
            observation.static.push({ path: [...path, 'static', i], url: url.href, exchange: { request: `GET ${url.href}`, result: await probeRequest(p.http, { method: 'GET', url }) } });
        }
    }
    finally {
        await originClient?.close();
    }
    return observation;
}
async function signInThroughProxy(host, session, base, origin, originTransport, p) {
    const sessionPath = ['domain', 'hosts', host, 'session'];
    const definition = p.ctx.manifest.data.sessions?.[session];
    const options = (client, at) => ({
        client: client.client, base: at, templater: p.templater, masker: p.ctx.masker, timeoutMs: p.settings.timeoutMs, signal: p.ctx.signal,
        allowedOrigins: [at.origin],
    });
    const outcome = definition
        ? await signInSession(session, definition, options(p.http, base))
        : { ok: false, message: `session "${session}" is not defined under sessions`, cookies: [], responses: [] };
    const signIn = { session, sessionPath, outcome, challenges: [], incompatibleCookies: [] };
    for (const { request, response } of outcome.responses) {
        const reason = challengeReason(response.status, response.headers, response.body);
        if (reason)
            signIn.challenges.push({ request, reason });
    }
    for (const cookie of outcome.ok ? outcome.session.cookies : outcome.cookies) {
        const reason = cookieIncompatibility(cookie.header, host);
        if (reason)
            signIn.incompatibleCookies.push({ request: cookie.request, reason });
    }
    if (!outcome.ok && definition && origin && originTransport) {
        signIn.onOrigin = await signInSession(session, definition, options(originTransport, httpsUrl(host, origin.port)));
    }
    return signIn;
}
function httpsUrl(host, port) {
    return new URL(`https://${host}${port === 443 ? '' : `:${port}`}/`);
}
/** "203.0.113.10", "203.0.113.10:8443", "[2001:db8::1]:8443" */
function parseOrigin(text) {
    const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
    if (bracketed && (0,external_node_net_.isIP)(bracketed[1]) === 6)
        return { address: bracketed[1], port: Number(bracketed[2] ?? 443) };
    if ((0,external_node_net_.isIP)(text))
        return { address: text, port: 443 };
    const withPort = /^([\d.]+):(\d{1,5})$/.exec(text);
    if (withPort && (0,external_node_net_.isIP)(withPort[1]) === 4)
        return { address: withPort[1], port: Number(withPort[2]) };
    return undefined;
}
/** A lookup that connects every name to one address. */
function pinnedLookup(address) {
    const family = (0,external_node_net_.isIP)(address);
    return (_hostname, options, callback) => {
        if (options?.all)
            callback(null, [{ address, family }]);
        else
            callback(null, address, family);
    };
}

;// CONCATENATED MODULE: ./src/checks/domain/redirect-walker.ts

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
async function walkRedirects(http, from, limit) {
    const hops = [];
    const seen = new Set();
    let url = from;
    for (;;) {
        seen.add(url.href);
        const result = await probeRequest(http, { method: 'GET', url });
        if (!result.ok)
            return { hops, end: { kind: 'unreachable', url: url.href, message: result.message } };
        const { status, headers } = result.response;
        const location = headers.location;
        if (!REDIRECT_STATUSES.has(status) || location === undefined)
            return { hops, end: { kind: 'final', url: url.href, status } };
        let next;
        try {
            next = new URL(location, url);
        }
        catch {
            return { hops, end: { kind: 'bad-location', url: url.href, location } };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
            return { hops, end: { kind: 'bad-location', url: url.href, location } };
        hops.push({ url: url.href, status, location, next: next.href });
        if (seen.has(next.href))
            return { hops, end: { kind: 'loop', url: next.href } };
        if (hops.length >= limit)
            return { hops, end: { kind: 'limit' } };
        url = next;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/checks/domain/settings.ts




const DEFAULT_TIMEOUT_MS = 5_000;
async function readSettings(ctx, section) {
    const problems = [];
    const environmentName = ctx.environment ?? section.environment;
    const url = environmentName ? ctx.manifest.data.environments?.[environmentName]?.url : undefined;
    if (environmentName && !url) {
        problems.push({ path: ['domain', 'environment'], message: `environment "${environmentName}" has no url under environments, so relative URLs and sessions have nowhere to go` });
    }
    let ca;
    if (section.ca !== undefined) {
        const pem = await readCa(ctx.cwd, section.ca);
        if (typeof pem === 'string')
            ca = [...external_node_tls_.rootCertificates, pem];
        else
            problems.push({ path: ['domain', 'ca'], message: pem.problem });
    }
    const resolvers = section.resolvers ?? (section.resolver ? [section.resolver] : []);
    let fatal = false;
    resolvers.forEach((server, i) => {
        if (resolverAddress(server))
            return;
        fatal = true;
        problems.push({
            path: section.resolvers ? ['domain', 'resolvers', i] : ['domain', 'resolver'],
            message: `resolver ${server} is not an IP address (with an optional :port); name the DNS server by address, e.g. 1.1.1.1 or [2606:4700:4700::1111]:53`,
        });
    });
    return {
        timeoutMs: parseDuration(section.timeout) ?? DEFAULT_TIMEOUT_MS,
        resolvers,
        fatal,
        ca,
        base: url ? new URL(url) : undefined,
        environmentName,
        problems,
    };
}
/** Node's resolver takes addresses only: 1.1.1.1, 1.1.1.1:53, 2606:4700::1111 or [2606:4700::1111]:53. */
function resolverAddress(server) {
    const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(server);
    if (bracketed)
        return (0,external_node_net_.isIP)(bracketed[1]) === 6 && (!bracketed[2] || Number(bracketed[2]) <= 65535);
    if ((0,external_node_net_.isIP)(server))
        return true;
    const withPort = /^([\d.]+):(\d{1,5})$/.exec(server);
    return !!withPort && (0,external_node_net_.isIP)(withPort[1]) === 4 && Number(withPort[2]) <= 65535;
}
async function readCa(cwd, value) {
    let text = value;
    if (!value.includes('-----BEGIN')) {
        const path = (0,external_node_path_.isAbsolute)(value) ? value : (0,external_node_path_.resolve)(cwd, value);
        try {
            text = await (0,external_node_fs_promises_.readFile)(path, 'utf8');
        }
        catch (error) {
            return { problem: `the CA file ${value} cannot be read (${error.code ?? String(error)})` };
        }
    }
    if (!/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.test(text)) {
        return { problem: `${value.includes('-----BEGIN') ? 'ca' : `the CA file ${value}`} holds no PEM certificate (-----BEGIN CERTIFICATE-----)` };
    }
    return text;
}
/** A manifest duration (a number of milliseconds, or "500ms", "30s", "2m", "1h") in milliseconds. */
function parseDuration(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
    if (!match)
        return undefined;
    const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[match[2]];
    return Math.round(Number(match[1]) * unit);
}
/** An entry's URL: absolute as written, or a path under the environment's url. */
function resolveUrl(text, base) {
    if (/^https?:\/\//i.test(text)) {
        try {
            return new URL(text);
        }
        catch {
            return { problem: `${text} is not a valid URL` };
        }
    }
    if (!base)
        return { problem: `${text} is a path, but no environment is set (domain.environment or --environment), so it has no origin` };
    if (!text.startsWith('/'))
        return { problem: `${text} is neither a URL nor a path starting with /` };
    const prefix = base.pathname.replace(/\/+$/, '');
    let url;
    try {
        url = new URL(`${prefix}${text}`, base.origin);
    }
    catch {
        return { problem: `${text} is not a valid path` };
    }
    // `//host` and `/\host` are other hosts to the WHATWG parser, as to every browser and proxy.
    if (url.origin !== base.origin)
        return { problem: `the path ${text} resolves to ${url.origin}, not the environment's origin (${base.origin})` };
    return url;
}

;// CONCATENATED MODULE: ./src/checks/domain/tls-probe.ts




/** @param ca trusted roots: the system's plus any extra CA, or undefined for Node's defaults */
function createTlsContexts(ca) {
    return {
        modern: (0,external_node_tls_.createSecureContext)(ca ? { ca } : {}),
        legacy: (0,external_node_tls_.createSecureContext)({ ...(ca ? { ca } : {}), minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' }),
    };
}
// Judged separately: expiry against ctx.now() (so tests and the demo control time), the name by checkServerIdentity.
const NOT_TRUST_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);
const UNTRUSTED_REASONS = {
    DEPTH_ZERO_SELF_SIGNED_CERT: 'it is self-signed',
    SELF_SIGNED_CERT_IN_CHAIN: 'its chain ends in a self-signed certificate that is not a trusted root',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its issuer is not a trusted CA, or the server does not send the intermediate certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its issuer is not a trusted CA, or the server does not send the intermediate certificate',
    UNABLE_TO_GET_ISSUER_CERT: 'its issuer certificate cannot be found',
    CERT_SIGNATURE_FAILURE: 'its signature does not verify',
    CERT_REVOKED: 'it has been revoked',
    INVALID_CA: 'it was issued by a certificate that is not a CA',
    CERT_UNTRUSTED: 'it is not trusted for serving websites',
};
async function probeTls(options) {
    let address;
    try {
        address = (await options.dns.addresses(options.host))[0].address;
    }
    catch (error) {
        return { ok: false, message: error.message };
    }
    const [main, old] = await Promise.all([
        handshake(options, address, options.contexts.modern),
        handshake(options, address, options.contexts.legacy),
    ]);
    const oldProtocol = old.ok ? old.protocol : undefined;
    if (!main.ok)
        return { ok: false, message: main.message, oldProtocol };
    return { ...main.result, oldProtocol };
}
function handshake(options, address, secureContext) {
    const where = `${options.host}:${options.port}`;
    return new Promise((resolve) => {
        let settled = false;
        let socket;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            socket?.destroy();
            resolve(result);
        };
        const onAbort = () => finish({ ok: false, message: `${where}: stopped before the handshake finished` });
        const timer = setTimeout(() => finish({ ok: false, message: `${where} did not complete a TLS handshake within ${(0,client/* formatMs */._V)(options.timeoutMs)}` }), options.timeoutMs);
        options.signal?.addEventListener('abort', onAbort, { once: true });
        if (options.signal?.aborted)
            return onAbort();
        try {
            socket = (0,external_node_tls_.connect)({
                host: address,
                port: options.port,
                servername: (0,external_node_net_.isIP)(options.host) ? undefined : options.host,
                secureContext,
                rejectUnauthorized: false,
            });
        }
        catch (error) {
            return finish({ ok: false, message: `${where}: ${error.message}` });
        }
        socket.once('secureConnect', () => {
            const s = socket;
            try {
                const protocol = s.getProtocol() ?? 'unknown';
                const peer = s.getPeerCertificate(true);
                const code = authorizationCode(s.authorizationError);
                const untrusted = code && !NOT_TRUST_CODES.has(code) ? { code, reason: UNTRUSTED_REASONS[code] ?? code } : undefined;
                const mismatch = peer && Object.keys(peer).length ? (0,external_node_tls_.checkServerIdentity)(options.host, peer) : undefined;
                const certificates = chainOf(peer);
                finish({
                    ok: true,
                    protocol,
                    result: { ok: true, protocol, certificates, untrusted, hostnameMismatch: mismatch ? describeNames(certificates[0]) : undefined },
                });
            }
            catch (error) {
                finish({ ok: false, message: `${where}: could not read the certificate (${error.message})` });
            }
        });
        socket.once('error', (error) => finish({ ok: false, message: describeConnectError(where, error) }));
    });
}
function authorizationCode(error) {
    if (!error)
        return undefined;
    if (typeof error === 'string')
        return error;
    return error.code ?? error.message;
}
function chainOf(peer) {
    const out = [];
    const seen = new Set();
    for (let cert = peer; cert && cert.raw && !seen.has(cert.fingerprint256); cert = cert.issuerCertificate) {
        seen.add(cert.fingerprint256);
        const x509 = new external_node_crypto_.X509Certificate(cert.raw);
        const leaf = out.length === 0;
        // Roots come from the trust store, not from the server; their dates are not the site's to fix.
        if (!leaf && x509.checkIssued(x509))
            break;
        out.push({
            subject: x509.subject.replace(/\n/g, ', '),
            names: (x509.subjectAltName ?? '').split(', ').filter(Boolean).map((n) => n.replace(/^(DNS|IP Address):/, '')),
            validFrom: new Date(x509.validFrom),
            validTo: new Date(x509.validTo),
            leaf,
        });
    }
    return out;
}
function describeNames(cert) {
    if (!cert)
        return 'an unknown name';
    if (cert.names.length)
        return cert.names.slice(0, 5).join(', ') + (cert.names.length > 5 ? ', …' : '');
    return cert.subject || 'no name';
}
function describeConnectError(where, error) {
    switch (error.code) {
        case 'ECONNREFUSED':
            return `${where} refused the connection`;
        case 'ECONNRESET':
            return `${where} closed the connection during the TLS handshake`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `${where} cannot be reached (${error.code})`;
        default:
            return `${where}: TLS handshake failed (${error.code ?? error.message})`;
    }
}

;// CONCATENATED MODULE: ./src/checks/domain/observe-domain.ts














/** Hops the walker follows before giving up; redirect-too-many-hops judges against max-hops (default 3). */
const observe_domain_WALK_LIMIT = 10;
const DEFAULT_MAX_HOPS = 3;
const DEFAULT_MIN_DAYS = 14;
const DEFAULT_WARN_DAYS = 30;
/**
 * Runs every probe the section asks for and collects what they saw. Lookups (DNS, email, TLS) run side
 * by side; HTTP requests go one at a time, and the login burst last, since it may get this client's
 * address rate-limited for a while.
 */
async function observeDomain(ctx, section, settings) {
    const dns = new DnsClient(settings.fatal ? [] : settings.resolvers, settings.timeoutMs);
    // No connection reuse: each request stands alone, as a fresh visitor's would.
    const http = new client/* HttpClient */.Qq({
        ...(settings.resolvers.length ? { lookup: dns.lookup } : {}),
        ...(settings.ca ? { tls: { roots: settings.ca } } : {}),
        userAgent: `release-gate/${version/* VERSION */.x} (domain check)`,
        maxBodyBytes: 512 * 1024,
        reuseConnections: false,
    });
    try {
        const transport = { client: http, timeoutMs: settings.timeoutMs, signal: ctx.signal };
        return { model: await observe(ctx, section, settings, dns, transport), dns, http };
    }
    catch (error) {
        await http.close();
        throw error;
    }
}
async function observe(ctx, section, settings, dns, http) {
    const model = {
        file: ctx.manifest.file,
        locate: ctx.manifest.locate,
        now: ctx.now(),
        resolvers: dns.servers,
        dns: [], email: [], tls: [], hsts: [], redirects: [], pages: [], logins: [], proxies: [],
        lookupFailures: [],
        unreachable: [],
        settingProblems: [...settings.problems],
    };
    const settingProblems = model.settingProblems;
    if (settings.fatal)
        return model;
    const url = (text, path) => {
        const resolved = resolveUrl(text, settings.base);
        if (resolved instanceof URL)
            return resolved;
        settingProblems.push({ path, message: resolved.problem });
        return undefined;
    };
    const contexts = section.tls?.length ? createTlsContexts(settings.ca) : undefined;
    const [dnsObservations, emailObservations, tlsObservations] = await Promise.all([
        Promise.all((section.dns ?? []).map((entry, i) => probeDnsRecord(entry, ['domain', 'dns', i], dns, model.lookupFailures))),
        Promise.all((section.email ?? []).map((entry, i) => probeEmail(entry, ['domain', 'email', i], dns, model.lookupFailures, section['allow-dmarc-none'] ?? false))),
        Promise.all((section.tls ?? []).map(async (entry, i) => {
            const port = entry.port ?? 443;
            const result = await probeTls({ host: entry.host, port, dns, contexts: contexts, timeoutMs: settings.timeoutMs, signal: ctx.signal });
            return {
                path: ['domain', 'tls', i], host: entry.host, port, minDays: entry['min-days'] ?? DEFAULT_MIN_DAYS,
                warnDays: Math.max(entry['warn-days'] ?? DEFAULT_WARN_DAYS, entry['min-days'] ?? DEFAULT_MIN_DAYS), result,
            };
        })),
    ]);
    for (const [i, entry] of (section.email ?? []).entries())
        await probeDefaultDkimSelectors(emailObservations[i], entry, dns);
    model.dns = dnsObservations;
    model.email = emailObservations;
    model.tls = tlsObservations;
    for (const [i, entry] of (section.hsts ?? []).entries()) {
        const options = typeof entry === 'string' ? { url: entry } : entry;
        const path = typeof entry === 'string' ? ['domain', 'hsts', i] : ['domain', 'hsts', i, 'url'];
        const target = url(options.url, path);
        if (!target)
            continue;
        const observation = {
            path, url: target.href, includeSubdomains: options['include-subdomains'] ?? false, preload: options.preload ?? false,
        };
        if (target.protocol === 'https:') {
            const result = await probeRequest(http, { method: 'GET', url: target });
            if (result.ok)
                Object.assign(observation, { response: result.response });
            else
                model.unreachable.push({ path, request: `GET ${target.href}`, message: result.message });
        }
        model.hsts.push(observation);
    }
    for (const [i, entry] of (section.redirects ?? []).entries()) {
        const path = ['domain', 'redirects', i];
        const from = url(entry.from, [...path, 'from']);
        const to = url(entry.to, [...path, 'to']);
        if (!from || !to)
            continue;
        const walk = await walkRedirects(http, from, observe_domain_WALK_LIMIT);
        if (walk.end.kind === 'unreachable')
            model.unreachable.push({ path: [...path, 'from'], request: `GET ${walk.end.url}`, message: walk.end.message });
        model.redirects.push({ path, from: from.href, to: to.href, expectedStatus: entry.status, maxHops: entry['max-hops'] ?? DEFAULT_MAX_HOPS, walk });
    }
    const templater = new http_templater/* Templater */.Br(ctx.env, new Map(), ctx.masker);
    // Each session signs in once, however many pages it is used for.
    const signIns = new Map();
    const signIn = (name, definition, base) => {
        if (!signIns.has(name)) {
            signIns.set(name, signInSession(name, definition, {
                client: http.client, base, templater, masker: ctx.masker, timeoutMs: settings.timeoutMs, signal: ctx.signal,
                allowedOrigins: (0,origin_guard/* declaredOrigins */.Oz)(ctx.manifest.data.environments, base),
            }));
        }
        return signIns.get(name);
    };
    for (const [i, entry] of (section.headers ?? []).entries()) {
        const options = typeof entry === 'string' ? { url: entry } : entry;
        const path = typeof entry === 'string' ? ['domain', 'headers', i] : ['domain', 'headers', i, 'url'];
        const target = url(options.url, path);
        if (!target)
            continue;
        model.pages.push(await observePage(ctx, http, signIn, settings, target, path, options.session, ['domain', 'headers', i, 'session'], model));
    }
    for (const [host, entry] of Object.entries(section.hosts ?? {})) {
        const kind = proxyKind(entry);
        if (!kind)
            continue;
        if (entry.origin !== undefined && !parseOrigin(entry.origin)) {
            settingProblems.push({ path: ['domain', 'hosts', host, 'origin'], message: `origin ${entry.origin} is not an IP address with an optional :port` });
        }
        const proxy = await probeProxy(host, entry, kind, { ctx, settings, dns, http, templater, lookupFailures: model.lookupFailures });
        if (!proxy.front.result.ok)
            model.unreachable.push({ path: ['domain', 'hosts', host], request: proxy.front.request, message: proxy.front.result.message });
        for (const item of [...proxy.signedIn, ...proxy.static]) {
            if (item.exchange && !item.exchange.result.ok)
                model.unreachable.push({ path: item.path, request: item.exchange.request, message: item.exchange.result.message });
        }
        model.proxies.push(proxy);
    }
    for (const [i, entry] of (section['rate-limit'] ?? []).entries()) {
        const path = ['domain', 'rate-limit', i, 'request'];
        const [method, target] = entry.request.trim().split(/\s+/, 2);
        const endpoint = url(target, path);
        if (!endpoint)
            continue;
        // A burst of sign-ins is load on someone's login: only ever on the app the manifest declares.
        const declared = settings.base ? [settings.base.origin] : (0,origin_guard/* declaredOrigins */.Oz)(ctx.manifest.data.environments);
        if (!declared.includes(endpoint.origin)) {
            settingProblems.push({
                path,
                message: `${endpoint.href} is not on ${settings.base ? `the environment's origin (${settings.base.origin})` : 'an origin the manifest declares under environments'}; the login burst is sent only to the app under test, so it was not sent`,
            });
            continue;
        }
        const burst = await runLoginBurst(http, {
            method, url: endpoint, attempts: entry.attempts ?? DEFAULT_ATTEMPTS, format: entry.format ?? 'json',
            userField: entry['user-field'] ?? 'email', passwordField: entry['password-field'] ?? 'password',
        });
        if (burst.unreachable && burst.statuses.length === 0)
            model.unreachable.push({ path, request: `${method} ${endpoint.href}`, message: burst.unreachable });
        model.logins.push({ path, request: entry.request, url: endpoint.href, burst });
    }
    return model;
}
async function observePage(ctx, http, signIn, settings, target, path, session, sessionPath, model) {
    const page = { path, url: target.href, session, sessionPath: session === undefined ? undefined : sessionPath, signInCookies: [] };
    const headers = {};
    if (session !== undefined) {
        const definition = ctx.manifest.data.sessions?.[session];
        const base = settings.base ?? new URL(target.origin);
        if (!definition) {
            page.signInError = `session "${session}" is not defined under sessions`;
        }
        else if (target.origin !== base.origin) {
            page.signInError = `${target.href} is not on ${base.origin}, where session "${session}" signs in; its credentials are never sent elsewhere`;
        }
        else {
            const signedIn = await signIn(session, definition, base);
            page.signInCookies = signedIn.ok ? signedIn.session.cookies : signedIn.cookies;
            if (!signedIn.ok) {
                page.signInError = signedIn.message;
            }
            else {
                Object.assign(headers, signedIn.session.headers);
                const cookie = signedIn.session.jar.header(target);
                if (cookie)
                    headers.cookie = cookie;
            }
        }
        if (page.signInError)
            return page;
    }
    const result = await probeRequest(http, { method: 'GET', url: target, headers });
    if (result.ok)
        page.response = result.response;
    else
        model.unreachable.push({ path, request: `GET ${target.href}`, message: result.message });
    return page;
}

;// CONCATENATED MODULE: ./src/checks/domain/model.ts
/** Where a finding about a manifest entry points: the value at `path`, else the nearest parent found. */
function siteOf(model, path) {
    for (let end = path.length; end >= 0; end--) {
        const position = model.locate(path.slice(0, end));
        if (position)
            return { file: model.file, line: position.line, column: position.column, endLine: position.endLine, endColumn: position.endColumn };
    }
    return { file: model.file };
}

;// CONCATENATED MODULE: ./src/checks/domain/rules/cache-authenticated-response.ts


const cacheAuthenticatedResponse = {
    meta: {
        id: 'cache-authenticated-response',
        check: 'domain',
        severity: 'error',
        description: 'A signed-in response may be stored by a shared cache (Cache-Control public or max-age without private/no-store, or a CDN cache hit), so one user\'s page can be served to another.',
        help: 'Send "Cache-Control: private, no-store" (and Vary: Cookie, Authorization) on every response that depends on who is signed in; bypass the CDN cache for those paths.',
    },
    run(model, report) {
        for (const page of model.pages) {
            const response = page.response;
            if (page.session === undefined || page.signInError || !response || response.status < 200 || response.status >= 300)
                continue;
            const verdict = sharedCacheReason(response.headers);
            if (!verdict)
                continue;
            report({
                ...siteOf(model, page.path),
                severity: verdict.certain ? 'error' : 'warning',
                message: `${page.url}, signed in as "${page.session}", can be stored by a shared cache: ${verdict.reason}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/cookie-insecure.ts


const cookieInsecure = {
    meta: {
        id: 'cookie-insecure',
        check: 'domain',
        severity: 'error',
        description: 'A session cookie lacks Secure (on HTTPS), HttpOnly or SameSite, so it can leak over HTTP, to scripts, or ride along on cross-site requests.',
        help: 'Set the session cookie with "Secure; HttpOnly; SameSite=Lax" (Strict if no cross-site link needs to land signed in).',
    },
    run(model, report) {
        // One finding per cookie and session (or page), however many pages show it.
        const reported = new Set();
        for (const page of model.pages) {
            // Cookies the sign-in set are the session's by definition; on the page, names tell.
            const candidates = [
                ...page.signInCookies.map((c) => ({ ...c, session: true })),
                ...(page.response?.setCookie ?? []).map((header) => ({ request: `GET ${page.url}`, header, session: false })),
            ];
            for (const { request, header, session } of candidates) {
                const flags = parseSetCookieFlags(header, model.now);
                const key = `${page.session ?? page.url}|${flags?.name}`;
                if (!flags || flags.deletes || reported.has(key))
                    continue;
                // A CSRF cookie is read by the page's own script (double-submit), so HttpOnly is not asked of it.
                if (session ? /csrf|xsrf/i.test(flags.name) : !looksLikeSessionCookie(flags.name))
                    continue;
                const https = /^\S+ https:/.test(request);
                const missing = missingCookieFlags(flags, https);
                if (!missing.length)
                    continue;
                reported.add(key);
                report({
                    ...siteOf(model, page.session !== undefined ? page.sessionPath ?? page.path : page.path),
                    message: `cookie ${flags.name} (set by ${request}) lacks ${missing.join(', ')}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dkim-invalid-key.ts

const dkimInvalidKey = {
    meta: {
        id: 'dkim-invalid-key',
        check: 'domain',
        severity: 'error',
        description: 'A DKIM key record cannot be used: malformed tags, bad base64, a truncated key, a revoked key, or several records.',
        help: 'Copy the key again from your mail provider as one record; long keys are split into 255-character strings inside one TXT record, not into several records.',
    },
    run(model, report) {
        for (const email of model.email) {
            for (const dkim of email.dkim) {
                const site = siteOf(model, dkim.path);
                if (dkim.records.length > 1) {
                    report({ ...site, message: `DKIM selector ${dkim.selector} of ${email.domain} has ${dkim.records.length} key records at ${dkim.name}; verifiers may use either` });
                }
                else if (dkim.key && !dkim.key.ok) {
                    report({ ...site, message: `the DKIM key at ${dkim.name} is unusable: ${dkim.key.problem}` });
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dkim-missing.ts

const dkimMissing = {
    meta: {
        id: 'dkim-missing',
        check: 'domain',
        severity: 'error',
        description: 'A DKIM selector the manifest lists publishes no key, so mail signed with it fails DKIM.',
        help: 'Publish the key your mail provider gives for this selector as a TXT (or CNAME) record at <selector>._domainkey.<domain>.',
    },
    run(model, report) {
        for (const email of model.email) {
            for (const dkim of email.dkim) {
                if (dkim.lookupFailed || dkim.records.length)
                    continue;
                report({ ...siteOf(model, dkim.path), message: `DKIM selector ${dkim.selector} of ${email.domain} has no key at ${dkim.name}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dkim-not-declared.ts

/** "google (Google Workspace), selector1 and selector2 (Microsoft 365)". */
function bySelector(list) {
    const groups = new Map();
    for (const { selector, provider } of list)
        groups.set(provider, [...(groups.get(provider) ?? []), selector]);
    return [...groups].map(([provider, selectors]) => `${selectors.join(', ')} (${provider})`).join('; ');
}
const dkimNotDeclared = {
    meta: {
        id: 'dkim-not-declared',
        check: 'domain',
        severity: 'notice',
        description: 'No DKIM selector is declared for a mail domain: the selectors common providers publish by default were probed, and the finding says which hold keys, or that none does.',
        help: 'List the selectors your mail providers sign with under `dkim:` for the domain, so every run checks their keys (an empty list, `dkim: []`, turns the probe off).',
    },
    run(model, report) {
        for (const email of model.email) {
            const probe = email.dkimProbe;
            if (!probe)
                continue;
            const site = siteOf(model, [...email.path, 'domain']);
            if (probe.found.length) {
                report({
                    ...site,
                    message: `no DKIM selector is declared for ${email.domain}; of the selectors common providers publish by default, these hold keys: ${bySelector(probe.found)}`,
                    hint: `Declare them, e.g. { domain: ${email.domain}, dkim: [${probe.found.map((f) => f.selector).join(', ')}] }, so every run checks these keys and reports one that disappears.`,
                });
            }
            else {
                report({
                    ...site,
                    message: `no DKIM selector is declared for ${email.domain}, and none of the selectors common providers publish by default holds a key there (tried ${bySelector(probe.tried)}${probe.unanswered ? `; ${probe.unanswered} of them got no answer` : ''})`,
                    hint: 'If the domain sends mail, find the selector in a received message\'s DKIM-Signature header (s=...) and list it under dkim:; if it sends none, say dkim: [] to stop this probe.',
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dkim-weak-key.ts

const dkimWeakKey = {
    meta: {
        id: 'dkim-weak-key',
        check: 'domain',
        severity: 'error',
        description: 'A DKIM RSA key is shorter than 1024 bits (an error: verifiers reject it) or 2048 bits (a warning: RFC 8301 recommends 2048).',
        help: 'Generate a 2048-bit key at your mail provider under a new selector, publish it, switch signing to it, then remove the old selector.',
    },
    run(model, report) {
        for (const email of model.email) {
            for (const dkim of email.dkim) {
                const key = dkim.key;
                if (!key?.ok || key.type !== 'rsa' || key.bits >= 2048)
                    continue;
                report({
                    ...siteOf(model, dkim.path),
                    severity: key.bits < 1024 ? 'error' : 'warning',
                    message: `the DKIM key at ${dkim.name} is ${key.bits}-bit RSA; ${key.bits < 1024 ? 'verifiers reject keys under 1024 bits' : '2048 bits is the recommended minimum'}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dmarc-missing.ts

const dmarcMissing = {
    meta: {
        id: 'dmarc-missing',
        check: 'domain',
        severity: 'error',
        description: 'A mail domain has no DMARC record (and inherits none), so receivers have no policy for mail that fails SPF and DKIM.',
        help: 'Publish a TXT record at _dmarc.<domain>, e.g. "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com"; start at p=none only while reading reports.',
    },
    run(model, report) {
        for (const email of model.email) {
            const dmarc = email.dmarc;
            if (!dmarc || dmarc.records.length !== 0 || dmarc.inheritedFrom)
                continue;
            report({ ...siteOf(model, [...email.path, 'domain']), message: `${email.domain} has no DMARC record (a TXT record at ${dmarc.name} starting with v=DMARC1)` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dmarc-no-reports.ts

const dmarcNoReports = {
    meta: {
        id: 'dmarc-no-reports',
        check: 'domain',
        severity: 'warning',
        description: 'The DMARC record asks for no aggregate reports (no rua=), so nobody learns about spoofing or a sender that fails.',
        help: 'Add rua=mailto:<address> (a mailbox or a DMARC report service) so receivers send daily aggregate reports.',
    },
    run(model, report) {
        for (const email of model.email) {
            const record = email.dmarc?.parsed;
            if (!record || record.rua.length || email.dmarc.records.length > 1)
                continue;
            const name = email.dmarc.inheritedFrom ? `_dmarc.${email.dmarc.inheritedFrom} (inherited by ${email.domain})` : email.dmarc.name;
            report({ ...siteOf(model, [...email.path, 'domain']), message: `the DMARC record at ${name} has no rua= address: no aggregate reports are sent` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dmarc-syntax.ts

const dmarcSyntax = {
    meta: {
        id: 'dmarc-syntax',
        check: 'domain',
        severity: 'error',
        description: 'A DMARC record is malformed (or there are several), so receivers ignore it or read it differently from what was meant.',
        help: 'Keep one record at _dmarc.<domain>: v=DMARC1 first, then p=none|quarantine|reject and mailto: report addresses, separated by semicolons.',
    },
    run(model, report) {
        for (const email of model.email) {
            const dmarc = email.dmarc;
            if (!dmarc)
                continue;
            const site = siteOf(model, [...email.path, 'domain']);
            const name = dmarc.inheritedFrom ? `_dmarc.${dmarc.inheritedFrom} (inherited by ${email.domain})` : dmarc.name;
            if (dmarc.records.length > 1) {
                report({ ...site, message: `${name} has ${dmarc.records.length} DMARC records, so receivers ignore them all` });
                continue;
            }
            for (const error of dmarc.parsed?.errors ?? [])
                report({ ...site, message: `the DMARC record at ${name} ${error.startsWith('has ') ? error : `is malformed: ${error}`}` });
            for (const tag of dmarc.parsed?.unknownTags ?? []) {
                report({ ...site, severity: 'warning', message: `the DMARC record at ${name} has an unknown tag ${tag}=, which receivers ignore (a typo?)` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dmarc-weak-policy.ts

const dmarcWeakPolicy = {
    meta: {
        id: 'dmarc-weak-policy',
        check: 'domain',
        severity: 'error',
        description: 'The DMARC policy does not stop spoofed mail: p=none (unless allowed), a pct below 100, or sp=none for subdomains.',
        help: 'Once reports show every real sender passing, move to p=quarantine and then p=reject; set allow-dmarc-none: true only for a planned monitoring period.',
    },
    run(model, report) {
        for (const email of model.email) {
            const record = email.dmarc?.parsed;
            if (!record || email.dmarc.records.length > 1)
                continue;
            const site = siteOf(model, [...email.path, 'domain']);
            const inherited = email.dmarc.inheritedFrom;
            const policy = inherited ? record.subdomainPolicy ?? record.policy : record.policy;
            const source = inherited ? `inherited from _dmarc.${inherited} (${record.subdomainPolicy ? 'sp' : 'p'}=${policy})` : `p=${policy}`;
            if (policy === 'none' && !email.allowDmarcNone) {
                report({ ...site, message: `the DMARC policy of ${email.domain} is ${source}: receivers deliver mail that fails authentication as if it passed` });
            }
            if (policy && policy !== 'none' && record.pct < 100) {
                report({ ...site, severity: 'warning', message: `the DMARC policy of ${email.domain} applies to only ${record.pct}% of failing mail (pct=${record.pct})` });
            }
            if (!inherited && record.policy && record.policy !== 'none' && record.subdomainPolicy === 'none' && !email.allowDmarcNone) {
                report({ ...site, severity: 'warning', message: `the DMARC record of ${email.domain} sets sp=none: its subdomains can be spoofed although p=${record.policy}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dns-lookup-failed.ts


/** A lookup got no usable answer at all (SERVFAIL, REFUSED, a timeout): nothing could be checked. */
const dnsLookupFailed = {
    meta: {
        id: 'dns-lookup-failed',
        check: 'domain',
        severity: 'error',
        description: 'A DNS lookup failed (SERVFAIL, refused or timed out), so the record could not be checked.',
        help: 'Check the zone\'s authoritative servers (a broken DNSSEC signature often shows as SERVFAIL) and that the resolver is reachable.',
    },
    run(model, report) {
        const seen = new Set();
        for (const failure of model.lookupFailures) {
            const key = `${failure.path.join('.')}|${failure.name}|${failure.type}|${failure.server}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            report({
                ...siteOf(model, failure.path),
                message: `${failure.name} ${failure.type} ${describeDnsFailure(failure.answer, failure.type)} (asked ${failure.server}, for ${failure.purpose})`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dns-record-mismatch.ts


/** The resolvers agree, and what they say is not what the manifest expects. */
const dnsRecordMismatch = {
    meta: {
        id: 'dns-record-mismatch',
        check: 'domain',
        severity: 'error',
        description: 'A DNS record resolves to something other than the expected value (CNAME chains are followed).',
        help: 'Point the record at the expected value at your DNS provider, or update the manifest if the new value is intended.',
    },
    run(model, report) {
        for (const observation of model.dns) {
            const answered = observation.answers.filter((a) => a.answer.ok);
            const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
            if (answered.length === 0 || new Set(keys).size > 1)
                continue;
            const first = answered[0].answer;
            if (!first.ok || answerMatches(observation.type, observation.expected, first.values))
                continue;
            const field = model.locate([...observation.path, 'value']) ? 'value' : 'values';
            report({
                ...siteOf(model, [...observation.path, field]),
                message: `${observation.name} ${observation.type} is ${describeValues(observation.type, first.values)}; expected ${describeValues(observation.type, observation.expected)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dns-record-missing.ts



/** Every resolver that answered says the name or the record is not there (NXDOMAIN or an empty answer). */
const dnsRecordMissing = {
    meta: {
        id: 'dns-record-missing',
        check: 'domain',
        severity: 'error',
        description: 'An expected DNS record does not exist: the name is NXDOMAIN or has no record of that type.',
        help: 'Create the record at your DNS provider (or fix the name in the manifest); check again once its TTL has passed.',
    },
    run(model, report) {
        for (const observation of model.dns) {
            const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
            if (keys.length === 0 || new Set(keys).size > 1 || keys[0] !== '(missing)')
                continue;
            const missing = observation.answers.find((a) => isMissing(a.answer));
            if (missing.answer.ok)
                continue;
            report({
                ...siteOf(model, [...observation.path, 'name']),
                message: `${observation.name} ${describeDnsFailure(missing.answer, observation.type)}; expected ${observation.type} ${describeValues(observation.type, observation.expected)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/dns-resolver-disagree.ts


/** Different resolvers give different answers for the same record: a change has not reached all of them yet. */
const dnsResolverDisagree = {
    meta: {
        id: 'dns-resolver-disagree',
        check: 'domain',
        severity: 'warning',
        description: 'Resolvers give different answers for the same record: propagation is not finished, or a zone is served inconsistently.',
        help: 'Wait for the old record\'s TTL to pass and check again; if the answers still differ, compare the zone on every authoritative server.',
    },
    run(model, report) {
        for (const observation of model.dns) {
            const keys = observation.answers.map((a) => outcomeKey(a.answer)).filter((k) => k !== undefined);
            if (new Set(keys).size < 2)
                continue;
            const parts = observation.answers.filter((a) => outcomeKey(a.answer) !== undefined).map(({ server, answer }) => {
                if (!answer.ok)
                    return `${server} has none`;
                const verdict = answerMatches(observation.type, observation.expected, answer.values) ? 'as expected' : 'not as expected';
                return `${server} answers ${describeValues(observation.type, answer.values)} (${verdict})`;
            });
            report({
                ...siteOf(model, [...observation.path, 'name']),
                message: `${observation.name} ${observation.type} differs between resolvers: ${parts.join('; ')}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/domain-setting-invalid.ts

/** Problems with the domain section itself that the schema cannot see; the entry they concern is skipped. */
const domainSettingInvalid = {
    meta: {
        id: 'domain-setting-invalid',
        check: 'domain',
        severity: 'error',
        description: 'A setting of the domain section cannot be used: an unreadable CA file, a path with no environment to resolve it against, an environment without a url.',
        help: 'Fix the setting named in the message; the entry it belongs to was not checked.',
    },
    run(model, report) {
        for (const problem of model.settingProblems)
            report({ ...siteOf(model, problem.path), message: problem.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/hsts.ts
/** Strict-Transport-Security (RFC 6797 section 6.1), as browsers and hstspreload.org read it. */
const ONE_YEAR_SECONDS = 31_536_000;
const SIX_MONTHS_SECONDS = 15_768_000;
function parseHsts(value) {
    const policy = { includeSubDomains: false, preload: false };
    const seen = new Set();
    // Several headers arrive joined with ", "; browsers use the first.
    const first = value.split(',')[0];
    for (const part of first.split(';')) {
        const [rawName, ...rest] = part.split('=');
        const name = rawName.trim().toLowerCase();
        if (!name)
            continue;
        if (seen.has(name)) {
            policy.invalid = `${name} appears twice`;
            return { ...policy, maxAge: undefined };
        }
        seen.add(name);
        const raw = rest.join('=').trim().replace(/^"(.*)"$/, '$1');
        if (name === 'max-age') {
            if (!/^\d+$/.test(raw))
                policy.invalid = `max-age=${raw} is not a number of seconds`;
            else
                policy.maxAge = Number(raw);
        }
        else if (name === 'includesubdomains') {
            policy.includeSubDomains = true;
        }
        else if (name === 'preload') {
            policy.preload = true;
        }
    }
    if (policy.maxAge === undefined && !policy.invalid)
        policy.invalid = 'it has no max-age';
    return policy;
}
function describeSeconds(seconds) {
    const days = seconds / 86_400;
    if (days >= 365)
        return `${+(days / 365).toFixed(1)} years`.replace(/^1 years/, '1 year');
    if (days >= 1)
        return `${Math.floor(days)} day${Math.floor(days) === 1 ? '' : 's'}`;
    return `${seconds} seconds`;
}

;// CONCATENATED MODULE: ./src/checks/domain/rules/hsts-missing.ts


const hstsMissing = {
    meta: {
        id: 'hsts-missing',
        check: 'domain',
        severity: 'error',
        description: 'An HTTPS URL sends no usable Strict-Transport-Security header, so a first visit over plain HTTP can be intercepted.',
        help: 'Send "Strict-Transport-Security: max-age=31536000; includeSubDomains" on every HTTPS response (at the server, load balancer or CDN).',
    },
    run(model, report) {
        for (const hsts of model.hsts) {
            const site = siteOf(model, hsts.path);
            if (hsts.url.startsWith('http:')) {
                report({ ...site, message: `${hsts.url} is plain HTTP; browsers ignore Strict-Transport-Security there, so check the https:// URL` });
                continue;
            }
            if (!hsts.response)
                continue;
            const header = hsts.response.headers['strict-transport-security'];
            if (header === undefined) {
                report({ ...site, message: `${hsts.url} (${hsts.response.status}) sends no Strict-Transport-Security header` });
                continue;
            }
            const policy = parseHsts(header);
            if (policy.invalid)
                report({ ...site, message: `${hsts.url} sends "Strict-Transport-Security: ${header}", which browsers ignore: ${policy.invalid}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/hsts-no-preload.ts


const hstsNoPreload = {
    meta: {
        id: 'hsts-no-preload',
        check: 'domain',
        severity: 'error',
        description: 'The manifest asks for HSTS preload and the header lacks the preload directive that hstspreload.org requires.',
        help: 'Add preload to the Strict-Transport-Security header (with max-age of at least a year and includeSubDomains), then submit the domain at hstspreload.org.',
    },
    run(model, report) {
        for (const hsts of model.hsts) {
            if (!hsts.preload)
                continue;
            const header = hsts.response?.headers['strict-transport-security'];
            if (header === undefined)
                continue;
            const policy = parseHsts(header);
            if (policy.invalid || policy.preload)
                continue;
            report({ ...siteOf(model, hsts.path), message: `${hsts.url} sends "Strict-Transport-Security: ${header}" without the preload directive` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/hsts-no-subdomains.ts


const hstsNoSubdomains = {
    meta: {
        id: 'hsts-no-subdomains',
        check: 'domain',
        severity: 'error',
        description: 'The manifest asks for includeSubDomains (or preload) and the HSTS header does not have it.',
        help: 'Add includeSubDomains to the Strict-Transport-Security header once every subdomain serves HTTPS.',
    },
    run(model, report) {
        for (const hsts of model.hsts) {
            if (!hsts.includeSubdomains && !hsts.preload)
                continue;
            const header = hsts.response?.headers['strict-transport-security'];
            if (header === undefined)
                continue;
            const policy = parseHsts(header);
            if (policy.invalid || policy.includeSubDomains)
                continue;
            report({ ...siteOf(model, hsts.path), message: `${hsts.url} sends "Strict-Transport-Security: ${header}" without includeSubDomains` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/hsts-short-max-age.ts


const hstsShortMaxAge = {
    meta: {
        id: 'hsts-short-max-age',
        check: 'domain',
        severity: 'error',
        description: 'The HSTS max-age is under six months (an error) or under one year (a warning; an error when preload is asked).',
        help: 'Raise max-age to 31536000 (one year) or more, once HTTPS works on every page (and, with includeSubDomains, on every subdomain).',
    },
    run(model, report) {
        for (const hsts of model.hsts) {
            const header = hsts.response?.headers['strict-transport-security'];
            if (header === undefined)
                continue;
            const maxAge = parseHsts(header).maxAge;
            if (maxAge === undefined || maxAge >= ONE_YEAR_SECONDS)
                continue;
            const error = maxAge < SIX_MONTHS_SECONDS || hsts.preload;
            const why = hsts.preload && maxAge >= SIX_MONTHS_SECONDS ? 'the preload list requires at least one year' : 'browsers forget the policy too soon; use at least one year';
            report({
                ...siteOf(model, hsts.path),
                severity: error ? 'error' : 'warning',
                message: `${hsts.url} sends HSTS max-age=${maxAge} (${describeSeconds(maxAge)}): ${why}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/login-burst-inconclusive.ts

const loginBurstInconclusive = {
    meta: {
        id: 'login-burst-inconclusive',
        check: 'domain',
        severity: 'warning',
        description: 'The login burst could not tell whether sign-ins are rate-limited: the endpoint is missing or failing, or the connection dropped mid-burst.',
        help: 'Check the rate-limit entry\'s request (method and path of the sign-in endpoint) and its format (json or form).',
    },
    run(model, report) {
        for (const login of model.logins) {
            const { burst } = login;
            const why = burst.inconclusive ?? (burst.unreachable && burst.statuses.length ? `the connection failed ${burst.unreachable}` : undefined);
            if (!why || burst.limitedBy)
                continue;
            report({ ...siteOf(model, login.path), message: `the login burst against ${login.url} is inconclusive: ${why}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/login-not-rate-limited.ts

const loginNotRateLimited = {
    meta: {
        id: 'login-not-rate-limited',
        check: 'domain',
        severity: 'error',
        description: 'A burst of failed sign-ins (a throwaway user, a wrong password) got no 429, no lockout and no Retry-After: password guessing is not slowed down.',
        help: 'Limit failed sign-ins per client address and per account (e.g. 5 a minute) and answer 429 with Retry-After once the limit is reached.',
    },
    run(model, report) {
        for (const login of model.logins) {
            const { burst } = login;
            if (burst.limitedBy || burst.inconclusive || burst.unreachable || burst.statuses.length < burst.attempts)
                continue;
            report({
                ...siteOf(model, login.path),
                message: `${login.request.split(/\s+/)[0]} ${login.url} took ${burst.attempts} failed sign-ins in a row (${summarize(burst.statuses)}) without a 429, a lockout or Retry-After`,
            });
        }
    },
};
function summarize(statuses) {
    const counts = new Map();
    for (const s of statuses)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts].map(([status, n]) => `${status} ×${n}`).join(', ');
}

;// CONCATENATED MODULE: ./src/checks/domain/rules/mixed-content.ts


const SHOWN = 5;
const mixedContentRule = {
    meta: {
        id: 'mixed-content',
        check: 'domain',
        severity: 'error',
        description: 'An HTTPS page loads scripts, styles, images, frames or form targets over plain http://; browsers block them or mark the page insecure.',
        help: 'Load every subresource over https:// (or a relative URL); a Content-Security-Policy with upgrade-insecure-requests is a stopgap.',
    },
    run(model, report) {
        for (const page of model.pages) {
            const response = page.response;
            if (!response || !page.url.startsWith('https:') || !isHtml(response.headers))
                continue;
            const urls = mixedContent(response.body);
            if (!urls.length)
                continue;
            const shown = urls.slice(0, SHOWN).join(', ') + (urls.length > SHOWN ? `, and ${urls.length - SHOWN} more` : '');
            report({ ...siteOf(model, page.path), message: `${page.url} loads ${urls.length} resource${urls.length === 1 ? '' : 's'} over plain HTTP: ${shown}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/mx-missing.ts

const mxMissing = {
    meta: {
        id: 'mx-missing',
        check: 'domain',
        severity: 'error',
        description: 'A mail domain cannot receive mail: no MX record, a null MX, or MX hosts that do not resolve.',
        help: 'Add the MX records your mail provider gives; if the domain only sends, set mx: false for it in the manifest.',
    },
    run(model, report) {
        for (const email of model.email) {
            const mx = email.mx;
            if (!mx)
                continue;
            const site = siteOf(model, [...email.path, 'domain']);
            if (mx.records.length === 0) {
                report({ ...site, message: `${email.domain} has no MX record: mail to it bounces or goes to its A record` });
            }
            else if (mx.records.every((r) => r.endsWith(' .'))) {
                report({ ...site, message: `${email.domain} publishes a null MX (${mx.records[0]}): it accepts no mail` });
            }
            for (const exchange of mx.unresolvable) {
                report({ ...site, message: `the MX host ${exchange} of ${email.domain} does not resolve to an address` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-caches-private.ts


const proxyCachesPrivate = {
    meta: {
        id: 'proxy-caches-private',
        check: 'domain',
        severity: 'error',
        description: 'The proxy\'s edge cache stores or serves a signed-in page or an API response, so one user\'s data can be served to another.',
        help: 'Bypass the edge cache for signed-in pages and /api (Cloudflare: a Cache Rule "Bypass cache" for those paths, and no "Cache Everything" on them), and send Cache-Control: private, no-store from the app.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            for (const item of proxy.signedIn) {
                const result = item.exchange?.result;
                if (!result?.ok || result.response.status >= 400)
                    continue;
                const evidence = edgeCacheEvidence(result.response.headers);
                if (!evidence)
                    continue;
                report({ ...siteOf(model, item.path), message: `${item.exchange.request}, signed in as "${proxy.signIn.session}", went through ${proxy.kind.name}'s cache (${evidence})` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-challenge.ts


const proxyChallenge = {
    meta: {
        id: 'proxy-challenge',
        check: 'domain',
        severity: 'error',
        description: 'The proxy answers the sign-in or an API call with a challenge or block page instead of passing it to the app, so scripts, mobile apps and fetch() calls fail.',
        help: 'Exempt the sign-in and API paths from browser challenges (Cloudflare: a WAF skip rule or a lower security level for /api/* and the login endpoint; Bot Fight Mode off for them), and rate-limit them instead.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            for (const { request, reason } of proxy.signIn?.challenges ?? []) {
                report({ ...siteOf(model, proxy.signIn.sessionPath), message: `${request}, while session "${proxy.signIn.session}" signed in through ${proxy.kind.name}, was met by a challenge: ${reason}` });
            }
            for (const item of proxy.signedIn) {
                const result = item.exchange?.result;
                if (!result?.ok)
                    continue;
                const reason = challengeReason(result.response.status, result.response.headers, result.response.body);
                if (reason)
                    report({ ...siteOf(model, item.path), message: `${item.exchange.request}, signed in, was met by a challenge from ${proxy.kind.name}: ${reason}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-cookie-incompatible.ts

const proxyCookieIncompatible = {
    meta: {
        id: 'proxy-cookie-incompatible',
        check: 'domain',
        severity: 'error',
        description: 'A cookie set while signing in through the proxy cannot work for the public hostname (a Domain for another name, SameSite=None without Secure, a broken __Host- or __Secure- prefix).',
        help: 'Set session cookies without Domain (or with the public domain), with Secure, and SameSite=Lax unless a cross-site flow needs None; behind a TLS-terminating proxy, trust X-Forwarded-Proto so the app knows the request was HTTPS.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            for (const { request, reason } of proxy.signIn?.incompatibleCookies ?? []) {
                report({ ...siteOf(model, proxy.signIn.sessionPath), message: `${reason} (set by ${request} through ${proxy.kind.name})` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-not-serving.ts

const proxyNotServing = {
    meta: {
        id: 'proxy-not-serving',
        check: 'domain',
        severity: 'error',
        description: 'A hostname declared as served through a proxy (Cloudflare or another) answers without the proxy\'s headers: the proxy is not in front of it.',
        help: 'Turn the proxy on for the DNS record (Cloudflare: the orange cloud, "Proxied"), or point the name at the proxy; if the proxy was dropped on purpose, set `proxy: none`.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            if (!proxy.front.result.ok || proxy.servedBy)
                continue;
            const { status } = proxy.front.result.response;
            report({
                ...siteOf(model, [...proxy.path, 'proxy']),
                message: `${proxy.front.request} answered ${status} without ${proxy.kind.headers.join(' or ')}${proxy.kind.name === 'Cloudflare' ? ' or server: cloudflare' : ''}, so ${proxy.kind.name} did not serve it`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-origin-in-dns.ts

const proxyOriginInDns = {
    meta: {
        id: 'proxy-origin-in-dns',
        check: 'domain',
        severity: 'error',
        description: 'A proxied hostname resolves to an address outside the proxy\'s published ranges: the origin (or something else) is published in DNS, and anyone can bypass the proxy.',
        help: 'Publish only the proxy\'s addresses for the name (Cloudflare: every A/AAAA record of the name proxied); move the origin to an address that was never published, and let it accept only the proxy\'s ranges.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            for (const { address, inRanges } of proxy.addresses ?? []) {
                if (inRanges)
                    continue;
                const isOrigin = proxy.origin?.address === address;
                const key = model.locate(proxy.path, 'key');
                report({
                    ...(key ? { file: model.file, line: key.line, column: key.column } : siteOf(model, proxy.path)),
                    message: `${proxy.host} resolves to ${address}, ${isOrigin ? 'its origin, ' : ''}outside ${proxy.rangesSource}`,
                });
            }
            for (const cidr of proxy.invalidRanges) {
                report({ ...siteOf(model, [...proxy.path, 'ranges']), message: `${cidr} is not an address range (CIDR such as 104.16.0.0/13), so it was ignored` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-origin-reachable.ts


const proxyOriginReachable = {
    meta: {
        id: 'proxy-origin-reachable',
        check: 'domain',
        severity: 'warning',
        description: 'The origin behind the proxy serves the app to anyone who connects to it directly with the public hostname, bypassing the proxy\'s firewall, rate limits and challenge.',
        help: 'Let the origin accept connections only from the proxy (a firewall allow-list of its ranges, Cloudflare Tunnel, or authenticated origin pulls), or refuse requests that did not come through it.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            const result = proxy.origin?.exchange.result;
            if (!result?.ok)
                continue;
            const { status, headers, body } = result.response;
            if (status < 200 || status >= 300 || challengeReason(status, headers, body))
                continue;
            report({
                ...siteOf(model, [...proxy.path, 'origin']),
                message: `${proxy.origin.exchange.request} answered ${status}: the origin serves ${proxy.host} to anyone who connects to it directly`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-sign-in-failed.ts


const proxySignInFailed = {
    meta: {
        id: 'proxy-sign-in-failed',
        check: 'domain',
        severity: 'error',
        description: 'The session cannot sign in through the proxy, or its session is not recognised on the next request: "auth works in staging but fails behind the proxy in production".',
        help: 'Compare the sign-in through the proxy with the one on the origin: cookies the proxy strips or rewrites, a Domain attribute for another name, headers it drops (Authorization), a cached or challenged login response.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            const signIn = proxy.signIn;
            if (!signIn)
                continue;
            if (!signIn.outcome.ok) {
                if (signIn.challenges.length)
                    continue; // proxy-challenge says why
                const origin = signIn.onOrigin?.ok ? ` The same session signs in directly at the origin (${proxy.origin.address}), so the proxy breaks it.` : '';
                report({ ...siteOf(model, signIn.sessionPath), message: `session "${signIn.session}" cannot sign in through ${proxy.kind.name} at ${proxy.host}: ${signIn.outcome.message}.${origin}` });
                continue;
            }
            for (const item of proxy.signedIn) {
                const result = item.exchange?.result;
                if (!result?.ok)
                    continue;
                const { status, headers, body } = result.response;
                if (challengeReason(status, headers, body))
                    continue;
                const toLogin = status >= 300 && status < 400 && /login|sign-?in|auth/i.test(headers.location ?? '');
                if (status !== 401 && !toLogin)
                    continue;
                report({
                    ...siteOf(model, item.path),
                    message: `session "${signIn.session}" signed in through ${proxy.kind.name}, but ${item.exchange.request} answered ${status}${toLogin ? ` to ${headers.location}` : ''}: the session did not survive the proxy`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/proxy-static-not-cached.ts



const proxyStaticNotCached = {
    meta: {
        id: 'proxy-static-not-cached',
        check: 'domain',
        severity: 'notice',
        description: 'A static asset is not kept in the proxy\'s edge cache for at least a day, so every visitor fetches it from the origin.',
        help: 'Serve fingerprinted assets (app.3f9c1e.js) with Cache-Control: public, max-age=31536000, immutable, and let the proxy cache their paths.',
    },
    run(model, report) {
        for (const proxy of model.proxies) {
            for (const item of proxy.static) {
                const result = item.exchange?.result;
                if (!result?.ok || result.response.status !== 200)
                    continue;
                const problem = staticCacheProblem(result.response.headers, STATIC_MIN_SECONDS);
                if (problem)
                    report({ ...siteOf(model, item.path), message: `${item.url} is a static asset, but ${problem}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/redirect-insecure-hop.ts

const redirectInsecureHop = {
    meta: {
        id: 'redirect-insecure-hop',
        check: 'domain',
        severity: 'error',
        description: 'A redirect leads to plain HTTP: from HTTPS (a downgrade, an error), or to another host still over HTTP (a warning: one more hop anyone on the path can rewrite).',
        help: 'Redirect straight to the https:// URL; an http:// old link should reach HTTPS on its first hop.',
    },
    run(model, report) {
        for (const redirect of model.redirects) {
            let plainHopReported = false;
            for (const hop of redirect.walk.hops) {
                if (!hop.next.startsWith('http:'))
                    continue;
                const downgrade = hop.url.startsWith('https:');
                // Paths shuffled on one plain-HTTP host are that host's business; leaving it for another host over HTTP is not.
                if (!downgrade && (plainHopReported || new URL(hop.url).host === new URL(hop.next).host))
                    continue;
                plainHopReported ||= !downgrade;
                report({
                    ...siteOf(model, [...redirect.path, 'from']),
                    severity: downgrade ? 'error' : 'warning',
                    message: downgrade
                        ? `${hop.url} redirects to ${hop.next}: a downgrade from HTTPS to plain HTTP`
                        : `${hop.url} redirects to another host over plain HTTP (${hop.next}) instead of going to HTTPS first`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/redirect-loop.ts

const redirectLoop = {
    meta: {
        id: 'redirect-loop',
        check: 'domain',
        severity: 'error',
        description: 'Following the redirects comes back to a URL already visited, or never ends: browsers give up with "too many redirects".',
        help: 'Find the two rules that send traffic back and forth (often an http→https rule fighting a proxy that terminates TLS) and make one of them stop.',
    },
    run(model, report) {
        for (const redirect of model.redirects) {
            const { hops, end } = redirect.walk;
            if (end.kind === 'limit') {
                // Each hop a new URL (a counter in the query, a growing path): a loop the walker cannot see close.
                report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} never stops redirecting: still redirecting after ${hops.length} hops, each to a new URL: ${hops.slice(0, 3).map((h) => h.url).join(' → ')} → …` });
                continue;
            }
            if (end.kind !== 'loop')
                continue;
            const path = [...hops.map((h) => h.url), end.url].join(' → ');
            report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} redirects in a loop: ${path}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/redirect-too-many-hops.ts

const redirectTooManyHops = {
    meta: {
        id: 'redirect-too-many-hops',
        check: 'domain',
        severity: 'warning',
        description: 'An old URL takes more than max-hops redirects (default 3) to reach its target: slow for users, and crawlers may stop following.',
        help: 'Redirect the old URL straight to its final address in one hop, instead of chaining old rules.',
    },
    run(model, report) {
        for (const redirect of model.redirects) {
            const { hops, end } = redirect.walk;
            // A chain that never ends is redirect-loop's error.
            if (end.kind === 'loop' || end.kind === 'limit' || hops.length <= redirect.maxHops)
                continue;
            const message = `${redirect.from} takes ${hops.length} redirects to reach ${hops[hops.length - 1].next} (at most ${redirect.maxHops}): ${[...hops.map((h) => h.url), hops[hops.length - 1].next].join(' → ')}`;
            report({ ...siteOf(model, [...redirect.path, 'from']), message });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/redirect-wrong-status.ts

const redirectWrongStatus = {
    meta: {
        id: 'redirect-wrong-status',
        check: 'domain',
        severity: 'error',
        description: 'An old URL does not redirect, or its first redirect uses another status than the manifest expects (e.g. 302 for a permanent move).',
        help: 'Answer the old URL with the expected redirect status: 301 or 308 for a permanent move (search engines transfer the ranking), 302 or 307 for a temporary one.',
    },
    run(model, report) {
        for (const redirect of model.redirects) {
            const { hops, end } = redirect.walk;
            const first = hops[0];
            if (!first) {
                if (end.kind !== 'final' || end.url === redirect.to)
                    continue;
                report({ ...siteOf(model, [...redirect.path, 'from']), message: `${redirect.from} answers ${end.status}, not a redirect to ${redirect.to}` });
            }
            else if (redirect.expectedStatus !== undefined && first.status !== redirect.expectedStatus) {
                report({
                    ...siteOf(model, [...redirect.path, 'status']),
                    message: `${redirect.from} redirects with ${first.status}, expected ${redirect.expectedStatus} (to ${first.next})`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/redirect-wrong-target.ts

/** A target that asks for credentials (a sign-in wall at /dashboard) is where the redirect should lead: the redirect is right. */
const SIGN_IN_WALL = new Set([401, 403]);
const redirectWrongTarget = {
    meta: {
        id: 'redirect-wrong-target',
        check: 'domain',
        severity: 'error',
        description: 'A redirect chain ends somewhere else than the manifest expects, at a page that is gone (404, 410) or fails (5xx), or at a Location that is not a URL; a target answering 401 or 403 (a sign-in wall) is a correct redirect.',
        help: 'Point the redirect (or the last hop of the chain) at the expected URL, and make sure that URL exists: 2xx, or 401/403 where it asks a stranger to sign in.',
    },
    run(model, report) {
        for (const redirect of model.redirects) {
            const { hops, end } = redirect.walk;
            const site = siteOf(model, [...redirect.path, 'to']);
            if (end.kind === 'bad-location') {
                report({ ...site, message: `${end.url} redirects to "${end.location}", which is not an http(s) URL (expected to reach ${redirect.to})` });
            }
            else if (hops.length === 0) {
                continue; // not a redirect at all: redirect-wrong-status
            }
            else if (end.kind === 'final' && end.url !== redirect.to) {
                report({ ...site, message: `${redirect.from} ends at ${end.url} (${end.status}), expected ${redirect.to}` });
            }
            else if (end.kind === 'final' && end.status >= 400 && !SIGN_IN_WALL.has(end.status)) {
                report({ ...site, message: `${redirect.from} reaches ${redirect.to}, which answers ${end.status}${end.status === 404 || end.status === 410 ? ' (the page is gone)' : end.status >= 500 ? ' (a server error)' : ''}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/security-header-missing.ts


const securityHeaderMissing = {
    meta: {
        id: 'security-header-missing',
        check: 'domain',
        severity: 'warning',
        description: 'A page lacks a security header: Content-Security-Policy, X-Content-Type-Options, frame protection or Referrer-Policy.',
        help: 'Add the header at the app or the proxy in front of it; the message says what each one prevents.',
    },
    run(model, report) {
        for (const page of model.pages) {
            if (!page.response || page.response.status >= 500)
                continue;
            for (const missing of missingSecurityHeaders(page.response.headers)) {
                report({ ...siteOf(model, page.path), message: `${page.url} has no ${missing.header}, which ${missing.why}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/session-sign-in-failed.ts

const sessionSignInFailed = {
    meta: {
        id: 'session-sign-in-failed',
        check: 'domain',
        severity: 'error',
        description: 'A page listed with a session could not be requested signed in: the sign-in failed, or the page still answered as if signed out.',
        help: 'Run the session\'s login by hand (its credentials come from the environment), and check the page accepts that session\'s cookie or headers.',
    },
    run(model, report) {
        for (const page of model.pages) {
            if (page.session === undefined)
                continue;
            const site = siteOf(model, page.sessionPath ?? page.path);
            if (page.signInError) {
                report({ ...site, message: `cannot request ${page.url} as session "${page.session}": ${page.signInError}` });
                continue;
            }
            const response = page.response;
            if (!response)
                continue;
            const location = response.headers.location;
            if (response.status === 401 || response.status === 403 || (response.status >= 300 && response.status < 400 && location && /log.?in|sign.?in|auth/i.test(location))) {
                report({
                    ...site,
                    message: `${page.url} answered ${response.status}${location ? ` (to ${location})` : ''} although session "${page.session}" signed in: the page was not seen signed in`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-missing.ts

const spfMissing = {
    meta: {
        id: 'spf-missing',
        check: 'domain',
        severity: 'error',
        description: 'A mail domain publishes no SPF record, so receivers cannot tell its servers from forgers.',
        help: 'Publish one TXT record at the domain listing every service that sends its mail, e.g. "v=spf1 include:_spf.provider.example -all".',
    },
    run(model, report) {
        for (const email of model.email) {
            if (!email.spf || email.spf.records.length !== 0)
                continue;
            report({ ...siteOf(model, [...email.path, 'domain']), message: `${email.domain} has no SPF record (a TXT record starting with v=spf1)` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-multiple-records.ts

const spfMultipleRecords = {
    meta: {
        id: 'spf-multiple-records',
        check: 'domain',
        severity: 'error',
        description: 'A domain publishes more than one SPF record, which receivers treat as a permanent error (RFC 7208 section 4.5).',
        help: 'Merge the records into one: keep one v=spf1, list every include and address once, and end with a single -all or ~all.',
    },
    run(model, report) {
        for (const email of model.email) {
            if (!email.spf || email.spf.records.length < 2)
                continue;
            report({
                ...siteOf(model, [...email.path, 'domain']),
                message: `${email.domain} has ${email.spf.records.length} SPF records, so SPF fails for all its mail: ${email.spf.records.map((r) => JSON.stringify(r)).join(', ')}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-permissive-all.ts

const spfPermissiveAll = {
    meta: {
        id: 'spf-permissive-all',
        check: 'domain',
        severity: 'error',
        description: 'The SPF policy lets any server send: it ends in +all or ?all, includes a record ending in +all, or has no all at all.',
        help: 'End the record with -all (reject) or ~all (soft fail, while checking that every sender is listed).',
    },
    run(model, report) {
        for (const email of model.email) {
            const spf = email.spf;
            if (!spf || spf.records.length !== 1 || spf.errors.length)
                continue;
            const site = siteOf(model, [...email.path, 'domain']);
            const via = spf.all && spf.all.domain !== email.domain ? ` (through redirect to ${spf.all.domain})` : '';
            if (spf.all?.qualifier === '+') {
                report({ ...site, message: `the SPF policy of ${email.domain} ends in ${spf.all.term}${via}: every server on the internet passes as ${email.domain}` });
            }
            else if (spf.all?.qualifier === '?') {
                report({ ...site, message: `the SPF policy of ${email.domain} ends in ${spf.all.term}${via}: unlisted servers get "neutral", which protects nothing` });
            }
            else if (!spf.all && !spf.truncated) {
                report({ ...site, severity: 'warning', message: `the SPF policy of ${email.domain} has no all term, so unlisted servers get "neutral"; end it with -all or ~all` });
            }
            for (const include of spf.permissiveIncludes) {
                report({ ...site, message: `the SPF policy of ${email.domain} includes ${include.domain} (${include.via}), which ends in +all: every server passes` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-syntax.ts

const spfSyntax = {
    meta: {
        id: 'spf-syntax',
        check: 'domain',
        severity: 'error',
        description: 'An SPF record (or a record it includes) is malformed or leads to a permanent error, so SPF fails.',
        help: 'Fix the term named in the message; every include and redirect target must publish exactly one valid SPF record.',
    },
    run(model, report) {
        for (const email of model.email) {
            for (const error of email.spf?.errors ?? []) {
                const where = error.domain === email.domain ? `the SPF record of ${email.domain}` : `the SPF record of ${error.domain} (included by ${email.domain})`;
                report({ ...siteOf(model, [...email.path, 'domain']), message: `${where}: ${error.message}` });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-too-many-lookups.ts


const spfTooManyLookups = {
    meta: {
        id: 'spf-too-many-lookups',
        check: 'domain',
        severity: 'error',
        description: 'Evaluating the SPF policy takes more than 10 DNS lookups (include, a, mx, ptr, exists, redirect), a permanent error for receivers.',
        help: 'Drop includes of services that no longer send, replace a and mx terms with ip4/ip6 ranges, or ask a provider for a flatter include.',
    },
    run(model, report) {
        for (const email of model.email) {
            const spf = email.spf;
            if (!spf || spf.lookups.length <= SPF_LOOKUP_LIMIT)
                continue;
            const costliest = [...spf.tree].filter((c) => c.children.length).sort((a, b) => b.lookups - a.lookups).slice(0, 2);
            report({
                ...siteOf(model, [...email.path, 'domain']),
                message: `the SPF policy of ${email.domain} needs ${spf.truncated ? 'more than ' : ''}${spf.lookups.length} DNS lookups (the limit is ${SPF_LOOKUP_LIMIT}); each term with the lookups it costs: ${describeTree(spf.tree, 0)}`,
                hint: costliest.length
                    ? `The costliest ${costliest.length > 1 ? 'includes are' : 'include is'} ${costliest.map((c) => `${c.term} (${c.lookups} lookups)`).join(' and ')}: drop an include of a service that no longer sends, or flatten it into the ip4/ip6 ranges it lists (and keep them current); replace a and mx terms with ip4/ip6 ranges.`
                    : spfTooManyLookups.meta.help,
            });
        }
    },
};
/** `include:a.test 4 (include:b.test 1, mx 1), a 1`: each costly term, what it costs, and below it what its record costs. */
function describeTree(costs, depth) {
    return costs.map((c) => `${c.term} ${c.lookups}${c.children.length && depth < 12 ? ` (${describeTree(c.children, depth + 1)})` : ''}`).join(', ');
}

;// CONCATENATED MODULE: ./src/checks/domain/rules/spf-void-lookups.ts


const spfVoidLookups = {
    meta: {
        id: 'spf-void-lookups',
        check: 'domain',
        severity: 'error',
        description: 'More than 2 SPF lookups find nothing (NXDOMAIN or no records), which receivers may treat as a permanent error (RFC 7208 section 4.6.4).',
        help: 'Remove the terms that point at names without records: old providers, typos, hosts that were decommissioned.',
    },
    run(model, report) {
        for (const email of model.email) {
            const voids = email.spf?.voidLookups ?? [];
            if (voids.length <= SPF_VOID_LIMIT)
                continue;
            report({
                ...siteOf(model, [...email.path, 'domain']),
                message: `the SPF policy of ${email.domain} has ${voids.length} lookups that find nothing (the limit is ${SPF_VOID_LIMIT}): ${voids.map((v) => `${v.term} in ${v.domain}`).join(', ')}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-expired.ts


const tlsExpired = {
    meta: {
        id: 'tls-expired',
        check: 'domain',
        severity: 'error',
        description: 'A certificate the endpoint serves (the leaf or an intermediate) has expired: browsers refuse the site.',
        help: 'Renew the certificate now and deploy it with its current intermediate chain; then automate renewal (ACME) and keep a tls entry watching it.',
    },
    run(model, report) {
        for (const tls of model.tls) {
            if (!tls.result.ok)
                continue;
            for (const certificate of tls.result.certificates) {
                if (certificate.validTo.getTime() > model.now.getTime())
                    continue;
                const ago = daysBetween(certificate.validTo, model.now);
                report({
                    ...siteOf(model, [...tls.path, 'host']),
                    message: `${certificateLabel(certificate, tls.host, tls.port)} expired on ${isoDate(certificate.validTo)} (${ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`})`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-expiring.ts


const tlsExpiring = {
    meta: {
        id: 'tls-expiring',
        check: 'domain',
        severity: 'error',
        description: 'A certificate expires soon: an error under min-days (default 14), a warning under warn-days (default 30).',
        help: 'Renew the certificate before it expires (check why automatic renewal did not already do it); a renewal over a weekend is how outages start.',
    },
    run(model, report) {
        for (const tls of model.tls) {
            if (!tls.result.ok)
                continue;
            for (const certificate of tls.result.certificates) {
                if (certificate.validTo.getTime() <= model.now.getTime())
                    continue; // tls-expired
                const left = daysBetween(model.now, certificate.validTo);
                if (left >= tls.warnDays)
                    continue;
                const error = left < tls.minDays;
                report({
                    ...siteOf(model, [...tls.path, error && model.locate([...tls.path, 'min-days']) ? 'min-days' : 'host']),
                    severity: error ? 'error' : 'warning',
                    message: `${certificateLabel(certificate, tls.host, tls.port)} expires on ${isoDate(certificate.validTo)}, in ${left} day${left === 1 ? '' : 's'} (${error ? `min-days is ${tls.minDays}` : `warn-days is ${tls.warnDays}`})`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-hostname-mismatch.ts

const tlsHostnameMismatch = {
    meta: {
        id: 'tls-hostname-mismatch',
        check: 'domain',
        severity: 'error',
        description: 'The certificate served for a host name does not cover that name: browsers refuse the site.',
        help: 'Issue a certificate whose subject alternative names include the host (or a matching wildcard), and check the server picks it for this SNI name.',
    },
    run(model, report) {
        for (const tls of model.tls) {
            if (!tls.result.ok || !tls.result.hostnameMismatch)
                continue;
            report({
                ...siteOf(model, [...tls.path, 'host']),
                message: `the certificate served by ${tls.host}:${tls.port} is for ${tls.result.hostnameMismatch}, not ${tls.host}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-old-protocol.ts

const tlsOldProtocol = {
    meta: {
        id: 'tls-old-protocol',
        check: 'domain',
        severity: 'error',
        description: 'The endpoint still accepts TLS 1.0 or 1.1, which are deprecated (RFC 8996) and fail PCI DSS and most security reviews.',
        help: 'Set the minimum protocol to TLS 1.2 on the server, load balancer or CDN (e.g. ssl_protocols TLSv1.2 TLSv1.3 in nginx).',
    },
    run(model, report) {
        for (const tls of model.tls) {
            const old = tls.result.oldProtocol;
            if (!old)
                continue;
            report({ ...siteOf(model, [...tls.path, 'host']), message: `${tls.host}:${tls.port} accepts ${old}, a protocol older than TLS 1.2` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-unreachable.ts

const tlsUnreachable = {
    meta: {
        id: 'tls-unreachable',
        check: 'domain',
        severity: 'error',
        description: 'A TLS endpoint cannot be reached: its name does not resolve, the connection is refused or times out, or the handshake fails.',
        help: 'Check the DNS record, the firewall or load balancer listener on that port, and that the server offers TLS 1.2 or newer.',
    },
    run(model, report) {
        for (const tls of model.tls) {
            if (tls.result.ok)
                continue;
            const old = tls.result.oldProtocol ? ` (it only completes a ${tls.result.oldProtocol} handshake)` : '';
            report({ ...siteOf(model, [...tls.path, 'host']), message: `${tls.host}:${tls.port} cannot be reached over TLS: ${tls.result.message}${old}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/tls-untrusted.ts

const tlsUntrusted = {
    meta: {
        id: 'tls-untrusted',
        check: 'domain',
        severity: 'error',
        description: 'The certificate chain does not lead to a trusted CA: self-signed, an unknown issuer, or a missing intermediate.',
        help: 'Serve a certificate from a public CA together with its intermediate chain (fullchain.pem); for an internal CA, give its certificate as ca: in the manifest.',
    },
    run(model, report) {
        for (const tls of model.tls) {
            if (!tls.result.ok || !tls.result.untrusted)
                continue;
            report({
                ...siteOf(model, [...tls.path, 'host']),
                message: `the certificate of ${tls.host}:${tls.port} is not trusted: ${tls.result.untrusted.reason} (${tls.result.untrusted.code})`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/url-unreachable.ts

const urlUnreachable = {
    meta: {
        id: 'url-unreachable',
        check: 'domain',
        severity: 'error',
        description: 'An HTTP request got no response: the name does not resolve, the connection is refused or times out, or TLS fails.',
        help: 'Check the URL, its DNS record and that the server answers on that port; a TLS failure here usually shows as a tls-* finding too when the host has a tls entry.',
    },
    run(model, report) {
        for (const failure of model.unreachable) {
            report({ ...siteOf(model, failure.path), message: `${failure.request} got no response: ${failure.message}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/domain/rules/index.ts



















































/** Every rule of the domain check, by family; adding one is one file and one line here. */
const DOMAIN_RULES = [
    domainSettingInvalid,
    // DNS
    dnsRecordMismatch,
    dnsRecordMissing,
    dnsResolverDisagree,
    dnsLookupFailed,
    // mail
    spfMissing,
    spfMultipleRecords,
    spfSyntax,
    spfTooManyLookups,
    spfVoidLookups,
    spfPermissiveAll,
    dmarcMissing,
    dmarcSyntax,
    dmarcWeakPolicy,
    dmarcNoReports,
    dkimMissing,
    dkimInvalidKey,
    dkimWeakKey,
    dkimNotDeclared,
    mxMissing,
    // TLS
    tlsExpired,
    tlsExpiring,
    tlsHostnameMismatch,
    tlsUntrusted,
    tlsOldProtocol,
    tlsUnreachable,
    // HTTP
    urlUnreachable,
    hstsMissing,
    hstsShortMaxAge,
    hstsNoSubdomains,
    hstsNoPreload,
    redirectWrongTarget,
    redirectWrongStatus,
    redirectLoop,
    redirectTooManyHops,
    redirectInsecureHop,
    sessionSignInFailed,
    cacheAuthenticatedResponse,
    cookieInsecure,
    mixedContentRule,
    securityHeaderMissing,
    loginNotRateLimited,
    loginBurstInconclusive,
    // the proxy in front (domain.hosts)
    proxyNotServing,
    proxyOriginInDns,
    proxyOriginReachable,
    proxyChallenge,
    proxySignInFailed,
    proxyCookieIncompatible,
    proxyCachesPrivate,
    proxyStaticNotCached,
];

;// CONCATENATED MODULE: ./src/checks/domain/index.ts






/**
 * The domain check: what breaks a launch outside the code. DNS records, mail authentication (SPF,
 * DMARC, DKIM, MX), TLS certificates, HSTS, old links, headers of signed-in pages and login rate
 * limits, all looked up through one resolver, so a loopback zone can stand in for the real domain.
 */
const domainCheck = (0,check/* defineCheck */.q)({
    name: 'domain',
    section: 'domain',
    live: true,
    description: 'DNS records, SPF/DMARC/DKIM/MX, TLS certificates, HSTS, redirects, signed-in page headers and login rate limits.',
    rules: DOMAIN_RULES.map((r) => r.meta),
    async run(ctx, section) {
        const settings = await readSettings(ctx, section);
        const { model, dns, http } = await observeDomain(ctx, section, settings);
        try {
            const findings = (0,registry/* runRules */.xG)(DOMAIN_RULES, model);
            const metrics = {
                resolvers: model.resolvers,
                dnsQueries: dns.queries,
                httpRequests: http.requests,
                records: model.dns.length,
                emailDomains: model.email.map((e) => ({ domain: e.domain, spfLookups: e.spf?.lookups.length, dmarcPolicy: e.dmarc?.parsed?.policy })),
                certificates: model.tls.map((t) => (t.result.ok
                    ? { host: t.host, port: t.port, protocol: t.result.protocol, validTo: t.result.certificates[0]?.validTo.toISOString(), daysLeft: t.result.certificates[0] ? daysBetween(model.now, t.result.certificates[0].validTo) : undefined }
                    : { host: t.host, port: t.port, unreachable: true })),
                loginBursts: model.logins.map((l) => ({ url: l.url, sent: l.burst.statuses.length, limitedBy: l.burst.limitedBy ?? null })),
                // What the handover report says about where DNS and mail live: NS and MX as the first resolver that answered saw them.
                observed: {
                    nameServers: model.dns.filter((d) => d.type === 'NS').map((d) => ({ name: d.name, values: firstAnswer(d.answers) })),
                    mx: model.email.filter((e) => e.mx).map((e) => ({ domain: e.domain, records: e.mx.records })),
                },
            };
            return { findings, metrics };
        }
        finally {
            await http.close();
        }
    },
});
function firstAnswer(answers) {
    for (const a of answers)
        if (a.answer.ok)
            return a.answer.values;
    return [];
}


/***/ })

};
