import type { DoStmt } from 'libpg-query';
import type { SourceMap } from './source-map.js';
import type { SqlParser, SqlStatement } from './sql-parser.js';

export interface DoBlock {
  /** Static statements in the body, positioned in the migration file. */
  statements: SqlStatement[];
  /** What could not be read statically, for dynamic-sql-unchecked. */
  dynamic?: string;
}

interface Found {
  kind: 'static' | 'dynamic';
  query: string;
  lineno: number;
}

/**
 * A DO block runs its body when the migration runs, so the static SQL inside it is linted like
 * any other statement (unlike a function body, which runs only when called). The body is parsed
 * with PostgreSQL's PL/pgSQL parser; each statement's text is found again in the file for its line.
 */
export function readDoBlock(s: DoStmt, map: SourceMap, parser: SqlParser): DoBlock {
  let language = 'plpgsql';
  let body: string | undefined;
  let bodyLocation: number | undefined;
  for (const arg of s.args ?? []) {
    if (!('DefElem' in arg)) continue;
    const value = arg.DefElem.arg && 'String' in arg.DefElem.arg ? arg.DefElem.arg.String.sval : undefined;
    if (arg.DefElem.defname === 'language') language = (value ?? '').toLowerCase();
    if (arg.DefElem.defname === 'as') { body = value; bodyLocation = arg.DefElem.location; }
  }
  if (language !== 'plpgsql') return { statements: [], dynamic: `is written in ${language}, which is not read statically` };
  if (body === undefined) return { statements: [] };
  const tree = parser.parsePlpgsqlBody(body);
  if (!tree) return { statements: [], dynamic: 'does not parse as PL/pgSQL, so its statements were not read' };

  // Only a dollar-quoted body appears verbatim in the file; a '...' body has doubled quotes.
  const at = bodyLocation !== undefined ? map.indexOfByte(bodyLocation) : -1;
  const tag = at >= 0 ? /^\$[A-Za-z_0-9]*\$/.exec(map.text.slice(at, at + 64))?.[0] : undefined;
  const bodyStart = tag ? at + tag.length : undefined;

  const found: Found[] = [];
  collect(tree, found, 0);
  const statements: SqlStatement[] = [];
  const dynamicLines: number[] = [];
  for (const f of found) {
    const sql = f.kind === 'static' ? f.query : literalSql(f.query);
    const offset = bodyStart === undefined ? undefined : locate(body, f.kind === 'static' ? f.query : f.query.trim(), f.lineno);
    if (sql === undefined) {
      dynamicLines.push(offset !== undefined && bodyStart !== undefined ? map.position(bodyStart + offset).line : f.lineno);
      continue;
    }
    const parsed = parser.parse(sql);
    for (const inner of parsed.statements) {
      // A literal's text starts one character (the quote) after the expression; its statements are placed at the EXECUTE.
      const start = offset !== undefined && bodyStart !== undefined ? bodyStart + offset + (f.kind === 'static' ? inner.start : 0) : undefined;
      statements.push(place(inner, start, start === undefined ? undefined : start + (f.kind === 'static' ? inner.end - inner.start : f.query.trim().length), map));
    }
  }
  const dynamic = dynamicLines.length
    ? `runs EXECUTE with SQL built at run time (line${dynamicLines.length > 1 ? 's' : ''} ${[...new Set(dynamicLines)].join(', ')})`
    : undefined;
  return { statements, dynamic };
}

/** Positions an inner statement in the file; without a known offset it keeps no position (the caller uses the DO's). */
function place(inner: SqlStatement, start: number | undefined, end: number | undefined, map: SourceMap): SqlStatement {
  if (start === undefined || end === undefined) return { ...inner, start: -1, end: -1 };
  const from = map.position(start);
  const to = map.position(Math.max(start, end - 1));
  return { ...inner, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}

/** Index of `query` in the body, searching from the start of its 1-based line. */
function locate(body: string, query: string, lineno: number): number | undefined {
  let from = 0;
  for (let line = 1; line < lineno && from >= 0; line++) {
    const nl = body.indexOf('\n', from);
    from = nl < 0 ? -1 : nl + 1;
  }
  if (from < 0) return undefined;
  const index = body.indexOf(query, from);
  return index < 0 ? undefined : index;
}

/** The SQL of `EXECUTE 'constant'` or `EXECUTE $$constant$$`; undefined when it is built at run time. */
function literalSql(expr: string): string | undefined {
  const trimmed = expr.trim();
  const quoted = /^'((?:[^']|'')*)'$/.exec(trimmed);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const dollar = /^\$([A-Za-z_0-9]*)\$([\s\S]*)\$\1\$$/.exec(trimmed);
  return dollar ? dollar[2] : undefined;
}

const DYNAMIC_QUERY_KEYS: Record<string, string> = {
  PLpgSQL_stmt_dynexecute: 'query',
  PLpgSQL_stmt_dynfors: 'query',
  PLpgSQL_stmt_open: 'dynquery',
  PLpgSQL_stmt_return_query: 'dynquery',
};

function exprQuery(node: unknown): string | undefined {
  if (!node || typeof node !== 'object' || !('PLpgSQL_expr' in node)) return undefined;
  return (node as { PLpgSQL_expr: { query?: string } }).PLpgSQL_expr.query;
}

function collect(node: unknown, out: Found[], depth: number): void {
  if (!node || typeof node !== 'object' || depth > 200) return;
  if (Array.isArray(node)) { for (const n of node) collect(n, out, depth + 1); return; }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'PLpgSQL_stmt_execsql') {
      const v = value as { sqlstmt?: unknown; lineno?: number };
      const query = exprQuery(v.sqlstmt);
      if (query !== undefined) out.push({ kind: 'static', query, lineno: v.lineno ?? 1 });
    } else if (key in DYNAMIC_QUERY_KEYS) {
      const v = value as Record<string, unknown> & { lineno?: number };
      const query = exprQuery(v[DYNAMIC_QUERY_KEYS[key]!]);
      if (query !== undefined) out.push({ kind: 'dynamic', query, lineno: v.lineno ?? 1 });
    }
    collect(value, out, depth + 1);
  }
}
