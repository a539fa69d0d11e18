import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

export const loginNotRateLimited: Rule<DomainModel> = {
  meta: {
    id: 'login-not-rate-limited',
    check: 'domain',
    severity: 'error',
    description: 'A burst of failed sign-ins (a throwaway user, a wrong password) got no 429, no lockout and no Retry-After: password guessing is not slowed down.',
    help: 'Limit failed sign-ins per client address and per account (e.g. 5 a minute) and answer 429 with Retry-After once the limit is reached.',
  },
  run(model, report) {
    for (const login of model.logins) {
      const { burst } = login;
      if (burst.limitedBy || burst.inconclusive || burst.unreachable || burst.statuses.length < burst.attempts) continue;
      report({
        ...siteOf(model, login.path),
        message: `${login.request.split(/\s+/)[0]} ${login.url} took ${burst.attempts} failed sign-ins in a row (${summarize(burst.statuses)}) without a 429, a lockout or Retry-After`,
      });
    }
  },
};

function summarize(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${status} ×${n}`).join(', ');
}
