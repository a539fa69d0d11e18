import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

/**
 * What a glob leaves out in silence: tinyglobby returns neither FIFOs, sockets and devices nor (with
 * followSymbolicLinks: false, which keeps a walk inside the workspace) symbolic links. This lists
 * such entries in the globs' base directories and beside every match, so the bounded reader can say
 * why each one is not read instead of the file vanishing from the check.
 */
export function specialEntries(cwd: string, patterns: readonly string[], matched: readonly string[], ignore: readonly string[] = []): string[] {
  const isMatch = picomatch([...patterns], { dot: true, ignore: [...ignore] });
  const dirs = new Set<string>();
  for (const pattern of patterns) dirs.add(picomatch.scan(pattern).base);
  for (const path of matched) dirs.add(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
  const found: string[] = [];
  for (const dir of dirs) {
    let entries;
    try {
      entries = readdirSync(join(cwd, dir), { withFileTypes: true });
    } catch {
      continue; // an unreadable directory: the glob did not see into it either
    }
    for (const entry of entries) {
      if (entry.isFile() || entry.isDirectory()) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (isMatch(path)) found.push(path);
    }
  }
  return found;
}
