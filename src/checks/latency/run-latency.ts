import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { rootCertificates } from 'node:tls';
import { buildRequest, InvalidRequestError } from '../../http/build-request.js';
import { HttpClient, type TransportFailureKind } from '../../http/client.js';
import { declaredOrigins, headersForUrl } from '../../http/origin-guard.js';
import { signIn, type SignInResult } from '../../http/session.js';
import { Templater } from '../../http/templater.js';
import type { ManifestPath } from '../../manifest/load.js';
import { VERSION } from '../../version.js';
import type { CheckContext } from '../check.js';
import { compareWithBaseline } from './baseline.js';
import { DEFAULTS } from './caps.js';
import { generateLoad, type EndpointTally, type LoadEndpoint } from './load-generator.js';
import { emptyOutcome, type EndpointOutcome, type EndpointPlan, type LatencyRun, type LatencySection, type Shard, type Site } from './model.js';
import { planLoad } from './plan.js';
import { importK6 } from './import-k6.js';
import { mergeInputFiles, mergeShardReports } from './merge.js';
import { resolveTarget } from './target.js';

/** Failures that mean nothing reached the app at all. */
const CONNECTION_FAILURES = new Set<string>(['refused', 'dns', 'tls', 'connect-timeout'] satisfies TransportFailureKind[]);

/**
 * Runs the latency section: resolves the origin, plans the load within the caps, signs each session
 * in once, builds every endpoint's request, sends the load, and compares with the baseline. Returns
 * what happened; the rules decide what it means.
 */
export async function runLatency(ctx: CheckContext, section: LatencySection): Promise<LatencyRun> {
  const file = ctx.manifest.file;
  const site = (path: ManifestPath, part: 'key' | 'value' = 'value'): Site => {
    const at = ctx.manifest.locate(path, part) ?? ctx.manifest.locate(path.slice(0, -1), 'key');
    return { file, line: at?.line, column: at?.column };
  };
  const sectionSite = site(['latency'], 'key');
  const run: LatencyRun = { file, sectionSite, loadSite: sectionSite, problems: [], capped: [], endpoints: [] };

  // Results made elsewhere (shard reports, a k6 run) are gated here without sending anything.
  const mergeInput = ctx.input('merge')?.trim();
  const k6Input = ctx.input('import-k6')?.trim();
  if (mergeInput || k6Input) return gateResults(ctx, section, run, site, mergeInput, k6Input);

  let shard: Shard | undefined;
  const shardInput = ctx.input('shard')?.trim();
  if (shardInput) {
    shard = parseShard(shardInput);
    if (!shard) {
      run.problems.push({ rule: 'latency-setting-refused', site: sectionSite, message: `shard "${shardInput}" is not i/N with 1 ≤ i ≤ N ≤ ${MAX_SHARDS} (e.g. 2/4); nothing was sent` });
      return run;
    }
    run.shard = shard;
  }

  const resolution = resolveTarget(ctx, section);
  if (resolution.kind === 'problem') {
    run.problems.push({ rule: 'latency-no-target', site: site(resolution.path, resolution.path.length === 1 ? 'key' : 'value'), message: resolution.message });
    return run;
  }
  const base = resolution.base;
  run.target = { url: base.href, origin: base.origin, ...(resolution.environment ? { environment: resolution.environment } : {}), source: resolution.source };

  const planned = planLoad(section, site, shard);
  if ('refused' in planned) {
    run.problems.push(...planned.refused.map((n) => ({ ...n, rule: 'latency-setting-refused' as const })));
    return run;
  }
  const plan = planned.plan;
  run.plan = plan;
  run.capped = planned.capped;
  if (section.rate !== undefined) run.loadSite = site(['latency', 'rate'], 'key');

  let ca: string | undefined;
  if (section['ca-file']) {
    const path = section['ca-file'];
    try {
      ca = await readFile(isAbsolute(path) ? path : resolve(ctx.cwd, path), 'utf8');
    } catch (error) {
      run.problems.push({ rule: 'latency-invalid-request', site: site(['latency', 'ca-file']), message: `ca-file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); nothing was sent` });
      return run;
    }
  }

  const prepared = await prepareEndpoints(ctx, plan.endpoints, base, plan.timeoutMs, ca, run, site);
  const loadable = prepared.filter((p): p is { plan: EndpointPlan; load: LoadEndpoint } => p.load !== undefined);
  if (loadable.length === 0 || run.problems.some((p) => p.rule === 'latency-unreachable')) {
    run.endpoints = prepared.map((p) => emptyOutcome(p.plan));
    return run;
  }

  const result = await generateLoad({
    origin: base.origin,
    endpoints: loadable.map((p) => p.load),
    warmupMs: plan.warmupMs,
    durationMs: plan.durationMs,
    timeoutMs: plan.timeoutMs,
    maxInFlight: plan.maxInFlight,
    maxRequests: plan.maxRequests,
    stop: plan.stop,
    signal: ctx.signal,
    userAgent: userAgent(),
    // Giving `ca` replaces Node's bundled roots, so they are added back (as the smoke client does).
    ...(ca ? { connect: { ca: [ca, ...rootCertificates] } } : {}),
  });
  const { endpoints: tallies, ...load } = result;
  run.load = load;
  run.endpoints = prepared.map((p) => {
    const at = loadable.findIndex((l) => l.plan === p.plan);
    return at < 0 ? emptyOutcome(p.plan) : outcome(p.plan, tallies[at]!);
  });

  const baselinePath = ctx.input('baseline')?.trim() || section.baseline;
  if (baselinePath) {
    const baselineSite = ctx.input('baseline')?.trim() ? sectionSite : site(['latency', 'baseline']);
    run.baseline = await compareWithBaseline(baselinePath, ctx.cwd, baselineSite, run.endpoints);
  }
  return run;
}

/** More shards than this would split even the largest allowed rate into trickles. */
const MAX_SHARDS = 100;

/** "2/4" → shard 2 of 4. */
export function parseShard(value: string): Shard | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}

/** `latency merge` and `latency import-k6`: the manifest's thresholds and baseline applied to results made elsewhere. */
async function gateResults(
  ctx: CheckContext, section: LatencySection, run: LatencyRun, site: (path: ManifestPath) => Site, mergeInput: string | undefined, k6Input: string | undefined,
): Promise<LatencyRun> {
  const planned = planLoad(section, site);
  if ('refused' in planned) {
    run.problems.push(...planned.refused.map((n) => ({ ...n, rule: 'latency-setting-refused' as const })));
    return run;
  }
  run.plan = planned.plan;
  const plans = planned.plan.endpoints;
  if (mergeInput) {
    const { files, unmatched } = mergeInputFiles(mergeInput, ctx.cwd);
    run.inputProblems = unmatched.map((pattern) => ({ rule: 'latency-merge-refused' as const, file: pattern, message: `no report matches ${pattern}` }));
    if (files.length === 0) {
      run.inputProblems.push({ rule: 'latency-merge-refused', file: mergeInput, message: 'latency merge was given no report to merge' });
      run.endpoints = plans.map(emptyOutcome);
      return run;
    }
    await mergeShardReports(files, ctx.cwd, plans, run);
  } else {
    await importK6(k6Input!, ctx.cwd, plans, run);
  }
  const baselinePath = ctx.input('baseline')?.trim() || section.baseline;
  if (baselinePath) {
    const baselineSite = ctx.input('baseline')?.trim() ? run.sectionSite : site(['latency', 'baseline']);
    run.baseline = await compareWithBaseline(baselinePath, ctx.cwd, baselineSite, run.endpoints);
  }
  return run;
}

function userAgent(): string {
  return `release-gate/${VERSION} (latency)`;
}

/**
 * Signs in every session an endpoint uses, once, and builds each endpoint's request. Session headers
 * and cookies go only to the origin (headersForUrl); the request line cannot name another origin.
 */
async function prepareEndpoints(
  ctx: CheckContext, endpoints: EndpointPlan[], base: URL, timeoutMs: number, ca: string | undefined, run: LatencyRun, site: (path: ManifestPath) => Site,
): Promise<{ plan: EndpointPlan; load?: LoadEndpoint }[]> {
  const sessionDefs = ctx.manifest.data.sessions ?? {};
  const firstSession = Object.keys(sessionDefs)[0];
  const templater = new Templater(ctx.env, new Map(), ctx.masker);
  const client = new HttpClient({ ca, userAgent: userAgent() });
  const sessions = new Map<string, SignInResult>();
  const out: { plan: EndpointPlan; load?: LoadEndpoint }[] = [];
  try {
    for (const plan of endpoints) {
      const name = plan.spec.anonymous ? undefined : plan.spec.session ?? firstSession;
      plan.session = name;
      let signed: SignInResult | undefined;
      if (name !== undefined && sessionDefs[name]) {
        signed = sessions.get(name);
        if (!signed) {
          signed = await signIn(name, sessionDefs[name], { client, base, templater, masker: ctx.masker, timeoutMs, signal: ctx.signal, retries: DEFAULTS.signInRetries, allowedOrigins: declaredOrigins(ctx.manifest.data.environments, base) });
          sessions.set(name, signed);
          if (!signed.ok) {
            const f = signed.failure;
            const unreachable = f.error !== undefined && CONNECTION_FAILURES.has(f.error.kind);
            run.problems.push({
              rule: unreachable ? 'latency-unreachable' : 'latency-sign-in-failed',
              site: site(['sessions', name, f.phase]),
              message: `session "${name}" could not sign in (${f.phase}): ${f.message}${f.exchange ? ` (HTTP ${f.exchange.response.status})` : ''}. Its endpoints were not loaded`,
            });
          }
        }
        if (!signed.ok) {
          out.push({ plan });
          continue;
        }
      }
      const session = signed?.ok ? signed.session : undefined;
      let request;
      try {
        request = buildRequest(plan.spec, base, templater.with(new Map(session?.captures ?? [])), session?.headers);
      } catch (error) {
        if (!(error instanceof InvalidRequestError)) throw error;
        run.problems.push({ rule: 'latency-invalid-request', site: plan.site, message: `endpoint "${plan.name}" (${plan.label}) cannot be sent: ${error.message}` });
        out.push({ plan });
        continue;
      }
      out.push({
        plan,
        load: {
          method: request.method,
          path: `${request.url.pathname}${request.url.search}`,
          headers: headersForUrl(request.url, base.origin, { plain: request.headers, credentials: request.credentials ?? {} }),
          ...(request.body !== undefined ? { body: request.body } : {}),
          rate: plan.rate,
          ...(session ? { jar: session.jar } : {}),
          ...(plan.thresholds.windowMs ? { windowMs: plan.thresholds.windowMs } : {}),
        },
      });
    }
  } finally {
    await client.close();
  }
  return out;
}

function outcome(plan: EndpointPlan, tally: EndpointTally): EndpointOutcome {
  const failures = Object.fromEntries([...tally.failures].map(([kind, f]) => [kind, { count: f.count, example: f.example }]));
  const kinds = Object.keys(failures);
  return {
    plan,
    loaded: true,
    histogram: tally.histogram,
    due: tally.due,
    errors: tally.errors,
    dropped: tally.dropped,
    statuses: Object.fromEntries([...tally.statuses].sort(([a], [b]) => a - b).map(([status, count]) => [String(status), count])),
    failures,
    unreachable: tally.due > 0 && tally.statuses.size === 0 && kinds.length > 0 && kinds.every((k) => CONNECTION_FAILURES.has(k)),
    windows: tally.windows.map(({ startMs, histogram, due, errors }) => ({ startMs, histogram, due, errors })),
  };
}

