import { setFlagsFromString } from 'node:v8';
import type { Node, ParseResult, ScanResult } from 'libpg-query';
import { blankNestedComments, blockCommentsCode, findBlockComments } from './block-comments.js';
import { SourceMap, sourceMapCode } from './source-map.js';

/** One top-level statement with its place in the file. */
export interface SqlStatement {
  /** The parse tree, e.g. `{ AlterTableStmt: {...} }`. */
  node: Node;
  /** The node's only key, e.g. "AlterTableStmt". */
  kind: string;
  /** String indices of the first character (after leading comments) and one past the last. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SqlSyntaxError {
  message: string;
  line: number;
  column: number;
}

export interface ParsedSql {
  /** Every statement the parser read; with a syntax error, those before it. */
  statements: SqlStatement[];
  error?: SqlSyntaxError;
  map: SourceMap;
}

export interface SqlComment {
  start: number;
  end: number;
  text: string;
}

/** The subset of libpg-query this check uses, synchronous once loaded. */
interface PgQuery {
  loadModule(): Promise<void>;
  parseSync(sql: string): ParseResult;
  parsePlPgSQLSync(sql: string): unknown;
  scanSync(sql: string): ScanResult;
}

export interface SqlParser {
  /** Never throws: problems come back as `error`. */
  parse(text: string): ParsedSql;
  /** The PL/pgSQL tree of a DO block's body, or undefined when it does not parse. */
  parsePlpgsqlBody(body: string): unknown;
  /** Comments with string indices, or undefined when the text cannot be scanned (unterminated literal). */
  comments(text: string): SqlComment[] | undefined;
}

let importing: Promise<PgQuery> | undefined;
let loading: Promise<SqlParser> | undefined;

/**
 * Loads the WebAssembly parser on first use. libpg-query compiles its WASM as soon as it is
 * imported, so it is imported here, lazily, and never at module load: other checks and --help do
 * not pay for it.
 */
export function loadSqlParser(): Promise<SqlParser> {
  loading ??= (async () => {
    const pg = await importPgQuery();
    await pg.loadModule();
    return createSqlParser(pg);
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}

/**
 * Settles once libpg-query is imported, its WebAssembly then compiling in the background. The
 * import needs the event loop (it reads the bundle's chunk), so synchronous work started before it
 * settles (reading the migrations) would hold the compilation back until that work is done.
 * Never rejects: a failed import is loadSqlParser's error.
 */
export function sqlParserImported(): Promise<void> {
  return importPgQuery().then(() => undefined, () => undefined);
}

function importPgQuery(): Promise<PgQuery> {
  importing ??= (async () => {
    keepWasmOnBaselineCompiler();
    const imported = (await import('libpg-query')) as unknown as PgQuery & { default?: PgQuery };
    return typeof imported.parseSync === 'function' ? imported : imported.default!;
  })();
  importing.catch(() => { importing = undefined; });
  return importing;
}

/**
 * V8 first compiles WebAssembly with its baseline compiler (Liftoff), then recompiles the functions
 * that run hot with its optimizing one (TurboFan) on background threads. For the parser that tier-up
 * costs more than it saves: 675 M instructions even in a run on one file, more CPU than the whole
 * parse of 1,000 files, and a 5 MB migration parses in the same time without it (bench/README.md).
 * Process-wide and for good: turned back on, it applies to the functions compiled later (lazily),
 * the parser's included. undici's HTTP parser, the bundle's other WebAssembly, is not on a hot path.
 */
function keepWasmOnBaselineCompiler(): void {
  try {
    setFlagsFromString('--no-wasm-tier-up');
    setFlagsFromString('--no-wasm-dynamic-tiering');
    // Each function is validated when it is first compiled, not all 1.7 MB before the module can be
    // instantiated: the compilation a migrations run waits for halves (68 M to 35 M instructions).
    setFlagsFromString('--wasm-lazy-validation');
  } catch {
    // A Node without these flags compiles as it always did.
  }
}

function createSqlParser(pg: PgQuery): SqlParser {
  const parse = (original: string): ParsedSql => {
    const { readable, text, nul, unterminated } = parserInput(original);
    const map = new SourceMap(text);
    if (unterminated !== undefined) {
      return { statements: statementsBefore(readable, unterminated, map, pg), map, error: { message: 'unterminated /* comment', ...map.position(unterminated) } };
    }
    if (readable.trim() === '') {
      return { statements: [], map, error: nul >= 0 ? nulError(map, nul) : undefined };
    }
    try {
      const statements = toStatements(pg.parseSync(readable), map, pg, readable.length);
      return { statements, map, error: nul >= 0 ? nulError(map, nul) : undefined };
    } catch (error) {
      const details = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails;
      const index = details?.cursorPosition !== undefined ? map.indexOfCodePoint(details.cursorPosition) : 0;
      const where = map.position(index);
      const message = error instanceof Error ? error.message : String(error);
      return { statements: statementsBefore(readable, index, map, pg), map, error: { message, ...where } };
    }
  };

  return {
    parse,
    parsePlpgsqlBody(body) {
      let tag = '$rg$';
      for (let n = 0; body.includes(tag); n++) tag = `$rg${n}$`;
      try {
        return pg.parsePlPgSQLSync(`CREATE FUNCTION rg_do_block() RETURNS void LANGUAGE plpgsql AS ${tag}${body}${tag}`);
      } catch {
        return undefined;
      }
    },
    comments(original) {
      const blocks = original.includes('/*') ? findBlockComments(original) : [];
      const nested = blocks.filter((b) => b.depth > 1 || !b.terminated);
      const text = nested.length ? blankNestedComments(original, nested) : original;
      const tokens = scan(pg, text);
      if (!tokens) return undefined;
      const map = new SourceMap(text);
      return [
        ...tokens
          .filter((t) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT')
          .map((t) => ({ start: map.indexOfByte(t.start), end: map.indexOfByte(t.end), text: t.text })),
        ...nested.map((b) => ({ start: b.start, end: b.end, text: original.slice(b.start, b.end) })),
      ].sort((a, b) => a.start - b.start);
    },
  };
}

/**
 * What the parser is given for `original`: `readable` (the text before a NUL byte, nested block
 * comments blanked), and `text`, the same with what follows the NUL, which positions are mapped on.
 */
function parserInput(original: string): { readable: string; text: string; nul: number; unterminated?: number } {
  // The parser reads a C string: anything after a NUL byte would silently vanish.
  const nul = original.indexOf('\0');
  // Nested block comments are blanked first (same length, same lines): the parser is quadratic on them.
  const { text: readable, unterminated } = withoutNestedComments(nul >= 0 ? original.slice(0, nul) : original);
  const text = nul >= 0 ? readable + original.slice(nul) : readable;
  return { readable, text, nul, unterminated };
}

/**
 * The source of the code that makes a parse from the parser's output: a cached parse is valid for this
 * code only (parse-cache.ts). Every function of this module that a parse runs is listed, and those of
 * block-comments.ts and source-map.ts come from their own lists; a test holds all three complete.
 */
export function parserCode(): string {
  return [createSqlParser, parserInput, withoutNestedComments, nulError, scan, toStatements, statementsBefore, skipSpaceAndComments, trimTrailing]
    .map(String).concat(blockCommentsCode(), sourceMapCode()).join('\n');
}

/** The source map `parse` gives for `original`, for a parse kept from an earlier run (parse-cache.ts). */
export function sourceMapFor(original: string): SourceMap {
  return new SourceMap(parserInput(original).text);
}

/** The text with nested (and unterminated) block comments blanked, and where an unterminated one starts. */
function withoutNestedComments(text: string): { text: string; unterminated?: number } {
  if (!text.includes('/*')) return { text };
  const blocks = findBlockComments(text);
  const open = blocks.find((b) => !b.terminated);
  return { text: blankNestedComments(text, blocks), ...(open ? { unterminated: open.start } : {}) };
}

function nulError(map: SourceMap, index: number): SqlSyntaxError {
  return { message: 'the file contains a NUL byte; PostgreSQL stops reading there', ...map.position(index) };
}

function scan(pg: PgQuery, text: string): ScanResult['tokens'] | undefined {
  try {
    return pg.scanSync(text).tokens ?? [];
  } catch {
    return undefined;
  }
}

function toStatements(result: ParseResult, map: SourceMap, pg: PgQuery, limit: number): SqlStatement[] {
  const out: SqlStatement[] = [];
  for (const raw of result.stmts ?? []) {
    if (!raw.stmt) continue;
    const location = raw.stmt_location ?? 0;
    const start = skipSpaceAndComments(map.text, map.indexOfByte(location));
    let end = raw.stmt_len ? map.indexOfByte(location + raw.stmt_len) : limit;
    if (!raw.stmt_len) end = trimTrailing(map.text, start, end, pg);
    const kind = Object.keys(raw.stmt)[0]!;
    const from = map.position(start);
    const to = map.position(Math.max(start, end - 1));
    out.push({ node: raw.stmt, kind, start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 });
  }
  return out;
}

/**
 * With a syntax error the parser returns nothing, so the statements before the error are parsed
 * again on their own: everything up to the last semicolon the scanner sees before the error.
 */
function statementsBefore(text: string, errorIndex: number, map: SourceMap, pg: PgQuery): SqlStatement[] {
  const prefix = text.slice(0, errorIndex);
  if (!prefix.includes(';')) return [];
  const tokens = scan(pg, prefix);
  const semicolon = tokens?.filter((t) => t.text === ';').pop();
  if (!semicolon) return [];
  const cut = map.indexOfByte(semicolon.end);
  try {
    return toStatements(pg.parseSync(text.slice(0, cut)), map, pg, cut);
  } catch {
    return [];
  }
}

/** Moves past whitespace and comments, in case the parser's location points before them. */
function skipSpaceAndComments(text: string, index: number): number {
  let i = index;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      let depth = 0;
      let j = i;
      while (j < text.length) {
        if (text.startsWith('/*', j)) { depth++; j += 2; }
        else if (text.startsWith('*/', j)) { depth--; j += 2; if (depth === 0) break; }
        else j++;
      }
      i = j;
    } else {
      return i;
    }
  }
}

/** The last statement has no length: drop trailing whitespace and comments so endLine is its last line. */
function trimTrailing(text: string, start: number, end: number, pg: PgQuery): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  const body = text.slice(start, e);
  if (!body.includes('--') && !body.includes('/*')) return e;
  const tokens = scan(pg, body);
  const last = tokens?.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT').pop();
  if (!last) return e;
  return start + new SourceMap(body).indexOfByte(last.end);
}
