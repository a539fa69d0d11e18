import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_MANIFEST, loadManifest, type LoadedManifest } from '../../manifest/load.js';

/**
 * The operate commands work from reports and the history, so a missing default manifest means
 * defaults (the file store); a manifest that was named, or exists and is invalid, is still an error.
 */
export async function loadManifestOrDefaults(path: string | undefined, cwd: string): Promise<LoadedManifest | undefined> {
  if (path === undefined) {
    try {
      await access(resolve(cwd, DEFAULT_MANIFEST));
    } catch {
      return undefined;
    }
  }
  return loadManifest(path ?? DEFAULT_MANIFEST, cwd);
}
