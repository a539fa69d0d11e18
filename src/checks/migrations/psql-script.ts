/**
 * What psql does to a file before PostgreSQL sees it: a line starting with a backslash is a psql
 * command (\connect, \set, \i, \echo), not SQL; the rows after `COPY ... FROM stdin;` up to `\.`
 * are data; `:name`, `:'name'` and `:"name"` are replaced by the values of \set variables.
 * The text keeps its length and lines, so positions stay where they were.
 */
export function preparePsqlScript(source: string): string {
  // Most files hold no psql command: the copy is made only when something is blanked or replaced.
  let out: string[] | undefined;
  const variables = new Set<string>();
  // A COPY ... FROM stdin needs the word; without it no statement is looked at again.
  const mayCopyFromStdin = /stdin/i.test(source);
  // Without a backslash there is no psql command and no \set variable to replace: nothing to change.
  if (!mayCopyFromStdin && !source.includes('\\')) return source;
  let statementStart = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\\' && atLineStart(source, i)) {
      const end = lineEnd(source, i);
      const set = /^\\set\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(i, end));
      if (set) variables.add(set[1]!);
      out = blank(out, source, i, end);
      i = end;
      continue;
    }
    if (c === '-' && source[i + 1] === '-') { i = lineEnd(source, i); continue; }
    if (c === '/' && source[i + 1] === '*') {
      let depth = 0;
      while (i < n) {
        if (source.startsWith('/*', i)) { depth++; i += 2; }
        else if (source.startsWith('*/', i)) { depth--; i += 2; if (depth === 0) break; }
        else i++;
      }
      continue;
    }
    if (c === "'") {
      // E'...' strings may escape a quote with a backslash; '' doubles it in both kinds.
      const escapes = i > 0 && /[eE]/.test(source[i - 1]!) && !/[A-Za-z0-9_]/.test(source[i - 2] ?? ' ');
      i++;
      while (i < n) {
        if (escapes && source[i] === '\\') { i += 2; continue; }
        if (source[i] === "'") { if (source[i + 1] === "'") { i += 2; continue; } i++; break; }
        i++;
      }
      continue;
    }
    if (c === '"') { const e = source.indexOf('"', i + 1); i = e < 0 ? n : e + 1; continue; }
    if (c === '$') {
      const tag = /^\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$/.exec(source.slice(i, i + 64));
      if (tag && !/[A-Za-z0-9_]/.test(source[i - 1] ?? ' ')) {
        const e = source.indexOf(tag[0], i + tag[0].length);
        i = e < 0 ? n : e + tag[0].length;
        continue;
      }
    }
    if (c === ':' && source[i + 1] !== ':' && source[i - 1] !== ':') {
      const ref = /^:(?:'([A-Za-z_][A-Za-z0-9_]*)'|"([A-Za-z_][A-Za-z0-9_]*)"|([A-Za-z_][A-Za-z0-9_]*))/.exec(source.slice(i, i + 80));
      const name = ref ? ref[1] ?? ref[2] ?? ref[3]! : undefined;
      if (ref && name && variables.has(name)) {
        const len = ref[0].length;
        const fill = ref[1] ? `'${'x'.repeat(len - 2)}'` : ref[2] ? `"${'x'.repeat(len - 2)}"` : 'x'.repeat(len);
        out ??= source.split('');
        for (let k = 0; k < len; k++) out[i + k] = fill[k]!;
        i += len;
        continue;
      }
    }
    if (c === ';' && mayCopyFromStdin) {
      const statement = source.slice(statementStart, i);
      statementStart = i + 1;
      if (/^\s*COPY\b[\s\S]*\bFROM\s+STDIN\b/i.test(stripComments(statement))) {
        // The data rows follow on the next line and end at a line holding only \. (or the end of the file).
        const dataStart = lineEnd(source, i) + 1;
        // Searched in place: slicing the rest of the file at every COPY would be quadratic.
        COPY_END.lastIndex = dataStart;
        const terminator = COPY_END.exec(source);
        const dataEnd = terminator ? terminator.index + terminator[0].length : n;
        out = blank(out, source, Math.min(dataStart, n), dataEnd);
        i = dataEnd;
        statementStart = dataEnd;
        continue;
      }
    }
    i++;
  }
  return out ? out.join('') : source;
}

// Functions of their own rather than closures made for every file: the bundle names each closure it makes (keepNames).

/** The copy of `source` (made on first use) with [from, to) blanked but its line breaks. */
function blank(out: string[] | undefined, source: string, from: number, to: number): string[] {
  const chars = out ?? source.split('');
  for (let i = from; i < to; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars;
}

/** Where the line holding `at` ends (its line break, or the end of the text). */
function lineEnd(source: string, at: number): number {
  const e = source.indexOf('\n', at);
  return e < 0 ? source.length : e;
}

/** Only spaces and tabs between the line's start and `at`. */
function atLineStart(source: string, at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const c = source.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

const COPY_END = /^\\\.[ \t\r]*$/gm;

function stripComments(text: string): string {
  return text.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}

/** The psql command that starts the line at `line` (1-based), if the line holds one. */
export function psqlCommandAt(source: string, line: number): string | undefined {
  const text = source.split('\n')[line - 1] ?? '';
  return /^[ \t]*(\\[A-Za-z!?]+)/.exec(text)?.[1];
}
