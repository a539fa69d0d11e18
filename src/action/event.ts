import { existsSync, readFileSync } from 'node:fs';
import type { EventPayload } from './default-base.js';

/** The webhook payload fields the action reads. */
export interface WorkflowPayload extends EventPayload {
  pull_request?: Record<string, unknown> & { number?: number };
  issue?: { number?: number };
}

/**
 * The event that started the workflow, read the way @actions/github's `context` read it
 * (GITHUB_EVENT_NAME, and the JSON at GITHUB_EVENT_PATH). A missing or unreadable payload is empty.
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

/** The pull request (or issue) the event is about: a positive integer, or undefined. */
export function issueNumberOf(payload: WorkflowPayload): number | undefined {
  for (const number of [payload.pull_request?.number, payload.issue?.number]) {
    if (typeof number === 'number' && Number.isInteger(number) && number > 0) return number;
  }
  return undefined;
}
