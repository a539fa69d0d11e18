import type { Rule } from '../../../rules/registry.js';
import type { EnvModel } from '../model.js';

export const envFileSkipped: Rule<EnvModel> = {
  meta: {
    id: 'env-file-skipped',
    check: 'env',
    severity: 'notice',
    description: 'A file matched by env.scan was not searched: it is binary, over 2 MiB or unreadable.',
    help: 'Leave generated and binary files out of env.scan (or list them in env.exclude).',
  },
  run(model, report) {
    for (const skipped of model.skipped) report({ file: skipped.file, message: `${skipped.file} ${skipped.reason}` });
  },
};
