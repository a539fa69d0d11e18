// Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit.
import runtime0 from 'ajv/dist/runtime/ucs2length.js';

export const validate = validate10;
export default validate10;
const schema11 = JSON.parse("{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"$id\":\"https://release-gate.dev/schema/release-gate.schema.json\",\"title\":\"release-gate manifest\",\"description\":\"One manifest describes the app; every release-gate check reads its own section.\",\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"version\"],\"properties\":{\"version\":{\"description\":\"The manifest format version. Only 1 exists.\",\"const\":1,\"x-expected\":\"1\"},\"environments\":{\"type\":\"object\",\"description\":\"The deployed environments, by name.\",\"x-expected\":\"a map of environment names to {url, env-file}\",\"propertyNames\":{\"pattern\":\"^[A-Za-z0-9_-]+$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"The environment's origin, e.g. https://ops.example.com.\",\"x-expected\":\"an absolute URL such as https://ops.example.com\",\"pattern\":\"^https?://[^\\\\s/?#]+(/\\\\S*)?$\"},\"env-file\":{\"type\":\"string\",\"description\":\"A dotenv file holding this environment's values, for the env check.\"}},\"description\":\"One environment.\"}},\"sessions\":{\"type\":\"object\",\"description\":\"How smoke and latency sign in; cookies are kept automatically.\",\"x-expected\":\"a map of session names to {login, headers}\",\"propertyNames\":{\"pattern\":\"^[A-Za-z0-9_-]+$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"login-page\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"expect\":{\"$ref\":\"#/$defs/expect\"},\"capture\":{\"$ref\":\"#/$defs/captures\"}},\"required\":[\"request\"],\"description\":\"A request made just before the login, in the same cookie jar, whose captures the login may use: e.g. GET /login with capture: { csrf: \\\"input:_csrf\\\" } for a sign-in form protected by a CSRF token.\"},\"login\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"json\":{\"description\":\"A JSON body; templates are expanded in string values.\"},\"form\":{\"$ref\":\"#/$defs/stringMap\"},\"body\":{\"type\":\"string\",\"description\":\"A raw body.\"},\"expect\":{\"$ref\":\"#/$defs/expect\"},\"capture\":{\"$ref\":\"#/$defs/captures\"}},\"required\":[\"request\"],\"description\":\"The sign-in request. It follows redirects (keeping cookies set on the way) and must answer 2xx unless `expect` says otherwise; captured values are secrets, masked in every output.\"},\"headers\":{\"allOf\":[{\"$ref\":\"#/$defs/stringMap\"}],\"description\":\"Headers sent on every request of this session, e.g. authorization: \\\"Bearer {{ token }}\\\".\"}},\"description\":\"One signed-in role.\"}},\"baseline\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The baseline of known findings that runs hide (default .github/release-gate-baseline.json when it exists). Write it with `release-gate baseline write`; `--baseline FILE` overrides it.\",\"x-expected\":\"a file path\"},\"ignore\":{\"type\":\"array\",\"description\":\"Findings to hide in every check, each with the reason and, best, a date to look again. An entry without a reason still hides but is a warning (suppression-without-reason); after `until` the finding is reported again, saying the ignore expired.\",\"x-expected\":\"a list of { rule, path, reason, until }\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"rule\"],\"properties\":{\"rule\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The rule id to hide.\"},\"path\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A glob of the files it applies to (default: every file).\",\"x-expected\":\"a glob\"},\"reason\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Why the finding is acceptable.\"},\"until\":{\"type\":\"string\",\"pattern\":\"^\\\\d{4}-\\\\d{2}-\\\\d{2}$\",\"description\":\"From this day on, the finding is reported again.\",\"x-expected\":\"a date, YYYY-MM-DD\"}}}},\"env\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"declared-in\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Files that declare what the app needs, e.g. .env.example.\",\"x-expected\":\"a list of globs\"},\"scan\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Code searched for uses of variables (process.env.X, os.environ[...], ...).\",\"x-expected\":\"a list of globs\"},\"exclude\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Globs left out of `scan`, and of the search of committed env files for secrets (e.g. test fixtures); node_modules, .git and dist are always left out.\",\"x-expected\":\"a list of globs\"},\"ignore\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Variable names (a * matches any run of characters) that env-undeclared-use and env-unused skip. NODE_ENV, CI, PATH, HOME, GITHUB_*, RUNNER_* and other platform variables are always skipped.\",\"x-expected\":\"a list of variable names or name globs such as FEATURE_*\"},\"production\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"Environments whose values must not point at localhost or another environment's host. Default: environments named prod, production or live (optionally with a -suffix, e.g. production-eu).\",\"x-expected\":\"a list of environment names\"},\"vars\":{\"type\":\"object\",\"description\":\"Per-variable expectations.\",\"x-expected\":\"a map of variable names to options\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"required\":{\"type\":\"boolean\",\"description\":\"Must be set and non-empty in every environment checked. Every declared variable is required unless this is false or required-in narrows it.\"},\"required-in\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"Environments where it must be set; elsewhere it is optional.\",\"x-expected\":\"a list of environment names\"},\"format\":{\"enum\":[\"url\",\"email\",\"number\",\"integer\",\"boolean\",\"port\",\"host\",\"json\",\"duration\"],\"description\":\"The shape the value must have.\"},\"enum\":{\"type\":\"array\",\"items\":{\"type\":[\"string\",\"number\",\"boolean\"],\"minimum\":-9007199254740991,\"maximum\":9007199254740991},\"description\":\"The allowed values.\",\"x-expected\":\"a list of allowed values\"},\"pattern\":{\"type\":\"string\",\"maxLength\":1000,\"description\":\"A regular expression the whole value must match. It runs in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.\"},\"secret\":{\"type\":\"boolean\",\"description\":\"The value is a secret: never printed, and must differ between environments. Names containing SECRET, TOKEN, PASSWORD, PASSWD, KEY, DSN or CREDENTIAL are secret unless this is false.\"},\"distinct\":{\"type\":\"boolean\",\"description\":\"The value must differ between environments (compared by keyed fingerprints, never by value). Defaults to the value of secret.\"},\"forbid\":{\"type\":\"object\",\"description\":\"Environment → substrings (case-insensitive) its value must not contain.\",\"x-expected\":\"a map of environment names to lists of forbidden substrings\",\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}},\"description\":\"What one variable must look like.\"}},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}},\"description\":\"Environment completeness: every environment has every variable it needs.\"},\"migrations\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"dialect\":{\"enum\":[\"postgres\"],\"description\":\"The SQL dialect. Only postgres is supported.\"},\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Migration files, e.g. db/migrations/*.sql. Defaults to the preset's usual location.\",\"x-expected\":\"a list of globs\"},\"exclude\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Files matched by paths that are not migrations to lint, e.g. db/migrations/seed/**.\",\"x-expected\":\"a list of globs\"},\"preset\":{\"enum\":[\"plain\",\"flyway\",\"golang-migrate\",\"prisma\",\"dbmate\",\"node-pg-migrate\",\"rails\",\"django\",\"alembic\",\"diesel\",\"goose\",\"sql-migrate\"],\"description\":\"The migration tool: how versions are read from file names, which part of a file runs on migrate up, and whether the tool wraps each file in a transaction. Default plain: leading digits of the file name (or of its folder) are the version, each statement runs on its own unless the file says BEGIN, psql commands are understood, and a file annotated for goose, sql-migrate or dbmate runs its Up part as that tool does.\"},\"transaction\":{\"enum\":[\"auto\",\"always\",\"never\"],\"description\":\"Whether the runner wraps each migration file in a transaction: auto follows the preset, always and never override it.\"},\"postgres-version\":{\"type\":\"number\",\"minimum\":9.6,\"maximum\":99,\"description\":\"The PostgreSQL major version the migrations run on (default 15); rules whose safe form depends on it follow it.\",\"x-expected\":\"a PostgreSQL major version such as 15\"},\"trace\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Trace mode: apply the migrations to a throwaway PostgreSQL (local: true) or a scratch database (url), seed the tables they touch, and report per statement the locks taken, table rewrites and time. Runs whenever the section is present; --no-trace skips it. With --base, the base branch's migrations are applied untraced first and only the new ones are traced.\",\"properties\":{\"local\":{\"type\":\"boolean\",\"description\":\"Start a throwaway cluster with initdb (as an unprivileged user) on a free loopback port, and remove it when the run ends, fails or is interrupted. Needs the PostgreSQL server binaries (Debian: postgresql).\",\"x-expected\":\"true or false\"},\"url\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A scratch database to trace in instead, e.g. a `services: postgres` container: postgres://user:password@host:port/database, usually \\\"{{ env.TRACE_DATABASE_URL }}\\\". It must name the host, user and database; its password is masked in every output. A database that already has tables is refused unless allow-existing is true.\",\"x-expected\":\"a postgres:// URL\"},\"rows\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":10000000,\"description\":\"Rows generated into every table the traced migrations touch, before they run (default 10000). The values satisfy the columns' types and NOT NULL.\",\"x-expected\":\"a whole number of rows such as 100000\"},\"allow-existing\":{\"type\":\"boolean\",\"description\":\"Trace in the url's database even though it already has tables (it is changed by the migrations and the seeded rows).\",\"x-expected\":\"true or false\"},\"slow-statement\":{\"$ref\":\"#/$defs/duration\",\"description\":\"statement-slow-on-seeded-data reports a statement that takes longer than this on the seeded rows (default 1s).\"},\"lock-hold\":{\"$ref\":\"#/$defs/duration\",\"description\":\"lock-access-exclusive-held reports an ACCESS EXCLUSIVE lock on an existing table held at least this long (default 100ms).\"}}},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}},\"description\":\"Migration safety lint.\"},\"secrets\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"paths\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Files to scan (default: every file). .gitignore is honoured; .git, node_modules and .release-gate are never scanned.\",\"x-expected\":\"a list of globs\"},\"exclude\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Files to skip, e.g. dist/** or test/fixtures/**.\",\"x-expected\":\"a list of globs\"},\"logs\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Log files to scan with the log-aware rules as well (Authorization headers, cookies, logged passwords, personal data). They are read even when .gitignore lists them, and always whole, also with --base.\",\"x-expected\":\"a list of globs\"},\"max-file-size\":{\"type\":[\"integer\",\"string\"],\"minimum\":1,\"maximum\":1073741824,\"pattern\":\"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*([kKmMgG]i?[bB]?|[bB])?\\\\s*$\",\"x-bounds\":{\"unit\":\"bytes\",\"minimum\":1,\"maximum\":1073741824},\"description\":\"Files larger than this are skipped with a notice (default 10MB; K, M and G are powers of 1024). Logs are streamed and never skipped.\",\"x-expected\":\"a size such as 10MB, 512KB, or a number of bytes\"},\"baseline\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A baseline file of accepted findings, written by --write-baseline FILE (the `baseline` input overrides it). Findings are matched by rule and secret hash, not by line.\",\"x-expected\":\"a file path\"},\"include-personal-data\":{\"type\":\"boolean\",\"description\":\"Report email addresses, card numbers and phone numbers found in logs, as warnings (default true).\"},\"archives\":{\"type\":\"boolean\",\"description\":\"Open .zip, .tar, .tar.gz/.tgz and .gz files and scan the text files inside (default false: each archive gets a secrets-archive-not-scanned notice). Entries over max-file-size are skipped, and at most four times max-file-size is decompressed per archive.\"},\"contexts\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Severity of generic matches (assignments such as password = \\\"…\\\", passwords in URLs, Authorization headers, values found only after a provider keyword) by where the file sits. Provider formats with a checksum or a decodable structure (GitHub tokens, private keys, JWTs, …) keep their severity in every context.\",\"x-expected\":\"a map from code, config, test, fixture, docs, locale, vendored to error, warning, notice or off\",\"properties\":{\"code\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Source files (default error).\"},\"config\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Config and env files: .env*, YAML, INI, Dockerfiles, kubeconfig (default error).\"},\"test\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Tests: test/, spec/, __tests__/, *.test.*, *_test.go (default warning).\"},\"fixture\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Fixtures: fixtures/, testdata/, __snapshots__/, cassettes/, mocks/, seeds/ (default warning).\"},\"docs\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Docs: Markdown and other prose, docs/, website/, examples/, READMEs and *.example/.sample/.template files (default warning).\"},\"locale\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Locale files: locales/, i18n/, translations/, .po, .xliff, .arb (default off).\"},\"vendored\":{\"type\":\"string\",\"enum\":[\"error\",\"warning\",\"notice\",\"off\"],\"x-expected\":\"error, warning, notice or off\",\"description\":\"Vendored code: vendor/, third_party/, bower_components/, *.min.js (default warning).\"}}},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}},\"description\":\"Secret scanning of code, pull-request diffs and logs. Findings show a masked form only.\"},\"dependencies\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Third-party packages that handle sign-in, sessions or money: known advisories (OSV), deprecated or stale releases, and, on pull requests, critical packages added, removed, changed in major version or imitated by a look-alike name.\",\"properties\":{\"lockfiles\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Lockfiles to read (globs). Default: every package-lock.json, npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock, requirements*.txt, poetry.lock, Pipfile.lock, Gemfile.lock, go.sum and composer.lock outside node_modules and vendor.\",\"x-expected\":\"a list of globs\"},\"exclude\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Lockfiles to skip, e.g. test/fixtures/**.\",\"x-expected\":\"a list of globs\"},\"critical\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"More package names to treat as critical, besides the built-in table of auth, payment and session/crypto packages: exact names, a trailing * for a prefix (@acme/auth-*), or ecosystem:name (PyPI:acme-sso) to name one ecosystem only.\",\"x-expected\":\"a list of package names\"},\"advisories\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Where advisories come from: `osv` (default: the OSV query API, one batch per run), `off`, or the path of a directory of OSV JSON records (an unzipped OSV export) for runners without network access (./osv for a directory named osv or off).\",\"x-expected\":\"osv, off, or a directory path\"},\"osv-url\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"The OSV API root, for a mirror. Default https://api.osv.dev.\",\"x-expected\":\"an http(s) URL\"},\"registry\":{\"type\":\"boolean\",\"description\":\"Look up each critical package's latest release and deprecation in its registry (npm, PyPI, RubyGems, the Go module proxy, Packagist). Default true; false, or an advisories directory, skips it with a notice.\"},\"registry-urls\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Registry roots, for mirrors.\",\"properties\":{\"npm\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"Default https://registry.npmjs.org.\",\"x-expected\":\"an http(s) URL\"},\"pypi\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"Default https://pypi.org.\",\"x-expected\":\"an http(s) URL\"},\"rubygems\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"Default https://rubygems.org.\",\"x-expected\":\"an http(s) URL\"},\"go\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"Default https://proxy.golang.org.\",\"x-expected\":\"an http(s) URL\"},\"packagist\":{\"type\":\"string\",\"pattern\":\"^https?://[^\\\\s]+$\",\"description\":\"Default https://repo.packagist.org.\",\"x-expected\":\"an http(s) URL\"}}},\"min-severity\":{\"enum\":[\"low\",\"moderate\",\"high\",\"critical\"],\"description\":\"Advisories on packages that are not critical are reported from this severity up (default low: all of them). Advisories on critical packages are always reported.\"},\"dev\":{\"type\":\"boolean\",\"description\":\"Include development-only packages. Default true.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long one request to OSV or a registry may take. Default 15s.\"},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}}},\"smoke\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z_]+$\"},\"minItems\":1,\"description\":\"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.\",\"x-expected\":\"a list of GitHub event names, e.g. [pull_request, push]\"},\"environment\":{\"type\":\"string\",\"description\":\"The environment to test; its url is the origin of every request.\"},\"wait\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"expect\":{\"allOf\":[{\"$ref\":\"#/$defs/expect\"}],\"description\":\"What the response must show once the new release is serving, e.g. { headers: { x-app-version: \\\"^{{ deployment_sha }}\\\" } }. Default: any 2xx.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Give up after this long (default 5m), failing with smoke-rollout-timeout. A poll in flight still gets its full request timeout.\"},\"interval\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The first pause between polls (default 2s); it doubles after each poll up to max-interval.\"},\"max-interval\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The longest pause between polls (default 30s).\"}},\"required\":[\"request\"],\"description\":\"Wait for the rollout: poll this signed-out request with backoff until it meets its expectation, before the steps start. Its time does not count against the deadline.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long one request may take (default 10s) before it fails with smoke-timeout.\"},\"deadline\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long all steps together may take (default 2m); steps not started by then are skipped. Cleanups still run, each with its own timeout.\"},\"retries\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":10,\"description\":\"Retries, with backoff, after a connection error or a 502, 503 or 504 (default 2). POST and PATCH steps are not retried unless they set retries themselves.\"},\"deployment-url\":{\"type\":\"boolean\",\"description\":\"On a deployment_status event, test the URL the deployment reports (environment_url, else target_url) instead of the environment's url (default true). The action's url input overrides both.\"},\"ca-file\":{\"type\":\"string\",\"description\":\"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA.\"},\"steps\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"A short name shown in findings and the summary.\"},\"request\":{\"$ref\":\"#/$defs/request\"},\"session\":{\"type\":\"string\",\"description\":\"The session to run as; the first session when omitted.\"},\"anonymous\":{\"type\":\"boolean\",\"description\":\"Send the request signed out: no session, no cookies. For pages that must redirect a visitor to the sign-in page.\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"json\":{\"description\":\"A JSON body; templates are expanded in string values.\"},\"form\":{\"$ref\":\"#/$defs/stringMap\"},\"body\":{\"type\":\"string\",\"description\":\"A raw body.\"},\"expect\":{\"$ref\":\"#/$defs/expect\"},\"capture\":{\"$ref\":\"#/$defs/captures\"},\"cleanup\":{\"description\":\"A request that undoes this step, e.g. \\\"DELETE /api/tasks/{{ id }}\\\", or a map with request, headers, json, form, body and expect. Cleanups run after all steps, in reverse order, even when a step failed; they must answer 2xx unless expect says otherwise.\",\"x-expected\":\"a request such as \\\"DELETE /api/tasks/{{ id }}\\\", or a map with request and expect\",\"anyOf\":[{\"$ref\":\"#/$defs/request\"},{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"json\":{\"description\":\"A JSON body; templates are expanded in string values. Sent with Content-Type: application/json.\"},\"form\":{\"allOf\":[{\"$ref\":\"#/$defs/stringMap\"}],\"description\":\"A form body, sent as application/x-www-form-urlencoded.\"},\"body\":{\"type\":\"string\",\"description\":\"A raw body.\"},\"expect\":{\"$ref\":\"#/$defs/expect\"}},\"required\":[\"request\"]}]},\"retries\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":10,\"description\":\"Retries after a connection error or a 502, 503 or 504; defaults to smoke.retries for GET, HEAD, OPTIONS, PUT and DELETE, and to 0 for POST and PATCH. Setting it on a POST or PATCH says the server honours the Idempotency-Key header, which every retry repeats.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long this request may take; defaults to smoke.timeout.\"},\"follow-redirects\":{\"type\":\"boolean\",\"description\":\"Follow redirects (default true) and check the final response; false checks the redirect itself.\"}},\"required\":[\"request\"],\"description\":\"One request and its expectations.\"},\"description\":\"The requests, in order.\",\"x-expected\":\"a list of steps\"},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}},\"required\":[\"steps\"],\"description\":\"Post-deploy smoke tests.\"},\"latency\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z_]+$\"},\"minItems\":1,\"description\":\"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.\",\"x-expected\":\"a list of GitHub event names, e.g. [pull_request, push]\"},\"environment\":{\"type\":\"string\",\"description\":\"The environment to load; only its origin is ever sent requests, and credentials never go anywhere else.\"},\"rate\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"maximum\":1000000,\"description\":\"Requests per second, open model (arrival rate, not connections): requests go out on this schedule whatever the responses do. Shared by weight among the endpoints without a rate of their own (default 10). All endpoints together are capped at 50/s unless max-rate raises the ceiling.\"},\"max-rate\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"maximum\":1000,\"description\":\"Raises the rate ceiling from its default of 50 requests per second (all endpoints together) up to at most 1000. Without it, a higher rate is lowered to 50/s and the run says so (latency-capped).\"},\"duration\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long the measured load lasts (default 30s). warmup plus duration may not exceed 10m: a longer run is refused (latency-setting-refused).\"},\"warmup\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Load sent first, on the same schedule, and left out of the results (default 0s): connections open and caches fill before measuring.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long one request may take once sent (default 10s, at most 60s). A request that times out is an error and counts in the percentiles at the time it gave up.\"},\"max-requests\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":600000,\"description\":\"The most requests one run sends, warmup included (default 30,000, at most 600,000). A longer run is shortened to fit and says so (latency-capped).\"},\"stop-error-rate\":{\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":1},{\"type\":\"string\",\"pattern\":\"^\\\\s*(100(\\\\.0+)?|\\\\d{1,2}(\\\\.\\\\d+)?)\\\\s*%\\\\s*$\"}],\"description\":\"Stop early (latency-stopped-early) when more than this share of the last 50 requests failed, once at least 20 have (default 50%): a failing app is not loaded further.\",\"x-expected\":\"a share such as 1% or 0.01\"},\"p95\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The default p95 threshold of every endpoint without its own.\"},\"p99\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The default p99 threshold of every endpoint without its own.\"},\"max\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The default max threshold of every endpoint without its own.\"},\"error-rate\":{\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":1},{\"type\":\"string\",\"pattern\":\"^\\\\s*(100(\\\\.0+)?|\\\\d{1,2}(\\\\.\\\\d+)?)\\\\s*%\\\\s*$\"}],\"description\":\"The default error-rate threshold of every endpoint without its own (default 1%).\",\"x-expected\":\"a share such as 1% or 0.01\"},\"window\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Also judge p95 and the error rate in every window of this length (at least 1s), by due time: a run whose last 10 seconds all failed fails on that window even when the whole run is under its thresholds (latency-window-exceeded). Windows with fewer than 10 requests are not judged. The default of every endpoint without its own.\"},\"baseline\":{\"type\":\"string\",\"description\":\"A previous JSON report (--format json) to compare with, relative to the working directory; the baseline input overrides it. An endpoint whose p95 got worse by more than both regression margins fails with latency-regression.\"},\"regression\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"relative\":{\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":1},{\"type\":\"string\",\"pattern\":\"^\\\\s*(100(\\\\.0+)?|\\\\d{1,2}(\\\\.\\\\d+)?)\\\\s*%\\\\s*$\"}],\"description\":\"How much slower than the baseline's p95, as a share of it, is a regression (default 20%).\",\"x-expected\":\"a share such as 1% or 0.01\"},\"absolute\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How much slower than the baseline's p95, in time, is a regression (default 25ms). Both margins must be passed: shared runners are noisy.\"}},\"description\":\"When a p95 slower than the baseline's counts as a regression: worse by more than both margins.\"},\"ca-file\":{\"type\":\"string\",\"description\":\"A PEM file of extra certificate authorities to trust, relative to the working directory: for environments behind an internal CA.\"},\"endpoints\":{\"type\":\"array\",\"minItems\":1,\"description\":\"The requests to load and their thresholds.\",\"x-expected\":\"a list of endpoints\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"A short name shown in findings and the summary, and matched against the baseline's endpoints (default: the request line).\"},\"request\":{\"$ref\":\"#/$defs/request\"},\"session\":{\"type\":\"string\",\"description\":\"The session to run as; the first session when omitted. Each session signs in once, before the load.\"},\"anonymous\":{\"type\":\"boolean\",\"description\":\"Send this endpoint's requests signed out, without any session.\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"weight\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"maximum\":1000000,\"description\":\"This endpoint's share of latency.rate, relative to the other endpoints without a rate of their own (default 1).\"},\"rate\":{\"type\":\"number\",\"exclusiveMinimum\":0,\"maximum\":1000000,\"description\":\"This endpoint's own requests per second, instead of a share of latency.rate (weight is then ignored). Counts against the same ceiling.\"},\"p95\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Fail (latency-p95-exceeded) when this endpoint's 95th percentile is slower than this, e.g. 500ms. Default: latency.p95.\"},\"p99\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Fail (latency-p99-exceeded) when the 99th percentile is slower than this. Default: latency.p99.\"},\"max\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Fail (latency-max-exceeded) when the slowest request took longer than this. Default: latency.max.\"},\"error-rate\":{\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":1},{\"type\":\"string\",\"pattern\":\"^\\\\s*(100(\\\\.0+)?|\\\\d{1,2}(\\\\.\\\\d+)?)\\\\s*%\\\\s*$\"}],\"description\":\"Fail (latency-error-rate-exceeded) when more than this share of requests failed: no response, a timeout, or a 4xx or 5xx status. Default: latency.error-rate.\",\"x-expected\":\"a share such as 1% or 0.01\"},\"window\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"This endpoint's window for windowed thresholds, instead of latency.window.\"}},\"required\":[\"request\"],\"description\":\"One endpoint under load, with its thresholds.\"}},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}},\"required\":[\"endpoints\"],\"description\":\"p95 latency under an open-model load: requests go out on a fixed schedule and each is timed from when it was due, so a stalled server counts in full. Capped: 50 requests/s unless max-rate says more (1000 at most), 30,000 requests unless max-requests says more, 10 minutes, and an early stop when most requests fail.\"},\"domain\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Launch readiness of the domain: DNS records, mail authentication (SPF, DMARC, DKIM, MX), TLS certificates, HSTS, redirects, headers of signed-in pages and login rate limits.\",\"properties\":{\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z_]+$\"},\"minItems\":1,\"description\":\"GitHub events this check runs on. By default a check that touches a live environment runs on every event except pull requests (pull_request, pull_request_target, and the CLI with --base): add `pull_request` to run it there too.\",\"x-expected\":\"a list of GitHub event names, e.g. [pull_request, push]\"},\"environment\":{\"type\":\"string\",\"description\":\"Sessions and relative requests use this environment's url.\"},\"resolver\":{\"type\":\"string\",\"pattern\":\"^(\\\\[[0-9A-Fa-f:.]+\\\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$\",\"description\":\"The DNS server used for every name this check looks up or connects to, by address: 1.1.1.1, 127.0.0.1:5353 or [2606:4700:4700::1111]:53. Default: the system's resolvers.\",\"x-expected\":\"a DNS server address such as 1.1.1.1 or 127.0.0.1:5353\"},\"resolvers\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"pattern\":\"^(\\\\[[0-9A-Fa-f:.]+\\\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$\"},\"description\":\"Several DNS servers: every record is asked of each, and different answers are reported (propagation not finished). The first one is used for connections.\",\"x-expected\":\"a list of DNS server addresses such as 1.1.1.1 or 127.0.0.1:5353\"},\"ca\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Extra trusted CA certificates (internal PKI, tests): a PEM file relative to the working directory, or PEM text. The usual public roots stay trusted.\",\"x-expected\":\"the path of a PEM file\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long one DNS lookup, connection or HTTP request may take before it counts as failed. Default 5s.\"},\"allow-dmarc-none\":{\"type\":\"boolean\",\"description\":\"Accept DMARC p=none (monitoring only) for every email domain, e.g. while reports are being read before enforcing. Default false.\"},\"dns\":{\"type\":\"array\",\"description\":\"Records that must resolve to exactly these values. CNAME chains are followed.\",\"x-expected\":\"a list of {name, type, value} records\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\",\"type\"],\"anyOf\":[{\"type\":\"object\",\"properties\":{\"value\":true},\"required\":[\"value\"]},{\"type\":\"object\",\"properties\":{\"values\":true},\"required\":[\"values\"]}],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The name to look up, e.g. app.example.com.\"},\"type\":{\"enum\":[\"A\",\"AAAA\",\"CNAME\",\"MX\",\"TXT\",\"NS\",\"CAA\"],\"description\":\"The record type.\"},\"value\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The one expected value: an address, a target name, \\\"10 mail.example.com\\\" for MX, the whole text for TXT, \\\"0 issue letsencrypt.org\\\" for CAA.\"},\"values\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Every expected value (A, AAAA, MX, NS and CAA must match exactly; TXT must contain each one).\",\"x-expected\":\"a list of record values\"}},\"description\":\"One expected record.\",\"x-expected\":\"a record with a value or a list of values\"}},\"email\":{\"type\":\"array\",\"description\":\"Mail domains whose SPF, DMARC, DKIM and MX records are checked.\",\"x-expected\":\"a list of {domain, dkim} entries\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"domain\"],\"properties\":{\"domain\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The domain mail is sent from, e.g. example.com.\"},\"dkim\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_-]+(\\\\.[A-Za-z0-9_-]+)*$\"},\"description\":\"DKIM selectors that must publish a key at <selector>._domainkey.<domain>. Without it, the selectors common mail providers publish by default are probed and a notice says which hold keys; an empty list turns the probe off.\",\"x-expected\":\"a list of DKIM selectors such as s1\"},\"spf\":{\"type\":\"boolean\",\"description\":\"Check SPF. Default true.\"},\"dmarc\":{\"type\":\"boolean\",\"description\":\"Check DMARC. Default true.\"},\"mx\":{\"type\":\"boolean\",\"description\":\"The domain receives mail, so it needs MX records. Default true; false for send-only domains.\"},\"allow-dmarc-none\":{\"type\":\"boolean\",\"description\":\"Accept DMARC p=none for this domain. Default: the section's allow-dmarc-none.\"}},\"description\":\"One mail domain.\"}},\"tls\":{\"type\":\"array\",\"description\":\"TLS endpoints whose certificates must be valid, trusted, for the right name and far from expiry.\",\"x-expected\":\"a list of {host, port, min-days} entries\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"host\"],\"properties\":{\"host\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9_.-]+$\",\"description\":\"The host name, sent as SNI and matched against the certificate.\",\"x-expected\":\"a host name such as app.example.com\"},\"port\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535,\"description\":\"Default 443.\"},\"min-days\":{\"type\":\"number\",\"minimum\":0,\"maximum\":3650,\"description\":\"Fewer days left than this is an error. Default 14.\"},\"warn-days\":{\"type\":\"number\",\"minimum\":0,\"maximum\":3650,\"description\":\"Fewer days left than this is a warning. Default 30.\"}},\"description\":\"One TLS endpoint.\"}},\"hsts\":{\"type\":\"array\",\"description\":\"HTTPS URLs that must send Strict-Transport-Security with a max-age of at least a year.\",\"x-expected\":\"a list of URLs or {url, include-subdomains, preload} entries\",\"items\":{\"anyOf\":[{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"An HTTPS URL, or a path on the environment's url.\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"url\"],\"properties\":{\"url\":{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"An HTTPS URL, or a path on the environment's url.\"},\"include-subdomains\":{\"type\":\"boolean\",\"description\":\"Require includeSubDomains. Default false.\"},\"preload\":{\"type\":\"boolean\",\"description\":\"Require what hstspreload.org requires: max-age of at least a year, includeSubDomains and preload. Default false.\"}}}],\"description\":\"One URL, or one URL with options.\",\"x-expected\":\"a URL, or {url, include-subdomains, preload}\"}},\"redirects\":{\"type\":\"array\",\"description\":\"Old links that must keep working: each is followed hop by hop, without credentials, to where it must end.\",\"x-expected\":\"a list of {from, to, status} entries\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"from\",\"to\"],\"properties\":{\"from\":{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"The old URL, or a path on the environment's url.\"},\"to\":{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"Where the redirects must end.\"},\"status\":{\"enum\":[301,302,303,307,308],\"description\":\"The status the first hop must answer with. Default: any redirect status.\"},\"max-hops\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10,\"description\":\"More hops than this is reported. Default 3.\"}},\"description\":\"One redirect.\"}},\"headers\":{\"type\":\"array\",\"description\":\"Pages whose response headers are inspected: caching of signed-in pages, cookie flags, mixed content and security headers.\",\"x-expected\":\"a list of URLs or {url, session} entries\",\"items\":{\"anyOf\":[{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"A URL, or a path on the environment's url.\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"url\"],\"properties\":{\"url\":{\"type\":\"string\",\"pattern\":\"^(https?://[^\\\\s/?#]+(/\\\\S*)?|/\\\\S*)$\",\"x-expected\":\"an absolute URL such as https://app.example.com/ or a path such as /dashboard\",\"description\":\"A URL, or a path on the environment's url.\"},\"session\":{\"type\":\"string\",\"description\":\"Request the page signed in as this session (see sessions), so caching rules for signed-in responses apply.\"}}}],\"description\":\"One page, or one page with the session to request it as.\",\"x-expected\":\"a URL, or {url, session}\"}},\"rate-limit\":{\"type\":\"array\",\"description\":\"Sign-in endpoints that must slow down a burst of failed attempts. Only a throwaway user name and a wrong password are ever sent.\",\"x-expected\":\"a list of {request} entries\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"request\"],\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"attempts\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":50,\"description\":\"Failed sign-ins to send at most; the burst stops at the first 429, lockout or Retry-After. Default 20, at most 50.\"},\"format\":{\"enum\":[\"json\",\"form\"],\"description\":\"How the body is sent: a JSON object or an HTML form. Default json.\"},\"user-field\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The body field for the user name. Default email.\"},\"password-field\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The body field for the password. Default password.\"}},\"description\":\"One sign-in endpoint.\"}},\"hosts\":{\"type\":\"object\",\"description\":\"Hostnames served through a reverse proxy or CDN: that the proxy is in front (headers, addresses in its published ranges), the origin is not published or open to everyone, sign-in and API calls pass through without challenges and with working cookies, signed-in responses are never edge-cached and static assets are.\",\"x-expected\":\"a map of hostnames to { proxy, origin, ... }\",\"propertyNames\":{\"pattern\":\"^[A-Za-z0-9_.-]+$\"},\"additionalProperties\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"proxy\"],\"description\":\"One hostname as the public reaches it.\",\"properties\":{\"proxy\":{\"description\":\"What serves the name: `cloudflare`, `none` (no proxy checks), or a generic proxy { name, headers, ranges } with the response headers that show it served a response.\",\"x-expected\":\"cloudflare, none, or { headers: [...] }\",\"oneOf\":[{\"enum\":[\"cloudflare\",\"none\"]},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"headers\"],\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The proxy's name, for messages.\"},\"headers\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"pattern\":\"^[A-Za-z0-9-]+$\"},\"description\":\"Response header names, any one of which shows the proxy served the response (e.g. x-served-by, x-amz-cf-id).\",\"x-expected\":\"a list of header names\"},\"ranges\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$\"},\"description\":\"The proxy's published address ranges (CIDR).\",\"x-expected\":\"a list of CIDR ranges such as 104.16.0.0/13\"}}}]},\"origin\":{\"type\":\"string\",\"pattern\":\"^(\\\\[[0-9A-Fa-f:.]+\\\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$\",\"description\":\"The origin's address (and HTTPS port, default 443): it must not be published in DNS for this name, and should refuse or redirect requests that reach it directly.\",\"x-expected\":\"an IP address such as 203.0.113.10 or 203.0.113.10:8443\"},\"port\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535,\"description\":\"The public HTTPS port. Default 443.\"},\"ranges\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$\"},\"description\":\"Address ranges that replace the proxy's published ones (Cloudflare's ship with release-gate, dated).\",\"x-expected\":\"a list of CIDR ranges such as 104.16.0.0/13\"},\"session\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A session (under sessions) that signs in through the proxy; its cookies must suit the hostname and its requests must not be challenged.\"},\"signed-in\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^/\"},\"description\":\"Paths requested signed in through the proxy (pages and /api calls): never challenged, never from the edge cache. Needs session.\",\"x-expected\":\"a list of paths such as /dashboard or /api/tasks\"},\"static\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^/\"},\"description\":\"Static asset paths the edge should cache for a day or more (a notice when it does not).\",\"x-expected\":\"a list of paths such as /assets/app.js\"}}}},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}}},\"watch\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"After smoke passes: observe first live traffic (docs/operate.md#watch). For `duration`, every path is probed each `interval` with smoke's client; the watch fails, and stops at once, when the error rate or the p95 over the last `window` goes over its limit. Runs only when named (`release-gate watch`, actions/watch, or the checks input).\",\"required\":[\"paths\"],\"properties\":{\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z_]+$\"},\"minItems\":1,\"description\":\"GitHub events this check runs on. By default it runs on every event except pull requests.\",\"x-expected\":\"a list of GitHub event names, e.g. [deployment_status, workflow_dispatch]\"},\"environment\":{\"type\":\"string\",\"description\":\"The environment to watch (default: --environment, the deployment's environment, or the only one). On deployment_status events the deployed URL is watched.\"},\"duration\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long to watch (default 10m, at most 60m).\"},\"interval\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"Time between rounds of probes (default 30s, at least 100ms). Each round probes every path once.\"},\"window\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The sliding window the error rate and p95 are judged over (default 5m, at most duration).\"},\"paths\":{\"type\":\"array\",\"minItems\":1,\"description\":\"The user paths to probe: \\\"/login\\\" (a signed-out GET; a 5xx or no response is an error) or a probe like monitor's ({ name, request, session, expect }).\",\"x-expected\":\"a list of paths such as /login, or of { name, request, session, expect }\",\"items\":{\"anyOf\":[{\"type\":\"string\",\"pattern\":\"^((GET|HEAD) )?/\\\\S*$\",\"x-expected\":\"a path such as /login\"},{\"$ref\":\"#/$defs/probe\"}]}},\"max-error-rate\":{\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":1},{\"type\":\"string\",\"pattern\":\"^\\\\s*(100(\\\\.0+)?|\\\\d{1,2}(\\\\.\\\\d+)?)\\\\s*%\\\\s*$\"}],\"description\":\"The highest share of failed probes in the window (default 2%). A probe fails on no response, a 5xx, or an unmet expect.\",\"x-expected\":\"a share such as 2% or 0.02\"},\"max-p95\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"The highest p95 response time in the window; not judged when unset.\"},\"min-probes\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":10000,\"description\":\"Probes the window must hold before it is judged (default 20), so one slow or failed probe in the first round is not a spike; the end of the watch judges whatever the last window holds.\"},\"source\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"request\",\"error-rate\"],\"description\":\"An error-rate figure the app exposes (a small app's 5xx rate is often only visible there), read each round and judged against max-error-rate.\",\"properties\":{\"request\":{\"$ref\":\"#/$defs/request\"},\"session\":{\"type\":\"string\",\"description\":\"Read it signed in as this session.\"},\"error-rate\":{\"type\":\"string\",\"pattern\":\"^\\\\$\",\"description\":\"JSONPath to the figure in the response, e.g. $.http.errorRate.\",\"x-expected\":\"a JSONPath such as $.errorRate\"},\"scale\":{\"type\":\"string\",\"enum\":[\"share\",\"percent\"],\"description\":\"`share` (0.02 means 2%, the default) or `percent` (2 means 2%).\"}}},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long one probe may take (default 10s).\"},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}}},\"monitor\":{\"description\":\"Scheduled runs: the availability and latency of each user path, recorded separately in the history with the certificate's days left (docs/operate.md#monitor). A path is down after two consecutive failed checks and recovered at its first success. A list of paths, or a map with paths, interval and environment. Runs only when named (`release-gate monitor`, actions/monitor).\",\"x-expected\":\"a list of paths ({ name, request, session, expect }), or a map with paths, interval and environment\",\"anyOf\":[{\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/probe\"},\"description\":\"The user paths, each recorded on its own: homepage up but login down is reported as exactly that.\",\"x-expected\":\"a list of { name, request, session, expect }\"},{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"paths\"],\"properties\":{\"on\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"pattern\":\"^[a-z_]+$\"},\"minItems\":1,\"description\":\"GitHub events the monitor runs on. By default every event except pull requests.\",\"x-expected\":\"a list of GitHub event names, e.g. [schedule, workflow_dispatch]\"},\"environment\":{\"type\":\"string\",\"description\":\"The environment to monitor (default: --environment, else production when defined, else the only one).\"},\"interval\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How often the workflow runs the monitor (default 15m, the cron schedule's period; with --every, that). A gap longer than three intervals between runs is not monitored: never counted as up.\"},\"paths\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/probe\"},\"description\":\"The user paths, each recorded on its own: homepage up but login down is reported as exactly that.\",\"x-expected\":\"a list of { name, request, session, expect }\"},\"certificate\":{\"type\":\"boolean\",\"description\":\"Record the days left on the environment's TLS certificate and alert at 21 and 7 days (default true; https URLs only).\"},\"ca-file\":{\"type\":\"string\",\"description\":\"A PEM file of extra certificate authorities to trust, for an environment behind a private CA.\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long each probe may take (default 10s).\"},\"rules\":{\"$ref\":\"#/$defs/ruleOverrides\"}}}]},\"alerts\":{\"type\":\"array\",\"minItems\":1,\"description\":\"Where failures and recoveries go, to real people (docs/operate.md#alerts): a Slack-compatible (or Teams, or generic JSON) webhook, or one GitHub issue per failing check or monitored path. Sent on a change of state only (a path down for six hours is one alert and one recovery); a delivery that fails is retried a few times and reported, and never changes the checks' result.\",\"x-expected\":\"a list of { webhook } or { github-issue: true } entries\",\"items\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"How reports name this sink (default: webhook 1, github-issue).\"},\"webhook\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The webhook URL, from a secret: \\\"{{ env.SLACK_WEBHOOK }}\\\". Never printed.\",\"x-expected\":\"a URL, usually \\\"{{ env.SLACK_WEBHOOK }}\\\"\"},\"format\":{\"type\":\"string\",\"enum\":[\"slack\",\"generic\",\"teams\"],\"description\":\"The webhook's body: `slack` (Slack-compatible { text }, the default; Mattermost, Discord's /slack and Rocket.Chat read it too), `teams` (an Adaptive Card, for a Teams Workflows webhook or an older connector) or `generic` (the alert as JSON).\"},\"github-issue\":{\"type\":\"boolean\",\"description\":\"Open one issue per failing check or monitored path (found again by a hidden marker), comment when the failure changes, close it on recovery. Uses GITHUB_TOKEN (the action's token input) with `issues: write`.\"},\"labels\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Labels of the issues opened.\"},\"assignees\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"GitHub users assigned to the issues opened.\"},\"on\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"string\",\"enum\":[\"failure\",\"recovery\"]},\"description\":\"What is sent: failure, recovery, or both (the default).\",\"x-expected\":\"a list of failure and recovery\"}}}},\"history\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Where each run's JSON report is kept, for trends, the dashboard and the go-live and handover reports (docs/operate.md). The actions add every run to it; the CLI's `history add` does the same for any report.\",\"properties\":{\"branch\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^[A-Za-z0-9._/-]+$\",\"description\":\"A git branch that holds the history (history.ndjson), committed by the actions with retries when a concurrent run pushed first. Needs `permissions: contents: write`; a fork's pull request, which cannot push, skips it with a notice.\",\"x-expected\":\"a branch name such as release-gate-history\"},\"file\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A file store, relative to the working directory (default .release-gate/history.ndjson): what the CLI uses when no branch is set.\",\"x-expected\":\"a path such as .release-gate/history.ndjson\"},\"keep\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":100000,\"description\":\"Runs kept per workflow kind and environment (default 500); older runs are dropped when a run is added.\"},\"dashboard\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^https?://\",\"description\":\"The dashboard's address, linked from every job summary (default: the repository's GitHub Pages address).\",\"x-expected\":\"an absolute URL\"},\"baseline-runs\":{\"type\":\"integer\",\"minimum\":3,\"maximum\":1000,\"description\":\"How many earlier comparable runs (same kind, environment and endpoint) make the rolling baseline a figure is judged against (default 20; at least 5 are needed before anything is called a regression).\"}}},\"rollback\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"How to go back to the last release whose post-deploy gate passed when smoke, latency or watch fails after a deploy (docs/operate.md#rollback): a command or a workflow_dispatch workflow, one of the two. Then smoke runs again against the rolled-back deployment to confirm it.\",\"x-expected\":\"either run: COMMAND or workflow: FILE (one of the two)\",\"properties\":{\"run\":{\"type\":\"string\",\"minLength\":1,\"description\":\"A shell command run from the working directory, given RELEASE_GATE_ENVIRONMENT, RELEASE_GATE_FAILED_SHA, RELEASE_GATE_PREVIOUS_SHA (the last sha whose post-deploy gate passed) and RELEASE_GATE_REASON. Exit 0 means rolled back.\",\"x-expected\":\"a command such as ./scripts/rollback.sh\"},\"workflow\":{\"type\":\"string\",\"minLength\":1,\"pattern\":\"^[A-Za-z0-9._-]+$\",\"description\":\"A workflow file in .github/workflows with a workflow_dispatch trigger, dispatched with the inputs sha (the last sha whose post-deploy gate passed), environment, failed-sha and reason. Needs `permissions: actions: write`.\",\"x-expected\":\"a workflow file name such as rollback.yml\"},\"when\":{\"enum\":[\"auto\",\"manual\"],\"description\":\"auto (default): roll back as soon as a post-deploy run fails. manual: only `release-gate rollback` rolls back; a failure says how.\",\"x-expected\":\"auto or manual\"},\"ref\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The branch or tag the workflow is dispatched on (default: the workflow run's branch, else main).\",\"x-expected\":\"a branch name such as main\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long the command may run before it is stopped and the rollback counts as failed (default 10m).\"},\"confirm\":{\"type\":\"boolean\",\"description\":\"Run smoke again against the rolled-back deployment (default true). Give smoke a `wait` that checks the version, so the confirmation waits for the old release to be served.\"}},\"oneOf\":[{\"type\":\"object\",\"properties\":{\"run\":true},\"required\":[\"run\"]},{\"type\":\"object\",\"properties\":{\"workflow\":true},\"required\":[\"workflow\"]}]},\"launch\":{\"type\":\"object\",\"additionalProperties\":false,\"description\":\"Facts the checks cannot see, for the go-live (`report --launch`) and handover (`report --handover`) reports.\",\"properties\":{\"owners\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Who holds what, by area: dns, hosting, mail, secrets, alerts, or any other name.\",\"x-expected\":\"a map of areas to who holds them\"},\"rollback\":{\"type\":\"string\",\"minLength\":1,\"description\":\"The document that says how to roll back, relative to the working directory; the go-live checklist checks that it exists and is not empty.\",\"x-expected\":\"a path such as docs/rollback.md\"},\"logs\":{\"type\":\"string\",\"minLength\":1,\"description\":\"Where logs live.\"},\"known-limitations\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"description\":\"Limitations the team accepts at launch; they close the go-live report.\",\"x-expected\":\"a list of sentences\"}}}},\"$defs\":{\"duration\":{\"description\":\"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.\",\"x-expected\":\"a duration such as 500ms, 30s or 2m\",\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":604800000},{\"type\":\"string\",\"pattern\":\"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*(ms|s|m|h)\\\\s*$\",\"x-bounds\":{\"unit\":\"ms\",\"minimum\":0,\"maximum\":604800000}}]},\"request\":{\"type\":\"string\",\"description\":\"\\\"METHOD /path\\\", or a full URL on the environment's origin, e.g. \\\"GET /api/tasks\\\".\",\"pattern\":\"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\\\S.*$\",\"x-expected\":\"a request such as \\\"GET /api/tasks\\\"\"},\"ruleOverrides\":{\"type\":\"object\",\"description\":\"Severity overrides by rule id: error, warning, notice or off.\",\"x-expected\":\"a map of rule ids to error, warning, notice or off\",\"additionalProperties\":{\"enum\":[\"error\",\"warning\",\"notice\",\"off\"]}},\"stringMap\":{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"minimum\":-9007199254740991,\"maximum\":9007199254740991},\"x-expected\":\"a map of names to values\"},\"captures\":{\"type\":\"object\",\"description\":\"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).\",\"x-expected\":\"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\"},\"additionalProperties\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1000}},\"expect\":{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"status\":{\"description\":\"Expected status: a code such as 201, a class such as \\\"2xx\\\", or a list of them. Default: any 2xx.\",\"x-expected\":\"a status code such as 200, a class such as \\\"2xx\\\", or a list of them\",\"anyOf\":[{\"type\":\"integer\",\"minimum\":100,\"maximum\":599},{\"type\":\"string\",\"pattern\":\"^[1-5]xx$\"},{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"integer\",\"minimum\":100,\"maximum\":599},{\"type\":\"string\",\"pattern\":\"^[1-5]xx$\"}]},\"minItems\":1}]},\"body-contains\":{\"type\":\"string\",\"description\":\"Text the response body must contain; templates are expanded.\"},\"body-not-contains\":{\"type\":\"string\",\"description\":\"Text the response body must not contain; templates are expanded.\"},\"json\":{\"type\":\"object\",\"description\":\"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.\",\"x-expected\":\"a map of JSONPath expressions such as $.status to expected values\",\"propertyNames\":{\"pattern\":\"^\\\\$\"},\"additionalProperties\":true},\"headers\":{\"type\":\"object\",\"description\":\"Header name → regular expression the value must match; a template's value is matched literally. Patterns run in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.\",\"additionalProperties\":{\"type\":\"string\",\"maxLength\":1000},\"x-expected\":\"a map of header names to regular expressions\"},\"max-ms\":{\"type\":\"number\",\"minimum\":0,\"maximum\":604800000,\"description\":\"Longest acceptable response time in milliseconds.\"}},\"description\":\"What the response must look like.\"},\"probe\":{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\"],\"description\":\"One user path probed on its own: a request (signed in when `session` is given), or a session's sign-in itself when only `session` is given.\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"How findings, alerts, the history and the dashboard name the path, e.g. login.\"},\"request\":{\"$ref\":\"#/$defs/request\"},\"session\":{\"type\":\"string\",\"description\":\"Sign in as this session (from `sessions`) first; with no request, the sign-in is the probe.\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"expect\":{\"$ref\":\"#/$defs/expect\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long the probe may take (default 10s).\"}}}}}");
const schema12 = JSON.parse("{\"type\":\"string\",\"description\":\"\\\"METHOD /path\\\", or a full URL on the environment's origin, e.g. \\\"GET /api/tasks\\\".\",\"pattern\":\"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\\\S.*$\",\"x-expected\":\"a request such as \\\"GET /api/tasks\\\"\"}");
const schema13 = JSON.parse("{\"type\":\"object\",\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"minimum\":-9007199254740991,\"maximum\":9007199254740991},\"x-expected\":\"a map of names to values\"}");
const schema14 = JSON.parse("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{\"status\":{\"description\":\"Expected status: a code such as 201, a class such as \\\"2xx\\\", or a list of them. Default: any 2xx.\",\"x-expected\":\"a status code such as 200, a class such as \\\"2xx\\\", or a list of them\",\"anyOf\":[{\"type\":\"integer\",\"minimum\":100,\"maximum\":599},{\"type\":\"string\",\"pattern\":\"^[1-5]xx$\"},{\"type\":\"array\",\"items\":{\"anyOf\":[{\"type\":\"integer\",\"minimum\":100,\"maximum\":599},{\"type\":\"string\",\"pattern\":\"^[1-5]xx$\"}]},\"minItems\":1}]},\"body-contains\":{\"type\":\"string\",\"description\":\"Text the response body must contain; templates are expanded.\"},\"body-not-contains\":{\"type\":\"string\",\"description\":\"Text the response body must not contain; templates are expanded.\"},\"json\":{\"type\":\"object\",\"description\":\"JSONPath (such as $.tasks[0].id) → the value it must equal; { exists: true } or { exists: false } only asks whether the path matches anything. Templates are expanded in string values.\",\"x-expected\":\"a map of JSONPath expressions such as $.status to expected values\",\"propertyNames\":{\"pattern\":\"^\\\\$\"},\"additionalProperties\":true},\"headers\":{\"type\":\"object\",\"description\":\"Header name → regular expression the value must match; a template's value is matched literally. Patterns run in a linear-time engine: no backreferences or lookarounds, at most 1000 characters.\",\"additionalProperties\":{\"type\":\"string\",\"maxLength\":1000},\"x-expected\":\"a map of header names to regular expressions\"},\"max-ms\":{\"type\":\"number\",\"minimum\":0,\"maximum\":604800000,\"description\":\"Longest acceptable response time in milliseconds.\"}},\"description\":\"What the response must look like.\"}");
const schema15 = JSON.parse("{\"type\":\"object\",\"description\":\"Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name, input:name (the value of an HTML <input>, e.g. a CSRF token) or regex:pattern (its first group, else the whole match).\",\"x-expected\":\"a map of capture names to JSONPath, header:, cookie:, input: or regex: sources\",\"propertyNames\":{\"pattern\":\"^[A-Za-z_][A-Za-z0-9_]*$\"},\"additionalProperties\":{\"type\":\"string\",\"minLength\":1,\"maxLength\":1000}}");
const schema22 = JSON.parse("{\"type\":\"object\",\"description\":\"Severity overrides by rule id: error, warning, notice or off.\",\"x-expected\":\"a map of rule ids to error, warning, notice or off\",\"additionalProperties\":{\"enum\":[\"error\",\"warning\",\"notice\",\"off\"]}}");
const schema23 = JSON.parse("{\"description\":\"A duration: a number of milliseconds, or a string such as 500ms, 30s, 2m.\",\"x-expected\":\"a duration such as 500ms, 30s or 2m\",\"anyOf\":[{\"type\":\"number\",\"minimum\":0,\"maximum\":604800000},{\"type\":\"string\",\"pattern\":\"^\\\\s*\\\\d+(\\\\.\\\\d+)?\\\\s*(ms|s|m|h)\\\\s*$\",\"x-bounds\":{\"unit\":\"ms\",\"minimum\":0,\"maximum\":604800000}}]}");
const func2 = Object.prototype.hasOwnProperty;
const func3 = runtime0.default ?? runtime0;
const pattern0 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const pattern1 = new RegExp("^https?://[^\\s/?#]+(/\\S*)?$", "u");
const pattern3 = new RegExp("^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$", "u");
const pattern4 = new RegExp("^[1-5]xx$", "u");
const pattern6 = new RegExp("^\\$", "u");
const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern13 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");
const pattern15 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$", "u");
const pattern17 = new RegExp("^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$", "u");
const pattern18 = new RegExp("^https?://[^\\s]+$", "u");
const pattern25 = new RegExp("^[a-z_]+$", "u");
const pattern50 = new RegExp("^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$", "u");
const pattern65 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$", "u");
const pattern68 = new RegExp("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$", "u");
const pattern69 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern70 = new RegExp("^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$", "u");
const pattern78 = new RegExp("^[A-Za-z0-9-]+$", "u");
const pattern79 = new RegExp("^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$", "u");
const pattern82 = new RegExp("^/", "u");
const pattern88 = new RegExp("^((GET|HEAD) )?/\\S*$", "u");
const pattern102 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
const pattern103 = new RegExp("^https?://", "u");
const pattern104 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const schema70 = JSON.parse("{\"type\":\"object\",\"additionalProperties\":false,\"required\":[\"name\"],\"description\":\"One user path probed on its own: a request (signed in when `session` is given), or a session's sign-in itself when only `session` is given.\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":1,\"description\":\"How findings, alerts, the history and the dashboard name the path, e.g. login.\"},\"request\":{\"$ref\":\"#/$defs/request\"},\"session\":{\"type\":\"string\",\"description\":\"Sign in as this session (from `sessions`) first; with no request, the sign-in is the probe.\"},\"headers\":{\"$ref\":\"#/$defs/stringMap\"},\"expect\":{\"$ref\":\"#/$defs/expect\"},\"timeout\":{\"allOf\":[{\"$ref\":\"#/$defs/duration\"}],\"description\":\"How long the probe may take (default 10s).\"}}}");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "request")) || (key0 === "session")) || (key0 === "headers")) || (key0 === "expect")) || (key0 === "timeout"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.name.type,parentSchema:schema70.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.request !== undefined){
let data1 = data.request;
if(typeof data1 === "string"){
if(!pattern3.test(data1)){
const err4 = {instancePath:instancePath+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.session !== undefined){
let data2 = data.session;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/session",schemaPath:"#/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.session.type,parentSchema:schema70.properties.session,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headers !== undefined){
let data3 = data.headers;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){
const err7 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < -9007199254740991 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data4};
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
}
else {
const err10 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.expect !== undefined){
let data5 = data.expect;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!((((((key2 === "status") || (key2 === "body-contains")) || (key2 === "body-not-contains")) || (key2 === "json")) || (key2 === "headers")) || (key2 === "max-ms"))){
const err11 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.status !== undefined){
let data6 = data5.status;
const _errs20 = errors;
let valid6 = false;
const _errs21 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 599 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6 < 100 || isNaN(data6)){
const err14 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs23 = errors;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err15 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs23 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const _errs25 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err17 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs28 = errors;
let valid9 = false;
const _errs29 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 599 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 100 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var _valid1 = _errs29 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const _errs31 = errors;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err21 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs31 === errors;
valid9 = valid9 || _valid1;
}
if(!valid9){
const err23 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid6 = valid6 || _valid0;
}
}
if(!valid6){
const err25 = {instancePath:instancePath+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
}
}
if(data5["body-contains"] !== undefined){
let data8 = data5["body-contains"];
if(typeof data8 !== "string"){
const err26 = {instancePath:instancePath+"/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5["body-not-contains"] !== undefined){
let data9 = data5["body-not-contains"];
if(typeof data9 !== "string"){
const err27 = {instancePath:instancePath+"/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.json !== undefined){
let data10 = data5.json;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
const _errs39 = errors;
if(typeof key3 === "string"){
if(!pattern6.test(key3)){
const err28 = {instancePath:instancePath+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var valid10 = _errs39 === errors;
if(!valid10){
const err29 = {instancePath:instancePath+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.headers !== undefined){
let data11 = data5.headers;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key4 in data11){
let data12 = data11[key4];
if(typeof data12 === "string"){
if(func3(data12) > 1000){
const err31 = {instancePath:instancePath+"/expect/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/expect/headers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5["max-ms"] !== undefined){
let data13 = data5["max-ms"];
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 604800000 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err35 = {instancePath:instancePath+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.timeout !== undefined){
let data14 = data.timeout;
const _errs51 = errors;
let valid14 = false;
const _errs52 = errors;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 604800000 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid2 = _errs52 === errors;
valid14 = valid14 || _valid2;
if(!valid14){
const _errs54 = errors;
if(typeof data14 === "string"){
if(!pattern15.test(data14)){
const err41 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data14)))){
const err42 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data14};
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
const err43 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid2 = _errs54 === errors;
valid14 = valid14 || _valid2;
}
if(!valid14){
const err44 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
else {
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


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
if(data.version !== undefined){const section = () => {
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
};
section();}
if(data.environments !== undefined){const section = () => {
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
};
section();}
if(data.sessions !== undefined){const section = () => {
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
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err19 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data10 < -9007199254740991 || isNaN(data10)){
const err20 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data7.expect !== undefined){
let data11 = data7.expect;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key9 in data11){
if(!((((((key9 === "status") || (key9 === "body-contains")) || (key9 === "body-not-contains")) || (key9 === "json")) || (key9 === "headers")) || (key9 === "max-ms"))){
const err22 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
const err23 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 599 || isNaN(data12)){
const err24 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12 < 100 || isNaN(data12)){
const err25 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
const err26 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs41 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs43 = errors;
if(Array.isArray(data12)){
if(data12.length < 1){
const err28 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
const err29 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 599 || isNaN(data13)){
const err30 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data13 < 100 || isNaN(data13)){
const err31 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
const err32 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs49 === errors;
valid16 = valid16 || _valid1;
}
if(!valid16){
const err34 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status/" + i0,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
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
const err35 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs43 === errors;
valid13 = valid13 || _valid0;
}
}
if(!valid13){
const err36 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
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
const err37 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data11["body-not-contains"] !== undefined){
let data15 = data11["body-not-contains"];
if(typeof data15 !== "string"){
const err38 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
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
const err39 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
var valid17 = _errs57 === errors;
if(!valid17){
const err40 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data16};
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
const err41 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.headers !== undefined){
let data17 = data11.headers;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key11 in data17){
let data18 = data17[key11];
if(typeof data18 === "string"){
if(func3(data18) > 1000){
const err42 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data18};
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
const err43 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data18};
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
const err44 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11["max-ms"] !== undefined){
let data19 = data11["max-ms"];
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 604800000 || isNaN(data19)){
const err45 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err46 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
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
const err49 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key12,propertyName:key12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var valid20 = _errs69 === errors;
if(!valid20){
const err50 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key12},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
for(const key13 in data20){
let data21 = data20[key13];
if(typeof data21 === "string"){
if(func3(data21) > 1000){
const err51 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(func3(data21) < 1){
const err52 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login-page",schemaPath:"#/properties/sessions/additionalProperties/properties/login-page/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties["login-page"].type,parentSchema:schema11.properties.sessions.additionalProperties.properties["login-page"],data:data7};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data6.login !== undefined){
let data22 = data6.login;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.request === undefined){
const err56 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.sessions.additionalProperties.properties.login.required,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key14 in data22){
if(!(((((((key14 === "request") || (key14 === "headers")) || (key14 === "json")) || (key14 === "form")) || (key14 === "body")) || (key14 === "expect")) || (key14 === "capture"))){
const err57 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data22.request !== undefined){
let data23 = data22.request;
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err58 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
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
const err60 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 9007199254740991 || isNaN(data25)){
const err61 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data25 < -9007199254740991 || isNaN(data25)){
const err62 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data24};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
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
const err64 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 9007199254740991 || isNaN(data27)){
const err65 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data27 < -9007199254740991 || isNaN(data27)){
const err66 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data27};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data26};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data22.body !== undefined){
let data28 = data22.body;
if(typeof data28 !== "string"){
const err68 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/body",schemaPath:"#/properties/sessions/additionalProperties/properties/login/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sessions.additionalProperties.properties.login.properties.body.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login.properties.body,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data22.expect !== undefined){
let data29 = data22.expect;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key17 in data29){
if(!((((((key17 === "status") || (key17 === "body-contains")) || (key17 === "body-not-contains")) || (key17 === "json")) || (key17 === "headers")) || (key17 === "max-ms"))){
const err69 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
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
const err70 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 599 || isNaN(data30)){
const err71 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data30 < 100 || isNaN(data30)){
const err72 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data30};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
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
const err73 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data30};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid2 = _errs101 === errors;
valid30 = valid30 || _valid2;
if(!valid30){
const _errs103 = errors;
if(Array.isArray(data30)){
if(data30.length < 1){
const err75 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
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
const err76 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 599 || isNaN(data31)){
const err77 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data31 < 100 || isNaN(data31)){
const err78 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
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
const err79 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid3 = _errs109 === errors;
valid33 = valid33 || _valid3;
}
if(!valid33){
const err81 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status/" + i1,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
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
const err82 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data30};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid2 = _errs103 === errors;
valid30 = valid30 || _valid2;
}
}
if(!valid30){
const err83 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data30};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
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
const err84 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data29["body-not-contains"] !== undefined){
let data33 = data29["body-not-contains"];
if(typeof data33 !== "string"){
const err85 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data33};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
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
const err86 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key18,propertyName:key18};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
var valid34 = _errs117 === errors;
if(!valid34){
const err87 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key18},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data34};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data29.headers !== undefined){
let data35 = data29.headers;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key19 in data35){
let data36 = data35[key19];
if(typeof data36 === "string"){
if(func3(data36) > 1000){
const err89 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data36};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data36};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data35};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data29["max-ms"] !== undefined){
let data37 = data29["max-ms"];
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 604800000 || isNaN(data37)){
const err92 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data37 < 0 || isNaN(data37)){
const err93 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data29};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
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
const err96 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
var valid37 = _errs129 === errors;
if(!valid37){
const err97 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
for(const key21 in data38){
let data39 = data38[key21];
if(typeof data39 === "string"){
if(func3(data39) > 1000){
const err98 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func3(data39) < 1){
const err99 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data39};
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
const err100 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data39};
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
const err101 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data38};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/login",schemaPath:"#/properties/sessions/additionalProperties/properties/login/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.properties.login.type,parentSchema:schema11.properties.sessions.additionalProperties.properties.login,data:data22};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
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
const err103 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 9007199254740991 || isNaN(data41)){
const err104 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if(data41 < -9007199254740991 || isNaN(data41)){
const err105 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data41};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
}
else {
const err106 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data40};
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
const err107 = {instancePath:instancePath+"/sessions/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sessions/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.additionalProperties.type,parentSchema:schema11.properties.sessions.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sessions.type,parentSchema:schema11.properties.sessions,data:data5};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
};
section();}
if(data.baseline !== undefined){const section = () => {
let data42 = data.baseline;
if(typeof data42 === "string"){
if(func3(data42) < 1){
const err109 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.baseline,data:data42};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.baseline.type,parentSchema:schema11.properties.baseline,data:data42};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
};
section();}
if(data.ignore !== undefined){const section = () => {
let data43 = data.ignore;
if(Array.isArray(data43)){
const len2 = data43.length;
for(let i2=0; i2<len2; i2++){
let data44 = data43[i2];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.rule === undefined){
const err111 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema11.properties.ignore.items.required,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key23 in data44){
if(!((((key23 === "rule") || (key23 === "path")) || (key23 === "reason")) || (key23 === "until"))){
const err112 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data44.rule !== undefined){
let data45 = data44.rule;
if(typeof data45 === "string"){
if(func3(data45) < 1){
const err113 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.rule,data:data45};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/ignore/" + i2+"/rule",schemaPath:"#/properties/ignore/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.rule.type,parentSchema:schema11.properties.ignore.items.properties.rule,data:data45};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data44.path !== undefined){
let data46 = data44.path;
if(typeof data46 === "string"){
if(func3(data46) < 1){
const err115 = {instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/properties/ignore/items/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/ignore/" + i2+"/path",schemaPath:"#/properties/ignore/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.path.type,parentSchema:schema11.properties.ignore.items.properties.path,data:data46};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data44.reason !== undefined){
let data47 = data44.reason;
if(typeof data47 === "string"){
if(func3(data47) < 1){
const err117 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.ignore.items.properties.reason,data:data47};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/ignore/" + i2+"/reason",schemaPath:"#/properties/ignore/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.reason.type,parentSchema:schema11.properties.ignore.items.properties.reason,data:data47};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data44.until !== undefined){
let data48 = data44.until;
if(typeof data48 === "string"){
if(!pattern13.test(data48)){
const err119 = {instancePath:instancePath+"/ignore/" + i2+"/until",schemaPath:"#/properties/ignore/items/properties/until/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.ignore.items.properties.until,data:data48};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/ignore/" + i2+"/until",schemaPath:"#/properties/ignore/items/properties/until/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.ignore.items.properties.until.type,parentSchema:schema11.properties.ignore.items.properties.until,data:data48};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
else {
const err121 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.ignore.items.type,parentSchema:schema11.properties.ignore.items,data:data44};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.ignore.type,parentSchema:schema11.properties.ignore,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
};
section();}
if(data.env !== undefined){const section = () => {
let data49 = data.env;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key24 in data49){
if(!(((((((key24 === "declared-in") || (key24 === "scan")) || (key24 === "exclude")) || (key24 === "ignore")) || (key24 === "production")) || (key24 === "vars")) || (key24 === "rules"))){
const err123 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env,data:data49};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data49["declared-in"] !== undefined){
let data50 = data49["declared-in"];
if(Array.isArray(data50)){
const len3 = data50.length;
for(let i3=0; i3<len3; i3++){
let data51 = data50[i3];
if(typeof data51 === "string"){
if(func3(data51) < 1){
const err124 = {instancePath:instancePath+"/env/declared-in/" + i3,schemaPath:"#/properties/env/properties/declared-in/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data51};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/env/declared-in/" + i3,schemaPath:"#/properties/env/properties/declared-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties["declared-in"].items.type,parentSchema:schema11.properties.env.properties["declared-in"].items,data:data51};
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
const err126 = {instancePath:instancePath+"/env/declared-in",schemaPath:"#/properties/env/properties/declared-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties["declared-in"].type,parentSchema:schema11.properties.env.properties["declared-in"],data:data50};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data49.scan !== undefined){
let data52 = data49.scan;
if(Array.isArray(data52)){
const len4 = data52.length;
for(let i4=0; i4<len4; i4++){
let data53 = data52[i4];
if(typeof data53 === "string"){
if(func3(data53) < 1){
const err127 = {instancePath:instancePath+"/env/scan/" + i4,schemaPath:"#/properties/env/properties/scan/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.scan.items,data:data53};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
else {
const err128 = {instancePath:instancePath+"/env/scan/" + i4,schemaPath:"#/properties/env/properties/scan/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.scan.items.type,parentSchema:schema11.properties.env.properties.scan.items,data:data53};
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
const err129 = {instancePath:instancePath+"/env/scan",schemaPath:"#/properties/env/properties/scan/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.scan.type,parentSchema:schema11.properties.env.properties.scan,data:data52};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data49.exclude !== undefined){
let data54 = data49.exclude;
if(Array.isArray(data54)){
const len5 = data54.length;
for(let i5=0; i5<len5; i5++){
let data55 = data54[i5];
if(typeof data55 === "string"){
if(func3(data55) < 1){
const err130 = {instancePath:instancePath+"/env/exclude/" + i5,schemaPath:"#/properties/env/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/env/exclude/" + i5,schemaPath:"#/properties/env/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.exclude.items.type,parentSchema:schema11.properties.env.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/env/exclude",schemaPath:"#/properties/env/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.exclude.type,parentSchema:schema11.properties.env.properties.exclude,data:data54};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data49.ignore !== undefined){
let data56 = data49.ignore;
if(Array.isArray(data56)){
const len6 = data56.length;
for(let i6=0; i6<len6; i6++){
let data57 = data56[i6];
if(typeof data57 === "string"){
if(func3(data57) < 1){
const err133 = {instancePath:instancePath+"/env/ignore/" + i6,schemaPath:"#/properties/env/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.env.properties.ignore.items,data:data57};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/env/ignore/" + i6,schemaPath:"#/properties/env/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.ignore.items.type,parentSchema:schema11.properties.env.properties.ignore.items,data:data57};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/env/ignore",schemaPath:"#/properties/env/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.ignore.type,parentSchema:schema11.properties.env.properties.ignore,data:data56};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data49.production !== undefined){
let data58 = data49.production;
if(Array.isArray(data58)){
const len7 = data58.length;
for(let i7=0; i7<len7; i7++){
let data59 = data58[i7];
if(typeof data59 !== "string"){
const err136 = {instancePath:instancePath+"/env/production/" + i7,schemaPath:"#/properties/env/properties/production/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.production.items.type,parentSchema:schema11.properties.env.properties.production.items,data:data59};
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
const err137 = {instancePath:instancePath+"/env/production",schemaPath:"#/properties/env/properties/production/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.production.type,parentSchema:schema11.properties.env.properties.production,data:data58};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data49.vars !== undefined){
let data60 = data49.vars;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
for(const key25 in data60){
const _errs180 = errors;
if(typeof key25 === "string"){
if(!pattern7.test(key25)){
const err138 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema11.properties.env.properties.vars.propertyNames,data:key25,propertyName:key25};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
var valid56 = _errs180 === errors;
if(!valid56){
const err139 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/propertyNames",keyword:"propertyNames",params:{propertyName: key25},message:"property name must be valid",schema:schema11.properties.env.properties.vars.propertyNames,parentSchema:schema11.properties.env.properties.vars,data:data60};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
for(const key26 in data60){
let data61 = data60[key26];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key27 in data61){
if(!((((((((key27 === "required") || (key27 === "required-in")) || (key27 === "format")) || (key27 === "enum")) || (key27 === "pattern")) || (key27 === "secret")) || (key27 === "distinct")) || (key27 === "forbid"))){
const err140 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data61};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data61.required !== undefined){
let data62 = data61.required;
if(typeof data62 !== "boolean"){
const err141 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.required.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.required,data:data62};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data61["required-in"] !== undefined){
let data63 = data61["required-in"];
if(Array.isArray(data63)){
const len8 = data63.length;
for(let i8=0; i8<len8; i8++){
let data64 = data63[i8];
if(typeof data64 !== "string"){
const err142 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in/" + i8,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].items,data:data64};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
else {
const err143 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/required-in",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/required-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"].type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties["required-in"],data:data63};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data61.format !== undefined){
let data65 = data61.format;
if(!(((((((((data65 === "url") || (data65 === "email")) || (data65 === "number")) || (data65 === "integer")) || (data65 === "boolean")) || (data65 === "port")) || (data65 === "host")) || (data65 === "json")) || (data65 === "duration"))){
const err144 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/format",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.env.properties.vars.additionalProperties.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.env.properties.vars.additionalProperties.properties.format.enum,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.format,data:data65};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data61.enum !== undefined){
let data66 = data61.enum;
if(Array.isArray(data66)){
const len9 = data66.length;
for(let i9=0; i9<len9; i9++){
let data67 = data66[i9];
if(((typeof data67 !== "string") && (!((typeof data67 == "number") && (isFinite(data67))))) && (typeof data67 !== "boolean")){
const err145 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/type",keyword:"type",params:{type: schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type},message:"must be string,number,boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 > 9007199254740991 || isNaN(data67)){
const err146 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data67 < -9007199254740991 || isNaN(data67)){
const err147 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum/" + i9,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.items,data:data67};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
}
else {
const err148 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/enum",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/enum/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.enum.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.enum,data:data66};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data61.pattern !== undefined){
let data68 = data61.pattern;
if(typeof data68 === "string"){
if(func3(data68) > 1000){
const err149 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/pattern/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern,data:data68};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/pattern",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.pattern,data:data68};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data61.secret !== undefined){
let data69 = data61.secret;
if(typeof data69 !== "boolean"){
const err151 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/secret/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.secret.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.secret,data:data69};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data61.distinct !== undefined){
let data70 = data61.distinct;
if(typeof data70 !== "boolean"){
const err152 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/distinct",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/distinct/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.distinct,data:data70};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data61.forbid !== undefined){
let data71 = data61.forbid;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key28 in data71){
let data72 = data71[key28];
if(Array.isArray(data72)){
const len10 = data72.length;
for(let i10=0; i10<len10; i10++){
let data73 = data72[i10];
if(typeof data73 !== "string"){
const err153 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key28.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i10,schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.items,data:data73};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
else {
const err154 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.additionalProperties,data:data72};
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
const err155 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1")+"/forbid",schemaPath:"#/properties/env/properties/vars/additionalProperties/properties/forbid/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties.properties.forbid,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath:instancePath+"/env/vars/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/env/properties/vars/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.additionalProperties.type,parentSchema:schema11.properties.env.properties.vars.additionalProperties,data:data61};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/env/vars",schemaPath:"#/properties/env/properties/vars/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.properties.vars.type,parentSchema:schema11.properties.env.properties.vars,data:data60};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data49.rules !== undefined){
let data74 = data49.rules;
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
for(const key29 in data74){
let data75 = data74[key29];
if(!((((data75 === "error") || (data75 === "warning")) || (data75 === "notice")) || (data75 === "off"))){
const err158 = {instancePath:instancePath+"/env/rules/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data75};
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
else {
const err159 = {instancePath:instancePath+"/env/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data74};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
else {
const err160 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.env.type,parentSchema:schema11.properties.env,data:data49};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
};
section();}
if(data.migrations !== undefined){const section = () => {
let data76 = data.migrations;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key30 in data76){
if(!((((((((key30 === "dialect") || (key30 === "paths")) || (key30 === "exclude")) || (key30 === "preset")) || (key30 === "transaction")) || (key30 === "postgres-version")) || (key30 === "trace")) || (key30 === "rules"))){
const err161 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.migrations,data:data76};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data76.dialect !== undefined){
let data77 = data76.dialect;
if(!(data77 === "postgres")){
const err162 = {instancePath:instancePath+"/migrations/dialect",schemaPath:"#/properties/migrations/properties/dialect/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.dialect.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.dialect.enum,parentSchema:schema11.properties.migrations.properties.dialect,data:data77};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data76.paths !== undefined){
let data78 = data76.paths;
if(Array.isArray(data78)){
const len11 = data78.length;
for(let i11=0; i11<len11; i11++){
let data79 = data78[i11];
if(typeof data79 === "string"){
if(func3(data79) < 1){
const err163 = {instancePath:instancePath+"/migrations/paths/" + i11,schemaPath:"#/properties/migrations/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.paths.items,data:data79};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/migrations/paths/" + i11,schemaPath:"#/properties/migrations/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.paths.items.type,parentSchema:schema11.properties.migrations.properties.paths.items,data:data79};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
else {
const err165 = {instancePath:instancePath+"/migrations/paths",schemaPath:"#/properties/migrations/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.paths.type,parentSchema:schema11.properties.migrations.properties.paths,data:data78};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data76.exclude !== undefined){
let data80 = data76.exclude;
if(Array.isArray(data80)){
const len12 = data80.length;
for(let i12=0; i12<len12; i12++){
let data81 = data80[i12];
if(typeof data81 === "string"){
if(func3(data81) < 1){
const err166 = {instancePath:instancePath+"/migrations/exclude/" + i12,schemaPath:"#/properties/migrations/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data81};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/migrations/exclude/" + i12,schemaPath:"#/properties/migrations/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.exclude.items.type,parentSchema:schema11.properties.migrations.properties.exclude.items,data:data81};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
else {
const err168 = {instancePath:instancePath+"/migrations/exclude",schemaPath:"#/properties/migrations/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.migrations.properties.exclude.type,parentSchema:schema11.properties.migrations.properties.exclude,data:data80};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data76.preset !== undefined){
let data82 = data76.preset;
if(!((((((((((((data82 === "plain") || (data82 === "flyway")) || (data82 === "golang-migrate")) || (data82 === "prisma")) || (data82 === "dbmate")) || (data82 === "node-pg-migrate")) || (data82 === "rails")) || (data82 === "django")) || (data82 === "alembic")) || (data82 === "diesel")) || (data82 === "goose")) || (data82 === "sql-migrate"))){
const err169 = {instancePath:instancePath+"/migrations/preset",schemaPath:"#/properties/migrations/properties/preset/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.preset.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.preset.enum,parentSchema:schema11.properties.migrations.properties.preset,data:data82};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data76.transaction !== undefined){
let data83 = data76.transaction;
if(!(((data83 === "auto") || (data83 === "always")) || (data83 === "never"))){
const err170 = {instancePath:instancePath+"/migrations/transaction",schemaPath:"#/properties/migrations/properties/transaction/enum",keyword:"enum",params:{allowedValues: schema11.properties.migrations.properties.transaction.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.migrations.properties.transaction.enum,parentSchema:schema11.properties.migrations.properties.transaction,data:data83};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data76["postgres-version"] !== undefined){
let data84 = data76["postgres-version"];
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 > 99 || isNaN(data84)){
const err171 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data84 < 9.6 || isNaN(data84)){
const err172 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 9.6},message:"must be >= 9.6",schema:9.6,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/migrations/postgres-version",schemaPath:"#/properties/migrations/properties/postgres-version/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.migrations.properties["postgres-version"].type,parentSchema:schema11.properties.migrations.properties["postgres-version"],data:data84};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data76.trace !== undefined){
let data85 = data76.trace;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key31 in data85){
if(!((((((key31 === "local") || (key31 === "url")) || (key31 === "rows")) || (key31 === "allow-existing")) || (key31 === "slow-statement")) || (key31 === "lock-hold"))){
const err174 = {instancePath:instancePath+"/migrations/trace",schemaPath:"#/properties/migrations/properties/trace/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.migrations.properties.trace,data:data85};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data85.local !== undefined){
let data86 = data85.local;
if(typeof data86 !== "boolean"){
const err175 = {instancePath:instancePath+"/migrations/trace/local",schemaPath:"#/properties/migrations/properties/trace/properties/local/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.migrations.properties.trace.properties.local.type,parentSchema:schema11.properties.migrations.properties.trace.properties.local,data:data86};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data85.url !== undefined){
let data87 = data85.url;
if(typeof data87 === "string"){
if(func3(data87) < 1){
const err176 = {instancePath:instancePath+"/migrations/trace/url",schemaPath:"#/properties/migrations/properties/trace/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.migrations.properties.trace.properties.url,data:data87};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/migrations/trace/url",schemaPath:"#/properties/migrations/properties/trace/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.migrations.properties.trace.properties.url.type,parentSchema:schema11.properties.migrations.properties.trace.properties.url,data:data87};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data85.rows !== undefined){
let data88 = data85.rows;
if(!(((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88))) && (isFinite(data88)))){
const err178 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.migrations.properties.trace.properties.rows.type,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if((typeof data88 == "number") && (isFinite(data88))){
if(data88 > 10000000 || isNaN(data88)){
const err179 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data88 < 0 || isNaN(data88)){
const err180 = {instancePath:instancePath+"/migrations/trace/rows",schemaPath:"#/properties/migrations/properties/trace/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.migrations.properties.trace.properties.rows,data:data88};
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
if(data85["allow-existing"] !== undefined){
let data89 = data85["allow-existing"];
if(typeof data89 !== "boolean"){
const err181 = {instancePath:instancePath+"/migrations/trace/allow-existing",schemaPath:"#/properties/migrations/properties/trace/properties/allow-existing/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.migrations.properties.trace.properties["allow-existing"].type,parentSchema:schema11.properties.migrations.properties.trace.properties["allow-existing"],data:data89};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data85["slow-statement"] !== undefined){
let data90 = data85["slow-statement"];
const _errs243 = errors;
let valid75 = false;
const _errs244 = errors;
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 > 604800000 || isNaN(data90)){
const err182 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data90};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
if(data90 < 0 || isNaN(data90)){
const err183 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data90};
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
const err184 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data90};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
var _valid4 = _errs244 === errors;
valid75 = valid75 || _valid4;
if(!valid75){
const _errs246 = errors;
if(typeof data90 === "string"){
if(!pattern15.test(data90)){
const err185 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data90)))){
const err186 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data90};
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
const err187 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data90};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
var _valid4 = _errs246 === errors;
valid75 = valid75 || _valid4;
}
if(!valid75){
const err188 = {instancePath:instancePath+"/migrations/trace/slow-statement",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data90};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
else {
errors = _errs243;
if(vErrors !== null){
if(_errs243){
vErrors.length = _errs243;
}
else {
vErrors = null;
}
}
}
}
if(data85["lock-hold"] !== undefined){
let data91 = data85["lock-hold"];
const _errs250 = errors;
let valid77 = false;
const _errs251 = errors;
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 > 604800000 || isNaN(data91)){
const err189 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data91 < 0 || isNaN(data91)){
const err190 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data91};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
var _valid5 = _errs251 === errors;
valid77 = valid77 || _valid5;
if(!valid77){
const _errs253 = errors;
if(typeof data91 === "string"){
if(!pattern15.test(data91)){
const err192 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data91)))){
const err193 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
else {
const err194 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data91};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
var _valid5 = _errs253 === errors;
valid77 = valid77 || _valid5;
}
if(!valid77){
const err195 = {instancePath:instancePath+"/migrations/trace/lock-hold",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data91};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
else {
errors = _errs250;
if(vErrors !== null){
if(_errs250){
vErrors.length = _errs250;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err196 = {instancePath:instancePath+"/migrations/trace",schemaPath:"#/properties/migrations/properties/trace/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.migrations.properties.trace.type,parentSchema:schema11.properties.migrations.properties.trace,data:data85};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data76.rules !== undefined){
let data92 = data76.rules;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key32 in data92){
let data93 = data92[key32];
if(!((((data93 === "error") || (data93 === "warning")) || (data93 === "notice")) || (data93 === "off"))){
const err197 = {instancePath:instancePath+"/migrations/rules/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data93};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
else {
const err198 = {instancePath:instancePath+"/migrations/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data92};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
else {
const err199 = {instancePath:instancePath+"/migrations",schemaPath:"#/properties/migrations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.migrations.type,parentSchema:schema11.properties.migrations,data:data76};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
};
section();}
if(data.secrets !== undefined){const section = () => {
let data94 = data.secrets;
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
for(const key33 in data94){
if(!(func2.call(schema11.properties.secrets.properties, key33))){
const err200 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets,data:data94};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data94.paths !== undefined){
let data95 = data94.paths;
if(Array.isArray(data95)){
const len13 = data95.length;
for(let i13=0; i13<len13; i13++){
let data96 = data95[i13];
if(typeof data96 === "string"){
if(func3(data96) < 1){
const err201 = {instancePath:instancePath+"/secrets/paths/" + i13,schemaPath:"#/properties/secrets/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.paths.items,data:data96};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/secrets/paths/" + i13,schemaPath:"#/properties/secrets/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.paths.items.type,parentSchema:schema11.properties.secrets.properties.paths.items,data:data96};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/secrets/paths",schemaPath:"#/properties/secrets/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.paths.type,parentSchema:schema11.properties.secrets.properties.paths,data:data95};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data94.exclude !== undefined){
let data97 = data94.exclude;
if(Array.isArray(data97)){
const len14 = data97.length;
for(let i14=0; i14<len14; i14++){
let data98 = data97[i14];
if(typeof data98 === "string"){
if(func3(data98) < 1){
const err204 = {instancePath:instancePath+"/secrets/exclude/" + i14,schemaPath:"#/properties/secrets/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data98};
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
const err205 = {instancePath:instancePath+"/secrets/exclude/" + i14,schemaPath:"#/properties/secrets/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.exclude.items.type,parentSchema:schema11.properties.secrets.properties.exclude.items,data:data98};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/secrets/exclude",schemaPath:"#/properties/secrets/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.exclude.type,parentSchema:schema11.properties.secrets.properties.exclude,data:data97};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data94.logs !== undefined){
let data99 = data94.logs;
if(Array.isArray(data99)){
const len15 = data99.length;
for(let i15=0; i15<len15; i15++){
let data100 = data99[i15];
if(typeof data100 === "string"){
if(func3(data100) < 1){
const err207 = {instancePath:instancePath+"/secrets/logs/" + i15,schemaPath:"#/properties/secrets/properties/logs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.logs.items,data:data100};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/secrets/logs/" + i15,schemaPath:"#/properties/secrets/properties/logs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.logs.items.type,parentSchema:schema11.properties.secrets.properties.logs.items,data:data100};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/secrets/logs",schemaPath:"#/properties/secrets/properties/logs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.secrets.properties.logs.type,parentSchema:schema11.properties.secrets.properties.logs,data:data99};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data94["max-file-size"] !== undefined){
let data101 = data94["max-file-size"];
if((!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))) && (typeof data101 !== "string")){
const err210 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/type",keyword:"type",params:{type: schema11.properties.secrets.properties["max-file-size"].type},message:"must be integer,string",schema:schema11.properties.secrets.properties["max-file-size"].type,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 > 1073741824 || isNaN(data101)){
const err211 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1073741824},message:"must be <= 1073741824",schema:1073741824,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data101 < 1 || isNaN(data101)){
const err212 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(typeof data101 === "string"){
if(!pattern17.test(data101)){
const err213 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*([kKmMgG]i?[bB]?|[bB])?\\s*$",parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(((v) => v < 1 || v > 1073741824)(((m) => m ? Math.floor(Number(m[1]) * {"":1,"k":1024,"m":1048576,"g":1073741824}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?\\s*$", "i").exec(data101)))){
const err214 = {instancePath:instancePath+"/secrets/max-file-size",schemaPath:"#/properties/secrets/properties/max-file-size/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema11.properties.secrets.properties["max-file-size"]["x-bounds"],parentSchema:schema11.properties.secrets.properties["max-file-size"],data:data101};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
if(data94.baseline !== undefined){
let data102 = data94.baseline;
if(typeof data102 === "string"){
if(func3(data102) < 1){
const err215 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.secrets.properties.baseline,data:data102};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/secrets/baseline",schemaPath:"#/properties/secrets/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.baseline.type,parentSchema:schema11.properties.secrets.properties.baseline,data:data102};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data94["include-personal-data"] !== undefined){
let data103 = data94["include-personal-data"];
if(typeof data103 !== "boolean"){
const err217 = {instancePath:instancePath+"/secrets/include-personal-data",schemaPath:"#/properties/secrets/properties/include-personal-data/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties["include-personal-data"].type,parentSchema:schema11.properties.secrets.properties["include-personal-data"],data:data103};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data94.archives !== undefined){
let data104 = data94.archives;
if(typeof data104 !== "boolean"){
const err218 = {instancePath:instancePath+"/secrets/archives",schemaPath:"#/properties/secrets/properties/archives/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.secrets.properties.archives.type,parentSchema:schema11.properties.secrets.properties.archives,data:data104};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data94.contexts !== undefined){
let data105 = data94.contexts;
if(data105 && typeof data105 == "object" && !Array.isArray(data105)){
for(const key34 in data105){
if(!(((((((key34 === "code") || (key34 === "config")) || (key34 === "test")) || (key34 === "fixture")) || (key34 === "docs")) || (key34 === "locale")) || (key34 === "vendored"))){
const err219 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.secrets.properties.contexts,data:data105};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data105.code !== undefined){
let data106 = data105.code;
if(typeof data106 !== "string"){
const err220 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.code.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data106};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!((((data106 === "error") || (data106 === "warning")) || (data106 === "notice")) || (data106 === "off"))){
const err221 = {instancePath:instancePath+"/secrets/contexts/code",schemaPath:"#/properties/secrets/properties/contexts/properties/code/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.code.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.code.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.code,data:data106};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data105.config !== undefined){
let data107 = data105.config;
if(typeof data107 !== "string"){
const err222 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.config.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data107};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(!((((data107 === "error") || (data107 === "warning")) || (data107 === "notice")) || (data107 === "off"))){
const err223 = {instancePath:instancePath+"/secrets/contexts/config",schemaPath:"#/properties/secrets/properties/contexts/properties/config/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.config.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.config.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.config,data:data107};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data105.test !== undefined){
let data108 = data105.test;
if(typeof data108 !== "string"){
const err224 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.test.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data108};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
if(!((((data108 === "error") || (data108 === "warning")) || (data108 === "notice")) || (data108 === "off"))){
const err225 = {instancePath:instancePath+"/secrets/contexts/test",schemaPath:"#/properties/secrets/properties/contexts/properties/test/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.test.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.test.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.test,data:data108};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data105.fixture !== undefined){
let data109 = data105.fixture;
if(typeof data109 !== "string"){
const err226 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.fixture.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data109};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(!((((data109 === "error") || (data109 === "warning")) || (data109 === "notice")) || (data109 === "off"))){
const err227 = {instancePath:instancePath+"/secrets/contexts/fixture",schemaPath:"#/properties/secrets/properties/contexts/properties/fixture/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.fixture.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.fixture.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.fixture,data:data109};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data105.docs !== undefined){
let data110 = data105.docs;
if(typeof data110 !== "string"){
const err228 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.docs.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data110};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
if(!((((data110 === "error") || (data110 === "warning")) || (data110 === "notice")) || (data110 === "off"))){
const err229 = {instancePath:instancePath+"/secrets/contexts/docs",schemaPath:"#/properties/secrets/properties/contexts/properties/docs/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.docs.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.docs.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.docs,data:data110};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data105.locale !== undefined){
let data111 = data105.locale;
if(typeof data111 !== "string"){
const err230 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.locale.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data111};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(!((((data111 === "error") || (data111 === "warning")) || (data111 === "notice")) || (data111 === "off"))){
const err231 = {instancePath:instancePath+"/secrets/contexts/locale",schemaPath:"#/properties/secrets/properties/contexts/properties/locale/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.locale.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.locale.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.locale,data:data111};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data105.vendored !== undefined){
let data112 = data105.vendored;
if(typeof data112 !== "string"){
const err232 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.secrets.properties.contexts.properties.vendored.type,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data112};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if(!((((data112 === "error") || (data112 === "warning")) || (data112 === "notice")) || (data112 === "off"))){
const err233 = {instancePath:instancePath+"/secrets/contexts/vendored",schemaPath:"#/properties/secrets/properties/contexts/properties/vendored/enum",keyword:"enum",params:{allowedValues: schema11.properties.secrets.properties.contexts.properties.vendored.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.secrets.properties.contexts.properties.vendored.enum,parentSchema:schema11.properties.secrets.properties.contexts.properties.vendored,data:data112};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
else {
const err234 = {instancePath:instancePath+"/secrets/contexts",schemaPath:"#/properties/secrets/properties/contexts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.properties.contexts.type,parentSchema:schema11.properties.secrets.properties.contexts,data:data105};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
if(data94.rules !== undefined){
let data113 = data94.rules;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
for(const key35 in data113){
let data114 = data113[key35];
if(!((((data114 === "error") || (data114 === "warning")) || (data114 === "notice")) || (data114 === "off"))){
const err235 = {instancePath:instancePath+"/secrets/rules/" + key35.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data114};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/secrets/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data113};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data94};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
};
section();}
if(data.dependencies !== undefined){const section = () => {
let data115 = data.dependencies;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key36 in data115){
if(!(func2.call(schema11.properties.dependencies.properties, key36))){
const err238 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies,data:data115};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data115.lockfiles !== undefined){
let data116 = data115.lockfiles;
if(Array.isArray(data116)){
const len16 = data116.length;
for(let i16=0; i16<len16; i16++){
let data117 = data116[i16];
if(typeof data117 === "string"){
if(func3(data117) < 1){
const err239 = {instancePath:instancePath+"/dependencies/lockfiles/" + i16,schemaPath:"#/properties/dependencies/properties/lockfiles/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data117};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
else {
const err240 = {instancePath:instancePath+"/dependencies/lockfiles/" + i16,schemaPath:"#/properties/dependencies/properties/lockfiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.lockfiles.items.type,parentSchema:schema11.properties.dependencies.properties.lockfiles.items,data:data117};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
else {
const err241 = {instancePath:instancePath+"/dependencies/lockfiles",schemaPath:"#/properties/dependencies/properties/lockfiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.lockfiles.type,parentSchema:schema11.properties.dependencies.properties.lockfiles,data:data116};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data115.exclude !== undefined){
let data118 = data115.exclude;
if(Array.isArray(data118)){
const len17 = data118.length;
for(let i17=0; i17<len17; i17++){
let data119 = data118[i17];
if(typeof data119 === "string"){
if(func3(data119) < 1){
const err242 = {instancePath:instancePath+"/dependencies/exclude/" + i17,schemaPath:"#/properties/dependencies/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data119};
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
const err243 = {instancePath:instancePath+"/dependencies/exclude/" + i17,schemaPath:"#/properties/dependencies/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.exclude.items.type,parentSchema:schema11.properties.dependencies.properties.exclude.items,data:data119};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/dependencies/exclude",schemaPath:"#/properties/dependencies/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.exclude.type,parentSchema:schema11.properties.dependencies.properties.exclude,data:data118};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data115.critical !== undefined){
let data120 = data115.critical;
if(Array.isArray(data120)){
const len18 = data120.length;
for(let i18=0; i18<len18; i18++){
let data121 = data120[i18];
if(typeof data121 === "string"){
if(func3(data121) < 1){
const err245 = {instancePath:instancePath+"/dependencies/critical/" + i18,schemaPath:"#/properties/dependencies/properties/critical/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data121};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/dependencies/critical/" + i18,schemaPath:"#/properties/dependencies/properties/critical/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.critical.items.type,parentSchema:schema11.properties.dependencies.properties.critical.items,data:data121};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/dependencies/critical",schemaPath:"#/properties/dependencies/properties/critical/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.dependencies.properties.critical.type,parentSchema:schema11.properties.dependencies.properties.critical,data:data120};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data115.advisories !== undefined){
let data122 = data115.advisories;
if(typeof data122 === "string"){
if(func3(data122) < 1){
const err248 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.dependencies.properties.advisories,data:data122};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/dependencies/advisories",schemaPath:"#/properties/dependencies/properties/advisories/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties.advisories.type,parentSchema:schema11.properties.dependencies.properties.advisories,data:data122};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
if(data115["osv-url"] !== undefined){
let data123 = data115["osv-url"];
if(typeof data123 === "string"){
if(!pattern18.test(data123)){
const err250 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data123};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/dependencies/osv-url",schemaPath:"#/properties/dependencies/properties/osv-url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["osv-url"].type,parentSchema:schema11.properties.dependencies.properties["osv-url"],data:data123};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data115.registry !== undefined){
let data124 = data115.registry;
if(typeof data124 !== "boolean"){
const err252 = {instancePath:instancePath+"/dependencies/registry",schemaPath:"#/properties/dependencies/properties/registry/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.registry.type,parentSchema:schema11.properties.dependencies.properties.registry,data:data124};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data115["registry-urls"] !== undefined){
let data125 = data115["registry-urls"];
if(data125 && typeof data125 == "object" && !Array.isArray(data125)){
for(const key37 in data125){
if(!(((((key37 === "npm") || (key37 === "pypi")) || (key37 === "rubygems")) || (key37 === "go")) || (key37 === "packagist"))){
const err253 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data125};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data125.npm !== undefined){
let data126 = data125.npm;
if(typeof data126 === "string"){
if(!pattern18.test(data126)){
const err254 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data126};
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
const err255 = {instancePath:instancePath+"/dependencies/registry-urls/npm",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/npm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.npm.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.npm,data:data126};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data125.pypi !== undefined){
let data127 = data125.pypi;
if(typeof data127 === "string"){
if(!pattern18.test(data127)){
const err256 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data127};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
else {
const err257 = {instancePath:instancePath+"/dependencies/registry-urls/pypi",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/pypi/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.pypi,data:data127};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data125.rubygems !== undefined){
let data128 = data125.rubygems;
if(typeof data128 === "string"){
if(!pattern18.test(data128)){
const err258 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data128};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/dependencies/registry-urls/rubygems",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/rubygems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.rubygems,data:data128};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data125.go !== undefined){
let data129 = data125.go;
if(typeof data129 === "string"){
if(!pattern18.test(data129)){
const err260 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data129};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/dependencies/registry-urls/go",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/go/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.go.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.go,data:data129};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data125.packagist !== undefined){
let data130 = data125.packagist;
if(typeof data130 === "string"){
if(!pattern18.test(data130)){
const err262 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data130};
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
const err263 = {instancePath:instancePath+"/dependencies/registry-urls/packagist",schemaPath:"#/properties/dependencies/properties/registry-urls/properties/packagist/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist.type,parentSchema:schema11.properties.dependencies.properties["registry-urls"].properties.packagist,data:data130};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/dependencies/registry-urls",schemaPath:"#/properties/dependencies/properties/registry-urls/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.properties["registry-urls"].type,parentSchema:schema11.properties.dependencies.properties["registry-urls"],data:data125};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data115["min-severity"] !== undefined){
let data131 = data115["min-severity"];
if(!((((data131 === "low") || (data131 === "moderate")) || (data131 === "high")) || (data131 === "critical"))){
const err265 = {instancePath:instancePath+"/dependencies/min-severity",schemaPath:"#/properties/dependencies/properties/min-severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.dependencies.properties["min-severity"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.dependencies.properties["min-severity"].enum,parentSchema:schema11.properties.dependencies.properties["min-severity"],data:data131};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data115.dev !== undefined){
let data132 = data115.dev;
if(typeof data132 !== "boolean"){
const err266 = {instancePath:instancePath+"/dependencies/dev",schemaPath:"#/properties/dependencies/properties/dev/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.dependencies.properties.dev.type,parentSchema:schema11.properties.dependencies.properties.dev,data:data132};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data115.timeout !== undefined){
let data133 = data115.timeout;
const _errs345 = errors;
let valid100 = false;
const _errs346 = errors;
if((typeof data133 == "number") && (isFinite(data133))){
if(data133 > 604800000 || isNaN(data133)){
const err267 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data133 < 0 || isNaN(data133)){
const err268 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data133};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
var _valid6 = _errs346 === errors;
valid100 = valid100 || _valid6;
if(!valid100){
const _errs348 = errors;
if(typeof data133 === "string"){
if(!pattern15.test(data133)){
const err270 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data133)))){
const err271 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
else {
const err272 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data133};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
var _valid6 = _errs348 === errors;
valid100 = valid100 || _valid6;
}
if(!valid100){
const err273 = {instancePath:instancePath+"/dependencies/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data133};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
else {
errors = _errs345;
if(vErrors !== null){
if(_errs345){
vErrors.length = _errs345;
}
else {
vErrors = null;
}
}
}
}
if(data115.rules !== undefined){
let data134 = data115.rules;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key38 in data134){
let data135 = data134[key38];
if(!((((data135 === "error") || (data135 === "warning")) || (data135 === "notice")) || (data135 === "off"))){
const err274 = {instancePath:instancePath+"/dependencies/rules/" + key38.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data135};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/dependencies/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data134};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
}
else {
const err276 = {instancePath:instancePath+"/dependencies",schemaPath:"#/properties/dependencies/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.dependencies.type,parentSchema:schema11.properties.dependencies,data:data115};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
};
section();}
if(data.smoke !== undefined){const section = () => {
let data136 = data.smoke;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.steps === undefined){
const err277 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema11.properties.smoke.required,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
for(const key39 in data136){
if(!(func2.call(schema11.properties.smoke.properties, key39))){
const err278 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data136.on !== undefined){
let data137 = data136.on;
if(Array.isArray(data137)){
if(data137.length < 1){
const err279 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.on,data:data137};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
const len19 = data137.length;
for(let i19=0; i19<len19; i19++){
let data138 = data137[i19];
if(typeof data138 === "string"){
if(!pattern25.test(data138)){
const err280 = {instancePath:instancePath+"/smoke/on/" + i19,schemaPath:"#/properties/smoke/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.smoke.properties.on.items,data:data138};
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
const err281 = {instancePath:instancePath+"/smoke/on/" + i19,schemaPath:"#/properties/smoke/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.on.items.type,parentSchema:schema11.properties.smoke.properties.on.items,data:data138};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
else {
const err282 = {instancePath:instancePath+"/smoke/on",schemaPath:"#/properties/smoke/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.on.type,parentSchema:schema11.properties.smoke.properties.on,data:data137};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data136.environment !== undefined){
let data139 = data136.environment;
if(typeof data139 !== "string"){
const err283 = {instancePath:instancePath+"/smoke/environment",schemaPath:"#/properties/smoke/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.environment.type,parentSchema:schema11.properties.smoke.properties.environment,data:data139};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data136.wait !== undefined){
let data140 = data136.wait;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.request === undefined){
const err284 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.wait.required,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
for(const key40 in data140){
if(!((((((key40 === "request") || (key40 === "headers")) || (key40 === "expect")) || (key40 === "timeout")) || (key40 === "interval")) || (key40 === "max-interval"))){
const err285 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data140.request !== undefined){
let data141 = data140.request;
if(typeof data141 === "string"){
if(!pattern3.test(data141)){
const err286 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data141};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/smoke/wait/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data141};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data140.headers !== undefined){
let data142 = data140.headers;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
for(const key41 in data142){
let data143 = data142[key41];
if(((typeof data143 !== "string") && (!((typeof data143 == "number") && (isFinite(data143))))) && (typeof data143 !== "boolean")){
const err288 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
if((typeof data143 == "number") && (isFinite(data143))){
if(data143 > 9007199254740991 || isNaN(data143)){
const err289 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(data143 < -9007199254740991 || isNaN(data143)){
const err290 = {instancePath:instancePath+"/smoke/wait/headers/" + key41.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data143};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
}
else {
const err291 = {instancePath:instancePath+"/smoke/wait/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data142};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data140.expect !== undefined){
let data144 = data140.expect;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key42 in data144){
if(!((((((key42 === "status") || (key42 === "body-contains")) || (key42 === "body-not-contains")) || (key42 === "json")) || (key42 === "headers")) || (key42 === "max-ms"))){
const err292 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data144};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data144.status !== undefined){
let data145 = data144.status;
const _errs382 = errors;
let valid113 = false;
const _errs383 = errors;
if(!(((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145))) && (isFinite(data145)))){
const err293 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 > 599 || isNaN(data145)){
const err294 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
if(data145 < 100 || isNaN(data145)){
const err295 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data145};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
var _valid7 = _errs383 === errors;
valid113 = valid113 || _valid7;
if(!valid113){
const _errs385 = errors;
if(typeof data145 === "string"){
if(!pattern4.test(data145)){
const err296 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data145};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data145};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
var _valid7 = _errs385 === errors;
valid113 = valid113 || _valid7;
if(!valid113){
const _errs387 = errors;
if(Array.isArray(data145)){
if(data145.length < 1){
const err298 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data145};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
const len20 = data145.length;
for(let i20=0; i20<len20; i20++){
let data146 = data145[i20];
const _errs390 = errors;
let valid116 = false;
const _errs391 = errors;
if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){
const err299 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if((typeof data146 == "number") && (isFinite(data146))){
if(data146 > 599 || isNaN(data146)){
const err300 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(data146 < 100 || isNaN(data146)){
const err301 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data146};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
var _valid8 = _errs391 === errors;
valid116 = valid116 || _valid8;
if(!valid116){
const _errs393 = errors;
if(typeof data146 === "string"){
if(!pattern4.test(data146)){
const err302 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data146};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
else {
const err303 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data146};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
var _valid8 = _errs393 === errors;
valid116 = valid116 || _valid8;
}
if(!valid116){
const err304 = {instancePath:instancePath+"/smoke/wait/expect/status/" + i20,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data146};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
else {
errors = _errs390;
if(vErrors !== null){
if(_errs390){
vErrors.length = _errs390;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err305 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data145};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
var _valid7 = _errs387 === errors;
valid113 = valid113 || _valid7;
}
}
if(!valid113){
const err306 = {instancePath:instancePath+"/smoke/wait/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data145};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
else {
errors = _errs382;
if(vErrors !== null){
if(_errs382){
vErrors.length = _errs382;
}
else {
vErrors = null;
}
}
}
}
if(data144["body-contains"] !== undefined){
let data147 = data144["body-contains"];
if(typeof data147 !== "string"){
const err307 = {instancePath:instancePath+"/smoke/wait/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data147};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
if(data144["body-not-contains"] !== undefined){
let data148 = data144["body-not-contains"];
if(typeof data148 !== "string"){
const err308 = {instancePath:instancePath+"/smoke/wait/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data148};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data144.json !== undefined){
let data149 = data144.json;
if(data149 && typeof data149 == "object" && !Array.isArray(data149)){
for(const key43 in data149){
const _errs401 = errors;
if(typeof key43 === "string"){
if(!pattern6.test(key43)){
const err309 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key43,propertyName:key43};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
var valid117 = _errs401 === errors;
if(!valid117){
const err310 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key43},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data149};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/smoke/wait/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data149};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data144.headers !== undefined){
let data150 = data144.headers;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
for(const key44 in data150){
let data151 = data150[key44];
if(typeof data151 === "string"){
if(func3(data151) > 1000){
const err312 = {instancePath:instancePath+"/smoke/wait/expect/headers/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data151};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/smoke/wait/expect/headers/" + key44.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data151};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/smoke/wait/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data150};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
if(data144["max-ms"] !== undefined){
let data152 = data144["max-ms"];
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 > 604800000 || isNaN(data152)){
const err315 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if(data152 < 0 || isNaN(data152)){
const err316 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
else {
const err317 = {instancePath:instancePath+"/smoke/wait/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data152};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
else {
const err318 = {instancePath:instancePath+"/smoke/wait/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data144};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data140.timeout !== undefined){
let data153 = data140.timeout;
const _errs413 = errors;
let valid121 = false;
const _errs414 = errors;
if((typeof data153 == "number") && (isFinite(data153))){
if(data153 > 604800000 || isNaN(data153)){
const err319 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data153 < 0 || isNaN(data153)){
const err320 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data153};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
var _valid9 = _errs414 === errors;
valid121 = valid121 || _valid9;
if(!valid121){
const _errs416 = errors;
if(typeof data153 === "string"){
if(!pattern15.test(data153)){
const err322 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data153};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data153)))){
const err323 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data153};
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
const err324 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data153};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
var _valid9 = _errs416 === errors;
valid121 = valid121 || _valid9;
}
if(!valid121){
const err325 = {instancePath:instancePath+"/smoke/wait/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data153};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
else {
errors = _errs413;
if(vErrors !== null){
if(_errs413){
vErrors.length = _errs413;
}
else {
vErrors = null;
}
}
}
}
if(data140.interval !== undefined){
let data154 = data140.interval;
const _errs421 = errors;
let valid124 = false;
const _errs422 = errors;
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 > 604800000 || isNaN(data154)){
const err326 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data154 < 0 || isNaN(data154)){
const err327 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data154};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
var _valid10 = _errs422 === errors;
valid124 = valid124 || _valid10;
if(!valid124){
const _errs424 = errors;
if(typeof data154 === "string"){
if(!pattern15.test(data154)){
const err329 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data154)))){
const err330 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
else {
const err331 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data154};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
var _valid10 = _errs424 === errors;
valid124 = valid124 || _valid10;
}
if(!valid124){
const err332 = {instancePath:instancePath+"/smoke/wait/interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data154};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
else {
errors = _errs421;
if(vErrors !== null){
if(_errs421){
vErrors.length = _errs421;
}
else {
vErrors = null;
}
}
}
}
if(data140["max-interval"] !== undefined){
let data155 = data140["max-interval"];
const _errs429 = errors;
let valid127 = false;
const _errs430 = errors;
if((typeof data155 == "number") && (isFinite(data155))){
if(data155 > 604800000 || isNaN(data155)){
const err333 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if(data155 < 0 || isNaN(data155)){
const err334 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data155};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
var _valid11 = _errs430 === errors;
valid127 = valid127 || _valid11;
if(!valid127){
const _errs432 = errors;
if(typeof data155 === "string"){
if(!pattern15.test(data155)){
const err336 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data155)))){
const err337 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data155};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
var _valid11 = _errs432 === errors;
valid127 = valid127 || _valid11;
}
if(!valid127){
const err339 = {instancePath:instancePath+"/smoke/wait/max-interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data155};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
else {
errors = _errs429;
if(vErrors !== null){
if(_errs429){
vErrors.length = _errs429;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err340 = {instancePath:instancePath+"/smoke/wait",schemaPath:"#/properties/smoke/properties/wait/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.wait.type,parentSchema:schema11.properties.smoke.properties.wait,data:data140};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data136.timeout !== undefined){
let data156 = data136.timeout;
const _errs437 = errors;
let valid130 = false;
const _errs438 = errors;
if((typeof data156 == "number") && (isFinite(data156))){
if(data156 > 604800000 || isNaN(data156)){
const err341 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data156 < 0 || isNaN(data156)){
const err342 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data156};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
var _valid12 = _errs438 === errors;
valid130 = valid130 || _valid12;
if(!valid130){
const _errs440 = errors;
if(typeof data156 === "string"){
if(!pattern15.test(data156)){
const err344 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data156)))){
const err345 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
else {
const err346 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data156};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
var _valid12 = _errs440 === errors;
valid130 = valid130 || _valid12;
}
if(!valid130){
const err347 = {instancePath:instancePath+"/smoke/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data156};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
else {
errors = _errs437;
if(vErrors !== null){
if(_errs437){
vErrors.length = _errs437;
}
else {
vErrors = null;
}
}
}
}
if(data136.deadline !== undefined){
let data157 = data136.deadline;
const _errs445 = errors;
let valid133 = false;
const _errs446 = errors;
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 > 604800000 || isNaN(data157)){
const err348 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data157 < 0 || isNaN(data157)){
const err349 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data157};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
var _valid13 = _errs446 === errors;
valid133 = valid133 || _valid13;
if(!valid133){
const _errs448 = errors;
if(typeof data157 === "string"){
if(!pattern15.test(data157)){
const err351 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data157)))){
const err352 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data157};
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
const err353 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data157};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
var _valid13 = _errs448 === errors;
valid133 = valid133 || _valid13;
}
if(!valid133){
const err354 = {instancePath:instancePath+"/smoke/deadline",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data157};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
else {
errors = _errs445;
if(vErrors !== null){
if(_errs445){
vErrors.length = _errs445;
}
else {
vErrors = null;
}
}
}
}
if(data136.retries !== undefined){
let data158 = data136.retries;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err355 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.retries.type,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 > 10 || isNaN(data158)){
const err356 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if(data158 < 0 || isNaN(data158)){
const err357 = {instancePath:instancePath+"/smoke/retries",schemaPath:"#/properties/smoke/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.retries,data:data158};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
if(data136["deployment-url"] !== undefined){
let data159 = data136["deployment-url"];
if(typeof data159 !== "boolean"){
const err358 = {instancePath:instancePath+"/smoke/deployment-url",schemaPath:"#/properties/smoke/properties/deployment-url/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties["deployment-url"].type,parentSchema:schema11.properties.smoke.properties["deployment-url"],data:data159};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
if(data136["ca-file"] !== undefined){
let data160 = data136["ca-file"];
if(typeof data160 !== "string"){
const err359 = {instancePath:instancePath+"/smoke/ca-file",schemaPath:"#/properties/smoke/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties["ca-file"].type,parentSchema:schema11.properties.smoke.properties["ca-file"],data:data160};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
if(data136.steps !== undefined){
let data161 = data136.steps;
if(Array.isArray(data161)){
if(data161.length < 1){
const err360 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.smoke.properties.steps,data:data161};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
const len21 = data161.length;
for(let i21=0; i21<len21; i21++){
let data162 = data161[i21];
if(data162 && typeof data162 == "object" && !Array.isArray(data162)){
if(data162.request === undefined){
const err361 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.required,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
for(const key45 in data162){
if(!(func2.call(schema11.properties.smoke.properties.steps.items.properties, key45))){
const err362 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
if(data162.name !== undefined){
let data163 = data162.name;
if(typeof data163 !== "string"){
const err363 = {instancePath:instancePath+"/smoke/steps/" + i21+"/name",schemaPath:"#/properties/smoke/properties/steps/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.name.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.name,data:data163};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
}
if(data162.request !== undefined){
let data164 = data162.request;
if(typeof data164 === "string"){
if(!pattern3.test(data164)){
const err364 = {instancePath:instancePath+"/smoke/steps/" + i21+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data164};
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
const err365 = {instancePath:instancePath+"/smoke/steps/" + i21+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data164};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
if(data162.session !== undefined){
let data165 = data162.session;
if(typeof data165 !== "string"){
const err366 = {instancePath:instancePath+"/smoke/steps/" + i21+"/session",schemaPath:"#/properties/smoke/properties/steps/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.session.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.session,data:data165};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data162.anonymous !== undefined){
let data166 = data162.anonymous;
if(typeof data166 !== "boolean"){
const err367 = {instancePath:instancePath+"/smoke/steps/" + i21+"/anonymous",schemaPath:"#/properties/smoke/properties/steps/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties.anonymous.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.anonymous,data:data166};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
if(data162.headers !== undefined){
let data167 = data162.headers;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
for(const key46 in data167){
let data168 = data167[key46];
if(((typeof data168 !== "string") && (!((typeof data168 == "number") && (isFinite(data168))))) && (typeof data168 !== "boolean")){
const err368 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if((typeof data168 == "number") && (isFinite(data168))){
if(data168 > 9007199254740991 || isNaN(data168)){
const err369 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(data168 < -9007199254740991 || isNaN(data168)){
const err370 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers/" + key46.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data168};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
}
}
else {
const err371 = {instancePath:instancePath+"/smoke/steps/" + i21+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data167};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data162.form !== undefined){
let data169 = data162.form;
if(data169 && typeof data169 == "object" && !Array.isArray(data169)){
for(const key47 in data169){
let data170 = data169[key47];
if(((typeof data170 !== "string") && (!((typeof data170 == "number") && (isFinite(data170))))) && (typeof data170 !== "boolean")){
const err372 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
if((typeof data170 == "number") && (isFinite(data170))){
if(data170 > 9007199254740991 || isNaN(data170)){
const err373 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
if(data170 < -9007199254740991 || isNaN(data170)){
const err374 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form/" + key47.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data170};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
}
}
else {
const err375 = {instancePath:instancePath+"/smoke/steps/" + i21+"/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data169};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data162.body !== undefined){
let data171 = data162.body;
if(typeof data171 !== "string"){
const err376 = {instancePath:instancePath+"/smoke/steps/" + i21+"/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.body,data:data171};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data162.expect !== undefined){
let data172 = data162.expect;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
for(const key48 in data172){
if(!((((((key48 === "status") || (key48 === "body-contains")) || (key48 === "body-not-contains")) || (key48 === "json")) || (key48 === "headers")) || (key48 === "max-ms"))){
const err377 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data172};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data172.status !== undefined){
let data173 = data172.status;
const _errs489 = errors;
let valid144 = false;
const _errs490 = errors;
if(!(((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173))) && (isFinite(data173)))){
const err378 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if((typeof data173 == "number") && (isFinite(data173))){
if(data173 > 599 || isNaN(data173)){
const err379 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(data173 < 100 || isNaN(data173)){
const err380 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data173};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
var _valid14 = _errs490 === errors;
valid144 = valid144 || _valid14;
if(!valid144){
const _errs492 = errors;
if(typeof data173 === "string"){
if(!pattern4.test(data173)){
const err381 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data173};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
var _valid14 = _errs492 === errors;
valid144 = valid144 || _valid14;
if(!valid144){
const _errs494 = errors;
if(Array.isArray(data173)){
if(data173.length < 1){
const err383 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data173};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
const len22 = data173.length;
for(let i22=0; i22<len22; i22++){
let data174 = data173[i22];
const _errs497 = errors;
let valid147 = false;
const _errs498 = errors;
if(!(((typeof data174 == "number") && (!(data174 % 1) && !isNaN(data174))) && (isFinite(data174)))){
const err384 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if((typeof data174 == "number") && (isFinite(data174))){
if(data174 > 599 || isNaN(data174)){
const err385 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(data174 < 100 || isNaN(data174)){
const err386 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data174};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
}
var _valid15 = _errs498 === errors;
valid147 = valid147 || _valid15;
if(!valid147){
const _errs500 = errors;
if(typeof data174 === "string"){
if(!pattern4.test(data174)){
const err387 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data174};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
else {
const err388 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data174};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
var _valid15 = _errs500 === errors;
valid147 = valid147 || _valid15;
}
if(!valid147){
const err389 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status/" + i22,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data174};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
else {
errors = _errs497;
if(vErrors !== null){
if(_errs497){
vErrors.length = _errs497;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err390 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data173};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
var _valid14 = _errs494 === errors;
valid144 = valid144 || _valid14;
}
}
if(!valid144){
const err391 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data173};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
else {
errors = _errs489;
if(vErrors !== null){
if(_errs489){
vErrors.length = _errs489;
}
else {
vErrors = null;
}
}
}
}
if(data172["body-contains"] !== undefined){
let data175 = data172["body-contains"];
if(typeof data175 !== "string"){
const err392 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data175};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data172["body-not-contains"] !== undefined){
let data176 = data172["body-not-contains"];
if(typeof data176 !== "string"){
const err393 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data176};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data172.json !== undefined){
let data177 = data172.json;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key49 in data177){
const _errs508 = errors;
if(typeof key49 === "string"){
if(!pattern6.test(key49)){
const err394 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key49,propertyName:key49};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
var valid148 = _errs508 === errors;
if(!valid148){
const err395 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key49},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data177};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
}
else {
const err396 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data177};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data172.headers !== undefined){
let data178 = data172.headers;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
for(const key50 in data178){
let data179 = data178[key50];
if(typeof data179 === "string"){
if(func3(data179) > 1000){
const err397 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data179};
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
const err398 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers/" + key50.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data179};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
}
else {
const err399 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data178};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
}
if(data172["max-ms"] !== undefined){
let data180 = data172["max-ms"];
if((typeof data180 == "number") && (isFinite(data180))){
if(data180 > 604800000 || isNaN(data180)){
const err400 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(data180 < 0 || isNaN(data180)){
const err401 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
else {
const err402 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data180};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
}
else {
const err403 = {instancePath:instancePath+"/smoke/steps/" + i21+"/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data172};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data162.capture !== undefined){
let data181 = data162.capture;
if(data181 && typeof data181 == "object" && !Array.isArray(data181)){
for(const key51 in data181){
const _errs520 = errors;
if(typeof key51 === "string"){
if(!pattern7.test(key51)){
const err404 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema15.propertyNames,data:key51,propertyName:key51};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
var valid151 = _errs520 === errors;
if(!valid151){
const err405 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/propertyNames",keyword:"propertyNames",params:{propertyName: key51},message:"property name must be valid",schema:schema15.propertyNames,parentSchema:schema15,data:data181};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
for(const key52 in data181){
let data182 = data181[key52];
if(typeof data182 === "string"){
if(func3(data182) > 1000){
const err406 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema15.additionalProperties,data:data182};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(func3(data182) < 1){
const err407 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema15.additionalProperties,data:data182};
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
const err408 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture/" + key52.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/captures/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema15.additionalProperties.type,parentSchema:schema15.additionalProperties,data:data182};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
}
else {
const err409 = {instancePath:instancePath+"/smoke/steps/" + i21+"/capture",schemaPath:"#/$defs/captures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data181};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data162.cleanup !== undefined){
let data183 = data162.cleanup;
const _errs525 = errors;
let valid153 = false;
const _errs526 = errors;
if(typeof data183 === "string"){
if(!pattern3.test(data183)){
const err410 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data183};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data183};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
var _valid16 = _errs526 === errors;
valid153 = valid153 || _valid16;
if(!valid153){
const _errs529 = errors;
if(data183 && typeof data183 == "object" && !Array.isArray(data183)){
if(data183.request === undefined){
const err412 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].required,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
for(const key53 in data183){
if(!((((((key53 === "request") || (key53 === "headers")) || (key53 === "json")) || (key53 === "form")) || (key53 === "body")) || (key53 === "expect"))){
const err413 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data183.request !== undefined){
let data184 = data183.request;
if(typeof data184 === "string"){
if(!pattern3.test(data184)){
const err414 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data184};
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
const err415 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data184};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
if(data183.headers !== undefined){
let data185 = data183.headers;
if(data185 && typeof data185 == "object" && !Array.isArray(data185)){
for(const key54 in data185){
let data186 = data185[key54];
if(((typeof data186 !== "string") && (!((typeof data186 == "number") && (isFinite(data186))))) && (typeof data186 !== "boolean")){
const err416 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if((typeof data186 == "number") && (isFinite(data186))){
if(data186 > 9007199254740991 || isNaN(data186)){
const err417 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
if(data186 < -9007199254740991 || isNaN(data186)){
const err418 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers/" + key54.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data186};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
}
}
else {
const err419 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data185};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data183.form !== undefined){
let data187 = data183.form;
if(data187 && typeof data187 == "object" && !Array.isArray(data187)){
for(const key55 in data187){
let data188 = data187[key55];
if(((typeof data188 !== "string") && (!((typeof data188 == "number") && (isFinite(data188))))) && (typeof data188 !== "boolean")){
const err420 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
if((typeof data188 == "number") && (isFinite(data188))){
if(data188 > 9007199254740991 || isNaN(data188)){
const err421 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(data188 < -9007199254740991 || isNaN(data188)){
const err422 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form/" + key55.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data188};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
}
}
else {
const err423 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/form",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data187};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
if(data183.body !== undefined){
let data189 = data183.body;
if(typeof data189 !== "string"){
const err424 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/body",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].properties.body,data:data189};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
if(data183.expect !== undefined){
let data190 = data183.expect;
if(data190 && typeof data190 == "object" && !Array.isArray(data190)){
for(const key56 in data190){
if(!((((((key56 === "status") || (key56 === "body-contains")) || (key56 === "body-not-contains")) || (key56 === "json")) || (key56 === "headers")) || (key56 === "max-ms"))){
const err425 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect",schemaPath:"#/$defs/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key56},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data190};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
}
if(data190.status !== undefined){
let data191 = data190.status;
const _errs555 = errors;
let valid164 = false;
const _errs556 = errors;
if(!(((typeof data191 == "number") && (!(data191 % 1) && !isNaN(data191))) && (isFinite(data191)))){
const err426 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if((typeof data191 == "number") && (isFinite(data191))){
if(data191 > 599 || isNaN(data191)){
const err427 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if(data191 < 100 || isNaN(data191)){
const err428 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[0],data:data191};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
var _valid17 = _errs556 === errors;
valid164 = valid164 || _valid17;
if(!valid164){
const _errs558 = errors;
if(typeof data191 === "string"){
if(!pattern4.test(data191)){
const err429 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[1],data:data191};
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
const err430 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[1],data:data191};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
var _valid17 = _errs558 === errors;
valid164 = valid164 || _valid17;
if(!valid164){
const _errs560 = errors;
if(Array.isArray(data191)){
if(data191.length < 1){
const err431 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema14.properties.status.anyOf[2],data:data191};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
const len23 = data191.length;
for(let i23=0; i23<len23; i23++){
let data192 = data191[i23];
const _errs563 = errors;
let valid167 = false;
const _errs564 = errors;
if(!(((typeof data192 == "number") && (!(data192 % 1) && !isNaN(data192))) && (isFinite(data192)))){
const err432 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.status.anyOf[2].items.anyOf[0].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if((typeof data192 == "number") && (isFinite(data192))){
if(data192 > 599 || isNaN(data192)){
const err433 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
if(data192 < 100 || isNaN(data192)){
const err434 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[0],data:data192};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
var _valid18 = _errs564 === errors;
valid167 = valid167 || _valid18;
if(!valid167){
const _errs566 = errors;
if(typeof data192 === "string"){
if(!pattern4.test(data192)){
const err435 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^[1-5]xx$"},message:"must match pattern \""+"^[1-5]xx$"+"\"",schema:"^[1-5]xx$",parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data192};
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
const err436 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.status.anyOf[2].items.anyOf[1].type,parentSchema:schema14.properties.status.anyOf[2].items.anyOf[1],data:data192};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
var _valid18 = _errs566 === errors;
valid167 = valid167 || _valid18;
}
if(!valid167){
const err437 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status/" + i23,schemaPath:"#/$defs/expect/properties/status/anyOf/2/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf[2].items.anyOf,parentSchema:schema14.properties.status.anyOf[2].items,data:data192};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
else {
errors = _errs563;
if(vErrors !== null){
if(_errs563){
vErrors.length = _errs563;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err438 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf/2/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema14.properties.status.anyOf[2].type,parentSchema:schema14.properties.status.anyOf[2],data:data191};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
var _valid17 = _errs560 === errors;
valid164 = valid164 || _valid17;
}
}
if(!valid164){
const err439 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/status",schemaPath:"#/$defs/expect/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema14.properties.status.anyOf,parentSchema:schema14.properties.status,data:data191};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
else {
errors = _errs555;
if(vErrors !== null){
if(_errs555){
vErrors.length = _errs555;
}
else {
vErrors = null;
}
}
}
}
if(data190["body-contains"] !== undefined){
let data193 = data190["body-contains"];
if(typeof data193 !== "string"){
const err440 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/body-contains",schemaPath:"#/$defs/expect/properties/body-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-contains"].type,parentSchema:schema14.properties["body-contains"],data:data193};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data190["body-not-contains"] !== undefined){
let data194 = data190["body-not-contains"];
if(typeof data194 !== "string"){
const err441 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/body-not-contains",schemaPath:"#/$defs/expect/properties/body-not-contains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties["body-not-contains"].type,parentSchema:schema14.properties["body-not-contains"],data:data194};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data190.json !== undefined){
let data195 = data190.json;
if(data195 && typeof data195 == "object" && !Array.isArray(data195)){
for(const key57 in data195){
const _errs574 = errors;
if(typeof key57 === "string"){
if(!pattern6.test(key57)){
const err442 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema14.properties.json.propertyNames,data:key57,propertyName:key57};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
var valid168 = _errs574 === errors;
if(!valid168){
const err443 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/propertyNames",keyword:"propertyNames",params:{propertyName: key57},message:"property name must be valid",schema:schema14.properties.json.propertyNames,parentSchema:schema14.properties.json,data:data195};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
}
else {
const err444 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/json",schemaPath:"#/$defs/expect/properties/json/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.json.type,parentSchema:schema14.properties.json,data:data195};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
if(data190.headers !== undefined){
let data196 = data190.headers;
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
for(const key58 in data196){
let data197 = data196[key58];
if(typeof data197 === "string"){
if(func3(data197) > 1000){
const err445 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema14.properties.headers.additionalProperties,data:data197};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
}
else {
const err446 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers/" + key58.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/expect/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.properties.headers.additionalProperties.type,parentSchema:schema14.properties.headers.additionalProperties,data:data197};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
}
else {
const err447 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/headers",schemaPath:"#/$defs/expect/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.properties.headers.type,parentSchema:schema14.properties.headers,data:data196};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
if(data190["max-ms"] !== undefined){
let data198 = data190["max-ms"];
if((typeof data198 == "number") && (isFinite(data198))){
if(data198 > 604800000 || isNaN(data198)){
const err448 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
if(data198 < 0 || isNaN(data198)){
const err449 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
else {
const err450 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect/max-ms",schemaPath:"#/$defs/expect/properties/max-ms/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties["max-ms"].type,parentSchema:schema14.properties["max-ms"],data:data198};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
}
else {
const err451 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup/expect",schemaPath:"#/$defs/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data190};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
}
else {
const err452 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf[1],data:data183};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
var _valid16 = _errs529 === errors;
valid153 = valid153 || _valid16;
}
if(!valid153){
const err453 = {instancePath:instancePath+"/smoke/steps/" + i21+"/cleanup",schemaPath:"#/properties/smoke/properties/steps/items/properties/cleanup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.smoke.properties.steps.items.properties.cleanup.anyOf,parentSchema:schema11.properties.smoke.properties.steps.items.properties.cleanup,data:data183};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
else {
errors = _errs525;
if(vErrors !== null){
if(_errs525){
vErrors.length = _errs525;
}
else {
vErrors = null;
}
}
}
}
if(data162.retries !== undefined){
let data199 = data162.retries;
if(!(((typeof data199 == "number") && (!(data199 % 1) && !isNaN(data199))) && (isFinite(data199)))){
const err454 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.smoke.properties.steps.items.properties.retries.type,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
if((typeof data199 == "number") && (isFinite(data199))){
if(data199 > 10 || isNaN(data199)){
const err455 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
if(data199 < 0 || isNaN(data199)){
const err456 = {instancePath:instancePath+"/smoke/steps/" + i21+"/retries",schemaPath:"#/properties/smoke/properties/steps/items/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.smoke.properties.steps.items.properties.retries,data:data199};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
}
if(data162.timeout !== undefined){
let data200 = data162.timeout;
const _errs588 = errors;
let valid172 = false;
const _errs589 = errors;
if((typeof data200 == "number") && (isFinite(data200))){
if(data200 > 604800000 || isNaN(data200)){
const err457 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if(data200 < 0 || isNaN(data200)){
const err458 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
else {
const err459 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data200};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
var _valid19 = _errs589 === errors;
valid172 = valid172 || _valid19;
if(!valid172){
const _errs591 = errors;
if(typeof data200 === "string"){
if(!pattern15.test(data200)){
const err460 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data200)))){
const err461 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
else {
const err462 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data200};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
var _valid19 = _errs591 === errors;
valid172 = valid172 || _valid19;
}
if(!valid172){
const err463 = {instancePath:instancePath+"/smoke/steps/" + i21+"/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data200};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
else {
errors = _errs588;
if(vErrors !== null){
if(_errs588){
vErrors.length = _errs588;
}
else {
vErrors = null;
}
}
}
}
if(data162["follow-redirects"] !== undefined){
let data201 = data162["follow-redirects"];
if(typeof data201 !== "boolean"){
const err464 = {instancePath:instancePath+"/smoke/steps/" + i21+"/follow-redirects",schemaPath:"#/properties/smoke/properties/steps/items/properties/follow-redirects/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"].type,parentSchema:schema11.properties.smoke.properties.steps.items.properties["follow-redirects"],data:data201};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
}
else {
const err465 = {instancePath:instancePath+"/smoke/steps/" + i21,schemaPath:"#/properties/smoke/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.properties.steps.items.type,parentSchema:schema11.properties.smoke.properties.steps.items,data:data162};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
}
else {
const err466 = {instancePath:instancePath+"/smoke/steps",schemaPath:"#/properties/smoke/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.smoke.properties.steps.type,parentSchema:schema11.properties.smoke.properties.steps,data:data161};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
if(data136.rules !== undefined){
let data202 = data136.rules;
if(data202 && typeof data202 == "object" && !Array.isArray(data202)){
for(const key59 in data202){
let data203 = data202[key59];
if(!((((data203 === "error") || (data203 === "warning")) || (data203 === "notice")) || (data203 === "off"))){
const err467 = {instancePath:instancePath+"/smoke/rules/" + key59.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data203};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
}
else {
const err468 = {instancePath:instancePath+"/smoke/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data202};
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
const err469 = {instancePath:instancePath+"/smoke",schemaPath:"#/properties/smoke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.smoke.type,parentSchema:schema11.properties.smoke,data:data136};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
};
section();}
if(data.latency !== undefined){const section = () => {
let data204 = data.latency;
if(data204 && typeof data204 == "object" && !Array.isArray(data204)){
if(data204.endpoints === undefined){
const err470 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/required",keyword:"required",params:{missingProperty: "endpoints"},message:"must have required property '"+"endpoints"+"'",schema:schema11.properties.latency.required,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
for(const key60 in data204){
if(!(func2.call(schema11.properties.latency.properties, key60))){
const err471 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key60},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data204.on !== undefined){
let data205 = data204.on;
if(Array.isArray(data205)){
if(data205.length < 1){
const err472 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.on,data:data205};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
const len24 = data205.length;
for(let i24=0; i24<len24; i24++){
let data206 = data205[i24];
if(typeof data206 === "string"){
if(!pattern25.test(data206)){
const err473 = {instancePath:instancePath+"/latency/on/" + i24,schemaPath:"#/properties/latency/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.latency.properties.on.items,data:data206};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
else {
const err474 = {instancePath:instancePath+"/latency/on/" + i24,schemaPath:"#/properties/latency/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.on.items.type,parentSchema:schema11.properties.latency.properties.on.items,data:data206};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
}
else {
const err475 = {instancePath:instancePath+"/latency/on",schemaPath:"#/properties/latency/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.on.type,parentSchema:schema11.properties.latency.properties.on,data:data205};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data204.environment !== undefined){
let data207 = data204.environment;
if(typeof data207 !== "string"){
const err476 = {instancePath:instancePath+"/latency/environment",schemaPath:"#/properties/latency/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.environment.type,parentSchema:schema11.properties.latency.properties.environment,data:data207};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data204.rate !== undefined){
let data208 = data204.rate;
if((typeof data208 == "number") && (isFinite(data208))){
if(data208 > 1000000 || isNaN(data208)){
const err477 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
if(data208 <= 0 || isNaN(data208)){
const err478 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
else {
const err479 = {instancePath:instancePath+"/latency/rate",schemaPath:"#/properties/latency/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.rate.type,parentSchema:schema11.properties.latency.properties.rate,data:data208};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
if(data204["max-rate"] !== undefined){
let data209 = data204["max-rate"];
if((typeof data209 == "number") && (isFinite(data209))){
if(data209 > 1000 || isNaN(data209)){
const err480 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
if(data209 <= 0 || isNaN(data209)){
const err481 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
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
const err482 = {instancePath:instancePath+"/latency/max-rate",schemaPath:"#/properties/latency/properties/max-rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["max-rate"].type,parentSchema:schema11.properties.latency.properties["max-rate"],data:data209};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
if(data204.duration !== undefined){
let data210 = data204.duration;
const _errs616 = errors;
let valid180 = false;
const _errs617 = errors;
if((typeof data210 == "number") && (isFinite(data210))){
if(data210 > 604800000 || isNaN(data210)){
const err483 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data210};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
if(data210 < 0 || isNaN(data210)){
const err484 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data210};
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
const err485 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data210};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
var _valid20 = _errs617 === errors;
valid180 = valid180 || _valid20;
if(!valid180){
const _errs619 = errors;
if(typeof data210 === "string"){
if(!pattern15.test(data210)){
const err486 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data210)))){
const err487 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
else {
const err488 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data210};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
var _valid20 = _errs619 === errors;
valid180 = valid180 || _valid20;
}
if(!valid180){
const err489 = {instancePath:instancePath+"/latency/duration",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data210};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
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
if(data204.warmup !== undefined){
let data211 = data204.warmup;
const _errs624 = errors;
let valid183 = false;
const _errs625 = errors;
if((typeof data211 == "number") && (isFinite(data211))){
if(data211 > 604800000 || isNaN(data211)){
const err490 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
if(data211 < 0 || isNaN(data211)){
const err491 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
else {
const err492 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data211};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
var _valid21 = _errs625 === errors;
valid183 = valid183 || _valid21;
if(!valid183){
const _errs627 = errors;
if(typeof data211 === "string"){
if(!pattern15.test(data211)){
const err493 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data211)))){
const err494 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data211};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
var _valid21 = _errs627 === errors;
valid183 = valid183 || _valid21;
}
if(!valid183){
const err496 = {instancePath:instancePath+"/latency/warmup",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data211};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
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
if(data204.timeout !== undefined){
let data212 = data204.timeout;
const _errs632 = errors;
let valid186 = false;
const _errs633 = errors;
if((typeof data212 == "number") && (isFinite(data212))){
if(data212 > 604800000 || isNaN(data212)){
const err497 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
if(data212 < 0 || isNaN(data212)){
const err498 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data212};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
var _valid22 = _errs633 === errors;
valid186 = valid186 || _valid22;
if(!valid186){
const _errs635 = errors;
if(typeof data212 === "string"){
if(!pattern15.test(data212)){
const err500 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data212)))){
const err501 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
}
else {
const err502 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data212};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
var _valid22 = _errs635 === errors;
valid186 = valid186 || _valid22;
}
if(!valid186){
const err503 = {instancePath:instancePath+"/latency/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data212};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
else {
errors = _errs632;
if(vErrors !== null){
if(_errs632){
vErrors.length = _errs632;
}
else {
vErrors = null;
}
}
}
}
if(data204["max-requests"] !== undefined){
let data213 = data204["max-requests"];
if(!(((typeof data213 == "number") && (!(data213 % 1) && !isNaN(data213))) && (isFinite(data213)))){
const err504 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.latency.properties["max-requests"].type,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
if((typeof data213 == "number") && (isFinite(data213))){
if(data213 > 600000 || isNaN(data213)){
const err505 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600000},message:"must be <= 600000",schema:600000,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
if(data213 < 1 || isNaN(data213)){
const err506 = {instancePath:instancePath+"/latency/max-requests",schemaPath:"#/properties/latency/properties/max-requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.latency.properties["max-requests"],data:data213};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
}
if(data204["stop-error-rate"] !== undefined){
let data214 = data204["stop-error-rate"];
const _errs640 = errors;
let valid187 = false;
const _errs641 = errors;
if((typeof data214 == "number") && (isFinite(data214))){
if(data214 > 1 || isNaN(data214)){
const err507 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
if(data214 < 0 || isNaN(data214)){
const err508 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
}
else {
const err509 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[0],data:data214};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
var _valid23 = _errs641 === errors;
valid187 = valid187 || _valid23;
if(!valid187){
const _errs643 = errors;
if(typeof data214 === "string"){
if(!pattern50.test(data214)){
const err510 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data214};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["stop-error-rate"].anyOf[1],data:data214};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
var _valid23 = _errs643 === errors;
valid187 = valid187 || _valid23;
}
if(!valid187){
const err512 = {instancePath:instancePath+"/latency/stop-error-rate",schemaPath:"#/properties/latency/properties/stop-error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["stop-error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["stop-error-rate"],data:data214};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
else {
errors = _errs640;
if(vErrors !== null){
if(_errs640){
vErrors.length = _errs640;
}
else {
vErrors = null;
}
}
}
}
if(data204.p95 !== undefined){
let data215 = data204.p95;
const _errs648 = errors;
let valid190 = false;
const _errs649 = errors;
if((typeof data215 == "number") && (isFinite(data215))){
if(data215 > 604800000 || isNaN(data215)){
const err513 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data215};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
if(data215 < 0 || isNaN(data215)){
const err514 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data215};
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
const err515 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data215};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
var _valid24 = _errs649 === errors;
valid190 = valid190 || _valid24;
if(!valid190){
const _errs651 = errors;
if(typeof data215 === "string"){
if(!pattern15.test(data215)){
const err516 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data215};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data215)))){
const err517 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data215};
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
const err518 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data215};
if(vErrors === null){
vErrors = [err518];
}
else {
vErrors.push(err518);
}
errors++;
}
var _valid24 = _errs651 === errors;
valid190 = valid190 || _valid24;
}
if(!valid190){
const err519 = {instancePath:instancePath+"/latency/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data215};
if(vErrors === null){
vErrors = [err519];
}
else {
vErrors.push(err519);
}
errors++;
}
else {
errors = _errs648;
if(vErrors !== null){
if(_errs648){
vErrors.length = _errs648;
}
else {
vErrors = null;
}
}
}
}
if(data204.p99 !== undefined){
let data216 = data204.p99;
const _errs656 = errors;
let valid193 = false;
const _errs657 = errors;
if((typeof data216 == "number") && (isFinite(data216))){
if(data216 > 604800000 || isNaN(data216)){
const err520 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data216};
if(vErrors === null){
vErrors = [err520];
}
else {
vErrors.push(err520);
}
errors++;
}
if(data216 < 0 || isNaN(data216)){
const err521 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data216};
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
const err522 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data216};
if(vErrors === null){
vErrors = [err522];
}
else {
vErrors.push(err522);
}
errors++;
}
var _valid25 = _errs657 === errors;
valid193 = valid193 || _valid25;
if(!valid193){
const _errs659 = errors;
if(typeof data216 === "string"){
if(!pattern15.test(data216)){
const err523 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err523];
}
else {
vErrors.push(err523);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data216)))){
const err524 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err524];
}
else {
vErrors.push(err524);
}
errors++;
}
}
else {
const err525 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data216};
if(vErrors === null){
vErrors = [err525];
}
else {
vErrors.push(err525);
}
errors++;
}
var _valid25 = _errs659 === errors;
valid193 = valid193 || _valid25;
}
if(!valid193){
const err526 = {instancePath:instancePath+"/latency/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data216};
if(vErrors === null){
vErrors = [err526];
}
else {
vErrors.push(err526);
}
errors++;
}
else {
errors = _errs656;
if(vErrors !== null){
if(_errs656){
vErrors.length = _errs656;
}
else {
vErrors = null;
}
}
}
}
if(data204.max !== undefined){
let data217 = data204.max;
const _errs664 = errors;
let valid196 = false;
const _errs665 = errors;
if((typeof data217 == "number") && (isFinite(data217))){
if(data217 > 604800000 || isNaN(data217)){
const err527 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err527];
}
else {
vErrors.push(err527);
}
errors++;
}
if(data217 < 0 || isNaN(data217)){
const err528 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err528];
}
else {
vErrors.push(err528);
}
errors++;
}
}
else {
const err529 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data217};
if(vErrors === null){
vErrors = [err529];
}
else {
vErrors.push(err529);
}
errors++;
}
var _valid26 = _errs665 === errors;
valid196 = valid196 || _valid26;
if(!valid196){
const _errs667 = errors;
if(typeof data217 === "string"){
if(!pattern15.test(data217)){
const err530 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err530];
}
else {
vErrors.push(err530);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data217)))){
const err531 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err531];
}
else {
vErrors.push(err531);
}
errors++;
}
}
else {
const err532 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data217};
if(vErrors === null){
vErrors = [err532];
}
else {
vErrors.push(err532);
}
errors++;
}
var _valid26 = _errs667 === errors;
valid196 = valid196 || _valid26;
}
if(!valid196){
const err533 = {instancePath:instancePath+"/latency/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data217};
if(vErrors === null){
vErrors = [err533];
}
else {
vErrors.push(err533);
}
errors++;
}
else {
errors = _errs664;
if(vErrors !== null){
if(_errs664){
vErrors.length = _errs664;
}
else {
vErrors = null;
}
}
}
}
if(data204["error-rate"] !== undefined){
let data218 = data204["error-rate"];
const _errs670 = errors;
let valid197 = false;
const _errs671 = errors;
if((typeof data218 == "number") && (isFinite(data218))){
if(data218 > 1 || isNaN(data218)){
const err534 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err534];
}
else {
vErrors.push(err534);
}
errors++;
}
if(data218 < 0 || isNaN(data218)){
const err535 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err535];
}
else {
vErrors.push(err535);
}
errors++;
}
}
else {
const err536 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[0],data:data218};
if(vErrors === null){
vErrors = [err536];
}
else {
vErrors.push(err536);
}
errors++;
}
var _valid27 = _errs671 === errors;
valid197 = valid197 || _valid27;
if(!valid197){
const _errs673 = errors;
if(typeof data218 === "string"){
if(!pattern50.test(data218)){
const err537 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data218};
if(vErrors === null){
vErrors = [err537];
}
else {
vErrors.push(err537);
}
errors++;
}
}
else {
const err538 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties["error-rate"].anyOf[1],data:data218};
if(vErrors === null){
vErrors = [err538];
}
else {
vErrors.push(err538);
}
errors++;
}
var _valid27 = _errs673 === errors;
valid197 = valid197 || _valid27;
}
if(!valid197){
const err539 = {instancePath:instancePath+"/latency/error-rate",schemaPath:"#/properties/latency/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties["error-rate"],data:data218};
if(vErrors === null){
vErrors = [err539];
}
else {
vErrors.push(err539);
}
errors++;
}
else {
errors = _errs670;
if(vErrors !== null){
if(_errs670){
vErrors.length = _errs670;
}
else {
vErrors = null;
}
}
}
}
if(data204.window !== undefined){
let data219 = data204.window;
const _errs678 = errors;
let valid200 = false;
const _errs679 = errors;
if((typeof data219 == "number") && (isFinite(data219))){
if(data219 > 604800000 || isNaN(data219)){
const err540 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err540];
}
else {
vErrors.push(err540);
}
errors++;
}
if(data219 < 0 || isNaN(data219)){
const err541 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err541];
}
else {
vErrors.push(err541);
}
errors++;
}
}
else {
const err542 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data219};
if(vErrors === null){
vErrors = [err542];
}
else {
vErrors.push(err542);
}
errors++;
}
var _valid28 = _errs679 === errors;
valid200 = valid200 || _valid28;
if(!valid200){
const _errs681 = errors;
if(typeof data219 === "string"){
if(!pattern15.test(data219)){
const err543 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err543];
}
else {
vErrors.push(err543);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data219)))){
const err544 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err544];
}
else {
vErrors.push(err544);
}
errors++;
}
}
else {
const err545 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data219};
if(vErrors === null){
vErrors = [err545];
}
else {
vErrors.push(err545);
}
errors++;
}
var _valid28 = _errs681 === errors;
valid200 = valid200 || _valid28;
}
if(!valid200){
const err546 = {instancePath:instancePath+"/latency/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data219};
if(vErrors === null){
vErrors = [err546];
}
else {
vErrors.push(err546);
}
errors++;
}
else {
errors = _errs678;
if(vErrors !== null){
if(_errs678){
vErrors.length = _errs678;
}
else {
vErrors = null;
}
}
}
}
if(data204.baseline !== undefined){
let data220 = data204.baseline;
if(typeof data220 !== "string"){
const err547 = {instancePath:instancePath+"/latency/baseline",schemaPath:"#/properties/latency/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.baseline.type,parentSchema:schema11.properties.latency.properties.baseline,data:data220};
if(vErrors === null){
vErrors = [err547];
}
else {
vErrors.push(err547);
}
errors++;
}
}
if(data204.regression !== undefined){
let data221 = data204.regression;
if(data221 && typeof data221 == "object" && !Array.isArray(data221)){
for(const key61 in data221){
if(!((key61 === "relative") || (key61 === "absolute"))){
const err548 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key61},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.regression,data:data221};
if(vErrors === null){
vErrors = [err548];
}
else {
vErrors.push(err548);
}
errors++;
}
}
if(data221.relative !== undefined){
let data222 = data221.relative;
const _errs689 = errors;
let valid202 = false;
const _errs690 = errors;
if((typeof data222 == "number") && (isFinite(data222))){
if(data222 > 1 || isNaN(data222)){
const err549 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err549];
}
else {
vErrors.push(err549);
}
errors++;
}
if(data222 < 0 || isNaN(data222)){
const err550 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err550];
}
else {
vErrors.push(err550);
}
errors++;
}
}
else {
const err551 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[0],data:data222};
if(vErrors === null){
vErrors = [err551];
}
else {
vErrors.push(err551);
}
errors++;
}
var _valid29 = _errs690 === errors;
valid202 = valid202 || _valid29;
if(!valid202){
const _errs692 = errors;
if(typeof data222 === "string"){
if(!pattern50.test(data222)){
const err552 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err552];
}
else {
vErrors.push(err552);
}
errors++;
}
}
else {
const err553 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1].type,parentSchema:schema11.properties.latency.properties.regression.properties.relative.anyOf[1],data:data222};
if(vErrors === null){
vErrors = [err553];
}
else {
vErrors.push(err553);
}
errors++;
}
var _valid29 = _errs692 === errors;
valid202 = valid202 || _valid29;
}
if(!valid202){
const err554 = {instancePath:instancePath+"/latency/regression/relative",schemaPath:"#/properties/latency/properties/regression/properties/relative/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.regression.properties.relative.anyOf,parentSchema:schema11.properties.latency.properties.regression.properties.relative,data:data222};
if(vErrors === null){
vErrors = [err554];
}
else {
vErrors.push(err554);
}
errors++;
}
else {
errors = _errs689;
if(vErrors !== null){
if(_errs689){
vErrors.length = _errs689;
}
else {
vErrors = null;
}
}
}
}
if(data221.absolute !== undefined){
let data223 = data221.absolute;
const _errs697 = errors;
let valid205 = false;
const _errs698 = errors;
if((typeof data223 == "number") && (isFinite(data223))){
if(data223 > 604800000 || isNaN(data223)){
const err555 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err555];
}
else {
vErrors.push(err555);
}
errors++;
}
if(data223 < 0 || isNaN(data223)){
const err556 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err556];
}
else {
vErrors.push(err556);
}
errors++;
}
}
else {
const err557 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data223};
if(vErrors === null){
vErrors = [err557];
}
else {
vErrors.push(err557);
}
errors++;
}
var _valid30 = _errs698 === errors;
valid205 = valid205 || _valid30;
if(!valid205){
const _errs700 = errors;
if(typeof data223 === "string"){
if(!pattern15.test(data223)){
const err558 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err558];
}
else {
vErrors.push(err558);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data223)))){
const err559 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data223};
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
const err560 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data223};
if(vErrors === null){
vErrors = [err560];
}
else {
vErrors.push(err560);
}
errors++;
}
var _valid30 = _errs700 === errors;
valid205 = valid205 || _valid30;
}
if(!valid205){
const err561 = {instancePath:instancePath+"/latency/regression/absolute",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data223};
if(vErrors === null){
vErrors = [err561];
}
else {
vErrors.push(err561);
}
errors++;
}
else {
errors = _errs697;
if(vErrors !== null){
if(_errs697){
vErrors.length = _errs697;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err562 = {instancePath:instancePath+"/latency/regression",schemaPath:"#/properties/latency/properties/regression/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.regression.type,parentSchema:schema11.properties.latency.properties.regression,data:data221};
if(vErrors === null){
vErrors = [err562];
}
else {
vErrors.push(err562);
}
errors++;
}
}
if(data204["ca-file"] !== undefined){
let data224 = data204["ca-file"];
if(typeof data224 !== "string"){
const err563 = {instancePath:instancePath+"/latency/ca-file",schemaPath:"#/properties/latency/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties["ca-file"].type,parentSchema:schema11.properties.latency.properties["ca-file"],data:data224};
if(vErrors === null){
vErrors = [err563];
}
else {
vErrors.push(err563);
}
errors++;
}
}
if(data204.endpoints !== undefined){
let data225 = data204.endpoints;
if(Array.isArray(data225)){
if(data225.length < 1){
const err564 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.latency.properties.endpoints,data:data225};
if(vErrors === null){
vErrors = [err564];
}
else {
vErrors.push(err564);
}
errors++;
}
const len25 = data225.length;
for(let i25=0; i25<len25; i25++){
let data226 = data225[i25];
if(data226 && typeof data226 == "object" && !Array.isArray(data226)){
if(data226.request === undefined){
const err565 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.latency.properties.endpoints.items.required,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
if(vErrors === null){
vErrors = [err565];
}
else {
vErrors.push(err565);
}
errors++;
}
for(const key62 in data226){
if(!(func2.call(schema11.properties.latency.properties.endpoints.items.properties, key62))){
const err566 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key62},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
if(vErrors === null){
vErrors = [err566];
}
else {
vErrors.push(err566);
}
errors++;
}
}
if(data226.name !== undefined){
let data227 = data226.name;
if(typeof data227 !== "string"){
const err567 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/name",schemaPath:"#/properties/latency/properties/endpoints/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.name.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.name,data:data227};
if(vErrors === null){
vErrors = [err567];
}
else {
vErrors.push(err567);
}
errors++;
}
}
if(data226.request !== undefined){
let data228 = data226.request;
if(typeof data228 === "string"){
if(!pattern3.test(data228)){
const err568 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data228};
if(vErrors === null){
vErrors = [err568];
}
else {
vErrors.push(err568);
}
errors++;
}
}
else {
const err569 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data228};
if(vErrors === null){
vErrors = [err569];
}
else {
vErrors.push(err569);
}
errors++;
}
}
if(data226.session !== undefined){
let data229 = data226.session;
if(typeof data229 !== "string"){
const err570 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/session",schemaPath:"#/properties/latency/properties/endpoints/items/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties.session.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.session,data:data229};
if(vErrors === null){
vErrors = [err570];
}
else {
vErrors.push(err570);
}
errors++;
}
}
if(data226.anonymous !== undefined){
let data230 = data226.anonymous;
if(typeof data230 !== "boolean"){
const err571 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/anonymous",schemaPath:"#/properties/latency/properties/endpoints/items/properties/anonymous/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.latency.properties.endpoints.items.properties.anonymous.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.anonymous,data:data230};
if(vErrors === null){
vErrors = [err571];
}
else {
vErrors.push(err571);
}
errors++;
}
}
if(data226.headers !== undefined){
let data231 = data226.headers;
if(data231 && typeof data231 == "object" && !Array.isArray(data231)){
for(const key63 in data231){
let data232 = data231[key63];
if(((typeof data232 !== "string") && (!((typeof data232 == "number") && (isFinite(data232))))) && (typeof data232 !== "boolean")){
const err572 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: schema13.additionalProperties.type},message:"must be string,number,boolean",schema:schema13.additionalProperties.type,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err572];
}
else {
vErrors.push(err572);
}
errors++;
}
if((typeof data232 == "number") && (isFinite(data232))){
if(data232 > 9007199254740991 || isNaN(data232)){
const err573 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err573];
}
else {
vErrors.push(err573);
}
errors++;
}
if(data232 < -9007199254740991 || isNaN(data232)){
const err574 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers/" + key63.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -9007199254740991},message:"must be >= -9007199254740991",schema:-9007199254740991,parentSchema:schema13.additionalProperties,data:data232};
if(vErrors === null){
vErrors = [err574];
}
else {
vErrors.push(err574);
}
errors++;
}
}
}
}
else {
const err575 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/headers",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data231};
if(vErrors === null){
vErrors = [err575];
}
else {
vErrors.push(err575);
}
errors++;
}
}
if(data226.weight !== undefined){
let data233 = data226.weight;
if((typeof data233 == "number") && (isFinite(data233))){
if(data233 > 1000000 || isNaN(data233)){
const err576 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err576];
}
else {
vErrors.push(err576);
}
errors++;
}
if(data233 <= 0 || isNaN(data233)){
const err577 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err577];
}
else {
vErrors.push(err577);
}
errors++;
}
}
else {
const err578 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/weight",schemaPath:"#/properties/latency/properties/endpoints/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.weight.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.weight,data:data233};
if(vErrors === null){
vErrors = [err578];
}
else {
vErrors.push(err578);
}
errors++;
}
}
if(data226.rate !== undefined){
let data234 = data226.rate;
if((typeof data234 == "number") && (isFinite(data234))){
if(data234 > 1000000 || isNaN(data234)){
const err579 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000",schema:1000000,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err579];
}
else {
vErrors.push(err579);
}
errors++;
}
if(data234 <= 0 || isNaN(data234)){
const err580 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err580];
}
else {
vErrors.push(err580);
}
errors++;
}
}
else {
const err581 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties.rate.type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties.rate,data:data234};
if(vErrors === null){
vErrors = [err581];
}
else {
vErrors.push(err581);
}
errors++;
}
}
if(data226.p95 !== undefined){
let data235 = data226.p95;
const _errs731 = errors;
let valid214 = false;
const _errs732 = errors;
if((typeof data235 == "number") && (isFinite(data235))){
if(data235 > 604800000 || isNaN(data235)){
const err582 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err582];
}
else {
vErrors.push(err582);
}
errors++;
}
if(data235 < 0 || isNaN(data235)){
const err583 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err583];
}
else {
vErrors.push(err583);
}
errors++;
}
}
else {
const err584 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data235};
if(vErrors === null){
vErrors = [err584];
}
else {
vErrors.push(err584);
}
errors++;
}
var _valid31 = _errs732 === errors;
valid214 = valid214 || _valid31;
if(!valid214){
const _errs734 = errors;
if(typeof data235 === "string"){
if(!pattern15.test(data235)){
const err585 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data235};
if(vErrors === null){
vErrors = [err585];
}
else {
vErrors.push(err585);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data235)))){
const err586 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data235};
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
const err587 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data235};
if(vErrors === null){
vErrors = [err587];
}
else {
vErrors.push(err587);
}
errors++;
}
var _valid31 = _errs734 === errors;
valid214 = valid214 || _valid31;
}
if(!valid214){
const err588 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data235};
if(vErrors === null){
vErrors = [err588];
}
else {
vErrors.push(err588);
}
errors++;
}
else {
errors = _errs731;
if(vErrors !== null){
if(_errs731){
vErrors.length = _errs731;
}
else {
vErrors = null;
}
}
}
}
if(data226.p99 !== undefined){
let data236 = data226.p99;
const _errs739 = errors;
let valid217 = false;
const _errs740 = errors;
if((typeof data236 == "number") && (isFinite(data236))){
if(data236 > 604800000 || isNaN(data236)){
const err589 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err589];
}
else {
vErrors.push(err589);
}
errors++;
}
if(data236 < 0 || isNaN(data236)){
const err590 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err590];
}
else {
vErrors.push(err590);
}
errors++;
}
}
else {
const err591 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data236};
if(vErrors === null){
vErrors = [err591];
}
else {
vErrors.push(err591);
}
errors++;
}
var _valid32 = _errs740 === errors;
valid217 = valid217 || _valid32;
if(!valid217){
const _errs742 = errors;
if(typeof data236 === "string"){
if(!pattern15.test(data236)){
const err592 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err592];
}
else {
vErrors.push(err592);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data236)))){
const err593 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err593];
}
else {
vErrors.push(err593);
}
errors++;
}
}
else {
const err594 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data236};
if(vErrors === null){
vErrors = [err594];
}
else {
vErrors.push(err594);
}
errors++;
}
var _valid32 = _errs742 === errors;
valid217 = valid217 || _valid32;
}
if(!valid217){
const err595 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/p99",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data236};
if(vErrors === null){
vErrors = [err595];
}
else {
vErrors.push(err595);
}
errors++;
}
else {
errors = _errs739;
if(vErrors !== null){
if(_errs739){
vErrors.length = _errs739;
}
else {
vErrors = null;
}
}
}
}
if(data226.max !== undefined){
let data237 = data226.max;
const _errs747 = errors;
let valid220 = false;
const _errs748 = errors;
if((typeof data237 == "number") && (isFinite(data237))){
if(data237 > 604800000 || isNaN(data237)){
const err596 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err596];
}
else {
vErrors.push(err596);
}
errors++;
}
if(data237 < 0 || isNaN(data237)){
const err597 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err597];
}
else {
vErrors.push(err597);
}
errors++;
}
}
else {
const err598 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data237};
if(vErrors === null){
vErrors = [err598];
}
else {
vErrors.push(err598);
}
errors++;
}
var _valid33 = _errs748 === errors;
valid220 = valid220 || _valid33;
if(!valid220){
const _errs750 = errors;
if(typeof data237 === "string"){
if(!pattern15.test(data237)){
const err599 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err599];
}
else {
vErrors.push(err599);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data237)))){
const err600 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err600];
}
else {
vErrors.push(err600);
}
errors++;
}
}
else {
const err601 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data237};
if(vErrors === null){
vErrors = [err601];
}
else {
vErrors.push(err601);
}
errors++;
}
var _valid33 = _errs750 === errors;
valid220 = valid220 || _valid33;
}
if(!valid220){
const err602 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/max",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data237};
if(vErrors === null){
vErrors = [err602];
}
else {
vErrors.push(err602);
}
errors++;
}
else {
errors = _errs747;
if(vErrors !== null){
if(_errs747){
vErrors.length = _errs747;
}
else {
vErrors = null;
}
}
}
}
if(data226["error-rate"] !== undefined){
let data238 = data226["error-rate"];
const _errs753 = errors;
let valid221 = false;
const _errs754 = errors;
if((typeof data238 == "number") && (isFinite(data238))){
if(data238 > 1 || isNaN(data238)){
const err603 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err603];
}
else {
vErrors.push(err603);
}
errors++;
}
if(data238 < 0 || isNaN(data238)){
const err604 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err604];
}
else {
vErrors.push(err604);
}
errors++;
}
}
else {
const err605 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[0],data:data238};
if(vErrors === null){
vErrors = [err605];
}
else {
vErrors.push(err605);
}
errors++;
}
var _valid34 = _errs754 === errors;
valid221 = valid221 || _valid34;
if(!valid221){
const _errs756 = errors;
if(typeof data238 === "string"){
if(!pattern50.test(data238)){
const err606 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data238};
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
const err607 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1].type,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf[1],data:data238};
if(vErrors === null){
vErrors = [err607];
}
else {
vErrors.push(err607);
}
errors++;
}
var _valid34 = _errs756 === errors;
valid221 = valid221 || _valid34;
}
if(!valid221){
const err608 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/error-rate",schemaPath:"#/properties/latency/properties/endpoints/items/properties/error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"].anyOf,parentSchema:schema11.properties.latency.properties.endpoints.items.properties["error-rate"],data:data238};
if(vErrors === null){
vErrors = [err608];
}
else {
vErrors.push(err608);
}
errors++;
}
else {
errors = _errs753;
if(vErrors !== null){
if(_errs753){
vErrors.length = _errs753;
}
else {
vErrors = null;
}
}
}
}
if(data226.window !== undefined){
let data239 = data226.window;
const _errs761 = errors;
let valid224 = false;
const _errs762 = errors;
if((typeof data239 == "number") && (isFinite(data239))){
if(data239 > 604800000 || isNaN(data239)){
const err609 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err609];
}
else {
vErrors.push(err609);
}
errors++;
}
if(data239 < 0 || isNaN(data239)){
const err610 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err610];
}
else {
vErrors.push(err610);
}
errors++;
}
}
else {
const err611 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data239};
if(vErrors === null){
vErrors = [err611];
}
else {
vErrors.push(err611);
}
errors++;
}
var _valid35 = _errs762 === errors;
valid224 = valid224 || _valid35;
if(!valid224){
const _errs764 = errors;
if(typeof data239 === "string"){
if(!pattern15.test(data239)){
const err612 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err612];
}
else {
vErrors.push(err612);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data239)))){
const err613 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err613];
}
else {
vErrors.push(err613);
}
errors++;
}
}
else {
const err614 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data239};
if(vErrors === null){
vErrors = [err614];
}
else {
vErrors.push(err614);
}
errors++;
}
var _valid35 = _errs764 === errors;
valid224 = valid224 || _valid35;
}
if(!valid224){
const err615 = {instancePath:instancePath+"/latency/endpoints/" + i25+"/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data239};
if(vErrors === null){
vErrors = [err615];
}
else {
vErrors.push(err615);
}
errors++;
}
else {
errors = _errs761;
if(vErrors !== null){
if(_errs761){
vErrors.length = _errs761;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err616 = {instancePath:instancePath+"/latency/endpoints/" + i25,schemaPath:"#/properties/latency/properties/endpoints/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.properties.endpoints.items.type,parentSchema:schema11.properties.latency.properties.endpoints.items,data:data226};
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
const err617 = {instancePath:instancePath+"/latency/endpoints",schemaPath:"#/properties/latency/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.latency.properties.endpoints.type,parentSchema:schema11.properties.latency.properties.endpoints,data:data225};
if(vErrors === null){
vErrors = [err617];
}
else {
vErrors.push(err617);
}
errors++;
}
}
if(data204.rules !== undefined){
let data240 = data204.rules;
if(data240 && typeof data240 == "object" && !Array.isArray(data240)){
for(const key64 in data240){
let data241 = data240[key64];
if(!((((data241 === "error") || (data241 === "warning")) || (data241 === "notice")) || (data241 === "off"))){
const err618 = {instancePath:instancePath+"/latency/rules/" + key64.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data241};
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
const err619 = {instancePath:instancePath+"/latency/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data240};
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
const err620 = {instancePath:instancePath+"/latency",schemaPath:"#/properties/latency/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.latency.type,parentSchema:schema11.properties.latency,data:data204};
if(vErrors === null){
vErrors = [err620];
}
else {
vErrors.push(err620);
}
errors++;
}
};
section();}
if(data.domain !== undefined){const section = () => {
let data242 = data.domain;
if(data242 && typeof data242 == "object" && !Array.isArray(data242)){
for(const key65 in data242){
if(!(func2.call(schema11.properties.domain.properties, key65))){
const err621 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key65},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain,data:data242};
if(vErrors === null){
vErrors = [err621];
}
else {
vErrors.push(err621);
}
errors++;
}
}
if(data242.on !== undefined){
let data243 = data242.on;
if(Array.isArray(data243)){
if(data243.length < 1){
const err622 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.on,data:data243};
if(vErrors === null){
vErrors = [err622];
}
else {
vErrors.push(err622);
}
errors++;
}
const len26 = data243.length;
for(let i26=0; i26<len26; i26++){
let data244 = data243[i26];
if(typeof data244 === "string"){
if(!pattern25.test(data244)){
const err623 = {instancePath:instancePath+"/domain/on/" + i26,schemaPath:"#/properties/domain/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.domain.properties.on.items,data:data244};
if(vErrors === null){
vErrors = [err623];
}
else {
vErrors.push(err623);
}
errors++;
}
}
else {
const err624 = {instancePath:instancePath+"/domain/on/" + i26,schemaPath:"#/properties/domain/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.on.items.type,parentSchema:schema11.properties.domain.properties.on.items,data:data244};
if(vErrors === null){
vErrors = [err624];
}
else {
vErrors.push(err624);
}
errors++;
}
}
}
else {
const err625 = {instancePath:instancePath+"/domain/on",schemaPath:"#/properties/domain/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.on.type,parentSchema:schema11.properties.domain.properties.on,data:data243};
if(vErrors === null){
vErrors = [err625];
}
else {
vErrors.push(err625);
}
errors++;
}
}
if(data242.environment !== undefined){
let data245 = data242.environment;
if(typeof data245 !== "string"){
const err626 = {instancePath:instancePath+"/domain/environment",schemaPath:"#/properties/domain/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.environment.type,parentSchema:schema11.properties.domain.properties.environment,data:data245};
if(vErrors === null){
vErrors = [err626];
}
else {
vErrors.push(err626);
}
errors++;
}
}
if(data242.resolver !== undefined){
let data246 = data242.resolver;
if(typeof data246 === "string"){
if(!pattern65.test(data246)){
const err627 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolver,data:data246};
if(vErrors === null){
vErrors = [err627];
}
else {
vErrors.push(err627);
}
errors++;
}
}
else {
const err628 = {instancePath:instancePath+"/domain/resolver",schemaPath:"#/properties/domain/properties/resolver/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolver.type,parentSchema:schema11.properties.domain.properties.resolver,data:data246};
if(vErrors === null){
vErrors = [err628];
}
else {
vErrors.push(err628);
}
errors++;
}
}
if(data242.resolvers !== undefined){
let data247 = data242.resolvers;
if(Array.isArray(data247)){
if(data247.length < 1){
const err629 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.resolvers,data:data247};
if(vErrors === null){
vErrors = [err629];
}
else {
vErrors.push(err629);
}
errors++;
}
const len27 = data247.length;
for(let i27=0; i27<len27; i27++){
let data248 = data247[i27];
if(typeof data248 === "string"){
if(!pattern65.test(data248)){
const err630 = {instancePath:instancePath+"/domain/resolvers/" + i27,schemaPath:"#/properties/domain/properties/resolvers/items/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.resolvers.items,data:data248};
if(vErrors === null){
vErrors = [err630];
}
else {
vErrors.push(err630);
}
errors++;
}
}
else {
const err631 = {instancePath:instancePath+"/domain/resolvers/" + i27,schemaPath:"#/properties/domain/properties/resolvers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.resolvers.items.type,parentSchema:schema11.properties.domain.properties.resolvers.items,data:data248};
if(vErrors === null){
vErrors = [err631];
}
else {
vErrors.push(err631);
}
errors++;
}
}
}
else {
const err632 = {instancePath:instancePath+"/domain/resolvers",schemaPath:"#/properties/domain/properties/resolvers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.resolvers.type,parentSchema:schema11.properties.domain.properties.resolvers,data:data247};
if(vErrors === null){
vErrors = [err632];
}
else {
vErrors.push(err632);
}
errors++;
}
}
if(data242.ca !== undefined){
let data249 = data242.ca;
if(typeof data249 === "string"){
if(func3(data249) < 1){
const err633 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.ca,data:data249};
if(vErrors === null){
vErrors = [err633];
}
else {
vErrors.push(err633);
}
errors++;
}
}
else {
const err634 = {instancePath:instancePath+"/domain/ca",schemaPath:"#/properties/domain/properties/ca/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.ca.type,parentSchema:schema11.properties.domain.properties.ca,data:data249};
if(vErrors === null){
vErrors = [err634];
}
else {
vErrors.push(err634);
}
errors++;
}
}
if(data242.timeout !== undefined){
let data250 = data242.timeout;
const _errs791 = errors;
let valid234 = false;
const _errs792 = errors;
if((typeof data250 == "number") && (isFinite(data250))){
if(data250 > 604800000 || isNaN(data250)){
const err635 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err635];
}
else {
vErrors.push(err635);
}
errors++;
}
if(data250 < 0 || isNaN(data250)){
const err636 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err636];
}
else {
vErrors.push(err636);
}
errors++;
}
}
else {
const err637 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data250};
if(vErrors === null){
vErrors = [err637];
}
else {
vErrors.push(err637);
}
errors++;
}
var _valid36 = _errs792 === errors;
valid234 = valid234 || _valid36;
if(!valid234){
const _errs794 = errors;
if(typeof data250 === "string"){
if(!pattern15.test(data250)){
const err638 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err638];
}
else {
vErrors.push(err638);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data250)))){
const err639 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err639];
}
else {
vErrors.push(err639);
}
errors++;
}
}
else {
const err640 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data250};
if(vErrors === null){
vErrors = [err640];
}
else {
vErrors.push(err640);
}
errors++;
}
var _valid36 = _errs794 === errors;
valid234 = valid234 || _valid36;
}
if(!valid234){
const err641 = {instancePath:instancePath+"/domain/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data250};
if(vErrors === null){
vErrors = [err641];
}
else {
vErrors.push(err641);
}
errors++;
}
else {
errors = _errs791;
if(vErrors !== null){
if(_errs791){
vErrors.length = _errs791;
}
else {
vErrors = null;
}
}
}
}
if(data242["allow-dmarc-none"] !== undefined){
let data251 = data242["allow-dmarc-none"];
if(typeof data251 !== "boolean"){
const err642 = {instancePath:instancePath+"/domain/allow-dmarc-none",schemaPath:"#/properties/domain/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties["allow-dmarc-none"],data:data251};
if(vErrors === null){
vErrors = [err642];
}
else {
vErrors.push(err642);
}
errors++;
}
}
if(data242.dns !== undefined){
let data252 = data242.dns;
if(Array.isArray(data252)){
const len28 = data252.length;
for(let i28=0; i28<len28; i28++){
let data253 = data252[i28];
const _errs802 = errors;
let valid237 = false;
const _errs803 = errors;
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.value === undefined){
const err643 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[0].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data253};
if(vErrors === null){
vErrors = [err643];
}
else {
vErrors.push(err643);
}
errors++;
}
}
else {
const err644 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[0],data:data253};
if(vErrors === null){
vErrors = [err644];
}
else {
vErrors.push(err644);
}
errors++;
}
var _valid37 = _errs803 === errors;
valid237 = valid237 || _valid37;
if(!valid237){
const _errs805 = errors;
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.values === undefined){
const err645 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'",schema:schema11.properties.domain.properties.dns.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data253};
if(vErrors === null){
vErrors = [err645];
}
else {
vErrors.push(err645);
}
errors++;
}
}
else {
const err646 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.dns.items.anyOf[1],data:data253};
if(vErrors === null){
vErrors = [err646];
}
else {
vErrors.push(err646);
}
errors++;
}
var _valid37 = _errs805 === errors;
valid237 = valid237 || _valid37;
}
if(!valid237){
const err647 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.dns.items.anyOf,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err647];
}
else {
vErrors.push(err647);
}
errors++;
}
else {
errors = _errs802;
if(vErrors !== null){
if(_errs802){
vErrors.length = _errs802;
}
else {
vErrors = null;
}
}
}
if(data253 && typeof data253 == "object" && !Array.isArray(data253)){
if(data253.name === undefined){
const err648 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err648];
}
else {
vErrors.push(err648);
}
errors++;
}
if(data253.type === undefined){
const err649 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema11.properties.domain.properties.dns.items.required,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err649];
}
else {
vErrors.push(err649);
}
errors++;
}
for(const key66 in data253){
if(!((((key66 === "name") || (key66 === "type")) || (key66 === "value")) || (key66 === "values"))){
const err650 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key66},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err650];
}
else {
vErrors.push(err650);
}
errors++;
}
}
if(data253.name !== undefined){
let data254 = data253.name;
if(typeof data254 === "string"){
if(func3(data254) < 1){
const err651 = {instancePath:instancePath+"/domain/dns/" + i28+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data254};
if(vErrors === null){
vErrors = [err651];
}
else {
vErrors.push(err651);
}
errors++;
}
}
else {
const err652 = {instancePath:instancePath+"/domain/dns/" + i28+"/name",schemaPath:"#/properties/domain/properties/dns/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.name.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.name,data:data254};
if(vErrors === null){
vErrors = [err652];
}
else {
vErrors.push(err652);
}
errors++;
}
}
if(data253.type !== undefined){
let data255 = data253.type;
if(!(((((((data255 === "A") || (data255 === "AAAA")) || (data255 === "CNAME")) || (data255 === "MX")) || (data255 === "TXT")) || (data255 === "NS")) || (data255 === "CAA"))){
const err653 = {instancePath:instancePath+"/domain/dns/" + i28+"/type",schemaPath:"#/properties/domain/properties/dns/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.dns.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.dns.items.properties.type.enum,parentSchema:schema11.properties.domain.properties.dns.items.properties.type,data:data255};
if(vErrors === null){
vErrors = [err653];
}
else {
vErrors.push(err653);
}
errors++;
}
}
if(data253.value !== undefined){
let data256 = data253.value;
if(typeof data256 === "string"){
if(func3(data256) < 1){
const err654 = {instancePath:instancePath+"/domain/dns/" + i28+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data256};
if(vErrors === null){
vErrors = [err654];
}
else {
vErrors.push(err654);
}
errors++;
}
}
else {
const err655 = {instancePath:instancePath+"/domain/dns/" + i28+"/value",schemaPath:"#/properties/domain/properties/dns/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.value.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.value,data:data256};
if(vErrors === null){
vErrors = [err655];
}
else {
vErrors.push(err655);
}
errors++;
}
}
if(data253.values !== undefined){
let data257 = data253.values;
if(Array.isArray(data257)){
if(data257.length < 1){
const err656 = {instancePath:instancePath+"/domain/dns/" + i28+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data257};
if(vErrors === null){
vErrors = [err656];
}
else {
vErrors.push(err656);
}
errors++;
}
const len29 = data257.length;
for(let i29=0; i29<len29; i29++){
let data258 = data257[i29];
if(typeof data258 === "string"){
if(func3(data258) < 1){
const err657 = {instancePath:instancePath+"/domain/dns/" + i28+"/values/" + i29,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data258};
if(vErrors === null){
vErrors = [err657];
}
else {
vErrors.push(err657);
}
errors++;
}
}
else {
const err658 = {instancePath:instancePath+"/domain/dns/" + i28+"/values/" + i29,schemaPath:"#/properties/domain/properties/dns/items/properties/values/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.dns.items.properties.values.items.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values.items,data:data258};
if(vErrors === null){
vErrors = [err658];
}
else {
vErrors.push(err658);
}
errors++;
}
}
}
else {
const err659 = {instancePath:instancePath+"/domain/dns/" + i28+"/values",schemaPath:"#/properties/domain/properties/dns/items/properties/values/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.items.properties.values.type,parentSchema:schema11.properties.domain.properties.dns.items.properties.values,data:data257};
if(vErrors === null){
vErrors = [err659];
}
else {
vErrors.push(err659);
}
errors++;
}
}
}
else {
const err660 = {instancePath:instancePath+"/domain/dns/" + i28,schemaPath:"#/properties/domain/properties/dns/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.dns.items.type,parentSchema:schema11.properties.domain.properties.dns.items,data:data253};
if(vErrors === null){
vErrors = [err660];
}
else {
vErrors.push(err660);
}
errors++;
}
}
}
else {
const err661 = {instancePath:instancePath+"/domain/dns",schemaPath:"#/properties/domain/properties/dns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.dns.type,parentSchema:schema11.properties.domain.properties.dns,data:data252};
if(vErrors === null){
vErrors = [err661];
}
else {
vErrors.push(err661);
}
errors++;
}
}
if(data242.email !== undefined){
let data259 = data242.email;
if(Array.isArray(data259)){
const len30 = data259.length;
for(let i30=0; i30<len30; i30++){
let data260 = data259[i30];
if(data260 && typeof data260 == "object" && !Array.isArray(data260)){
if(data260.domain === undefined){
const err662 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema11.properties.domain.properties.email.items.required,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err662];
}
else {
vErrors.push(err662);
}
errors++;
}
for(const key67 in data260){
if(!((((((key67 === "domain") || (key67 === "dkim")) || (key67 === "spf")) || (key67 === "dmarc")) || (key67 === "mx")) || (key67 === "allow-dmarc-none"))){
const err663 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key67},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err663];
}
else {
vErrors.push(err663);
}
errors++;
}
}
if(data260.domain !== undefined){
let data261 = data260.domain;
if(typeof data261 === "string"){
if(func3(data261) < 1){
const err664 = {instancePath:instancePath+"/domain/email/" + i30+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data261};
if(vErrors === null){
vErrors = [err664];
}
else {
vErrors.push(err664);
}
errors++;
}
}
else {
const err665 = {instancePath:instancePath+"/domain/email/" + i30+"/domain",schemaPath:"#/properties/domain/properties/email/items/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.domain.type,parentSchema:schema11.properties.domain.properties.email.items.properties.domain,data:data261};
if(vErrors === null){
vErrors = [err665];
}
else {
vErrors.push(err665);
}
errors++;
}
}
if(data260.dkim !== undefined){
let data262 = data260.dkim;
if(Array.isArray(data262)){
const len31 = data262.length;
for(let i31=0; i31<len31; i31++){
let data263 = data262[i31];
if(typeof data263 === "string"){
if(!pattern68.test(data263)){
const err666 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim/" + i31,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"+"\"",schema:"^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$",parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data263};
if(vErrors === null){
vErrors = [err666];
}
else {
vErrors.push(err666);
}
errors++;
}
}
else {
const err667 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim/" + i31,schemaPath:"#/properties/domain/properties/email/items/properties/dkim/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.email.items.properties.dkim.items.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim.items,data:data263};
if(vErrors === null){
vErrors = [err667];
}
else {
vErrors.push(err667);
}
errors++;
}
}
}
else {
const err668 = {instancePath:instancePath+"/domain/email/" + i30+"/dkim",schemaPath:"#/properties/domain/properties/email/items/properties/dkim/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.items.properties.dkim.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dkim,data:data262};
if(vErrors === null){
vErrors = [err668];
}
else {
vErrors.push(err668);
}
errors++;
}
}
if(data260.spf !== undefined){
let data264 = data260.spf;
if(typeof data264 !== "boolean"){
const err669 = {instancePath:instancePath+"/domain/email/" + i30+"/spf",schemaPath:"#/properties/domain/properties/email/items/properties/spf/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.spf.type,parentSchema:schema11.properties.domain.properties.email.items.properties.spf,data:data264};
if(vErrors === null){
vErrors = [err669];
}
else {
vErrors.push(err669);
}
errors++;
}
}
if(data260.dmarc !== undefined){
let data265 = data260.dmarc;
if(typeof data265 !== "boolean"){
const err670 = {instancePath:instancePath+"/domain/email/" + i30+"/dmarc",schemaPath:"#/properties/domain/properties/email/items/properties/dmarc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.dmarc.type,parentSchema:schema11.properties.domain.properties.email.items.properties.dmarc,data:data265};
if(vErrors === null){
vErrors = [err670];
}
else {
vErrors.push(err670);
}
errors++;
}
}
if(data260.mx !== undefined){
let data266 = data260.mx;
if(typeof data266 !== "boolean"){
const err671 = {instancePath:instancePath+"/domain/email/" + i30+"/mx",schemaPath:"#/properties/domain/properties/email/items/properties/mx/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties.mx.type,parentSchema:schema11.properties.domain.properties.email.items.properties.mx,data:data266};
if(vErrors === null){
vErrors = [err671];
}
else {
vErrors.push(err671);
}
errors++;
}
}
if(data260["allow-dmarc-none"] !== undefined){
let data267 = data260["allow-dmarc-none"];
if(typeof data267 !== "boolean"){
const err672 = {instancePath:instancePath+"/domain/email/" + i30+"/allow-dmarc-none",schemaPath:"#/properties/domain/properties/email/items/properties/allow-dmarc-none/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"].type,parentSchema:schema11.properties.domain.properties.email.items.properties["allow-dmarc-none"],data:data267};
if(vErrors === null){
vErrors = [err672];
}
else {
vErrors.push(err672);
}
errors++;
}
}
}
else {
const err673 = {instancePath:instancePath+"/domain/email/" + i30,schemaPath:"#/properties/domain/properties/email/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.email.items.type,parentSchema:schema11.properties.domain.properties.email.items,data:data260};
if(vErrors === null){
vErrors = [err673];
}
else {
vErrors.push(err673);
}
errors++;
}
}
}
else {
const err674 = {instancePath:instancePath+"/domain/email",schemaPath:"#/properties/domain/properties/email/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.email.type,parentSchema:schema11.properties.domain.properties.email,data:data259};
if(vErrors === null){
vErrors = [err674];
}
else {
vErrors.push(err674);
}
errors++;
}
}
if(data242.tls !== undefined){
let data268 = data242.tls;
if(Array.isArray(data268)){
const len32 = data268.length;
for(let i32=0; i32<len32; i32++){
let data269 = data268[i32];
if(data269 && typeof data269 == "object" && !Array.isArray(data269)){
if(data269.host === undefined){
const err675 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/required",keyword:"required",params:{missingProperty: "host"},message:"must have required property '"+"host"+"'",schema:schema11.properties.domain.properties.tls.items.required,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err675];
}
else {
vErrors.push(err675);
}
errors++;
}
for(const key68 in data269){
if(!((((key68 === "host") || (key68 === "port")) || (key68 === "min-days")) || (key68 === "warn-days"))){
const err676 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key68},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err676];
}
else {
vErrors.push(err676);
}
errors++;
}
}
if(data269.host !== undefined){
let data270 = data269.host;
if(typeof data270 === "string"){
if(!pattern69.test(data270)){
const err677 = {instancePath:instancePath+"/domain/tls/" + i32+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data270};
if(vErrors === null){
vErrors = [err677];
}
else {
vErrors.push(err677);
}
errors++;
}
}
else {
const err678 = {instancePath:instancePath+"/domain/tls/" + i32+"/host",schemaPath:"#/properties/domain/properties/tls/items/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.tls.items.properties.host.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.host,data:data270};
if(vErrors === null){
vErrors = [err678];
}
else {
vErrors.push(err678);
}
errors++;
}
}
if(data269.port !== undefined){
let data271 = data269.port;
if(!(((typeof data271 == "number") && (!(data271 % 1) && !isNaN(data271))) && (isFinite(data271)))){
const err679 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.tls.items.properties.port.type,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err679];
}
else {
vErrors.push(err679);
}
errors++;
}
if((typeof data271 == "number") && (isFinite(data271))){
if(data271 > 65535 || isNaN(data271)){
const err680 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err680];
}
else {
vErrors.push(err680);
}
errors++;
}
if(data271 < 1 || isNaN(data271)){
const err681 = {instancePath:instancePath+"/domain/tls/" + i32+"/port",schemaPath:"#/properties/domain/properties/tls/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.tls.items.properties.port,data:data271};
if(vErrors === null){
vErrors = [err681];
}
else {
vErrors.push(err681);
}
errors++;
}
}
}
if(data269["min-days"] !== undefined){
let data272 = data269["min-days"];
if((typeof data272 == "number") && (isFinite(data272))){
if(data272 > 3650 || isNaN(data272)){
const err682 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err682];
}
else {
vErrors.push(err682);
}
errors++;
}
if(data272 < 0 || isNaN(data272)){
const err683 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err683];
}
else {
vErrors.push(err683);
}
errors++;
}
}
else {
const err684 = {instancePath:instancePath+"/domain/tls/" + i32+"/min-days",schemaPath:"#/properties/domain/properties/tls/items/properties/min-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["min-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["min-days"],data:data272};
if(vErrors === null){
vErrors = [err684];
}
else {
vErrors.push(err684);
}
errors++;
}
}
if(data269["warn-days"] !== undefined){
let data273 = data269["warn-days"];
if((typeof data273 == "number") && (isFinite(data273))){
if(data273 > 3650 || isNaN(data273)){
const err685 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err685];
}
else {
vErrors.push(err685);
}
errors++;
}
if(data273 < 0 || isNaN(data273)){
const err686 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err686];
}
else {
vErrors.push(err686);
}
errors++;
}
}
else {
const err687 = {instancePath:instancePath+"/domain/tls/" + i32+"/warn-days",schemaPath:"#/properties/domain/properties/tls/items/properties/warn-days/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.domain.properties.tls.items.properties["warn-days"].type,parentSchema:schema11.properties.domain.properties.tls.items.properties["warn-days"],data:data273};
if(vErrors === null){
vErrors = [err687];
}
else {
vErrors.push(err687);
}
errors++;
}
}
}
else {
const err688 = {instancePath:instancePath+"/domain/tls/" + i32,schemaPath:"#/properties/domain/properties/tls/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.tls.items.type,parentSchema:schema11.properties.domain.properties.tls.items,data:data269};
if(vErrors === null){
vErrors = [err688];
}
else {
vErrors.push(err688);
}
errors++;
}
}
}
else {
const err689 = {instancePath:instancePath+"/domain/tls",schemaPath:"#/properties/domain/properties/tls/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.tls.type,parentSchema:schema11.properties.domain.properties.tls,data:data268};
if(vErrors === null){
vErrors = [err689];
}
else {
vErrors.push(err689);
}
errors++;
}
}
if(data242.hsts !== undefined){
let data274 = data242.hsts;
if(Array.isArray(data274)){
const len33 = data274.length;
for(let i33=0; i33<len33; i33++){
let data275 = data274[i33];
const _errs852 = errors;
let valid251 = false;
const _errs853 = errors;
if(typeof data275 === "string"){
if(!pattern70.test(data275)){
const err690 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data275};
if(vErrors === null){
vErrors = [err690];
}
else {
vErrors.push(err690);
}
errors++;
}
}
else {
const err691 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[0],data:data275};
if(vErrors === null){
vErrors = [err691];
}
else {
vErrors.push(err691);
}
errors++;
}
var _valid38 = _errs853 === errors;
valid251 = valid251 || _valid38;
if(!valid251){
const _errs855 = errors;
if(data275 && typeof data275 == "object" && !Array.isArray(data275)){
if(data275.url === undefined){
const err692 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err692];
}
else {
vErrors.push(err692);
}
errors++;
}
for(const key69 in data275){
if(!(((key69 === "url") || (key69 === "include-subdomains")) || (key69 === "preload"))){
const err693 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key69},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err693];
}
else {
vErrors.push(err693);
}
errors++;
}
}
if(data275.url !== undefined){
let data276 = data275.url;
if(typeof data276 === "string"){
if(!pattern70.test(data276)){
const err694 = {instancePath:instancePath+"/domain/hsts/" + i33+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data276};
if(vErrors === null){
vErrors = [err694];
}
else {
vErrors.push(err694);
}
errors++;
}
}
else {
const err695 = {instancePath:instancePath+"/domain/hsts/" + i33+"/url",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.url,data:data276};
if(vErrors === null){
vErrors = [err695];
}
else {
vErrors.push(err695);
}
errors++;
}
}
if(data275["include-subdomains"] !== undefined){
let data277 = data275["include-subdomains"];
if(typeof data277 !== "boolean"){
const err696 = {instancePath:instancePath+"/domain/hsts/" + i33+"/include-subdomains",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/include-subdomains/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties["include-subdomains"],data:data277};
if(vErrors === null){
vErrors = [err696];
}
else {
vErrors.push(err696);
}
errors++;
}
}
if(data275.preload !== undefined){
let data278 = data275.preload;
if(typeof data278 !== "boolean"){
const err697 = {instancePath:instancePath+"/domain/hsts/" + i33+"/preload",schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/properties/preload/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload.type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1].properties.preload,data:data278};
if(vErrors === null){
vErrors = [err697];
}
else {
vErrors.push(err697);
}
errors++;
}
}
}
else {
const err698 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hsts.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.hsts.items.anyOf[1],data:data275};
if(vErrors === null){
vErrors = [err698];
}
else {
vErrors.push(err698);
}
errors++;
}
var _valid38 = _errs855 === errors;
valid251 = valid251 || _valid38;
}
if(!valid251){
const err699 = {instancePath:instancePath+"/domain/hsts/" + i33,schemaPath:"#/properties/domain/properties/hsts/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.hsts.items.anyOf,parentSchema:schema11.properties.domain.properties.hsts.items,data:data275};
if(vErrors === null){
vErrors = [err699];
}
else {
vErrors.push(err699);
}
errors++;
}
else {
errors = _errs852;
if(vErrors !== null){
if(_errs852){
vErrors.length = _errs852;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err700 = {instancePath:instancePath+"/domain/hsts",schemaPath:"#/properties/domain/properties/hsts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hsts.type,parentSchema:schema11.properties.domain.properties.hsts,data:data274};
if(vErrors === null){
vErrors = [err700];
}
else {
vErrors.push(err700);
}
errors++;
}
}
if(data242.redirects !== undefined){
let data279 = data242.redirects;
if(Array.isArray(data279)){
const len34 = data279.length;
for(let i34=0; i34<len34; i34++){
let data280 = data279[i34];
if(data280 && typeof data280 == "object" && !Array.isArray(data280)){
if(data280.from === undefined){
const err701 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err701];
}
else {
vErrors.push(err701);
}
errors++;
}
if(data280.to === undefined){
const err702 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.domain.properties.redirects.items.required,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err702];
}
else {
vErrors.push(err702);
}
errors++;
}
for(const key70 in data280){
if(!((((key70 === "from") || (key70 === "to")) || (key70 === "status")) || (key70 === "max-hops"))){
const err703 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key70},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err703];
}
else {
vErrors.push(err703);
}
errors++;
}
}
if(data280.from !== undefined){
let data281 = data280.from;
if(typeof data281 === "string"){
if(!pattern70.test(data281)){
const err704 = {instancePath:instancePath+"/domain/redirects/" + i34+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data281};
if(vErrors === null){
vErrors = [err704];
}
else {
vErrors.push(err704);
}
errors++;
}
}
else {
const err705 = {instancePath:instancePath+"/domain/redirects/" + i34+"/from",schemaPath:"#/properties/domain/properties/redirects/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.from.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.from,data:data281};
if(vErrors === null){
vErrors = [err705];
}
else {
vErrors.push(err705);
}
errors++;
}
}
if(data280.to !== undefined){
let data282 = data280.to;
if(typeof data282 === "string"){
if(!pattern70.test(data282)){
const err706 = {instancePath:instancePath+"/domain/redirects/" + i34+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data282};
if(vErrors === null){
vErrors = [err706];
}
else {
vErrors.push(err706);
}
errors++;
}
}
else {
const err707 = {instancePath:instancePath+"/domain/redirects/" + i34+"/to",schemaPath:"#/properties/domain/properties/redirects/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.redirects.items.properties.to.type,parentSchema:schema11.properties.domain.properties.redirects.items.properties.to,data:data282};
if(vErrors === null){
vErrors = [err707];
}
else {
vErrors.push(err707);
}
errors++;
}
}
if(data280.status !== undefined){
let data283 = data280.status;
if(!(((((data283 === 301) || (data283 === 302)) || (data283 === 303)) || (data283 === 307)) || (data283 === 308))){
const err708 = {instancePath:instancePath+"/domain/redirects/" + i34+"/status",schemaPath:"#/properties/domain/properties/redirects/items/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.redirects.items.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.redirects.items.properties.status.enum,parentSchema:schema11.properties.domain.properties.redirects.items.properties.status,data:data283};
if(vErrors === null){
vErrors = [err708];
}
else {
vErrors.push(err708);
}
errors++;
}
}
if(data280["max-hops"] !== undefined){
let data284 = data280["max-hops"];
if(!(((typeof data284 == "number") && (!(data284 % 1) && !isNaN(data284))) && (isFinite(data284)))){
const err709 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.redirects.items.properties["max-hops"].type,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err709];
}
else {
vErrors.push(err709);
}
errors++;
}
if((typeof data284 == "number") && (isFinite(data284))){
if(data284 > 10 || isNaN(data284)){
const err710 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err710];
}
else {
vErrors.push(err710);
}
errors++;
}
if(data284 < 1 || isNaN(data284)){
const err711 = {instancePath:instancePath+"/domain/redirects/" + i34+"/max-hops",schemaPath:"#/properties/domain/properties/redirects/items/properties/max-hops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.redirects.items.properties["max-hops"],data:data284};
if(vErrors === null){
vErrors = [err711];
}
else {
vErrors.push(err711);
}
errors++;
}
}
}
}
else {
const err712 = {instancePath:instancePath+"/domain/redirects/" + i34,schemaPath:"#/properties/domain/properties/redirects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.redirects.items.type,parentSchema:schema11.properties.domain.properties.redirects.items,data:data280};
if(vErrors === null){
vErrors = [err712];
}
else {
vErrors.push(err712);
}
errors++;
}
}
}
else {
const err713 = {instancePath:instancePath+"/domain/redirects",schemaPath:"#/properties/domain/properties/redirects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.redirects.type,parentSchema:schema11.properties.domain.properties.redirects,data:data279};
if(vErrors === null){
vErrors = [err713];
}
else {
vErrors.push(err713);
}
errors++;
}
}
if(data242.headers !== undefined){
let data285 = data242.headers;
if(Array.isArray(data285)){
const len35 = data285.length;
for(let i35=0; i35<len35; i35++){
let data286 = data285[i35];
const _errs879 = errors;
let valid258 = false;
const _errs880 = errors;
if(typeof data286 === "string"){
if(!pattern70.test(data286)){
const err714 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data286};
if(vErrors === null){
vErrors = [err714];
}
else {
vErrors.push(err714);
}
errors++;
}
}
else {
const err715 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[0].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[0],data:data286};
if(vErrors === null){
vErrors = [err715];
}
else {
vErrors.push(err715);
}
errors++;
}
var _valid39 = _errs880 === errors;
valid258 = valid258 || _valid39;
if(!valid258){
const _errs882 = errors;
if(data286 && typeof data286 == "object" && !Array.isArray(data286)){
if(data286.url === undefined){
const err716 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema11.properties.domain.properties.headers.items.anyOf[1].required,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err716];
}
else {
vErrors.push(err716);
}
errors++;
}
for(const key71 in data286){
if(!((key71 === "url") || (key71 === "session"))){
const err717 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key71},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err717];
}
else {
vErrors.push(err717);
}
errors++;
}
}
if(data286.url !== undefined){
let data287 = data286.url;
if(typeof data287 === "string"){
if(!pattern70.test(data287)){
const err718 = {instancePath:instancePath+"/domain/headers/" + i35+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/pattern",keyword:"pattern",params:{pattern: "^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"},message:"must match pattern \""+"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$"+"\"",schema:"^(https?://[^\\s/?#]+(/\\S*)?|/\\S*)$",parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data287};
if(vErrors === null){
vErrors = [err718];
}
else {
vErrors.push(err718);
}
errors++;
}
}
else {
const err719 = {instancePath:instancePath+"/domain/headers/" + i35+"/url",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.url,data:data287};
if(vErrors === null){
vErrors = [err719];
}
else {
vErrors.push(err719);
}
errors++;
}
}
if(data286.session !== undefined){
let data288 = data286.session;
if(typeof data288 !== "string"){
const err720 = {instancePath:instancePath+"/domain/headers/" + i35+"/session",schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session.type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1].properties.session,data:data288};
if(vErrors === null){
vErrors = [err720];
}
else {
vErrors.push(err720);
}
errors++;
}
}
}
else {
const err721 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.headers.items.anyOf[1].type,parentSchema:schema11.properties.domain.properties.headers.items.anyOf[1],data:data286};
if(vErrors === null){
vErrors = [err721];
}
else {
vErrors.push(err721);
}
errors++;
}
var _valid39 = _errs882 === errors;
valid258 = valid258 || _valid39;
}
if(!valid258){
const err722 = {instancePath:instancePath+"/domain/headers/" + i35,schemaPath:"#/properties/domain/properties/headers/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.domain.properties.headers.items.anyOf,parentSchema:schema11.properties.domain.properties.headers.items,data:data286};
if(vErrors === null){
vErrors = [err722];
}
else {
vErrors.push(err722);
}
errors++;
}
else {
errors = _errs879;
if(vErrors !== null){
if(_errs879){
vErrors.length = _errs879;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err723 = {instancePath:instancePath+"/domain/headers",schemaPath:"#/properties/domain/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.headers.type,parentSchema:schema11.properties.domain.properties.headers,data:data285};
if(vErrors === null){
vErrors = [err723];
}
else {
vErrors.push(err723);
}
errors++;
}
}
if(data242["rate-limit"] !== undefined){
let data289 = data242["rate-limit"];
if(Array.isArray(data289)){
const len36 = data289.length;
for(let i36=0; i36<len36; i36++){
let data290 = data289[i36];
if(data290 && typeof data290 == "object" && !Array.isArray(data290)){
if(data290.request === undefined){
const err724 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.domain.properties["rate-limit"].items.required,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err724];
}
else {
vErrors.push(err724);
}
errors++;
}
for(const key72 in data290){
if(!(((((key72 === "request") || (key72 === "attempts")) || (key72 === "format")) || (key72 === "user-field")) || (key72 === "password-field"))){
const err725 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key72},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err725];
}
else {
vErrors.push(err725);
}
errors++;
}
}
if(data290.request !== undefined){
let data291 = data290.request;
if(typeof data291 === "string"){
if(!pattern3.test(data291)){
const err726 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data291};
if(vErrors === null){
vErrors = [err726];
}
else {
vErrors.push(err726);
}
errors++;
}
}
else {
const err727 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data291};
if(vErrors === null){
vErrors = [err727];
}
else {
vErrors.push(err727);
}
errors++;
}
}
if(data290.attempts !== undefined){
let data292 = data290.attempts;
if(!(((typeof data292 == "number") && (!(data292 % 1) && !isNaN(data292))) && (isFinite(data292)))){
const err728 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err728];
}
else {
vErrors.push(err728);
}
errors++;
}
if((typeof data292 == "number") && (isFinite(data292))){
if(data292 > 50 || isNaN(data292)){
const err729 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50",schema:50,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err729];
}
else {
vErrors.push(err729);
}
errors++;
}
if(data292 < 1 || isNaN(data292)){
const err730 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/attempts",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/attempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.attempts,data:data292};
if(vErrors === null){
vErrors = [err730];
}
else {
vErrors.push(err730);
}
errors++;
}
}
}
if(data290.format !== undefined){
let data293 = data290.format;
if(!((data293 === "json") || (data293 === "form"))){
const err731 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/format",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties["rate-limit"].items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties["rate-limit"].items.properties.format.enum,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties.format,data:data293};
if(vErrors === null){
vErrors = [err731];
}
else {
vErrors.push(err731);
}
errors++;
}
}
if(data290["user-field"] !== undefined){
let data294 = data290["user-field"];
if(typeof data294 === "string"){
if(func3(data294) < 1){
const err732 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data294};
if(vErrors === null){
vErrors = [err732];
}
else {
vErrors.push(err732);
}
errors++;
}
}
else {
const err733 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/user-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/user-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["user-field"],data:data294};
if(vErrors === null){
vErrors = [err733];
}
else {
vErrors.push(err733);
}
errors++;
}
}
if(data290["password-field"] !== undefined){
let data295 = data290["password-field"];
if(typeof data295 === "string"){
if(func3(data295) < 1){
const err734 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data295};
if(vErrors === null){
vErrors = [err734];
}
else {
vErrors.push(err734);
}
errors++;
}
}
else {
const err735 = {instancePath:instancePath+"/domain/rate-limit/" + i36+"/password-field",schemaPath:"#/properties/domain/properties/rate-limit/items/properties/password-field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"].type,parentSchema:schema11.properties.domain.properties["rate-limit"].items.properties["password-field"],data:data295};
if(vErrors === null){
vErrors = [err735];
}
else {
vErrors.push(err735);
}
errors++;
}
}
}
else {
const err736 = {instancePath:instancePath+"/domain/rate-limit/" + i36,schemaPath:"#/properties/domain/properties/rate-limit/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties["rate-limit"].items.type,parentSchema:schema11.properties.domain.properties["rate-limit"].items,data:data290};
if(vErrors === null){
vErrors = [err736];
}
else {
vErrors.push(err736);
}
errors++;
}
}
}
else {
const err737 = {instancePath:instancePath+"/domain/rate-limit",schemaPath:"#/properties/domain/properties/rate-limit/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties["rate-limit"].type,parentSchema:schema11.properties.domain.properties["rate-limit"],data:data289};
if(vErrors === null){
vErrors = [err737];
}
else {
vErrors.push(err737);
}
errors++;
}
}
if(data242.hosts !== undefined){
let data296 = data242.hosts;
if(data296 && typeof data296 == "object" && !Array.isArray(data296)){
for(const key73 in data296){
const _errs906 = errors;
if(typeof key73 === "string"){
if(!pattern69.test(key73)){
const err738 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema11.properties.domain.properties.hosts.propertyNames,data:key73,propertyName:key73};
if(vErrors === null){
vErrors = [err738];
}
else {
vErrors.push(err738);
}
errors++;
}
}
var valid264 = _errs906 === errors;
if(!valid264){
const err739 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/propertyNames",keyword:"propertyNames",params:{propertyName: key73},message:"property name must be valid",schema:schema11.properties.domain.properties.hosts.propertyNames,parentSchema:schema11.properties.domain.properties.hosts,data:data296};
if(vErrors === null){
vErrors = [err739];
}
else {
vErrors.push(err739);
}
errors++;
}
}
for(const key74 in data296){
let data297 = data296[key74];
if(data297 && typeof data297 == "object" && !Array.isArray(data297)){
if(data297.proxy === undefined){
const err740 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/required",keyword:"required",params:{missingProperty: "proxy"},message:"must have required property '"+"proxy"+"'",schema:schema11.properties.domain.properties.hosts.additionalProperties.required,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err740];
}
else {
vErrors.push(err740);
}
errors++;
}
for(const key75 in data297){
if(!(((((((key75 === "proxy") || (key75 === "origin")) || (key75 === "port")) || (key75 === "ranges")) || (key75 === "session")) || (key75 === "signed-in")) || (key75 === "static"))){
const err741 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key75},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err741];
}
else {
vErrors.push(err741);
}
errors++;
}
}
if(data297.proxy !== undefined){
let data298 = data297.proxy;
const _errs912 = errors;
let valid267 = false;
let passing0 = null;
const _errs913 = errors;
if(!((data298 === "cloudflare") || (data298 === "none"))){
const err742 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0].enum,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[0],data:data298};
if(vErrors === null){
vErrors = [err742];
}
else {
vErrors.push(err742);
}
errors++;
}
var _valid40 = _errs913 === errors;
if(_valid40){
valid267 = true;
passing0 = 0;
}
const _errs914 = errors;
if(data298 && typeof data298 == "object" && !Array.isArray(data298)){
if(data298.headers === undefined){
const err743 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].required,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err743];
}
else {
vErrors.push(err743);
}
errors++;
}
for(const key76 in data298){
if(!(((key76 === "name") || (key76 === "headers")) || (key76 === "ranges"))){
const err744 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key76},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err744];
}
else {
vErrors.push(err744);
}
errors++;
}
}
if(data298.name !== undefined){
let data299 = data298.name;
if(typeof data299 === "string"){
if(func3(data299) < 1){
const err745 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/name",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name,data:data299};
if(vErrors === null){
vErrors = [err745];
}
else {
vErrors.push(err745);
}
errors++;
}
}
else {
const err746 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/name",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.name,data:data299};
if(vErrors === null){
vErrors = [err746];
}
else {
vErrors.push(err746);
}
errors++;
}
}
if(data298.headers !== undefined){
let data300 = data298.headers;
if(Array.isArray(data300)){
if(data300.length < 1){
const err747 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers,data:data300};
if(vErrors === null){
vErrors = [err747];
}
else {
vErrors.push(err747);
}
errors++;
}
const len37 = data300.length;
for(let i37=0; i37<len37; i37++){
let data301 = data300[i37];
if(typeof data301 === "string"){
if(!pattern78.test(data301)){
const err748 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers/" + i37,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+$"+"\"",schema:"^[A-Za-z0-9-]+$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items,data:data301};
if(vErrors === null){
vErrors = [err748];
}
else {
vErrors.push(err748);
}
errors++;
}
}
else {
const err749 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers/" + i37,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.items,data:data301};
if(vErrors === null){
vErrors = [err749];
}
else {
vErrors.push(err749);
}
errors++;
}
}
}
else {
const err750 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/headers",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.headers,data:data300};
if(vErrors === null){
vErrors = [err750];
}
else {
vErrors.push(err750);
}
errors++;
}
}
if(data298.ranges !== undefined){
let data302 = data298.ranges;
if(Array.isArray(data302)){
const len38 = data302.length;
for(let i38=0; i38<len38; i38++){
let data303 = data302[i38];
if(typeof data303 === "string"){
if(!pattern79.test(data303)){
const err751 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges/" + i38,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"+"\"",schema:"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items,data:data303};
if(vErrors === null){
vErrors = [err751];
}
else {
vErrors.push(err751);
}
errors++;
}
}
else {
const err752 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges/" + i38,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.items,data:data303};
if(vErrors === null){
vErrors = [err752];
}
else {
vErrors.push(err752);
}
errors++;
}
}
}
else {
const err753 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy/ranges",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].properties.ranges,data:data302};
if(vErrors === null){
vErrors = [err753];
}
else {
vErrors.push(err753);
}
errors++;
}
}
}
else {
const err754 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1].type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf[1],data:data298};
if(vErrors === null){
vErrors = [err754];
}
else {
vErrors.push(err754);
}
errors++;
}
var _valid40 = _errs914 === errors;
if(_valid40 && valid267){
valid267 = false;
passing0 = [passing0, 1];
}
else {
if(_valid40){
valid267 = true;
passing0 = 1;
}
}
if(!valid267){
const err755 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/proxy",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/proxy/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy.oneOf,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.proxy,data:data298};
if(vErrors === null){
vErrors = [err755];
}
else {
vErrors.push(err755);
}
errors++;
}
else {
errors = _errs912;
if(vErrors !== null){
if(_errs912){
vErrors.length = _errs912;
}
else {
vErrors = null;
}
}
}
}
if(data297.origin !== undefined){
let data304 = data297.origin;
if(typeof data304 === "string"){
if(!pattern65.test(data304)){
const err756 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/origin",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/origin/pattern",keyword:"pattern",params:{pattern: "^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"},message:"must match pattern \""+"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$"+"\"",schema:"^(\\[[0-9A-Fa-f:.]+\\](:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9]{1,3}(\\.[0-9]{1,3}){3}(:(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin,data:data304};
if(vErrors === null){
vErrors = [err756];
}
else {
vErrors.push(err756);
}
errors++;
}
}
else {
const err757 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/origin",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/origin/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.origin,data:data304};
if(vErrors === null){
vErrors = [err757];
}
else {
vErrors.push(err757);
}
errors++;
}
}
if(data297.port !== undefined){
let data305 = data297.port;
if(!(((typeof data305 == "number") && (!(data305 % 1) && !isNaN(data305))) && (isFinite(data305)))){
const err758 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err758];
}
else {
vErrors.push(err758);
}
errors++;
}
if((typeof data305 == "number") && (isFinite(data305))){
if(data305 > 65535 || isNaN(data305)){
const err759 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err759];
}
else {
vErrors.push(err759);
}
errors++;
}
if(data305 < 1 || isNaN(data305)){
const err760 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/port",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.port,data:data305};
if(vErrors === null){
vErrors = [err760];
}
else {
vErrors.push(err760);
}
errors++;
}
}
}
if(data297.ranges !== undefined){
let data306 = data297.ranges;
if(Array.isArray(data306)){
const len39 = data306.length;
for(let i39=0; i39<len39; i39++){
let data307 = data306[i39];
if(typeof data307 === "string"){
if(!pattern79.test(data307)){
const err761 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges/" + i39,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/items/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$"+"\"",schema:"^[0-9A-Fa-f:.]+/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items,data:data307};
if(vErrors === null){
vErrors = [err761];
}
else {
vErrors.push(err761);
}
errors++;
}
}
else {
const err762 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges/" + i39,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.items,data:data307};
if(vErrors === null){
vErrors = [err762];
}
else {
vErrors.push(err762);
}
errors++;
}
}
}
else {
const err763 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/ranges",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.ranges,data:data306};
if(vErrors === null){
vErrors = [err763];
}
else {
vErrors.push(err763);
}
errors++;
}
}
if(data297.session !== undefined){
let data308 = data297.session;
if(typeof data308 === "string"){
if(func3(data308) < 1){
const err764 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/session",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/session/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session,data:data308};
if(vErrors === null){
vErrors = [err764];
}
else {
vErrors.push(err764);
}
errors++;
}
}
else {
const err765 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/session",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.session,data:data308};
if(vErrors === null){
vErrors = [err765];
}
else {
vErrors.push(err765);
}
errors++;
}
}
if(data297["signed-in"] !== undefined){
let data309 = data297["signed-in"];
if(Array.isArray(data309)){
const len40 = data309.length;
for(let i40=0; i40<len40; i40++){
let data310 = data309[i40];
if(typeof data310 === "string"){
if(!pattern82.test(data310)){
const err766 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in/" + i40,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items,data:data310};
if(vErrors === null){
vErrors = [err766];
}
else {
vErrors.push(err766);
}
errors++;
}
}
else {
const err767 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in/" + i40,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].items,data:data310};
if(vErrors === null){
vErrors = [err767];
}
else {
vErrors.push(err767);
}
errors++;
}
}
}
else {
const err768 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/signed-in",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/signed-in/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"].type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties["signed-in"],data:data309};
if(vErrors === null){
vErrors = [err768];
}
else {
vErrors.push(err768);
}
errors++;
}
}
if(data297.static !== undefined){
let data311 = data297.static;
if(Array.isArray(data311)){
const len41 = data311.length;
for(let i41=0; i41<len41; i41++){
let data312 = data311[i41];
if(typeof data312 === "string"){
if(!pattern82.test(data312)){
const err769 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static/" + i41,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items,data:data312};
if(vErrors === null){
vErrors = [err769];
}
else {
vErrors.push(err769);
}
errors++;
}
}
else {
const err770 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static/" + i41,schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.items,data:data312};
if(vErrors === null){
vErrors = [err770];
}
else {
vErrors.push(err770);
}
errors++;
}
}
}
else {
const err771 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1")+"/static",schemaPath:"#/properties/domain/properties/hosts/additionalProperties/properties/static/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties.properties.static,data:data311};
if(vErrors === null){
vErrors = [err771];
}
else {
vErrors.push(err771);
}
errors++;
}
}
}
else {
const err772 = {instancePath:instancePath+"/domain/hosts/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/domain/properties/hosts/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.additionalProperties.type,parentSchema:schema11.properties.domain.properties.hosts.additionalProperties,data:data297};
if(vErrors === null){
vErrors = [err772];
}
else {
vErrors.push(err772);
}
errors++;
}
}
}
else {
const err773 = {instancePath:instancePath+"/domain/hosts",schemaPath:"#/properties/domain/properties/hosts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.properties.hosts.type,parentSchema:schema11.properties.domain.properties.hosts,data:data296};
if(vErrors === null){
vErrors = [err773];
}
else {
vErrors.push(err773);
}
errors++;
}
}
if(data242.rules !== undefined){
let data313 = data242.rules;
if(data313 && typeof data313 == "object" && !Array.isArray(data313)){
for(const key77 in data313){
let data314 = data313[key77];
if(!((((data314 === "error") || (data314 === "warning")) || (data314 === "notice")) || (data314 === "off"))){
const err774 = {instancePath:instancePath+"/domain/rules/" + key77.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data314};
if(vErrors === null){
vErrors = [err774];
}
else {
vErrors.push(err774);
}
errors++;
}
}
}
else {
const err775 = {instancePath:instancePath+"/domain/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data313};
if(vErrors === null){
vErrors = [err775];
}
else {
vErrors.push(err775);
}
errors++;
}
}
}
else {
const err776 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.domain.type,parentSchema:schema11.properties.domain,data:data242};
if(vErrors === null){
vErrors = [err776];
}
else {
vErrors.push(err776);
}
errors++;
}
};
section();}
if(data.watch !== undefined){const section = () => {
let data315 = data.watch;
if(data315 && typeof data315 == "object" && !Array.isArray(data315)){
if(data315.paths === undefined){
const err777 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'",schema:schema11.properties.watch.required,parentSchema:schema11.properties.watch,data:data315};
if(vErrors === null){
vErrors = [err777];
}
else {
vErrors.push(err777);
}
errors++;
}
for(const key78 in data315){
if(!(func2.call(schema11.properties.watch.properties, key78))){
const err778 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key78},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.watch,data:data315};
if(vErrors === null){
vErrors = [err778];
}
else {
vErrors.push(err778);
}
errors++;
}
}
if(data315.on !== undefined){
let data316 = data315.on;
if(Array.isArray(data316)){
if(data316.length < 1){
const err779 = {instancePath:instancePath+"/watch/on",schemaPath:"#/properties/watch/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.watch.properties.on,data:data316};
if(vErrors === null){
vErrors = [err779];
}
else {
vErrors.push(err779);
}
errors++;
}
const len42 = data316.length;
for(let i42=0; i42<len42; i42++){
let data317 = data316[i42];
if(typeof data317 === "string"){
if(!pattern25.test(data317)){
const err780 = {instancePath:instancePath+"/watch/on/" + i42,schemaPath:"#/properties/watch/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.watch.properties.on.items,data:data317};
if(vErrors === null){
vErrors = [err780];
}
else {
vErrors.push(err780);
}
errors++;
}
}
else {
const err781 = {instancePath:instancePath+"/watch/on/" + i42,schemaPath:"#/properties/watch/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.on.items.type,parentSchema:schema11.properties.watch.properties.on.items,data:data317};
if(vErrors === null){
vErrors = [err781];
}
else {
vErrors.push(err781);
}
errors++;
}
}
}
else {
const err782 = {instancePath:instancePath+"/watch/on",schemaPath:"#/properties/watch/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.watch.properties.on.type,parentSchema:schema11.properties.watch.properties.on,data:data316};
if(vErrors === null){
vErrors = [err782];
}
else {
vErrors.push(err782);
}
errors++;
}
}
if(data315.environment !== undefined){
let data318 = data315.environment;
if(typeof data318 !== "string"){
const err783 = {instancePath:instancePath+"/watch/environment",schemaPath:"#/properties/watch/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.environment.type,parentSchema:schema11.properties.watch.properties.environment,data:data318};
if(vErrors === null){
vErrors = [err783];
}
else {
vErrors.push(err783);
}
errors++;
}
}
if(data315.duration !== undefined){
let data319 = data315.duration;
const _errs962 = errors;
let valid286 = false;
const _errs963 = errors;
if((typeof data319 == "number") && (isFinite(data319))){
if(data319 > 604800000 || isNaN(data319)){
const err784 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data319};
if(vErrors === null){
vErrors = [err784];
}
else {
vErrors.push(err784);
}
errors++;
}
if(data319 < 0 || isNaN(data319)){
const err785 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data319};
if(vErrors === null){
vErrors = [err785];
}
else {
vErrors.push(err785);
}
errors++;
}
}
else {
const err786 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data319};
if(vErrors === null){
vErrors = [err786];
}
else {
vErrors.push(err786);
}
errors++;
}
var _valid41 = _errs963 === errors;
valid286 = valid286 || _valid41;
if(!valid286){
const _errs965 = errors;
if(typeof data319 === "string"){
if(!pattern15.test(data319)){
const err787 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data319};
if(vErrors === null){
vErrors = [err787];
}
else {
vErrors.push(err787);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data319)))){
const err788 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data319};
if(vErrors === null){
vErrors = [err788];
}
else {
vErrors.push(err788);
}
errors++;
}
}
else {
const err789 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data319};
if(vErrors === null){
vErrors = [err789];
}
else {
vErrors.push(err789);
}
errors++;
}
var _valid41 = _errs965 === errors;
valid286 = valid286 || _valid41;
}
if(!valid286){
const err790 = {instancePath:instancePath+"/watch/duration",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data319};
if(vErrors === null){
vErrors = [err790];
}
else {
vErrors.push(err790);
}
errors++;
}
else {
errors = _errs962;
if(vErrors !== null){
if(_errs962){
vErrors.length = _errs962;
}
else {
vErrors = null;
}
}
}
}
if(data315.interval !== undefined){
let data320 = data315.interval;
const _errs970 = errors;
let valid289 = false;
const _errs971 = errors;
if((typeof data320 == "number") && (isFinite(data320))){
if(data320 > 604800000 || isNaN(data320)){
const err791 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data320};
if(vErrors === null){
vErrors = [err791];
}
else {
vErrors.push(err791);
}
errors++;
}
if(data320 < 0 || isNaN(data320)){
const err792 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data320};
if(vErrors === null){
vErrors = [err792];
}
else {
vErrors.push(err792);
}
errors++;
}
}
else {
const err793 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data320};
if(vErrors === null){
vErrors = [err793];
}
else {
vErrors.push(err793);
}
errors++;
}
var _valid42 = _errs971 === errors;
valid289 = valid289 || _valid42;
if(!valid289){
const _errs973 = errors;
if(typeof data320 === "string"){
if(!pattern15.test(data320)){
const err794 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data320};
if(vErrors === null){
vErrors = [err794];
}
else {
vErrors.push(err794);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data320)))){
const err795 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data320};
if(vErrors === null){
vErrors = [err795];
}
else {
vErrors.push(err795);
}
errors++;
}
}
else {
const err796 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data320};
if(vErrors === null){
vErrors = [err796];
}
else {
vErrors.push(err796);
}
errors++;
}
var _valid42 = _errs973 === errors;
valid289 = valid289 || _valid42;
}
if(!valid289){
const err797 = {instancePath:instancePath+"/watch/interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data320};
if(vErrors === null){
vErrors = [err797];
}
else {
vErrors.push(err797);
}
errors++;
}
else {
errors = _errs970;
if(vErrors !== null){
if(_errs970){
vErrors.length = _errs970;
}
else {
vErrors = null;
}
}
}
}
if(data315.window !== undefined){
let data321 = data315.window;
const _errs978 = errors;
let valid292 = false;
const _errs979 = errors;
if((typeof data321 == "number") && (isFinite(data321))){
if(data321 > 604800000 || isNaN(data321)){
const err798 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data321};
if(vErrors === null){
vErrors = [err798];
}
else {
vErrors.push(err798);
}
errors++;
}
if(data321 < 0 || isNaN(data321)){
const err799 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data321};
if(vErrors === null){
vErrors = [err799];
}
else {
vErrors.push(err799);
}
errors++;
}
}
else {
const err800 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data321};
if(vErrors === null){
vErrors = [err800];
}
else {
vErrors.push(err800);
}
errors++;
}
var _valid43 = _errs979 === errors;
valid292 = valid292 || _valid43;
if(!valid292){
const _errs981 = errors;
if(typeof data321 === "string"){
if(!pattern15.test(data321)){
const err801 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data321};
if(vErrors === null){
vErrors = [err801];
}
else {
vErrors.push(err801);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data321)))){
const err802 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data321};
if(vErrors === null){
vErrors = [err802];
}
else {
vErrors.push(err802);
}
errors++;
}
}
else {
const err803 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data321};
if(vErrors === null){
vErrors = [err803];
}
else {
vErrors.push(err803);
}
errors++;
}
var _valid43 = _errs981 === errors;
valid292 = valid292 || _valid43;
}
if(!valid292){
const err804 = {instancePath:instancePath+"/watch/window",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data321};
if(vErrors === null){
vErrors = [err804];
}
else {
vErrors.push(err804);
}
errors++;
}
else {
errors = _errs978;
if(vErrors !== null){
if(_errs978){
vErrors.length = _errs978;
}
else {
vErrors = null;
}
}
}
}
if(data315.paths !== undefined){
let data322 = data315.paths;
if(Array.isArray(data322)){
if(data322.length < 1){
const err805 = {instancePath:instancePath+"/watch/paths",schemaPath:"#/properties/watch/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.watch.properties.paths,data:data322};
if(vErrors === null){
vErrors = [err805];
}
else {
vErrors.push(err805);
}
errors++;
}
const len43 = data322.length;
for(let i43=0; i43<len43; i43++){
let data323 = data322[i43];
const _errs986 = errors;
let valid295 = false;
const _errs987 = errors;
if(typeof data323 === "string"){
if(!pattern88.test(data323)){
const err806 = {instancePath:instancePath+"/watch/paths/" + i43,schemaPath:"#/properties/watch/properties/paths/items/anyOf/0/pattern",keyword:"pattern",params:{pattern: "^((GET|HEAD) )?/\\S*$"},message:"must match pattern \""+"^((GET|HEAD) )?/\\S*$"+"\"",schema:"^((GET|HEAD) )?/\\S*$",parentSchema:schema11.properties.watch.properties.paths.items.anyOf[0],data:data323};
if(vErrors === null){
vErrors = [err806];
}
else {
vErrors.push(err806);
}
errors++;
}
}
else {
const err807 = {instancePath:instancePath+"/watch/paths/" + i43,schemaPath:"#/properties/watch/properties/paths/items/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.paths.items.anyOf[0].type,parentSchema:schema11.properties.watch.properties.paths.items.anyOf[0],data:data323};
if(vErrors === null){
vErrors = [err807];
}
else {
vErrors.push(err807);
}
errors++;
}
var _valid44 = _errs987 === errors;
valid295 = valid295 || _valid44;
if(!valid295){
const _errs989 = errors;
if(!(validate11(data323, {instancePath:instancePath+"/watch/paths/" + i43,parentData:data322,parentDataProperty:i43,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var _valid44 = _errs989 === errors;
valid295 = valid295 || _valid44;
}
if(!valid295){
const err808 = {instancePath:instancePath+"/watch/paths/" + i43,schemaPath:"#/properties/watch/properties/paths/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.watch.properties.paths.items.anyOf,parentSchema:schema11.properties.watch.properties.paths.items,data:data323};
if(vErrors === null){
vErrors = [err808];
}
else {
vErrors.push(err808);
}
errors++;
}
else {
errors = _errs986;
if(vErrors !== null){
if(_errs986){
vErrors.length = _errs986;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err809 = {instancePath:instancePath+"/watch/paths",schemaPath:"#/properties/watch/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.watch.properties.paths.type,parentSchema:schema11.properties.watch.properties.paths,data:data322};
if(vErrors === null){
vErrors = [err809];
}
else {
vErrors.push(err809);
}
errors++;
}
}
if(data315["max-error-rate"] !== undefined){
let data324 = data315["max-error-rate"];
const _errs991 = errors;
let valid296 = false;
const _errs992 = errors;
if((typeof data324 == "number") && (isFinite(data324))){
if(data324 > 1 || isNaN(data324)){
const err810 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.watch.properties["max-error-rate"].anyOf[0],data:data324};
if(vErrors === null){
vErrors = [err810];
}
else {
vErrors.push(err810);
}
errors++;
}
if(data324 < 0 || isNaN(data324)){
const err811 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.watch.properties["max-error-rate"].anyOf[0],data:data324};
if(vErrors === null){
vErrors = [err811];
}
else {
vErrors.push(err811);
}
errors++;
}
}
else {
const err812 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.watch.properties["max-error-rate"].anyOf[0].type,parentSchema:schema11.properties.watch.properties["max-error-rate"].anyOf[0],data:data324};
if(vErrors === null){
vErrors = [err812];
}
else {
vErrors.push(err812);
}
errors++;
}
var _valid45 = _errs992 === errors;
valid296 = valid296 || _valid45;
if(!valid296){
const _errs994 = errors;
if(typeof data324 === "string"){
if(!pattern50.test(data324)){
const err813 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"},message:"must match pattern \""+"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$"+"\"",schema:"^\\s*(100(\\.0+)?|\\d{1,2}(\\.\\d+)?)\\s*%\\s*$",parentSchema:schema11.properties.watch.properties["max-error-rate"].anyOf[1],data:data324};
if(vErrors === null){
vErrors = [err813];
}
else {
vErrors.push(err813);
}
errors++;
}
}
else {
const err814 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties["max-error-rate"].anyOf[1].type,parentSchema:schema11.properties.watch.properties["max-error-rate"].anyOf[1],data:data324};
if(vErrors === null){
vErrors = [err814];
}
else {
vErrors.push(err814);
}
errors++;
}
var _valid45 = _errs994 === errors;
valid296 = valid296 || _valid45;
}
if(!valid296){
const err815 = {instancePath:instancePath+"/watch/max-error-rate",schemaPath:"#/properties/watch/properties/max-error-rate/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.watch.properties["max-error-rate"].anyOf,parentSchema:schema11.properties.watch.properties["max-error-rate"],data:data324};
if(vErrors === null){
vErrors = [err815];
}
else {
vErrors.push(err815);
}
errors++;
}
else {
errors = _errs991;
if(vErrors !== null){
if(_errs991){
vErrors.length = _errs991;
}
else {
vErrors = null;
}
}
}
}
if(data315["max-p95"] !== undefined){
let data325 = data315["max-p95"];
const _errs999 = errors;
let valid299 = false;
const _errs1000 = errors;
if((typeof data325 == "number") && (isFinite(data325))){
if(data325 > 604800000 || isNaN(data325)){
const err816 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data325};
if(vErrors === null){
vErrors = [err816];
}
else {
vErrors.push(err816);
}
errors++;
}
if(data325 < 0 || isNaN(data325)){
const err817 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data325};
if(vErrors === null){
vErrors = [err817];
}
else {
vErrors.push(err817);
}
errors++;
}
}
else {
const err818 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data325};
if(vErrors === null){
vErrors = [err818];
}
else {
vErrors.push(err818);
}
errors++;
}
var _valid46 = _errs1000 === errors;
valid299 = valid299 || _valid46;
if(!valid299){
const _errs1002 = errors;
if(typeof data325 === "string"){
if(!pattern15.test(data325)){
const err819 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data325};
if(vErrors === null){
vErrors = [err819];
}
else {
vErrors.push(err819);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data325)))){
const err820 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data325};
if(vErrors === null){
vErrors = [err820];
}
else {
vErrors.push(err820);
}
errors++;
}
}
else {
const err821 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data325};
if(vErrors === null){
vErrors = [err821];
}
else {
vErrors.push(err821);
}
errors++;
}
var _valid46 = _errs1002 === errors;
valid299 = valid299 || _valid46;
}
if(!valid299){
const err822 = {instancePath:instancePath+"/watch/max-p95",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data325};
if(vErrors === null){
vErrors = [err822];
}
else {
vErrors.push(err822);
}
errors++;
}
else {
errors = _errs999;
if(vErrors !== null){
if(_errs999){
vErrors.length = _errs999;
}
else {
vErrors = null;
}
}
}
}
if(data315["min-probes"] !== undefined){
let data326 = data315["min-probes"];
if(!(((typeof data326 == "number") && (!(data326 % 1) && !isNaN(data326))) && (isFinite(data326)))){
const err823 = {instancePath:instancePath+"/watch/min-probes",schemaPath:"#/properties/watch/properties/min-probes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.watch.properties["min-probes"].type,parentSchema:schema11.properties.watch.properties["min-probes"],data:data326};
if(vErrors === null){
vErrors = [err823];
}
else {
vErrors.push(err823);
}
errors++;
}
if((typeof data326 == "number") && (isFinite(data326))){
if(data326 > 10000 || isNaN(data326)){
const err824 = {instancePath:instancePath+"/watch/min-probes",schemaPath:"#/properties/watch/properties/min-probes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema11.properties.watch.properties["min-probes"],data:data326};
if(vErrors === null){
vErrors = [err824];
}
else {
vErrors.push(err824);
}
errors++;
}
if(data326 < 1 || isNaN(data326)){
const err825 = {instancePath:instancePath+"/watch/min-probes",schemaPath:"#/properties/watch/properties/min-probes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.watch.properties["min-probes"],data:data326};
if(vErrors === null){
vErrors = [err825];
}
else {
vErrors.push(err825);
}
errors++;
}
}
}
if(data315.source !== undefined){
let data327 = data315.source;
if(data327 && typeof data327 == "object" && !Array.isArray(data327)){
if(data327.request === undefined){
const err826 = {instancePath:instancePath+"/watch/source",schemaPath:"#/properties/watch/properties/source/required",keyword:"required",params:{missingProperty: "request"},message:"must have required property '"+"request"+"'",schema:schema11.properties.watch.properties.source.required,parentSchema:schema11.properties.watch.properties.source,data:data327};
if(vErrors === null){
vErrors = [err826];
}
else {
vErrors.push(err826);
}
errors++;
}
if(data327["error-rate"] === undefined){
const err827 = {instancePath:instancePath+"/watch/source",schemaPath:"#/properties/watch/properties/source/required",keyword:"required",params:{missingProperty: "error-rate"},message:"must have required property '"+"error-rate"+"'",schema:schema11.properties.watch.properties.source.required,parentSchema:schema11.properties.watch.properties.source,data:data327};
if(vErrors === null){
vErrors = [err827];
}
else {
vErrors.push(err827);
}
errors++;
}
for(const key79 in data327){
if(!((((key79 === "request") || (key79 === "session")) || (key79 === "error-rate")) || (key79 === "scale"))){
const err828 = {instancePath:instancePath+"/watch/source",schemaPath:"#/properties/watch/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key79},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.watch.properties.source,data:data327};
if(vErrors === null){
vErrors = [err828];
}
else {
vErrors.push(err828);
}
errors++;
}
}
if(data327.request !== undefined){
let data328 = data327.request;
if(typeof data328 === "string"){
if(!pattern3.test(data328)){
const err829 = {instancePath:instancePath+"/watch/source/request",schemaPath:"#/$defs/request/pattern",keyword:"pattern",params:{pattern: "^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"},message:"must match pattern \""+"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$"+"\"",schema:"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \\S.*$",parentSchema:schema12,data:data328};
if(vErrors === null){
vErrors = [err829];
}
else {
vErrors.push(err829);
}
errors++;
}
}
else {
const err830 = {instancePath:instancePath+"/watch/source/request",schemaPath:"#/$defs/request/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data328};
if(vErrors === null){
vErrors = [err830];
}
else {
vErrors.push(err830);
}
errors++;
}
}
if(data327.session !== undefined){
let data329 = data327.session;
if(typeof data329 !== "string"){
const err831 = {instancePath:instancePath+"/watch/source/session",schemaPath:"#/properties/watch/properties/source/properties/session/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.source.properties.session.type,parentSchema:schema11.properties.watch.properties.source.properties.session,data:data329};
if(vErrors === null){
vErrors = [err831];
}
else {
vErrors.push(err831);
}
errors++;
}
}
if(data327["error-rate"] !== undefined){
let data330 = data327["error-rate"];
if(typeof data330 === "string"){
if(!pattern6.test(data330)){
const err832 = {instancePath:instancePath+"/watch/source/error-rate",schemaPath:"#/properties/watch/properties/source/properties/error-rate/pattern",keyword:"pattern",params:{pattern: "^\\$"},message:"must match pattern \""+"^\\$"+"\"",schema:"^\\$",parentSchema:schema11.properties.watch.properties.source.properties["error-rate"],data:data330};
if(vErrors === null){
vErrors = [err832];
}
else {
vErrors.push(err832);
}
errors++;
}
}
else {
const err833 = {instancePath:instancePath+"/watch/source/error-rate",schemaPath:"#/properties/watch/properties/source/properties/error-rate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.source.properties["error-rate"].type,parentSchema:schema11.properties.watch.properties.source.properties["error-rate"],data:data330};
if(vErrors === null){
vErrors = [err833];
}
else {
vErrors.push(err833);
}
errors++;
}
}
if(data327.scale !== undefined){
let data331 = data327.scale;
if(typeof data331 !== "string"){
const err834 = {instancePath:instancePath+"/watch/source/scale",schemaPath:"#/properties/watch/properties/source/properties/scale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.watch.properties.source.properties.scale.type,parentSchema:schema11.properties.watch.properties.source.properties.scale,data:data331};
if(vErrors === null){
vErrors = [err834];
}
else {
vErrors.push(err834);
}
errors++;
}
if(!((data331 === "share") || (data331 === "percent"))){
const err835 = {instancePath:instancePath+"/watch/source/scale",schemaPath:"#/properties/watch/properties/source/properties/scale/enum",keyword:"enum",params:{allowedValues: schema11.properties.watch.properties.source.properties.scale.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.watch.properties.source.properties.scale.enum,parentSchema:schema11.properties.watch.properties.source.properties.scale,data:data331};
if(vErrors === null){
vErrors = [err835];
}
else {
vErrors.push(err835);
}
errors++;
}
}
}
else {
const err836 = {instancePath:instancePath+"/watch/source",schemaPath:"#/properties/watch/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.watch.properties.source.type,parentSchema:schema11.properties.watch.properties.source,data:data327};
if(vErrors === null){
vErrors = [err836];
}
else {
vErrors.push(err836);
}
errors++;
}
}
if(data315.timeout !== undefined){
let data332 = data315.timeout;
const _errs1021 = errors;
let valid304 = false;
const _errs1022 = errors;
if((typeof data332 == "number") && (isFinite(data332))){
if(data332 > 604800000 || isNaN(data332)){
const err837 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data332};
if(vErrors === null){
vErrors = [err837];
}
else {
vErrors.push(err837);
}
errors++;
}
if(data332 < 0 || isNaN(data332)){
const err838 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data332};
if(vErrors === null){
vErrors = [err838];
}
else {
vErrors.push(err838);
}
errors++;
}
}
else {
const err839 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data332};
if(vErrors === null){
vErrors = [err839];
}
else {
vErrors.push(err839);
}
errors++;
}
var _valid47 = _errs1022 === errors;
valid304 = valid304 || _valid47;
if(!valid304){
const _errs1024 = errors;
if(typeof data332 === "string"){
if(!pattern15.test(data332)){
const err840 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data332};
if(vErrors === null){
vErrors = [err840];
}
else {
vErrors.push(err840);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data332)))){
const err841 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data332};
if(vErrors === null){
vErrors = [err841];
}
else {
vErrors.push(err841);
}
errors++;
}
}
else {
const err842 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data332};
if(vErrors === null){
vErrors = [err842];
}
else {
vErrors.push(err842);
}
errors++;
}
var _valid47 = _errs1024 === errors;
valid304 = valid304 || _valid47;
}
if(!valid304){
const err843 = {instancePath:instancePath+"/watch/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data332};
if(vErrors === null){
vErrors = [err843];
}
else {
vErrors.push(err843);
}
errors++;
}
else {
errors = _errs1021;
if(vErrors !== null){
if(_errs1021){
vErrors.length = _errs1021;
}
else {
vErrors = null;
}
}
}
}
if(data315.rules !== undefined){
let data333 = data315.rules;
if(data333 && typeof data333 == "object" && !Array.isArray(data333)){
for(const key80 in data333){
let data334 = data333[key80];
if(!((((data334 === "error") || (data334 === "warning")) || (data334 === "notice")) || (data334 === "off"))){
const err844 = {instancePath:instancePath+"/watch/rules/" + key80.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data334};
if(vErrors === null){
vErrors = [err844];
}
else {
vErrors.push(err844);
}
errors++;
}
}
}
else {
const err845 = {instancePath:instancePath+"/watch/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data333};
if(vErrors === null){
vErrors = [err845];
}
else {
vErrors.push(err845);
}
errors++;
}
}
}
else {
const err846 = {instancePath:instancePath+"/watch",schemaPath:"#/properties/watch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.watch.type,parentSchema:schema11.properties.watch,data:data315};
if(vErrors === null){
vErrors = [err846];
}
else {
vErrors.push(err846);
}
errors++;
}
};
section();}
if(data.monitor !== undefined){const section = () => {
let data335 = data.monitor;
const _errs1032 = errors;
let valid307 = false;
const _errs1033 = errors;
if(Array.isArray(data335)){
if(data335.length < 1){
const err847 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.monitor.anyOf[0],data:data335};
if(vErrors === null){
vErrors = [err847];
}
else {
vErrors.push(err847);
}
errors++;
}
const len44 = data335.length;
for(let i44=0; i44<len44; i44++){
if(!(validate11(data335[i44], {instancePath:instancePath+"/monitor/" + i44,parentData:data335,parentDataProperty:i44,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err848 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.monitor.anyOf[0].type,parentSchema:schema11.properties.monitor.anyOf[0],data:data335};
if(vErrors === null){
vErrors = [err848];
}
else {
vErrors.push(err848);
}
errors++;
}
var _valid48 = _errs1033 === errors;
valid307 = valid307 || _valid48;
if(!valid307){
const _errs1036 = errors;
if(data335 && typeof data335 == "object" && !Array.isArray(data335)){
if(data335.paths === undefined){
const err849 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf/1/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'",schema:schema11.properties.monitor.anyOf[1].required,parentSchema:schema11.properties.monitor.anyOf[1],data:data335};
if(vErrors === null){
vErrors = [err849];
}
else {
vErrors.push(err849);
}
errors++;
}
for(const key81 in data335){
if(!((((((((key81 === "on") || (key81 === "environment")) || (key81 === "interval")) || (key81 === "paths")) || (key81 === "certificate")) || (key81 === "ca-file")) || (key81 === "timeout")) || (key81 === "rules"))){
const err850 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key81},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.monitor.anyOf[1],data:data335};
if(vErrors === null){
vErrors = [err850];
}
else {
vErrors.push(err850);
}
errors++;
}
}
if(data335.on !== undefined){
let data337 = data335.on;
if(Array.isArray(data337)){
if(data337.length < 1){
const err851 = {instancePath:instancePath+"/monitor/on",schemaPath:"#/properties/monitor/anyOf/1/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.monitor.anyOf[1].properties.on,data:data337};
if(vErrors === null){
vErrors = [err851];
}
else {
vErrors.push(err851);
}
errors++;
}
const len45 = data337.length;
for(let i45=0; i45<len45; i45++){
let data338 = data337[i45];
if(typeof data338 === "string"){
if(!pattern25.test(data338)){
const err852 = {instancePath:instancePath+"/monitor/on/" + i45,schemaPath:"#/properties/monitor/anyOf/1/properties/on/items/pattern",keyword:"pattern",params:{pattern: "^[a-z_]+$"},message:"must match pattern \""+"^[a-z_]+$"+"\"",schema:"^[a-z_]+$",parentSchema:schema11.properties.monitor.anyOf[1].properties.on.items,data:data338};
if(vErrors === null){
vErrors = [err852];
}
else {
vErrors.push(err852);
}
errors++;
}
}
else {
const err853 = {instancePath:instancePath+"/monitor/on/" + i45,schemaPath:"#/properties/monitor/anyOf/1/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.monitor.anyOf[1].properties.on.items.type,parentSchema:schema11.properties.monitor.anyOf[1].properties.on.items,data:data338};
if(vErrors === null){
vErrors = [err853];
}
else {
vErrors.push(err853);
}
errors++;
}
}
}
else {
const err854 = {instancePath:instancePath+"/monitor/on",schemaPath:"#/properties/monitor/anyOf/1/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.monitor.anyOf[1].properties.on.type,parentSchema:schema11.properties.monitor.anyOf[1].properties.on,data:data337};
if(vErrors === null){
vErrors = [err854];
}
else {
vErrors.push(err854);
}
errors++;
}
}
if(data335.environment !== undefined){
let data339 = data335.environment;
if(typeof data339 !== "string"){
const err855 = {instancePath:instancePath+"/monitor/environment",schemaPath:"#/properties/monitor/anyOf/1/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.monitor.anyOf[1].properties.environment.type,parentSchema:schema11.properties.monitor.anyOf[1].properties.environment,data:data339};
if(vErrors === null){
vErrors = [err855];
}
else {
vErrors.push(err855);
}
errors++;
}
}
if(data335.interval !== undefined){
let data340 = data335.interval;
const _errs1048 = errors;
let valid315 = false;
const _errs1049 = errors;
if((typeof data340 == "number") && (isFinite(data340))){
if(data340 > 604800000 || isNaN(data340)){
const err856 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data340};
if(vErrors === null){
vErrors = [err856];
}
else {
vErrors.push(err856);
}
errors++;
}
if(data340 < 0 || isNaN(data340)){
const err857 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data340};
if(vErrors === null){
vErrors = [err857];
}
else {
vErrors.push(err857);
}
errors++;
}
}
else {
const err858 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data340};
if(vErrors === null){
vErrors = [err858];
}
else {
vErrors.push(err858);
}
errors++;
}
var _valid49 = _errs1049 === errors;
valid315 = valid315 || _valid49;
if(!valid315){
const _errs1051 = errors;
if(typeof data340 === "string"){
if(!pattern15.test(data340)){
const err859 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data340};
if(vErrors === null){
vErrors = [err859];
}
else {
vErrors.push(err859);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data340)))){
const err860 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data340};
if(vErrors === null){
vErrors = [err860];
}
else {
vErrors.push(err860);
}
errors++;
}
}
else {
const err861 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data340};
if(vErrors === null){
vErrors = [err861];
}
else {
vErrors.push(err861);
}
errors++;
}
var _valid49 = _errs1051 === errors;
valid315 = valid315 || _valid49;
}
if(!valid315){
const err862 = {instancePath:instancePath+"/monitor/interval",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data340};
if(vErrors === null){
vErrors = [err862];
}
else {
vErrors.push(err862);
}
errors++;
}
else {
errors = _errs1048;
if(vErrors !== null){
if(_errs1048){
vErrors.length = _errs1048;
}
else {
vErrors = null;
}
}
}
}
if(data335.paths !== undefined){
let data341 = data335.paths;
if(Array.isArray(data341)){
if(data341.length < 1){
const err863 = {instancePath:instancePath+"/monitor/paths",schemaPath:"#/properties/monitor/anyOf/1/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.monitor.anyOf[1].properties.paths,data:data341};
if(vErrors === null){
vErrors = [err863];
}
else {
vErrors.push(err863);
}
errors++;
}
const len46 = data341.length;
for(let i46=0; i46<len46; i46++){
if(!(validate11(data341[i46], {instancePath:instancePath+"/monitor/paths/" + i46,parentData:data341,parentDataProperty:i46,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err864 = {instancePath:instancePath+"/monitor/paths",schemaPath:"#/properties/monitor/anyOf/1/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.monitor.anyOf[1].properties.paths.type,parentSchema:schema11.properties.monitor.anyOf[1].properties.paths,data:data341};
if(vErrors === null){
vErrors = [err864];
}
else {
vErrors.push(err864);
}
errors++;
}
}
if(data335.certificate !== undefined){
let data343 = data335.certificate;
if(typeof data343 !== "boolean"){
const err865 = {instancePath:instancePath+"/monitor/certificate",schemaPath:"#/properties/monitor/anyOf/1/properties/certificate/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.monitor.anyOf[1].properties.certificate.type,parentSchema:schema11.properties.monitor.anyOf[1].properties.certificate,data:data343};
if(vErrors === null){
vErrors = [err865];
}
else {
vErrors.push(err865);
}
errors++;
}
}
if(data335["ca-file"] !== undefined){
let data344 = data335["ca-file"];
if(typeof data344 !== "string"){
const err866 = {instancePath:instancePath+"/monitor/ca-file",schemaPath:"#/properties/monitor/anyOf/1/properties/ca-file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.monitor.anyOf[1].properties["ca-file"].type,parentSchema:schema11.properties.monitor.anyOf[1].properties["ca-file"],data:data344};
if(vErrors === null){
vErrors = [err866];
}
else {
vErrors.push(err866);
}
errors++;
}
}
if(data335.timeout !== undefined){
let data345 = data335.timeout;
const _errs1063 = errors;
let valid320 = false;
const _errs1064 = errors;
if((typeof data345 == "number") && (isFinite(data345))){
if(data345 > 604800000 || isNaN(data345)){
const err867 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data345};
if(vErrors === null){
vErrors = [err867];
}
else {
vErrors.push(err867);
}
errors++;
}
if(data345 < 0 || isNaN(data345)){
const err868 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data345};
if(vErrors === null){
vErrors = [err868];
}
else {
vErrors.push(err868);
}
errors++;
}
}
else {
const err869 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data345};
if(vErrors === null){
vErrors = [err869];
}
else {
vErrors.push(err869);
}
errors++;
}
var _valid50 = _errs1064 === errors;
valid320 = valid320 || _valid50;
if(!valid320){
const _errs1066 = errors;
if(typeof data345 === "string"){
if(!pattern15.test(data345)){
const err870 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data345};
if(vErrors === null){
vErrors = [err870];
}
else {
vErrors.push(err870);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data345)))){
const err871 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data345};
if(vErrors === null){
vErrors = [err871];
}
else {
vErrors.push(err871);
}
errors++;
}
}
else {
const err872 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data345};
if(vErrors === null){
vErrors = [err872];
}
else {
vErrors.push(err872);
}
errors++;
}
var _valid50 = _errs1066 === errors;
valid320 = valid320 || _valid50;
}
if(!valid320){
const err873 = {instancePath:instancePath+"/monitor/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data345};
if(vErrors === null){
vErrors = [err873];
}
else {
vErrors.push(err873);
}
errors++;
}
else {
errors = _errs1063;
if(vErrors !== null){
if(_errs1063){
vErrors.length = _errs1063;
}
else {
vErrors = null;
}
}
}
}
if(data335.rules !== undefined){
let data346 = data335.rules;
if(data346 && typeof data346 == "object" && !Array.isArray(data346)){
for(const key82 in data346){
let data347 = data346[key82];
if(!((((data347 === "error") || (data347 === "warning")) || (data347 === "notice")) || (data347 === "off"))){
const err874 = {instancePath:instancePath+"/monitor/rules/" + key82.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/ruleOverrides/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema22.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema22.additionalProperties.enum,parentSchema:schema22.additionalProperties,data:data347};
if(vErrors === null){
vErrors = [err874];
}
else {
vErrors.push(err874);
}
errors++;
}
}
}
else {
const err875 = {instancePath:instancePath+"/monitor/rules",schemaPath:"#/$defs/ruleOverrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data:data346};
if(vErrors === null){
vErrors = [err875];
}
else {
vErrors.push(err875);
}
errors++;
}
}
}
else {
const err876 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.monitor.anyOf[1].type,parentSchema:schema11.properties.monitor.anyOf[1],data:data335};
if(vErrors === null){
vErrors = [err876];
}
else {
vErrors.push(err876);
}
errors++;
}
var _valid48 = _errs1036 === errors;
valid307 = valid307 || _valid48;
}
if(!valid307){
const err877 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema11.properties.monitor.anyOf,parentSchema:schema11.properties.monitor,data:data335};
if(vErrors === null){
vErrors = [err877];
}
else {
vErrors.push(err877);
}
errors++;
}
else {
errors = _errs1032;
if(vErrors !== null){
if(_errs1032){
vErrors.length = _errs1032;
}
else {
vErrors = null;
}
}
}
};
section();}
if(data.alerts !== undefined){const section = () => {
let data348 = data.alerts;
if(Array.isArray(data348)){
if(data348.length < 1){
const err878 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.alerts,data:data348};
if(vErrors === null){
vErrors = [err878];
}
else {
vErrors.push(err878);
}
errors++;
}
const len47 = data348.length;
for(let i47=0; i47<len47; i47++){
let data349 = data348[i47];
if(data349 && typeof data349 == "object" && !Array.isArray(data349)){
for(const key83 in data349){
if(!(((((((key83 === "name") || (key83 === "webhook")) || (key83 === "format")) || (key83 === "github-issue")) || (key83 === "labels")) || (key83 === "assignees")) || (key83 === "on"))){
const err879 = {instancePath:instancePath+"/alerts/" + i47,schemaPath:"#/properties/alerts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key83},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.alerts.items,data:data349};
if(vErrors === null){
vErrors = [err879];
}
else {
vErrors.push(err879);
}
errors++;
}
}
if(data349.name !== undefined){
let data350 = data349.name;
if(typeof data350 === "string"){
if(func3(data350) < 1){
const err880 = {instancePath:instancePath+"/alerts/" + i47+"/name",schemaPath:"#/properties/alerts/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.alerts.items.properties.name,data:data350};
if(vErrors === null){
vErrors = [err880];
}
else {
vErrors.push(err880);
}
errors++;
}
}
else {
const err881 = {instancePath:instancePath+"/alerts/" + i47+"/name",schemaPath:"#/properties/alerts/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.name.type,parentSchema:schema11.properties.alerts.items.properties.name,data:data350};
if(vErrors === null){
vErrors = [err881];
}
else {
vErrors.push(err881);
}
errors++;
}
}
if(data349.webhook !== undefined){
let data351 = data349.webhook;
if(typeof data351 === "string"){
if(func3(data351) < 1){
const err882 = {instancePath:instancePath+"/alerts/" + i47+"/webhook",schemaPath:"#/properties/alerts/items/properties/webhook/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.alerts.items.properties.webhook,data:data351};
if(vErrors === null){
vErrors = [err882];
}
else {
vErrors.push(err882);
}
errors++;
}
}
else {
const err883 = {instancePath:instancePath+"/alerts/" + i47+"/webhook",schemaPath:"#/properties/alerts/items/properties/webhook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.webhook.type,parentSchema:schema11.properties.alerts.items.properties.webhook,data:data351};
if(vErrors === null){
vErrors = [err883];
}
else {
vErrors.push(err883);
}
errors++;
}
}
if(data349.format !== undefined){
let data352 = data349.format;
if(typeof data352 !== "string"){
const err884 = {instancePath:instancePath+"/alerts/" + i47+"/format",schemaPath:"#/properties/alerts/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.format.type,parentSchema:schema11.properties.alerts.items.properties.format,data:data352};
if(vErrors === null){
vErrors = [err884];
}
else {
vErrors.push(err884);
}
errors++;
}
if(!(((data352 === "slack") || (data352 === "generic")) || (data352 === "teams"))){
const err885 = {instancePath:instancePath+"/alerts/" + i47+"/format",schemaPath:"#/properties/alerts/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema11.properties.alerts.items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.alerts.items.properties.format.enum,parentSchema:schema11.properties.alerts.items.properties.format,data:data352};
if(vErrors === null){
vErrors = [err885];
}
else {
vErrors.push(err885);
}
errors++;
}
}
if(data349["github-issue"] !== undefined){
let data353 = data349["github-issue"];
if(typeof data353 !== "boolean"){
const err886 = {instancePath:instancePath+"/alerts/" + i47+"/github-issue",schemaPath:"#/properties/alerts/items/properties/github-issue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.alerts.items.properties["github-issue"].type,parentSchema:schema11.properties.alerts.items.properties["github-issue"],data:data353};
if(vErrors === null){
vErrors = [err886];
}
else {
vErrors.push(err886);
}
errors++;
}
}
if(data349.labels !== undefined){
let data354 = data349.labels;
if(Array.isArray(data354)){
const len48 = data354.length;
for(let i48=0; i48<len48; i48++){
let data355 = data354[i48];
if(typeof data355 === "string"){
if(func3(data355) < 1){
const err887 = {instancePath:instancePath+"/alerts/" + i47+"/labels/" + i48,schemaPath:"#/properties/alerts/items/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.alerts.items.properties.labels.items,data:data355};
if(vErrors === null){
vErrors = [err887];
}
else {
vErrors.push(err887);
}
errors++;
}
}
else {
const err888 = {instancePath:instancePath+"/alerts/" + i47+"/labels/" + i48,schemaPath:"#/properties/alerts/items/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.labels.items.type,parentSchema:schema11.properties.alerts.items.properties.labels.items,data:data355};
if(vErrors === null){
vErrors = [err888];
}
else {
vErrors.push(err888);
}
errors++;
}
}
}
else {
const err889 = {instancePath:instancePath+"/alerts/" + i47+"/labels",schemaPath:"#/properties/alerts/items/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.alerts.items.properties.labels.type,parentSchema:schema11.properties.alerts.items.properties.labels,data:data354};
if(vErrors === null){
vErrors = [err889];
}
else {
vErrors.push(err889);
}
errors++;
}
}
if(data349.assignees !== undefined){
let data356 = data349.assignees;
if(Array.isArray(data356)){
const len49 = data356.length;
for(let i49=0; i49<len49; i49++){
let data357 = data356[i49];
if(typeof data357 === "string"){
if(func3(data357) < 1){
const err890 = {instancePath:instancePath+"/alerts/" + i47+"/assignees/" + i49,schemaPath:"#/properties/alerts/items/properties/assignees/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.alerts.items.properties.assignees.items,data:data357};
if(vErrors === null){
vErrors = [err890];
}
else {
vErrors.push(err890);
}
errors++;
}
}
else {
const err891 = {instancePath:instancePath+"/alerts/" + i47+"/assignees/" + i49,schemaPath:"#/properties/alerts/items/properties/assignees/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.assignees.items.type,parentSchema:schema11.properties.alerts.items.properties.assignees.items,data:data357};
if(vErrors === null){
vErrors = [err891];
}
else {
vErrors.push(err891);
}
errors++;
}
}
}
else {
const err892 = {instancePath:instancePath+"/alerts/" + i47+"/assignees",schemaPath:"#/properties/alerts/items/properties/assignees/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.alerts.items.properties.assignees.type,parentSchema:schema11.properties.alerts.items.properties.assignees,data:data356};
if(vErrors === null){
vErrors = [err892];
}
else {
vErrors.push(err892);
}
errors++;
}
}
if(data349.on !== undefined){
let data358 = data349.on;
if(Array.isArray(data358)){
if(data358.length < 1){
const err893 = {instancePath:instancePath+"/alerts/" + i47+"/on",schemaPath:"#/properties/alerts/items/properties/on/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.alerts.items.properties.on,data:data358};
if(vErrors === null){
vErrors = [err893];
}
else {
vErrors.push(err893);
}
errors++;
}
const len50 = data358.length;
for(let i50=0; i50<len50; i50++){
let data359 = data358[i50];
if(typeof data359 !== "string"){
const err894 = {instancePath:instancePath+"/alerts/" + i47+"/on/" + i50,schemaPath:"#/properties/alerts/items/properties/on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.alerts.items.properties.on.items.type,parentSchema:schema11.properties.alerts.items.properties.on.items,data:data359};
if(vErrors === null){
vErrors = [err894];
}
else {
vErrors.push(err894);
}
errors++;
}
if(!((data359 === "failure") || (data359 === "recovery"))){
const err895 = {instancePath:instancePath+"/alerts/" + i47+"/on/" + i50,schemaPath:"#/properties/alerts/items/properties/on/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.alerts.items.properties.on.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.alerts.items.properties.on.items.enum,parentSchema:schema11.properties.alerts.items.properties.on.items,data:data359};
if(vErrors === null){
vErrors = [err895];
}
else {
vErrors.push(err895);
}
errors++;
}
}
}
else {
const err896 = {instancePath:instancePath+"/alerts/" + i47+"/on",schemaPath:"#/properties/alerts/items/properties/on/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.alerts.items.properties.on.type,parentSchema:schema11.properties.alerts.items.properties.on,data:data358};
if(vErrors === null){
vErrors = [err896];
}
else {
vErrors.push(err896);
}
errors++;
}
}
}
else {
const err897 = {instancePath:instancePath+"/alerts/" + i47,schemaPath:"#/properties/alerts/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.alerts.items.type,parentSchema:schema11.properties.alerts.items,data:data349};
if(vErrors === null){
vErrors = [err897];
}
else {
vErrors.push(err897);
}
errors++;
}
}
}
else {
const err898 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.alerts.type,parentSchema:schema11.properties.alerts,data:data348};
if(vErrors === null){
vErrors = [err898];
}
else {
vErrors.push(err898);
}
errors++;
}
};
section();}
if(data.history !== undefined){const section = () => {
let data360 = data.history;
if(data360 && typeof data360 == "object" && !Array.isArray(data360)){
for(const key84 in data360){
if(!(((((key84 === "branch") || (key84 === "file")) || (key84 === "keep")) || (key84 === "dashboard")) || (key84 === "baseline-runs"))){
const err899 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key84},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.history,data:data360};
if(vErrors === null){
vErrors = [err899];
}
else {
vErrors.push(err899);
}
errors++;
}
}
if(data360.branch !== undefined){
let data361 = data360.branch;
if(typeof data361 === "string"){
if(func3(data361) < 1){
const err900 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.branch,data:data361};
if(vErrors === null){
vErrors = [err900];
}
else {
vErrors.push(err900);
}
errors++;
}
if(!pattern102.test(data361)){
const err901 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._/-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._/-]+$"+"\"",schema:"^[A-Za-z0-9._/-]+$",parentSchema:schema11.properties.history.properties.branch,data:data361};
if(vErrors === null){
vErrors = [err901];
}
else {
vErrors.push(err901);
}
errors++;
}
}
else {
const err902 = {instancePath:instancePath+"/history/branch",schemaPath:"#/properties/history/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.branch.type,parentSchema:schema11.properties.history.properties.branch,data:data361};
if(vErrors === null){
vErrors = [err902];
}
else {
vErrors.push(err902);
}
errors++;
}
}
if(data360.file !== undefined){
let data362 = data360.file;
if(typeof data362 === "string"){
if(func3(data362) < 1){
const err903 = {instancePath:instancePath+"/history/file",schemaPath:"#/properties/history/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.file,data:data362};
if(vErrors === null){
vErrors = [err903];
}
else {
vErrors.push(err903);
}
errors++;
}
}
else {
const err904 = {instancePath:instancePath+"/history/file",schemaPath:"#/properties/history/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.file.type,parentSchema:schema11.properties.history.properties.file,data:data362};
if(vErrors === null){
vErrors = [err904];
}
else {
vErrors.push(err904);
}
errors++;
}
}
if(data360.keep !== undefined){
let data363 = data360.keep;
if(!(((typeof data363 == "number") && (!(data363 % 1) && !isNaN(data363))) && (isFinite(data363)))){
const err905 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.history.properties.keep.type,parentSchema:schema11.properties.history.properties.keep,data:data363};
if(vErrors === null){
vErrors = [err905];
}
else {
vErrors.push(err905);
}
errors++;
}
if((typeof data363 == "number") && (isFinite(data363))){
if(data363 > 100000 || isNaN(data363)){
const err906 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema11.properties.history.properties.keep,data:data363};
if(vErrors === null){
vErrors = [err906];
}
else {
vErrors.push(err906);
}
errors++;
}
if(data363 < 1 || isNaN(data363)){
const err907 = {instancePath:instancePath+"/history/keep",schemaPath:"#/properties/history/properties/keep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema11.properties.history.properties.keep,data:data363};
if(vErrors === null){
vErrors = [err907];
}
else {
vErrors.push(err907);
}
errors++;
}
}
}
if(data360.dashboard !== undefined){
let data364 = data360.dashboard;
if(typeof data364 === "string"){
if(func3(data364) < 1){
const err908 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.history.properties.dashboard,data:data364};
if(vErrors === null){
vErrors = [err908];
}
else {
vErrors.push(err908);
}
errors++;
}
if(!pattern103.test(data364)){
const err909 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema11.properties.history.properties.dashboard,data:data364};
if(vErrors === null){
vErrors = [err909];
}
else {
vErrors.push(err909);
}
errors++;
}
}
else {
const err910 = {instancePath:instancePath+"/history/dashboard",schemaPath:"#/properties/history/properties/dashboard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.history.properties.dashboard.type,parentSchema:schema11.properties.history.properties.dashboard,data:data364};
if(vErrors === null){
vErrors = [err910];
}
else {
vErrors.push(err910);
}
errors++;
}
}
if(data360["baseline-runs"] !== undefined){
let data365 = data360["baseline-runs"];
if(!(((typeof data365 == "number") && (!(data365 % 1) && !isNaN(data365))) && (isFinite(data365)))){
const err911 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.history.properties["baseline-runs"].type,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data365};
if(vErrors === null){
vErrors = [err911];
}
else {
vErrors.push(err911);
}
errors++;
}
if((typeof data365 == "number") && (isFinite(data365))){
if(data365 > 1000 || isNaN(data365)){
const err912 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data365};
if(vErrors === null){
vErrors = [err912];
}
else {
vErrors.push(err912);
}
errors++;
}
if(data365 < 3 || isNaN(data365)){
const err913 = {instancePath:instancePath+"/history/baseline-runs",schemaPath:"#/properties/history/properties/baseline-runs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3",schema:3,parentSchema:schema11.properties.history.properties["baseline-runs"],data:data365};
if(vErrors === null){
vErrors = [err913];
}
else {
vErrors.push(err913);
}
errors++;
}
}
}
}
else {
const err914 = {instancePath:instancePath+"/history",schemaPath:"#/properties/history/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.history.type,parentSchema:schema11.properties.history,data:data360};
if(vErrors === null){
vErrors = [err914];
}
else {
vErrors.push(err914);
}
errors++;
}
};
section();}
if(data.rollback !== undefined){const section = () => {
let data366 = data.rollback;
const _errs1113 = errors;
let valid333 = false;
let passing1 = null;
const _errs1114 = errors;
if(data366 && typeof data366 == "object" && !Array.isArray(data366)){
if(data366.run === undefined){
const err915 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/0/required",keyword:"required",params:{missingProperty: "run"},message:"must have required property '"+"run"+"'",schema:schema11.properties.rollback.oneOf[0].required,parentSchema:schema11.properties.rollback.oneOf[0],data:data366};
if(vErrors === null){
vErrors = [err915];
}
else {
vErrors.push(err915);
}
errors++;
}
}
else {
const err916 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.oneOf[0].type,parentSchema:schema11.properties.rollback.oneOf[0],data:data366};
if(vErrors === null){
vErrors = [err916];
}
else {
vErrors.push(err916);
}
errors++;
}
var _valid51 = _errs1114 === errors;
if(_valid51){
valid333 = true;
passing1 = 0;
}
const _errs1116 = errors;
if(data366 && typeof data366 == "object" && !Array.isArray(data366)){
if(data366.workflow === undefined){
const err917 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/1/required",keyword:"required",params:{missingProperty: "workflow"},message:"must have required property '"+"workflow"+"'",schema:schema11.properties.rollback.oneOf[1].required,parentSchema:schema11.properties.rollback.oneOf[1],data:data366};
if(vErrors === null){
vErrors = [err917];
}
else {
vErrors.push(err917);
}
errors++;
}
}
else {
const err918 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.oneOf[1].type,parentSchema:schema11.properties.rollback.oneOf[1],data:data366};
if(vErrors === null){
vErrors = [err918];
}
else {
vErrors.push(err918);
}
errors++;
}
var _valid51 = _errs1116 === errors;
if(_valid51 && valid333){
valid333 = false;
passing1 = [passing1, 1];
}
else {
if(_valid51){
valid333 = true;
passing1 = 1;
}
}
if(!valid333){
const err919 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.rollback.oneOf,parentSchema:schema11.properties.rollback,data:data366};
if(vErrors === null){
vErrors = [err919];
}
else {
vErrors.push(err919);
}
errors++;
}
else {
errors = _errs1113;
if(vErrors !== null){
if(_errs1113){
vErrors.length = _errs1113;
}
else {
vErrors = null;
}
}
}
if(data366 && typeof data366 == "object" && !Array.isArray(data366)){
for(const key85 in data366){
if(!((((((key85 === "run") || (key85 === "workflow")) || (key85 === "when")) || (key85 === "ref")) || (key85 === "timeout")) || (key85 === "confirm"))){
const err920 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key85},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rollback,data:data366};
if(vErrors === null){
vErrors = [err920];
}
else {
vErrors.push(err920);
}
errors++;
}
}
if(data366.run !== undefined){
let data367 = data366.run;
if(typeof data367 === "string"){
if(func3(data367) < 1){
const err921 = {instancePath:instancePath+"/rollback/run",schemaPath:"#/properties/rollback/properties/run/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.run,data:data367};
if(vErrors === null){
vErrors = [err921];
}
else {
vErrors.push(err921);
}
errors++;
}
}
else {
const err922 = {instancePath:instancePath+"/rollback/run",schemaPath:"#/properties/rollback/properties/run/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.run.type,parentSchema:schema11.properties.rollback.properties.run,data:data367};
if(vErrors === null){
vErrors = [err922];
}
else {
vErrors.push(err922);
}
errors++;
}
}
if(data366.workflow !== undefined){
let data368 = data366.workflow;
if(typeof data368 === "string"){
if(func3(data368) < 1){
const err923 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.workflow,data:data368};
if(vErrors === null){
vErrors = [err923];
}
else {
vErrors.push(err923);
}
errors++;
}
if(!pattern104.test(data368)){
const err924 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema11.properties.rollback.properties.workflow,data:data368};
if(vErrors === null){
vErrors = [err924];
}
else {
vErrors.push(err924);
}
errors++;
}
}
else {
const err925 = {instancePath:instancePath+"/rollback/workflow",schemaPath:"#/properties/rollback/properties/workflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.workflow.type,parentSchema:schema11.properties.rollback.properties.workflow,data:data368};
if(vErrors === null){
vErrors = [err925];
}
else {
vErrors.push(err925);
}
errors++;
}
}
if(data366.when !== undefined){
let data369 = data366.when;
if(!((data369 === "auto") || (data369 === "manual"))){
const err926 = {instancePath:instancePath+"/rollback/when",schemaPath:"#/properties/rollback/properties/when/enum",keyword:"enum",params:{allowedValues: schema11.properties.rollback.properties.when.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.rollback.properties.when.enum,parentSchema:schema11.properties.rollback.properties.when,data:data369};
if(vErrors === null){
vErrors = [err926];
}
else {
vErrors.push(err926);
}
errors++;
}
}
if(data366.ref !== undefined){
let data370 = data366.ref;
if(typeof data370 === "string"){
if(func3(data370) < 1){
const err927 = {instancePath:instancePath+"/rollback/ref",schemaPath:"#/properties/rollback/properties/ref/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.rollback.properties.ref,data:data370};
if(vErrors === null){
vErrors = [err927];
}
else {
vErrors.push(err927);
}
errors++;
}
}
else {
const err928 = {instancePath:instancePath+"/rollback/ref",schemaPath:"#/properties/rollback/properties/ref/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.rollback.properties.ref.type,parentSchema:schema11.properties.rollback.properties.ref,data:data370};
if(vErrors === null){
vErrors = [err928];
}
else {
vErrors.push(err928);
}
errors++;
}
}
if(data366.timeout !== undefined){
let data371 = data366.timeout;
const _errs1129 = errors;
let valid337 = false;
const _errs1130 = errors;
if((typeof data371 == "number") && (isFinite(data371))){
if(data371 > 604800000 || isNaN(data371)){
const err929 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 604800000},message:"must be <= 604800000",schema:604800000,parentSchema:schema23.anyOf[0],data:data371};
if(vErrors === null){
vErrors = [err929];
}
else {
vErrors.push(err929);
}
errors++;
}
if(data371 < 0 || isNaN(data371)){
const err930 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema23.anyOf[0],data:data371};
if(vErrors === null){
vErrors = [err930];
}
else {
vErrors.push(err930);
}
errors++;
}
}
else {
const err931 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema23.anyOf[0].type,parentSchema:schema23.anyOf[0],data:data371};
if(vErrors === null){
vErrors = [err931];
}
else {
vErrors.push(err931);
}
errors++;
}
var _valid52 = _errs1130 === errors;
valid337 = valid337 || _valid52;
if(!valid337){
const _errs1132 = errors;
if(typeof data371 === "string"){
if(!pattern15.test(data371)){
const err932 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"},message:"must match pattern \""+"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$"+"\"",schema:"^\\s*\\d+(\\.\\d+)?\\s*(ms|s|m|h)\\s*$",parentSchema:schema23.anyOf[1],data:data371};
if(vErrors === null){
vErrors = [err932];
}
else {
vErrors.push(err932);
}
errors++;
}
if(((v) => v < 0 || v > 604800000)(((m) => m ? Math.floor(Number(m[1]) * {"ms":1,"s":1000,"m":60000,"h":3600000}[m[2].toLowerCase()]) : NaN)(new RegExp("^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$", "i").exec(data371)))){
const err933 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/x-bounds",keyword:"x-bounds",params:{},message:"must pass \"x-bounds\" keyword validation",schema:schema23.anyOf[1]["x-bounds"],parentSchema:schema23.anyOf[1],data:data371};
if(vErrors === null){
vErrors = [err933];
}
else {
vErrors.push(err933);
}
errors++;
}
}
else {
const err934 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema23.anyOf[1].type,parentSchema:schema23.anyOf[1],data:data371};
if(vErrors === null){
vErrors = [err934];
}
else {
vErrors.push(err934);
}
errors++;
}
var _valid52 = _errs1132 === errors;
valid337 = valid337 || _valid52;
}
if(!valid337){
const err935 = {instancePath:instancePath+"/rollback/timeout",schemaPath:"#/$defs/duration/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema23.anyOf,parentSchema:schema23,data:data371};
if(vErrors === null){
vErrors = [err935];
}
else {
vErrors.push(err935);
}
errors++;
}
else {
errors = _errs1129;
if(vErrors !== null){
if(_errs1129){
vErrors.length = _errs1129;
}
else {
vErrors = null;
}
}
}
}
if(data366.confirm !== undefined){
let data372 = data366.confirm;
if(typeof data372 !== "boolean"){
const err936 = {instancePath:instancePath+"/rollback/confirm",schemaPath:"#/properties/rollback/properties/confirm/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.rollback.properties.confirm.type,parentSchema:schema11.properties.rollback.properties.confirm,data:data372};
if(vErrors === null){
vErrors = [err936];
}
else {
vErrors.push(err936);
}
errors++;
}
}
}
else {
const err937 = {instancePath:instancePath+"/rollback",schemaPath:"#/properties/rollback/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rollback.type,parentSchema:schema11.properties.rollback,data:data366};
if(vErrors === null){
vErrors = [err937];
}
else {
vErrors.push(err937);
}
errors++;
}
};
section();}
if(data.launch !== undefined){const section = () => {
let data373 = data.launch;
if(data373 && typeof data373 == "object" && !Array.isArray(data373)){
for(const key86 in data373){
if(!((((key86 === "owners") || (key86 === "rollback")) || (key86 === "logs")) || (key86 === "known-limitations"))){
const err938 = {instancePath:instancePath+"/launch",schemaPath:"#/properties/launch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key86},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.launch,data:data373};
if(vErrors === null){
vErrors = [err938];
}
else {
vErrors.push(err938);
}
errors++;
}
}
if(data373.owners !== undefined){
let data374 = data373.owners;
if(data374 && typeof data374 == "object" && !Array.isArray(data374)){
for(const key87 in data374){
let data375 = data374[key87];
if(typeof data375 === "string"){
if(func3(data375) < 1){
const err939 = {instancePath:instancePath+"/launch/owners/" + key87.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/launch/properties/owners/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.owners.additionalProperties,data:data375};
if(vErrors === null){
vErrors = [err939];
}
else {
vErrors.push(err939);
}
errors++;
}
}
else {
const err940 = {instancePath:instancePath+"/launch/owners/" + key87.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/launch/properties/owners/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.owners.additionalProperties.type,parentSchema:schema11.properties.launch.properties.owners.additionalProperties,data:data375};
if(vErrors === null){
vErrors = [err940];
}
else {
vErrors.push(err940);
}
errors++;
}
}
}
else {
const err941 = {instancePath:instancePath+"/launch/owners",schemaPath:"#/properties/launch/properties/owners/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.launch.properties.owners.type,parentSchema:schema11.properties.launch.properties.owners,data:data374};
if(vErrors === null){
vErrors = [err941];
}
else {
vErrors.push(err941);
}
errors++;
}
}
if(data373.rollback !== undefined){
let data376 = data373.rollback;
if(typeof data376 === "string"){
if(func3(data376) < 1){
const err942 = {instancePath:instancePath+"/launch/rollback",schemaPath:"#/properties/launch/properties/rollback/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.rollback,data:data376};
if(vErrors === null){
vErrors = [err942];
}
else {
vErrors.push(err942);
}
errors++;
}
}
else {
const err943 = {instancePath:instancePath+"/launch/rollback",schemaPath:"#/properties/launch/properties/rollback/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.rollback.type,parentSchema:schema11.properties.launch.properties.rollback,data:data376};
if(vErrors === null){
vErrors = [err943];
}
else {
vErrors.push(err943);
}
errors++;
}
}
if(data373.logs !== undefined){
let data377 = data373.logs;
if(typeof data377 === "string"){
if(func3(data377) < 1){
const err944 = {instancePath:instancePath+"/launch/logs",schemaPath:"#/properties/launch/properties/logs/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties.logs,data:data377};
if(vErrors === null){
vErrors = [err944];
}
else {
vErrors.push(err944);
}
errors++;
}
}
else {
const err945 = {instancePath:instancePath+"/launch/logs",schemaPath:"#/properties/launch/properties/logs/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties.logs.type,parentSchema:schema11.properties.launch.properties.logs,data:data377};
if(vErrors === null){
vErrors = [err945];
}
else {
vErrors.push(err945);
}
errors++;
}
}
if(data373["known-limitations"] !== undefined){
let data378 = data373["known-limitations"];
if(Array.isArray(data378)){
const len51 = data378.length;
for(let i51=0; i51<len51; i51++){
let data379 = data378[i51];
if(typeof data379 === "string"){
if(func3(data379) < 1){
const err946 = {instancePath:instancePath+"/launch/known-limitations/" + i51,schemaPath:"#/properties/launch/properties/known-limitations/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.launch.properties["known-limitations"].items,data:data379};
if(vErrors === null){
vErrors = [err946];
}
else {
vErrors.push(err946);
}
errors++;
}
}
else {
const err947 = {instancePath:instancePath+"/launch/known-limitations/" + i51,schemaPath:"#/properties/launch/properties/known-limitations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.launch.properties["known-limitations"].items.type,parentSchema:schema11.properties.launch.properties["known-limitations"].items,data:data379};
if(vErrors === null){
vErrors = [err947];
}
else {
vErrors.push(err947);
}
errors++;
}
}
}
else {
const err948 = {instancePath:instancePath+"/launch/known-limitations",schemaPath:"#/properties/launch/properties/known-limitations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.launch.properties["known-limitations"].type,parentSchema:schema11.properties.launch.properties["known-limitations"],data:data378};
if(vErrors === null){
vErrors = [err948];
}
else {
vErrors.push(err948);
}
errors++;
}
}
}
else {
const err949 = {instancePath:instancePath+"/launch",schemaPath:"#/properties/launch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.launch.type,parentSchema:schema11.properties.launch,data:data373};
if(vErrors === null){
vErrors = [err949];
}
else {
vErrors.push(err949);
}
errors++;
}
};
section();}
}
else {
const err950 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err950];
}
else {
vErrors.push(err950);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

