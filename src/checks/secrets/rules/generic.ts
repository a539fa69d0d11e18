import { failsKnownChecksum } from '../checksums.js';
import { characterClasses, shannonEntropy } from '../entropy.js';
import { ALLOW_HELP, type Candidate, type LineContext, type SecretRule } from '../rule.js';
import { isHash, isMasked, isPlaceholder, isUuid, looksMadeUp } from '../value-shape.js';
import { QUOTE, SECRET_NAME, XML_CLOSE } from '../line-facts.js';
import { isHexCredentialName, secretNameKind, secretNameSpans, type SecretNameKind } from './secret-names.js';

/**
 * `password = "…"`, `API_KEY=…`, `"client_secret": "…"`: a secret-named key assigned a literal.
 * Gated by context (the key's name must end in a secret word, the value must be a literal) and by
 * shape (length, entropy, mixed characters), because this is the rule that drowns other tools in noise.
 */

interface Assignment { key: string; value: string; start: number; end: number; quoted: boolean }

/** After a secret-named key: `= "value"`, `: 'value'`, `=> "value"`, `:= "value"` (a closing key quote first, if any). */
const OPERATOR_AND_VALUE = /["']?\s{0,4}(?::=|=>|:|\?\?=|\|\|=|=(?![=~>]))\s{0,4}(?:[rbuRBU]{1,2}(?=["'])|@(?=["']))?(["'`])((?:\\.|(?!\1)[^\\\n]){1,512}?)\1/y;

/** After a quoted name passed to an environment lookup: `", "value"` or `', default='value'`. */
const FALLBACK_VALUE = /["']\s{0,3},\s{0,3}(?:default\s{0,2}=\s{0,2})?(["'])((?:\\.|(?!\1)[^\\\n]){1,512}?)\1/y;

/** `key = "value"`, `"key": 'value'`, `key => "value"`, `key := "value"`, XML attributes. */
function quotedAssignments(line: string): Assignment[] {
  const out: Assignment[] = [];
  for (const [keyStart, keyEnd] of secretNameSpans(line)) {
    OPERATOR_AND_VALUE.lastIndex = keyEnd;
    let m = OPERATOR_AND_VALUE.exec(line);
    // `os.environ.get("SECRET_KEY", "…")`, `env("API_TOKEN", default="…")`: the fallback is a committed value.
    if (!m && keyStart > 0 && /["']/.test(line[keyStart - 1]!)) {
      FALLBACK_VALUE.lastIndex = keyEnd;
      m = FALLBACK_VALUE.exec(line);
    }
    if (!m) continue;
    const end = m.index + m[0].length - 1; // before the closing quote
    const value = m[2]!;
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
function isReference(value: string, quoted: boolean): boolean {
  if (/^\$[A-Za-z_][\w]*$|^\$\{[^}]+\}|\$\{[A-Za-z_][\w.:-]*(?::-?[^}]*)?\}|\{\{[^}]*\}\}|#\{[^}]+\}|%\([A-Za-z_]\w*\)[sd]|^%[A-Z_][A-Z0-9_]*%$/.test(value)) return true;
  if (/^(?:[A-Za-z_][\w.]*\.)?(?:env|getenv|environ|config|secret|vault|lookup|fetch|get)\s*[([]/i.test(value)) return true;
  if (!quoted && /^[!&*@]|^\$/.test(value)) return true;
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
function isIdentifierConstant(value: string): boolean {
  const parts = value.split(/[_.:-]/);
  if (parts.length < 2 || parts.some((p) => !/^(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]*|[A-Z][a-z0-9]+)$/.test(p))) return false;
  return parts.filter((p) => /\d/.test(p)).length <= 1;
}

/** A value in base64 (as Kubernetes Secret data is) that decodes to a default, a placeholder or a word. */
function decodesToNothingSecret(value: string): boolean {
  if (value.length < 8 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8').replace(/\r?\n$/, '');
  if (!/^[\x20-\x7e]+$/.test(decoded)) return false;
  return decoded.length < 8 || isPlaceholder(decoded) || looksMadeUp(decoded) || NOT_A_VALUE.test(decoded) || /^[a-z]+$/.test(decoded) || isIdentifierConstant(decoded);
}

/** Words a translator writes for "password" or "token": letters outside ASCII, or several words. */
function isNaturalLanguage(value: string): boolean {
  return /^[\p{L}\p{M}' .-]+$/u.test(value) && /[^\x00-\x7f]/.test(value);
}

export interface ValueOptions {
  /** The value was quoted in the source (so YAML and shell syntax inside it is literal text). */
  quoted: boolean;
  /** In an env or config file a hex string of hash length under a secret-named key is a credential, not a digest. */
  hexIsSecret: boolean;
}

/** Whether a literal assigned to a secret-named key looks like a real secret. */
export function looksLikeSecretValue(value: string, kind: SecretNameKind, options: ValueOptions = { quoted: true, hexIsSecret: false }): boolean {
  if (/\s/.test(value) || NOT_A_VALUE.test(value) || isMasked(value) || isPlaceholder(value) || isReference(value, options.quoted)) return false;
  if (isIdentifierConstant(value) || isNaturalLanguage(value) || decodesToNothingSecret(value)) return false;
  // Keys that are public by design: Stripe publishable keys, PostHog project keys.
  if (/^(?:pk_(?:live|test)_|phc_)/.test(value)) return false;
  // One case of letters and nothing else is a word or a phrase run together, not a generated secret.
  if (/^(?:[a-z]+|[A-Z]+)$/.test(value)) return false;
  const hex = /^[0-9a-f]{32,128}$/i.test(value);
  if (hex && options.hexIsSecret) return shannonEntropy(value) >= 3;
  if (looksMadeUp(value) || isHash(value) || isUuid(value) || failsKnownChecksum(value)) return false;
  // JWT-shaped values are the jwt rule's to judge (it skips unsigned, sample and public anon tokens).
  if (/^eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*$/.test(value)) return false;
  if (/^\d+$/.test(value) || /^[a-z]+$/i.test(value) && value.length < 16) return false;
  const entropy = shannonEntropy(value);
  if (kind === 'password') return value.length >= 8 && entropy >= 2.5 && (characterClasses(value) >= 2 || value.length >= 16);
  return value.length >= 16 && entropy >= 3.2 && characterClasses(value) >= 2;
}

/** Every assignment on a line, in order: quoted ones, XML elements, then an unquoted config value. */
function assignments(line: string, kind: LineContext['kind']): Assignment[] {
  // Arrays, not generators: this runs on every line holding `token` or `secret`, and a generator's
  // objects and resumptions cost more than the search itself on most of them.
  const out = /["'`]/.test(line) ? quotedAssignments(line) : [];
  if (line.includes('</')) {
    XML_ELEMENT.lastIndex = 0;
    for (let m = XML_ELEMENT.exec(line); m; m = XML_ELEMENT.exec(line)) {
      const start = m.index + m.groups!.key!.length + 2; // after <key>
      out.push({ key: m.groups!.key!, value: m.groups!.value!, start, end: start + m.groups!.value!.length, quoted: true });
    }
  }
  if (kind === 'config') {
    const m = UNQUOTED.exec(line);
    if (m) {
      const end = m.index + m[0].length; // the value ends the match
      out.push({ key: m.groups!.key!, value: m.groups!.value!, start: end - m.groups!.value!.length, end, quoted: false });
    }
  }
  return out;
}

function genericRule(id: string, kind: SecretNameKind, name: string, keywords: readonly string[], docs: SecretRule['docs']): SecretRule {
  return {
    meta: {
      id, check: 'secrets', severity: 'error',
      description: `${name} in the code or a config file.`,
      help: `${docs.rotate} Read it from the environment or a secret store instead. ${ALLOW_HELP}`,
    },
    family: 'generic', name, keywords, docs, generic: true,
    // assignments(): a quote after a secret-named key, the `</` of an XML element, or in config `KEY=value`.
    admits: {
      facts: XML_CLOSE | QUOTE | SECRET_NAME,
      test: (facts, kind) => kind === 'config' || (facts & XML_CLOSE) !== 0 || (facts & (QUOTE | SECRET_NAME)) === (QUOTE | SECRET_NAME),
    },
    find(line, context) {
      const out: Candidate[] = [];
      const found = assignments(line, context.kind);
      if (found.length === 0) return out;
      const seen = new Set<number>();
      for (const a of found) {
        if (seen.has(a.start)) continue;
        const hexIsSecret = context.kind === 'config';
        const named = secretNameKind(a.key) === kind ||
          (kind === 'secret' && hexIsSecret && /^[0-9a-f]{32,128}$/i.test(a.value) && isHexCredentialName(a.key));
        if (!named || !looksLikeSecretValue(a.value, kind, { quoted: a.quoted, hexIsSecret })) continue;
        seen.add(a.start);
        const name = a.key.replace(/^[$@:]+/, '').slice(0, 60);
        out.push({ start: a.start, end: a.end, secret: a.value, detail: `assigned to ${name}` });
      }
      return out;
    },
  };
}

export const GENERIC_PASSWORD_RULE = genericRule(
  'generic-password-assignment', 'password', 'Hard-coded password',
  ['password', 'passwd', 'pwd', 'pass', 'passphrase', 'passcode'],
  {
    form: '<12 base62>', unsafe: 'smtp_password = "{secret}"',
    safe: 'smtp_password = os.environ["SMTP_PASSWORD"]',
    rotate: 'Change the password wherever it is used.',
    detection: 'A name ending in password, passwd, pwd, pass or passphrase assigned a quoted literal (or, in .env, YAML, INI and properties files, a bare value) of at least 8 characters mixing at least two kinds of characters. Skipped: templates and references (`${VAR}`, `{{ secrets.X }}`, `process.env.X`), placeholders, words such as `changeme` or `test`, hashes and UUIDs. In tests, fixtures, docs and vendored code it is a warning, and in locale files it is not reported (`secrets.contexts`): made-up values are the norm there, but a real one leaks all the same.',
  },
);

export const GENERIC_SECRET_RULE = genericRule(
  'generic-secret-assignment', 'secret', 'Hard-coded secret, token or API key',
  ['secret', 'token', '_key', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'privatekey', 'auth_key', 'authkey', 'signing_key', 'signingkey', 'encryption_key', 'encryptionkey', 'master_key', 'masterkey', 'client_key', 'clientkey', 'credential', 'app_key', 'appkey', 'session_key', 'webhook_key', 'license_key'],
  {
    form: '<32 base62>', unsafe: 'SESSION_SECRET={secret}',
    safe: 'SESSION_SECRET=${SESSION_SECRET}   # injected by the deploy from a secret store',
    rotate: 'Rotate the secret at its issuer (or generate a new one) and update every place that uses it.',
    detection: 'A name ending in secret, token, credential(s) or a qualified key (api_key, secret_key, private_key, signing_key, …) assigned a literal of at least 16 characters with entropy of at least 3.2 bits per character, or the fallback of an environment lookup (`os.environ.get("SECRET_KEY", "…")`, `env("API_TOKEN", default="…")`). References are recognised by their syntax (`${X}`, `$X`, `{{ x }}`, `%(x)s`, `env(…)`, a dotted config path, YAML aliases and tags), not by punctuation: a Django key full of `$`, `(`, `@` and `%` is reported. In env and config files a hex string under `*_SECRET`, `*_TOKEN`, `*_KEY` (not `CACHE_KEY`, `SITE_KEY` and other identifiers) or `SECRET_KEY_BASE` is a credential, not a hash. Pagination and CSRF tokens, `primary_key`-style names, constants such as `INVALID_CREDENTIALS`, translated words, placeholders, hashes in code and UUIDs are skipped. In tests, fixtures, docs and vendored code it is a warning, and in locale files it is not reported (`secrets.contexts`): made-up values are the norm there, but a real one leaks all the same.',
  },
);

export const GENERIC_RULES: readonly SecretRule[] = [GENERIC_PASSWORD_RULE, GENERIC_SECRET_RULE];
