/** The parts of a webhook payload the default base reads (GITHUB_EVENT_PATH, read by ./event.ts; typed loosely). */
export interface EventPayload {
  pull_request?: Record<string, unknown>;
  before?: unknown;
}

/**
 * The base when the `base` input is empty: the pull request's base commit on pull-request events, the
 * push's `before` on pushes (all zeros on a new branch, which the gate turns into a whole-tree run).
 * Other events have no base, so every check looks at the whole tree.
 */
export function defaultBase(eventName: string, payload: EventPayload): string | undefined {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const sha = (payload.pull_request?.base as { sha?: unknown } | undefined)?.sha;
    return typeof sha === 'string' && sha ? sha : undefined;
  }
  if (eventName === 'push') return typeof payload.before === 'string' && payload.before ? payload.before : undefined;
  return undefined;
}
