/** One problem in a manifest, at a 1-based line and column when it has a place. */
export interface ManifestProblem {
  line?: number;
  column?: number;
  message: string;
}

/** A manifest the gate cannot use: the CLI exits 2 and prints every problem as file:line:column. */
export class ManifestError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ManifestProblem[],
  ) {
    super(problems.map((p) => formatProblem(file, p)).join('\n'));
    this.name = 'ManifestError';
  }
}

export function formatProblem(file: string, p: ManifestProblem): string {
  const where = p.line ? `${file}:${p.line}:${p.column ?? 1}` : file;
  return `${where}: ${p.message}`;
}
