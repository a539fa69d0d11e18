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
       * The sign-in request.
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
     * Globs left out of `scan`; node_modules, .git and dist are always left out.
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
         * A regular expression the whole value must match.
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
     * The migration tool: how versions are read from file names, which part of a file runs on migrate up, and whether the tool wraps each file in a transaction. Default plain: leading digits of the file name are the version, each statement runs on its own unless the file says BEGIN.
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
      | 'alembic';
    /**
     * Whether the runner wraps each migration file in a transaction: auto follows the preset, always and never override it.
     */
    transaction?: 'auto' | 'always' | 'never';
    /**
     * The PostgreSQL major version the migrations run on (default 15); rules whose safe form depends on it follow it.
     */
    'postgres-version'?: number;
    rules?: RuleOverrides;
  };
  /**
   * Secret scanning of code, diffs and logs.
   */
  secrets?: {
    /**
     * Files to scan.
     */
    paths?: string[];
    /**
     * Files to skip.
     */
    exclude?: string[];
    /**
     * Log files to scan with the log-aware rules.
     */
    logs?: string[];
    rules?: RuleOverrides;
  };
  /**
   * Post-deploy smoke tests.
   */
  smoke?: {
    /**
     * The environment to test; its url is the origin of every request.
     */
    environment?: string;
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
         * A request that undoes this step, run after all steps even when one failed, e.g. "DELETE /api/tasks/{{ id }}".
         */
        cleanup?: string;
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
         * A request that undoes this step, run after all steps even when one failed, e.g. "DELETE /api/tasks/{{ id }}".
         */
        cleanup?: string;
      }[]
    ];
    rules?: RuleOverrides;
  };
  /**
   * p95 latency under an open-model load.
   */
  latency?: {
    /**
     * The environment to load; only its origin is ever sent requests.
     */
    environment?: string;
    /**
     * Requests per second, open model (arrival rate, not connections).
     */
    rate?: number;
    duration?: Duration;
    /**
     * The requests to load and their thresholds.
     *
     * @minItems 1
     *
     * Items: One endpoint under load.
     */
    endpoints: [
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
        headers?: StringMap;
        p95?: Duration;
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
        headers?: StringMap;
        p95?: Duration;
      }[]
    ];
    rules?: RuleOverrides;
  };
  /**
   * Launch readiness of the domain.
   */
  domain?: {
    /**
     * Sessions and relative requests use this environment's url.
     */
    environment?: string;
    rules?: RuleOverrides;
    [k: string]: unknown;
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
   * Expected status code, or a list of codes.
   */
  status?: number | [number, ...number[]];
  /**
   * Text the response body must contain.
   */
  'body-contains'?: string;
  /**
   * Text the response body must not contain.
   */
  'body-not-contains'?: string;
  /**
   * JSONPath → expected value; the value `exists: true` only asks the path to be present.
   */
  json?: {};
  /**
   * Header name → regular expression the value must match.
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
 * Values to capture from the response, by name: a JSONPath ($.token), header:Name, cookie:name or regex:pattern.
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
