/**
 * A dotenv parser that never throws and remembers where everything stood, so lint rules and value
 * rules can point at the exact line and column. It reads files the way motdotla/dotenv and docker
 * compose do: `export` prefixes, single, double and backtick quotes, multi-line quoted values,
 * `${NAME}` expansion from earlier keys, and ` #` comments after unquoted values.
 */

export type Quote = '"' | "'" | '`';

export interface DotenvEntry {
  /** As written (it may carry a leading `.` or `-`, which the lint rules report). */
  key: string;
  value: string;
  /** Where the key starts, 1-based. */
  line: number;
  column: number;
  /** Where the value starts (its opening quote when quoted), 1-based. */
  valueLine: number;
  valueColumn: number;
  /** Last line of the value; greater than valueLine for multi-line values. */
  endLine: number;
  quote?: Quote;
  exported: boolean;
  /** The column of the first space around `=`, when there is one. */
  spaceAroundEquals?: number;
  /** Whitespace or other characters before the key (after `export`), as a column. */
  leading?: { column: number; text: string };
  /** The value refers to `${NAME}` that no earlier key defines, so its final shape is unknown here. */
  unresolved: boolean;
}

export interface InvalidLine {
  line: number;
  column: number;
  /** Why the line cannot be read. Never quotes the line: it may hold a secret. */
  reason: string;
}

export interface DotenvLine {
  /** Without the line ending. */
  text: string;
  crlf: boolean;
}

export interface ParsedDotenv {
  entries: DotenvEntry[];
  invalid: InvalidLine[];
  lines: DotenvLine[];
  /** The file starts with a UTF-8 byte-order mark (many loaders then read the first key wrongly). */
  bom: boolean;
  /** The text holds a NUL character: it is binary, and nothing was parsed. */
  binary: boolean;
  /** The text is not empty and does not end with a newline. */
  missingFinalNewline: boolean;
}

const KEY_CHARS = /^[A-Za-z0-9_.-]+$/;
const QUOTES = new Set(['"', "'", '`']);
const QUOTE_NAMES: Record<Quote, string> = { '"': 'double', "'": 'single', '`': 'backtick' };

export function parseDotenv(source: string): ParsedDotenv {
  const bom = source.charCodeAt(0) === 0xfeff;
  const text = bom ? source.slice(1) : source;
  const rawLines = text.split('\n');
  // A final newline leaves one empty string after the split; it is not a line of the file.
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines: DotenvLine[] = rawLines.map((raw) => {
    const crlf = raw.endsWith('\r');
    return { text: crlf ? raw.slice(0, -1) : raw, crlf };
  });
  const result: ParsedDotenv = {
    entries: [], invalid: [], lines, bom,
    binary: text.includes('\0'),
    missingFinalNewline: text.length > 0 && !text.endsWith('\n'),
  };
  if (result.binary) {
    const line = lines.findIndex((l) => l.text.includes('\0'));
    result.invalid.push({ line: line + 1, column: lines[line]!.text.indexOf('\0') + 1, reason: 'the file is binary (it holds a NUL byte); a dotenv file must be text' });
    return result;
  }

  const known = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const next = parseLine(lines, i, known, result);
    i = next;
  }
  return result;
}

/** Parses the entry that starts on line index i; returns the index of the last line it used. */
function parseLine(lines: DotenvLine[], i: number, known: Map<string, string>, out: ParsedDotenv): number {
  const text = lines[i]!.text;
  const lineNo = i + 1;
  const indent = text.length - text.trimStart().length;
  const rest = text.slice(indent);
  if (rest === '' || rest.startsWith('#')) return i;

  let pos = indent;
  let exported = false;
  const exportMatch = /^export[ \t]+/.exec(rest);
  if (exportMatch && /^[^\s=]/.test(rest.slice(exportMatch[0].length))) {
    exported = true;
    pos += exportMatch[0].length;
  }
  const keyStart = pos;
  while (pos < text.length && text[pos] !== '=' && text[pos] !== ' ' && text[pos] !== '\t') pos++;
  const key = text.slice(keyStart, pos);
  const beforeEquals = pos;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  if (text[pos] !== '=') {
    const reason = key === ''
      ? 'the line has no variable name before `=`'
      : pos < text.length
        ? 'the line has text where `=` should follow the variable name; a name cannot hold spaces'
        : 'the line has no `=`; write NAME= for an empty value';
    out.invalid.push({ line: lineNo, column: key === '' || pos >= text.length ? indent + 1 : pos + 1, reason });
    return i;
  }
  if (key === '') {
    out.invalid.push({ line: lineNo, column: indent + 1, reason: 'the line has no variable name before `=`' });
    return i;
  }
  if (!KEY_CHARS.test(key)) {
    out.invalid.push({ line: lineNo, column: keyStart + 1, reason: 'the variable name holds characters other than letters, digits, `_`, `.` and `-`' });
    return i;
  }
  const equals = pos;
  pos++;
  const valueStartRaw = pos;
  while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  const spaceAroundEquals = beforeEquals < equals ? beforeEquals + 1 : pos > valueStartRaw && pos < text.length && text[pos] !== '#' ? valueStartRaw + 1 : undefined;

  const entry: DotenvEntry = {
    key, value: '', line: lineNo, column: keyStart + 1, valueLine: lineNo, valueColumn: pos + 1, endLine: lineNo,
    exported, unresolved: false,
    ...(spaceAroundEquals ? { spaceAroundEquals } : {}),
    ...(indent > 0 ? { leading: { column: 1, text: text.slice(0, indent) } } : {}),
  };
  const first = text[pos];
  let last = i;

  if (first !== undefined && QUOTES.has(first)) {
    const quote = first as Quote;
    const closed = findClosingQuote(lines, i, pos + 1, quote);
    if (!closed) {
      out.invalid.push({ line: lineNo, column: pos + 1, reason: `the ${QUOTE_NAMES[quote]} quote that opens this value is never closed` });
      entry.value = text.slice(pos + 1).trimEnd();
    } else {
      let raw: string;
      if (closed.line === i) {
        raw = text.slice(pos + 1, closed.column);
      } else {
        const parts = [text.slice(pos + 1)];
        for (let j = i + 1; j < closed.line; j++) parts.push(lines[j]!.text);
        parts.push(lines[closed.line]!.text.slice(0, closed.column));
        raw = parts.join('\n');
      }
      last = closed.line;
      entry.endLine = closed.line + 1;
      entry.quote = quote;
      const after = lines[closed.line]!.text.slice(closed.column + 1);
      if (!/^\s*(#.*)?$/.test(after)) {
        const offset = after.length - after.trimStart().length;
        out.invalid.push({ line: closed.line + 1, column: closed.column + 2 + offset, reason: 'the line has text after the closing quote; quote the whole value' });
      }
      if (quote === "'") {
        entry.value = raw;
      } else {
        const expanded = expand(quote === '"' ? unescapeDouble(raw) : raw, known);
        entry.value = expanded.value;
        entry.unresolved = expanded.unresolved;
      }
    }
  } else {
    let raw = text.slice(pos);
    // An unquoted value ends where ` #` starts a comment, as in docker compose and python-dotenv.
    const comment = raw.startsWith('#') ? 0 : raw.search(/[ \t]#/);
    if (comment >= 0) raw = raw.slice(0, comment);
    const expanded = expand(raw.trim(), known);
    entry.value = expanded.value;
    entry.unresolved = expanded.unresolved;
  }

  out.entries.push(entry);
  known.set(key, entry.value);
  return last;
}

/**
 * Finds the closing quote, on this line or a later one. A multi-line value must close at a quote that
 * ends its line (bar a comment); otherwise the opening quote is taken as unterminated, so one stray
 * quote is reported where it stands instead of swallowing the rest of the file.
 */
function findClosingQuote(lines: DotenvLine[], startLine: number, startColumn: number, quote: Quote): { line: number; column: number } | undefined {
  for (let j = startLine; j < lines.length; j++) {
    const text = lines[j]!.text;
    for (let c = j === startLine ? startColumn : 0; c < text.length; c++) {
      const ch = text[c];
      if (ch === '\\' && quote !== "'") {
        c++;
        continue;
      }
      if (ch === quote) {
        if (j === startLine) return { line: j, column: c };
        return /^\s*(#.*)?$/.test(text.slice(c + 1)) ? { line: j, column: c } : undefined;
      }
    }
  }
  return undefined;
}

function unescapeDouble(raw: string): string {
  return raw.replace(/\\([nrt"\\])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch));
}

/** The most an expanded value may grow to: `A=${B}${B}…` chains would otherwise double at every line. */
export const MAX_EXPANDED_CHARS = 64 * 1024;

/**
 * Expands `${NAME}` and `${NAME:-default}` from keys defined earlier in the same file. A reference
 * that would take the value past MAX_EXPANDED_CHARS stays as written, and the value is unresolved.
 */
function expand(value: string, known: Map<string, string>): { value: string; unresolved: boolean } {
  if (!value.includes('${')) return { value, unresolved: false };
  let unresolved = false;
  let size = value.length;
  const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole, name: string, fallback: string | undefined) => {
    const found = known.get(name);
    if (found !== undefined && found !== '') {
      if (size + found.length - whole.length > MAX_EXPANDED_CHARS) {
        unresolved = true;
        return whole;
      }
      size += found.length - whole.length;
      return found;
    }
    if (fallback !== undefined) return fallback;
    unresolved = true;
    return whole;
  });
  return { value: out, unresolved };
}
