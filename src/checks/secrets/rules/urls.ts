import { ALLOW_HELP, type Candidate, type SecretRule } from '../rule.js';
import { AT, EQUALS, SEMICOLON } from '../line-facts.js';
import { isPlaceholder, looksMadeUp } from '../value-shape.js';

/**
 * Credentials inside URLs and connection strings. Local and documentation hosts (localhost,
 * 127.0.0.1, *.local, *.test, example.com, …) and the well-known default passwords of local
 * containers (postgres, root, guest, …) are skipped: such a URL cannot reach anything outside
 * the developer's machine, and reporting every docker-compose file would bury real findings.
 */

const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal|(?:[\w-]+\.)*(?:localhost|local|test|example|invalid|internal\.example)|(?:[\w-]+\.)*example\.(?:com|org|net))$/i;

/** Default or throwaway passwords of local databases and brokers; not secrets in any real sense. */
const WEAK_DEFAULT = /^(?:postgres|postgresql|mysql|mariadb|mongo|mongodb|redis|rabbitmq|root|admin|administrator|guest|user|username|pass|passwd|password|secret|changeme|changeit|test|testing|demo|example|sample|dev|development|local|default|sa|letmein|1234|12345|123456|\*+)$/i;

/** A URL password that is a template, a placeholder, a default, or the user name again. */
export function isNotARealPassword(password: string, user: string): boolean {
  let decoded = password;
  try { decoded = decodeURIComponent(password); } catch { /* keep as is */ }
  return isPlaceholder(decoded) || looksMadeUp(decoded) || WEAK_DEFAULT.test(decoded) || decoded === user || /^[:%$]|^\{.*\}$|%s|%\(|\$\{|\{\{/.test(decoded);
}

export function isLocalHost(host: string): boolean {
  return LOCAL_HOST.test(host);
}

const DB_SCHEMES = 'postgres(?:ql)?|mysql|mysqlx|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver|cockroachdb|clickhouse|neo4j(?:\\+s)?|bolt|couchbases?|cassandra|oracle|db2|memcached|nats|ldaps?|mqtts?|kafka';
const DB_URL = new RegExp(`\\b(?:jdbc:)?(?<scheme>${DB_SCHEMES}):\\/\\/(?<user>[^\\s:/@"'\`<>]*):(?<secret>[^\\s/"'\`<>]+)@(?<host>\\[[0-9a-fA-F:]+\\]|[A-Za-z0-9._-]+)`, 'gid');
const WEB_URL = /\b(?<scheme>(?:git\+)?https?|ftps?|sftp|ssh|git|svn|smb|wss?|rsync|webdav):\/\/(?<user>[^\s:/@"'`<>]+):(?<secret>[^\s/"'`<>]+)@(?<host>\[[0-9a-fA-F:]+\]|[A-Za-z0-9._-]+)/gid;

function urlRule(id: string, name: string, pattern: RegExp, keywords: readonly string[], docs: SecretRule['docs']): SecretRule {
  return {
    meta: {
      id, check: 'secrets', severity: 'error',
      description: `${name} in the code or a log.`,
      help: `${docs.rotate} Keep the URL without credentials in the code and pass the password separately (an environment variable or a secret store). ${ALLOW_HELP}`,
    },
    family: 'urls', name, keywords, docs, generic: true,
    admits: { facts: AT, test: (facts) => facts !== 0 },
    find(line) {
      const out: Candidate[] = [];
      if (!line.includes('@')) return out;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
        const { user, secret, host } = m.groups!;
        if (secret!.length < 4 || isLocalHost(host!) || isNotARealPassword(secret!, user!)) continue;
        const [start, end] = m.indices!.groups!.secret!;
        out.push({ start, end, secret: secret! });
      }
      return out;
    },
  };
}

export const DATABASE_URL_RULE = urlRule(
  'database-url-password', 'Database or broker URL with a password', DB_URL,
  ['postgres', 'mysql', 'mariadb', 'mongodb', 'redis', 'amqp', 'mssql', 'sqlserver', 'cockroachdb', 'clickhouse', 'neo4j', 'bolt://', 'couchbase', 'cassandra', 'oracle://', 'db2://', 'memcached', 'nats://', 'ldap', 'mqtt', 'kafka://'],
  {
    form: '<password>', unsafe: 'DATABASE_URL=postgres://app:{secret}@db.prod.internal:5432/app',
    safe: 'DATABASE_URL=postgres://app@db.prod.internal:5432/app   # password from PGPASSWORD or a secret store',
    rotate: 'Change the database user\'s password (ALTER ROLE … PASSWORD) and update every client.',
    detection: 'postgres, mysql, mariadb, mongodb(+srv), redis(s), amqp(s), mssql, clickhouse, neo4j and other schemes, also after `jdbc:`. Skipped: local or documentation hosts (localhost, 127.0.0.1, *.local, *.test, *.example, example.com), templates (`${DB_PASSWORD}`), default passwords of local containers (postgres, root, guest, password, …) and made-up ones (containing test, fixture, example, …). In tests, fixtures, docs and vendored code it is a warning (`secrets.contexts`).',
  },
);

export const BASIC_AUTH_URL_RULE = urlRule(
  'basic-auth-url', 'URL with an embedded user name and password', WEB_URL,
  ['://'],
  {
    form: '<password>', unsafe: 'registry: https://deploy:{secret}@npm.internal.corp/repository/',
    rotate: 'Change the password (or revoke the token) used in the URL.',
    detection: 'http(s), ftp, ssh, git, svn, smb, ws(s) and rsync URLs of the form `scheme://user:password@host`. Local and documentation hosts, templates and default passwords are skipped. A known token in the URL (a GitHub token, say) is reported by its own rule instead.',
  },
);

const CONN_PASSWORD = /(?<![\w-])(?:Password|Pwd)\s*=\s*(?<secret>"[^"]+"|'[^']+'|\{[^}]+\}|[^;"'\s]+)/gid;
const CONN_OTHER_KEY = /(?:^|[;"'\s])(?:Server|Data Source|Host|Address|Addr|Network Address|Database|Initial Catalog|User ID|UID|User Id|Username|DSN|Driver)\s*=\s*[^;]*;/i;

export const CONNECTION_STRING_RULE: SecretRule = {
  meta: {
    id: 'connection-string-password', check: 'secrets', severity: 'error',
    description: 'An ADO.NET, ODBC or JDBC-style connection string with a password in the code or a log.',
    help: `Change the database password, then keep the connection string without it (integrated or managed identity auth, or the password from a secret store). ${ALLOW_HELP}`,
  },
  family: 'urls', generic: true,
  name: 'Connection string with a password',
  keywords: ['password', 'pwd'],
  // CONN_OTHER_KEY needs `=` and `;`.
  admits: { facts: EQUALS | SEMICOLON, test: (facts) => facts === (EQUALS | SEMICOLON) },
  docs: {
    form: '<password>', unsafe: 'Server=sql.prod.internal;Database=ops;User ID=app;Password={secret};',
    safe: 'Server=sql.prod.internal;Database=ops;Authentication=Active Directory Managed Identity;',
    rotate: 'Change the database user\'s password and update every client.',
    detection: '`Password=` or `Pwd=` in a `key=value;` string that also names a server, database or user. Local hosts, templates and default passwords are skipped.',
  },
  find(line) {
    const out: Candidate[] = [];
    if (!CONN_OTHER_KEY.test(line)) return out;
    const host = /(?:Server|Data Source|Host|Address)\s*=\s*(?:tcp:)?([^;,\\\s]+)/i.exec(line)?.[1];
    if (host && isLocalHost(host.replace(/^\(localdb\).*$|^\.$/i, 'localhost'))) return out;
    const user = /(?:User ID|UID|User Id|Username|User)\s*=\s*([^;]*)/i.exec(line)?.[1] ?? '';
    CONN_PASSWORD.lastIndex = 0;
    for (let m = CONN_PASSWORD.exec(line); m; m = CONN_PASSWORD.exec(line)) {
      let [start, end] = m.indices!.groups!.secret!;
      let secret = m.groups!.secret!;
      if (/^["'{]/.test(secret)) { secret = secret.slice(1, -1); start++; end--; }
      if (secret.length < 4 || isNotARealPassword(secret, user)) continue;
      out.push({ start, end, secret });
    }
    return out;
  },
};

export const URL_RULES: readonly SecretRule[] = [DATABASE_URL_RULE, BASIC_AUTH_URL_RULE, CONNECTION_STRING_RULE];
