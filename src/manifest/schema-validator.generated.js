// Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit.
import runtime0 from 'ajv/dist/runtime/ucs2length.js';

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://release-gate.dev/schema/release-gate.schema.json","title":"release-gate manifest","description":"One manifest describes the app; every release-gate check reads its own section.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"The manifest format version. Only 1 exists.","const":1,"x-expected":"1"},"environments":{"type":"object","description":"The deployed environments, by name.","x-expected":"a map of environment names to {url, env-file}","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"url":{"type":"string","description":"The environment's origin, e.g. https://ops.example.com.","x-expected":"an absolute URL such as https://ops.example.com","pattern":"^https?://[^\\s/?#]+(/\\S*)?$"},"env-file":{"type":"string","description":"A dotenv file holding this environment's values, for the env check."}},"description":"One environment."}},"sessions":{"type":"object","description":"How smoke and latency sign in; cookies are kept automatically.","x-expected":"a map of session names to {login, headers}","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"login-page":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"}},"required":["request"],"description":"A request made just before the login, in the same cookie jar, whose captures the login may use: e.g. GET /login with capture: { csrf: \"input:_csrf\" } for a sign-in form protected by a CSRF token."},"login":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values."},"form":{"$ref":"#/$defs/stringMap"},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"}},"required":["request"],"description":"The sign-in request. It follows redirects (keeping cookies set on the way) and must answer 2xx unless `expect` says otherwise; captured values are secrets, masked in every output."},"headers":{"allOf":[{"$ref":"#/$defs/stringMap"}],"description":"Headers sent on every request of this session, e.g. authorization: \"Bearer {{ token }}\"."}},"description":"One signed-in role."}},"env":{"type":"object","additionalProperties":false,"properties":{"declared-in":{"type":"array","items":{"type":"string","minLength":1},"description":"Files that declare what the app needs, e.g. .env.example.","x-expected":"a list of globs"},"scan":{"type":"array","items":{"type":"string","minLength":1},"description":"Code searched for uses of variables (process.env.X, os.environ[...], ...).","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs left out of `scan`, and of the search of committed env files for secrets (e.g. test fixtures); node_modules, .git and dist are always left out.","x-expected":"a list of globs"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Variable names (a * matches any run of characters) that env-undeclared-use and env-unused skip. NODE_ENV, CI, PATH, HOME, GITHUB_*, RUNNER_* and other platform variables are always skipped.","x-expected":"a list of variable names or name globs such as FEATURE_*"},"production":{"type":"array","items":{"type":"string"},"description":"Environments whose values must not point at localhost or another environment's host. Default: environments named prod, production or live (optionally with a -suffix, e.g. production-eu).","x-expected":"a list of environment names"},"vars":{"type":"object","description":"Per-variable expectations.","x-expected":"a map of variable names to options","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"required":{"type":"boolean","description":"Must be set and non-empty in every environment checked. Every declared variable is required unless this is false or required-in narrows it."},"required-in":{"type":"array","items":{"type":"string"},"description":"Environments where it must be set; elsewhere it is optional.","x-expected":"a list of environment names"},"format":{"enum":["url","email","number","integer","boolean","port","host","json","duration"],"description":"The shape the value must have."},"enum":{"type":"array","items":{"type":["string","number","boolean"]},"description":"The allowed values.","x-expected":"a list of allowed values"},"pattern":{"type":"string","description":"A regular expression the whole value must match."},"secret":{"type":"boolean","description":"The value is a secret: never printed, and must differ between environments. Names containing SECRET, TOKEN, PASSWORD, PASSWD, KEY, DSN or CREDENTIAL are secret unless this is false."},"distinct":{"type":"boolean","description":"The value must differ between environments (compared by keyed fingerprints, never by value). Defaults to the value of secret."},"forbid":{"type":"object","description":"Environment → substrings (case-insensitive) its value must not contain.","x-expected":"a map of environment names to lists of forbidden substrings","additionalProperties":{"type":"array","items":{"type":"string"}}}},"description":"What one variable must look like."}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Environment completeness: every environment has every variable it needs."},"migrations":{"type":"object","additionalProperties":false,"properties":{"dialect":{"enum":["postgres"],"description":"The SQL dialect. Only postgres is supported."},"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Migration files, e.g. db/migrations/*.sql. Defaults to the preset's usual location.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Files matched by paths that are not migrations to lint, e.g. db/migrations/seed/**.","x-expected":"a list of globs"},"preset":{"enum":["plain","flyway","golang-migrate","prisma","dbmate","node-pg-migrate","rails","django","alembic","diesel","goose","sql-migrate"],"description":"The migration tool: how versions are read from file names, which part of a file runs on migrate up, and whether the tool wraps each file in a transaction. Default plain: leading digits of the file name (or of its folder) are the version, each statement runs on its own unless the file says BEGIN, psql commands are understood, and a file annotated for goose, sql-migrate or dbmate runs its Up part as that tool does."},"transaction":{"enum":["auto","always","never"],"description":"Whether the runner wraps each migration file in a transaction: auto follows the preset, always and never override it."},"postgres-version":{"type":"number","minimum":9.6,"maximum":99,"description":"The PostgreSQL major version the migrations run on (default 15); rules whose safe form depends on it follow it.","x-expected":"a PostgreSQL major version such as 15"},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Migration safety lint."},"secrets":{"type":"object","additionalProperties":false,"properties":{"paths":{"type":"array","items":{"type":"string","minLength":1},"description":"Files to scan (default: every file). .gitignore is honoured; .git, node_modules and .release-gate are never scanned.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Files to skip, e.g. dist/** or test/fixtures/**.","x-expected":"a list of globs"},"logs":{"type":"array","items":{"type":"string","minLength":1},"description":"Log files to scan with the log-aware rules as well (Authorization headers, cookies, logged passwords, personal data). They are read even when .gitignore lists them, and always whole, also with --base.","x-expected":"a list of globs"},"max-file-size":{"type":["integer","string"],"minimum":1,"pattern":"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$","description":"Files larger than this are skipped with a notice (default 10MB; K, M and G are powers of 1024). Logs are streamed and never skipped.","x-expected":"a size such as 10MB, 512KB, or a number of bytes"},"baseline":{"type":"string","minLength":1,"description":"A baseline file of accepted findings, written by --write-baseline FILE (the `baseline` input overrides it). Findings are matched by rule and secret hash, not by line.","x-expected":"a file path"},"include-personal-data":{"type":"boolean","description":"Report email addresses, card numbers and phone numbers found in logs, as warnings (default true)."},"archives":{"type":"boolean","description":"Open .zip, .tar, .tar.gz/.tgz and .gz files and scan the text files inside (default false: each archive gets a secrets-archive-not-scanned notice). Entries over max-file-size are skipped, and at most four times max-file-size is decompressed per archive."},"contexts":{"type":"object","additionalProperties":false,"description":"Severity of generic matches (assignments such as password = \"…\", passwords in URLs, Authorization headers, values found only after a provider keyword) by where the file sits. Provider formats with a checksum or a decodable structure (GitHub tokens, private keys, JWTs, …) keep their severity in every context.","x-expected":"a map from code, config, test, fixture, docs, locale, vendored to error, warning, notice or off","properties":{"code":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Source files (default error)."},"config":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Config and env files: .env*, YAML, INI, Dockerfiles, kubeconfig (default error)."},"test":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Tests: test/, spec/, __tests__/, *.test.*, *_test.go (default warning)."},"fixture":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Fixtures: fixtures/, testdata/, __snapshots__/, cassettes/, mocks/, seeds/ (default warning)."},"docs":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Docs: Markdown and other prose, docs/, website/, examples/, READMEs and *.example/.sample/.template files (default warning)."},"locale":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Locale files: locales/, i18n/, translations/, .po, .xliff, .arb (default off)."},"vendored":{"type":"string","enum":["error","warning","notice","off"],"x-expected":"error, warning, notice or off","description":"Vendored code: vendor/, third_party/, bower_components/, *.min.js (default warning)."}}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"description":"Secret scanning of code, pull-request diffs and logs. Findings show a masked form only."},"dependencies":{"type":"object","additionalProperties":false,"description":"Third-party packages that handle sign-in, sessions or money: known advisories (OSV), deprecated or stale releases, and, on pull requests, critical packages added, removed, changed in major version or imitated by a look-alike name.","properties":{"lockfiles":{"type":"array","items":{"type":"string","minLength":1},"description":"Lockfiles to read (globs). Default: every package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, requirements*.txt, poetry.lock, Pipfile.lock, Gemfile.lock, go.sum and composer.lock outside node_modules and vendor.","x-expected":"a list of globs"},"exclude":{"type":"array","items":{"type":"string","minLength":1},"description":"Lockfiles to skip, e.g. test/fixtures/**.","x-expected":"a list of globs"},"critical":{"type":"array","items":{"type":"string","minLength":1},"description":"More package names to treat as critical, besides the built-in table of auth, payment and session/crypto packages: exact names, a trailing * for a prefix (@acme/auth-*), or ecosystem:name (PyPI:acme-sso) to name one ecosystem only.","x-expected":"a list of package names"},"advisories":{"type":"string","minLength":1,"description":"Where advisories come from: `osv` (default: the OSV query API, one batch per run), `off`, or the path of a directory of OSV JSON records (an unzipped OSV export) for runners without network access (./osv for a directory named osv or off).","x-expected":"osv, off, or a directory path"},"osv-url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"The OSV API root, for a mirror. Default https://api.osv.dev.","x-expected":"an http(s) URL"},"registry":{"type":"boolean","description":"Look up each critical package's latest release and deprecation in its registry (npm, PyPI, RubyGems, the Go module proxy, Packagist). Default true; false, or an advisories directory, skips it with a notice."},"registry-urls":{"type":"object","additionalProperties":false,"description":"Registry roots, for mirrors.","properties":{"npm":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://registry.npmjs.org.","x-expected":"an http(s) URL"},"pypi":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://pypi.org.","x-expected":"an http(s) URL"},"rubygems":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://rubygems.org.","x-expected":"an http(s) URL"},"go":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://proxy.golang.org.","x-expected":"an http(s) URL"},"packagist":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Default https://repo.packagist.org.","x-expected":"an http(s) URL"}}},"min-severity":{"enum":["low","moderate","high","critical"],"description":"Advisories on packages that are not critical are reported from this severity up (default low: all of them). Advisories on critical packages are always reported."},"dev":{"type":"boolean","description":"Include development-only packages. Default true."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request to OSV or a registry may take. Default 15s."},"rules":{"$ref":"#/$defs/ruleOverrides"}}},"smoke":{"type":"object","additionalProperties":false,"properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"The environment to test; its url is the origin of every request."},"wait":{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"expect":{"allOf":[{"$ref":"#/$defs/expect"}],"description":"What the response must show once the new release is serving, e.g. { headers: { x-app-version: \"^{{ deployment_sha }}\" } }. Default: any 2xx."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Give up after this long (default 5m), failing with smoke-rollout-timeout. A poll in flight still gets its full request timeout."},"interval":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The first pause between polls (default 2s); it doubles after each poll up to max-interval."},"max-interval":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The longest pause between polls (default 30s)."}},"required":["request"],"description":"Wait for the rollout: poll this signed-out request with backoff until it meets its expectation, before the steps start. Its time does not count against the deadline."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request may take (default 10s) before it fails with smoke-timeout."},"deadline":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long all steps together may take (default 2m); steps not started by then are skipped. Cleanups still run, each with its own timeout."},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"Retries, with backoff, after a connection error or a 502, 503 or 504 (default 2). POST and PATCH steps are not retried unless they set retries themselves."},"deployment-url":{"type":"boolean","description":"On a deployment_status event, test the URL the deployment reports (environment_url, else target_url) instead of the environment's url (default true). The action's url input overrides both."},"ca-file":{"type":"string","description":"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA."},"steps":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","description":"A short name shown in findings and the summary."},"request":{"$ref":"#/$defs/request"},"session":{"type":"string","description":"The session to run as; the first session when omitted."},"anonymous":{"type":"boolean","description":"Send the request signed out: no session, no cookies. For pages that must redirect a visitor to the sign-in page."},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values."},"form":{"$ref":"#/$defs/stringMap"},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"},"capture":{"$ref":"#/$defs/captures"},"cleanup":{"description":"A request that undoes this step, e.g. \"DELETE /api/tasks/{{ id }}\", or a map with request, headers, json, form, body and expect. Cleanups run after all steps, in reverse order, even when a step failed; they must answer 2xx unless expect says otherwise.","x-expected":"a request such as \"DELETE /api/tasks/{{ id }}\", or a map with request and expect","anyOf":[{"$ref":"#/$defs/request"},{"type":"object","additionalProperties":false,"properties":{"request":{"$ref":"#/$defs/request"},"headers":{"$ref":"#/$defs/stringMap"},"json":{"description":"A JSON body; templates are expanded in string values. Sent with Content-Type: application/json."},"form":{"allOf":[{"$ref":"#/$defs/stringMap"}],"description":"A form body, sent as application/x-www-form-urlencoded."},"body":{"type":"string","description":"A raw body."},"expect":{"$ref":"#/$defs/expect"}},"required":["request"]}]},"retries":{"type":"integer","minimum":0,"maximum":10,"description":"Retries after a connection error or a 502, 503 or 504; defaults to smoke.retries for GET, HEAD, OPTIONS, PUT and DELETE, and to 0 for POST and PATCH. Setting it on a POST or PATCH says the server honours the Idempotency-Key header, which every retry repeats."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long this request may take; defaults to smoke.timeout."},"follow-redirects":{"type":"boolean","description":"Follow redirects (default true) and check the final response; false checks the redirect itself."}},"required":["request"],"description":"One request and its expectations."},"description":"The requests, in order.","x-expected":"a list of steps"},"rules":{"$ref":"#/$defs/ruleOverrides"}},"required":["steps"],"description":"Post-deploy smoke tests."},"latency":{"type":"object","additionalProperties":false,"properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"The environment to load; only its origin is ever sent requests, and credentials never go anywhere else."},"rate":{"type":"number","exclusiveMinimum":0,"description":"Requests per second, open model (arrival rate, not connections): requests go out on this schedule whatever the responses do. Shared by weight among the endpoints without a rate of their own (default 10). All endpoints together are capped at 50/s unless max-rate raises the ceiling."},"max-rate":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Raises the rate ceiling from its default of 50 requests per second (all endpoints together) up to at most 1000. Without it, a higher rate is lowered to 50/s and the run says so (latency-capped)."},"duration":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long the measured load lasts (default 30s). warmup plus duration may not exceed 10m: a longer run is refused (latency-setting-refused)."},"warmup":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Load sent first, on the same schedule, and left out of the results (default 0s): connections open and caches fill before measuring."},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one request may take once sent (default 10s, at most 60s). A request that times out is an error and counts in the percentiles at the time it gave up."},"max-requests":{"type":"integer","minimum":1,"maximum":600000,"description":"The most requests one run sends, warmup included (default 30,000, at most 600,000). A longer run is shortened to fit and says so (latency-capped)."},"stop-error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"}],"description":"Stop early (latency-stopped-early) when more than this share of the last 50 requests failed, once at least 20 have (default 50%): a failing app is not loaded further.","x-expected":"a share such as 1% or 0.01"},"p95":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default p95 threshold of every endpoint without its own."},"p99":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default p99 threshold of every endpoint without its own."},"max":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"The default max threshold of every endpoint without its own."},"error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"}],"description":"The default error-rate threshold of every endpoint without its own (default 1%).","x-expected":"a share such as 1% or 0.01"},"window":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Also judge p95 and the error rate in every window of this length (at least 1s), by due time: a run whose last 10 seconds all failed fails on that window even when the whole run is under its thresholds (latency-window-exceeded). Windows with fewer than 10 requests are not judged. The default of every endpoint without its own."},"baseline":{"type":"string","description":"A previous JSON report (--format json) to compare with, relative to the working directory; the baseline input overrides it. An endpoint whose p95 got worse by more than both regression margins fails with latency-regression."},"regression":{"type":"object","additionalProperties":false,"properties":{"relative":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"}],"description":"How much slower than the baseline's p95, as a share of it, is a regression (default 20%).","x-expected":"a share such as 1% or 0.01"},"absolute":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How much slower than the baseline's p95, in time, is a regression (default 25ms). Both margins must be passed: shared runners are noisy."}},"description":"When a p95 slower than the baseline's counts as a regression: worse by more than both margins."},"ca-file":{"type":"string","description":"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA."},"endpoints":{"type":"array","minItems":1,"description":"The requests to load and their thresholds.","x-expected":"a list of endpoints","items":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","description":"A short name shown in findings and the summary, and matched against the baseline's endpoints (default: the request line)."},"request":{"$ref":"#/$defs/request"},"session":{"type":"string","description":"The session to run as; the first session when omitted. Each session signs in once, before the load."},"anonymous":{"type":"boolean","description":"Send this endpoint's requests signed out, without any session."},"headers":{"$ref":"#/$defs/stringMap"},"weight":{"type":"number","exclusiveMinimum":0,"description":"This endpoint's share of latency.rate, relative to the other endpoints without a rate of their own (default 1)."},"rate":{"type":"number","exclusiveMinimum":0,"description":"This endpoint's own requests per second, instead of a share of latency.rate (weight is then ignored). Counts against the same ceiling."},"p95":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-p95-exceeded) when this endpoint's 95th percentile is slower than this, e.g. 500ms. Default: latency.p95."},"p99":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-p99-exceeded) when the 99th percentile is slower than this. Default: latency.p99."},"max":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"Fail (latency-max-exceeded) when the slowest request took longer than this. Default: latency.max."},"error-rate":{"anyOf":[{"type":"number","minimum":0,"maximum":1},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"}],"description":"Fail (latency-error-rate-exceeded) when more than this share of requests failed: no response, a timeout, or a 4xx or 5xx status. Default: latency.error-rate.","x-expected":"a share such as 1% or 0.01"},"window":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"This endpoint's window for windowed thresholds, instead of latency.window."}},"required":["request"],"description":"One endpoint under load, with its thresholds."}},"rules":{"$ref":"#/$defs/ruleOverrides"}},"required":["endpoints"],"description":"p95 latency under an open-model load: requests go out on a fixed schedule and each is timed from when it was due, so a stalled server counts in full. Capped: 50 requests/s unless max-rate says more (1000 at most), 30,000 requests unless max-requests says more, 10 minutes, and an early stop when most requests fail."},"domain":{"type":"object","additionalProperties":false,"description":"Launch readiness of the domain: DNS records, mail authentication (SPF, DMARC, DKIM, MX), TLS certificates, HSTS, redirects, headers of signed-in pages and login rate limits.","properties":{"on":{"type":"array","items":{"type":"string","pattern":"^[a-z_]+$"},"minItems":1,"description":"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.","x-expected":"a list of GitHub event names, e.g. [pull_request, push]"},"environment":{"type":"string","description":"Sessions and relative requests use this environment's url."},"resolver":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$","description":"The DNS server used for every name this check looks up or connects to, by address: 1.1.1.1, 127.0.0.1:5353 or [2606:4700:4700::1111]:53. Default: the system's resolvers.","x-expected":"a DNS server address such as 1.1.1.1 or 127.0.0.1:5353"},"resolvers":{"type":"array","minItems":1,"items":{"type":"string","pattern":"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},"description":"Several DNS servers: every record is asked of each, and different answers are reported (propagation not finished). The first one is used for connections.","x-expected":"a list of DNS server addresses such as 1.1.1.1 or 127.0.0.1:5353"},"ca":{"type":"string","minLength":1,"description":"Extra trusted CA certificates (internal PKI, tests): a PEM file relative to the working directory, or PEM text. The usual public roots stay trusted.","x-expected":"the path of a PEM file"},"timeout":{"allOf":[{"$ref":"#/$defs/duration"}],"description":"How long one DNS lookup, connection or HTTP request may take before it counts as failed. Default 5s."},"allow-dmarc-none":{"type":"boolean","description":"Accept DMARC p=none (monitoring only) for every email domain, e.g. while reports are being read before enforcing. Default false."},"dns":{"type":"array","description":"Records that must resolve to exactly these values. CNAME chains are followed.","x-expected":"a list of {name, type, value} records","items":{"type":"object","additionalProperties":false,"required":["name","type"],"anyOf":[{"type":"object","properties":{"value":true},"required":["value"]},{"type":"object","properties":{"values":true},"required":["values"]}],"properties":{"name":{"type":"string","minLength":1,"description":"The name to look up, e.g. app.example.com."},"type":{"enum":["A","AAAA","CNAME","MX","TXT","NS","CAA"],"description":"The record type."},"value":{"type":"string","minLength":1,"description":"The one expected value: an address, a target name, \"10 mail.example.com\" for MX, the whole text for TXT, \"0 issue letsencrypt.org\" for CAA."},"values":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Every expected value (A, AAAA, MX, NS and CAA must match exactly; TXT must contain each one).","x-expected":"a list of record values"}},"description":"One expected record.","x-expected":"a record with a value or a list of values"}},"email":{"type":"array","description":"Mail domains whose SPF, DMARC, DKIM and MX records are checked.","x-expected":"a list of {domain, dkim} entries","items":{"type":"object","additionalProperties":false,"required":["domain"],"properties":{"domain":{"type":"string","minLength":1,"description":"The domain mail is sent from, e.g. example.com."},"dkim":{"type":"array","items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},"description":"DKIM selectors that must publish a key at <selector>._domainkey.<domain>. Without it, the selectors common mail providers publish by default are probed and a notice says which hold keys; an empty list turns the probe off.","x-expected":"a list of DKIM selectors such as s1"},"spf":{"type":"boolean","description":"Check SPF. Default true."},"dmarc":{"type":"boolean","description":"Check DMARC. Default true."},"mx":{"type":"boolean","description":"The domain receives mail, so it needs MX records. Default true; false for send-only domains."},"allow-dmarc-none":{"type":"boolean","description":"Accept DMARC p=none for this domain. Default: the section's allow-dmarc-none."}},"description":"One mail domain."}},"tls":{"type":"array","description":"TLS endpoints whose certificates must be valid, trusted, for the right name and far from expiry.","x-expected":"a list of {host, port, min-days} entries","items":{"type":"object","additionalProperties":false,"required":["host"],"properties":{"host":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","description":"The host name, sent as SNI and matched against the certificate.","x-expected":"a host name such as app.example.com"},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Default 443."},"min-days":{"type":"number","minimum":0,"description":"Fewer days left than this is an error. Default 14."},"warn-days":{"type":"number","minimum":0,"description":"Fewer days left than this is a warning. Default 30."}},"description":"One TLS endpoint."}},"hsts":{"type":"array","description":"HTTPS URLs that must send Strict-Transport-Security with a max-age of at least a year.","x-expected":"a list of URLs or {url, include-subdomains, preload} entries","items":{"anyOf":[{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"An HTTPS URL, or a path on the environment's url."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"An HTTPS URL, or a path on the environment's url."},"include-subdomains":{"type":"boolean","description":"Require includeSubDomains. Default false."},"preload":{"type":"boolean","description":"Require what hstspreload.org requires: max-age of at least a year, includeSubDomains and preload. Default false."}}}],"description":"One URL, or one URL with options.","x-expected":"a URL, or {url, include-subdomains, preload}"}},"redirects":{"type":"array","description":"Old links that must keep working: each is followed hop by hop, without credentials, to where it must end.","x-expected":"a list of {from, to, status} entries","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"The old URL, or a path on the environment's url."},"to":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"Where the redirects must end."},"status":{"enum":[301,302,303,307,308],"description":"The status the first hop must answer with. Default: any redirect status."},"max-hops":{"type":"integer","minimum":1,"maximum":10,"description":"More hops than this is reported. Default 3."}},"description":"One redirect."}},"headers":{"type":"array","description":"Pages whose response headers are inspected: caching of signed-in pages, cookie flags, mixed content and security headers.","x-expected":"a list of URLs or {url, session} entries","items":{"anyOf":[{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"A URL, or a path on the environment's url."},{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$","x-expected":"an absolute URL such as https://app.example.com/ or a path such as /dashboard","description":"A URL, or a path on the environment's url."},"session":{"type":"string","description":"Request the page signed in as this session (see sessions), so caching rules for signed-in responses apply."}}}],"description":"One page, or one page with the session to request it as.","x-expected":"a URL, or {url, session}"}},"rate-limit":{"type":"array","description":"Sign-in endpoints that must slow down a burst of failed attempts. Only a throwaway user name and a wrong password are ever sent.","x-expected":"a list of {request} entries","items":{"type":"object","additionalProperties":false,"required":["request"],"properties":{"request":{"$ref":"#/$defs/request"},"attempts":{"type":"integer","minimum":1,"maximum":50,"description":"Failed sign-ins to send at most; the burst stops at the first 429, lockout or Retry-After. Default 20, at most 50."},"format":{"enum":["json","form"],"description":"How the body is sent: a JSON object or an HTML form. Default json."},"user-field":{"type":"string","minLength":1,"description":"The body field for the user name. Default email."},"password-field":{"type":"string","minLength":1,"description":"The body field for the password. Default password."}},"description":"One sign-in endpoint."}},"rules":{"$ref":"#/$defs/ruleOverrides"}}}},"$defs":{"duration":{"description":"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.","x-expected":"a duration such as 500ms, 30s or 2m","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"}]},"request":{"type":"string","description":"\"METHOD /path\", or a full URL on the environment's origin, e.g. \"GET /api/tasks\".","pattern":"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$","x-expected":"a request such as \"GET /api/tasks\""},"ruleOverrides":{"type":"object","description":"Severity overrides by rule id: error, warning, notice or off.","x-expected":"a map of rule ids to error, warning, notice or off","additionalProperties":{"enum":["error","warning","notice","off"]}},"stringMap":{"type":"object","additionalProperties":{"type":["string","number","boolean"]},"x-expected":"a map of names to values"},"captures":{"type":"object","description":"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).","x-expected":"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1}},"expect":{"type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected status: a code such as 201, a class such as \"2xx\", or a list of them. Default: any 2xx.","x-expected":"a status code such as 200, a class such as \"2xx\", or a list of them","anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"},{"type":"array","items":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"}]},"minItems":1}]},"body-contains":{"type":"string","description":"Text the response body must contain; templates are expanded."},"body-not-contains":{"type":"string","description":"Text the response body must not contain; templates are expanded."},"json":{"type":"object","description":"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.","x-expected":"a map of JSONPath expressions such as $.status to expected values","propertyNames":{"pattern":"^\\$"},"additionalProperties":true},"headers":{"type":"object","description":"Header name → regular expression the value must match; a template's value is matched literally.","additionalProperties":{"type":"string"},"x-expected":"a map of header names to regular expressions"},"max-ms":{"type":"number","minimum":0,"description":"Longest acceptable response time in milliseconds."}},"description":"What the response must look like."}}};
const schema12 = {"type":"string","description":"\"METHOD /path\", or a full URL on the environment's origin, e.g. \"GET /api/tasks\".","pattern":"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$","x-expected":"a request such as \"GET /api/tasks\""};
const schema13 = {"type":"object","additionalProperties":{"type":["string","number","boolean"]},"x-expected":"a map of names to values"};
const schema14 = {"type":"object","additionalProperties":false,"properties":{"status":{"description":"Expected status: a code such as 201, a class such as \"2xx\", or a list of them. Default: any 2xx.","x-expected":"a status code such as 200, a class such as \"2xx\", or a list of them","anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"},{"type":"array","items":{"anyOf":[{"type":"integer","minimum":100,"maximum":599},{"type":"string","pattern":"^[1-5]xx$"}]},"minItems":1}]},"body-contains":{"type":"string","description":"Text the response body must contain; templates are expanded."},"body-not-contains":{"type":"string","description":"Text the response body must not contain; templates are expanded."},"json":{"type":"object","description":"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.","x-expected":"a map of JSONPath expressions such as $.status to expected values","propertyNames":{"pattern":"^\\$"},"additionalProperties":true},"headers":{"type":"object","description":"Header name → regular expression the value must match; a template's value is matched literally.","additionalProperties":{"type":"string"},"x-expected":"a map of header names to regular expressions"},"max-ms":{"type":"number","minimum":0,"description":"Longest acceptable response time in milliseconds."}},"description":"What the response must look like."};
const schema15 = {"type":"object","description":"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).","x-expected":"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources","propertyNames":{"pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1}};
const schema22 = {"type":"object","description":"Severity overrides by rule id: error, warning, notice or off.","x-expected":"a map of rule ids to error, warning, notice or off","additionalProperties":{"enum":["error","warning","notice","off"]}};
const schema25 = {"description":"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.","x-expected":"a duration such as 500ms, 30s or 2m","anyOf":[{"type":"number","minimum":0},{"type":"string","pattern":"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"}]};
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default ?? runtime0;
const pattern0 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const pattern1 = new RegExp("^https?://[^\\s/?#]+(/\\S*)?$", "u");
const pattern3 = new RegExp("^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$", "u");
const pattern4 = new RegExp("^[1-5]xx$", "u");
const pattern6 = new RegExp("^\\$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern14 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$", "u");
const pattern15 = new RegExp("^https?://[^\\s]+$", "u");
const pattern21 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$", "u");
const pattern22 = new RegExp("^[a-z_]+$", "u");
const pattern47 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*%\\s*$", "u");
const pattern62 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$", "u");
const pattern65 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");
const pattern66 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern67 = new RegExp("^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://release-gate.dev/schema/release-gate.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.environments !== undefined){
let data1 = data.environments;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
const _errs5 = errors;
if(typeof key1 === "string"){
if(!pattern0.test(key1)){
const err3 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema11.properties.environments.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid1 = _errs5 === errors;
if(!valid1){
const err4 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
for(const key2 in data1){
let data2 = data1[key2];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key3 in data2){
if(!((key3 === "url") || (key3 === "env-file"))){
const err5 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.url !== undefined){
let data3 = data2.url;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err6 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/environments/additionalProperties/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s/?#]+(/\\S*)?$"},message:"must match pattern \""+"^https?://[^\\s/?#]+(/\\S*)?$"+"\"",schema:"^https?://[^\\s/?#]+(/\\S*)?$",parentSchema:schema11.properties.environments.additionalProperties.properties.url,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/environments/additionalProperties/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.url.type,parentSchema:schema11.properties.environments.additionalProperties.properties.url,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2["env-file"] !== undefined){
let data4 = data2["env-file"];
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/env-file",schemaPath:"#/properties/environments/additionalProperties/properties/env-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties["env-file"].type,parentSchema:schema11.properties.environments.additionalProperties.properties["env-file"],data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/environments/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.type,parentSchema:schema11.properties.environments.additionalProperties,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.sessions !== undefined){
let data5 = data.sessions;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key4 in data5){
const _errs16 = errors;
if(typeof key4 === "string"){
if(!pattern0.test(key4)){
const err11 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema11.properties.sessions.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var valid4 = _errs16 === errors;
if(!valid4){
const err12 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema11.properties.sessions.propertyNames,parentSchema:schema11.properties.sessions,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
for(const key5 in data5){
let data6 = data5[key5];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key6 in data6){
if(!(((key6 === "login-page") || (key6 === "login")) || (key6 === "headers"))){
const err13 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sessions/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data6["login-page"] !== undefined){
let data7 = data6["login-page"];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.request === undefined){
const err14 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.sessions.additionalProperties.properties["login-page"].required,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key7 in data7){
if(!((((key7 === "request") || (key7 === "headers")) || (key7 === "expect")) || (key7 === "capture"))){
const err15 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.request !== undefined){
let data8 = data7.request;
if(typeof data8 === "string"){
if(!pattern3.test(data8)){
const err16 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.headers !== undefined){
let data9 = data7.headers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key8 in data9){
let data10 = data9[key8];
if(((typeof data10 !== "string") && (!((typeof data10 == "number") && (isFinite(data10))))) && (typeof data10 !== "boolean")){
const err18 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.expect !== undefined){
let data11 = data7.expect;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key9 in data11){
if(!((((((key9 === "status") || (key9 === "body-contains")) || (key9 === "body-not-contains")) || (key9 === "json")) || (key9 === "headers")) || (key9 === "max-ms"))){
const err20 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.status !== undefined){
let data12 = data11.status;
const _errs38 = errors;
let valid13 = false;
const _errs39 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err21 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 599 || isNaN(data12)){
const err22 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12 < 100 || isNaN(data12)){
const err23 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid0 = _errs39 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs41 = errors;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err24 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid0 = _errs41 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs43 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err26 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs46 = errors;
let valid16 = false;
const _errs47 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err27 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 599 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data13 < 100 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid1 = _errs47 === errors;
valid16 = valid16 || _valid1;
if(!valid16){
const _errs49 = errors;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err30 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs49 === errors;
valid16 = valid16 || _valid1;
}
if(!valid16){
const err32 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs46;
if(vErrors !== null){
if(_errs46){
vErrors.length = _errs46;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid0 = _errs43 === errors;
valid13 = valid13 || _valid0;
}
}
if(!valid13){
const err34 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data11["body-contains"] !== undefined){
let data14 = data11["body-contains"];
if(typeof data14 !== "string"){
const err35 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11["body-not-contains"] !== undefined){
let data15 = data11["body-not-contains"];
if(typeof data15 !== "string"){
const err36 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.json !== undefined){
let data16 = data11.json;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
for(const key10 in data16){
const _errs57 = errors;
if(typeof key10 === "string"){
if(!pattern6.test(key10)){
const err37 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid17 = _errs57 === errors;
if(!valid17){
const err38 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.headers !== undefined){
let data17 = data11.headers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key11 in data17){
let data18 = data17[key11];
if(typeof data18 !== "string"){
const err40 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data18};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11["max-ms"] !== undefined){
let data19 = data11["max-ms"];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err42 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data7.capture !== undefined){
let data20 = data7.capture;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key12 in data20){
const _errs69 = errors;
if(typeof key12 === "string"){
if(!pattern7.test(key12)){
const err45 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
var valid20 = _errs69 === errors;
if(!valid20){
const err46 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
for(const key13 in data20){
let data21 = data20[key13];
if(typeof data21 === "string"){
if(func3(data21) < 1){
const err47 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties["login-page"].type,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data6.login !== undefined){
let data22 = data6.login;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.request === undefined){
const err51 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.sessions.additionalProperties.properties.login.required,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key14 in data22){
if(!(((((((key14 === "request") || (key14 === "headers")) || (key14 === "json")) || (key14 === "form")) || (key14 === "body")) || (key14 === "expect")) || (key14 === "capture"))){
const err52 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data22.request !== undefined){
let data23 = data22.request;
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err53 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data22.headers !== undefined){
let data24 = data22.headers;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key15 in data24){
let data25 = data24[key15];
if(((typeof data25 !== "string") && (!((typeof data25 == "number") && (isFinite(data25))))) && (typeof data25 !== "boolean")){
const err55 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data22.form !== undefined){
let data26 = data22.form;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key16 in data26){
let data27 = data26[key16];
if(((typeof data27 !== "string") && (!((typeof data27 == "number") && (isFinite(data27))))) && (typeof data27 !== "boolean")){
const err57 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data22.body !== undefined){
let data28 = data22.body;
if(typeof data28 !== "string"){
const err59 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/body",schemaPath:"#/properties/sessions/additionalProperties/properties/login/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sessions.additionalProperties.properties.login.properties.body.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login.properties.body,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data22.expect !== undefined){
let data29 = data22.expect;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key17 in data29){
if(!((((((key17 === "status") || (key17 === "body-contains")) || (key17 === "body-not-contains")) || (key17 === "json")) || (key17 === "headers")) || (key17 === "max-ms"))){
const err60 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data29.status !== undefined){
let data30 = data29.status;
const _errs98 = errors;
let valid30 = false;
const _errs99 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err61 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 599 || isNaN(data30)){
const err62 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data30 < 100 || isNaN(data30)){
const err63 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var _valid2 = _errs99 === errors;
valid30 = valid30 || _valid2;
if(!valid30){
const _errs101 = errors;
if(typeof data30 === "string"){
if(!pattern4.test(data30)){
const err64 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
var _valid2 = _errs101 === errors;
valid30 = valid30 || _valid2;
if(!valid30){
const _errs103 = errors;
if(Array.isArray(data30)){
if(data30.length < 1){
const err66 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len1 = data30.length;
for(let i1=0; i1<len1; i1++){
let data31 = data30[i1];
const _errs106 = errors;
let valid33 = false;
const _errs107 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
const err67 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 599 || isNaN(data31)){
const err68 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data31 < 100 || isNaN(data31)){
const err69 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
var _valid3 = _errs107 === errors;
valid33 = valid33 || _valid3;
if(!valid33){
const _errs109 = errors;
if(typeof data31 === "string"){
if(!pattern4.test(data31)){
const err70 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid3 = _errs109 === errors;
valid33 = valid33 || _valid3;
}
if(!valid33){
const err72 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs106;
if(vErrors !== null){
if(_errs106){
vErrors.length = _errs106;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid2 = _errs103 === errors;
valid30 = valid30 || _valid2;
}
}
if(!valid30){
const err74 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
}
}
if(data29["body-contains"] !== undefined){
let data32 = data29["body-contains"];
if(typeof data32 !== "string"){
const err75 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data32};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data29["body-not-contains"] !== undefined){
let data33 = data29["body-not-contains"];
if(typeof data33 !== "string"){
const err76 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data33};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data29.json !== undefined){
let data34 = data29.json;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key18 in data34){
const _errs117 = errors;
if(typeof key18 === "string"){
if(!pattern6.test(key18)){
const err77 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
var valid34 = _errs117 === errors;
if(!valid34){
const err78 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
else {
const err79 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data29.headers !== undefined){
let data35 = data29.headers;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key19 in data35){
let data36 = data35[key19];
if(typeof data36 !== "string"){
const err80 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data36};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data35};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data29["max-ms"] !== undefined){
let data37 = data29["max-ms"];
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
const err82 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data22.capture !== undefined){
let data38 = data22.capture;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key20 in data38){
const _errs129 = errors;
if(typeof key20 === "string"){
if(!pattern7.test(key20)){
const err85 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
var valid37 = _errs129 === errors;
if(!valid37){
const err86 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
for(const key21 in data38){
let data39 = data38[key21];
if(typeof data39 === "string"){
if(func3(data39) < 1){
const err87 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
else {
const err88 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
}
else {
const err90 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties.login.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data6.headers !== undefined){
let data40 = data6.headers;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key22 in data40){
let data41 = data40[key22];
if(((typeof data41 !== "string") && (!((typeof data41 == "number") && (isFinite(data41))))) && (typeof data41 !== "boolean")){
const err91 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data40};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sessions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.type,parentSchema:schema11.properties.sessions.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.type,parentSchema:schema11.properties.sessions,data:data5};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data.env !== undefined){
let data42 = data.env;
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key23 in data42){
if(!(((((((key23 === "declared-in") || (key23 === "scan")) || (key23 === "exclude")) || (key23 === "ignore")) || (key23 === "production")) || (key23 === "vars")) || (key23 === "rules"))){
const err95 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env,data:data42};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data42["declared-in"] !== undefined){
let data43 = data42["declared-in"];
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
let data44 = data43[i2];
if(typeof data44 === "string"){
if(func3(data44) < 1){
const err96 = {instancePath:instancePath+"/env/declared-in/" + i2,schemaPath:"#/properties/env/properties/declared-in/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data44};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/env/declared-in/" + i2,schemaPath:"#/properties/env/properties/declared-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties["declared-in"].items.type,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data44};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/env/declared-in",schemaPath:"#/properties/env/properties/declared-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties["declared-in"].type,parentSchema:schema11.properties.env.properties["declared-in"],data:data43};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data42.scan !== undefined){
let data45 = data42.scan;
if(Array.isArray(data45)){
const len3 = data45.length;
for(let i3=0; i3<len3; i3++){
let data46 = data45[i3];
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err99 = {instancePath:instancePath+"/env/scan/" + i3,schemaPath:"#/properties/env/properties/scan/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.scan.items,data:data46};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/env/scan/" + i3,schemaPath:"#/properties/env/properties/scan/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.scan.items.type,parentSchema:schema11.properties.env.properties.scan.items,data:data46};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/env/scan",schemaPath:"#/properties/env/properties/scan/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.scan.type,parentSchema:schema11.properties.env.properties.scan,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data42.exclude !== undefined){
let data47 = data42.exclude;
if(Array.isArray(data47)){
const len4 = data47.length;
for(let i4=0; i4<len4; i4++){
let data48 = data47[i4];
if(typeof data48 === "string"){
if(func3(data48) < 1){
const err102 = {instancePath:instancePath+"/env/exclude/" + i4,schemaPath:"#/properties/env/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.exclude.items,data:data48};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/env/exclude/" + i4,schemaPath:"#/properties/env/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.exclude.items.type,parentSchema:schema11.properties.env.properties.exclude.items,data:data48};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
}
else {
const err104 = {instancePath:instancePath+"/env/exclude",schemaPath:"#/properties/env/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.exclude.type,parentSchema:schema11.properties.env.properties.exclude,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data42.ignore !== undefined){
let data49 = data42.ignore;
if(Array.isArray(data49)){
const len5 = data49.length;
for(let i5=0; i5<len5; i5++){
let data50 = data49[i5];
if(typeof data50 === "string"){
if(func3(data50) < 1){
const err105 = {instancePath:instancePath+"/env/ignore/" + i5,schemaPath:"#/properties/env/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.ignore.items,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/env/ignore/" + i5,schemaPath:"#/properties/env/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.ignore.items.type,parentSchema:schema11.properties.env.properties.ignore.items,data:data50};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/env/ignore",schemaPath:"#/properties/env/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.ignore.type,parentSchema:schema11.properties.env.properties.ignore,data:data49};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data42.production !== undefined){
let data51 = data42.production;
if(Array.isArray(data51)){
const len6 = data51.length;
for(let i6=0; i6<len6; i6++){
let data52 = data51[i6];
if(typeof data52 !== "string"){
const err108 = {instancePath:instancePath+"/env/production/" + i6,schemaPath:"#/properties/env/properties/production/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.production.items.type,parentSchema:schema11.properties.env.properties.production.items,data:data52};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/env/production",schemaPath:"#/properties/env/properties/production/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.production.type,parentSchema:schema11.properties.env.properties.production,data:data51};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data42.vars !== undefined){
let data53 = data42.vars;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
for(const key24 in data53){
const _errs165 = errors;
if(typeof key24 === "string"){
if(!pattern7.test(key24)){
const err110 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.env.properties.vars.propertyNames,data:key24,propertyName:key24};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
var valid53 = _errs165 === errors;
if(!valid53){
const err111 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key24},message:"property name must be valid",schema:schema11.properties.env.properties.vars.propertyNames,parentSchema:schema11.properties.env.properties.vars,data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
for(const key25 in data53){
let data54 = data53[key25];
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key26 in data54){
if(!((((((((key26 === "required") || (key26 === "required-in")) || (key26 === "format")) || (key26 === "enum")) || (key26 === "pattern")) || (key26 === "secret")) || (key26 === "distinct")) || (key26 === "forbid"))){
const err112 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data54.required !== undefined){
let data55 = data54.required;
if(typeof data55 !== "boolean"){
const err113 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.required.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.required,data:data55};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data54["required-in"] !== undefined){
let data56 = data54["required-in"];
if(Array.isArray(data56)){
const len7 = data56.length;
for(let i7=0; i7<len7; i7++){
let data57 = data56[i7];
if(typeof data57 !== "string"){
const err114 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in/" + i7,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items,data:data57};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"],data:data56};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data54.format !== undefined){
let data58 = data54.format;
if(!(((((((((data58 === "url") || (data58 === "email")) || (data58 === "number")) || (data58 === "integer")) || (data58 === "boolean")) || (data58 === "port")) || (data58 === "host")) || (data58 === "json")) || (data58 === "duration"))){
const err116 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.env.properties.vars.additionalProperties.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.env.properties.vars.additionalProperties.properties.format.enum,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.format,data:data58};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data54.enum !== undefined){
let data59 = data54.enum;
if(Array.isArray(data59)){
const len8 = data59.length;
for(let i8=0; i8<len8; i8++){
let data60 = data59[i8];
if(((typeof data60 !== "string") && (!((typeof data60 == "number") && (isFinite(data60))))) && (typeof data60 !== "boolean")){
const err117 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i8,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/type",keyword:"type",params:{type: schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type},message:"must be string,number,boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data60};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum,data:data59};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data54.pattern !== undefined){
let data61 = data54.pattern;
if(typeof data61 !== "string"){
const err119 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern,data:data61};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data54.secret !== undefined){
let data62 = data54.secret;
if(typeof data62 !== "boolean"){
const err120 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.secret.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.secret,data:data62};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data54.distinct !== undefined){
let data63 = data54.distinct;
if(typeof data63 !== "boolean"){
const err121 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/distinct",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/distinct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct,data:data63};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data54.forbid !== undefined){
let data64 = data54.forbid;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key27 in data64){
let data65 = data64[key27];
if(Array.isArray(data65)){
const len9 = data65.length;
for(let i9=0; i9<len9; i9++){
let data66 = data65[i9];
if(typeof data66 !== "string"){
const err122 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key27.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items,data:data66};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties,data:data65};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid,data:data64};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
}
else {
const err125 = {instancePath:instancePath+"/env/vars/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data54};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.type,parentSchema:schema11.properties.env.properties.vars,data:data53};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data42.rules !== undefined){
let data67 = data42.rules;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
for(const key28 in data67){
let data68 = data67[key28];
if(!((((data68 === "error") || (data68 === "warning")) || (data68 === "notice")) || (data68 === "off"))){
const err127 = {instancePath:instancePath+"/env/rules/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data68};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/env/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data67};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.type,parentSchema:schema11.properties.env,data:data42};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.migrations !== undefined){
let data69 = data.migrations;
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key29 in data69){
if(!(((((((key29 === "dialect") || (key29 === "paths")) || (key29 === "exclude")) || (key29 === "preset")) || (key29 === "transaction")) || (key29 === "postgres-version")) || (key29 === "rules"))){
const err130 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.migrations,data:data69};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data69.dialect !== undefined){
let data70 = data69.dialect;
if(!(data70 === "postgres")){
const err131 = {instancePath:instancePath+"/migrations/dialect",schemaPath:"#/properties/migrations/properties/dialect/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.dialect.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.dialect.enum,parentSchema:schema11.properties.migrations.properties.dialect,data:data70};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data69.paths !== undefined){
let data71 = data69.paths;
if(Array.isArray(data71)){
const len10 = data71.length;
for(let i10=0; i10<len10; i10++){
let data72 = data71[i10];
if(typeof data72 === "string"){
if(func3(data72) < 1){
const err132 = {instancePath:instancePath+"/migrations/paths/" + i10,schemaPath:"#/properties/migrations/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.paths.items,data:data72};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/migrations/paths/" + i10,schemaPath:"#/properties/migrations/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.paths.items.type,parentSchema:schema11.properties.migrations.properties.paths.items,data:data72};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/migrations/paths",schemaPath:"#/properties/migrations/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.paths.type,parentSchema:schema11.properties.migrations.properties.paths,data:data71};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data69.exclude !== undefined){
let data73 = data69.exclude;
if(Array.isArray(data73)){
const len11 = data73.length;
for(let i11=0; i11<len11; i11++){
let data74 = data73[i11];
if(typeof data74 === "string"){
if(func3(data74) < 1){
const err135 = {instancePath:instancePath+"/migrations/exclude/" + i11,schemaPath:"#/properties/migrations/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data74};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/migrations/exclude/" + i11,schemaPath:"#/properties/migrations/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.exclude.items.type,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data74};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/migrations/exclude",schemaPath:"#/properties/migrations/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.exclude.type,parentSchema:schema11.properties.migrations.properties.exclude,data:data73};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data69.preset !== undefined){
let data75 = data69.preset;
if(!((((((((((((data75 === "plain") || (data75 === "flyway")) || (data75 === "golang-migrate")) || (data75 === "prisma")) || (data75 === "dbmate")) || (data75 === "node-pg-migrate")) || (data75 === "rails")) || (data75 === "django")) || (data75 === "alembic")) || (data75 === "diesel")) || (data75 === "goose")) || (data75 === "sql-migrate"))){
const err138 = {instancePath:instancePath+"/migrations/preset",schemaPath:"#/properties/migrations/properties/preset/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.preset.enum,parentSchema:schema11.properties.migrations.properties.preset,data:data75};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data69.transaction !== undefined){
let data76 = data69.transaction;
if(!(((data76 === "auto") || (data76 === "always")) || (data76 === "never"))){
const err139 = {instancePath:instancePath+"/migrations/transaction",schemaPath:"#/properties/migrations/properties/transaction/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.transaction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.transaction.enum,parentSchema:schema11.properties.migrations.properties.transaction,data:data76};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data69["postgres-version"] !== undefined){
let data77 = data69["postgres-version"];
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 99 || isNaN(data77)){
const err140 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data77};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data77 < 9.6 || isNaN(data77)){
const err141 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 9.6},message:"must be >= 9.6",schema:9.6,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data77};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
else {
const err142 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.migrations.properties["postgres-version"].type,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data77};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data69.rules !== undefined){
let data78 = data69.rules;
if(data78 && typeof data78 == "object" && !Array.isArray(data78)){
for(const key30 in data78){
let data79 = data78[key30];
if(!((((data79 === "error") || (data79 === "warning")) || (data79 === "notice")) || (data79 === "off"))){
const err143 = {instancePath:instancePath+"/migrations/rules/" + key30.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data79};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
else {
const err144 = {instancePath:instancePath+"/migrations/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data78};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
}
else {
const err145 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.migrations.type,parentSchema:schema11.properties.migrations,data:data69};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
if(data.secrets !== undefined){
let data80 = data.secrets;
if(data80 && typeof data80 == "object" && !Array.isArray(data80)){
for(const key31 in data80){
if(!(func2.call(schema11.properties.secrets.properties, key31))){
const err146 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets,data:data80};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data80.paths !== undefined){
let data81 = data80.paths;
if(Array.isArray(data81)){
const len12 = data81.length;
for(let i12=0; i12<len12; i12++){
let data82 = data81[i12];
if(typeof data82 === "string"){
if(func3(data82) < 1){
const err147 = {instancePath:instancePath+"/secrets/paths/" + i12,schemaPath:"#/properties/secrets/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.paths.items,data:data82};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/secrets/paths/" + i12,schemaPath:"#/properties/secrets/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.paths.items.type,parentSchema:schema11.properties.secrets.properties.paths.items,data:data82};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
else {
const err149 = {instancePath:instancePath+"/secrets/paths",schemaPath:"#/properties/secrets/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.paths.type,parentSchema:schema11.properties.secrets.properties.paths,data:data81};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data80.exclude !== undefined){
let data83 = data80.exclude;
if(Array.isArray(data83)){
const len13 = data83.length;
for(let i13=0; i13<len13; i13++){
let data84 = data83[i13];
if(typeof data84 === "string"){
if(func3(data84) < 1){
const err150 = {instancePath:instancePath+"/secrets/exclude/" + i13,schemaPath:"#/properties/secrets/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data84};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/secrets/exclude/" + i13,schemaPath:"#/properties/secrets/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.exclude.items.type,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data84};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/secrets/exclude",schemaPath:"#/properties/secrets/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.exclude.type,parentSchema:schema11.properties.secrets.properties.exclude,data:data83};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data80.logs !== undefined){
let data85 = data80.logs;
if(Array.isArray(data85)){
const len14 = data85.length;
for(let i14=0; i14<len14; i14++){
let data86 = data85[i14];
if(typeof data86 === "string"){
if(func3(data86) < 1){
const err153 = {instancePath:instancePath+"/secrets/logs/" + i14,schemaPath:"#/properties/secrets/properties/logs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.logs.items,data:data86};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/secrets/logs/" + i14,schemaPath:"#/properties/secrets/properties/logs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.logs.items.type,parentSchema:schema11.properties.secrets.properties.logs.items,data:data86};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/secrets/logs",schemaPath:"#/properties/secrets/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.logs.type,parentSchema:schema11.properties.secrets.properties.logs,data:data85};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data80["max-file-size"] !== undefined){
let data87 = data80["max-file-size"];
if((!(((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87))) && (isFinite(data87)))) && (typeof data87 !== "string")){
const err156 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/type",keyword:"type",params:{type: schema11.properties.secrets.properties["max-file-size"].type},message:"must be integer,string",schema:schema11.properties.secrets.properties["max-file-size"].type,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data87};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data87 == "number") && (isFinite(data87))){
if(data87 < 1 || isNaN(data87)){
const err157 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data87};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(typeof data87 === "string"){
if(!pattern14.test(data87)){
const err158 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$",parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data87};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
if(data80.baseline !== undefined){
let data88 = data80.baseline;
if(typeof data88 === "string"){
if(func3(data88) < 1){
const err159 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.baseline,data:data88};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.baseline.type,parentSchema:schema11.properties.secrets.properties.baseline,data:data88};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data80["include-personal-data"] !== undefined){
let data89 = data80["include-personal-data"];
if(typeof data89 !== "boolean"){
const err161 = {instancePath:instancePath+"/secrets/include-personal-data",schemaPath:"#/properties/secrets/properties/include-personal-data/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties["include-personal-data"].type,parentSchema:schema11.properties.secrets.properties["include-personal-data"],data:data89};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data80.archives !== undefined){
let data90 = data80.archives;
if(typeof data90 !== "boolean"){
const err162 = {instancePath:instancePath+"/secrets/archives",schemaPath:"#/properties/secrets/properties/archives/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties.archives.type,parentSchema:schema11.properties.secrets.properties.archives,data:data90};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data80.contexts !== undefined){
let data91 = data80.contexts;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key32 in data91){
if(!(((((((key32 === "code") || (key32 === "config")) || (key32 === "test")) || (key32 === "fixture")) || (key32 === "docs")) || (key32 === "locale")) || (key32 === "vendored"))){
const err163 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets.properties.contexts,data:data91};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data91.code !== undefined){
let data92 = data91.code;
if(typeof data92 !== "string"){
const err164 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.code.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data92};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(!((((data92 === "error") || (data92 === "warning")) || (data92 === "notice")) || (data92 === "off"))){
const err165 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.code.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.code.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data92};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data91.config !== undefined){
let data93 = data91.config;
if(typeof data93 !== "string"){
const err166 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.config.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data93};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(!((((data93 === "error") || (data93 === "warning")) || (data93 === "notice")) || (data93 === "off"))){
const err167 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.config.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.config.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data93};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data91.test !== undefined){
let data94 = data91.test;
if(typeof data94 !== "string"){
const err168 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.test.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data94};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!((((data94 === "error") || (data94 === "warning")) || (data94 === "notice")) || (data94 === "off"))){
const err169 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.test.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data94};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data91.fixture !== undefined){
let data95 = data91.fixture;
if(typeof data95 !== "string"){
const err170 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.fixture.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data95};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(!((((data95 === "error") || (data95 === "warning")) || (data95 === "notice")) || (data95 === "off"))){
const err171 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.fixture.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.fixture.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data95};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data91.docs !== undefined){
let data96 = data91.docs;
if(typeof data96 !== "string"){
const err172 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.docs.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data96};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(!((((data96 === "error") || (data96 === "warning")) || (data96 === "notice")) || (data96 === "off"))){
const err173 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.docs.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.docs.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data96};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data91.locale !== undefined){
let data97 = data91.locale;
if(typeof data97 !== "string"){
const err174 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.locale.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data97};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(!((((data97 === "error") || (data97 === "warning")) || (data97 === "notice")) || (data97 === "off"))){
const err175 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.locale.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data97};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data91.vendored !== undefined){
let data98 = data91.vendored;
if(typeof data98 !== "string"){
const err176 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.vendored.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data98};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(!((((data98 === "error") || (data98 === "warning")) || (data98 === "notice")) || (data98 === "off"))){
const err177 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.vendored.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.vendored.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data98};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.properties.contexts.type,parentSchema:schema11.properties.secrets.properties.contexts,data:data91};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data80.rules !== undefined){
let data99 = data80.rules;
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
for(const key33 in data99){
let data100 = data99[key33];
if(!((((data100 === "error") || (data100 === "warning")) || (data100 === "notice")) || (data100 === "off"))){
const err179 = {instancePath:instancePath+"/secrets/rules/" + key33.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data100};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
else {
const err180 = {instancePath:instancePath+"/secrets/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data99};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
}
else {
const err181 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data80};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data.dependencies !== undefined){
let data101 = data.dependencies;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
for(const key34 in data101){
if(!(func2.call(schema11.properties.dependencies.properties, key34))){
const err182 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies,data:data101};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data101.lockfiles !== undefined){
let data102 = data101.lockfiles;
if(Array.isArray(data102)){
const len15 = data102.length;
for(let i15=0; i15<len15; i15++){
let data103 = data102[i15];
if(typeof data103 === "string"){
if(func3(data103) < 1){
const err183 = {instancePath:instancePath+"/dependencies/lockfiles/" + i15,schemaPath:"#/properties/dependencies/properties/lockfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data103};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/dependencies/lockfiles/" + i15,schemaPath:"#/properties/dependencies/properties/lockfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.lockfiles.items.type,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data103};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
}
else {
const err185 = {instancePath:instancePath+"/dependencies/lockfiles",schemaPath:"#/properties/dependencies/properties/lockfiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.lockfiles.type,parentSchema:schema11.properties.dependencies.properties.lockfiles,data:data102};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data101.exclude !== undefined){
let data104 = data101.exclude;
if(Array.isArray(data104)){
const len16 = data104.length;
for(let i16=0; i16<len16; i16++){
let data105 = data104[i16];
if(typeof data105 === "string"){
if(func3(data105) < 1){
const err186 = {instancePath:instancePath+"/dependencies/exclude/" + i16,schemaPath:"#/properties/dependencies/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data105};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/dependencies/exclude/" + i16,schemaPath:"#/properties/dependencies/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.exclude.items.type,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data105};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/dependencies/exclude",schemaPath:"#/properties/dependencies/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.exclude.type,parentSchema:schema11.properties.dependencies.properties.exclude,data:data104};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data101.critical !== undefined){
let data106 = data101.critical;
if(Array.isArray(data106)){
const len17 = data106.length;
for(let i17=0; i17<len17; i17++){
let data107 = data106[i17];
if(typeof data107 === "string"){
if(func3(data107) < 1){
const err189 = {instancePath:instancePath+"/dependencies/critical/" + i17,schemaPath:"#/properties/dependencies/properties/critical/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data107};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/dependencies/critical/" + i17,schemaPath:"#/properties/dependencies/properties/critical/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.critical.items.type,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data107};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/dependencies/critical",schemaPath:"#/properties/dependencies/properties/critical/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.critical.type,parentSchema:schema11.properties.dependencies.properties.critical,data:data106};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data101.advisories !== undefined){
let data108 = data101.advisories;
if(typeof data108 === "string"){
if(func3(data108) < 1){
const err192 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.advisories,data:data108};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.advisories.type,parentSchema:schema11.properties.dependencies.properties.advisories,data:data108};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data101["osv-url"] !== undefined){
let data109 = data101["osv-url"];
if(typeof data109 === "string"){
if(!pattern15.test(data109)){
const err194 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data109};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["osv-url"].type,parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data109};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data101.registry !== undefined){
let data110 = data101.registry;
if(typeof data110 !== "boolean"){
const err196 = {instancePath:instancePath+"/dependencies/registry",schemaPath:"#/properties/dependencies/properties/registry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.registry.type,parentSchema:schema11.properties.dependencies.properties.registry,data:data110};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data101["registry-urls"] !== undefined){
let data111 = data101["registry-urls"];
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
for(const key35 in data111){
if(!(((((key35 === "npm") || (key35 === "pypi")) || (key35 === "rubygems")) || (key35 === "go")) || (key35 === "packagist"))){
const err197 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data111};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data111.npm !== undefined){
let data112 = data111.npm;
if(typeof data112 === "string"){
if(!pattern15.test(data112)){
const err198 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data112};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.npm.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data112};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data111.pypi !== undefined){
let data113 = data111.pypi;
if(typeof data113 === "string"){
if(!pattern15.test(data113)){
const err200 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data113};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data113};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data111.rubygems !== undefined){
let data114 = data111.rubygems;
if(typeof data114 === "string"){
if(!pattern15.test(data114)){
const err202 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data114};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data114};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data111.go !== undefined){
let data115 = data111.go;
if(typeof data115 === "string"){
if(!pattern15.test(data115)){
const err204 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data115};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
else {
const err205 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.go.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data115};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data111.packagist !== undefined){
let data116 = data111.packagist;
if(typeof data116 === "string"){
if(!pattern15.test(data116)){
const err206 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data116};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data116};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
else {
const err208 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.properties["registry-urls"].type,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data111};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
if(data101["min-severity"] !== undefined){
let data117 = data101["min-severity"];
if(!((((data117 === "low") || (data117 === "moderate")) || (data117 === "high")) || (data117 === "critical"))){
const err209 = {instancePath:instancePath+"/dependencies/min-severity",schemaPath:"#/properties/dependencies/properties/min-severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.dependencies.properties["min-severity"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.dependencies.properties["min-severity"].enum,parentSchema:schema11.properties.dependencies.properties["min-severity"],data:data117};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data101.dev !== undefined){
let data118 = data101.dev;
if(typeof data118 !== "boolean"){
const err210 = {instancePath:instancePath+"/dependencies/dev",schemaPath:"#/properties/dependencies/properties/dev/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.dev.type,parentSchema:schema11.properties.dependencies.properties.dev,data:data118};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data101.timeout !== undefined){
let data119 = data101.timeout;
const _errs305 = errors;
let valid92 = false;
const _errs306 = errors;
if((typeof data119 == "number") && (isFinite(data119))){
if(data119 < 0 || isNaN(data119)){
const err211 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data119};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
else {
const err212 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data119};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
var _valid4 = _errs306 === errors;
valid92 = valid92 || _valid4;
if(!valid92){
const _errs308 = errors;
if(typeof data119 === "string"){
if(!pattern21.test(data119)){
const err213 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data119};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data119};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
var _valid4 = _errs308 === errors;
valid92 = valid92 || _valid4;
}
if(!valid92){
const err215 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data119};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
else {
errors = _errs305;
if(vErrors !== null){
if(_errs305){
vErrors.length = _errs305;
}
else {
vErrors = null;
}
}
}
}
if(data101.rules !== undefined){
let data120 = data101.rules;
if(data120 && typeof data120 == "object" && !Array.isArray(data120)){
for(const key36 in data120){
let data121 = data120[key36];
if(!((((data121 === "error") || (data121 === "warning")) || (data121 === "notice")) || (data121 === "off"))){
const err216 = {instancePath:instancePath+"/dependencies/rules/" + key36.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data121};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/dependencies/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data120};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.type,parentSchema:schema11.properties.dependencies,data:data101};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.smoke !== undefined){
let data122 = data.smoke;
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
if(data122.steps === undefined){
const err219 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema11.properties.smoke.required,parentSchema:schema11.properties.smoke,data:data122};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
for(const key37 in data122){
if(!(func2.call(schema11.properties.smoke.properties, key37))){
const err220 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke,data:data122};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data122.on !== undefined){
let data123 = data122.on;
if(Array.isArray(data123)){
if(data123.length < 1){
const err221 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.on,data:data123};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
const len18 = data123.length;
for(let i18=0; i18<len18; i18++){
let data124 = data123[i18];
if(typeof data124 === "string"){
if(!pattern22.test(data124)){
const err222 = {instancePath:instancePath+"/smoke/on/" + i18,schemaPath:"#/properties/smoke/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.smoke.properties.on.items,data:data124};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/smoke/on/" + i18,schemaPath:"#/properties/smoke/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.on.items.type,parentSchema:schema11.properties.smoke.properties.on.items,data:data124};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.on.type,parentSchema:schema11.properties.smoke.properties.on,data:data123};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data122.environment !== undefined){
let data125 = data122.environment;
if(typeof data125 !== "string"){
const err225 = {instancePath:instancePath+"/smoke/environment",schemaPath:"#/properties/smoke/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.environment.type,parentSchema:schema11.properties.smoke.properties.environment,data:data125};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data122.wait !== undefined){
let data126 = data122.wait;
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.request === undefined){
const err226 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.wait.required,parentSchema:schema11.properties.smoke.properties.wait,data:data126};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
for(const key38 in data126){
if(!((((((key38 === "request") || (key38 === "headers")) || (key38 === "expect")) || (key38 === "timeout")) || (key38 === "interval")) || (key38 === "max-interval"))){
const err227 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.wait,data:data126};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data126.request !== undefined){
let data127 = data126.request;
if(typeof data127 === "string"){
if(!pattern3.test(data127)){
const err228 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data127};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data127};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data126.headers !== undefined){
let data128 = data126.headers;
if(data128 && typeof data128 == "object" && !Array.isArray(data128)){
for(const key39 in data128){
let data129 = data128[key39];
if(((typeof data129 !== "string") && (!((typeof data129 == "number") && (isFinite(data129))))) && (typeof data129 !== "boolean")){
const err230 = {instancePath:instancePath+"/smoke/wait/headers/" + key39.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data129};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
}
else {
const err231 = {instancePath:instancePath+"/smoke/wait/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data128};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data126.expect !== undefined){
let data130 = data126.expect;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key40 in data130){
if(!((((((key40 === "status") || (key40 === "body-contains")) || (key40 === "body-not-contains")) || (key40 === "json")) || (key40 === "headers")) || (key40 === "max-ms"))){
const err232 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data130};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data130.status !== undefined){
let data131 = data130.status;
const _errs342 = errors;
let valid105 = false;
const _errs343 = errors;
if(!(((typeof data131 == "number") && (!(data131 % 1) && !isNaN(data131))) && (isFinite(data131)))){
const err233 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data131};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if((typeof data131 == "number") && (isFinite(data131))){
if(data131 > 599 || isNaN(data131)){
const err234 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data131};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data131 < 100 || isNaN(data131)){
const err235 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data131};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
var _valid5 = _errs343 === errors;
valid105 = valid105 || _valid5;
if(!valid105){
const _errs345 = errors;
if(typeof data131 === "string"){
if(!pattern4.test(data131)){
const err236 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data131};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
else {
const err237 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data131};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
var _valid5 = _errs345 === errors;
valid105 = valid105 || _valid5;
if(!valid105){
const _errs347 = errors;
if(Array.isArray(data131)){
if(data131.length < 1){
const err238 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data131};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
const len19 = data131.length;
for(let i19=0; i19<len19; i19++){
let data132 = data131[i19];
const _errs350 = errors;
let valid108 = false;
const _errs351 = errors;
if(!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132)))){
const err239 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data132};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if((typeof data132 == "number") && (isFinite(data132))){
if(data132 > 599 || isNaN(data132)){
const err240 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data132};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(data132 < 100 || isNaN(data132)){
const err241 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data132};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
var _valid6 = _errs351 === errors;
valid108 = valid108 || _valid6;
if(!valid108){
const _errs353 = errors;
if(typeof data132 === "string"){
if(!pattern4.test(data132)){
const err242 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data132};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data132};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
var _valid6 = _errs353 === errors;
valid108 = valid108 || _valid6;
}
if(!valid108){
const err244 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i19,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data132};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
else {
errors = _errs350;
if(vErrors !== null){
if(_errs350){
vErrors.length = _errs350;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err245 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data131};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
var _valid5 = _errs347 === errors;
valid105 = valid105 || _valid5;
}
}
if(!valid105){
const err246 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data131};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
else {
errors = _errs342;
if(vErrors !== null){
if(_errs342){
vErrors.length = _errs342;
}
else {
vErrors = null;
}
}
}
}
if(data130["body-contains"] !== undefined){
let data133 = data130["body-contains"];
if(typeof data133 !== "string"){
const err247 = {instancePath:instancePath+"/smoke/wait/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data133};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data130["body-not-contains"] !== undefined){
let data134 = data130["body-not-contains"];
if(typeof data134 !== "string"){
const err248 = {instancePath:instancePath+"/smoke/wait/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data134};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data130.json !== undefined){
let data135 = data130.json;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key41 in data135){
const _errs361 = errors;
if(typeof key41 === "string"){
if(!pattern6.test(key41)){
const err249 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key41,propertyName:key41};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
var valid109 = _errs361 === errors;
if(!valid109){
const err250 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key41},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data135};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data135};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data130.headers !== undefined){
let data136 = data130.headers;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
for(const key42 in data136){
let data137 = data136[key42];
if(typeof data137 !== "string"){
const err252 = {instancePath:instancePath+"/smoke/wait/expect/headers/" + key42.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data137};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
else {
const err253 = {instancePath:instancePath+"/smoke/wait/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data136};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data130["max-ms"] !== undefined){
let data138 = data130["max-ms"];
if((typeof data138 == "number") && (isFinite(data138))){
if(data138 < 0 || isNaN(data138)){
const err254 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data138};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data138};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
}
else {
const err256 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data130};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data126.timeout !== undefined){
let data139 = data126.timeout;
const _errs373 = errors;
let valid113 = false;
const _errs374 = errors;
if((typeof data139 == "number") && (isFinite(data139))){
if(data139 < 0 || isNaN(data139)){
const err257 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data139};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data139};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
var _valid7 = _errs374 === errors;
valid113 = valid113 || _valid7;
if(!valid113){
const _errs376 = errors;
if(typeof data139 === "string"){
if(!pattern21.test(data139)){
const err259 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data139};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data139};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
var _valid7 = _errs376 === errors;
valid113 = valid113 || _valid7;
}
if(!valid113){
const err261 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data139};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
else {
errors = _errs373;
if(vErrors !== null){
if(_errs373){
vErrors.length = _errs373;
}
else {
vErrors = null;
}
}
}
}
if(data126.interval !== undefined){
let data140 = data126.interval;
const _errs381 = errors;
let valid116 = false;
const _errs382 = errors;
if((typeof data140 == "number") && (isFinite(data140))){
if(data140 < 0 || isNaN(data140)){
const err262 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data140};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data140};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
var _valid8 = _errs382 === errors;
valid116 = valid116 || _valid8;
if(!valid116){
const _errs384 = errors;
if(typeof data140 === "string"){
if(!pattern21.test(data140)){
const err264 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data140};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
else {
const err265 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data140};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
var _valid8 = _errs384 === errors;
valid116 = valid116 || _valid8;
}
if(!valid116){
const err266 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data140};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
else {
errors = _errs381;
if(vErrors !== null){
if(_errs381){
vErrors.length = _errs381;
}
else {
vErrors = null;
}
}
}
}
if(data126["max-interval"] !== undefined){
let data141 = data126["max-interval"];
const _errs389 = errors;
let valid119 = false;
const _errs390 = errors;
if((typeof data141 == "number") && (isFinite(data141))){
if(data141 < 0 || isNaN(data141)){
const err267 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data141};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
else {
const err268 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data141};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
var _valid9 = _errs390 === errors;
valid119 = valid119 || _valid9;
if(!valid119){
const _errs392 = errors;
if(typeof data141 === "string"){
if(!pattern21.test(data141)){
const err269 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data141};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
else {
const err270 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data141};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
var _valid9 = _errs392 === errors;
valid119 = valid119 || _valid9;
}
if(!valid119){
const err271 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data141};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
else {
errors = _errs389;
if(vErrors !== null){
if(_errs389){
vErrors.length = _errs389;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err272 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.wait.type,parentSchema:schema11.properties.smoke.properties.wait,data:data126};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(data122.timeout !== undefined){
let data142 = data122.timeout;
const _errs397 = errors;
let valid122 = false;
const _errs398 = errors;
if((typeof data142 == "number") && (isFinite(data142))){
if(data142 < 0 || isNaN(data142)){
const err273 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data142};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data142};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
var _valid10 = _errs398 === errors;
valid122 = valid122 || _valid10;
if(!valid122){
const _errs400 = errors;
if(typeof data142 === "string"){
if(!pattern21.test(data142)){
const err275 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data142};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data142};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
var _valid10 = _errs400 === errors;
valid122 = valid122 || _valid10;
}
if(!valid122){
const err277 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data142};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
else {
errors = _errs397;
if(vErrors !== null){
if(_errs397){
vErrors.length = _errs397;
}
else {
vErrors = null;
}
}
}
}
if(data122.deadline !== undefined){
let data143 = data122.deadline;
const _errs405 = errors;
let valid125 = false;
const _errs406 = errors;
if((typeof data143 == "number") && (isFinite(data143))){
if(data143 < 0 || isNaN(data143)){
const err278 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data143};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
else {
const err279 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data143};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
var _valid11 = _errs406 === errors;
valid125 = valid125 || _valid11;
if(!valid125){
const _errs408 = errors;
if(typeof data143 === "string"){
if(!pattern21.test(data143)){
const err280 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data143};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data143};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var _valid11 = _errs408 === errors;
valid125 = valid125 || _valid11;
}
if(!valid125){
const err282 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data143};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
else {
errors = _errs405;
if(vErrors !== null){
if(_errs405){
vErrors.length = _errs405;
}
else {
vErrors = null;
}
}
}
}
if(data122.retries !== undefined){
let data144 = data122.retries;
if(!(((typeof data144 == "number") && (!(data144 % 1) && !isNaN(data144))) && (isFinite(data144)))){
const err283 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.retries.type,parentSchema:schema11.properties.smoke.properties.retries,data:data144};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if((typeof data144 == "number") && (isFinite(data144))){
if(data144 > 10 || isNaN(data144)){
const err284 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.retries,data:data144};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(data144 < 0 || isNaN(data144)){
const err285 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.retries,data:data144};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
if(data122["deployment-url"] !== undefined){
let data145 = data122["deployment-url"];
if(typeof data145 !== "boolean"){
const err286 = {instancePath:instancePath+"/smoke/deployment-url",schemaPath:"#/properties/smoke/properties/deployment-url/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties["deployment-url"].type,parentSchema:schema11.properties.smoke.properties["deployment-url"],data:data145};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data122["ca-file"] !== undefined){
let data146 = data122["ca-file"];
if(typeof data146 !== "string"){
const err287 = {instancePath:instancePath+"/smoke/ca-file",schemaPath:"#/properties/smoke/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties["ca-file"].type,parentSchema:schema11.properties.smoke.properties["ca-file"],data:data146};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data122.steps !== undefined){
let data147 = data122.steps;
if(Array.isArray(data147)){
if(data147.length < 1){
const err288 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.steps,data:data147};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
const len20 = data147.length;
for(let i20=0; i20<len20; i20++){
let data148 = data147[i20];
if(data148 && typeof data148 == "object" && !Array.isArray(data148)){
if(data148.request === undefined){
const err289 = {instancePath:instancePath+"/smoke/steps/" + i20,schemaPath:"#/properties/smoke/properties/steps/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.required,parentSchema:schema11.properties.smoke.properties.steps.items,data:data148};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
for(const key43 in data148){
if(!(func2.call(schema11.properties.smoke.properties.steps.items.properties, key43))){
const err290 = {instancePath:instancePath+"/smoke/steps/" + i20,schemaPath:"#/properties/smoke/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items,data:data148};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data148.name !== undefined){
let data149 = data148.name;
if(typeof data149 !== "string"){
const err291 = {instancePath:instancePath+"/smoke/steps/" + i20+"/name",schemaPath:"#/properties/smoke/properties/steps/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.name.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.name,data:data149};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data148.request !== undefined){
let data150 = data148.request;
if(typeof data150 === "string"){
if(!pattern3.test(data150)){
const err292 = {instancePath:instancePath+"/smoke/steps/" + i20+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data150};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/smoke/steps/" + i20+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data150};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data148.session !== undefined){
let data151 = data148.session;
if(typeof data151 !== "string"){
const err294 = {instancePath:instancePath+"/smoke/steps/" + i20+"/session",schemaPath:"#/properties/smoke/properties/steps/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.session.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.session,data:data151};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data148.anonymous !== undefined){
let data152 = data148.anonymous;
if(typeof data152 !== "boolean"){
const err295 = {instancePath:instancePath+"/smoke/steps/" + i20+"/anonymous",schemaPath:"#/properties/smoke/properties/steps/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties.anonymous.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.anonymous,data:data152};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data148.headers !== undefined){
let data153 = data148.headers;
if(data153 && typeof data153 == "object" && !Array.isArray(data153)){
for(const key44 in data153){
let data154 = data153[key44];
if(((typeof data154 !== "string") && (!((typeof data154 == "number") && (isFinite(data154))))) && (typeof data154 !== "boolean")){
const err296 = {instancePath:instancePath+"/smoke/steps/" + i20+"/headers/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data154};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/smoke/steps/" + i20+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data153};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data148.form !== undefined){
let data155 = data148.form;
if(data155 && typeof data155 == "object" && !Array.isArray(data155)){
for(const key45 in data155){
let data156 = data155[key45];
if(((typeof data156 !== "string") && (!((typeof data156 == "number") && (isFinite(data156))))) && (typeof data156 !== "boolean")){
const err298 = {instancePath:instancePath+"/smoke/steps/" + i20+"/form/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data156};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/smoke/steps/" + i20+"/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data155};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data148.body !== undefined){
let data157 = data148.body;
if(typeof data157 !== "string"){
const err300 = {instancePath:instancePath+"/smoke/steps/" + i20+"/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.body,data:data157};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data148.expect !== undefined){
let data158 = data148.expect;
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
for(const key46 in data158){
if(!((((((key46 === "status") || (key46 === "body-contains")) || (key46 === "body-not-contains")) || (key46 === "json")) || (key46 === "headers")) || (key46 === "max-ms"))){
const err301 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data158};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
if(data158.status !== undefined){
let data159 = data158.status;
const _errs449 = errors;
let valid136 = false;
const _errs450 = errors;
if(!(((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159))) && (isFinite(data159)))){
const err302 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data159};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if((typeof data159 == "number") && (isFinite(data159))){
if(data159 > 599 || isNaN(data159)){
const err303 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data159};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data159 < 100 || isNaN(data159)){
const err304 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data159};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
var _valid12 = _errs450 === errors;
valid136 = valid136 || _valid12;
if(!valid136){
const _errs452 = errors;
if(typeof data159 === "string"){
if(!pattern4.test(data159)){
const err305 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data159};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data159};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
var _valid12 = _errs452 === errors;
valid136 = valid136 || _valid12;
if(!valid136){
const _errs454 = errors;
if(Array.isArray(data159)){
if(data159.length < 1){
const err307 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data159};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
const len21 = data159.length;
for(let i21=0; i21<len21; i21++){
let data160 = data159[i21];
const _errs457 = errors;
let valid139 = false;
const _errs458 = errors;
if(!(((typeof data160 == "number") && (!(data160 % 1) && !isNaN(data160))) && (isFinite(data160)))){
const err308 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data160};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if((typeof data160 == "number") && (isFinite(data160))){
if(data160 > 599 || isNaN(data160)){
const err309 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data160};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if(data160 < 100 || isNaN(data160)){
const err310 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data160};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
var _valid13 = _errs458 === errors;
valid139 = valid139 || _valid13;
if(!valid139){
const _errs460 = errors;
if(typeof data160 === "string"){
if(!pattern4.test(data160)){
const err311 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data160};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
else {
const err312 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data160};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
var _valid13 = _errs460 === errors;
valid139 = valid139 || _valid13;
}
if(!valid139){
const err313 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status/" + i21,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data160};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
else {
errors = _errs457;
if(vErrors !== null){
if(_errs457){
vErrors.length = _errs457;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err314 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data159};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
var _valid12 = _errs454 === errors;
valid136 = valid136 || _valid12;
}
}
if(!valid136){
const err315 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data159};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
else {
errors = _errs449;
if(vErrors !== null){
if(_errs449){
vErrors.length = _errs449;
}
else {
vErrors = null;
}
}
}
}
if(data158["body-contains"] !== undefined){
let data161 = data158["body-contains"];
if(typeof data161 !== "string"){
const err316 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data161};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(data158["body-not-contains"] !== undefined){
let data162 = data158["body-not-contains"];
if(typeof data162 !== "string"){
const err317 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data162};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data158.json !== undefined){
let data163 = data158.json;
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
for(const key47 in data163){
const _errs468 = errors;
if(typeof key47 === "string"){
if(!pattern6.test(key47)){
const err318 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key47,propertyName:key47};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
var valid140 = _errs468 === errors;
if(!valid140){
const err319 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key47},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data163};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
}
else {
const err320 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data163};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
if(data158.headers !== undefined){
let data164 = data158.headers;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
for(const key48 in data164){
let data165 = data164[key48];
if(typeof data165 !== "string"){
const err321 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/headers/" + key48.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data165};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
}
else {
const err322 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data164};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
if(data158["max-ms"] !== undefined){
let data166 = data158["max-ms"];
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 0 || isNaN(data166)){
const err323 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data166};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data166};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
}
else {
const err325 = {instancePath:instancePath+"/smoke/steps/" + i20+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data158};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
if(data148.capture !== undefined){
let data167 = data148.capture;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
for(const key49 in data167){
const _errs480 = errors;
if(typeof key49 === "string"){
if(!pattern7.test(key49)){
const err326 = {instancePath:instancePath+"/smoke/steps/" + i20+"/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key49,propertyName:key49};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
var valid143 = _errs480 === errors;
if(!valid143){
const err327 = {instancePath:instancePath+"/smoke/steps/" + i20+"/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key49},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data167};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
for(const key50 in data167){
let data168 = data167[key50];
if(typeof data168 === "string"){
if(func3(data168) < 1){
const err328 = {instancePath:instancePath+"/smoke/steps/" + i20+"/capture/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/smoke/steps/" + i20+"/capture/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
else {
const err330 = {instancePath:instancePath+"/smoke/steps/" + i20+"/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data167};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data148.cleanup !== undefined){
let data169 = data148.cleanup;
const _errs485 = errors;
let valid145 = false;
const _errs486 = errors;
if(typeof data169 === "string"){
if(!pattern3.test(data169)){
const err331 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data169};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data169};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
var _valid14 = _errs486 === errors;
valid145 = valid145 || _valid14;
if(!valid145){
const _errs489 = errors;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
if(data169.request === undefined){
const err333 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].required,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data169};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
for(const key51 in data169){
if(!((((((key51 === "request") || (key51 === "headers")) || (key51 === "json")) || (key51 === "form")) || (key51 === "body")) || (key51 === "expect"))){
const err334 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data169};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data169.request !== undefined){
let data170 = data169.request;
if(typeof data170 === "string"){
if(!pattern3.test(data170)){
const err335 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data170};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data170};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
if(data169.headers !== undefined){
let data171 = data169.headers;
if(data171 && typeof data171 == "object" && !Array.isArray(data171)){
for(const key52 in data171){
let data172 = data171[key52];
if(((typeof data172 !== "string") && (!((typeof data172 == "number") && (isFinite(data172))))) && (typeof data172 !== "boolean")){
const err337 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/headers/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data172};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
}
else {
const err338 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data171};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
if(data169.form !== undefined){
let data173 = data169.form;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
for(const key53 in data173){
let data174 = data173[key53];
if(((typeof data174 !== "string") && (!((typeof data174 == "number") && (isFinite(data174))))) && (typeof data174 !== "boolean")){
const err339 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/form/" + key53.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data174};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
}
else {
const err340 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data173};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data169.body !== undefined){
let data175 = data169.body;
if(typeof data175 !== "string"){
const err341 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body,data:data175};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data169.expect !== undefined){
let data176 = data169.expect;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key54 in data176){
if(!((((((key54 === "status") || (key54 === "body-contains")) || (key54 === "body-not-contains")) || (key54 === "json")) || (key54 === "headers")) || (key54 === "max-ms"))){
const err342 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data176};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(data176.status !== undefined){
let data177 = data176.status;
const _errs515 = errors;
let valid156 = false;
const _errs516 = errors;
if(!(((typeof data177 == "number") && (!(data177 % 1) && !isNaN(data177))) && (isFinite(data177)))){
const err343 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data177};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if((typeof data177 == "number") && (isFinite(data177))){
if(data177 > 599 || isNaN(data177)){
const err344 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data177};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(data177 < 100 || isNaN(data177)){
const err345 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data177};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
var _valid15 = _errs516 === errors;
valid156 = valid156 || _valid15;
if(!valid156){
const _errs518 = errors;
if(typeof data177 === "string"){
if(!pattern4.test(data177)){
const err346 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data177};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
else {
const err347 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data177};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
var _valid15 = _errs518 === errors;
valid156 = valid156 || _valid15;
if(!valid156){
const _errs520 = errors;
if(Array.isArray(data177)){
if(data177.length < 1){
const err348 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data177};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
const len22 = data177.length;
for(let i22=0; i22<len22; i22++){
let data178 = data177[i22];
const _errs523 = errors;
let valid159 = false;
const _errs524 = errors;
if(!(((typeof data178 == "number") && (!(data178 % 1) && !isNaN(data178))) && (isFinite(data178)))){
const err349 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data178};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if((typeof data178 == "number") && (isFinite(data178))){
if(data178 > 599 || isNaN(data178)){
const err350 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data178};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data178 < 100 || isNaN(data178)){
const err351 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data178};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
var _valid16 = _errs524 === errors;
valid159 = valid159 || _valid16;
if(!valid159){
const _errs526 = errors;
if(typeof data178 === "string"){
if(!pattern4.test(data178)){
const err352 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data178};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
else {
const err353 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data178};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid16 = _errs526 === errors;
valid159 = valid159 || _valid16;
}
if(!valid159){
const err354 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data178};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs523;
if(vErrors !== null){
if(_errs523){
vErrors.length = _errs523;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err355 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data177};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
var _valid15 = _errs520 === errors;
valid156 = valid156 || _valid15;
}
}
if(!valid156){
const err356 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data177};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
else {
errors = _errs515;
if(vErrors !== null){
if(_errs515){
vErrors.length = _errs515;
}
else {
vErrors = null;
}
}
}
}
if(data176["body-contains"] !== undefined){
let data179 = data176["body-contains"];
if(typeof data179 !== "string"){
const err357 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data179};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
if(data176["body-not-contains"] !== undefined){
let data180 = data176["body-not-contains"];
if(typeof data180 !== "string"){
const err358 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data180};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data176.json !== undefined){
let data181 = data176.json;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
for(const key55 in data181){
const _errs534 = errors;
if(typeof key55 === "string"){
if(!pattern6.test(key55)){
const err359 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key55,propertyName:key55};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
var valid160 = _errs534 === errors;
if(!valid160){
const err360 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key55},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data181};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
}
else {
const err361 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data181};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data176.headers !== undefined){
let data182 = data176.headers;
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
for(const key56 in data182){
let data183 = data182[key56];
if(typeof data183 !== "string"){
const err362 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/headers/" + key56.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data183};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
else {
const err363 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data182};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data176["max-ms"] !== undefined){
let data184 = data176["max-ms"];
if((typeof data184 == "number") && (isFinite(data184))){
if(data184 < 0 || isNaN(data184)){
const err364 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data184};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
}
else {
const err365 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data184};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
else {
const err366 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data176};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
}
else {
const err367 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data169};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
var _valid14 = _errs489 === errors;
valid145 = valid145 || _valid14;
}
if(!valid145){
const err368 = {instancePath:instancePath+"/smoke/steps/" + i20+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup,data:data169};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
else {
errors = _errs485;
if(vErrors !== null){
if(_errs485){
vErrors.length = _errs485;
}
else {
vErrors = null;
}
}
}
}
if(data148.retries !== undefined){
let data185 = data148.retries;
if(!(((typeof data185 == "number") && (!(data185 % 1) && !isNaN(data185))) && (isFinite(data185)))){
const err369 = {instancePath:instancePath+"/smoke/steps/" + i20+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.steps.items.properties.retries.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data185};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if((typeof data185 == "number") && (isFinite(data185))){
if(data185 > 10 || isNaN(data185)){
const err370 = {instancePath:instancePath+"/smoke/steps/" + i20+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data185};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if(data185 < 0 || isNaN(data185)){
const err371 = {instancePath:instancePath+"/smoke/steps/" + i20+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data185};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
}
if(data148.timeout !== undefined){
let data186 = data148.timeout;
const _errs548 = errors;
let valid164 = false;
const _errs549 = errors;
if((typeof data186 == "number") && (isFinite(data186))){
if(data186 < 0 || isNaN(data186)){
const err372 = {instancePath:instancePath+"/smoke/steps/" + i20+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data186};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
else {
const err373 = {instancePath:instancePath+"/smoke/steps/" + i20+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data186};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
var _valid17 = _errs549 === errors;
valid164 = valid164 || _valid17;
if(!valid164){
const _errs551 = errors;
if(typeof data186 === "string"){
if(!pattern21.test(data186)){
const err374 = {instancePath:instancePath+"/smoke/steps/" + i20+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data186};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
else {
const err375 = {instancePath:instancePath+"/smoke/steps/" + i20+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data186};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
var _valid17 = _errs551 === errors;
valid164 = valid164 || _valid17;
}
if(!valid164){
const err376 = {instancePath:instancePath+"/smoke/steps/" + i20+"/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data186};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
else {
errors = _errs548;
if(vErrors !== null){
if(_errs548){
vErrors.length = _errs548;
}
else {
vErrors = null;
}
}
}
}
if(data148["follow-redirects"] !== undefined){
let data187 = data148["follow-redirects"];
if(typeof data187 !== "boolean"){
const err377 = {instancePath:instancePath+"/smoke/steps/" + i20+"/follow-redirects",schemaPath:"#/properties/smoke/properties/steps/items/properties/follow-redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"],data:data187};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
}
else {
const err378 = {instancePath:instancePath+"/smoke/steps/" + i20,schemaPath:"#/properties/smoke/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.type,parentSchema:schema11.properties.smoke.properties.steps.items,data:data148};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
else {
const err379 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.steps.type,parentSchema:schema11.properties.smoke.properties.steps,data:data147};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data122.rules !== undefined){
let data188 = data122.rules;
if(data188 && typeof data188 == "object" && !Array.isArray(data188)){
for(const key57 in data188){
let data189 = data188[key57];
if(!((((data189 === "error") || (data189 === "warning")) || (data189 === "notice")) || (data189 === "off"))){
const err380 = {instancePath:instancePath+"/smoke/rules/" + key57.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data189};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
}
else {
const err381 = {instancePath:instancePath+"/smoke/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data188};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
}
else {
const err382 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.type,parentSchema:schema11.properties.smoke,data:data122};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
if(data.latency !== undefined){
let data190 = data.latency;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
if(data190.endpoints === undefined){
const err383 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'",schema:schema11.properties.latency.required,parentSchema:schema11.properties.latency,data:data190};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
for(const key58 in data190){
if(!(func2.call(schema11.properties.latency.properties, key58))){
const err384 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key58},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency,data:data190};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
if(data190.on !== undefined){
let data191 = data190.on;
if(Array.isArray(data191)){
if(data191.length < 1){
const err385 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.on,data:data191};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
const len23 = data191.length;
for(let i23=0; i23<len23; i23++){
let data192 = data191[i23];
if(typeof data192 === "string"){
if(!pattern22.test(data192)){
const err386 = {instancePath:instancePath+"/latency/on/" + i23,schemaPath:"#/properties/latency/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.latency.properties.on.items,data:data192};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
else {
const err387 = {instancePath:instancePath+"/latency/on/" + i23,schemaPath:"#/properties/latency/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.on.items.type,parentSchema:schema11.properties.latency.properties.on.items,data:data192};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
}
else {
const err388 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.on.type,parentSchema:schema11.properties.latency.properties.on,data:data191};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data190.environment !== undefined){
let data193 = data190.environment;
if(typeof data193 !== "string"){
const err389 = {instancePath:instancePath+"/latency/environment",schemaPath:"#/properties/latency/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.environment.type,parentSchema:schema11.properties.latency.properties.environment,data:data193};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data190.rate !== undefined){
let data194 = data190.rate;
if((typeof data194 == "number") && (isFinite(data194))){
if(data194 <= 0 || isNaN(data194)){
const err390 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.rate,data:data194};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
else {
const err391 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.rate.type,parentSchema:schema11.properties.latency.properties.rate,data:data194};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data190["max-rate"] !== undefined){
let data195 = data190["max-rate"];
if((typeof data195 == "number") && (isFinite(data195))){
if(data195 > 1000 || isNaN(data195)){
const err392 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.latency.properties["max-rate"],data:data195};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(data195 <= 0 || isNaN(data195)){
const err393 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties["max-rate"],data:data195};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
else {
const err394 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["max-rate"].type,parentSchema:schema11.properties.latency.properties["max-rate"],data:data195};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data190.duration !== undefined){
let data196 = data190.duration;
const _errs576 = errors;
let valid172 = false;
const _errs577 = errors;
if((typeof data196 == "number") && (isFinite(data196))){
if(data196 < 0 || isNaN(data196)){
const err395 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data196};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data196};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
var _valid18 = _errs577 === errors;
valid172 = valid172 || _valid18;
if(!valid172){
const _errs579 = errors;
if(typeof data196 === "string"){
if(!pattern21.test(data196)){
const err397 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data196};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data196};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
var _valid18 = _errs579 === errors;
valid172 = valid172 || _valid18;
}
if(!valid172){
const err399 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data196};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
else {
errors = _errs576;
if(vErrors !== null){
if(_errs576){
vErrors.length = _errs576;
}
else {
vErrors = null;
}
}
}
}
if(data190.warmup !== undefined){
let data197 = data190.warmup;
const _errs584 = errors;
let valid175 = false;
const _errs585 = errors;
if((typeof data197 == "number") && (isFinite(data197))){
if(data197 < 0 || isNaN(data197)){
const err400 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data197};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data197};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
var _valid19 = _errs585 === errors;
valid175 = valid175 || _valid19;
if(!valid175){
const _errs587 = errors;
if(typeof data197 === "string"){
if(!pattern21.test(data197)){
const err402 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data197};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
else {
const err403 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data197};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
var _valid19 = _errs587 === errors;
valid175 = valid175 || _valid19;
}
if(!valid175){
const err404 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data197};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
else {
errors = _errs584;
if(vErrors !== null){
if(_errs584){
vErrors.length = _errs584;
}
else {
vErrors = null;
}
}
}
}
if(data190.timeout !== undefined){
let data198 = data190.timeout;
const _errs592 = errors;
let valid178 = false;
const _errs593 = errors;
if((typeof data198 == "number") && (isFinite(data198))){
if(data198 < 0 || isNaN(data198)){
const err405 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data198};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
else {
const err406 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data198};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
var _valid20 = _errs593 === errors;
valid178 = valid178 || _valid20;
if(!valid178){
const _errs595 = errors;
if(typeof data198 === "string"){
if(!pattern21.test(data198)){
const err407 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data198};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
else {
const err408 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data198};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
var _valid20 = _errs595 === errors;
valid178 = valid178 || _valid20;
}
if(!valid178){
const err409 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data198};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
else {
errors = _errs592;
if(vErrors !== null){
if(_errs592){
vErrors.length = _errs592;
}
else {
vErrors = null;
}
}
}
}
if(data190["max-requests"] !== undefined){
let data199 = data190["max-requests"];
if(!(((typeof data199 == "number") && (!(data199 % 1) && !isNaN(data199))) && (isFinite(data199)))){
const err410 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.latency.properties["max-requests"].type,parentSchema:schema11.properties.latency.properties["max-requests"],data:data199};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if((typeof data199 == "number") && (isFinite(data199))){
if(data199 > 600000 || isNaN(data199)){
const err411 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema11.properties.latency.properties["max-requests"],data:data199};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
if(data199 < 1 || isNaN(data199)){
const err412 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.latency.properties["max-requests"],data:data199};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
}
if(data190["stop-error-rate"] !== undefined){
let data200 = data190["stop-error-rate"];
const _errs600 = errors;
let valid179 = false;
const _errs601 = errors;
if((typeof data200 == "number") && (isFinite(data200))){
if(data200 > 1 || isNaN(data200)){
const err413 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
if(data200 < 0 || isNaN(data200)){
const err414 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
else {
const err415 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
var _valid21 = _errs601 === errors;
valid179 = valid179 || _valid21;
if(!valid179){
const _errs603 = errors;
if(typeof data200 === "string"){
if(!pattern47.test(data200)){
const err416 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
else {
const err417 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
var _valid21 = _errs603 === errors;
valid179 = valid179 || _valid21;
}
if(!valid179){
const err418 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["stop-error-rate"],data:data200};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
else {
errors = _errs600;
if(vErrors !== null){
if(_errs600){
vErrors.length = _errs600;
}
else {
vErrors = null;
}
}
}
}
if(data190.p95 !== undefined){
let data201 = data190.p95;
const _errs608 = errors;
let valid182 = false;
const _errs609 = errors;
if((typeof data201 == "number") && (isFinite(data201))){
if(data201 < 0 || isNaN(data201)){
const err419 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data201};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
else {
const err420 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data201};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
var _valid22 = _errs609 === errors;
valid182 = valid182 || _valid22;
if(!valid182){
const _errs611 = errors;
if(typeof data201 === "string"){
if(!pattern21.test(data201)){
const err421 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data201};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
else {
const err422 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data201};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
var _valid22 = _errs611 === errors;
valid182 = valid182 || _valid22;
}
if(!valid182){
const err423 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data201};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
else {
errors = _errs608;
if(vErrors !== null){
if(_errs608){
vErrors.length = _errs608;
}
else {
vErrors = null;
}
}
}
}
if(data190.p99 !== undefined){
let data202 = data190.p99;
const _errs616 = errors;
let valid185 = false;
const _errs617 = errors;
if((typeof data202 == "number") && (isFinite(data202))){
if(data202 < 0 || isNaN(data202)){
const err424 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data202};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
else {
const err425 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data202};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
var _valid23 = _errs617 === errors;
valid185 = valid185 || _valid23;
if(!valid185){
const _errs619 = errors;
if(typeof data202 === "string"){
if(!pattern21.test(data202)){
const err426 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data202};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
else {
const err427 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data202};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
var _valid23 = _errs619 === errors;
valid185 = valid185 || _valid23;
}
if(!valid185){
const err428 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data202};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
else {
errors = _errs616;
if(vErrors !== null){
if(_errs616){
vErrors.length = _errs616;
}
else {
vErrors = null;
}
}
}
}
if(data190.max !== undefined){
let data203 = data190.max;
const _errs624 = errors;
let valid188 = false;
const _errs625 = errors;
if((typeof data203 == "number") && (isFinite(data203))){
if(data203 < 0 || isNaN(data203)){
const err429 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data203};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data203};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
var _valid24 = _errs625 === errors;
valid188 = valid188 || _valid24;
if(!valid188){
const _errs627 = errors;
if(typeof data203 === "string"){
if(!pattern21.test(data203)){
const err431 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data203};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
else {
const err432 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data203};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
var _valid24 = _errs627 === errors;
valid188 = valid188 || _valid24;
}
if(!valid188){
const err433 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data203};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
else {
errors = _errs624;
if(vErrors !== null){
if(_errs624){
vErrors.length = _errs624;
}
else {
vErrors = null;
}
}
}
}
if(data190["error-rate"] !== undefined){
let data204 = data190["error-rate"];
const _errs630 = errors;
let valid189 = false;
const _errs631 = errors;
if((typeof data204 == "number") && (isFinite(data204))){
if(data204 > 1 || isNaN(data204)){
const err434 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data204};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
if(data204 < 0 || isNaN(data204)){
const err435 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data204};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
else {
const err436 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data204};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
var _valid25 = _errs631 === errors;
valid189 = valid189 || _valid25;
if(!valid189){
const _errs633 = errors;
if(typeof data204 === "string"){
if(!pattern47.test(data204)){
const err437 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data204};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
}
else {
const err438 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data204};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
var _valid25 = _errs633 === errors;
valid189 = valid189 || _valid25;
}
if(!valid189){
const err439 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["error-rate"],data:data204};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
else {
errors = _errs630;
if(vErrors !== null){
if(_errs630){
vErrors.length = _errs630;
}
else {
vErrors = null;
}
}
}
}
if(data190.window !== undefined){
let data205 = data190.window;
const _errs638 = errors;
let valid192 = false;
const _errs639 = errors;
if((typeof data205 == "number") && (isFinite(data205))){
if(data205 < 0 || isNaN(data205)){
const err440 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data205};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
else {
const err441 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data205};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
var _valid26 = _errs639 === errors;
valid192 = valid192 || _valid26;
if(!valid192){
const _errs641 = errors;
if(typeof data205 === "string"){
if(!pattern21.test(data205)){
const err442 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data205};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data205};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
var _valid26 = _errs641 === errors;
valid192 = valid192 || _valid26;
}
if(!valid192){
const err444 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data205};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
else {
errors = _errs638;
if(vErrors !== null){
if(_errs638){
vErrors.length = _errs638;
}
else {
vErrors = null;
}
}
}
}
if(data190.baseline !== undefined){
let data206 = data190.baseline;
if(typeof data206 !== "string"){
const err445 = {instancePath:instancePath+"/latency/baseline",schemaPath:"#/properties/latency/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.baseline.type,parentSchema:schema11.properties.latency.properties.baseline,data:data206};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
if(data190.regression !== undefined){
let data207 = data190.regression;
if(data207 && typeof data207 == "object" && !Array.isArray(data207)){
for(const key59 in data207){
if(!((key59 === "relative") || (key59 === "absolute"))){
const err446 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key59},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.regression,data:data207};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
if(data207.relative !== undefined){
let data208 = data207.relative;
const _errs649 = errors;
let valid194 = false;
const _errs650 = errors;
if((typeof data208 == "number") && (isFinite(data208))){
if(data208 > 1 || isNaN(data208)){
const err447 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data208};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
if(data208 < 0 || isNaN(data208)){
const err448 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data208};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data208};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
var _valid27 = _errs650 === errors;
valid194 = valid194 || _valid27;
if(!valid194){
const _errs652 = errors;
if(typeof data208 === "string"){
if(!pattern47.test(data208)){
const err450 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data208};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
else {
const err451 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data208};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
var _valid27 = _errs652 === errors;
valid194 = valid194 || _valid27;
}
if(!valid194){
const err452 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf,parentSchema:schema11.properties.latency.properties.regression.properties.relative,data:data208};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
else {
errors = _errs649;
if(vErrors !== null){
if(_errs649){
vErrors.length = _errs649;
}
else {
vErrors = null;
}
}
}
}
if(data207.absolute !== undefined){
let data209 = data207.absolute;
const _errs657 = errors;
let valid197 = false;
const _errs658 = errors;
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 < 0 || isNaN(data209)){
const err453 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data209};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
else {
const err454 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data209};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
var _valid28 = _errs658 === errors;
valid197 = valid197 || _valid28;
if(!valid197){
const _errs660 = errors;
if(typeof data209 === "string"){
if(!pattern21.test(data209)){
const err455 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data209};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
else {
const err456 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data209};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
var _valid28 = _errs660 === errors;
valid197 = valid197 || _valid28;
}
if(!valid197){
const err457 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data209};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
else {
errors = _errs657;
if(vErrors !== null){
if(_errs657){
vErrors.length = _errs657;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err458 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.regression.type,parentSchema:schema11.properties.latency.properties.regression,data:data207};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data190["ca-file"] !== undefined){
let data210 = data190["ca-file"];
if(typeof data210 !== "string"){
const err459 = {instancePath:instancePath+"/latency/ca-file",schemaPath:"#/properties/latency/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["ca-file"].type,parentSchema:schema11.properties.latency.properties["ca-file"],data:data210};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
if(data190.endpoints !== undefined){
let data211 = data190.endpoints;
if(Array.isArray(data211)){
if(data211.length < 1){
const err460 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.endpoints,data:data211};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
const len24 = data211.length;
for(let i24=0; i24<len24; i24++){
let data212 = data211[i24];
if(data212 && typeof data212 == "object" && !Array.isArray(data212)){
if(data212.request === undefined){
const err461 = {instancePath:instancePath+"/latency/endpoints/" + i24,schemaPath:"#/properties/latency/properties/endpoints/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.latency.properties.endpoints.items.required,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data212};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
for(const key60 in data212){
if(!(func2.call(schema11.properties.latency.properties.endpoints.items.properties, key60))){
const err462 = {instancePath:instancePath+"/latency/endpoints/" + i24,schemaPath:"#/properties/latency/properties/endpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data212};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
if(data212.name !== undefined){
let data213 = data212.name;
if(typeof data213 !== "string"){
const err463 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/name",schemaPath:"#/properties/latency/properties/endpoints/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.name.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.name,data:data213};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
if(data212.request !== undefined){
let data214 = data212.request;
if(typeof data214 === "string"){
if(!pattern3.test(data214)){
const err464 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data214};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
else {
const err465 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data214};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
if(data212.session !== undefined){
let data215 = data212.session;
if(typeof data215 !== "string"){
const err466 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/session",schemaPath:"#/properties/latency/properties/endpoints/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.session.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.session,data:data215};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
if(data212.anonymous !== undefined){
let data216 = data212.anonymous;
if(typeof data216 !== "boolean"){
const err467 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/anonymous",schemaPath:"#/properties/latency/properties/endpoints/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.latency.properties.endpoints.items.properties.anonymous.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.anonymous,data:data216};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
if(data212.headers !== undefined){
let data217 = data212.headers;
if(data217 && typeof data217 == "object" && !Array.isArray(data217)){
for(const key61 in data217){
let data218 = data217[key61];
if(((typeof data218 !== "string") && (!((typeof data218 == "number") && (isFinite(data218))))) && (typeof data218 !== "boolean")){
const err468 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/headers/" + key61.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data218};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
}
else {
const err469 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data217};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data212.weight !== undefined){
let data219 = data212.weight;
if((typeof data219 == "number") && (isFinite(data219))){
if(data219 <= 0 || isNaN(data219)){
const err470 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data219};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
else {
const err471 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.weight.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data219};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data212.rate !== undefined){
let data220 = data212.rate;
if((typeof data220 == "number") && (isFinite(data220))){
if(data220 <= 0 || isNaN(data220)){
const err472 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data220};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
else {
const err473 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.rate.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data220};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
if(data212.p95 !== undefined){
let data221 = data212.p95;
const _errs691 = errors;
let valid206 = false;
const _errs692 = errors;
if((typeof data221 == "number") && (isFinite(data221))){
if(data221 < 0 || isNaN(data221)){
const err474 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data221};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data221};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
var _valid29 = _errs692 === errors;
valid206 = valid206 || _valid29;
if(!valid206){
const _errs694 = errors;
if(typeof data221 === "string"){
if(!pattern21.test(data221)){
const err476 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data221};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data221};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
var _valid29 = _errs694 === errors;
valid206 = valid206 || _valid29;
}
if(!valid206){
const err478 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data221};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
else {
errors = _errs691;
if(vErrors !== null){
if(_errs691){
vErrors.length = _errs691;
}
else {
vErrors = null;
}
}
}
}
if(data212.p99 !== undefined){
let data222 = data212.p99;
const _errs699 = errors;
let valid209 = false;
const _errs700 = errors;
if((typeof data222 == "number") && (isFinite(data222))){
if(data222 < 0 || isNaN(data222)){
const err479 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
else {
const err480 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
var _valid30 = _errs700 === errors;
valid209 = valid209 || _valid30;
if(!valid209){
const _errs702 = errors;
if(typeof data222 === "string"){
if(!pattern21.test(data222)){
const err481 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
else {
const err482 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
var _valid30 = _errs702 === errors;
valid209 = valid209 || _valid30;
}
if(!valid209){
const err483 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data222};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
else {
errors = _errs699;
if(vErrors !== null){
if(_errs699){
vErrors.length = _errs699;
}
else {
vErrors = null;
}
}
}
}
if(data212.max !== undefined){
let data223 = data212.max;
const _errs707 = errors;
let valid212 = false;
const _errs708 = errors;
if((typeof data223 == "number") && (isFinite(data223))){
if(data223 < 0 || isNaN(data223)){
const err484 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
else {
const err485 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
var _valid31 = _errs708 === errors;
valid212 = valid212 || _valid31;
if(!valid212){
const _errs710 = errors;
if(typeof data223 === "string"){
if(!pattern21.test(data223)){
const err486 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
}
else {
const err487 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
var _valid31 = _errs710 === errors;
valid212 = valid212 || _valid31;
}
if(!valid212){
const err488 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data223};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
else {
errors = _errs707;
if(vErrors !== null){
if(_errs707){
vErrors.length = _errs707;
}
else {
vErrors = null;
}
}
}
}
if(data212["error-rate"] !== undefined){
let data224 = data212["error-rate"];
const _errs713 = errors;
let valid213 = false;
const _errs714 = errors;
if((typeof data224 == "number") && (isFinite(data224))){
if(data224 > 1 || isNaN(data224)){
const err489 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data224};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
if(data224 < 0 || isNaN(data224)){
const err490 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data224};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
else {
const err491 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data224};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
var _valid32 = _errs714 === errors;
valid213 = valid213 || _valid32;
if(!valid213){
const _errs716 = errors;
if(typeof data224 === "string"){
if(!pattern47.test(data224)){
const err492 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data224};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
else {
const err493 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data224};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
var _valid32 = _errs716 === errors;
valid213 = valid213 || _valid32;
}
if(!valid213){
const err494 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"],data:data224};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
else {
errors = _errs713;
if(vErrors !== null){
if(_errs713){
vErrors.length = _errs713;
}
else {
vErrors = null;
}
}
}
}
if(data212.window !== undefined){
let data225 = data212.window;
const _errs721 = errors;
let valid216 = false;
const _errs722 = errors;
if((typeof data225 == "number") && (isFinite(data225))){
if(data225 < 0 || isNaN(data225)){
const err495 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data225};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
else {
const err496 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data225};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
var _valid33 = _errs722 === errors;
valid216 = valid216 || _valid33;
if(!valid216){
const _errs724 = errors;
if(typeof data225 === "string"){
if(!pattern21.test(data225)){
const err497 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data225};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
else {
const err498 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data225};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
var _valid33 = _errs724 === errors;
valid216 = valid216 || _valid33;
}
if(!valid216){
const err499 = {instancePath:instancePath+"/latency/endpoints/" + i24+"/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data225};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
else {
errors = _errs721;
if(vErrors !== null){
if(_errs721){
vErrors.length = _errs721;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err500 = {instancePath:instancePath+"/latency/endpoints/" + i24,schemaPath:"#/properties/latency/properties/endpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.endpoints.items.type,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data212};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
}
}
else {
const err501 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.endpoints.type,parentSchema:schema11.properties.latency.properties.endpoints,data:data211};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
if(data190.rules !== undefined){
let data226 = data190.rules;
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
for(const key62 in data226){
let data227 = data226[key62];
if(!((((data227 === "error") || (data227 === "warning")) || (data227 === "notice")) || (data227 === "off"))){
const err502 = {instancePath:instancePath+"/latency/rules/" + key62.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data227};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
}
}
else {
const err503 = {instancePath:instancePath+"/latency/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data226};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
}
}
else {
const err504 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.type,parentSchema:schema11.properties.latency,data:data190};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data.domain !== undefined){
let data228 = data.domain;
if(data228 && typeof data228 == "object" && !Array.isArray(data228)){
for(const key63 in data228){
if(!(func2.call(schema11.properties.domain.properties, key63))){
const err505 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key63},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain,data:data228};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
if(data228.on !== undefined){
let data229 = data228.on;
if(Array.isArray(data229)){
if(data229.length < 1){
const err506 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.on,data:data229};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
const len25 = data229.length;
for(let i25=0; i25<len25; i25++){
let data230 = data229[i25];
if(typeof data230 === "string"){
if(!pattern22.test(data230)){
const err507 = {instancePath:instancePath+"/domain/on/" + i25,schemaPath:"#/properties/domain/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.domain.properties.on.items,data:data230};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
else {
const err508 = {instancePath:instancePath+"/domain/on/" + i25,schemaPath:"#/properties/domain/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.on.items.type,parentSchema:schema11.properties.domain.properties.on.items,data:data230};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
}
else {
const err509 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.on.type,parentSchema:schema11.properties.domain.properties.on,data:data229};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
}
if(data228.environment !== undefined){
let data231 = data228.environment;
if(typeof data231 !== "string"){
const err510 = {instancePath:instancePath+"/domain/environment",schemaPath:"#/properties/domain/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.environment.type,parentSchema:schema11.properties.domain.properties.environment,data:data231};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
if(data228.resolver !== undefined){
let data232 = data228.resolver;
if(typeof data232 === "string"){
if(!pattern62.test(data232)){
const err511 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolver,data:data232};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
else {
const err512 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolver.type,parentSchema:schema11.properties.domain.properties.resolver,data:data232};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
if(data228.resolvers !== undefined){
let data233 = data228.resolvers;
if(Array.isArray(data233)){
if(data233.length < 1){
const err513 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.resolvers,data:data233};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
const len26 = data233.length;
for(let i26=0; i26<len26; i26++){
let data234 = data233[i26];
if(typeof data234 === "string"){
if(!pattern62.test(data234)){
const err514 = {instancePath:instancePath+"/domain/resolvers/" + i26,schemaPath:"#/properties/domain/properties/resolvers/items/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:[0-9]{1,5})?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolvers.items,data:data234};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
else {
const err515 = {instancePath:instancePath+"/domain/resolvers/" + i26,schemaPath:"#/properties/domain/properties/resolvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolvers.items.type,parentSchema:schema11.properties.domain.properties.resolvers.items,data:data234};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
}
else {
const err516 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.resolvers.type,parentSchema:schema11.properties.domain.properties.resolvers,data:data233};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
}
if(data228.ca !== undefined){
let data235 = data228.ca;
if(typeof data235 === "string"){
if(func3(data235) < 1){
const err517 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.ca,data:data235};
if(vErrors === null){
vErrors = [err517];
}
else {
vErrors.push(err517);
}
errors++;
}
}
else {
const err518 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.ca.type,parentSchema:schema11.properties.domain.properties.ca,data:data235};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
}
if(data228.timeout !== undefined){
let data236 = data228.timeout;
const _errs751 = errors;
let valid226 = false;
const _errs752 = errors;
if((typeof data236 == "number") && (isFinite(data236))){
if(data236 < 0 || isNaN(data236)){
const err519 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
}
else {
const err520 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema25.anyOf[0].type,parentSchema:schema25.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
var _valid34 = _errs752 === errors;
valid226 = valid226 || _valid34;
if(!valid226){
const _errs754 = errors;
if(typeof data236 === "string"){
if(!pattern21.test(data236)){
const err521 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema25.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err521];
}
else {
vErrors.push(err521);
}
errors++;
}
}
else {
const err522 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.anyOf[1].type,parentSchema:schema25.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
var _valid34 = _errs754 === errors;
valid226 = valid226 || _valid34;
}
if(!valid226){
const err523 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema25.anyOf,parentSchema:schema25,data:data236};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
else {
errors = _errs751;
if(vErrors !== null){
if(_errs751){
vErrors.length = _errs751;
}
else {
vErrors = null;
}
}
}
}
if(data228["allow-dmarc-none"] !== undefined){
let data237 = data228["allow-dmarc-none"];
if(typeof data237 !== "boolean"){
const err524 = {instancePath:instancePath+"/domain/allow-dmarc-none",schemaPath:"#/properties/domain/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties["allow-dmarc-none"],data:data237};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
if(data228.dns !== undefined){
let data238 = data228.dns;
if(Array.isArray(data238)){
const len27 = data238.length;
for(let i27=0; i27<len27; i27++){
let data239 = data238[i27];
const _errs762 = errors;
let valid229 = false;
const _errs763 = errors;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
if(data239.value === undefined){
const err525 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[0].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
}
else {
const err526 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
var _valid35 = _errs763 === errors;
valid229 = valid229 || _valid35;
if(!valid229){
const _errs765 = errors;
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
if(data239.values === undefined){
const err527 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
}
else {
const err528 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
var _valid35 = _errs765 === errors;
valid229 = valid229 || _valid35;
}
if(!valid229){
const err529 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.dns.items.anyOf,parentSchema:schema11.properties.domain.properties.dns.items,data:data239};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
else {
errors = _errs762;
if(vErrors !== null){
if(_errs762){
vErrors.length = _errs762;
}
else {
vErrors = null;
}
}
}
if(data239 && typeof data239 == "object" && !Array.isArray(data239)){
if(data239.name === undefined){
const err530 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data239};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(data239.type === undefined){
const err531 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data239};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
for(const key64 in data239){
if(!((((key64 === "name") || (key64 === "type")) || (key64 === "value")) || (key64 === "values"))){
const err532 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key64},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.dns.items,data:data239};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
}
if(data239.name !== undefined){
let data240 = data239.name;
if(typeof data240 === "string"){
if(func3(data240) < 1){
const err533 = {instancePath:instancePath+"/domain/dns/" + i27+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data240};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
}
else {
const err534 = {instancePath:instancePath+"/domain/dns/" + i27+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.name.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data240};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
}
if(data239.type !== undefined){
let data241 = data239.type;
if(!(((((((data241 === "A") || (data241 === "AAAA")) || (data241 === "CNAME")) || (data241 === "MX")) || (data241 === "TXT")) || (data241 === "NS")) || (data241 === "CAA"))){
const err535 = {instancePath:instancePath+"/domain/dns/" + i27+"/type",schemaPath:"#/properties/domain/properties/dns/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.dns.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.dns.items.properties.type.enum,parentSchema:schema11.properties.domain.properties.dns.items.properties.type,data:data241};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
if(data239.value !== undefined){
let data242 = data239.value;
if(typeof data242 === "string"){
if(func3(data242) < 1){
const err536 = {instancePath:instancePath+"/domain/dns/" + i27+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data242};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
}
else {
const err537 = {instancePath:instancePath+"/domain/dns/" + i27+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.value.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data242};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
if(data239.values !== undefined){
let data243 = data239.values;
if(Array.isArray(data243)){
if(data243.length < 1){
const err538 = {instancePath:instancePath+"/domain/dns/" + i27+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data243};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
const len28 = data243.length;
for(let i28=0; i28<len28; i28++){
let data244 = data243[i28];
if(typeof data244 === "string"){
if(func3(data244) < 1){
const err539 = {instancePath:instancePath+"/domain/dns/" + i27+"/values/" + i28,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data244};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
}
else {
const err540 = {instancePath:instancePath+"/domain/dns/" + i27+"/values/" + i28,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.values.items.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data244};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
}
}
else {
const err541 = {instancePath:instancePath+"/domain/dns/" + i27+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.items.properties.values.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data243};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
}
else {
const err542 = {instancePath:instancePath+"/domain/dns/" + i27,schemaPath:"#/properties/domain/properties/dns/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.type,parentSchema:schema11.properties.domain.properties.dns.items,data:data239};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
}
}
else {
const err543 = {instancePath:instancePath+"/domain/dns",schemaPath:"#/properties/domain/properties/dns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.type,parentSchema:schema11.properties.domain.properties.dns,data:data238};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
}
if(data228.email !== undefined){
let data245 = data228.email;
if(Array.isArray(data245)){
const len29 = data245.length;
for(let i29=0; i29<len29; i29++){
let data246 = data245[i29];
if(data246 && typeof data246 == "object" && !Array.isArray(data246)){
if(data246.domain === undefined){
const err544 = {instancePath:instancePath+"/domain/email/" + i29,schemaPath:"#/properties/domain/properties/email/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema11.properties.domain.properties.email.items.required,parentSchema:schema11.properties.domain.properties.email.items,data:data246};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
for(const key65 in data246){
if(!((((((key65 === "domain") || (key65 === "dkim")) || (key65 === "spf")) || (key65 === "dmarc")) || (key65 === "mx")) || (key65 === "allow-dmarc-none"))){
const err545 = {instancePath:instancePath+"/domain/email/" + i29,schemaPath:"#/properties/domain/properties/email/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.email.items,data:data246};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
}
if(data246.domain !== undefined){
let data247 = data246.domain;
if(typeof data247 === "string"){
if(func3(data247) < 1){
const err546 = {instancePath:instancePath+"/domain/email/" + i29+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data247};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
}
else {
const err547 = {instancePath:instancePath+"/domain/email/" + i29+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.domain.type,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data247};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data246.dkim !== undefined){
let data248 = data246.dkim;
if(Array.isArray(data248)){
const len30 = data248.length;
for(let i30=0; i30<len30; i30++){
let data249 = data248[i30];
if(typeof data249 === "string"){
if(!pattern65.test(data249)){
const err548 = {instancePath:instancePath+"/domain/email/" + i29+"/dkim/" + i30,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data249};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
else {
const err549 = {instancePath:instancePath+"/domain/email/" + i29+"/dkim/" + i30,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.dkim.items.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data249};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
}
}
else {
const err550 = {instancePath:instancePath+"/domain/email/" + i29+"/dkim",schemaPath:"#/properties/domain/properties/email/items/properties/dkim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.items.properties.dkim.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim,data:data248};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
if(data246.spf !== undefined){
let data250 = data246.spf;
if(typeof data250 !== "boolean"){
const err551 = {instancePath:instancePath+"/domain/email/" + i29+"/spf",schemaPath:"#/properties/domain/properties/email/items/properties/spf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.spf.type,parentSchema:schema11.properties.domain.properties.email.items.properties.spf,data:data250};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
}
if(data246.dmarc !== undefined){
let data251 = data246.dmarc;
if(typeof data251 !== "boolean"){
const err552 = {instancePath:instancePath+"/domain/email/" + i29+"/dmarc",schemaPath:"#/properties/domain/properties/email/items/properties/dmarc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.dmarc.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dmarc,data:data251};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
if(data246.mx !== undefined){
let data252 = data246.mx;
if(typeof data252 !== "boolean"){
const err553 = {instancePath:instancePath+"/domain/email/" + i29+"/mx",schemaPath:"#/properties/domain/properties/email/items/properties/mx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.mx.type,parentSchema:schema11.properties.domain.properties.email.items.properties.mx,data:data252};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
}
if(data246["allow-dmarc-none"] !== undefined){
let data253 = data246["allow-dmarc-none"];
if(typeof data253 !== "boolean"){
const err554 = {instancePath:instancePath+"/domain/email/" + i29+"/allow-dmarc-none",schemaPath:"#/properties/domain/properties/email/items/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"],data:data253};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
}
}
else {
const err555 = {instancePath:instancePath+"/domain/email/" + i29,schemaPath:"#/properties/domain/properties/email/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.email.items.type,parentSchema:schema11.properties.domain.properties.email.items,data:data246};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
}
}
else {
const err556 = {instancePath:instancePath+"/domain/email",schemaPath:"#/properties/domain/properties/email/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.type,parentSchema:schema11.properties.domain.properties.email,data:data245};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
if(data228.tls !== undefined){
let data254 = data228.tls;
if(Array.isArray(data254)){
const len31 = data254.length;
for(let i31=0; i31<len31; i31++){
let data255 = data254[i31];
if(data255 && typeof data255 == "object" && !Array.isArray(data255)){
if(data255.host === undefined){
const err557 = {instancePath:instancePath+"/domain/tls/" + i31,schemaPath:"#/properties/domain/properties/tls/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties.domain.properties.tls.items.required,parentSchema:schema11.properties.domain.properties.tls.items,data:data255};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
for(const key66 in data255){
if(!((((key66 === "host") || (key66 === "port")) || (key66 === "min-days")) || (key66 === "warn-days"))){
const err558 = {instancePath:instancePath+"/domain/tls/" + i31,schemaPath:"#/properties/domain/properties/tls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.tls.items,data:data255};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
}
if(data255.host !== undefined){
let data256 = data255.host;
if(typeof data256 === "string"){
if(!pattern66.test(data256)){
const err559 = {instancePath:instancePath+"/domain/tls/" + i31+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data256};
if(vErrors === null){
vErrors = [err559];
}
else {
vErrors.push(err559);
}
errors++;
}
}
else {
const err560 = {instancePath:instancePath+"/domain/tls/" + i31+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.tls.items.properties.host.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data256};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
}
if(data255.port !== undefined){
let data257 = data255.port;
if(!(((typeof data257 == "number") && (!(data257 % 1) && !isNaN(data257))) && (isFinite(data257)))){
const err561 = {instancePath:instancePath+"/domain/tls/" + i31+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.tls.items.properties.port.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data257};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
if((typeof data257 == "number") && (isFinite(data257))){
if(data257 > 65535 || isNaN(data257)){
const err562 = {instancePath:instancePath+"/domain/tls/" + i31+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data257};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
if(data257 < 1 || isNaN(data257)){
const err563 = {instancePath:instancePath+"/domain/tls/" + i31+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data257};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
}
if(data255["min-days"] !== undefined){
let data258 = data255["min-days"];
if((typeof data258 == "number") && (isFinite(data258))){
if(data258 < 0 || isNaN(data258)){
const err564 = {instancePath:instancePath+"/domain/tls/" + i31+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data258};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
}
else {
const err565 = {instancePath:instancePath+"/domain/tls/" + i31+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["min-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data258};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
}
if(data255["warn-days"] !== undefined){
let data259 = data255["warn-days"];
if((typeof data259 == "number") && (isFinite(data259))){
if(data259 < 0 || isNaN(data259)){
const err566 = {instancePath:instancePath+"/domain/tls/" + i31+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data259};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
else {
const err567 = {instancePath:instancePath+"/domain/tls/" + i31+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["warn-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data259};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
}
else {
const err568 = {instancePath:instancePath+"/domain/tls/" + i31,schemaPath:"#/properties/domain/properties/tls/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.tls.items.type,parentSchema:schema11.properties.domain.properties.tls.items,data:data255};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
}
else {
const err569 = {instancePath:instancePath+"/domain/tls",schemaPath:"#/properties/domain/properties/tls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.tls.type,parentSchema:schema11.properties.domain.properties.tls,data:data254};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
if(data228.hsts !== undefined){
let data260 = data228.hsts;
if(Array.isArray(data260)){
const len32 = data260.length;
for(let i32=0; i32<len32; i32++){
let data261 = data260[i32];
const _errs812 = errors;
let valid243 = false;
const _errs813 = errors;
if(typeof data261 === "string"){
if(!pattern67.test(data261)){
const err570 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data261};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
else {
const err571 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data261};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
var _valid36 = _errs813 === errors;
valid243 = valid243 || _valid36;
if(!valid243){
const _errs815 = errors;
if(data261 && typeof data261 == "object" && !Array.isArray(data261)){
if(data261.url === undefined){
const err572 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data261};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
for(const key67 in data261){
if(!(((key67 === "url") || (key67 === "include-subdomains")) || (key67 === "preload"))){
const err573 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data261};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
}
if(data261.url !== undefined){
let data262 = data261.url;
if(typeof data262 === "string"){
if(!pattern67.test(data262)){
const err574 = {instancePath:instancePath+"/domain/hsts/" + i32+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data262};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
else {
const err575 = {instancePath:instancePath+"/domain/hsts/" + i32+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data262};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data261["include-subdomains"] !== undefined){
let data263 = data261["include-subdomains"];
if(typeof data263 !== "boolean"){
const err576 = {instancePath:instancePath+"/domain/hsts/" + i32+"/include-subdomains",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/include-subdomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"],data:data263};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
}
if(data261.preload !== undefined){
let data264 = data261.preload;
if(typeof data264 !== "boolean"){
const err577 = {instancePath:instancePath+"/domain/hsts/" + i32+"/preload",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload,data:data264};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
}
else {
const err578 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data261};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
var _valid36 = _errs815 === errors;
valid243 = valid243 || _valid36;
}
if(!valid243){
const err579 = {instancePath:instancePath+"/domain/hsts/" + i32,schemaPath:"#/properties/domain/properties/hsts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.hsts.items.anyOf,parentSchema:schema11.properties.domain.properties.hsts.items,data:data261};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
else {
errors = _errs812;
if(vErrors !== null){
if(_errs812){
vErrors.length = _errs812;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err580 = {instancePath:instancePath+"/domain/hsts",schemaPath:"#/properties/domain/properties/hsts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hsts.type,parentSchema:schema11.properties.domain.properties.hsts,data:data260};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
if(data228.redirects !== undefined){
let data265 = data228.redirects;
if(Array.isArray(data265)){
const len33 = data265.length;
for(let i33=0; i33<len33; i33++){
let data266 = data265[i33];
if(data266 && typeof data266 == "object" && !Array.isArray(data266)){
if(data266.from === undefined){
const err581 = {instancePath:instancePath+"/domain/redirects/" + i33,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data266};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
if(data266.to === undefined){
const err582 = {instancePath:instancePath+"/domain/redirects/" + i33,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data266};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
for(const key68 in data266){
if(!((((key68 === "from") || (key68 === "to")) || (key68 === "status")) || (key68 === "max-hops"))){
const err583 = {instancePath:instancePath+"/domain/redirects/" + i33,schemaPath:"#/properties/domain/properties/redirects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.redirects.items,data:data266};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
if(data266.from !== undefined){
let data267 = data266.from;
if(typeof data267 === "string"){
if(!pattern67.test(data267)){
const err584 = {instancePath:instancePath+"/domain/redirects/" + i33+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data267};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
}
else {
const err585 = {instancePath:instancePath+"/domain/redirects/" + i33+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.from.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data267};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
}
if(data266.to !== undefined){
let data268 = data266.to;
if(typeof data268 === "string"){
if(!pattern67.test(data268)){
const err586 = {instancePath:instancePath+"/domain/redirects/" + i33+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data268};
if(vErrors === null){
vErrors = [err586];
}
else {
vErrors.push(err586);
}
errors++;
}
}
else {
const err587 = {instancePath:instancePath+"/domain/redirects/" + i33+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.to.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data268};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
}
if(data266.status !== undefined){
let data269 = data266.status;
if(!(((((data269 === 301) || (data269 === 302)) || (data269 === 303)) || (data269 === 307)) || (data269 === 308))){
const err588 = {instancePath:instancePath+"/domain/redirects/" + i33+"/status",schemaPath:"#/properties/domain/properties/redirects/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.redirects.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.redirects.items.properties.status.enum,parentSchema:schema11.properties.domain.properties.redirects.items.properties.status,data:data269};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
}
if(data266["max-hops"] !== undefined){
let data270 = data266["max-hops"];
if(!(((typeof data270 == "number") && (!(data270 % 1) && !isNaN(data270))) && (isFinite(data270)))){
const err589 = {instancePath:instancePath+"/domain/redirects/" + i33+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.redirects.items.properties["max-hops"].type,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data270};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
if((typeof data270 == "number") && (isFinite(data270))){
if(data270 > 10 || isNaN(data270)){
const err590 = {instancePath:instancePath+"/domain/redirects/" + i33+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data270};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
if(data270 < 1 || isNaN(data270)){
const err591 = {instancePath:instancePath+"/domain/redirects/" + i33+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data270};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
}
}
}
else {
const err592 = {instancePath:instancePath+"/domain/redirects/" + i33,schemaPath:"#/properties/domain/properties/redirects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.redirects.items.type,parentSchema:schema11.properties.domain.properties.redirects.items,data:data266};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
}
}
else {
const err593 = {instancePath:instancePath+"/domain/redirects",schemaPath:"#/properties/domain/properties/redirects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.redirects.type,parentSchema:schema11.properties.domain.properties.redirects,data:data265};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
if(data228.headers !== undefined){
let data271 = data228.headers;
if(Array.isArray(data271)){
const len34 = data271.length;
for(let i34=0; i34<len34; i34++){
let data272 = data271[i34];
const _errs839 = errors;
let valid250 = false;
const _errs840 = errors;
if(typeof data272 === "string"){
if(!pattern67.test(data272)){
const err594 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data272};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
}
else {
const err595 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data272};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
var _valid37 = _errs840 === errors;
valid250 = valid250 || _valid37;
if(!valid250){
const _errs842 = errors;
if(data272 && typeof data272 == "object" && !Array.isArray(data272)){
if(data272.url === undefined){
const err596 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.headers.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data272};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
for(const key69 in data272){
if(!((key69 === "url") || (key69 === "session"))){
const err597 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data272};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
if(data272.url !== undefined){
let data273 = data272.url;
if(typeof data273 === "string"){
if(!pattern67.test(data273)){
const err598 = {instancePath:instancePath+"/domain/headers/" + i34+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data273};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
}
else {
const err599 = {instancePath:instancePath+"/domain/headers/" + i34+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data273};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
}
if(data272.session !== undefined){
let data274 = data272.session;
if(typeof data274 !== "string"){
const err600 = {instancePath:instancePath+"/domain/headers/" + i34+"/session",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session,data:data274};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
}
else {
const err601 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.headers.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data272};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
var _valid37 = _errs842 === errors;
valid250 = valid250 || _valid37;
}
if(!valid250){
const err602 = {instancePath:instancePath+"/domain/headers/" + i34,schemaPath:"#/properties/domain/properties/headers/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.headers.items.anyOf,parentSchema:schema11.properties.domain.properties.headers.items,data:data272};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
else {
errors = _errs839;
if(vErrors !== null){
if(_errs839){
vErrors.length = _errs839;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err603 = {instancePath:instancePath+"/domain/headers",schemaPath:"#/properties/domain/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.headers.type,parentSchema:schema11.properties.domain.properties.headers,data:data271};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
}
if(data228["rate-limit"] !== undefined){
let data275 = data228["rate-limit"];
if(Array.isArray(data275)){
const len35 = data275.length;
for(let i35=0; i35<len35; i35++){
let data276 = data275[i35];
if(data276 && typeof data276 == "object" && !Array.isArray(data276)){
if(data276.request === undefined){
const err604 = {instancePath:instancePath+"/domain/rate-limit/" + i35,schemaPath:"#/properties/domain/properties/rate-limit/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.domain.properties["rate-limit"].items.required,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data276};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
for(const key70 in data276){
if(!(((((key70 === "request") || (key70 === "attempts")) || (key70 === "format")) || (key70 === "user-field")) || (key70 === "password-field"))){
const err605 = {instancePath:instancePath+"/domain/rate-limit/" + i35,schemaPath:"#/properties/domain/properties/rate-limit/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data276};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
}
if(data276.request !== undefined){
let data277 = data276.request;
if(typeof data277 === "string"){
if(!pattern3.test(data277)){
const err606 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data277};
if(vErrors === null){
vErrors = [err606];
}
else {
vErrors.push(err606);
}
errors++;
}
}
else {
const err607 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data277};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
}
if(data276.attempts !== undefined){
let data278 = data276.attempts;
if(!(((typeof data278 == "number") && (!(data278 % 1) && !isNaN(data278))) && (isFinite(data278)))){
const err608 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data278};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
if((typeof data278 == "number") && (isFinite(data278))){
if(data278 > 50 || isNaN(data278)){
const err609 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data278};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
if(data278 < 1 || isNaN(data278)){
const err610 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data278};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
}
if(data276.format !== undefined){
let data279 = data276.format;
if(!((data279 === "json") || (data279 === "form"))){
const err611 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/format",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties["rate-limit"].items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties["rate-limit"].items.properties.format.enum,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.format,data:data279};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
}
if(data276["user-field"] !== undefined){
let data280 = data276["user-field"];
if(typeof data280 === "string"){
if(func3(data280) < 1){
const err612 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data280};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
}
else {
const err613 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data280};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
if(data276["password-field"] !== undefined){
let data281 = data276["password-field"];
if(typeof data281 === "string"){
if(func3(data281) < 1){
const err614 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data281};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
}
else {
const err615 = {instancePath:instancePath+"/domain/rate-limit/" + i35+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data281};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
}
}
else {
const err616 = {instancePath:instancePath+"/domain/rate-limit/" + i35,schemaPath:"#/properties/domain/properties/rate-limit/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties["rate-limit"].items.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data276};
if(vErrors === null){
vErrors = [err616];
}
else {
vErrors.push(err616);
}
errors++;
}
}
}
else {
const err617 = {instancePath:instancePath+"/domain/rate-limit",schemaPath:"#/properties/domain/properties/rate-limit/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties["rate-limit"].type,parentSchema:schema11.properties.domain.properties["rate-limit"],data:data275};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
if(data228.rules !== undefined){
let data282 = data228.rules;
if(data282 && typeof data282 == "object" && !Array.isArray(data282)){
for(const key71 in data282){
let data283 = data282[key71];
if(!((((data283 === "error") || (data283 === "warning")) || (data283 === "notice")) || (data283 === "off"))){
const err618 = {instancePath:instancePath+"/domain/rules/" + key71.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data283};
if(vErrors === null){
vErrors = [err618];
}
else {
vErrors.push(err618);
}
errors++;
}
}
}
else {
const err619 = {instancePath:instancePath+"/domain/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data282};
if(vErrors === null){
vErrors = [err619];
}
else {
vErrors.push(err619);
}
errors++;
}
}
}
else {
const err620 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.type,parentSchema:schema11.properties.domain,data:data228};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
}
}
else {
const err621 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

