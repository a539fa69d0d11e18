/**
 * Finds where code reads environment variables by name. Regular expressions per language, not
 * parsers: the scan must cover 10,000 files in well under two seconds, and a literal name is all the
 * env rules need. Dynamic reads (`process.env[name]`) cannot be named and are not reported.
 */

export type UseKind = 'js' | 'import.meta.env' | 'python' | 'ruby' | 'go' | 'prisma' | 'secrets' | 'vars';
type Language = 'js' | 'python' | 'ruby' | 'go' | 'prisma' | 'workflow';

export interface CodeUse {
  name: string;
  kind: UseKind;
  /** 1-based position of the name itself. */
  line: number;
  column: number;
  endColumn: number;
}

const LANGUAGES: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', vue: 'js', svelte: 'js', astro: 'js',
  py: 'python', rb: 'ruby', rake: 'ruby', erb: 'ruby', go: 'go', prisma: 'prisma', yml: 'workflow', yaml: 'workflow',
};

/** The language the scanner reads a file as, from its extension; undefined for files it cannot read. */
export function languageOf(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return path.endsWith('Rakefile') || path.endsWith('Gemfile') ? 'ruby' : undefined;
  return LANGUAGES[path.slice(dot + 1).toLowerCase()];
}

interface Pattern {
  regex: RegExp;
  kind: UseKind;
}

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const Q = `(['"\`])`;
const JS_PATTERNS: Pattern[] = [
  { regex: new RegExp(`\\bprocess(?:\\?\\.|\\.)env(?:\\?\\.|\\.)(?<name>${NAME})\\b(?!\\s*\\()`, 'dg'), kind: 'js' },
  { regex: new RegExp(`\\bprocess(?:\\?\\.|\\.)env(?:\\?\\.)?\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'js' },
  { regex: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.|\\.)(?<name>${NAME})\\b(?!\\s*\\()`, 'dg'), kind: 'import.meta.env' },
  { regex: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.)?\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'import.meta.env' },
  { regex: new RegExp(`\\bBun\\.env\\.(?<name>${NAME})\\b`, 'dg'), kind: 'js' },
  { regex: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'js' },
];
// `const { A, B: b, C = 1 } = process.env`: the names are found inside the braces afterwards.
const JS_DESTRUCTURE = /\{(?<body>[^{}]*)\}\s*=\s*(?<source>process(?:\?\.|\.)env|import\.meta\.env)\b(?!\s*(?:\.|\?\.|\[))/dg;

const PY_PATTERNS: Pattern[] = [
  { regex: new RegExp(`\\benviron(?:\\s*\\[|\\.get\\(|\\.setdefault\\(|\\.pop\\()\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'python' },
  { regex: new RegExp(`\\bgetenv\\(\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'python' },
];
const RUBY_PATTERNS: Pattern[] = [
  { regex: new RegExp(`\\bENV\\s*\\[\\s*${Q}(?<name>${NAME})\\1\\s*\\]`, 'dg'), kind: 'ruby' },
  { regex: new RegExp(`\\bENV\\.(?:fetch|key\\?|has_key\\?|include\\?)\\(?\\s*${Q}(?<name>${NAME})\\1`, 'dg'), kind: 'ruby' },
];
const GO_PATTERNS: Pattern[] = [
  { regex: new RegExp(`\\bos\\.(?:Getenv|LookupEnv)\\(\\s*(["\`])(?<name>${NAME})\\1`, 'dg'), kind: 'go' },
];
// Prisma reads its connection strings with env("NAME") in schema.prisma.
const PRISMA_PATTERNS: Pattern[] = [
  { regex: new RegExp(`\\benv\\(\\s*"(?<name>${NAME})"\\s*\\)`, 'dg'), kind: 'prisma' },
];
const WORKFLOW_REF = new RegExp(`\\b(?<scope>secrets|vars)(?:\\.(?<dotted>${NAME})\\b|\\[\\s*'(?<quoted>${NAME})'\\s*\\])`, 'dg');

const PATTERNS: Record<Exclude<Language, 'workflow'>, Pattern[]> = {
  js: JS_PATTERNS, python: PY_PATTERNS, ruby: RUBY_PATTERNS, go: GO_PATTERNS, prisma: PRISMA_PATTERNS,
};

// Cheap substring tests that rule out most files before any regular expression runs.
const TRIGGERS: Record<Language, readonly string[]> = {
  js: ['env'], python: ['environ', 'getenv'], ruby: ['ENV'], go: ['Getenv', 'LookupEnv'], prisma: ['env('], workflow: ['secrets', 'vars'],
};
const COMMENT_STARTS: Record<Language, readonly string[]> = {
  js: ['//', '/*', '*'], go: ['//', '/*', '*'], prisma: ['//'], python: ['#'], ruby: ['#'], workflow: ['#'],
};
// Properties of the env object that are methods, not variables.
const NOT_NAMES = new Set(['hasOwnProperty', 'toString', 'valueOf', 'propertyIsEnumerable', 'isPrototypeOf', 'toLocaleString', 'constructor']);

/** Every named read of an environment variable in one file's text. */
export function findUses(path: string, text: string): CodeUse[] {
  const language = languageOf(path);
  if (!language || !TRIGGERS[language].some((t) => text.includes(t))) return [];
  const positions = new LinePositions(text);
  const uses: CodeUse[] = [];
  const add = (name: string, kind: UseKind, index: number) => {
    if (NOT_NAMES.has(name)) return;
    const { line, column } = positions.at(index);
    if (positions.inLineComment(line, COMMENT_STARTS[language])) return;
    uses.push({ name, kind, line, column, endColumn: column + name.length });
  };

  if (language === 'workflow') {
    findWorkflowUses(text, add);
  } else {
    const patterns = PATTERNS[language];
    for (const { regex, kind } of patterns) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) add(m.groups!.name!, kind, m.indices!.groups!.name![0]);
    }
    if (language === 'js') findDestructuredUses(text, add);
  }
  uses.sort((a, b) => a.line - b.line || a.column - b.column);
  return uses;
}

function findDestructuredUses(text: string, add: (name: string, kind: UseKind, index: number) => void): void {
  JS_DESTRUCTURE.lastIndex = 0;
  for (let m = JS_DESTRUCTURE.exec(text); m; m = JS_DESTRUCTURE.exec(text)) {
    const body = m.groups!.body!;
    const start = m.indices!.groups!.body![0];
    const kind: UseKind = m.groups!.source!.startsWith('import') ? 'import.meta.env' : 'js';
    let offset = 0;
    for (const part of body.split(',')) {
      const element = new RegExp(`^\\s*(['"]?)(${NAME})\\1\\s*(?::|=|$)`).exec(part);
      if (element && !part.trimStart().startsWith('...')) add(element[2]!, kind, start + offset + part.indexOf(element[2]!));
      offset += part.length + 1;
    }
  }
}

/** `${{ secrets.X }}` and `${{ vars.X }}` inside expressions, and in `if:` conditions, which may omit `${{ }}`. */
function findWorkflowUses(text: string, add: (name: string, kind: UseKind, index: number) => void): void {
  const scanExpression = (from: number, to: number) => {
    WORKFLOW_REF.lastIndex = from;
    for (let m = WORKFLOW_REF.exec(text); m && m.index < to; m = WORKFLOW_REF.exec(text)) {
      const group = m.groups!.dotted !== undefined ? 'dotted' : 'quoted';
      add(m.groups![group]!, m.groups!.scope as UseKind, m.indices!.groups![group]![0]);
    }
  };
  for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open + 3)) {
    const close = text.indexOf('}}', open + 3);
    if (close < 0) break;
    scanExpression(open + 3, close);
  }
  const condition = /^[ \t]*(?:-[ \t]+)?if:[ \t]*(?!.*\$\{\{)(.*)$/gm;
  for (let m = condition.exec(text); m; m = condition.exec(text)) scanExpression(m.index + m[0].length - m[1]!.length, m.index + m[0].length);
}

/** Turns string offsets into 1-based lines and columns, finding line starts once per file. */
class LinePositions {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(index: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - this.starts[lo]! + 1 };
  }

  /** The line starts with a comment marker, so whatever it names is not a read. */
  inLineComment(line: number, markers: readonly string[]): boolean {
    const start = this.starts[line - 1]!;
    let i = start;
    while (this.text[i] === ' ' || this.text[i] === '\t') i++;
    return markers.some((m) => this.text.startsWith(m, i));
  }
}
