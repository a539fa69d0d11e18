import type { Rule } from '../../../rules/registry.js';
import type { MonitorRun } from '../../../operate/monitor.js';
import { monitorCapped } from './monitor-capped.js';
import { monitorCertificateExpiring } from './monitor-certificate-expiring.js';
import { monitorHistoryUnreadable } from './monitor-history-unreadable.js';
import { monitorNoTarget } from './monitor-no-target.js';
import { monitorPathDown } from './monitor-path-down.js';
import { monitorPathFailing } from './monitor-path-failing.js';
import { monitorPathRecovered } from './monitor-path-recovered.js';
import { monitorSilent } from './monitor-silent.js';

export const MONITOR_RULES: readonly Rule<MonitorRun>[] = [
  monitorNoTarget, monitorPathDown, monitorPathFailing, monitorPathRecovered, monitorSilent, monitorCertificateExpiring, monitorHistoryUnreadable, monitorCapped,
];
