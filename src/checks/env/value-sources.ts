import type { Masker } from '../../mask.js';
import type { EnvironmentValues, SourceKind, ValueEntry } from './model.js';
import type { ParsedDotenv } from './dotenv-parser.js';
import type { GithubValue } from './github-api-source.js';
import { maskIfSecret } from './secret-values.js';

/**
 * The places an environment's values come from, all feeding one EnvironmentValues. Every value that
 * is or may be a secret goes to the masker the moment it is read, before anything can print it.
 */

export interface ValueSink {
  environment: EnvironmentValues;
  masker: Masker;
  /** The manifest's `secret:` per variable. */
  secretFlag(name: string): boolean | undefined;
  /** GitHub stores names in upper case; this maps them back to the declared spelling. */
  canonical(name: string): string;
}

function add(sink: ValueSink, name: string, entry: ValueEntry): void {
  if (entry.value !== undefined) maskIfSecret(sink.masker, name, entry.value, { secret: sink.secretFlag(name), always: entry.source === 'secrets input' });
  const list = sink.environment.values.get(name) ?? [];
  list.push(entry);
  sink.environment.values.set(name, list);
}

/** An env-file's keys. A key written twice keeps its last value, as dotenv loaders do. */
export function addEnvFileValues(sink: ValueSink, file: string, parsed: ParsedDotenv): void {
  const last = new Map<string, ParsedDotenv['entries'][number]>();
  for (const entry of parsed.entries) {
    last.set(entry.key, entry);
    // An overridden value is masked too: it was read, and it may be the real secret.
    maskIfSecret(sink.masker, entry.key, entry.value, { secret: sink.secretFlag(entry.key) });
  }
  for (const [name, entry] of last) {
    add(sink, name, {
      value: entry.value, source: 'env-file', unresolved: entry.unresolved || undefined,
      site: { file, line: entry.valueLine, column: entry.valueColumn, endLine: entry.endLine },
    });
  }
  sink.environment.sources.push(file);
}

/**
 * The `secrets` or `vars` input: `${{ toJSON(secrets) }}` / `${{ toJSON(vars) }}` in a job bound to
 * the environment. Returns a reason when the text is not a JSON object; the reason never quotes it.
 */
export function addInputValues(sink: ValueSink, input: 'secrets' | 'vars', text: string): string | undefined {
  const source: SourceKind = input === 'secrets' ? 'secrets input' : 'vars input';
  if (input === 'secrets') sink.masker.add(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return `the \`${input}\` input is not JSON; pass \`${input}: \${{ toJSON(${input}) }}\``;
  }
  if (data === null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) return `the \`${input}\` input is not a JSON object; pass \`${input}: \${{ toJSON(${input}) }}\``;
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    // The runner adds its own token to toJSON(secrets); it is not the app's.
    if (input === 'secrets' && name === 'github_token') {
      sink.masker.add(String(value));
      continue;
    }
    const text = typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
    add(sink, sink.canonical(name), { value: text, source });
  }
  sink.environment.sources.push(`the ${input} input`);
  return undefined;
}

export function addGithubValues(sink: ValueSink, values: readonly GithubValue[]): void {
  // Environment-level values come first from the API source and override inherited ones of the same name.
  const seen = new Set<string>();
  for (const v of values) {
    const name = sink.canonical(v.name);
    if (seen.has(name)) continue;
    seen.add(name);
    add(sink, name, { value: v.value, source: 'GitHub API' });
  }
  sink.environment.sources.push('the GitHub API');
}
