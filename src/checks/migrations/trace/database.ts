import pg from 'pg';

/** Everything needed to connect, spelled out: nothing is taken from PG* variables or ~/.pgpass. */
export interface ConnectionSettings {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl: false | { rejectUnauthorized: boolean };
}

/** A PostgreSQL error as the trace reports it. */
export interface SqlFailure {
  message: string;
  /** 1-based character position in the query, when PostgreSQL gives one. */
  position?: number;
}

export class Database {
  private constructor(private readonly client: pg.Client, readonly pid: number) {}

  /**
   * Connects with exactly these settings. node-postgres falls back to PGHOST, PGDATABASE, PGPASSWORD
   * and ~/.pgpass for anything left out; every field is given, and the password is a function, so
   * it never looks there: the trace connects to the database the manifest named and to no other.
   */
  static async connect(settings: ConnectionSettings, applicationName = 'release-gate trace'): Promise<Database> {
    const client = new pg.Client({
      host: settings.host,
      port: settings.port,
      user: settings.user,
      database: settings.database,
      password: async () => settings.password ?? '',
      ssl: settings.ssl,
      application_name: applicationName,
      connectionTimeoutMillis: 15_000,
    });
    // A dropped connection is reported by the query that was running; an idle one must not crash the process.
    client.on('error', () => {});
    await client.connect();
    const pid = Number((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    return new Database(client, pid);
  }

  async query<Row extends Record<string, unknown> = Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]> {
    const result = await this.client.query(values ? { text, values } : text);
    // A multi-statement query returns one result per statement; callers send one statement.
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    return (last?.rows ?? []) as Row[];
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

export function failureOf(error: unknown): SqlFailure {
  const e = error as { message?: string; position?: string; detail?: string; hint?: string };
  const message = [e.message ?? String(error), e.detail, e.hint].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  const position = e.position !== undefined ? Number(e.position) : undefined;
  return { message, position: Number.isFinite(position) ? position : undefined };
}

/** Quotes an identifier for SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
