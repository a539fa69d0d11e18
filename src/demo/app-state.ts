import type { Session } from './app-auth.js';

export interface Task {
  id: string;
  title: string;
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
}

export type AuditAction = 'sign-in' | 'sign-in-failed' | 'sign-in-blocked' | 'sign-out' | 'task.create' | 'task.delete';

export interface AuditEntry {
  /** ISO 8601. */
  at: string;
  action: AuditAction;
  /** The signed-in user, or the email a failed sign-in named; null when there is none. */
  actor: string | null;
  ip: string;
  /** The task id for task writes; `json` or `form` for sign-ins. */
  target?: string;
}

/** What the app holds in memory; tests read it to check what a run left behind. */
export interface DemoAppState {
  /** Open tasks by id, in creation order. */
  tasks: Map<string, Task>;
  audit: AuditEntry[];
  sessions: Map<string, Session>;
  /** Requests received so far, counted before the latency hook runs. */
  requests: number;
  /** Unexpected errors caught by the app (each answered with a bare 500); empty in a healthy run. */
  errors: unknown[];
}

export const DEFAULT_TASKS: readonly string[] = ['Review on-call rota for next week', 'Renew TLS certificate for ops.example.com'];

// The audit log is capped so a flood of failed sign-ins cannot exhaust memory; the oldest go first.
const MAX_AUDIT_ENTRIES = 10_000;

export function appendAudit(state: DemoAppState, entry: AuditEntry): void {
  state.audit.push(entry);
  if (state.audit.length > MAX_AUDIT_ENTRIES) state.audit.splice(0, state.audit.length - MAX_AUDIT_ENTRIES);
}

interface IdempotentResult {
  title: string;
  task: Task;
  expiresAt: number;
}

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Creates tasks; a repeated Idempotency-Key from the same user replays the first result. */
export class TaskStore {
  private nextId = 1;
  private readonly byKey = new Map<string, IdempotentResult>();

  constructor(
    private readonly tasks: Map<string, Task>,
    private readonly now: () => number,
  ) {}

  /**
   * Returns the task and whether it was replayed; `conflict` when the key was first used with a
   * different title (the IETF Idempotency-Key draft answers that with 422).
   */
  create(title: string, createdBy: string, idempotencyKey?: string): { task: Task; replayed: boolean } | 'conflict' {
    const scopedKey = idempotencyKey === undefined ? undefined : `${createdBy}\n${idempotencyKey}`;
    if (scopedKey !== undefined) {
      this.forgetExpiredKeys();
      const earlier = this.byKey.get(scopedKey);
      if (earlier) return earlier.title === title ? { task: earlier.task, replayed: true } : 'conflict';
    }
    const task: Task = { id: String(this.nextId++), title, createdBy, createdAt: new Date(this.now()).toISOString() };
    this.tasks.set(task.id, task);
    if (scopedKey !== undefined) this.byKey.set(scopedKey, { title, task, expiresAt: this.now() + IDEMPOTENCY_TTL_MS });
    return { task, replayed: false };
  }

  private forgetExpiredKeys(): void {
    const now = this.now();
    // Insertion order is expiry order, so the scan stops at the first live key.
    for (const [key, result] of this.byKey) {
      if (result.expiresAt > now) break;
      this.byKey.delete(key);
    }
  }
}
