/**
 * Remembers secret values (from the environment, captures, env files) and replaces them in any text.
 * Reporters pass every string they emit through one Masker, so no output can echo a secret.
 */
export class Masker {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  /** Called once per new secret, e.g. so the action can register it with the runner's log masking. */
  constructor(private readonly onAdd?: (value: string) => void) {}

  /** Values shorter than 4 characters would mask ordinary words, so they are not registered. */
  add(value: string | undefined | null): void {
    if (!value || value.length < 4 || this.values.has(value)) return;
    this.values.add(value);
    this.pattern = undefined;
    this.onAdd?.(value);
  }

  get size(): number {
    return this.values.size;
  }

  mask(text: string): string {
    if (this.values.size === 0 || !text) return text;
    this.pattern ??= new RegExp(
      [...this.values].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
      'g',
    );
    return text.replace(this.pattern, '***');
  }

  /** Masks every string inside a JSON-like value, returning a copy. */
  maskDeep<T>(value: T): T {
    if (this.values.size === 0) return value;
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.mask(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return walk(value) as T;
  }
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
