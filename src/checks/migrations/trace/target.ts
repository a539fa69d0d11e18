import type { ConnectionSettings } from './database.js';

/** A `url` read into explicit settings, or why it cannot be used. `display` never holds the password. */
export type ParsedUrl = { settings: ConnectionSettings; display: string; secrets: string[] } | { problem: string; secrets: string[] };

/**
 * Reads postgres://user:password@host:port/database[?sslmode=...]. The URL must name the host, the
 * user and the database itself: nothing is filled in from the environment, so the trace can only
 * ever touch the database the manifest named.
 */
export function parseTraceUrl(text: string): ParsedUrl {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { problem: 'migrations.trace.url is not a URL (expected postgres://user:password@host:port/database)', secrets: [] };
  }
  const secrets = url.password ? [url.password, safeDecode(url.password)] : [];
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { problem: `migrations.trace.url must start with postgres://, not ${url.protocol}//`, secrets };
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const database = safeDecode(url.pathname.replace(/^\//, ''));
  const user = safeDecode(url.username);
  const missing = [!host && 'host', !user && 'user', !database && 'database'].filter(Boolean);
  if (missing.length) return { problem: `migrations.trace.url names no ${missing.join(', no ')}; the trace connects only to a database the URL names in full`, secrets };
  const port = url.port ? Number(url.port) : 5432;
  const sslmode = url.searchParams.get('sslmode') ?? 'disable';
  const ssl = sslmode === 'require' || sslmode === 'no-verify' ? { rejectUnauthorized: false }
    : sslmode === 'verify-ca' || sslmode === 'verify-full' ? { rejectUnauthorized: true } : false as const;
  return {
    settings: { host, port, user, password: url.password ? safeDecode(url.password) : undefined, database, ssl },
    display: `postgres://${user}@${url.host}/${database}`,
    secrets,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
