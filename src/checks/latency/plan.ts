import { durationMs } from '../../http/duration.js';
import type { ManifestPath } from '../../manifest/load.js';
import { CAPS, DEFAULTS } from './caps.js';
import type { EndpointPlan, LatencySection, LoadPlan, Notice, Shard, Site } from './model.js';

export type PlanResult = { plan: LoadPlan; capped: Notice[] } | { refused: Notice[] };

/**
 * Turns the latency section into what the run will send: each endpoint's rate (its own, or its
 * weight's share of latency.rate), thresholds with their defaults, and every cap applied. A rate over
 * the ceiling and a run over max-requests are lowered and noted; a run over 10 minutes or a timeout
 * over 60 s is refused, since the manifest then asks for something unsafe.
 */
export function planLoad(section: LatencySection, site: (path: ManifestPath) => Site, shard?: Shard): PlanResult {
  // A shard sends its share of everything: N shards together send what one run would, within the same caps.
  const part = shard ? 1 / shard.count : 1;
  const refused: Notice[] = [];
  const capped: Notice[] = [];

  const warmupMs = durationMs(section.warmup, DEFAULTS.warmupMs);
  const measuredMs = durationMs(section.duration, DEFAULTS.durationMs);
  const timeoutMs = durationMs(section.timeout, DEFAULTS.timeoutMs);
  if (warmupMs + measuredMs > CAPS.maxRunMs) {
    const asked = section.warmup !== undefined ? `warmup ${formatSpan(warmupMs)} plus duration ${formatSpan(measuredMs)}` : `duration ${formatSpan(measuredMs)}`;
    refused.push({ site: site(['latency', section.duration !== undefined ? 'duration' : 'warmup']), message: `${asked} is longer than the ${formatSpan(CAPS.maxRunMs)} a latency run may last; nothing was sent` });
  }
  if (measuredMs <= 0) refused.push({ site: site(['latency', 'duration']), message: 'duration is 0: there would be nothing to measure' });
  if (timeoutMs > CAPS.maxTimeoutMs) {
    refused.push({ site: site(['latency', 'timeout']), message: `timeout ${formatSpan(timeoutMs)} is longer than the ${formatSpan(CAPS.maxTimeoutMs)} a request may take; nothing was sent` });
  }
  if (timeoutMs <= 0) refused.push({ site: site(['latency', 'timeout']), message: 'timeout is 0: every request would fail' });
  const windows: [ManifestPath, number | string | undefined][] = [[['latency', 'window'], section.window], ...section.endpoints.map((e, i): [ManifestPath, number | string | undefined] => [['latency', 'endpoints', i, 'window'], e.window])];
  for (const [path, value] of windows) {
    const ms = optionalMs(value);
    if (ms !== undefined && ms < DEFAULTS.windowMinMs) refused.push({ site: site(path), message: `window ${formatSpan(ms)} is shorter than ${formatSpan(DEFAULTS.windowMinMs)}: its p95 would rest on a handful of requests` });
  }

  // Endpoints with their own rate keep it; the others share latency.rate by weight.
  const shared = section.endpoints.filter((e) => e.rate === undefined);
  const sharedRate = section.rate ?? DEFAULTS.rate;
  const totalWeight = shared.reduce((sum, e) => sum + (e.weight ?? 1), 0);
  const asked = section.endpoints.map((e) => (e.rate ?? (sharedRate * (e.weight ?? 1)) / totalWeight) * part);
  const askedRate = asked.reduce((a, b) => a + b, 0);

  const ceiling = Math.min(section['max-rate'] ?? CAPS.defaultMaxRate, CAPS.absoluteMaxRate) * part;
  const scale = askedRate > ceiling ? ceiling / askedRate : 1;
  const rateSite = site(['latency', section.rate !== undefined ? 'rate' : 'endpoints']);
  if (scale < 1) {
    const how = section['max-rate'] !== undefined
      ? `the max-rate of ${formatRate(ceiling)}`
      : `the default ceiling of ${formatRate(CAPS.defaultMaxRate)}; set max-rate (at most ${formatRate(CAPS.absoluteMaxRate)}) to go higher`;
    capped.push({ site: rateSite, message: `the endpoints ask for ${formatRate(askedRate)} together, more than ${how}. The run sent ${formatRate(ceiling)}, each endpoint in proportion` });
  }
  const rate = askedRate * scale;

  const maxRequests = Math.floor(Math.min(section['max-requests'] ?? CAPS.defaultMaxRequests, CAPS.absoluteMaxRequests) * part);
  let warmup = warmupMs;
  let duration = measuredMs;
  if (Math.floor((rate * (warmup + duration)) / 1000) > maxRequests) {
    const fitMs = Math.floor((maxRequests * 1000) / rate);
    if (fitMs <= warmup) warmup = 0;
    duration = fitMs - warmup;
    const why = section['max-requests'] !== undefined ? `max-requests (${maxRequests.toLocaleString('en-US')})` : `the default cap of ${maxRequests.toLocaleString('en-US')} requests per run; set max-requests (at most ${CAPS.absoluteMaxRequests.toLocaleString('en-US')}) to send more`;
    capped.push({
      site: site(['latency', section['max-requests'] !== undefined ? 'max-requests' : section.duration !== undefined ? 'duration' : 'endpoints']),
      message: `${formatRate(rate)} for ${formatSpan(warmupMs + measuredMs)} is more than ${why}. The run was shortened to ${formatSpan(warmup + duration)}${warmup !== warmupMs ? ' without warmup' : ''}`,
    });
  }
  const plannedRequests = Math.floor((rate * (warmup + duration)) / 1000);
  if (refused.length === 0 && Math.floor((rate * duration) / 1000) < 1) {
    refused.push({ site: rateSite, message: `${formatRate(rate)} for ${formatSpan(duration)} is not even one request; raise rate or duration` });
  }
  if (refused.length) return { refused };

  const endpoints: EndpointPlan[] = section.endpoints.map((e, index) => ({
    index,
    name: e.name ?? e.request,
    label: e.request,
    site: site(['latency', 'endpoints', index]),
    askedRate: asked[index]!,
    rate: asked[index]! * scale,
    thresholds: {
      p95Ms: optionalMs(e.p95 ?? section.p95),
      p99Ms: optionalMs(e.p99 ?? section.p99),
      maxMs: optionalMs(e.max ?? section.max),
      errorRate: share(e['error-rate'] ?? section['error-rate'], DEFAULTS.errorRate),
      ...windowOf(e.window ?? section.window),
    },
    spec: e,
  }));

  return {
    capped,
    plan: {
      endpoints,
      askedRate,
      rate,
      ceiling,
      warmupMs: warmup,
      durationMs: duration,
      timeoutMs,
      maxRequests,
      plannedRequests,
      maxInFlight: CAPS.maxInFlight,
      stop: { errorRate: share(section['stop-error-rate'], DEFAULTS.stopErrorRate), window: DEFAULTS.stopWindow, minimum: DEFAULTS.stopMinimum },
      regression: {
        relative: share(section.regression?.relative, DEFAULTS.regressionRelative),
        absoluteMs: durationMs(section.regression?.absolute, DEFAULTS.regressionAbsoluteMs),
      },
    },
  };
}

/** A share written as 0.05 or "5%". */
export function share(value: number | string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  // The schema refused anything else; the fallback only guards hand-built manifests.
  return match ? Number(match[1]) / 100 : fallback;
}

function windowOf(value: number | string | undefined): { windowMs?: number } {
  const ms = optionalMs(value);
  return ms ? { windowMs: ms } : {};
}

function optionalMs(value: number | string | undefined): number | undefined {
  return value === undefined ? undefined : durationMs(value, 0);
}

export function formatRate(perSecond: number): string {
  return `${Number(perSecond.toFixed(perSecond < 10 ? 2 : 1)).toLocaleString('en-US')}/s`;
}

/** 90s → 1m30s, 500 → 500ms. */
export function formatSpan(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = Math.round(ms / 100) / 10;
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest ? `${minutes}m${rest}s` : `${minutes}m`;
}

export function formatPercent(value: number): string {
  return `${Number((value * 100).toFixed(value < 0.01 ? 2 : 1))}%`;
}
