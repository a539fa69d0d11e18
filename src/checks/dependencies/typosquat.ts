/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), the usual measure of a
 * look-alike name: stirpe → stripe is 1.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The critical name this one imitates, if any: one edit away for names of 5 to 8 characters, two
 * for longer ones; shorter names are too close to everything to judge. Whole names are compared:
 * the last part of a scoped name (@simplewebauthn/server) is often a plain word (semver is one
 * letter from server).
 */
export function imitatedName(name: string, critical: readonly string[]): string | undefined {
  if (critical.includes(name)) return undefined;
  let best: { target: string; distance: number } | undefined;
  for (const target of critical) {
    if (target.length < 5 || target.includes('*')) continue;
    const max = target.length >= 9 ? 2 : 1;
    const distance = editDistance(name, target, max);
    if (distance <= max && (!best || distance < best.distance)) best = { target, distance };
  }
  return best?.target;
}
