import { existsSync, readFileSync } from 'node:fs';
import type { EventPayload } from './default-base.js';

/** The webhook payload fields the action reads. */
export interface WorkflowPayload extends EventPayload {
  pull_request?: Record<string, unknown> & { number?: number };
  issue?: { number?: number };
}

/**
 * The event that started the workflow, read the way @actions/github's `context` reads it
 * (GITHUB_EVENT_NAME, and the JSON at GITHUB_EVENT_PATH), without loading Octokit: the action imports
 * @actions/github only when it writes a pull-request comment. A missing or unreadable payload is empty.
 */
export function readEvent(env: Readonly<Record<string, string | undefined>>): { name: string; payload: WorkflowPayload } {
  const path = env.GITHUB_EVENT_PATH;
  let payload: WorkflowPayload = {};
  if (path && existsSync(path)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as WorkflowPayload;
    } catch {
      payload = {};
    }
  }
  return { name: env.GITHUB_EVENT_NAME ?? '', payload };
}
