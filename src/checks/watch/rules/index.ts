import type { Rule } from '../../../rules/registry.js';
import type { WatchRun } from '../../../operate/watch.js';
import { watchAppErrorRate } from './watch-app-error-rate.js';
import { watchCapped } from './watch-capped.js';
import { watchErrorRate } from './watch-error-rate.js';
import { watchNoTarget } from './watch-no-target.js';
import { watchP95 } from './watch-p95.js';
import { watchSourceUnreadable } from './watch-source-unreadable.js';

export const WATCH_RULES: readonly Rule<WatchRun>[] = [watchNoTarget, watchErrorRate, watchP95, watchAppErrorRate, watchSourceUnreadable, watchCapped];
