import type { Rule } from '../../../rules/registry.js';
import type { LatencyRun } from '../model.js';
import { latencyBaselineInvalid } from './latency-baseline-invalid.js';
import { latencyCapped } from './latency-capped.js';
import { latencyErrorRateExceeded } from './latency-error-rate-exceeded.js';
import { latencyInvalidRequest } from './latency-invalid-request.js';
import { latencyMaxExceeded } from './latency-max-exceeded.js';
import { latencyNoTarget } from './latency-no-target.js';
import { latencyP95Exceeded } from './latency-p95-exceeded.js';
import { latencyP99Exceeded } from './latency-p99-exceeded.js';
import { latencyRateNotReached } from './latency-rate-not-reached.js';
import { latencyRegression } from './latency-regression.js';
import { latencySaturated } from './latency-saturated.js';
import { latencySettingRefused } from './latency-setting-refused.js';
import { latencySignInFailed } from './latency-sign-in-failed.js';
import { latencyStoppedEarly } from './latency-stopped-early.js';
import { latencyUnreachable } from './latency-unreachable.js';
import { latencyWindowExceeded } from './latency-window-exceeded.js';
import { latencyMergeRefused } from './latency-merge-refused.js';
import { latencyImportInvalid } from './latency-import-invalid.js';

export const LATENCY_RULES: readonly Rule<LatencyRun>[] = [
  latencyNoTarget,
  latencySettingRefused,
  latencyInvalidRequest,
  latencySignInFailed,
  latencyUnreachable,
  latencyCapped,
  latencyP95Exceeded,
  latencyP99Exceeded,
  latencyMaxExceeded,
  latencyErrorRateExceeded,
  latencyWindowExceeded,
  latencyRegression,
  latencyBaselineInvalid,
  latencyStoppedEarly,
  latencyRateNotReached,
  latencySaturated,
  latencyMergeRefused,
  latencyImportInvalid,
];
