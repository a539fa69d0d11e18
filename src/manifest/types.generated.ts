/* Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit. */

/**
 * "METHOD /path", or a full URL on the environment's origin, e.g. "GET /api/tasks".
 */
export type Request = string;
/**
 * A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.
 */
export type Duration = number | string;

/**
 * One manifest describes the app; every release-gate check reads its own section.
 */
export interface ReleaseGateManifest {
  /**
   * The manifest format version. Only 1 exists.
   */
  version: 1;
  /**
   * The deployed environments, by name.
   */
  environments?: {
    /**
     * One environment.
     */
    [k: string]: {
      /**
       * The environment's origin, e.g. https://ops.example.com.
       */
      url?: string;
      /**
       * A dotenv file holding this environment's values, for the env check.
       */
      'env-file'?: string;
    };
  };
  /**
   * How smoke and latency sign in; cookies are kept automatically.
   */
  sessions?: {
    /**
     * One signed-in role.
     */
    [k: string]: {
      /**
       * A request made just before the login, in the same cookie jar, whose captures the login may use: e.g. GET /login with capture: { csrf: "input:_csrf" } for a sign-in form protected by a CSRF token.
       */
      'login-page'?: {
        request: Request;
        headers?: StringMap;
        expect?: Expect;
        capture?: Captures;
      };
      /**
       * The sign-in request. It follows redirects (keeping cookies set on the way) and must answer 2xx unless `expect` says otherwise; captured values are secrets, masked in every output.
       */
      login?: {
        request: Request;
        headers?: StringMap;
        /**
         * A JSON body; templates are expanded in string values.
         */
        json?: {
          [k: string]: unknown;
        };
        form?: StringMap;
        /**
         * A raw body.
         */
        body?: string;
        expect?: Expect;
        capture?: Captures;
      };
      /**
       * Headers sent on every request of this session, e.g. authorization: "Bearer {{ token }}".
       */
      headers?: StringMap;
    };
  };
  /**
   * The baseline of known findings that runs hide (default .github/release-gate-baseline.json when it exists). Write it with `release-gate baseline write`; `--baseline FILE` overrides it.
   */
  baseline?: string;
  /**
   * Findings to hide in every check, each with the reason and, best, a date to look again. An entry without a reason still hides but is a warning (suppression-without-reason); after `until` the finding is reported again, saying the ignore expired.
   */
  ignore?: {
    /**
     * The rule id to hide.
     */
    rule: string;
    /**
     * A glob of the files it applies to (default: every file).
     */
    path?: string;
    /**
     * Why the finding is acceptable.
     */
    reason?: string;
    /**
     * From this day on, the finding is reported again.
     */
    until?: string;
  }[];
  /**
   * Environment completeness: every environment has every variable it needs.
   */
  env?: {
    /**
     * Files that declare what the app needs, e.g. .env.example.
     */
    'declared-in'?: string[];
    /**
     * Code searched for uses of variables (process.env.X, os.environ[...], ...).
     */
    scan?: string[];
    /**
     * Globs left out of `scan`, and of the search of committed env files for secrets (e.g. test fixtures); node_modules, .git and dist are always left out.
     */
    exclude?: string[];
    /**
     * Variable names (a * matches any run of characters) that env-undeclared-use and env-unused skip. NODE_ENV, CI, PATH, HOME, GITHUB_*, RUNNER_* and other platform variables are always skipped.
     */
    ignore?: string[];
    /**
     * Environments whose values must not point at localhost or another environment's host. Default: environments named prod, production or live (optionally with a -suffix, e.g. production-eu).
     */
    production?: string[];
    /**
     * Per-variable expectations.
     */
    vars?: {
      /**
       * What one variable must look like.
       */
      [k: string]: {
        /**
         * Must be set and non-empty in every environment checked. Every declared variable is required unless this is false or required-in narrows it.
         */
        required?: boolean;
        /**
         * Environments where it must be set; elsewhere it is optional.
         */
        'required-in'?: string[];
        /**
         * The shape the value must have.
         */
        format?: 'url' | 'email' | 'number' | 'integer' | 'boolean' | 'port' | 'host' | 'json' | 'duration';
        /**
         * The allowed values.
         */
        enum?: (string | number | boolean)[];
        /**
         * A regular expression the whole value must match. It runs in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.
         */
        pattern?: string;
        /**
         * The value is a secret: never printed, and must differ between environments. Names containing SECRET, TOKEN, PASSWORD, PASSWD, KEY, DSN or CREDENTIAL are secret unless this is false.
         */
        secret?: boolean;
        /**
         * The value must differ between environments (compared by keyed fingerprints, never by value). Defaults to the value of secret.
         */
        distinct?: boolean;
        /**
         * Environment → substrings (case-insensitive) its value must not contain.
         */
        forbid?: {
          [k: string]: string[];
        };
      };
    };
    rules?: RuleOverrides;
  };
  /**
   * Migration safety lint.
   */
  migrations?: {
    /**
     * The SQL dialect. Only postgres is supported.
     */
    dialect?: 'postgres';
    /**
     * Migration files, e.g. db/migrations/*.sql. Defaults to the preset's usual location.
     */
    paths?: string[];
    /**
     * Files matched by paths that are not migrations to lint, e.g. db/migrations/seed/**.
     */
    exclude?: string[];
    /**
     * The migration tool: how versions are read from file names, which part of a file runs on migrate up, and whether the tool wraps each file in a transaction. Default plain: leading digits of the file name (or of its folder) are the version, each statement runs on its own unless the file says BEGIN, psql commands are understood, and a file annotated for goose, sql-migrate or dbmate runs its Up part as that tool does.
     */
    preset?:
      | 'plain'
      | 'flyway'
      | 'golang-migrate'
      | 'prisma'
      | 'dbmate'
      | 'node-pg-migrate'
      | 'rails'
      | 'django'
      | 'alembic'
      | 'diesel'
      | 'goose'
      | 'sql-migrate';
    /**
     * Whether the runner wraps each migration file in a transaction: auto follows the preset, always and never override it.
     */
    transaction?: 'auto' | 'always' | 'never';
    /**
     * The PostgreSQL major version the migrations run on (default 15); rules whose safe form depends on it follow it.
     */
    'postgres-version'?: number;
    /**
     * Trace mode: apply the migrations to a throwaway PostgreSQL (local: true) or a scratch database (url), seed the tables they touch, and report per statement the locks taken, table rewrites and time. Runs whenever the section is present; --no-trace skips it. With --base, the base branch's migrations are applied untraced first and only the new ones are traced.
     */
    trace?: {
      /**
       * Start a throwaway cluster with initdb (as an unprivileged user) on a free loopback port, and remove it when the run ends, fails or is interrupted. Needs the PostgreSQL server binaries (Debian: postgresql).
       */
      local?: boolean;
      /**
       * A scratch database to trace in instead, e.g. a `services: postgres` container: postgres://user:password@host:port/database, usually "{{ env.TRACE_DATABASE_URL }}". It must name the host, user and database; its password is masked in every output. A database that already has tables is refused unless allow-existing is true.
       */
      url?: string;
      /**
       * Rows generated into every table the traced migrations touch, before they run (default 10000). The values satisfy the columns' types and NOT NULL.
       */
      rows?: number;
      /**
       * Trace in the url's database even though it already has tables (it is changed by the migrations and the seeded rows).
       */
      'allow-existing'?: boolean;
      /**
       * statement-slow-on-seeded-data reports a statement that takes longer than this on the seeded rows (default 1s).
       */
      'slow-statement'?: number | string;
      /**
       * lock-access-exclusive-held reports an ACCESS EXCLUSIVE lock on an existing table held at least this long (default 100ms).
       */
      'lock-hold'?: number | string;
    };
    rules?: RuleOverrides;
  };
  /**
   * Secret scanning of code, pull-request diffs and logs. Findings show a masked form only.
   */
  secrets?: {
    /**
     * Files to scan (default: every file). .gitignore is honoured; .git, node_modules and .release-gate are never scanned.
     */
    paths?: string[];
    /**
     * Files to skip, e.g. dist/** or test/fixtures/**.
     */
    exclude?: string[];
    /**
     * Log files to scan with the log-aware rules as well (Authorization headers, cookies, logged passwords, personal data). They are read even when .gitignore lists them, and always whole, also with --base.
     */
    logs?: string[];
    /**
     * Files larger than this are skipped with a notice (default 10MB; K, M and G are powers of 1024). Logs are streamed and never skipped.
     */
    'max-file-size'?: number | string;
    /**
     * A baseline file of accepted findings, written by --write-baseline FILE (the `baseline` input overrides it). Findings are matched by rule and secret hash, not by line.
     */
    baseline?: string;
    /**
     * Report email addresses, card numbers and phone numbers found in logs, as warnings (default true).
     */
    'include-personal-data'?: boolean;
    /**
     * Open .zip, .tar, .tar.gz/.tgz and .gz files and scan the text files inside (default false: each archive gets a secrets-archive-not-scanned notice). Entries over max-file-size are skipped, and at most four times max-file-size is decompressed per archive.
     */
    archives?: boolean;
    /**
     * Severity of generic matches (assignments such as password = "…", passwords in URLs, Authorization headers, values found only after a provider keyword) by where the file sits. Provider formats with a checksum or a decodable structure (GitHub tokens, private keys, JWTs, …) keep their severity in every context.
     */
    contexts?: {
      /**
       * Source files (default error).
       */
      code?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Config and env files: .env*, YAML, INI, Dockerfiles, kubeconfig (default error).
       */
      config?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Tests: test/, spec/, __tests__/, *.test.*, *_test.go (default warning).
       */
      test?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Fixtures: fixtures/, testdata/, __snapshots__/, cassettes/, mocks/, seeds/ (default warning).
       */
      fixture?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Docs: Markdown and other prose, docs/, website/, examples/, READMEs and *.example/.sample/.template files (default warning).
       */
      docs?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Locale files: locales/, i18n/, translations/, .po, .xliff, .arb (default off).
       */
      locale?: 'error' | 'warning' | 'notice' | 'off';
      /**
       * Vendored code: vendor/, third_party/, bower_components/, *.min.js (default warning).
       */
      vendored?: 'error' | 'warning' | 'notice' | 'off';
    };
    rules?: RuleOverrides;
  };
  /**
   * Third-party packages that handle sign-in, sessions or money: known advisories (OSV), deprecated or stale releases, and, on pull requests, critical packages added, removed, changed in major version or imitated by a look-alike name.
   */
  dependencies?: {
    /**
     * Lockfiles to read (globs). Default: every package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, requirements*.txt, poetry.lock, Pipfile.lock, Gemfile.lock, go.sum and composer.lock outside node_modules and vendor.
     */
    lockfiles?: string[];
    /**
     * Lockfiles to skip, e.g. test/fixtures/**.
     */
    exclude?: string[];
    /**
     * More package names to treat as critical, besides the built-in table of auth, payment and session/crypto packages: exact names, a trailing * for a prefix (@acme/auth-*), or ecosystem:name (PyPI:acme-sso) to name one ecosystem only.
     */
    critical?: string[];
    /**
     * Where advisories come from: `osv` (default: the OSV query API, one batch per run), `off`, or the path of a directory of OSV JSON records (an unzipped OSV export) for runners without network access (./osv for a directory named osv or off).
     */
    advisories?: string;
    /**
     * The OSV API root, for a mirror. Default https://api.osv.dev.
     */
    'osv-url'?: string;
    /**
     * Look up each critical package's latest release and deprecation in its registry (npm, PyPI, RubyGems, the Go module proxy, Packagist). Default true; false, or an advisories directory, skips it with a notice.
     */
    registry?: boolean;
    /**
     * Registry roots, for mirrors.
     */
    'registry-urls'?: {
      /**
       * Default https://registry.npmjs.org.
       */
      npm?: string;
      /**
       * Default https://pypi.org.
       */
      pypi?: string;
      /**
       * Default https://rubygems.org.
       */
      rubygems?: string;
      /**
       * Default https://proxy.golang.org.
       */
      go?: string;
      /**
       * Default https://repo.packagist.org.
       */
      packagist?: string;
    };
    /**
     * Advisories on packages that are not critical are reported from this severity up (default low: all of them). Advisories on critical packages are always reported.
     */
    'min-severity'?: 'low' | 'moderate' | 'high' | 'critical';
    /**
     * Include development-only packages. Default true.
     */
    dev?: boolean;
    /**
     * How long one request to OSV or a registry may take. Default 15s.
     */
    timeout?: Duration;
    rules?: RuleOverrides;
  };
  /**
   * Post-deploy smoke tests.
   */
  smoke?: {
    /**
     * GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.
     *
     * @minItems 1
     */
    on?: [string, ...string[]];
    /**
     * The environment to test; its url is the origin of every request.
     */
    environment?: string;
    /**
     * Wait for the rollout: poll this signed-out request with backoff until it meets its expectation, before the steps start. Its time does not count against the deadline.
     */
    wait?: {
      request: Request;
      headers?: StringMap;
      /**
       * What the response must show once the new release is serving, e.g. { headers: { x-app-version: "^{{ deployment_sha }}" } }. Default: any 2xx.
       */
      expect?: Expect;
      /**
       * Give up after this long (default 5m), failing with smoke-rollout-timeout. A poll in flight still gets its full request timeout.
       */
      timeout?: Duration;
      /**
       * The first pause between polls (default 2s); it doubles after each poll up to max-interval.
       */
      interval?: Duration;
      /**
       * The longest pause between polls (default 30s).
       */
      'max-interval'?: Duration;
    };
    /**
     * How long one request may take (default 10s) before it fails with smoke-timeout.
     */
    timeout?: Duration;
    /**
     * How long all steps together may take (default 2m); steps not started by then are skipped. Cleanups still run, each with its own timeout.
     */
    deadline?: Duration;
    /**
     * Retries, with backoff, after a connection error or a 502, 503 or 504 (default 2). POST and PATCH steps are not retried unless they set retries themselves.
     */
    retries?: number;
    /**
     * On a deployment_status event, test the URL the deployment reports (environment_url, else target_url) instead of the environment's url (default true). The action's url input overrides both.
     */
    'deployment-url'?: boolean;
    /**
     * A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA.
     */
    'ca-file'?: string;
    /**
     * The requests, in order.
     *
     * @minItems 1
     *
     * Items: One request and its expectations.
     */
    steps: [
      {
        /**
         * A short name shown in findings and the summary.
         */
        name?: string;
        request: Request;
        /**
         * The session to run as; the first session when omitted.
         */
        session?: string;
        /**
         * Send the request signed out: no session, no cookies. For pages that must redirect a visitor to the sign-in page.
         */
        anonymous?: boolean;
        headers?: StringMap;
        /**
         * A JSON body; templates are expanded in string values.
         */
        json?: {
          [k: string]: unknown;
        };
        form?: StringMap;
        /**
         * A raw body.
         */
        body?: string;
        expect?: Expect;
        capture?: Captures;
        /**
         * A request that undoes this step, e.g. "DELETE /api/tasks/{{ id }}", or a map with request, headers, json, form, body and expect. Cleanups run after all steps, in reverse order, even when a step failed; they must answer 2xx unless expect says otherwise.
         */
        cleanup?:
          | Request
          | {
              request: Request;
              headers?: StringMap;
              /**
               * A JSON body; templates are expanded in string values. Sent with Content-Type: application/json.
               */
              json?: {
                [k: string]: unknown;
              };
              /**
               * A form body, sent as application/x-www-form-urlencoded.
               */
              form?: StringMap;
              /**
               * A raw body.
               */
              body?: string;
              expect?: Expect;
            };
        /**
         * Retries after a connection error or a 502, 503 or 504; defaults to smoke.retries for GET, HEAD, OPTIONS, PUT and DELETE, and to 0 for POST and PATCH. Setting it on a POST or PATCH says the server honours the Idempotency-Key header, which every retry repeats.
         */
        retries?: number;
        /**
         * How long this request may take; defaults to smoke.timeout.
         */
        timeout?: Duration;
        /**
         * Follow redirects (default true) and check the final response; false checks the redirect itself.
         */
        'follow-redirects'?: boolean;
      },
      ...{
        /**
         * A short name shown in findings and the summary.
         */
        name?: string;
        request: Request;
        /**
         * The session to run as; the first session when omitted.
         */
        session?: string;
        /**
         * Send the request signed out: no session, no cookies. For pages that must redirect a visitor to the sign-in page.
         */
        anonymous?: boolean;
        headers?: StringMap;
        /**
         * A JSON body; templates are expanded in string values.
         */
        json?: {
          [k: string]: unknown;
        };
        form?: StringMap;
        /**
         * A raw body.
         */
        body?: string;
        expect?: Expect;
        capture?: Captures;
        /**
         * A request that undoes this step, e.g. "DELETE /api/tasks/{{ id }}", or a map with request, headers, json, form, body and expect. Cleanups run after all steps, in reverse order, even when a step failed; they must answer 2xx unless expect says otherwise.
         */
        cleanup?:
          | Request
          | {
              request: Request;
              headers?: StringMap;
              /**
               * A JSON body; templates are expanded in string values. Sent with Content-Type: application/json.
               */
              json?: {
                [k: string]: unknown;
              };
              /**
               * A form body, sent as application/x-www-form-urlencoded.
               */
              form?: StringMap;
              /**
               * A raw body.
               */
              body?: string;
              expect?: Expect;
            };
        /**
         * Retries after a connection error or a 502, 503 or 504; defaults to smoke.retries for GET, HEAD, OPTIONS, PUT and DELETE, and to 0 for POST and PATCH. Setting it on a POST or PATCH says the server honours the Idempotency-Key header, which every retry repeats.
         */
        retries?: number;
        /**
         * How long this request may take; defaults to smoke.timeout.
         */
        timeout?: Duration;
        /**
         * Follow redirects (default true) and check the final response; false checks the redirect itself.
         */
        'follow-redirects'?: boolean;
      }[]
    ];
    rules?: RuleOverrides;
  };
  /**
   * p95 latency under an open-model load: requests go out on a fixed schedule and each is timed from when it was due, so a stalled server counts in full. Capped: 50 requests/s unless max-rate says more (1000 at most), 30,000 requests unless max-requests says more, 10 minutes, and an early stop when most requests fail.
   */
  latency?: {
    /**
     * GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.
     *
     * @minItems 1
     */
    on?: [string, ...string[]];
    /**
     * The environment to load; only its origin is ever sent requests, and credentials never go anywhere else.
     */
    environment?: string;
    /**
     * Requests per second, open model (arrival rate, not connections): requests go out on this schedule whatever the responses do. Shared by weight among the endpoints without a rate of their own (default 10). All endpoints together are capped at 50/s unless max-rate raises the ceiling.
     */
    rate?: number;
    /**
     * Raises the rate ceiling from its default of 50 requests per second (all endpoints together) up to at most 1000. Without it, a higher rate is lowered to 50/s and the run says so (latency-capped).
     */
    'max-rate'?: number;
    /**
     * How long the measured load lasts (default 30s). warmup plus duration may not exceed 10m: a longer run is refused (latency-setting-refused).
     */
    duration?: Duration;
    /**
     * Load sent first, on the same schedule, and left out of the results (default 0s): connections open and caches fill before measuring.
     */
    warmup?: Duration;
    /**
     * How long one request may take once sent (default 10s, at most 60s). A request that times out is an error and counts in the percentiles at the time it gave up.
     */
    timeout?: Duration;
    /**
     * The most requests one run sends, warmup included (default 30,000, at most 600,000). A longer run is shortened to fit and says so (latency-capped).
     */
    'max-requests'?: number;
    /**
     * Stop early (latency-stopped-early) when more than this share of the last 50 requests failed, once at least 20 have (default 50%): a failing app is not loaded further.
     */
    'stop-error-rate'?: number | string;
    /**
     * The default p95 threshold of every endpoint without its own.
     */
    p95?: Duration;
    /**
     * The default p99 threshold of every endpoint without its own.
     */
    p99?: Duration;
    /**
     * The default max threshold of every endpoint without its own.
     */
    max?: Duration;
    /**
     * The default error-rate threshold of every endpoint without its own (default 1%).
     */
    'error-rate'?: number | string;
    /**
     * Also judge p95 and the error rate in every window of this length (at least 1s), by due time: a run whose last 10 seconds all failed fails on that window even when the whole run is under its thresholds (latency-window-exceeded). Windows with fewer than 10 requests are not judged. The default of every endpoint without its own.
     */
    window?: Duration;
    /**
     * A previous JSON report (--format json) to compare with, relative to the working directory; the baseline input overrides it. An endpoint whose p95 got worse by more than both regression margins fails with latency-regression.
     */
    baseline?: string;
    /**
     * When a p95 slower than the baseline's counts as a regression: worse by more than both margins.
     */
    regression?: {
      /**
       * How much slower than the baseline's p95, as a share of it, is a regression (default 20%).
       */
      relative?: number | string;
      /**
       * How much slower than the baseline's p95, in time, is a regression (default 25ms). Both margins must be passed: shared runners are noisy.
       */
      absolute?: Duration;
    };
    /**
     * A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA.
     */
    'ca-file'?: string;
    /**
     * The requests to load and their thresholds.
     *
     * @minItems 1
     *
     * Items: One endpoint under load, with its thresholds.
     */
    endpoints: [
      {
        /**
         * A short name shown in findings and the summary, and matched against the baseline's endpoints (default: the request line).
         */
        name?: string;
        request: Request;
        /**
         * The session to run as; the first session when omitted. Each session signs in once, before the load.
         */
        session?: string;
        /**
         * Send this endpoint's requests signed out, without any session.
         */
        anonymous?: boolean;
        headers?: StringMap;
        /**
         * This endpoint's share of latency.rate, relative to the other endpoints without a rate of their own (default 1).
         */
        weight?: number;
        /**
         * This endpoint's own requests per second, instead of a share of latency.rate (weight is then ignored). Counts against the same ceiling.
         */
        rate?: number;
        /**
         * Fail (latency-p95-exceeded) when this endpoint's 95th percentile is slower than this, e.g. 500ms. Default: latency.p95.
         */
        p95?: Duration;
        /**
         * Fail (latency-p99-exceeded) when the 99th percentile is slower than this. Default: latency.p99.
         */
        p99?: Duration;
        /**
         * Fail (latency-max-exceeded) when the slowest request took longer than this. Default: latency.max.
         */
        max?: Duration;
        /**
         * Fail (latency-error-rate-exceeded) when more than this share of requests failed: no response, a timeout, or a 4xx or 5xx status. Default: latency.error-rate.
         */
        'error-rate'?: number | string;
        /**
         * This endpoint's window for windowed thresholds, instead of latency.window.
         */
        window?: Duration;
      },
      ...{
        /**
         * A short name shown in findings and the summary, and matched against the baseline's endpoints (default: the request line).
         */
        name?: string;
        request: Request;
        /**
         * The session to run as; the first session when omitted. Each session signs in once, before the load.
         */
        session?: string;
        /**
         * Send this endpoint's requests signed out, without any session.
         */
        anonymous?: boolean;
        headers?: StringMap;
        /**
         * This endpoint's share of latency.rate, relative to the other endpoints without a rate of their own (default 1).
         */
        weight?: number;
        /**
         * This endpoint's own requests per second, instead of a share of latency.rate (weight is then ignored). Counts against the same ceiling.
         */
        rate?: number;
        /**
         * Fail (latency-p95-exceeded) when this endpoint's 95th percentile is slower than this, e.g. 500ms. Default: latency.p95.
         */
        p95?: Duration;
        /**
         * Fail (latency-p99-exceeded) when the 99th percentile is slower than this. Default: latency.p99.
         */
        p99?: Duration;
        /**
         * Fail (latency-max-exceeded) when the slowest request took longer than this. Default: latency.max.
         */
        max?: Duration;
        /**
         * Fail (latency-error-rate-exceeded) when more than this share of requests failed: no response, a timeout, or a 4xx or 5xx status. Default: latency.error-rate.
         */
        'error-rate'?: number | string;
        /**
         * This endpoint's window for windowed thresholds, instead of latency.window.
         */
        window?: Duration;
      }[]
    ];
    rules?: RuleOverrides;
  };
  /**
   * Launch readiness of the domain: DNS records, mail authentication (SPF, DMARC, DKIM, MX), TLS certificates, HSTS, redirects, headers of signed-in pages and login rate limits.
   */
  domain?: {
    /**
     * GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.
     *
     * @minItems 1
     */
    on?: [string, ...string[]];
    /**
     * Sessions and relative requests use this environment's url.
     */
    environment?: string;
    /**
     * The DNS server used for every name this check looks up or connects to, by address: 1.1.1.1, 127.0.0.1:5353 or [2606:4700:4700::1111]:53. Default: the system's resolvers.
     */
    resolver?: string;
    /**
     * Several DNS servers: every record is asked of each, and different answers are reported (propagation not finished). The first one is used for connections.
     *
     * @minItems 1
     */
    resolvers?: [string, ...string[]];
    /**
     * Extra trusted CA certificates (internal PKI, tests): a PEM file relative to the working directory, or PEM text. The usual public roots stay trusted.
     */
    ca?: string;
    /**
     * How long one DNS lookup, connection or HTTP request may take before it counts as failed. Default 5s.
     */
    timeout?: Duration;
    /**
     * Accept DMARC p=none (monitoring only) for every email domain, e.g. while reports are being read before enforcing. Default false.
     */
    'allow-dmarc-none'?: boolean;
    /**
     * Records that must resolve to exactly these values. CNAME chains are followed.
     *
     * Items: One expected record.
     */
    dns?: ((
      | {
          value: unknown;
        }
      | {
          values: unknown;
        }
    ) & {
      /**
       * The name to look up, e.g. app.example.com.
       */
      name: string;
      /**
       * The record type.
       */
      type: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS' | 'CAA';
      /**
       * The one expected value: an address, a target name, "10 mail.example.com" for MX, the whole text for TXT, "0 issue letsencrypt.org" for CAA.
       */
      value?: string;
      /**
       * Every expected value (A, AAAA, MX, NS and CAA must match exactly; TXT must contain each one).
       *
       * @minItems 1
       */
      values?: [string, ...string[]];
    })[];
    /**
     * Mail domains whose SPF, DMARC, DKIM and MX records are checked.
     *
     * Items: One mail domain.
     */
    email?: {
      /**
       * The domain mail is sent from, e.g. example.com.
       */
      domain: string;
      /**
       * DKIM selectors that must publish a key at <selector>._domainkey.<domain>. Without it, the selectors common mail providers publish by default are probed and a notice says which hold keys; an empty list turns the probe off.
       */
      dkim?: string[];
      /**
       * Check SPF. Default true.
       */
      spf?: boolean;
      /**
       * Check DMARC. Default true.
       */
      dmarc?: boolean;
      /**
       * The domain receives mail, so it needs MX records. Default true; false for send-only domains.
       */
      mx?: boolean;
      /**
       * Accept DMARC p=none for this domain. Default: the section's allow-dmarc-none.
       */
      'allow-dmarc-none'?: boolean;
    }[];
    /**
     * TLS endpoints whose certificates must be valid, trusted, for the right name and far from expiry.
     *
     * Items: One TLS endpoint.
     */
    tls?: {
      /**
       * The host name, sent as SNI and matched against the certificate.
       */
      host: string;
      /**
       * Default 443.
       */
      port?: number;
      /**
       * Fewer days left than this is an error. Default 14.
       */
      'min-days'?: number;
      /**
       * Fewer days left than this is a warning. Default 30.
       */
      'warn-days'?: number;
    }[];
    /**
     * HTTPS URLs that must send Strict-Transport-Security with a max-age of at least a year.
     *
     * Items: One URL, or one URL with options.
     */
    hsts?: (
      | string
      | {
          /**
           * An HTTPS URL, or a path on the environment's url.
           */
          url: string;
          /**
           * Require includeSubDomains. Default false.
           */
          'include-subdomains'?: boolean;
          /**
           * Require what hstspreload.org requires: max-age of at least a year, includeSubDomains and preload. Default false.
           */
          preload?: boolean;
        }
    )[];
    /**
     * Old links that must keep working: each is followed hop by hop, without credentials, to where it must end.
     *
     * Items: One redirect.
     */
    redirects?: {
      /**
       * The old URL, or a path on the environment's url.
       */
      from: string;
      /**
       * Where the redirects must end.
       */
      to: string;
      /**
       * The status the first hop must answer with. Default: any redirect status.
       */
      status?: 301 | 302 | 303 | 307 | 308;
      /**
       * More hops than this is reported. Default 3.
       */
      'max-hops'?: number;
    }[];
    /**
     * Pages whose response headers are inspected: caching of signed-in pages, cookie flags, mixed content and security headers.
     *
     * Items: One page, or one page with the session to request it as.
     */
    headers?: (
      | string
      | {
          /**
           * A URL, or a path on the environment's url.
           */
          url: string;
          /**
           * Request the page signed in as this session (see sessions), so caching rules for signed-in responses apply.
           */
          session?: string;
        }
    )[];
    /**
     * Sign-in endpoints that must slow down a burst of failed attempts. Only a throwaway user name and a wrong password are ever sent.
     *
     * Items: One sign-in endpoint.
     */
    'rate-limit'?: {
      request: Request;
      /**
       * Failed sign-ins to send at most; the burst stops at the first 429, lockout or Retry-After. Default 20, at most 50.
       */
      attempts?: number;
      /**
       * How the body is sent: a JSON object or an HTML form. Default json.
       */
      format?: 'json' | 'form';
      /**
       * The body field for the user name. Default email.
       */
      'user-field'?: string;
      /**
       * The body field for the password. Default password.
       */
      'password-field'?: string;
    }[];
    /**
     * Hostnames served through a reverse proxy or CDN: that the proxy is in front (headers, addresses in its published ranges), the origin is not published or open to everyone, sign-in and API calls pass through without challenges and with working cookies, signed-in responses are never edge-cached and static assets are.
     */
    hosts?: {
      /**
       * One hostname as the public reaches it.
       */
      [k: string]: {
        /**
         * What serves the name: `cloudflare`, `none` (no proxy checks), or a generic proxy { name, headers, ranges } with the response headers that show it served a response.
         */
        proxy:
          | ('cloudflare' | 'none')
          | {
              /**
               * The proxy's name, for messages.
               */
              name?: string;
              /**
               * Response header names, any one of which shows the proxy served the response (e.g. x-served-by, x-amz-cf-id).
               *
               * @minItems 1
               */
              headers: [string, ...string[]];
              /**
               * The proxy's published address ranges (CIDR).
               */
              ranges?: string[];
            };
        /**
         * The origin's address (and HTTPS port, default 443): it must not be published in DNS for this name, and should refuse or redirect requests that reach it directly.
         */
        origin?: string;
        /**
         * The public HTTPS port. Default 443.
         */
        port?: number;
        /**
         * Address ranges that replace the proxy's published ones (Cloudflare's ship with release-gate, dated).
         */
        ranges?: string[];
        /**
         * A session (under sessions) that signs in through the proxy; its cookies must suit the hostname and its requests must not be challenged.
         */
        session?: string;
        /**
         * Paths requested signed in through the proxy (pages and /api calls): never challenged, never from the edge cache. Needs session.
         */
        'signed-in'?: string[];
        /**
         * Static asset paths the edge should cache for a day or more (a notice when it does not).
         */
        static?: string[];
      };
    };
    rules?: RuleOverrides;
  };
  /**
   * After smoke passes: observe first live traffic (docs/operate.md#watch). For `duration`, every path is probed each `interval` with smoke's client; the watch fails, and stops at once, when the error rate or the p95 over the last `window` goes over its limit. Runs only when named (`release-gate watch`, actions/watch, or the checks input).
   */
  watch?: {
    /**
     * GitHub events this check runs on. By default it runs on every event except pull requests.
     *
     * @minItems 1
     */
    on?: [string, ...string[]];
    /**
     * The environment to watch (default: --environment, the deployment's environment, or the only one). On deployment_status events the deployed URL is watched.
     */
    environment?: string;
    /**
     * How long to watch (default 10m, at most 60m).
     */
    duration?: Duration;
    /**
     * Time between rounds of probes (default 30s, at least 100ms). Each round probes every path once.
     */
    interval?: Duration;
    /**
     * The sliding window the error rate and p95 are judged over (default 5m, at most duration).
     */
    window?: Duration;
    /**
     * The user paths to probe: "/login" (a signed-out GET; a 5xx or no response is an error) or a probe like monitor's ({ name, request, session, expect }).
     *
     * @minItems 1
     */
    paths: [string | Probe, ...(string | Probe)[]];
    /**
     * The highest share of failed probes in the window (default 2%). A probe fails on no response, a 5xx, or an unmet expect.
     */
    'max-error-rate'?: number | string;
    /**
     * The highest p95 response time in the window; not judged when unset.
     */
    'max-p95'?: Duration;
    /**
     * Probes the window must hold before it is judged (default 20), so one slow or failed probe in the first round is not a spike; the end of the watch judges whatever the last window holds.
     */
    'min-probes'?: number;
    /**
     * An error-rate figure the app exposes (a small app's 5xx rate is often only visible there), read each round and judged against max-error-rate.
     */
    source?: {
      request: Request;
      /**
       * Read it signed in as this session.
       */
      session?: string;
      /**
       * JSONPath to the figure in the response, e.g. $.http.errorRate.
       */
      'error-rate': string;
      /**
       * `share` (0.02 means 2%, the default) or `percent` (2 means 2%).
       */
      scale?: 'share' | 'percent';
    };
    /**
     * How long one probe may take (default 10s).
     */
    timeout?: Duration;
    rules?: RuleOverrides;
  };
  /**
   * Scheduled runs: the availability and latency of each user path, recorded separately in the history with the certificate's days left (docs/operate.md#monitor). A path is down after two consecutive failed checks and recovered at its first success. A list of paths, or a map with paths, interval and environment. Runs only when named (`release-gate monitor`, actions/monitor).
   */
  monitor?:
    | [Probe, ...Probe[]]
    | {
        /**
         * GitHub events the monitor runs on. By default every event except pull requests.
         *
         * @minItems 1
         */
        on?: [string, ...string[]];
        /**
         * The environment to monitor (default: --environment, else production when defined, else the only one).
         */
        environment?: string;
        /**
         * How often the workflow runs the monitor (default 15m, the cron schedule's period; with --every, that). A gap longer than three intervals between runs is not monitored: never counted as up.
         */
        interval?: Duration;
        /**
         * The user paths, each recorded on its own: homepage up but login down is reported as exactly that.
         *
         * @minItems 1
         */
        paths: [Probe, ...Probe[]];
        /**
         * Record the days left on the environment's TLS certificate and alert at 21 and 7 days (default true; https URLs only).
         */
        certificate?: boolean;
        /**
         * A PEM file of extra certificate authorities to trust, for an environment behind a private CA.
         */
        'ca-file'?: string;
        /**
         * How long each probe may take (default 10s).
         */
        timeout?: Duration;
        rules?: RuleOverrides;
      };
  /**
   * Where failures and recoveries go, to real people (docs/operate.md#alerts): a Slack-compatible (or Teams, or generic JSON) webhook, or one GitHub issue per failing check or monitored path. Sent on a change of state only (a path down for six hours is one alert and one recovery); a delivery that fails is retried a few times and reported, and never changes the checks' result.
   *
   * @minItems 1
   */
  alerts?: [
    {
      /**
       * How reports name this sink (default: webhook 1, github-issue).
       */
      name?: string;
      /**
       * The webhook URL, from a secret: "{{ env.SLACK_WEBHOOK }}". Never printed.
       */
      webhook?: string;
      /**
       * The webhook's body: `slack` (Slack-compatible { text }, the default; Mattermost, Discord's /slack and Rocket.Chat read it too), `teams` (an Adaptive Card, for a Teams Workflows webhook or an older connector) or `generic` (the alert as JSON).
       */
      format?: 'slack' | 'generic' | 'teams';
      /**
       * Open one issue per failing check or monitored path (found again by a hidden marker), comment when the failure changes, close it on recovery. Uses GITHUB_TOKEN (the action's token input) with `issues: write`.
       */
      'github-issue'?: boolean;
      /**
       * Labels of the issues opened.
       */
      labels?: string[];
      /**
       * GitHub users assigned to the issues opened.
       */
      assignees?: string[];
      /**
       * What is sent: failure, recovery, or both (the default).
       *
       * @minItems 1
       */
      on?: ['failure' | 'recovery', ...('failure' | 'recovery')[]];
    },
    ...{
      /**
       * How reports name this sink (default: webhook 1, github-issue).
       */
      name?: string;
      /**
       * The webhook URL, from a secret: "{{ env.SLACK_WEBHOOK }}". Never printed.
       */
      webhook?: string;
      /**
       * The webhook's body: `slack` (Slack-compatible { text }, the default; Mattermost, Discord's /slack and Rocket.Chat read it too), `teams` (an Adaptive Card, for a Teams Workflows webhook or an older connector) or `generic` (the alert as JSON).
       */
      format?: 'slack' | 'generic' | 'teams';
      /**
       * Open one issue per failing check or monitored path (found again by a hidden marker), comment when the failure changes, close it on recovery. Uses GITHUB_TOKEN (the action's token input) with `issues: write`.
       */
      'github-issue'?: boolean;
      /**
       * Labels of the issues opened.
       */
      labels?: string[];
      /**
       * GitHub users assigned to the issues opened.
       */
      assignees?: string[];
      /**
       * What is sent: failure, recovery, or both (the default).
       *
       * @minItems 1
       */
      on?: ['failure' | 'recovery', ...('failure' | 'recovery')[]];
    }[]
  ];
  /**
   * Where each run's JSON report is kept, for trends, the dashboard and the go-live and handover reports (docs/operate.md). The actions add every run to it; the CLI's `history add` does the same for any report.
   */
  history?: {
    /**
     * A git branch that holds the history (history.ndjson), committed by the actions with retries when a concurrent run pushed first. Needs `permissions: contents: write`; a fork's pull request, which cannot push, skips it with a notice.
     */
    branch?: string;
    /**
     * A file store, relative to the working directory (default .release-gate/history.ndjson): what the CLI uses when no branch is set.
     */
    file?: string;
    /**
     * Runs kept per workflow kind and environment (default 500); older runs are dropped when a run is added.
     */
    keep?: number;
    /**
     * The dashboard's address, linked from every job summary (default: the repository's GitHub Pages address).
     */
    dashboard?: string;
    /**
     * How many earlier comparable runs (same kind, environment and endpoint) make the rolling baseline a figure is judged against (default 20; at least 5 are needed before anything is called a regression).
     */
    'baseline-runs'?: number;
  };
  /**
   * How to go back to the last release whose post-deploy gate passed when smoke, latency or watch fails after a deploy (docs/operate.md#rollback): a command or a workflow_dispatch workflow, one of the two. Then smoke runs again against the rolled-back deployment to confirm it.
   */
  rollback?: (
    | {
        run: unknown;
      }
    | {
        workflow: unknown;
      }
  ) & {
    /**
     * A shell command run from the working directory, given RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA (the last sha whose post-deploy gate passed) and RELEASE_GATE_REASON. Exit 0 means rolled back.
     */
    run?: string;
    /**
     * A workflow file in .github/workflows with a workflow_dispatch trigger, dispatched with the inputs sha (the last sha whose post-deploy gate passed), environment, failed-sha and reason. Needs `permissions: actions: write`.
     */
    workflow?: string;
    /**
     * auto (default): roll back as soon as a post-deploy run fails. manual: only `release-gate rollback` rolls back; a failure says how.
     */
    when?: 'auto' | 'manual';
    /**
     * The branch or tag the workflow is dispatched on (default: the workflow run's branch, else main).
     */
    ref?: string;
    /**
     * How long the command may run before it is stopped and the rollback counts as failed (default 10m).
     */
    timeout?: Duration;
    /**
     * Run smoke again against the rolled-back deployment (default true). Give smoke a `wait` that checks the version, so the confirmation waits for the old release to be served.
     */
    confirm?: boolean;
  };
  /**
   * Facts the checks cannot see, for the go-live (`report --launch`) and handover (`report --handover`) reports.
   */
  launch?: {
    /**
     * Who holds what, by area: dns, hosting, mail, secrets, alerts, or any other name.
     */
    owners?: {
      [k: string]: string;
    };
    /**
     * The document that says how to roll back, relative to the working directory; the go-live checklist checks that it exists and is not empty.
     */
    rollback?: string;
    /**
     * Where logs live.
     */
    logs?: string;
    /**
     * Limitations the team accepts at launch; they close the go-live report.
     */
    'known-limitations'?: string[];
  };
}
export interface StringMap {
  [k: string]: string | number | boolean;
}
/**
 * What the response must look like.
 */
export interface Expect {
  /**
   * Expected status: a code such as 201, a class such as "2xx", or a list of them. Default: any 2xx.
   */
  status?: number | string | [number | string, ...(number | string)[]];
  /**
   * Text the response body must contain; templates are expanded.
   */
  'body-contains'?: string;
  /**
   * Text the response body must not contain; templates are expanded.
   */
  'body-not-contains'?: string;
  /**
   * JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.
   */
  json?: {
    [k: string]: unknown;
  };
  /**
   * Header name → regular expression the value must match; a template's value is matched literally. Patterns run in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Longest acceptable response time in milliseconds.
   */
  'max-ms'?: number;
}
/**
 * Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).
 */
export interface Captures {
  [k: string]: string;
}
/**
 * Severity overrides by rule id: error, warning, notice or off.
 */
export interface RuleOverrides {
  [k: string]: 'error' | 'warning' | 'notice' | 'off';
}
/**
 * One user path probed on its own: a request (signed in when `session` is given), or a session's sign-in itself when only `session` is given.
 */
export interface Probe {
  /**
   * How findings, alerts, the history and the dashboard name the path, e.g. login.
   */
  name: string;
  request?: Request;
  /**
   * Sign in as this session (from `sessions`) first; with no request, the sign-in is the probe.
   */
  session?: string;
  headers?: StringMap;
  expect?: Expect;
  /**
   * How long the probe may take (default 10s).
   */
  timeout?: Duration;
}
