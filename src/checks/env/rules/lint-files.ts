import type { EnvFile, EnvModel } from '../model.js';

/** The env files the dotenv-* style rules read: those the manifest configures, when they are text. */
export function lintedFiles(model: EnvModel): EnvFile[] {
  return model.files.filter((f) => f.lint && !f.parsed.binary);
}
