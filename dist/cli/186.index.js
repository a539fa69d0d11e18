export const id = 186;
export const ids = [186];
export const modules = {

/***/ 3186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decodeHistogram: () => (/* reexport */ decodeHistogram),
  encodeHistogram: () => (/* reexport */ encodeHistogram),
  latencyCheck: () => (/* binding */ latencyCheck),
  mergeHistograms: () => (/* reexport */ mergeHistograms)
});

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(4964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(4669);
// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/JsHistogramFactory.js
var JsHistogramFactory = __webpack_require__(801);
// EXTERNAL MODULE: ./node_modules/hdr-histogram-js/dist/JsHistogram.encoding.js
var JsHistogram_encoding = __webpack_require__(4984);
;// CONCATENATED MODULE: ./src/checks/latency/histogram.ts
// The pure-JS parts of hdr-histogram-js, imported one by one: the package's index also loads its
// WebAssembly build, which the bundle does not need.


/** Histograms count microseconds: 3 significant digits keep every percentile within 0.1%. */
const HISTOGRAM_UNIT = 'microseconds';
const SIGNIFICANT_DIGITS = 3;
const Int32Histogram = (0,JsHistogramFactory.constructorFromBucketSize)(32);
/** An empty histogram of latencies in microseconds; it grows to whatever value is recorded. */
function createHistogram() {
    // Counts are 32-bit: far more than the 600,000 requests a run may send.
    const histogram = new Int32Histogram(1, 2, SIGNIFICANT_DIGITS);
    histogram.autoResize = true;
    return histogram;
}
/**
 * A histogram for one time window: 2 significant digits (percentiles within 1%) keep a 10-minute run
 * cut into windows a few megabytes, where 3 digits would cost ten times that.
 */
function createWindowHistogram() {
    const histogram = new Int32Histogram(1, 2, 2);
    histogram.autoResize = true;
    return histogram;
}
/** The V2 compressed encoding as base64 ("HISTF…"), which every HdrHistogram implementation reads. */
function encodeHistogram(histogram) {
    return histogram.encodeIntoCompressedBase64();
}
/** Reads an encoded histogram; throws on anything that is not one. */
function decodeHistogram(encoded) {
    const histogram = (0,JsHistogram_encoding/* doDecode */.Wh)((0,JsHistogram_encoding/* decompress */.mF)(Buffer.from(encoded.trim(), 'base64')), 32);
    histogram.autoResize = true;
    return histogram;
}
/**
 * Adds encoded histograms together (several runs, several jobs). Counts add bucket by bucket, so the
 * merge is exact: the result is the histogram one run recording every value would have made.
 */
function mergeHistograms(encoded) {
    const merged = createHistogram();
    for (const one of encoded)
        addHistogram(merged, decodeHistogram(one));
    return merged;
}
/**
 * Adds `from` into `into`, bucket by bucket. hdr-histogram-js adds arrays directly only when both
 * have the same bucket count, which auto-resized histograms of different maxima never do; its general
 * path walks an iterator per value. This walks the counts array once: three times faster on a merge of
 * 100 shard reports, and the same result, since both sides have the same precision.
 */
function addHistogram(into, from) {
    if (into.bucketCount === from.bucketCount && into.subBucketCount === from.subBucketCount && into.unitMagnitude === from.unitMagnitude) {
        into.add(from);
        return;
    }
    const length = from.countsArrayLength;
    for (let i = 0; i < length; i++) {
        const count = from.getCountAtIndex(i);
        if (count > 0)
            into.recordValueWithCount(from.valueFromIndex(i), count);
    }
}
/** Percentiles in milliseconds to a tenth; undefined when nothing was recorded. */
function percentiles(histogram) {
    if (histogram.totalCount === 0)
        return undefined;
    // Every rule and the metrics ask again; the mean alone walks every bucket. A histogram that was
    // recorded into since has another count and is computed anew.
    const known = computed.get(histogram);
    if (known && known.count === histogram.totalCount)
        return known;
    const result = compute(histogram);
    computed.set(histogram, result);
    return result;
}
const computed = new WeakMap();
function compute(histogram) {
    const ms = (us) => Math.round(us / 100) / 10;
    return {
        count: histogram.totalCount,
        p50Ms: ms(histogram.getValueAtPercentile(50)),
        p90Ms: ms(histogram.getValueAtPercentile(90)),
        p95Ms: ms(histogram.getValueAtPercentile(95)),
        p99Ms: ms(histogram.getValueAtPercentile(99)),
        // The top of the highest bucket, not the raw maximum: what a decoded or merged histogram says too.
        maxMs: ms(histogram.getValueAtPercentile(100)),
        meanMs: ms(histogram.mean),
    };
}

;// CONCATENATED MODULE: ./src/checks/latency/metrics.ts

const round = (n, digits = 1) => Number(n.toFixed(digits));
/**
 * The latency check's metrics. `endpoints[]` keeps the names the architecture fixes (name, count,
 * errors, p50Ms, p95Ms, p99Ms, maxMs); `histogram` fields are HdrHistogram V2 encodings in
 * microseconds that `mergeHistograms` (or any HdrHistogram library) adds up exactly.
 */
function latencyMetrics(run) {
    const metrics = {};
    if (run.target) {
        metrics.url = run.target.url;
        if (run.target.environment)
            metrics.environment = run.target.environment;
        metrics.source = run.target.source;
    }
    const { plan, load } = run;
    if (plan) {
        metrics.rate = {
            asked: round(plan.askedRate, 2),
            planned: round(plan.rate, 2),
            ceiling: plan.ceiling,
            achieved: load ? round(load.achievedRate, 2) : 0,
        };
        metrics.achievedRate = load ? round(load.achievedRate, 2) : 0;
        metrics.warmupMs = plan.warmupMs;
        metrics.durationMs = plan.durationMs;
        metrics.timeoutMs = plan.timeoutMs;
    }
    if (load) {
        metrics.measuredMs = load.measuredMs;
        metrics.requests = { planned: plan?.plannedRequests ?? 0, sent: load.sentTotal, measured: load.due, dropped: load.dropped };
    }
    if (run.shard)
        metrics.shard = run.shard;
    if (run.source && run.source.kind !== 'load')
        metrics.source = run.source.kind === 'merge' ? { merged: run.source.files } : { k6: run.source.file, ...(run.source.summaryOnly ? { summaryOnly: true } : {}) };
    metrics.histogramUnit = HISTOGRAM_UNIT;
    metrics.endpoints = run.endpoints.map(endpointMetrics);
    if (load) {
        const errors = run.endpoints.reduce((n, e) => n + e.errors, 0);
        metrics.overall = { name: 'overall', ...numbers(load.overall, load.due, errors), histogram: encodeHistogram(load.overall) };
        metrics.generator = {
            sendLagP50Ms: round(load.sendLag.getValueAtPercentile(50) / 1000, 2),
            sendLagP95Ms: round(load.sendLag.getValueAtPercentile(95) / 1000, 2),
            sendLagP99Ms: round(load.sendLag.getValueAtPercentile(99) / 1000, 2),
            peakInFlight: load.peakInFlight,
            maxInFlight: plan?.maxInFlight,
        };
        if (load.stopped)
            metrics.stopped = { reason: load.stopped.message, afterMs: Math.round(load.stopped.afterMs) };
    }
    if (run.baseline && !run.baseline.problem) {
        metrics.baseline = {
            file: run.baseline.file,
            endpoints: run.baseline.endpoints.map((c) => ({ name: c.name, p95Ms: c.p95Ms, baselineP95Ms: c.baselineP95Ms })),
            ...(run.baseline.missing.length ? { missing: run.baseline.missing } : {}),
        };
    }
    return metrics;
}
function endpointMetrics(e) {
    const { thresholds } = e.plan;
    return {
        name: e.plan.name,
        request: e.plan.label,
        ...(e.plan.session ? { session: e.plan.session } : {}),
        rate: round(e.plan.rate, 2),
        ...numbers(e.histogram, e.due, e.errors, e.summary),
        dropped: e.dropped,
        statuses: e.statuses,
        ...(Object.keys(e.failures).length ? { failures: Object.fromEntries(Object.entries(e.failures).map(([k, f]) => [k, f.count])) } : {}),
        thresholds: {
            ...(thresholds.p95Ms !== undefined ? { p95Ms: thresholds.p95Ms } : {}),
            ...(thresholds.p99Ms !== undefined ? { p99Ms: thresholds.p99Ms } : {}),
            ...(thresholds.maxMs !== undefined ? { maxMs: thresholds.maxMs } : {}),
            errorRate: thresholds.errorRate,
        },
        ...(e.summary ? { summaryOnly: true } : e.loaded ? { histogram: encodeHistogram(e.histogram) } : { loaded: false }),
        ...(thresholds.windowMs !== undefined && e.loaded ? { windowMs: thresholds.windowMs, windows: e.windows.map((w) => windowMetrics(w)) } : {}),
    };
}
/** One window: its counts, its p95, and its histogram so shards' windows merge exactly too. */
function windowMetrics(w) {
    const p = percentiles(w.histogram);
    return { startMs: w.startMs, count: w.due, errors: w.errors, p95Ms: p?.p95Ms ?? null, histogram: encodeHistogram(w.histogram) };
}
/** count (requests due), errors, the error rate and the percentiles; null percentiles when nothing was timed. */
function numbers(histogram, count, errors, summary) {
    const p = summary ? { p50Ms: summary.p50Ms, p90Ms: summary.p90Ms, p95Ms: summary.p95Ms, p99Ms: summary.p99Ms, maxMs: summary.maxMs, meanMs: summary.meanMs } : percentiles(histogram);
    return {
        count,
        errors,
        errorRate: count > 0 ? round(errors / count, 4) : 0,
        samples: histogram.totalCount,
        p50Ms: p?.p50Ms ?? null,
        p90Ms: p?.p90Ms ?? null,
        p95Ms: p?.p95Ms ?? null,
        p99Ms: p?.p99Ms ?? null,
        maxMs: p?.maxMs ?? null,
        meanMs: p?.meanMs ?? null,
    };
}

// EXTERNAL MODULE: ./src/http/duration.ts
var http_duration = __webpack_require__(7810);
;// CONCATENATED MODULE: ./src/checks/latency/caps.ts
/**
 * Hard limits on the load one run may send. A latency check points real traffic at a real
 * environment, often production, from a shared runner: a typo such as `rate: 5000` must not become
 * an outage. docs/checks/latency.md lists these; keep the two in step.
 */
const CAPS = {
    /** Requests per second, all endpoints together, unless `max-rate` raises it. */
    defaultMaxRate: 50,
    /** `max-rate` cannot go above this (the schema refuses more; the code clamps again). */
    absoluteMaxRate: 1000,
    /** `warmup` + `duration`. Longer runs are refused, not shortened: the manifest asks for something unsafe. */
    maxRunMs: 10 * 60_000,
    /** Requests per run, warmup included, unless `max-requests` raises it. */
    defaultMaxRequests: 30_000,
    absoluteMaxRequests: 600_000,
    /** One request's timeout. */
    maxTimeoutMs: 60_000,
    /**
     * Requests waiting for a response at once. A request due while this many are waiting is not sent:
     * it is recorded as an error at its due time (never silently skipped), so a stalled app cannot make
     * the run open thousands of connections.
     */
    maxInFlight: 1000,
};
const DEFAULTS = {
    rate: 10,
    durationMs: 30_000,
    warmupMs: 0,
    timeoutMs: 10_000,
    /** Share of failed requests an endpoint may have. */
    errorRate: 0.01,
    /** Early stop: this share of the last `stopWindow` requests failed, once `stopMinimum` have finished. */
    stopErrorRate: 0.5,
    stopWindow: 50,
    stopMinimum: 20,
    /** A p95 regression must be worse than the baseline by both margins. */
    regressionRelative: 0.2,
    regressionAbsoluteMs: 25,
    /** Sign-in requests are retried like smoke's (they run before the load). */
    signInRetries: 2,
    /** A window with fewer requests than this is not judged: its p95 would be one or two requests. */
    windowMinimum: 10,
    /** Windows shorter than this are refused (latency-setting-refused). */
    windowMinMs: 1000,
};
/**
 * The generator is behind its schedule when more than 5% of requests go out this late: its own delay
 * could then move the reported p95. It reports latency-rate-not-reached; the latencies still count the
 * delay (they are measured from due times), so they err on the slow side.
 */
const LAG_LIMIT = {
    p95Ms: 25,
    /** The rate actually sent, as a share of the rate asked. */
    minRateShare: 0.95,
};

;// CONCATENATED MODULE: ./src/checks/latency/plan.ts


/**
 * Turns the latency section into what the run will send: each endpoint's rate (its own, or its
 * weight's share of latency.rate), thresholds with their defaults, and every cap applied. A rate over
 * the ceiling and a run over max-requests are lowered and noted; a run over 10 minutes or a timeout
 * over 60 s is refused, since the manifest then asks for something unsafe.
 */
function planLoad(section, site, shard) {
    // A shard sends its share of everything: N shards together send what one run would, within the same caps.
    const part = shard ? 1 / shard.count : 1;
    const refused = [];
    const capped = [];
    const warmupMs = (0,http_duration/* durationMs */.p)(section.warmup, DEFAULTS.warmupMs);
    const measuredMs = (0,http_duration/* durationMs */.p)(section.duration, DEFAULTS.durationMs);
    const timeoutMs = (0,http_duration/* durationMs */.p)(section.timeout, DEFAULTS.timeoutMs);
    if (warmupMs + measuredMs > CAPS.maxRunMs) {
        const asked = section.warmup !== undefined ? `warmup ${formatSpan(warmupMs)} plus duration ${formatSpan(measuredMs)}` : `duration ${formatSpan(measuredMs)}`;
        refused.push({ site: site(['latency', section.duration !== undefined ? 'duration' : 'warmup']), message: `${asked} is longer than the ${formatSpan(CAPS.maxRunMs)} a latency run may last; nothing was sent` });
    }
    if (measuredMs <= 0)
        refused.push({ site: site(['latency', 'duration']), message: 'duration is 0: there would be nothing to measure' });
    if (timeoutMs > CAPS.maxTimeoutMs) {
        refused.push({ site: site(['latency', 'timeout']), message: `timeout ${formatSpan(timeoutMs)} is longer than the ${formatSpan(CAPS.maxTimeoutMs)} a request may take; nothing was sent` });
    }
    if (timeoutMs <= 0)
        refused.push({ site: site(['latency', 'timeout']), message: 'timeout is 0: every request would fail' });
    const windows = [[['latency', 'window'], section.window], ...section.endpoints.map((e, i) => [['latency', 'endpoints', i, 'window'], e.window])];
    for (const [path, value] of windows) {
        const ms = optionalMs(value);
        if (ms !== undefined && ms < DEFAULTS.windowMinMs)
            refused.push({ site: site(path), message: `window ${formatSpan(ms)} is shorter than ${formatSpan(DEFAULTS.windowMinMs)}: its p95 would rest on a handful of requests` });
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
        if (fitMs <= warmup)
            warmup = 0;
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
    if (refused.length)
        return { refused };
    const endpoints = section.endpoints.map((e, index) => ({
        index,
        name: e.name ?? e.request,
        label: e.request,
        site: site(['latency', 'endpoints', index]),
        askedRate: asked[index],
        rate: asked[index] * scale,
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
                absoluteMs: (0,http_duration/* durationMs */.p)(section.regression?.absolute, DEFAULTS.regressionAbsoluteMs),
            },
        },
    };
}
/** A share written as 0.05 or "5%". */
function share(value, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
    // The schema refused anything else; the fallback only guards hand-built manifests.
    return match ? Number(match[1]) / 100 : fallback;
}
function windowOf(value) {
    const ms = optionalMs(value);
    return ms ? { windowMs: ms } : {};
}
function optionalMs(value) {
    return value === undefined ? undefined : (0,http_duration/* durationMs */.p)(value, 0);
}
function formatRate(perSecond) {
    return `${Number(perSecond.toFixed(perSecond < 10 ? 2 : 1)).toLocaleString('en-US')}/s`;
}
/** 90s → 1m30s, 500 → 500ms. */
function formatSpan(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = Math.round(ms / 100) / 10;
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds - minutes * 60);
    return rest ? `${minutes}m${rest}s` : `${minutes}m`;
}
function formatPercent(value) {
    return `${Number((value * 100).toFixed(value < 0.01 ? 2 : 1))}%`;
}

;// CONCATENATED MODULE: ./src/checks/latency/rules/describe.ts

/** The location part of a finding. */
function at(site) {
    return { file: site.file, ...(site.line !== undefined ? { line: site.line, column: site.column } : {}) };
}
/** `endpoint "task list" (GET /api/tasks)`: how findings name an endpoint. */
function subject(endpoint) {
    const { name, label } = endpoint.plan;
    return name === label ? `endpoint ${label}` : `endpoint "${name}" (${label})`;
}
/** 512 → "512 ms", 1534.2 → "1,534 ms", 4.25 → "4.3 ms". */
function ms(value) {
    return `${value < 10 ? Number(value.toFixed(1)) : Math.round(value).toLocaleString('en-US')} ms`;
}
function count(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
/** "1,200 requests at 20/s": the sample a percentile came from. */
function sample(endpoint) {
    return `${count(endpoint.histogram.totalCount, 'request')} at ${formatRate(endpoint.plan.rate)}`;
}

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-baseline-invalid.ts

const latencyBaselineInvalid = {
    meta: {
        id: 'latency-baseline-invalid',
        check: 'latency',
        severity: 'warning',
        description: 'The baseline report cannot be used: it is missing, is not JSON, or has no latency check, so no regression was looked for.',
        help: 'Point baseline (or the baseline input) at a JSON report of an earlier run (`--format json`, or the action\'s report output kept as an artifact).',
    },
    run(run, report) {
        if (run.baseline?.problem)
            report({ ...at(run.baseline.site), message: run.baseline.problem });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-capped.ts

const latencyCapped = {
    meta: {
        id: 'latency-capped',
        check: 'latency',
        severity: 'warning',
        description: 'The run sent less than the manifest asked for: the rate was over the ceiling (50/s unless max-rate raises it) or the run was over max-requests.',
        help: 'If the environment can take it, raise the ceiling explicitly with max-rate (at most 1000/s) or max-requests (at most 600,000); otherwise lower rate or duration so the run measures what it says.',
    },
    run(run, report) {
        for (const n of run.capped)
            report({ ...at(n.site), message: n.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-error-rate-exceeded.ts


const latencyErrorRateExceeded = {
    meta: {
        id: 'latency-error-rate-exceeded',
        check: 'latency',
        severity: 'error',
        description: 'More of an endpoint\'s requests failed under load than its error-rate allows (default 1%): no response, a timeout, or a 4xx or 5xx status.',
        help: 'Read the failure kinds in the message and the app\'s logs at the time of the run: 5xx and timeouts under load usually mean an exhausted pool (database connections, workers); 401 or 403 mean the session was lost or lacks the role.',
    },
    run(run, report) {
        if (run.shard)
            return; // one shard's share is not the whole load: `latency merge` gates it
        for (const e of run.endpoints) {
            // An endpoint that never connected is latency-unreachable, not an error rate.
            if (!e.loaded || e.unreachable || e.due === 0)
                continue;
            const rate = e.errors / e.due;
            if (rate <= e.plan.thresholds.errorRate)
                continue;
            const kinds = Object.entries(e.failures)
                .sort(([, a], [, b]) => b.count - a.count)
                .map(([kind, f]) => `${kind} ×${f.count.toLocaleString('en-US')}${kind.startsWith('status ') || !f.example ? '' : ` (${f.example})`}`);
            report({ ...at(e.plan.site), message: `${subject(e)}: ${count(e.errors, 'request')} of ${e.due.toLocaleString('en-US')} failed (${formatPercent(rate)}), over the ${formatPercent(e.plan.thresholds.errorRate)} error-rate: ${kinds.join(', ')}` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-invalid-request.ts

const latencyInvalidRequest = {
    meta: {
        id: 'latency-invalid-request',
        check: 'latency',
        severity: 'error',
        description: 'A request cannot be built: a template has no value, the URL is on another origin than the environment, or the ca-file cannot be read.',
        help: 'Set the environment variable the template reads, capture the value in the session\'s login, write the request as a path on the environment\'s origin, or fix the ca-file path.',
    },
    run(run, report) {
        for (const p of run.problems)
            if (p.rule === 'latency-invalid-request')
                report({ ...at(p.site), message: p.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/threshold.ts


/**
 * The p95, p99 and max rules differ only in the number they read: each reports, on the endpoint's
 * manifest line, an endpoint whose measured value is slower than its threshold.
 */
function thresholdRule(meta, threshold, measured, label) {
    return {
        meta,
        run(run, report) {
            if (run.shard)
                return; // one shard's share is not the whole load: `latency merge` gates it
            for (const e of run.endpoints) {
                const limit = e.plan.thresholds[threshold];
                if (limit === undefined)
                    continue;
                if (e.summary) {
                    const given = e.summary[measured];
                    if (given !== undefined && given > limit)
                        report({ ...at(e.plan.site), message: `${subject(e)}: ${label} was ${ms(given)}, over the ${ms(limit)} threshold (from a k6 summary export)` });
                    continue;
                }
                const p = percentiles(e.histogram);
                if (!p || p[measured] <= limit)
                    continue;
                const others = ['p50Ms', 'p95Ms', 'p99Ms', 'maxMs'].filter((k) => k !== measured).map((k) => `${k.replace('Ms', '')} ${ms(p[k])}`);
                report({ ...at(e.plan.site), message: `${subject(e)}: ${label} was ${ms(p[measured])}, over the ${ms(limit)} threshold (${sample(e)}; ${others.join(', ')})` });
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-max-exceeded.ts

const latencyMaxExceeded = thresholdRule({
    id: 'latency-max-exceeded',
    check: 'latency',
    severity: 'error',
    description: 'The slowest request to an endpoint took longer than its max threshold.',
    help: 'A single very slow request is usually a stall: a deploy still warming up, a full garbage collection, a lock, a timeout inside the app. Check the app\'s logs at the time of the run.',
}, 'maxMs', 'maxMs', 'the slowest request');

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-no-target.ts

const latencyNoTarget = {
    meta: {
        id: 'latency-no-target',
        check: 'latency',
        severity: 'error',
        description: 'There is no URL to load: no environment was chosen, the environment has no url, or the url input is not an http(s) URL.',
        help: 'Set latency.environment to an environment with a url, pass --environment (the environment input), or give the url input.',
    },
    run(run, report) {
        for (const p of run.problems)
            if (p.rule === 'latency-no-target')
                report({ ...at(p.site), message: p.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-p95-exceeded.ts

const latencyP95Exceeded = thresholdRule({
    id: 'latency-p95-exceeded',
    check: 'latency',
    severity: 'error',
    description: 'An endpoint\'s 95th-percentile latency under load is slower than its p95 threshold.',
    help: 'Find what the slowest requests wait on (traces, slow-query log, lock waits, a cold cache, connection pool size) and fix that; raise p95 only if the threshold was wrong for this screen.',
}, 'p95Ms', 'p95Ms', 'p95');

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-p99-exceeded.ts

const latencyP99Exceeded = thresholdRule({
    id: 'latency-p99-exceeded',
    check: 'latency',
    severity: 'error',
    description: 'An endpoint\'s 99th-percentile latency under load is slower than its p99 threshold.',
    help: 'Look for what only some requests hit: garbage-collection pauses, periodic jobs, lock contention, a slow replica, retries inside the app.',
}, 'p99Ms', 'p99Ms', 'p99');

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-rate-not-reached.ts



const latencyRateNotReached = {
    meta: {
        id: 'latency-rate-not-reached',
        check: 'latency',
        severity: 'warning',
        description: 'The generator could not keep its schedule: more than 5% of requests went out over 25 ms late, or the rate sent was under 95% of the rate planned. The latencies include the runner\'s own delay.',
        help: 'Lower the rate, or run on a larger runner; a busy shared runner (other jobs, a build in the same job) also delays the schedule. The latencies still count the delay, so they are pessimistic, not optimistic.',
    },
    run(run, report) {
        const load = run.load;
        if (!load || !run.plan || load.stopped || load.sent === 0)
            return;
        const lagP95Ms = load.sendLag.getValueAtPercentile(95) / 1000;
        const planned = run.endpoints.filter((e) => e.loaded).reduce((sum, e) => sum + e.plan.rate, 0);
        const slow = load.achievedRate < planned * LAG_LIMIT.minRateShare;
        if (lagP95Ms <= LAG_LIMIT.p95Ms && !slow)
            return;
        report({ ...at(run.loadSite), message: `the generator fell behind its schedule: it sent ${formatRate(load.achievedRate)} of the ${formatRate(planned)} planned, and 5% of requests went out more than ${ms(lagP95Ms)} late` });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-regression.ts


const latencyRegression = {
    meta: {
        id: 'latency-regression',
        check: 'latency',
        severity: 'error',
        description: 'An endpoint\'s p95 is worse than in the baseline report by more than both regression margins (default 20% and 25 ms).',
        help: 'Compare what changed since the baseline (queries, N+1 loops, a new middleware, a dependency); if the new p95 is expected, make this run\'s report the next baseline.',
    },
    run(run, report) {
        if (!run.baseline || run.baseline.problem || !run.plan || run.shard)
            return;
        const { relative, absoluteMs } = run.plan.regression;
        for (const c of run.baseline.endpoints) {
            const worse = c.p95Ms - c.baselineP95Ms;
            if (worse <= absoluteMs || c.p95Ms <= c.baselineP95Ms * (1 + relative))
                continue;
            const endpoint = run.endpoints.find((e) => e.plan.index === c.index);
            const share = c.baselineP95Ms > 0 ? ` (+${formatPercent(worse / c.baselineP95Ms)})` : '';
            report({
                ...at(endpoint.plan.site),
                message: `endpoint "${c.name}": p95 was ${ms(c.p95Ms)}, ${ms(worse)} slower than the baseline's ${ms(c.baselineP95Ms)}${share}, beyond both margins (${formatPercent(relative)} and ${ms(absoluteMs)}); baseline ${run.baseline.file}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-saturated.ts

const latencySaturated = {
    meta: {
        id: 'latency-saturated',
        check: 'latency',
        severity: 'warning',
        description: 'So many requests were waiting for a response (1000) that requests falling due were not sent; each was counted as an error at its due time.',
        help: 'The app stopped keeping up with the rate: find what it waits on. The cap keeps a stalled app from being sent thousands of connections; lower the rate or the timeout if the app is known to be slow.',
    },
    run(run, report) {
        if (!run.load || run.load.dropped === 0 || !run.plan)
            return;
        report({ ...at(run.loadSite), message: `${count(run.load.dropped, 'request')} were not sent because ${run.plan.maxInFlight.toLocaleString('en-US')} were already waiting for a response; they count as errors ("in-flight cap")` });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-setting-refused.ts

const latencySettingRefused = {
    meta: {
        id: 'latency-setting-refused',
        check: 'latency',
        severity: 'error',
        description: 'The latency section asks for a run beyond the hard limits (over 10 minutes, a timeout over 60 s, or less than one request), so nothing was sent.',
        help: 'Keep warmup plus duration within 10m and timeout within 60s. A long soak test belongs in a load-testing tool run against a staging copy, not in a release gate.',
    },
    run(run, report) {
        for (const p of run.problems)
            if (p.rule === 'latency-setting-refused')
                report({ ...at(p.site), message: p.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-sign-in-failed.ts

const latencySignInFailed = {
    meta: {
        id: 'latency-sign-in-failed',
        check: 'latency',
        severity: 'error',
        description: 'A session could not sign in before the load, so the endpoints that run in it were not measured.',
        help: 'Check the session\'s credentials (the environment variables its login reads) and its expectations; the smoke check reports the same sign-in in more detail.',
    },
    run(run, report) {
        for (const p of run.problems)
            if (p.rule === 'latency-sign-in-failed')
                report({ ...at(p.site), message: p.message });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-stopped-early.ts


const latencyStoppedEarly = {
    meta: {
        id: 'latency-stopped-early',
        check: 'latency',
        severity: 'error',
        description: 'The load stopped before its end: too many requests failed (stop-error-rate, default 50%) or the run was interrupted. The numbers cover only part of the run.',
        help: 'Fix what made the requests fail (the error-rate finding names the kinds) and run again; a failing app is not loaded further on purpose.',
    },
    run(run, report) {
        const stopped = run.load?.stopped;
        if (!stopped || !run.plan)
            return;
        // A host that never answered is latency-unreachable; saying it also stopped early adds nothing.
        const loaded = run.endpoints.filter((e) => e.loaded);
        if (loaded.length > 0 && loaded.every((e) => e.unreachable))
            return;
        const planned = formatSpan(run.plan.warmupMs + run.plan.durationMs);
        report({ ...at(run.loadSite), message: `the load stopped after ${formatSpan(stopped.afterMs)} of ${planned}: ${stopped.message}. ${run.load.sentTotal.toLocaleString('en-US')} of ${run.plan.plannedRequests.toLocaleString('en-US')} requests were sent` });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-unreachable.ts

const latencyUnreachable = {
    meta: {
        id: 'latency-unreachable',
        check: 'latency',
        severity: 'error',
        description: 'The app could not be reached: connections were refused, the name did not resolve, TLS failed, or connecting timed out.',
        help: 'Check that the deploy is up, the URL (environment url or url input) is right, and the runner can reach it (firewall, VPN, private network). Run the smoke check first: it waits for the rollout.',
    },
    run(run, report) {
        for (const p of run.problems)
            if (p.rule === 'latency-unreachable')
                report({ ...at(p.site), message: p.message });
        const loaded = run.endpoints.filter((e) => e.loaded);
        const unreachable = loaded.filter((e) => e.unreachable);
        const reason = (e) => Object.values(e.failures)[0]?.example ?? 'no connection';
        if (unreachable.length > 0 && unreachable.length === loaded.length) {
            // One finding for a host that is down, not one per endpoint.
            const errors = unreachable.reduce((n, e) => n + e.errors, 0);
            report({ ...at(run.sectionSite), message: `${run.target?.origin ?? 'the app'} could not be reached: ${count(errors, 'request')} failed to connect (${reason(unreachable[0])})` });
            return;
        }
        for (const e of unreachable)
            report({ ...at(e.plan.site), message: `${subject(e)}: all ${count(e.errors, 'request')} failed to connect (${reason(e)})` });
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-window-exceeded.ts




/**
 * Windowed thresholds (`window: 10s`): every window of the measured load, by due time, must keep its
 * p95 and error rate within the endpoint's limits, so a run whose last seconds all failed cannot pass on
 * a whole-run figure. One finding per endpoint: how many windows were over, and the worst of them.
 */
const latencyWindowExceeded = {
    meta: {
        id: 'latency-window-exceeded',
        check: 'latency',
        severity: 'error',
        description: 'In at least one window of the load (latency `window`), an endpoint\'s p95 or error rate was over its limit, even if the whole run was not.',
        help: 'Look at what happened at that time of the run: a deploy, a cron job, a pool that ran dry, a cache that expired. A late window that fails while the early ones pass usually means a resource running out under sustained load.',
    },
    run(run, report) {
        if (run.shard)
            return; // one shard's share is not the whole load: `latency merge` gates it
        for (const e of run.endpoints) {
            const windowMs = e.plan.thresholds.windowMs;
            if (!windowMs || !e.loaded || e.unreachable || e.windows.length === 0)
                continue;
            const verdicts = e.windows.filter((w) => w.due >= DEFAULTS.windowMinimum).map((w) => judge(e, w));
            const over = verdicts.filter((v) => v.overP95 || v.overErrors);
            if (over.length === 0)
                continue;
            const worst = over.reduce((a, b) => (severity(e, b) > severity(e, a) ? b : a));
            const judged = verdicts.length;
            const span = `${formatSpan(worst.window.startMs)}–${formatSpan(worst.window.startMs + windowMs)}`;
            const what = [
                ...(worst.overErrors ? [`${count(worst.window.errors, 'request')} of ${worst.window.due.toLocaleString('en-US')} failed (${formatPercent(worst.errorRate)}, error-rate ${formatPercent(e.plan.thresholds.errorRate)})`] : []),
                ...(worst.overP95 && worst.p95Ms !== undefined ? [`p95 was ${ms(worst.p95Ms)} (threshold ${ms(e.plan.thresholds.p95Ms)})`] : []),
            ];
            const whole = percentiles(e.histogram);
            const wholeRun = `the whole run: ${formatPercent(e.due > 0 ? e.errors / e.due : 0)} failed${whole ? `, p95 ${ms(whole.p95Ms)}` : ''}`;
            report({
                ...at(e.plan.site),
                message: `${subject(e)}: ${over.length} of ${judged} windows of ${formatSpan(windowMs)} were over their limits; the worst, ${span}: ${what.join(' and ')} (${wholeRun})`,
            });
        }
    },
};
function judge(e, w) {
    const errorRate = w.errors / w.due;
    const p95Ms = percentiles(w.histogram)?.p95Ms;
    const limit = e.plan.thresholds.p95Ms;
    return { window: w, errorRate, p95Ms, overErrors: errorRate > e.plan.thresholds.errorRate, overP95: limit !== undefined && p95Ms !== undefined && p95Ms > limit };
}
/** How far over its limits a window was, as a multiple of the limit: the worst is named. */
function severity(e, v) {
    const errors = v.overErrors ? v.errorRate / Math.max(e.plan.thresholds.errorRate, 1e-9) : 0;
    const p95 = v.overP95 ? v.p95Ms / e.plan.thresholds.p95Ms : 0;
    return Math.max(errors, p95);
}

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-merge-refused.ts
/** A shard report `latency merge` could not add to the others; nothing is gated on a partial merge. */
const latencyMergeRefused = {
    meta: {
        id: 'latency-merge-refused',
        check: 'latency',
        severity: 'error',
        description: 'latency merge refused a report: unreadable, not a latency report, without histograms, or from other endpoints or histogram settings than the rest.',
        help: 'Merge only the JSON reports (--format json, or the report output) of shard runs of one manifest: `release-gate latency --shard i/N --format json -o shard-i.json` in each job, then `release-gate latency merge shard-*.json`.',
    },
    run(run, report) {
        for (const p of run.inputProblems ?? []) {
            if (p.rule === 'latency-merge-refused')
                report({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), ...(p.severity ? { severity: p.severity } : {}), message: p.message });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/latency-import-invalid.ts
/** What `latency import-k6` could not use: a malformed line (skipped), points of no endpoint, a summary export. */
const latencyImportInvalid = {
    meta: {
        id: 'latency-import-invalid',
        check: 'latency',
        severity: 'warning',
        description: 'latency import-k6 skipped part of its input (a line that is not a k6 JSON point, points that match no endpoint), or was given a summary export that cannot be merged or gated on other percentiles.',
        help: 'Give it the output of `k6 run --out json=results.json`, and name each request after its manifest endpoint (the k6 `name` tag) or keep its method and path the same.',
    },
    run(run, report) {
        for (const p of run.inputProblems ?? []) {
            if (p.rule !== 'latency-import-invalid')
                continue;
            report({ file: p.file, ...(p.line !== undefined ? { line: p.line } : {}), ...(p.severity ? { severity: p.severity } : {}), message: p.message });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/latency/rules/index.ts


















const LATENCY_RULES = [
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
// EXTERNAL MODULE: ./src/http/build-request.ts
var build_request = __webpack_require__(5168);
// EXTERNAL MODULE: ./src/http/client.ts
var http_client = __webpack_require__(3329);
// EXTERNAL MODULE: ./src/http/origin-guard.ts
var origin_guard = __webpack_require__(9120);
// EXTERNAL MODULE: ./src/http/session.ts
var http_session = __webpack_require__(2832);
// EXTERNAL MODULE: ./src/http/templater.ts
var http_templater = __webpack_require__(7780);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(1013);
;// CONCATENATED MODULE: ./src/checks/latency/baseline.ts



/**
 * Reads a previous JSON report (`--format json`, the action's `report` output) and pairs each endpoint
 * of this run with the baseline's endpoint of the same name. The regression rule decides what is worse.
 */
async function compareWithBaseline(path, cwd, site, endpoints) {
    const comparison = { file: path, site, endpoints: [], missing: [] };
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path), 'utf8');
    }
    catch (error) {
        return { ...comparison, problem: `the baseline ${path} cannot be read (${error.code ?? String(error)})` };
    }
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        return { ...comparison, problem: `the baseline ${path} is not JSON: ${error.message}` };
    }
    const baseline = baselineEndpoints(report);
    if (!baseline)
        return { ...comparison, problem: `the baseline ${path} is not a release-gate JSON report with a latency check (expected checks[].metrics.endpoints)` };
    for (const endpoint of endpoints) {
        const now = percentiles(endpoint.histogram);
        if (!now)
            continue;
        const before = baseline.get(endpoint.plan.name);
        if (before === undefined)
            comparison.missing.push(endpoint.plan.name);
        else
            comparison.endpoints.push({ index: endpoint.plan.index, name: endpoint.plan.name, p95Ms: now.p95Ms, baselineP95Ms: before });
    }
    return comparison;
}
/** p95 by endpoint name from a report (or from the latency check's result alone). */
function baselineEndpoints(report) {
    const record = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
    const root = record(report);
    if (!root)
        return undefined;
    const check = Array.isArray(root.checks) ? root.checks.map(record).find((c) => c?.check === 'latency') : root.check === 'latency' ? root : undefined;
    const endpoints = record(check?.metrics)?.endpoints;
    if (!Array.isArray(endpoints))
        return undefined;
    const byName = new Map();
    for (const e of endpoints.map(record)) {
        if (typeof e?.name === 'string' && typeof e.p95Ms === 'number' && Number.isFinite(e.p95Ms))
            byName.set(e.name, e.p95Ms);
    }
    return byName;
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/checks/latency/load-generator.ts



const noop = () => undefined;
async function generateLoad(options) {
    const clock = options.clock ?? (() => performance.now());
    const totalRate = options.endpoints.reduce((sum, e) => sum + e.rate, 0);
    const intervalMs = 1000 / totalRate;
    const budget = options.maxRequests ?? Number.POSITIVE_INFINITY;
    // The plan already fits the schedule in the budget; the sum of the endpoints' rates can round one over.
    const total = Math.min(Math.floor((totalRate * (options.warmupMs + options.durationMs)) / 1000), budget);
    const firstMeasured = Math.ceil((totalRate * options.warmupMs) / 1000 - 1e-9);
    const tallies = options.endpoints.map(() => ({
        histogram: createHistogram(), due: 0, sent: 0, errors: 0, dropped: 0, statuses: new Map(), failures: new Map(), windows: [],
    }));
    // The window a measured request belongs to, by its due time (k requests in, at a fixed interval).
    const windowOf = (tally, i, k) => {
        const windowMs = options.endpoints[i].windowMs;
        if (!windowMs)
            return undefined;
        const index = Math.floor(((k - firstMeasured) * intervalMs) / windowMs + 1e-9);
        for (let w = tally.windows.length; w <= index; w++) {
            tally.windows.push({ startMs: w * windowMs, histogram: createWindowHistogram(), due: 0, errors: 0, waiting: 0 });
        }
        return tally.windows[index];
    };
    const sendLag = createHistogram();
    const pool = new undici/* Pool */.bC(options.origin, {
        connections: options.connections ?? options.maxInFlight,
        pipelining: 1,
        keepAliveTimeout: 10_000,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
        ...(options.connect ? { connect: options.connect } : {}),
    });
    const headers = options.endpoints.map((e) => ({ ...(options.userAgent ? { 'user-agent': options.userAgent } : {}), ...e.headers }));
    // Cookie headers come from the session's jar, read again whenever a response set a cookie.
    const cookieStale = options.endpoints.map((e) => e.jar !== undefined);
    // Measured requests waiting for a response, per endpoint; completions after `closed` are not counted.
    const waiting = options.endpoints.map(() => 0);
    let closed = false;
    // Smooth weighted round robin: each endpoint gets exactly its share of the slots, evenly spread.
    const credit = options.endpoints.map(() => 0);
    const pick = () => {
        let best = 0;
        for (let i = 0; i < credit.length; i++) {
            credit[i] += options.endpoints[i].rate;
            if (credit[i] > credit[best])
                best = i;
        }
        credit[best] -= totalRate;
        return best;
    };
    // The early-stop window: the outcomes of the last `window` finished requests.
    const window = new Uint8Array(Math.max(1, options.stop.window));
    let windowFilled = 0;
    let windowPos = 0;
    let windowErrors = 0;
    let start = 0;
    let next = 0;
    let inFlight = 0;
    let peakInFlight = 0;
    let sentTotal = 0;
    let lastMeasuredSend = 0;
    let stopped;
    let stoppedAt = 0;
    let timer;
    let finishSchedule = noop;
    let onStop = noop;
    const stopping = new Promise((resolve) => (onStop = resolve));
    let drained = noop;
    const stop = (kind, message) => {
        if (stopped)
            return;
        stoppedAt = clock();
        // afterMs counts from the first due request; a stop before it (during the first request) is 0.
        stopped = { kind, message, afterMs: start > 0 ? Math.max(0, stoppedAt - start) : 0 };
        closed = true;
        clearTimeout(timer);
        finishSchedule();
        onStop();
    };
    const countOutcome = (failed) => {
        if (windowFilled === window.length)
            windowErrors -= window[windowPos];
        else
            windowFilled++;
        window[windowPos] = failed ? 1 : 0;
        windowErrors += failed ? 1 : 0;
        windowPos = (windowPos + 1) % window.length;
        // Only while requests are still to be sent: stopping after the last one would save nothing.
        if (failed && next < total && windowFilled >= options.stop.minimum && windowErrors / windowFilled > options.stop.errorRate) {
            stop('error-rate', `${windowErrors} of the last ${windowFilled} requests failed, more than the stop-error-rate of ${Math.round(options.stop.errorRate * 1000) / 10}%`);
        }
    };
    const fail = (tally, kind, message, win) => {
        countOutcome(true);
        if (!tally)
            return;
        tally.errors++;
        if (win)
            win.errors++;
        const known = tally.failures.get(kind);
        if (known)
            known.count++;
        else
            tally.failures.set(kind, { count: 1, example: message });
    };
    const headersOf = (i) => {
        const jar = options.endpoints[i].jar;
        if (cookieStale[i] && jar) {
            const cookie = jar.header(new URL(options.endpoints[i].path, options.origin));
            if (cookie)
                headers[i].cookie = cookie;
            else
                delete headers[i].cookie;
            cookieStale[i] = false;
        }
        return headers[i];
    };
    const send = (k, due) => {
        const i = pick();
        const endpoint = options.endpoints[i];
        const measured = k >= firstMeasured;
        const tally = measured ? tallies[i] : undefined;
        const win = tally ? windowOf(tally, i, k) : undefined;
        if (tally)
            tally.due++;
        if (win)
            win.due++;
        if (inFlight >= options.maxInFlight) {
            if (tally)
                tally.dropped++;
            fail(tally, 'in-flight cap', `not sent: ${options.maxInFlight} requests were already waiting for a response`, win);
            return;
        }
        const sentAt = clock();
        if (tally) {
            tally.sent++;
            sendLag.recordValue(Math.max(0, Math.round((sentAt - due) * 1000)));
            lastMeasuredSend = sentAt;
        }
        sentTotal++;
        inFlight++;
        if (inFlight > peakInFlight)
            peakInFlight = inFlight;
        if (tally)
            waiting[i]++;
        if (win)
            win.waiting++;
        // dispatch with a bare handler rather than request(): no stream or promise per response, which
        // nearly doubles the rate one event loop holds. The body is read and dropped.
        let status = 0;
        const done = (failed, kind, message) => {
            if (closed)
                return;
            inFlight--;
            if (tally) {
                waiting[i]--;
                if (win)
                    win.waiting--;
                // Every response and every timeout is a latency; a timeout took at least this long.
                const answered = !failed || kind.startsWith('status ');
                if (answered || kind === 'timeout') {
                    const latency = Math.max(1, Math.round((clock() - due) * 1000));
                    tally.histogram.recordValue(latency);
                    win?.histogram.recordValue(latency);
                }
                if (answered)
                    tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
            }
            if (failed)
                fail(tally, kind, message, win);
            else
                countOutcome(false);
            if (inFlight === 0)
                drained();
        };
        pool.dispatch({ method: endpoint.method, path: endpoint.path, headers: headersOf(i), body: endpoint.body ?? null }, {
            onRequestStart: noop,
            onResponseStart(_controller, statusCode, responseHeaders) {
                status = statusCode;
                const setCookie = responseHeaders['set-cookie'];
                if (setCookie !== undefined && endpoint.jar)
                    storeCookies(endpoint, Array.isArray(setCookie) ? setCookie : [setCookie]);
            },
            onResponseData: noop,
            onResponseEnd() {
                if (status >= 400)
                    done(true, `status ${status}`, `HTTP ${status}`);
                else
                    done(false);
            },
            onResponseError(_controller, error) {
                const kind = (0,http_client/* classify */.L8)((0,http_client/* errorCode */.CA)(error));
                done(true, kind, kind === 'timeout' ? `no complete response within ${options.timeoutMs} ms` : (0,http_client/* errorMessage */.gJ)(error));
            },
        });
    };
    /** Keeps the cookies a response sets in the session's jar; the session's endpoints send them from then on. */
    const storeCookies = (endpoint, cookies) => {
        endpoint.jar.store(new URL(endpoint.path, options.origin), cookies);
        options.endpoints.forEach((e, j) => {
            if (e.jar === endpoint.jar)
                cookieStale[j] = true;
        });
    };
    const onAbort = () => stop('interrupted', `the run was interrupted${options.signal?.reason instanceof Error ? ` (${options.signal.reason.message})` : ''}`);
    if (options.signal?.aborted)
        onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
        // One untimed request first: it opens a connection and loads the HTTP parser, which would
        // otherwise stall the first few due requests. Only a read is ever repeated this way.
        const read = options.endpoints.findIndex((e) => e.method === 'GET' || e.method === 'HEAD');
        if (read >= 0 && !stopped && total > 0 && total < budget) {
            const endpoint = options.endpoints[read];
            // Its timeout covers the whole exchange: a body that trickles in forever must not hold the run.
            const preflight = pool
                .request({ method: endpoint.method, path: endpoint.path, headers: headersOf(read), signal: AbortSignal.timeout(Math.max(1, options.timeoutMs)) })
                .then((response) => response.body.dump({ limit: Number.MAX_SAFE_INTEGER }))
                .catch(noop);
            let guard;
            // undici does not abort a stalled connect or TLS handshake on the signal; the guard does.
            const deadline = new Promise((resolve) => { guard = setTimeout(resolve, Math.max(1, options.timeoutMs)); });
            await Promise.race([preflight, stopping, deadline]);
            clearTimeout(guard);
        }
        if (!stopped && total > 0) {
            await new Promise((resolve) => {
                finishSchedule = resolve;
                start = clock();
                const tick = () => {
                    const now = clock();
                    // Everything due by now goes out now, each timed from its own due time.
                    while (next < total && !stopped && start + next * intervalMs <= now) {
                        send(next, start + next * intervalMs);
                        next++;
                    }
                    if (stopped)
                        return;
                    if (next >= total)
                        return resolve();
                    timer = setTimeout(tick, Math.max(0, start + next * intervalMs - clock()));
                };
                tick();
            });
        }
        // Let the last requests finish; each has its timeout, and this bound covers a stuck connection.
        if (inFlight > 0 && !stopped) {
            let guard;
            const expired = await new Promise((resolve) => {
                drained = () => resolve(false);
                finishSchedule = () => resolve(false);
                guard = setTimeout(() => resolve(true), options.timeoutMs + 2000);
            });
            clearTimeout(guard);
            if (expired && !stopped) {
                closed = true;
                tallies.forEach((tally, i) => {
                    for (let n = waiting[i]; n > 0; n--)
                        fail(tally, 'timeout', `no response by the end of the run, ${options.timeoutMs + 2000} ms after the last request was due`);
                    for (const win of tally.windows) {
                        win.errors += win.waiting;
                        win.waiting = 0;
                    }
                });
            }
        }
    }
    finally {
        options.signal?.removeEventListener('abort', onAbort);
        clearTimeout(timer);
        // Ends open connections; requests still waiting (after a stop) fail and are not counted.
        const abandoned = stopped !== undefined || inFlight > 0;
        await (abandoned ? pool.destroy() : pool.close()).catch(noop);
    }
    const measuredStart = start + firstMeasured * intervalMs;
    const measuredEnd = stopped ? stoppedAt : Math.max(lastMeasuredSend + intervalMs, start + total * intervalMs);
    const measuredMs = start > 0 ? Math.max(0, measuredEnd - measuredStart) : 0;
    const sent = tallies.reduce((n, t) => n + t.sent, 0);
    // The overall histogram is the endpoints' added up: exact, and one record less per response.
    const overall = createHistogram();
    for (const tally of tallies)
        overall.add(tally.histogram);
    return {
        endpoints: tallies,
        overall,
        sendLag,
        due: tallies.reduce((n, t) => n + t.due, 0),
        sent,
        dropped: tallies.reduce((n, t) => n + t.dropped, 0),
        sentTotal,
        achievedRate: measuredMs > 0 ? (sent * 1000) / measuredMs : 0,
        measuredMs: Math.round(measuredMs),
        peakInFlight,
        ...(stopped ? { stopped } : {}),
    };
}

;// CONCATENATED MODULE: ./src/checks/latency/model.ts

/** An endpoint with nothing measured: not loaded, or not yet added to. */
function emptyOutcome(plan) {
    return { plan, loaded: false, histogram: createHistogram(), due: 0, errors: 0, dropped: 0, statuses: {}, failures: {}, unreachable: false, windows: [] };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/checks/latency/import-k6.ts






/**
 * `latency import-k6`: gates a k6 run with the manifest's thresholds. k6's `--out json` output is one
 * JSON object a line; `Point` lines of `http_req_duration` (milliseconds) and `http_req_failed` (0 or 1)
 * carry the request's tags. A point belongs to the endpoint its `name` tag names, else to the endpoint
 * with its method and URL path. The file is read as a stream, so its size does not matter.
 */
/** Malformed lines named one by one, up to this many; the rest are counted. */
const LINES_NAMED = 10;
async function importK6(file, cwd, plans, run) {
    const problems = (run.inputProblems ??= []);
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file);
    run.source = { kind: 'k6', file, summaryOnly: false };
    let head;
    try {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const buffer = Buffer.alloc(4096);
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
            head = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (error) {
        problems.push({ rule: 'latency-import-invalid', severity: 'error', file, message: `${file} cannot be read (${error.code ?? String(error)})` });
        run.endpoints = plans.map((plan) => emptyOutcome(plan));
        return;
    }
    if (looksLikeSummaryExport(head)) {
        await importSummary(path, file, plans, run, problems);
        return;
    }
    const tallies = plans.map(() => ({ histogram: createHistogram(), due: 0, failedPoints: 0, failedByStatus: 0, statuses: {}, windows: new Map() }));
    const sawFailedMetric = plans.map(() => false);
    const unmatched = new Map();
    const badLines = [];
    let firstTime;
    let lineNumber = 0;
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of lines) {
        lineNumber++;
        if (line.trim() === '')
            continue;
        let point;
        try {
            point = JSON.parse(line);
            if (!point || typeof point !== 'object' || typeof point.type !== 'string')
                throw new Error('not a k6 JSON line');
        }
        catch {
            badLines.push(lineNumber);
            continue;
        }
        if (point.type !== 'Point')
            continue;
        const metric = point.metric;
        if (metric !== 'http_req_duration' && metric !== 'http_req_failed')
            continue;
        const data = point.data;
        const value = typeof data?.value === 'number' && Number.isFinite(data.value) ? data.value : undefined;
        if (value === undefined || value < 0) {
            badLines.push(lineNumber);
            continue;
        }
        const tags = data?.tags ?? {};
        const index = matchEndpoint(plans, tags);
        if (index < 0) {
            if (metric === 'http_req_duration') {
                const key = `${String(tags.method ?? '?')} ${pathOf(tags.url) ?? String(tags.name ?? '?')}`;
                unmatched.set(key, (unmatched.get(key) ?? 0) + 1);
            }
            continue;
        }
        const tally = tallies[index];
        const time = typeof data?.time === 'string' ? Date.parse(data.time) : Number.NaN;
        if (Number.isFinite(time))
            firstTime ??= time;
        const win = import_k6_windowOf(tally, plans[index].thresholds.windowMs, time, firstTime);
        if (metric === 'http_req_duration') {
            const us = Math.max(1, Math.round(value * 1000));
            tally.histogram.recordValue(us);
            tally.due++;
            const status = typeof tags.status === 'string' ? tags.status : typeof tags.status === 'number' ? String(tags.status) : undefined;
            if (status !== undefined) {
                tally.statuses[status] = (tally.statuses[status] ?? 0) + 1;
                if (Number(status) >= 400 || status === '0')
                    tally.failedByStatus++;
            }
            if (win) {
                win.histogram.recordValue(us);
                win.due++;
                // Without http_req_failed points, a status of 0 or 4xx/5xx is the failure; with them, those count.
                if (status !== undefined && (Number(status) >= 400 || status === '0'))
                    win.byStatus++;
            }
        }
        else {
            sawFailedMetric[index] = true;
            if (value >= 1) {
                tally.failedPoints++;
                if (win)
                    win.errors++;
            }
        }
    }
    reportBadLines(file, badLines, problems);
    if (unmatched.size > 0) {
        const top = [...unmatched].sort(([, a], [, b]) => b - a);
        const total = top.reduce((n, [, c]) => n + c, 0);
        problems.push({
            rule: 'latency-import-invalid',
            file,
            message: `${total.toLocaleString('en-US')} request${total === 1 ? '' : 's'} in ${file} match no endpoint of the manifest and were left out: ${top.slice(0, 3).map(([k, c]) => `${k} ×${c.toLocaleString('en-US')}`).join(', ')}${top.length > 3 ? `, and ${top.length - 3} more` : ''}. Tag them with the endpoint's name (k6 tags: { name: "…" }) or match its method and path`,
        });
    }
    run.endpoints = plans.map((plan, i) => {
        const t = tallies[i];
        const errors = sawFailedMetric[i] ? t.failedPoints : t.failedByStatus;
        const windows = [...t.windows.entries()].sort(([a], [b]) => a - b)
            .map(([, w]) => ({ startMs: w.startMs, histogram: w.histogram, due: w.due, errors: sawFailedMetric[i] ? w.errors : w.byStatus }));
        const outcome = {
            plan, loaded: t.due > 0, histogram: t.histogram, due: t.due, errors, dropped: 0, statuses: t.statuses,
            failures: errors > 0 ? { 'k6 http_req_failed': { count: errors, example: '' } } : {}, unreachable: false, windows,
        };
        return outcome;
    });
}
function import_k6_windowOf(tally, windowMs, time, first) {
    if (!windowMs || !Number.isFinite(time) || first === undefined)
        return undefined;
    const index = Math.max(0, Math.floor((time - first) / windowMs));
    let win = tally.windows.get(index);
    if (!win)
        tally.windows.set(index, (win = { startMs: index * windowMs, histogram: createWindowHistogram(), due: 0, errors: 0, byStatus: 0 }));
    return win;
}
/** The endpoint a point belongs to: by the `name` tag, else by method and URL path; -1 for none. */
function matchEndpoint(plans, tags) {
    if (typeof tags.name === 'string') {
        const byName = plans.findIndex((p) => p.name === tags.name);
        if (byName >= 0)
            return byName;
    }
    const method = typeof tags.method === 'string' ? tags.method.toUpperCase() : undefined;
    const path = pathOf(tags.url) ?? (typeof tags.name === 'string' ? pathOf(tags.name) : undefined);
    if (!method || !path)
        return -1;
    return plans.findIndex((p) => {
        const line = /^(\S+)\s+(.+)$/.exec(p.label.trim());
        if (!line || line[1].toUpperCase() !== method)
            return false;
        return pathPattern(line[2].trim()).test(path);
    });
}
function pathOf(url) {
    if (typeof url !== 'string')
        return undefined;
    try {
        return new URL(url, 'http://k6.invalid').pathname;
    }
    catch {
        return undefined;
    }
}
/** The manifest's request path as a pattern: a `{{ template }}` matches one path segment. */
function pathPattern(target) {
    const path = target.split(/[?#]/, 1)[0].replace(/^https?:\/\/[^/]+/, '');
    const parts = path.split(/(\{\{.*?\}\})/g).map((part) => (part.startsWith('{{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    return new RegExp(`^${parts.join('')}/?$`);
}
function reportBadLines(file, lines, problems) {
    for (const line of lines.slice(0, LINES_NAMED)) {
        problems.push({ rule: 'latency-import-invalid', file, line, message: `line ${line} of ${file} is not a k6 JSON point; it was skipped` });
    }
    if (lines.length > LINES_NAMED) {
        problems.push({ rule: 'latency-import-invalid', file, message: `${(lines.length - LINES_NAMED).toLocaleString('en-US')} more lines of ${file} are not k6 JSON points (lines ${lines.slice(LINES_NAMED, LINES_NAMED + 5).join(', ')}…); they were skipped` });
    }
}
/** `k6 run --summary-export` (or handleSummary's data): one JSON object with `metrics`, not one per line. */
function looksLikeSummaryExport(head) {
    const first = head.split('\n', 1)[0].trim();
    if (first.startsWith('{') && first.includes('"type"'))
        return false;
    return /^\s*\{/.test(head) && /"metrics"\s*:/.test(head);
}
async function importSummary(path, file, plans, run, problems) {
    run.source = { kind: 'k6', file, summaryOnly: true };
    let metrics;
    try {
        metrics = JSON.parse(await (0,promises_.readFile)(path, 'utf8')).metrics;
    }
    catch (error) {
        problems.push({ rule: 'latency-import-invalid', severity: 'error', file, message: `${file} looks like a k6 summary export but is not JSON: ${error.message}` });
    }
    problems.push({
        rule: 'latency-import-invalid',
        severity: 'notice',
        file,
        message: `${file} is a k6 end-of-test summary: it holds percentiles only, so it cannot be merged with other runs, and only the percentiles it holds can be gated. For exact gating, run k6 with --out json=results.json and import that`,
    });
    run.endpoints = plans.map((plan) => {
        // A submetric per endpoint (http_req_duration{name:task list}), else the run's own figures for a single endpoint.
        const duration = metrics?.[`http_req_duration{name:${plan.name}}`] ?? (plans.length === 1 ? metrics?.http_req_duration : undefined);
        const failed = metrics?.[`http_req_failed{name:${plan.name}}`] ?? (plans.length === 1 ? metrics?.http_req_failed : undefined);
        if (!duration)
            return emptyOutcome(plan);
        const values = (record(duration.values) ?? duration);
        const figure = (key) => (typeof values[key] === 'number' ? values[key] : undefined);
        const summary = { p50Ms: figure('med') ?? figure('p(50)'), p90Ms: figure('p(90)'), p95Ms: figure('p(95)'), p99Ms: figure('p(99)'), maxMs: figure('max'), meanMs: figure('avg') };
        for (const [key, label] of [['p95Ms', 'p95'], ['p99Ms', 'p99'], ['maxMs', 'max']]) {
            const threshold = plan.thresholds[key];
            if (threshold !== undefined && summary[key] === undefined) {
                problems.push({ rule: 'latency-import-invalid', file, message: `endpoint "${plan.name}": its ${label} threshold was not checked, the summary export holds no ${label === 'max' ? 'max' : `p(${label.slice(1)})`} (add it to k6's summaryTrendStats)` });
            }
        }
        const failedValues = (record(failed?.values) ?? failed ?? {});
        const passes = typeof failedValues.passes === 'number' ? failedValues.passes : undefined;
        const fails = typeof failedValues.fails === 'number' ? failedValues.fails : undefined;
        // k6's Rate metric: `passes` counts the points that were true (failed requests), `fails` the false ones.
        const due = passes !== undefined && fails !== undefined ? passes + fails : 0;
        const errors = passes ?? 0;
        const outcome = {
            plan, loaded: true, histogram: createHistogram(), due, errors, dropped: 0, statuses: {},
            failures: errors > 0 ? { 'k6 http_req_failed': { count: errors, example: '' } } : {}, unreachable: false, windows: [], summary,
        };
        return outcome;
    });
}
function record(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./src/checks/latency/merge.ts





const merge_record = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/** Report paths from the `merge` input: comma- or newline-separated paths or globs, relative to cwd. */
function mergeInputFiles(value, cwd) {
    const files = [];
    const unmatched = [];
    for (const pattern of value.split(/[\n,]+/).map((p) => p.trim()).filter(Boolean)) {
        if (/[*?[{]/.test(pattern)) {
            const found = (0,dist/* globSync */.AZ)(pattern, { cwd, absolute: false, dot: true }).sort();
            if (found.length === 0)
                unmatched.push(pattern);
            files.push(...found);
        }
        else {
            files.push((0,external_node_path_.isAbsolute)(pattern) ? (0,external_node_path_.relative)(cwd, pattern) || pattern : pattern);
        }
    }
    return { files: [...new Set(files)], unmatched };
}
/** Fills `run.endpoints` with the merged outcomes and `run.inputProblems` with every report it refused. */
async function mergeShardReports(files, cwd, plans, run) {
    const problems = (run.inputProblems ??= []);
    const refuse = (file, message) => problems.push({ rule: 'latency-merge-refused', file, message });
    const reports = [];
    for (const file of files) {
        const read = await readShardReport(file, cwd);
        if ('problem' in read)
            refuse(file, read.problem);
        else
            reports.push(read);
    }
    // Every report must hold this manifest's endpoints, with the same request lines and windows.
    const accepted = [];
    for (const report of reports) {
        const problem = compatibility(report, plans);
        if (problem)
            refuse(report.file, problem);
        else
            accepted.push(report);
    }
    checkShards(accepted, problems);
    // Each report is decoded whole before any of it is added, so a corrupt histogram refuses its report
    // without leaving half of it in the sums; only one report's histograms are decoded at a time.
    const sums = plans.map((plan) => emptyOutcome(plan));
    const merged = [];
    for (const report of accepted) {
        let decoded;
        try {
            decoded = decodeReport(report, plans);
        }
        catch (error) {
            refuse(report.file, `${report.file}: ${error.message}`);
            continue;
        }
        decoded.forEach((d, i) => addInto(sums[i], d));
        merged.push(report.file);
    }
    run.endpoints = sums;
    run.source = { kind: 'merge', files: merged };
}
async function readShardReport(file, cwd) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        return { problem: `${file} cannot be read (${error.code ?? String(error)})` };
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return { problem: `${file} is not JSON: ${error.message}` };
    }
    const root = merge_record(json);
    const check = Array.isArray(root?.checks) ? root.checks.map(merge_record).find((c) => c?.check === 'latency') : root?.check === 'latency' ? root : undefined;
    const metrics = merge_record(check?.metrics);
    if (!metrics || !Array.isArray(metrics.endpoints)) {
        return { problem: `${file} is not a release-gate JSON report with a latency check (expected checks[].metrics.endpoints)` };
    }
    if (metrics.histogramUnit !== HISTOGRAM_UNIT) {
        return { problem: `${file} records its histograms in ${JSON.stringify(metrics.histogramUnit ?? 'an unknown unit')}, not ${HISTOGRAM_UNIT}: they cannot be added` };
    }
    const shard = merge_record(metrics.shard);
    const endpoints = [];
    for (const e of metrics.endpoints.map(merge_record)) {
        if (!e || typeof e.name !== 'string')
            return { problem: `${file} has an endpoint without a name` };
        endpoints.push({
            name: e.name,
            request: typeof e.request === 'string' ? e.request : undefined,
            count: num(e.count),
            errors: num(e.errors),
            dropped: num(e.dropped),
            statuses: Object.fromEntries(Object.entries(merge_record(e.statuses) ?? {}).map(([k, v]) => [k, num(v)])),
            failures: Object.fromEntries(Object.entries(merge_record(e.failures) ?? {}).map(([k, v]) => [k, num(v)])),
            histogram: typeof e.histogram === 'string' ? e.histogram : undefined,
            windowMs: typeof e.windowMs === 'number' ? e.windowMs : undefined,
            windows: Array.isArray(e.windows)
                ? e.windows.map(merge_record).filter((w) => !!w && typeof w.histogram === 'string').map((w) => ({ startMs: num(w.startMs), count: num(w.count), errors: num(w.errors), histogram: w.histogram }))
                : undefined,
        });
    }
    return {
        file,
        ...(shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? { shard: { index: shard.index, count: shard.count } } : {}),
        endpoints,
    };
}
function compatibility(report, plans) {
    const theirs = new Map(report.endpoints.map((e) => [e.name, e]));
    const missing = plans.filter((p) => !theirs.has(p.name)).map((p) => `"${p.name}"`);
    const extra = report.endpoints.filter((e) => !plans.some((p) => p.name === e.name)).map((e) => `"${e.name}"`);
    if (missing.length || extra.length) {
        return `${report.file} holds other endpoints than the manifest's latency section${missing.length ? `: it lacks ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} it has ${extra.join(', ')} that the manifest does not` : ''}. Merge reports of one manifest only`;
    }
    for (const plan of plans) {
        const e = theirs.get(plan.name);
        if (e.request !== undefined && e.request !== plan.label) {
            return `${report.file}: endpoint "${plan.name}" ran ${e.request}, the manifest says ${plan.label}. Merge reports of one manifest only`;
        }
        const wanted = plan.thresholds.windowMs;
        if (wanted !== undefined && e.histogram !== undefined && e.windowMs !== wanted) {
            return `${report.file}: endpoint "${plan.name}" was cut into ${e.windowMs === undefined ? 'no windows' : `windows of ${e.windowMs} ms`}, the manifest's window is ${wanted} ms: windows of different lengths cannot be added`;
        }
    }
    return undefined;
}
/** Shards given twice, or of different splits, or missing: the merged load is then not the planned one. */
function checkShards(reports, problems) {
    const sharded = reports.filter((r) => r.shard);
    if (sharded.length === 0)
        return;
    const counts = new Set(sharded.map((r) => r.shard.count));
    if (counts.size > 1) {
        problems.push({ rule: 'latency-merge-refused', severity: 'warning', file: sharded[0].file, message: `the reports come from different splits (${[...counts].map((c) => `1/${c}`).join(', ')}): their sum is not the load one run would have sent` });
        return;
    }
    const count = [...counts][0];
    const seen = new Map();
    for (const r of sharded) {
        const earlier = seen.get(r.shard.index);
        if (earlier)
            problems.push({ rule: 'latency-merge-refused', file: r.file, message: `${r.file} is shard ${r.shard.index}/${count} again (also ${earlier}): a shard merged twice counts its requests twice` });
        else
            seen.set(r.shard.index, r.file);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length) {
        problems.push({ rule: 'latency-merge-refused', severity: 'warning', file: sharded[0].file, message: `shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the merged figures hold ${count - missing.length} of ${count} shares of the planned load` });
    }
}
function decodeReport(report, plans) {
    return plans.map((plan) => {
        const e = report.endpoints.find((x) => x.name === plan.name);
        if (!e || e.histogram === undefined)
            return undefined;
        const decode = (encoded, what) => {
            try {
                return decodeHistogram(encoded);
            }
            catch {
                throw new Error(`the ${what} of endpoint "${plan.name}" is not an HdrHistogram encoding`);
            }
        };
        return {
            e,
            histogram: decode(e.histogram, 'histogram'),
            windows: (e.windows ?? []).map((w, i) => ({ startMs: w.startMs, count: w.count, errors: w.errors, histogram: decode(w.histogram, `histogram of window ${i + 1}`) })),
        };
    });
}
function addInto(sum, d) {
    if (!d)
        return;
    const { e } = d;
    sum.loaded = true;
    addHistogram(sum.histogram, d.histogram);
    sum.due += e.count;
    sum.errors += e.errors;
    sum.dropped += e.dropped;
    for (const [status, n] of Object.entries(e.statuses))
        sum.statuses[status] = (sum.statuses[status] ?? 0) + n;
    sum.statuses = Object.fromEntries(Object.entries(sum.statuses).sort(([a], [b]) => Number(a) - Number(b)));
    for (const [kind, n] of Object.entries(e.failures))
        (sum.failures[kind] ??= { count: 0, example: '' }).count += n;
    // Windows line up by their start: shards of one matrix start together.
    for (const [index, w] of d.windows.entries()) {
        const into = (sum.windows[index] ??= { startMs: w.startMs, histogram: createWindowHistogram(), due: 0, errors: 0 });
        addHistogram(into.histogram, w.histogram);
        into.due += w.count;
        into.errors += w.errors;
    }
}

;// CONCATENATED MODULE: ./src/checks/latency/target.ts
/**
 * The URL to load: the `url` input, else the url of latency.environment, else of --environment (the
 * environment input), else of the only environment. Its origin is the only one ever sent a request.
 */
function resolveTarget(ctx, section) {
    const environments = ctx.manifest.data.environments ?? {};
    const names = Object.keys(environments);
    if (ctx.environment !== undefined && section.environment === undefined && !names.includes(ctx.environment)) {
        return { kind: 'problem', message: `environment "${ctx.environment}" (from --environment / the environment input) is not defined under environments${names.length ? ` (defined: ${names.join(', ')})` : ''}`, path: ['latency'] };
    }
    let environment = section.environment ?? ctx.environment;
    if (environment === undefined && names.length === 1)
        environment = names[0];
    const input = ctx.input('url')?.trim();
    if (input) {
        const base = httpUrl(input);
        if (!base)
            return { kind: 'problem', message: `the url input "${input}" is not an http(s) URL`, path: ['latency'] };
        return { kind: 'target', base, environment, source: 'url input' };
    }
    const path = section.environment !== undefined ? ['latency', 'environment'] : ['latency'];
    if (environment === undefined) {
        const why = names.length === 0 ? 'the manifest has no environments' : `the manifest has ${names.length} environments (${names.join(', ')}) and none was chosen`;
        return { kind: 'problem', message: `no URL to load: ${why}. Set latency.environment, pass --environment (the environment input), or give the url input`, path };
    }
    const base = httpUrl(environments[environment]?.url ?? '');
    if (!base)
        return { kind: 'problem', message: `environment "${environment}" has no http(s) url to load; add environments.${environment}.url or give the url input`, path };
    return { kind: 'target', base, environment, source: 'environment' };
}
function httpUrl(text) {
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/latency/run-latency.ts

















/** Failures that mean nothing reached the app at all. */
const CONNECTION_FAILURES = new Set(['refused', 'dns', 'tls', 'connect-timeout']);
/**
 * Runs the latency section: resolves the origin, plans the load within the caps, signs each session
 * in once, builds every endpoint's request, sends the load, and compares with the baseline. Returns
 * what happened; the rules decide what it means.
 */
async function runLatency(ctx, section) {
    const file = ctx.manifest.file;
    const site = (path, part = 'value') => {
        const at = ctx.manifest.locate(path, part) ?? ctx.manifest.locate(path.slice(0, -1), 'key');
        return { file, line: at?.line, column: at?.column };
    };
    const sectionSite = site(['latency'], 'key');
    const run = { file, sectionSite, loadSite: sectionSite, problems: [], capped: [], endpoints: [] };
    // Results made elsewhere (shard reports, a k6 run) are gated here without sending anything.
    const mergeInput = ctx.input('merge')?.trim();
    const k6Input = ctx.input('import-k6')?.trim();
    if (mergeInput || k6Input)
        return gateResults(ctx, section, run, site, mergeInput, k6Input);
    let shard;
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
        run.problems.push(...planned.refused.map((n) => ({ ...n, rule: 'latency-setting-refused' })));
        return run;
    }
    const plan = planned.plan;
    run.plan = plan;
    run.capped = planned.capped;
    if (section.rate !== undefined)
        run.loadSite = site(['latency', 'rate'], 'key');
    let ca;
    if (section['ca-file']) {
        const path = section['ca-file'];
        try {
            ca = await (0,promises_.readFile)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.cwd, path), 'utf8');
        }
        catch (error) {
            run.problems.push({ rule: 'latency-invalid-request', site: site(['latency', 'ca-file']), message: `ca-file ${path} cannot be read (${error.code ?? String(error)}); nothing was sent` });
            return run;
        }
    }
    const prepared = await prepareEndpoints(ctx, plan.endpoints, base, plan.timeoutMs, ca, run, site);
    const loadable = prepared.filter((p) => p.load !== undefined);
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
        ...(ca ? { connect: { ca: [ca, ...external_node_tls_.rootCertificates] } } : {}),
    });
    const { endpoints: tallies, ...load } = result;
    run.load = load;
    run.endpoints = prepared.map((p) => {
        const at = loadable.findIndex((l) => l.plan === p.plan);
        return at < 0 ? emptyOutcome(p.plan) : outcome(p.plan, tallies[at]);
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
function parseShard(value) {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!match)
        return undefined;
    const index = Number(match[1]);
    const count = Number(match[2]);
    return index >= 1 && count >= 1 && index <= count && count <= MAX_SHARDS ? { index, count } : undefined;
}
/** `latency merge` and `latency import-k6`: the manifest's thresholds and baseline applied to results made elsewhere. */
async function gateResults(ctx, section, run, site, mergeInput, k6Input) {
    const planned = planLoad(section, site);
    if ('refused' in planned) {
        run.problems.push(...planned.refused.map((n) => ({ ...n, rule: 'latency-setting-refused' })));
        return run;
    }
    run.plan = planned.plan;
    const plans = planned.plan.endpoints;
    if (mergeInput) {
        const { files, unmatched } = mergeInputFiles(mergeInput, ctx.cwd);
        run.inputProblems = unmatched.map((pattern) => ({ rule: 'latency-merge-refused', file: pattern, message: `no report matches ${pattern}` }));
        if (files.length === 0) {
            run.inputProblems.push({ rule: 'latency-merge-refused', file: mergeInput, message: 'latency merge was given no report to merge' });
            run.endpoints = plans.map(emptyOutcome);
            return run;
        }
        await mergeShardReports(files, ctx.cwd, plans, run);
    }
    else {
        await importK6(k6Input, ctx.cwd, plans, run);
    }
    const baselinePath = ctx.input('baseline')?.trim() || section.baseline;
    if (baselinePath) {
        const baselineSite = ctx.input('baseline')?.trim() ? run.sectionSite : site(['latency', 'baseline']);
        run.baseline = await compareWithBaseline(baselinePath, ctx.cwd, baselineSite, run.endpoints);
    }
    return run;
}
function userAgent() {
    return `release-gate/${version/* VERSION */.x} (latency)`;
}
/**
 * Signs in every session an endpoint uses, once, and builds each endpoint's request. Session headers
 * and cookies go only to the origin (headersForUrl); the request line cannot name another origin.
 */
async function prepareEndpoints(ctx, endpoints, base, timeoutMs, ca, run, site) {
    const sessionDefs = ctx.manifest.data.sessions ?? {};
    const firstSession = Object.keys(sessionDefs)[0];
    const templater = new http_templater/* Templater */.Br(ctx.env, new Map(), ctx.masker);
    const client = new http_client/* HttpClient */.Qq({ ca, userAgent: userAgent() });
    const sessions = new Map();
    const out = [];
    try {
        for (const plan of endpoints) {
            const name = plan.spec.anonymous ? undefined : plan.spec.session ?? firstSession;
            plan.session = name;
            let signed;
            if (name !== undefined && sessionDefs[name]) {
                signed = sessions.get(name);
                if (!signed) {
                    signed = await (0,http_session/* signIn */.J)(name, sessionDefs[name], { client, base, templater, masker: ctx.masker, timeoutMs, signal: ctx.signal, retries: DEFAULTS.signInRetries, allowedOrigins: (0,origin_guard/* declaredOrigins */.Oz)(ctx.manifest.data.environments, base) });
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
                request = (0,build_request/* buildRequest */.m)(plan.spec, base, templater.with(new Map(session?.captures ?? [])), session?.headers);
            }
            catch (error) {
                if (!(error instanceof build_request/* InvalidRequestError */.t))
                    throw error;
                run.problems.push({ rule: 'latency-invalid-request', site: plan.site, message: `endpoint "${plan.name}" (${plan.label}) cannot be sent: ${error.message}` });
                out.push({ plan });
                continue;
            }
            out.push({
                plan,
                load: {
                    method: request.method,
                    path: `${request.url.pathname}${request.url.search}`,
                    headers: (0,origin_guard/* headersForUrl */.b1)(request.url, base.origin, { plain: request.headers, credentials: request.credentials ?? {} }),
                    ...(request.body !== undefined ? { body: request.body } : {}),
                    rate: plan.rate,
                    ...(session ? { jar: session.jar } : {}),
                    ...(plan.thresholds.windowMs ? { windowMs: plan.thresholds.windowMs } : {}),
                },
            });
        }
    }
    finally {
        await client.close();
    }
    return out;
}
function outcome(plan, tally) {
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

;// CONCATENATED MODULE: ./src/checks/latency/index.ts






/**
 * The latency check: an open-model load on the environment's origin (requests on a fixed schedule,
 * each timed from when it was due), HDR histograms per endpoint, thresholds on p95, p99, max and the
 * error rate, and a comparison with a baseline report. Hard caps keep it from becoming an outage.
 */
const latencyCheck = (0,check/* defineCheck */.q)({
    name: 'latency',
    section: 'latency',
    live: true,
    description: 'Under a fixed-rate load, each endpoint\'s p95, p99, max and error rate stay within their thresholds, and p95 does not regress from a baseline.',
    rules: LATENCY_RULES.map((r) => r.meta),
    inputs: [
        { name: 'url', description: 'The URL to load instead of the environment\'s url, e.g. a preview deployment. Only its origin is ever sent requests.' },
        { name: 'baseline', description: 'A JSON report of an earlier run (--format json, or the report output kept as an artifact) to compare p95 with; overrides latency.baseline.' },
        { name: 'shard', description: 'Run shard i of N (e.g. 2/4): this job sends rate/N of every endpoint within caps/N, and writes its histograms for `latency merge`; thresholds are applied by the merge.' },
        { name: 'merge', description: 'Gate shard reports instead of sending load: JSON reports (paths or globs, comma-separated) whose histograms are added exactly (CLI: release-gate latency merge FILE...).' },
        { name: 'import-k6', description: 'Gate a k6 run instead of sending load: the file k6 wrote with --out json (CLI: release-gate latency import-k6 FILE).' },
    ],
    async run(ctx, section) {
        const run = await runLatency(ctx, section);
        const findings = (0,registry/* runRules */.xG)(LATENCY_RULES, run);
        // Failure examples quote what the app or the network said: mask everything.
        return ctx.masker.maskDeep({ findings, metrics: latencyMetrics(run) });
    },
});


/***/ }),

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   p: () => (/* binding */ durationMs)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** A manifest duration (a number of milliseconds, or "500ms", "30s", "2m", "1h") in milliseconds. */
function durationMs(value, fallback) {
    if (value === undefined)
        return fallback;
    if (typeof value === 'number')
        return value;
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)\s*$/.exec(value);
    // The schema already refused anything else; the fallback only guards hand-built manifests.
    return match ? Math.round(Number(match[1]) * UNIT_MS[match[2]]) : fallback;
}
function formatDuration(ms) {
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms >= 1000 && ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}


/***/ })

};
