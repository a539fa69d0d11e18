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
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || REFERENCE.test(value) || WINDOWS_VARIABLE.test(value)) return true;
  return hasLongRun(value, 6) || isSequence(value);
}

/** The same character six or more times in a row: `aaaaaa`, `000000`, `******`. */
export function hasLongRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

// Runs such as 1234567890 or abcdefghij are typed by people filling in an example, not generated.
function isSequence(value: string): boolean {
  const v = value.toLowerCase();
  return v.includes('123456789') || v.includes('abcdefghij') || v.includes('0123456789abcdef') || v.includes('qwertyuiop');
}

/** What loggers and frameworks print in place of a secret they already masked. */
const MASKED = /^(?:\*+|x{3,}|•+|#+|-+|\.+|\[(?:filtered|redacted|masked|hidden|removed|secret|sensitive)\]|<(?:filtered|redacted|masked|hidden|removed|secret|sensitive|token|password)>|\(?(?:filtered|redacted|masked|hidden|removed|sensitive)\)?|null|nil|none|undefined|true|false|empty|""|'')$/i;

export function isMasked(value: string): boolean {
  return MASKED.test(value) || /^\*{3,}|\*{3,}$/.test(value);
}

/** Words that mark a value as made up for a test, a fixture or a template. */
const MADE_UP = /password|passwd|secret|token|test|dummy|fake|demo|sample|example|mock|stub|fixture|local|default|changeme|foobar|lorem|placeholder|redacted|hunter2|letmein|qwerty|^dev(?=[a-z]*\d*$)|(?<![a-z])dev(?![a-z])/i;

export function looksMadeUp(value: string): boolean {
  return MADE_UP.test(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const PREFIXED_HASH = /^(?:sha1|sha224|sha256|sha384|sha512|md5)[:-]/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A hex digest (MD5, SHA-1, SHA-2) or a value labelled with its hash algorithm. */
export function isHash(value: string): boolean {
  return HEX_HASH.test(value) || PREFIXED_HASH.test(value) || /^\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|pbkdf2[^$]*|[156])\$/.test(value);
}

const ENCODED = /[A-Za-z0-9+/]/;

/**
 * Whether line[start, end) sits inside a longer encoded blob: a lockfile integrity string
 * (`sha512-…`), a data URI (`data:…;base64,…`), or a base64 run much longer than the match. A token's
 * shape found by chance inside such a blob is noise.
 */
export function insideEncodedBlob(line: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && ENCODED.test(line[left - 1]!)) left--;
  let right = end;
  while (right < line.length && (ENCODED.test(line[right]!) || line[right] === '=')) right++;
  const before = line.slice(Math.max(0, left - 80), left);
  if (/(?:sha1|sha256|sha384|sha512)-$/i.test(before)) return true;
  if (/data:[\w.+/-]*(?:;[\w=.-]+)*;base64,$/i.test(before)) return true;
  const run = right - left;
  return run >= 64 && run >= 2 * (end - start);
}
