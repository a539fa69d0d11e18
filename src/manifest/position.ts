/** Where a value sits in the manifest: its path of keys and indexes, and its line and column span. */
export type ManifestPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
