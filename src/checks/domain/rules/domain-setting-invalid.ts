import type { Rule } from '../../../rules/registry.js';
import { siteOf, type DomainModel } from '../model.js';

/** Problems with the domain section itself that the schema cannot see; the entry they concern is skipped. */
export const domainSettingInvalid: Rule<DomainModel> = {
  meta: {
    id: 'domain-setting-invalid',
    check: 'domain',
    severity: 'error',
    description: 'A setting of the domain section cannot be used: an unreadable CA file, a path with no environment to resolve it against, an environment without a url.',
    help: 'Fix the setting named in the message; the entry it belongs to was not checked.',
  },
  run(model, report) {
    for (const problem of model.settingProblems) report({ ...siteOf(model, problem.path), message: problem.message });
  },
};
