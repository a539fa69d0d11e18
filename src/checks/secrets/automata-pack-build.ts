import { encodePack, useAutomataPack, type PackedTables } from './automata-pack.js';
import { secretScanners } from './scan-file.js';

/**
 * The pack of every keyword automaton a run can use (automata-pack.ts), built from the rules as they
 * are: the tree's, and the logs' with and without the personal-data rules (with their digit runs).
 * scripts/build.mjs writes it beside the bundle.
 */
export function buildAutomataPack(): Buffer {
  useAutomataPack(null);
  const entries = new Map<string, PackedTables>();
  for (const includePersonalData of [true, false]) {
    const scanners = secretScanners(includePersonalData);
    scanners.code.prebuild();
    scanners.log.prebuild();
    for (const { key, tables } of [...scanners.code.packEntries(), ...scanners.log.packEntries()]) entries.set(key, tables);
  }
  useAutomataPack(undefined);
  return encodePack([...entries].map(([key, tables]) => ({ key, tables })));
}
