import type { Manifest } from './types.js';
import type { ManifestProblem } from './errors.js';
import type { ManifestPath, Position } from './position.js';
import { scanTemplates } from './templates.js';
import { didYouMean } from './did-you-mean.js';

type At = (path: ManifestPath, part?: 'key' | 'value') => { line: number; column: number };
type Locate = (path: ManifestPath, part?: 'key' | 'value') => Position | undefined;

interface RequestLike {
  request?: string;
  headers?: Record<string, unknown>;
  json?: unknown;
  form?: Record<string, unknown>;
  body?: string;
  expect?: unknown;
  capture?: Record<string, string>;
  cleanup?: string | RequestLike;
  session?: string;
}

/** Values the smoke check provides without a capture: the run's marker and the deployed commit. */
export const BUILT_IN_CAPTURES: readonly string[] = ['run_marker', 'deployment_sha'];

/**
 * Checks what the schema cannot: that every template is well formed, every capture is defined before
 * it is used, and every named session and environment exists.
 */
export function checkReferences(manifest: Manifest, at: At, locate: Locate): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const environments = Object.keys(manifest.environments ?? {});
  const sessions = manifest.sessions ?? {};
  const sessionNames = Object.keys(sessions);

  const checkStrings = (value: unknown, path: ManifestPath, known: ReadonlySet<string>, context: string) => {
    if (typeof value === 'string') {
      const scan = scanTemplates(value);
      const column = (index: number) => columnOf(locate(path), value, index);
      // A request header (not an expect.headers pattern) travels as bytes: Node refuses anything outside ASCII.
      const header = path.length >= 2 && path[path.length - 2] === 'headers' && path[path.length - 3] !== 'expect';
      const nonAscii = header ? /[^\t\x20-\x7e]/u.exec(value) : null;
      if (nonAscii) {
        const code = nonAscii[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        problems.push({ ...column(nonAscii.index), message: `header ${String(path[path.length - 1])} holds "${nonAscii[0]}" (U+${code}), which an HTTP header cannot carry; keep header values ASCII (percent-encode the rest) or move the text to the body` });
      }
      for (const bad of scan.invalid) {
        problems.push({ ...column(bad.index), message: `${bad.text} is not a template release-gate knows; use {{ env.NAME }} or {{ captured_name }}` });
      }
      for (const ref of scan.refs) {
        if (ref.kind === 'capture' && !known.has(ref.name)) {
          const guess = didYouMean(ref.name, known);
          problems.push({
            ...column(ref.index),
            message: `${ref.text} is used ${context} before any capture defines "${ref.name}"${guess ? `; did you mean "${guess}"?` : ''}`,
          });
        }
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => checkStrings(v, [...path, i], known, context));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) checkStrings(v, [...path, k], known, context);
    }
  };

  const checkRequest = (req: RequestLike, path: ManifestPath, known: ReadonlySet<string>, context: string) => {
    for (const field of ['request', 'headers', 'json', 'form', 'body', 'expect'] as const) {
      if (req[field] !== undefined) checkStrings(req[field], [...path, field], known, context);
    }
  };

  const sessionCaptures = new Map<string, Set<string>>();
  for (const [name, session] of Object.entries(sessions)) {
    const loginPage = session['login-page'] as RequestLike | undefined;
    const login = session.login as RequestLike | undefined;
    const pageCaptures = new Set(Object.keys(loginPage?.capture ?? {}));
    const captures = new Set([...pageCaptures, ...Object.keys(login?.capture ?? {})]);
    if (loginPage) checkRequest(loginPage, ['sessions', name, 'login-page'], new Set(), `in the login page of session "${name}"`);
    if (login) checkRequest(login, ['sessions', name, 'login'], pageCaptures, `in the login of session "${name}"`);
    if (session.headers) checkStrings(session.headers, ['sessions', name, 'headers'], captures, `in session "${name}"`);
    sessionCaptures.set(name, captures);
  }

  const checkSession = (name: string | undefined, path: ManifestPath): Set<string> => {
    if (name === undefined) return sessionCaptures.get(sessionNames[0] ?? '') ?? new Set();
    if (!sessionCaptures.has(name)) {
      const guess = didYouMean(name, sessionNames);
      problems.push({
        ...at(path),
        message: `session "${name}" is not defined under sessions${guess ? `; did you mean "${guess}"?` : sessionNames.length ? ` (defined: ${sessionNames.join(', ')})` : ''}`,
      });
      return new Set();
    }
    return sessionCaptures.get(name)!;
  };

  const checkEnvironment = (name: string | undefined, path: ManifestPath) => {
    if (name === undefined || environments.includes(name)) return;
    const guess = didYouMean(name, environments);
    problems.push({
      ...at(path),
      message: `environment "${name}" is not defined under environments${guess ? `; did you mean "${guess}"?` : environments.length ? ` (defined: ${environments.join(', ')})` : ''}`,
    });
  };

  for (const [name, vars] of Object.entries(manifest.env?.vars ?? {})) {
    for (const env of vars['required-in'] ?? []) checkEnvironment(env, ['env', 'vars', name, 'required-in', (vars['required-in'] ?? []).indexOf(env)]);
    for (const env of Object.keys(vars.forbid ?? {})) {
      if (!environments.includes(env)) checkEnvironment(env, ['env', 'vars', name, 'forbid', env]);
    }
  }

  if (manifest.smoke) {
    checkEnvironment(manifest.smoke.environment, ['smoke', 'environment']);
    if (manifest.smoke.wait) checkRequest(manifest.smoke.wait as RequestLike, ['smoke', 'wait'], new Set(BUILT_IN_CAPTURES), 'in smoke.wait');
    const stepCaptures = new Set<string>(BUILT_IN_CAPTURES);
    manifest.smoke.steps.forEach((step: RequestLike & { anonymous?: boolean }, i: number) => {
      const path = ['smoke', 'steps', i];
      const label = `in smoke step ${i + 1}`;
      const session = step.anonymous ? new Set<string>() : checkSession(step.session, [...path, 'session']);
      const known = new Set([...session, ...stepCaptures]);
      checkRequest(step, path, known, label);
      for (const name of Object.keys(step.capture ?? {})) stepCaptures.add(name);
      if (step.cleanup !== undefined) checkStrings(step.cleanup, [...path, 'cleanup'], new Set([...known, ...stepCaptures]), `in the cleanup of smoke step ${i + 1}`);
    });
  }

  if (manifest.latency) {
    checkEnvironment(manifest.latency.environment, ['latency', 'environment']);
    manifest.latency.endpoints.forEach((endpoint: RequestLike, i: number) => {
      const path = ['latency', 'endpoints', i];
      checkRequest(endpoint, path, checkSession(endpoint.session, [...path, 'session']), `in latency endpoint ${i + 1}`);
    });
  }

  const domainEnv = (manifest.domain as { environment?: string } | undefined)?.environment;
  checkEnvironment(domainEnv, ['domain', 'environment']);
  return problems;
}

/** The column of a template inside a scalar: exact for plain and quoted one-line scalars. */
function columnOf(position: Position | undefined, value: string, index: number): { line: number; column: number } {
  if (!position) return { line: 1, column: 1 };
  if (position.line !== position.endLine) return { line: position.line, column: position.column };
  // Quoted scalars start one character before their value.
  const before = value.slice(0, index);
  const quoted = position.endColumn - position.column > value.length ? 1 : 0;
  return { line: position.line, column: position.column + quoted + before.length };
}
