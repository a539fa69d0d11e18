import type { Rule } from '../../../rules/registry.js';
import type { SmokeRun } from '../model.js';
import { smokeAccessNotDenied } from './smoke-access-not-denied.js';
import { smokeCleanupFailed } from './smoke-cleanup-failed.js';
import { smokeDeploymentSkipped } from './smoke-deployment-skipped.js';
import { smokeInvalidRequest } from './smoke-invalid-request.js';
import { smokeLoginFailed } from './smoke-login-failed.js';
import { smokeNoTarget } from './smoke-no-target.js';
import { smokeRolloutTimeout } from './smoke-rollout-timeout.js';
import { smokeSessionLost } from './smoke-session-lost.js';
import { smokeSkippedAfterFailure } from './smoke-skipped-after-failure.js';
import { smokeStepFailed } from './smoke-step-failed.js';
import { smokeTimeout } from './smoke-timeout.js';
import { smokeTlsError } from './smoke-tls-error.js';
import { smokeUnreachable } from './smoke-unreachable.js';

export const SMOKE_RULES: readonly Rule<SmokeRun>[] = [
  smokeNoTarget,
  smokeDeploymentSkipped,
  smokeInvalidRequest,
  smokeRolloutTimeout,
  smokeUnreachable,
  smokeTlsError,
  smokeTimeout,
  smokeLoginFailed,
  smokeStepFailed,
  smokeSessionLost,
  smokeAccessNotDenied,
  smokeCleanupFailed,
  smokeSkippedAfterFailure,
];
