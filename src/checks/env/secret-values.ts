/**
 * What counts as a secret, and what looks like a real one rather than a placeholder. Value sources
 * use it to decide what to mask; env-secret-committed uses it to decide what to report.
 */

const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|KEY|DSN|CREDENTIAL/i;

export interface SecretOptions {
  /** The manifest's `secret:` for this variable, when given. */
  secret?: boolean;
}

/** A name like *SECRET*, *TOKEN*, *PASSWORD*, *KEY*, *DSN*, unless the manifest says `secret: false`. */
export function isSecretName(name: string, options: SecretOptions = {}): boolean {
  return options.secret ?? SECRET_NAME.test(name);
}

/** A URL carrying a password (scheme://user:password@host): the whole value is a secret. */
export function urlPassword(value: string): string | undefined {
  const match = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@/.exec(value.trim());
  return match?.[1];
}

/** Whether a value must be masked: a secret by name or manifest, a credential URL, or a known token shape. */
export function mayBeSecret(name: string, value: string, options: SecretOptions = {}): boolean {
  return options.secret === true || (options.secret === undefined && SECRET_NAME.test(name)) ||
    urlPassword(value) !== undefined || knownTokenShape(value);
}

// Words that stand in for a value. Masking them would blank out ordinary text all over the report.
const PLACEHOLDER_VALUE = /^(changeme|change[-_]me|placeholder|example|secret|password|todo|none|null|empty|x{3,}|\*+|\.{3}|<[^>]*>|\$\{[^}]*\})$/i;

/**
 * Registers a value with the masker when it is or may be a secret (`always` for values that are secret
 * by where they came from, such as the `secrets` input), and a credential URL's password on its own.
 */
export function maskIfSecret(masker: { add(value: string): void }, name: string, value: string, options: SecretOptions & { always?: boolean } = {}): void {
  if (PLACEHOLDER_VALUE.test(value.trim())) return;
  if (!options.always && !mayBeSecret(name, value, options)) return;
  masker.add(value);
  const password = urlPassword(value);
  // A short password on its own (`demo`) would mask every occurrence of that word in the report.
  if (password && password.length >= 8) masker.add(password);
}

// Prefixes and shapes of credentials issued by common providers: such a value is real whatever its name.
const TOKEN_SHAPES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
  /\bgithub_pat_[A-Za-z0-9_]{60,}\b/,
  /\bglpat-[A-Za-z0-9_-]{20,}\b/,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
  /\b[sr]k_live_[A-Za-z0-9]{16,}\b/,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/,
  /\bAIza[0-9A-Za-z_-]{35}\b/,
  /\bnpm_[A-Za-z0-9]{36}\b/,
  /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
];

export function knownTokenShape(value: string): boolean {
  return value.length >= 20 && TOKEN_SHAPES.some((shape) => shape.test(value));
}

const PLACEHOLDER_WORDS = /example|sample|placeholder|change[-_]?me|replace|your[-_ ]|dummy|fake|test|demo|todo|fixme|xxx|redacted|insert|not[-_]?a[-_]?secret|secret[-_]?here|<[^>]*>|\{\{|\$\{|%[A-Z_]+%/i;

/** An empty value, a run of one character (xxxx, ****), or text that says it stands for something else. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === '') return true;
  if (/^(.)\1*$/.test(v)) return true;
  return PLACEHOLDER_WORDS.test(v);
}

/**
 * A value that looks like a real secret: a known token shape, a credential URL with a real-looking
 * password, or a secret-named variable holding 8 or more characters that are not a placeholder.
 */
export function looksLikeRealSecret(name: string, value: string, options: SecretOptions = {}): boolean {
  const v = value.trim();
  if (v === '') return false;
  if (knownTokenShape(v)) return true;
  const password = urlPassword(v);
  if (password !== undefined) return password.length >= 6 && !isPlaceholder(password) && !isPlaceholder(v);
  if (!isSecretName(name, options)) return false;
  return v.length >= 8 && !isPlaceholder(v) && !/^(true|false|yes|no|on|off|null|none|\d{1,7})$/i.test(v);
}
