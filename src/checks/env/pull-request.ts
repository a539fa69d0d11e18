import { isLineAdded, type ChangedFile } from '../../git/git.js';
import type { Finding } from '../../types.js';
import type { CheckContext } from '../check.js';
import { findUses } from './code-uses.js';
import type { EnvModel } from './model.js';

export interface Narrowed {
  findings: Finding[];
  /** Findings about what was already on the base, not reported. */
  hidden: number;
}

/**
 * Pull-request mode (--base): keeps what the pull request adds. A finding stands on a line the diff
 * adds (a new use, a variable added or changed in an env file, a changed manifest line), or has no
 * place at all (a problem with the run's inputs). A use of a variable its file already read on the
 * base is context, not news, even when the line moved.
 */
export async function narrowToPullRequest(ctx: CheckContext, base: string, model: EnvModel, findings: Finding[]): Promise<Narrowed> {
  const mergeBase = await ctx.git.mergeBase(base);
  const changes = new Map<string, ChangedFile>((await ctx.git.changes(base)).map((c) => [c.path, c]));

  const oldUses = new Set<string>();
  const baseNames = new Map<string, Promise<Set<string>>>();
  const namesOnBase = (file: string) => {
    let names = baseNames.get(file);
    if (!names) {
      names = ctx.git.show(mergeBase, file).then((text) => new Set(text === undefined ? [] : findUses(file, text).map((u) => u.name)));
      baseNames.set(file, names);
    }
    return names;
  };
  for (const use of model.uses) {
    if (!isLineAdded(changes.get(use.file), use.line)) continue;
    if ((await namesOnBase(use.file)).has(use.name)) oldUses.add(`${use.file}:${use.line}:${use.column}`);
  }

  const kept = findings.filter((f) => {
    if (f.file === undefined) return true;
    if (f.line === undefined || !isLineAdded(changes.get(f.file), f.line)) return false;
    return !oldUses.has(`${f.file}:${f.line}:${f.column}`);
  });
  return { findings: kept, hidden: findings.length - kept.length };
}
