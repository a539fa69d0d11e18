import { parse, TomlError } from 'smol-toml';
import type { ReadProblem } from '../model.js';

/** TOML (poetry.lock, pyproject.toml, Pipfile) through smol-toml: TOML 1.0, and errors carry a line. */
export function readToml(file: string, text: string): { value?: Record<string, unknown>; problem?: ReadProblem } {
  try {
    return { value: parse(text) as Record<string, unknown> };
  } catch (error) {
    const e = error as TomlError;
    const first = String(e.message ?? error).split('\n')[0];
    return { problem: { file, line: typeof e.line === 'number' ? e.line : 1, column: typeof e.column === 'number' ? e.column : undefined, message: `${file} is not valid TOML: ${first}` } };
  }
}
