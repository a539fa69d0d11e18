import { expandTemplate, scanTemplates } from '../manifest/templates.js';
import type { Masker } from '../mask.js';

/** A template referred to a value that does not exist (an unset variable, a capture not made). */
export class TemplateError extends Error {}

/**
 * Expands `{{ env.NAME }}` and `{{ capture }}` in manifest values. Every environment value it reads is
 * registered with the masker first: such values are secrets (passwords, tokens) in every output.
 */
export class Templater {
  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    readonly captures: Map<string, string>,
    private readonly masker: Masker,
  ) {}

  /** A templater over the same environment with its own captures (e.g. one per session). */
  with(captures: Map<string, string>): Templater {
    return new Templater(this.env, captures, this.masker);
  }

  /** Capture names a value refers to, anywhere inside it. */
  static capturesIn(value: unknown, names = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
      for (const ref of scanTemplates(value).refs) if (ref.kind === 'capture') names.add(ref.name);
    } else if (Array.isArray(value)) {
      for (const v of value) Templater.capturesIn(v, names);
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) Templater.capturesIn(v, names);
    }
    return names;
  }

  /** With `literal`, each inserted value is escaped so that the result, read as a regular expression, matches it literally. */
  expand(text: string, options: { literal?: 'regex' } = {}): string {
    const scan = scanTemplates(text);
    if (scan.refs.length === 0) return text;
    const env: Record<string, string | undefined> = {};
    const captures = new Map<string, string>();
    const escape = options.literal === 'regex' ? escapeRegex : (s: string) => s;
    for (const ref of scan.refs) {
      if (ref.kind === 'env') {
        const value = this.env[ref.name];
        this.masker.add(value, ref.name);
        if (value !== undefined) env[ref.name] = escape(value);
      } else {
        const value = this.captures.get(ref.name);
        if (value !== undefined) captures.set(ref.name, escape(value));
      }
    }
    try {
      return expandTemplate(text, { env, captures });
    } catch (error) {
      throw new TemplateError((error as Error).message);
    }
  }

  /** Expands every string inside a JSON-like value (keys stay as written). */
  expandDeep(value: unknown): unknown {
    if (typeof value === 'string') return this.expand(value);
    if (Array.isArray(value)) return value.map((v) => this.expandDeep(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.expandDeep(v)]));
    return value;
  }
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
