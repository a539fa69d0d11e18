import type { Rule } from '../../../rules/registry.js';
import type { DependencyModel } from '../build-model.js';
import { criticalDependencyAdded } from './critical-dependency-added.js';
import { criticalDependencyDeprecated } from './critical-dependency-deprecated.js';
import { criticalDependencyMajorChange } from './critical-dependency-major-change.js';
import { criticalDependencyOutdated } from './critical-dependency-outdated.js';
import { criticalDependencyRemoved } from './critical-dependency-removed.js';
import { dependencyAdvisory } from './dependency-advisory.js';
import { dependencyAdvisoryCritical } from './dependency-advisory-critical.js';
import { dependencyMetadataSkipped } from './dependency-metadata-skipped.js';
import { dependencySourceUnavailable } from './dependency-source-unavailable.js';
import { dependencyTyposquat } from './dependency-typosquat.js';
import { installScriptAdded } from './install-script-added.js';
import { lockfileNotFound } from './lockfile-not-found.js';
import { lockfileUnreadable } from './lockfile-unreadable.js';

/** Every rule of the dependencies check; adding one is one file and one line here. */
export const DEPENDENCY_RULES: readonly Rule<DependencyModel>[] = [
  dependencyAdvisoryCritical,
  dependencyAdvisory,
  dependencyTyposquat,
  criticalDependencyAdded,
  criticalDependencyRemoved,
  criticalDependencyMajorChange,
  installScriptAdded,
  criticalDependencyDeprecated,
  criticalDependencyOutdated,
  lockfileUnreadable,
  lockfileNotFound,
  dependencySourceUnavailable,
  dependencyMetadataSkipped,
];
