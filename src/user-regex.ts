import { setFlagsFromString } from 'node:v8';

/**
 * Regular expressions the manifest supplies (env.vars.*.pattern, expect.headers, regex: captures)
 * run on text the gate does not control: an env value, a response. A backtracking engine can take
 * exponential time on both (`^(a+)+$` against "aaaa…b"), so they run in V8's linear-time engine (the
 * `l` flag, behind --enable-experimental-regexp-engine, turned on here at run time). It is built
 * into Node, so nothing native has to be installed or bundled (re2 would need a compiled module per
 * platform, which ncc cannot bundle). The engine refuses backreferences and lookarounds: such a
 * pattern is an error that says so, never a pattern that might hang. Patterns are capped in length.
 */

export const MAX_USER_REGEX_LENGTH = 1000;

export class UserRegexError extends SyntaxError {}

let linear: boolean | undefined;

/** Whether this Node has the linear-time engine (Node 20 to 24 do); without it only the length cap holds. */
export function linearEngineAvailable(): boolean {
  if (linear === undefined) {
    try {
      setFlagsFromString('--enable-experimental-regexp-engine');
      const LINEAR = 'l'; // eslint's no-invalid-regexp does not know the flag
      linear = new RegExp('a', LINEAR).test('a');
    } catch {
      linear = false;
    }
  }
  return linear;
}

/** Compiles a user-supplied pattern for linear-time matching; throws UserRegexError saying why it cannot. */
export function compileUserRegex(source: string, flags = ''): RegExp {
  if (source.length > MAX_USER_REGEX_LENGTH) {
    throw new UserRegexError(`is ${source.length} characters long; a regular expression may have at most ${MAX_USER_REGEX_LENGTH}`);
  }
  try {
    new RegExp(source, flags);
  } catch (error) {
    throw new UserRegexError((error as Error).message);
  }
  if (!linearEngineAvailable()) return new RegExp(source, flags);
  try {
    // The linear engine does not take the u flag; patterns are matched code unit by code unit.
    return new RegExp(source, `${flags.replace('u', '')}l`);
  } catch {
    throw new UserRegexError('uses a backreference or a lookaround, which cannot run in linear time; rewrite it without them (release-gate runs every pattern of the manifest in linear time, so no value or response can make it hang)');
  }
}
