import picomatch from 'picomatch';

/**
 * .gitignore semantics, enough for a scanner walking a tree: comments, `!` negation, trailing `/`
 * for directories only, patterns with a slash anchored to the .gitignore's directory, the rest
 * matching a name at any depth below it. The last matching pattern wins.
 */
export interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  match: (path: string) => boolean;
}

/** Parses one .gitignore whose directory is `base` (relative to the scan root, '' for the root). */
export function parseGitignore(source: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  const prefix = base ? `${base}/` : '';
  for (const raw of source.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) { negate = true; line = line.slice(1); }
    line = line.replace(/^\\([#!])/, '$1');
    let dirOnly = false;
    if (line.endsWith('/')) { dirOnly = true; line = line.slice(0, -1); }
    if (!line) continue;
    const anchored = line.includes('/');
    line = line.replace(/^\//, '');
    const glob = anchored ? `${prefix}${line}` : `${prefix}**/${line}`;
    try {
      const match = picomatch(glob, { dot: true });
      rules.push({ negate, dirOnly, match });
    } catch {
      // A pattern picomatch cannot compile is skipped, as git skips what it cannot parse.
    }
  }
  return rules;
}

/** Whether `path` (relative to the scan root) is ignored by the rules in effect, last match winning. */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    if (rule.match(path)) ignored = !rule.negate;
  }
  return ignored;
}
