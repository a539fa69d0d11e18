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

export type SecretNameKind = 'password' | 'secret';

/** Splits `DB_PASSWORD`, `clientSecret`, `api-key`, `config.db.password1` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/^[$@:]+/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase().replace(/\d+$/, ''))
    .filter(Boolean);
}

const MIGHT_BE_SECRET = /pass|pwd|secret|token|key|credential/i;
const cache = new Map<string, SecretNameKind | undefined>();

/** Whether a variable, key or field name says it holds a password or another secret. */
export function secretNameKind(name: string): SecretNameKind | undefined {
  if (!MIGHT_BE_SECRET.test(name)) return undefined;
  if (cache.has(name)) return cache.get(name);
  const kind = classify(name);
  // Logs repeat the same few field names millions of times; a bounded cache keeps them cheap.
  if (cache.size > 10_000) cache.clear();
  cache.set(name, kind);
  return kind;
}

function classify(name: string): SecretNameKind | undefined {
  const words = nameWords(name);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (!last) return undefined;
  if (PASSWORD_WORDS.has(last)) return 'password';
  if (last === 'key' || last === 'keys') return before && KEY_QUALIFIERS.has(before) ? 'secret' : undefined;
  if (last === 'token' || last === 'tokens') return before && TOKEN_NON_SECRET.has(before) ? undefined : 'secret';
  if (last === 'secret' || last === 'secrets') return before === 'no' ? undefined : 'secret';
  if (SECRET_WORDS.has(last)) return 'secret';
  return undefined;
}

/** `…_KEY` names whose values are identifiers, not credentials, even when they are long hex strings. */
const NOT_CREDENTIAL_KEYS = new Set(['primary', 'foreign', 'sort', 'partition', 'cache', 'public', 'publishable', 'site', 'idempotency', 'lookup', 'map', 'row', 'shard', 'routing', 'object', 'storage', 'translation', 'i18n', 'unique', 'composite', 'natural', 'surrogate', 'dedupe', 'dedup', 'group', 'hash', 'index', 'search', 'browser', 'maps', 'recaptcha']);

/**
 * In an env or config file, a hex string under `*_KEY` (`ENCRYPTION_KEY`, `STRIPE_KEY`), or under
 * Rails' `SECRET_KEY_BASE`, is a credential; identifiers such as `CACHE_KEY` and `SITE_KEY` are not.
 */
export function isHexCredentialName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === 'base' && before === 'key' && words[words.length - 3] === 'secret') return true;
  return (last === 'key' || last === 'keys') && !!before && !NOT_CREDENTIAL_KEYS.has(before);
}

/** The words a secret's name ends with; line-facts.ts looks for the same ones in a line's raw bytes. */
export const NAME_END_WORDS: readonly string[] = ['pass', 'password', 'passwd', 'passphrase', 'passcode', 'pwd', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys', 'credential', 'credentials'];
// Longest first, so that at any position the alternation takes the whole word (`passwords` is `password`…).
const SECRET_WORD = new RegExp([...NAME_END_WORDS].sort((a, b) => b.length - a.length).join('|'), 'gi');

function isKeyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36 || code === 46 || code === 45;
}

/**
 * The spans [start, end) of names in a line that end with a secret word (`DB_PASSWORD`, `"client_secret"`,
 * `apiKey2`), found from the words outwards: one quick search instead of a match attempt at every
 * position of a long line. Callers look at what follows each name (`=`, `:`, a quote). An array, not
 * a generator: it runs on every line holding a secret word, most of which hold no name at all.
 */
export function secretNameSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  SECRET_WORD.lastIndex = 0;
  for (let w = SECRET_WORD.exec(line); w; w = SECRET_WORD.exec(line)) {
    // The name must end with the word (digits allowed: password2): `tokenType` is not a secret's name.
    let end = w.index + w[0].length;
    while (end < line.length && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++;
    if (end < line.length && isKeyChar(line.charCodeAt(end))) continue;
    let start = w.index;
    while (start > 0 && (isKeyChar(line.charCodeAt(start - 1)) || line[start - 1] === '@')) start--;
    // A name may follow an escape, as in a string holding a whole .env file: "…\nAPI_KEY='…'".
    if (start > 0 && line[start - 1] === '\\' && /[nrt]/.test(line[start]!)) start++;
    spans.push([start, end]);
    SECRET_WORD.lastIndex = Math.max(SECRET_WORD.lastIndex, end);
  }
  return spans;
}
