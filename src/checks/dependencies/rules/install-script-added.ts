import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { kindOf } from '../model.js';

export const installScriptAdded: Rule<DependencyModel> = {
  meta: {
    id: 'install-script-added',
    check: 'dependencies',
    severity: 'warning',
    description: 'A pull request brings a new install script into the dependency tree of a sign-in, session or payment package.',
    help: 'Read the script (npm view pkg@version scripts) before merging: it runs on every machine that installs, CI included. Native builds (bcrypt, argon2) are expected; downloads and obfuscated code are not.',
  },
  run(model, report) {
    for (const { pkg, under } of model.changes?.installScripts ?? []) {
      const where = pkg === under ? `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))},` : `${pkg.name} ${pkg.version}, under ${under.name} (${model.categoryOf(under)}),`;
      report({ file: pkg.lockfile, line: pkg.line, message: `${where} runs an install script that the base branch did not have` });
    }
  },
};
