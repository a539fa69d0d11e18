import type { Rule } from '../../../../rules/registry.js';
import { at, ms, type TraceRuleInput } from './input.js';

export const lockAccessExclusiveHeld: Rule<TraceRuleInput> = {
  meta: {
    id: 'lock-access-exclusive-held',
    check: 'migrations',
    severity: 'warning',
    description: 'Trace: the statement took an ACCESS EXCLUSIVE lock on an existing table and held it (until its transaction ended) longer than migrations.trace.lock-hold.',
    help: "Keep the lock short: SET lock_timeout, run the statement in a transaction of its own, and move slow work (backfills, index builds, validation) out of the transaction that holds the lock.",
  },
  run({ statement: s, lockHoldMs }, report) {
    const held = s.exclusive;
    if (s.error || !held || held.heldMs < lockHoldMs) return;
    const under = held.under.length
      ? `; under it ran ${held.under.slice(0, 5).map((u) => `line ${u.line} (${u.text})`).join(', ')}${held.under.length > 5 ? ` and ${held.under.length - 5} more` : ''}`
      : '';
    report({ ...at(s), message: `held an ACCESS EXCLUSIVE lock on ${held.relations.join(', ')} for ${ms(held.heldMs)}, blocking every read and write of it${under}` });
  },
};
