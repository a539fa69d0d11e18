import { failsKnownChecksum } from '../checksums.js';
import { shannonEntropy } from '../entropy.js';
import { ALLOW_HELP, type Candidate, type SecretRule } from '../rule.js';
import { isPlaceholder, looksMadeUp } from '../value-shape.js';
import { isNotARealPassword } from './urls.js';

/**
 * Credentials written into HTTP requests in code, config and docs: `Authorization: Bearer …` and
 * `Basic …` headers (curl `-H`, HTTP snippets, header objects in code) and curl's `-u user:password`.
 * Logs have their own rules (log-bearer-token, log-basic-auth), so these skip log files.
 */

const HEADER = /\bauthorization["']?\s{0,3}[:=,]\s{0,3}["'`]?\s{0,2}(?<scheme>Bearer|Token|Basic)\s+(?<secret>[A-Za-z0-9._~+/-]{12,}={0,2})(?![A-Za-z0-9._~+/=-])/gid;
const CURL_USER = /(?:^|\s)(?:-u|--user|-a|--auth)(?:\s+|=)(?<quote>["']?)(?<user>[^\s:"'$]{1,64}):(?<secret>[^\s"']{1,200})\k<quote>(?=\s|$)/gd;

/** A bearer value that reads like a random credential rather than an example or a variable. */
function looksLikeToken(value: string): boolean {
  if (value.length < 16 || isPlaceholder(value) || looksMadeUp(value) || failsKnownChecksum(value)) return false;
  if (/^eyJ/.test(value)) return false; // JWTs are the jwt rule's to judge
  if (/^[A-Za-z]+$/.test(value) && value.length < 24) return false; // a word such as "undefined" or "accessToken"
  return shannonEntropy(value) >= 3.3;
}

/** Basic credentials: base64 of printable `user:password` with a password that is not a default. */
function basicPassword(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1 || colon === decoded.length - 1 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  return !isNotARealPassword(decoded.slice(colon + 1), decoded.slice(0, colon));
}

const ROTATE = 'Revoke the token or change the password at its issuer, then pass it at run time (an environment variable, a secret store, curl\'s `--netrc-file` or `-H @file`).';

export const AUTHORIZATION_HEADER_RULE: SecretRule = {
  meta: {
    id: 'authorization-header', check: 'secrets', severity: 'error',
    description: 'An Authorization header with a literal Bearer or Basic credential in code, config or docs (curl -H, HTTP snippets, header objects).',
    help: `${ROTATE} ${ALLOW_HELP}`,
  },
  family: 'http', name: 'Credential in an Authorization header', keywords: ['authorization'], generic: true, skipsLogs: true,
  docs: {
    form: '<40 base62>', unsafe: 'curl -H "Authorization: Bearer {secret}" https://api.ops.example.com/v1/tasks',
    safe: 'curl -H "Authorization: Bearer $OPS_API_TOKEN" https://api.ops.example.com/v1/tasks',
    rotate: ROTATE,
    detection: 'A `Bearer`, `Token` or `Basic` credential after `Authorization` in a curl `-H` option, an HTTP snippet or a header object. Bearer values must look random (16+ characters, not a word, a variable or a placeholder); JWTs are left to the `jwt` rule; Basic values must decode to `user:password` with a password that is not a default such as `password` or `admin`. Not run on log files: log-bearer-token and log-basic-auth report those.',
  },
  find(line, context) {
    const out: Candidate[] = [];
    if (context.kind === 'log') return out;
    HEADER.lastIndex = 0;
    for (let m = HEADER.exec(line); m; m = HEADER.exec(line)) {
      const secret = m.groups!.secret!;
      const basic = /^basic$/i.test(m.groups!.scheme!);
      if (basic ? !basicPassword(secret) : !looksLikeToken(secret)) continue;
      const [start, end] = m.indices!.groups!.secret!;
      out.push({ start, end, secret, detail: basic ? 'Basic' : m.groups!.scheme! });
    }
    return out;
  },
};

export const CURL_USER_RULE: SecretRule = {
  meta: {
    id: 'curl-user-password', check: 'secrets', severity: 'error',
    description: 'A password given on a curl (or HTTPie) command line with -u/--user user:password.',
    help: `${ROTATE} ${ALLOW_HELP}`,
  },
  // Not in logs, where every access line holds `http `.
  family: 'http', name: 'Password in a curl -u option', keywords: ['curl', 'http ', 'https ', 'wget'], generic: true, skipsLogs: true,
  docs: {
    form: '<16 base62>', unsafe: 'curl -u deploy:{secret} https://ci.ops.example.com/job/release/build',
    safe: 'curl --netrc-file "$RUNNER_TEMP/netrc" https://ci.ops.example.com/job/release/build',
    rotate: ROTATE,
    detection: 'The password part of `-u user:password`, `--user=user:password` (curl) and `-a`/`--auth` (HTTPie) on a line that runs curl, wget or HTTPie. Variables (`$PASS`), placeholders and defaults of local services are skipped, and so is `-u user:` with no password.',
  },
  find(line, context) {
    const out: Candidate[] = [];
    if (context.kind === 'log' || !/\b(?:curl|wget|https?)\b/.test(line)) return out;
    CURL_USER.lastIndex = 0;
    for (let m = CURL_USER.exec(line); m; m = CURL_USER.exec(line)) {
      const { user, secret } = m.groups!;
      if (secret!.length < 6 || /^\$/.test(secret!) || isNotARealPassword(secret!, user!)) continue;
      const [start, end] = m.indices!.groups!.secret!;
      out.push({ start, end, secret: secret! });
    }
    return out;
  },
};

export const HTTP_RULES: readonly SecretRule[] = [AUTHORIZATION_HEADER_RULE, CURL_USER_RULE];
