import { failsKnownChecksum } from '../checksums.js';
import { shannonEntropy } from '../entropy.js';
import { ALLOW_HELP, type Candidate, type SecretRule } from '../rule.js';
import { isMasked, isPlaceholder } from '../value-shape.js';
import { QUERY, SCHEME_SPACE, SECRET_FIELD } from '../line-facts.js';
import { secretNameKind, secretNameSpans } from './secret-names.js';

/**
 * Log-aware rules: credentials a running app printed. A log line carrying any live credential is a
 * leak, whatever its entropy, so these rules only skip values that are visibly masked or empty.
 */

export function isMaskedOrEmpty(value: string): boolean {
  const v = value.trim();
  return v === '' || isMasked(v) || isPlaceholder(v) || failsKnownChecksum(v);
}

const ROTATE_SESSION = 'Revoke the token or session (sign the user out, rotate the credential), then stop logging it: redact Authorization and Cookie headers in the HTTP logger.';

function logRule(spec: Omit<SecretRule, 'meta' | 'family' | 'scope'> & { id: string; description: string; help: string }): SecretRule {
  const { id, description, help, ...rest } = spec;
  return { meta: { id, check: 'secrets', severity: 'error', description, help: `${help} ${ALLOW_HELP}` }, family: 'logs', scope: 'logs', ...rest };
}

const BEARER = /\b(?:Bearer|Token)\s+(?<secret>[A-Za-z0-9._~+/-]{8,}=*)/gd;
const BEARER_CONTEXT = /(?:authorization|bearer|x-api-key|token)/i;

export const LOG_BEARER_RULE = logRule({
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
  // `token_type=Bearer` ends a line: no value follows the scheme.
  admits: { facts: SCHEME_SPACE, test: (facts) => facts !== 0 },
  find(line) {
    const out: Candidate[] = [];
    BEARER.lastIndex = 0;
    for (let m = BEARER.exec(line); m; m = BEARER.exec(line)) {
      if (/^Token/i.test(m[0]) && !/authorization/i.test(line)) continue;
      if (!BEARER_CONTEXT.test(line)) continue;
      const secret = m.groups!.secret!;
      if (isMaskedOrEmpty(secret) || /^(?:token|undefined|null|realm)/i.test(secret)) continue;
      const [start, end] = m.indices!.groups!.secret!;
      out.push({ start, end, secret });
    }
    return out;
  },
});

const BASIC = /\bBasic\s+(?<secret>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/gd;

export const LOG_BASIC_AUTH_RULE = logRule({
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
    const out: Candidate[] = [];
    BASIC.lastIndex = 0;
    for (let m = BASIC.exec(line); m; m = BASIC.exec(line)) {
      const decoded = Buffer.from(m.groups!.secret!, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) continue;
      if (isMaskedOrEmpty(decoded.slice(colon + 1))) continue;
      const [start, end] = m.indices!.groups!.secret!;
      out.push({ start, end, secret: m.groups!.secret! });
    }
    return out;
  },
});

const COOKIE_HEADER = /\b(?<header>set-cookie|cookie)["']?\s*[:=]\s*["']?/gid;
const SESSION_NAME = /sess|sid$|^sid|jsessionid|phpsessid|auth|token|jwt|remember|login|__host-|__secure-|connect\.sid|identity|credential/i;
const COOKIE_ATTRIBUTE = /^(?:path|domain|expires|max-age|samesite|secure|httponly|priority|partitioned|version|comment)$/i;

export const LOG_SESSION_COOKIE_RULE = logRule({
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
    const out: Candidate[] = [];
    COOKIE_HEADER.lastIndex = 0;
    for (let h = COOKIE_HEADER.exec(line); h; h = COOKIE_HEADER.exec(line)) {
      const isSet = /^set-/i.test(h.groups!.header!);
      const pairs = /(?<name>[!#$%&'*+\-.^_`|~0-9A-Za-z]+)=(?<value>"[^"]*"|[^;,\s"']*)/gy;
      let position = h.index + h[0].length;
      for (let first = true; position < line.length; first = false) {
        pairs.lastIndex = position;
        const m = pairs.exec(line);
        if (!m) break;
        const { name, value } = m.groups!;
        const valueStart = m.index + m[0].length - value!.length;
        const raw = value!.replace(/^"|"$/g, '');
        const offset = value!.startsWith('"') ? 1 : 0;
        const secretName = SESSION_NAME.test(name!);
        const random = raw.length >= 16 && shannonEntropy(raw) >= 3.5;
        if (!COOKIE_ATTRIBUTE.test(name!) && raw.length >= 8 && (secretName || random) && !isMaskedOrEmpty(raw) && raw !== 'deleted') {
          out.push({ start: valueStart + offset, end: valueStart + offset + raw.length, secret: raw });
        }
        // Set-Cookie carries one cookie followed by attributes; Cookie carries many pairs.
        if (isSet && first) break;
        position = m.index + m[0].length;
        const sep = /^\s*[;,]\s*/.exec(line.slice(position, position + 16));
        if (!sep) break;
        position += sep[0].length;
      }
    }
    return out;
  },
});

/** What follows a secret-named field: a JSON value (`": "value"`) or a `key=value` value. */
const JSON_VALUE = /"\s*:\s*"((?:\\.|[^"\\]){1,1024})"/y;
const KV_VALUE = /=("(?:\\.|[^"\\]){1,1024}"|[^\s&,;"'<>]{1,1024})/y;

export const LOG_PASSWORD_FIELD_RULE = logRule({
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
  // A secret-named field's `"` or `=` (`token_type=…`, jest's `PASS` lines have none).
  admits: { facts: SECRET_FIELD, test: (facts) => facts !== 0 },
  find(line) {
    const out: Candidate[] = [];
    // A field is `"name": value` or `name=value`: a line with neither `"` nor `=` (jest's `PASS`
    // lines, a test title with "token" in it) holds none, and its names are not looked for.
    if (!line.includes('=') && !line.includes('"')) return out;
    for (const [keyStart, keyEnd] of secretNameSpans(line)) {
      const json = line[keyEnd] === '"' && line[keyStart - 1] === '"';
      // key=value right after ? or & is a query parameter: log-query-secret's.
      if (!json && (line[keyEnd] !== '=' || /[&?/]/.test(line[keyStart - 1] ?? ''))) continue;
      if (!secretNameKind(line.slice(keyStart, keyEnd))) continue;
      const pattern = json ? JSON_VALUE : KV_VALUE;
      pattern.lastIndex = keyEnd;
      const m = pattern.exec(line);
      if (!m) continue;
      let value = m[1]!;
      // The value ends the match (JSON: before the closing quote).
      let end = m.index + m[0].length - (json ? 1 : 0);
      let start = end - value.length;
      if (value.startsWith('"')) { value = value.slice(1, -1); start++; end--; }
      if (value.length < 4 || isMaskedOrEmpty(value) || /^(?:bearer|basic)$/i.test(value)) continue;
      out.push({ start, end, secret: value });
    }
    return out;
  },
});

const QUERY_PARAM = /[?&](?<key>[A-Za-z_][\w.-]{0,60})=(?<value>[^&\s#"'<>]{1,2048})/g;
const QUERY_SECRET_NAMES = /^(?:sig|signature|x-amz-signature|x-goog-signature|x-amz-security-token|x-amz-credential|auth|jwt|session|sessionid|sid|apikey|api-key|key|code_verifier)$/i;

export const LOG_QUERY_SECRET_RULE = logRule({
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
  admits: { facts: QUERY, test: (facts) => facts !== 0 },
  find(line) {
    const out: Candidate[] = [];
    QUERY_PARAM.lastIndex = 0;
    for (let m = QUERY_PARAM.exec(line); m; m = QUERY_PARAM.exec(line)) {
      const key = m.groups!.key!;
      if (!secretNameKind(key) && !QUERY_SECRET_NAMES.test(key)) continue;
      let value = m.groups!.value!;
      try { value = decodeURIComponent(value); } catch { /* keep it encoded */ }
      if (value.length < 8 || isMaskedOrEmpty(value)) continue;
      const end = m.index + m[0].length;
      out.push({ start: end - m.groups!.value!.length, end, secret: m.groups!.value! });
    }
    return out;
  },
});

export const LOG_RULES: readonly SecretRule[] = [LOG_BEARER_RULE, LOG_BASIC_AUTH_RULE, LOG_SESSION_COOKIE_RULE, LOG_QUERY_SECRET_RULE, LOG_PASSWORD_FIELD_RULE];
