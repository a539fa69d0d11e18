/**
 * Remembers secret values (from the environment, captures, env files) and replaces them in any text,
 * in every form an output could carry them: as written, JSON-escaped, percent- and form-encoded,
 * base64 (also inside a larger base64 value such as `user:password` of a Basic header), as the
 * password of a URL, and as the head of a value cut short with "…".
 *
 * Secrets that look like ordinary text (a single word, a number) are weak: masking them everywhere
 * would corrupt paths and names (`db/***s/002.sql`), so they are masked in free text only (`maskDeep`
 * leaves structural fields alone, `mask` leaves weak secrets alone), and the run reports them.
 */

/** Why a secret is weak; names the variable, never the value. */
export type Weakness = 'short' | 'word' | 'number' | 'common';

export interface WeakSecret {
  /** The environment variable (or capture) it came from. */
  name: string;
  weakness: Weakness;
}

/** Fields of a report that never carry a secret: masking them would only corrupt what they point at. */
const STRUCTURAL_KEYS = new Set([
  'schemaVersion', 'check', 'status', 'ruleId', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'durationMs',
]);

/**
 * Fields whose values are encodings made from numbers or hashes, never from input text: latency
 * histograms (HdrHistogram, base64) and fingerprints (SARIF partialFingerprints, baseline entries;
 * hex). A secret's text can occur inside such a value by chance, and masking it there would corrupt a
 * histogram that `latency merge` must decode, while hiding nothing. The masker leaves these fields
 * alone, by key, for as long as their value has the shape of its encoding; anything else in them is
 * masked like any text.
 */
export const ENCODED_FIELDS: ReadonlyMap<string, RegExp> = new Map([
  ['histogram', /^[A-Za-z0-9+/]*={0,2}$/],
  ['fingerprint', /^[0-9a-f]*$/],
  ['partialFingerprints', /^[0-9a-f]*$/],
]);

const COMMON_PASSWORDS = new Set([
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin', 'admin123', 'administrator', 'root', 'toor',
  'qwerty', 'qwerty123', 'letmein', 'welcome', 'welcome1', 'changeme', 'secret', 'secret123', 'test', 'test123', 'testing', 'guest',
  'default', 'iloveyou', 'monkey', 'dragon', 'abc123', 'abcd1234', '12345678', '123456789', '1234567890', 'trustno1', 'master', 'login',
]);

/** Values shorter than this are never masked: they would match inside ordinary words and numbers. */
const MIN_MASKED = 4;
/** The shortest head of a secret cut by "…" that is still masked. */
const MIN_HEAD = 4;

export function weakness(value: string): Weakness | undefined {
  if ([...value].length < MIN_MASKED) return 'short';
  if (COMMON_PASSWORDS.has(value.toLowerCase())) return 'common';
  if (/^\p{L}+$/u.test(value) && [...value].length <= 12) return 'word';
  if (/^\d+$/.test(value) && value.length <= 12) return 'number';
  return undefined;
}

export class Masker {
  private readonly values = new Set<string>();
  /** Every form of the strong secrets, and of the weak ones. */
  private readonly strongForms = new Set<string>();
  private readonly weakForms = new Set<string>();
  private strongPattern: RegExp | undefined | null;
  private allPattern: RegExp | undefined | null;
  private readonly weakNames = new Map<string, WeakSecret>();
  /** The secrets a base64 run is decoded against, as latin1 strings (UTF-8 bytes), strong ones and all: cached until add(). */
  private strongRaw: string[] | undefined;
  private allRaw: string[] | undefined;

  /** Called once per new strong secret and each of its encodings, e.g. so the action can register them with the runner's log masking. */
  constructor(private readonly onAdd?: (value: string) => void) {}

  /**
   * Registers a secret. `name` (the environment variable) is kept for the weak-secret report: a secret
   * shorter than 4 characters is never masked, and one that looks like a word or a number is masked in
   * free text only.
   */
  add(value: string | undefined | null, name?: string): void {
    if (!value) return;
    const weak = weakness(value);
    if (weak && name && !this.weakNames.has(name)) this.weakNames.set(name, { name, weakness: weak });
    if (this.values.has(value) || weak === 'short') return;
    this.values.add(value);
    const target = weak ? this.weakForms : this.strongForms;
    for (const form of encodings(value)) {
      if (form.length < MIN_MASKED || target.has(form)) continue;
      target.add(form);
      if (!weak) this.onAdd?.(form);
    }
    this.strongPattern = undefined;
    this.allPattern = undefined;
    this.strongRaw = undefined;
    this.allRaw = undefined;
  }

  get size(): number {
    return this.values.size;
  }

  /** Secrets that are too short or too ordinary to mask safely, by the variable they came from. */
  get weakSecrets(): WeakSecret[] {
    return [...this.weakNames.values()];
  }

  /** Masks the strong secrets in any text, including whole rendered reports with paths and rule ids in them. */
  mask(text: string): string {
    return this.apply(text, false);
  }

  /** Masks every secret, weak ones included: for free text only (messages, evidence, response excerpts). */
  maskFreeText(text: string): string {
    return this.apply(text, true);
  }

  /**
   * Masks every free-text string inside a JSON-like value, returning a copy. Structural fields (file,
   * line, rule id, check name, status) are left as they are, as are object keys.
   */
  maskDeep<T>(value: T): T {
    return this.walk(value, (text, key) => (key !== undefined && STRUCTURAL_KEYS.has(key) ? text : this.maskFreeText(text)), false) as T;
  }

  /**
   * Masks the strong secrets in a rendered JSON document (the JSON report, SARIF) value by value, so
   * the encoded fields (ENCODED_FIELDS) come out intact; same indentation, same trailing newline. Text
   * that does not parse is masked as text.
   */
  maskJson(text: string): string {
    // Nothing in it can be masked (no strong secret registered, no URL that could carry a password):
    // the document is returned as it is, without parsing and rewriting a report of thousands of findings.
    if (this.raw(false).length === 0 && !text.includes('@') && !/\\u0040/i.test(text)) return text;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.mask(text);
    }
    const indent = /^[[{]\r?\n( +)/.exec(text)?.[1]?.length ?? 0;
    const masked = this.walk(parsed, (value) => this.mask(value), true);
    return JSON.stringify(masked, null, indent) + (text.endsWith('\n') ? '\n' : '');
  }

  /** A copy of a JSON-like value with `maskText` applied to its strings, encoded fields left alone. */
  private walk(value: unknown, maskText: (text: string, key?: string) => string, maskKeys: boolean): unknown {
    const visit = (v: unknown, key?: string, encoding?: RegExp): unknown => {
      if (typeof v === 'string') return encoding?.test(v) ? v : maskText(v, key);
      if (Array.isArray(v)) return v.map((x) => visit(x, undefined, encoding));
      if (v && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [maskKeys ? this.mask(k) : k, visit(x, k, ENCODED_FIELDS.get(k) ?? encoding)]));
      }
      return v;
    };
    return visit(value);
  }

  private apply(text: string, includeWeak: boolean): string {
    if (!text) return text;
    let out = text;
    const raw = this.raw(includeWeak);
    if (raw.length > 0) {
      const pattern = this.pattern(includeWeak);
      if (pattern) out = out.replace(pattern, '***');
      out = out.replace(BASE64_RUN, (run) => (decodedHoldsSecret(run, raw) ? '***' : run));
      if (out.includes('…')) out = this.maskCutHeads(out, includeWeak);
    }
    // A URL's password is a secret whether or not it was registered.
    return out.includes('@') ? out.replace(URL_USERINFO, '$1$2:***@') : out;
  }

  private raw(includeWeak: boolean): string[] {
    const latin1 = (values: string[]) => values.map((v) => Buffer.from(v, 'utf8').toString('latin1'));
    if (includeWeak) return (this.allRaw ??= latin1([...this.values]));
    return (this.strongRaw ??= latin1([...this.values].filter((v) => weakness(v) === undefined)));
  }

  private pattern(includeWeak: boolean): RegExp | null {
    if (includeWeak) return (this.allPattern ??= alternation([...this.strongForms, ...this.weakForms]));
    return (this.strongPattern ??= alternation([...this.strongForms]));
  }

  /** "tok-7f3a…" shows a secret's head: mask the head of any secret that ends right at an ellipsis. */
  private maskCutHeads(text: string, includeWeak: boolean): string {
    const forms = includeWeak ? [...this.strongForms, ...this.weakForms] : [...this.strongForms];
    let out = '';
    let from = 0;
    for (let at = text.indexOf('…'); at >= 0; at = text.indexOf('…', at + 1)) {
      let cut = 0;
      const last = text.charCodeAt(at - 1);
      for (const form of forms) {
        for (let n = Math.min(form.length - 1, at - from); n >= MIN_HEAD && n > cut; n--) {
          // The head ends right before "…": only lengths whose last character is that one can match.
          if (form.charCodeAt(n - 1) === last && text.startsWith(form.slice(0, n), at - n)) {
            cut = n;
            break;
          }
        }
      }
      out += text.slice(from, at - cut) + (cut ? '***' : '');
      from = at;
    }
    return out + text.slice(from);
  }
}

const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^\s/?#@:]*):([^\s/?#@]+)@/gi;
/** A run that may be base64 or base64url; decoded, it is searched for secrets. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;

function alternation(forms: string[]): RegExp | null {
  if (forms.length === 0) return null;
  return new RegExp(forms.sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** The forms a secret takes in outputs: as is, JSON-escaped, percent- and form-encoded, base64 and base64url. */
export function encodings(value: string): string[] {
  const forms = new Set<string>([value]);
  forms.add(JSON.stringify(value).slice(1, -1));
  forms.add(encodeURIComponent(value));
  forms.add(new URLSearchParams({ v: value }).toString().slice(2));
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  forms.add(base64);
  forms.add(base64.replace(/=+$/, ''));
  forms.add(Buffer.from(value, 'utf8').toString('base64url'));
  return [...forms];
}

/** secrets: as latin1 strings of their UTF-8 bytes (Masker.raw), so they compare with decoded bytes. */
function decodedHoldsSecret(run: string, secrets: string[]): boolean {
  // Every alignment: the secret may sit anywhere inside a larger value (user:password).
  const body = run.replace(/=+$/, '');
  for (let shift = 0; shift < 4 && shift < body.length; shift++) {
    const decoded = Buffer.from(body.slice(shift).replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
    for (const secret of secrets) if (decoded.includes(secret)) return true;
  }
  return false;
}

/**
 * A short masked form of a secret for findings: the length, and the first 4 characters only when the
 * secret is long enough (16+) that they give little away. Never more, whatever the secret.
 */
export function redact(secret: string): string {
  const chars = [...secret];
  if (chars.length < 16) return `…(${chars.length} chars)`;
  const prefix = chars.slice(0, 4).join('').replace(/[^\x21-\x7e]/g, '·');
  return `${prefix}…(${chars.length} chars)`;
}
