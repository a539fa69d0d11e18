import { declaredNames, isIgnoredName, type EnvModel } from './model.js';

export interface EnvFix {
  /** The declared-in file the names are appended to. */
  file: string;
  names: string[];
  /** What to append, in the file's own style; placeholders only, never a value read anywhere. */
  text: string;
}

/**
 * `env --fix`: the variables code uses that no declaration names, as lines for the first declared-in
 * file, written the way that file writes its own (export, quotes, line endings, empty or placeholder
 * values). Removes nothing. Undefined when there is nothing to add or no file to add it to.
 */
export function planEnvFix(model: EnvModel): EnvFix | undefined {
  const target = model.files.find((f) => f.declares && !f.parsed.binary);
  if (!target) return undefined;
  const declared = new Set(declaredNames(model).map((n) => n.toUpperCase()));
  const names = [...new Set(model.uses.filter((u) => u.kind !== 'secrets' && u.kind !== 'vars').map((u) => u.name))]
    .filter((n) => !declared.has(n.toUpperCase()) && !isIgnoredName(model, n))
    .sort();
  if (!names.length) return undefined;
  const entries = target.parsed.entries;
  const most = <T>(values: T[], fallback: T): T => {
    const counts = new Map<T, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  };
  const exported = most(entries.map((e) => e.exported), false);
  const quote = most(entries.map((e) => e.quote ?? ''), '');
  const empty = most(entries.map((e) => e.value === ''), true);
  const eol = most(target.parsed.lines.map((l) => l.crlf), false) ? '\r\n' : '\n';
  const lines = names.map((n) => `${exported ? 'export ' : ''}${n}=${quote}${empty ? '' : 'replace-me'}${quote}`);
  const text = `${target.parsed.missingFinalNewline ? eol : ''}${lines.join(eol)}${eol}`;
  return { file: target.file, names, text };
}
