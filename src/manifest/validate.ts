import type { ErrorObject } from 'ajv';
// Compiled from the schema by `npm run generate`: compiling it with ajv here cost ~300 ms a start.
import validate from './schema-validator.generated.js';
import { didYouMean } from './did-you-mean.js';
import type { ManifestProblem } from './errors.js';

type At = (path: (string | number)[], part?: 'key' | 'value') => { line: number; column: number };
type SchemaNode = { 'x-expected'?: string; properties?: Record<string, unknown>; enum?: unknown[]; pattern?: string };

/**
 * `scan: "src"` means `scan: ["src"]`: every list-of-strings field takes a single string too. The
 * schema's own errors find them (a string where a list of strings is expected), so no field list
 * is kept by hand.
 */
export function acceptSingleStrings(data: Record<string, unknown>): void {
  for (let round = 0; round < 100 && !validate(data); round++) {
    const fixable = (validate.errors ?? []).filter((e) =>
      e.keyword === 'type' && e.schema === 'array' && typeof e.data === 'string' &&
      (e.parentSchema as { items?: { type?: unknown } } | undefined)?.items?.type === 'string');
    if (!fixable.length) return;
    for (const error of fixable) {
      const path = segments(error.instancePath);
      let parent: unknown = data;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string, unknown>)[key];
      const last = path[path.length - 1]!;
      const holder = parent as Record<string, unknown>;
      if (typeof holder[last] === 'string') holder[last] = [holder[last]];
    }
  }
}

/** Validates against the schema and turns ajv's errors into plain sentences at the right line. */
export function validateAgainstSchema(data: unknown, at: At): ManifestProblem[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A failed anyOf (or oneOf) explains itself better than each of its branches' errors at the same
  // place, unless a branch took the value's form and only its range failed ("9999h" is a duration, too long).
  const inRange = rangeOnlyBranchErrors(errors);
  const anyOfPaths = new Set(errors.filter((e) => (e.keyword === 'anyOf' || e.keyword === 'oneOf') && !inRange.has(e)).map((e) => e.instancePath));
  // A value of the wrong type has no range to speak of.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type' && !inRange.has(e)).map((e) => e.instancePath));
  // A misspelt key ("requst") already says "did you mean request"; "missing request" would be noise.
  // Only where a key is missing: a suggestion costs an edit-distance table per known key.
  const missingAt = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  const misspelt = new Set(errors.filter((e) => e.keyword === 'additionalProperties' && missingAt.has(e.instancePath)).map((e) => {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    return `${e.instancePath}|${didYouMean(key, Object.keys((e.parentSchema as SchemaNode).properties ?? {}))}`;
  }));
  const seen = new Set<string>();
  const problems: ManifestProblem[] = [];
  for (const error of errors) {
    if (inRange.has(error)) continue;
    if (anyOfPaths.has(error.instancePath) && error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    if (RANGE_KEYWORDS.has(error.keyword) && wrongType.has(error.instancePath)) continue;
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}|${(error.params as { missingProperty: string }).missingProperty}`)) continue;
    if (error.keyword === 'propertyNames') continue; // its inner error already names the key
    // Past the first few hundred problems (20,000 unknown keys are one mistake) suggestions are not worked out.
    const problem = describeError(error, at, problems.length < SUGGESTIONS_UP_TO);
    if (!problem) continue;
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

const SUGGESTIONS_UP_TO = 200;

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'x-bounds']);

/**
 * Errors to leave out where an anyOf failed but one of its branches took the value's form and failed
 * only on range: that branch's error says more ("must be <= 1") than the list of forms, so the anyOf
 * and the other branches' errors go.
 */
function rangeOnlyBranchErrors(errors: ErrorObject[]): Set<ErrorObject> {
  const out = new Set<ErrorObject>();
  // By place first: a manifest with thousands of bad values must not compare every error with every other.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) {
    const branches = new Map<string, ErrorObject[]>();
    for (const e of byPath.get(anyOf.instancePath) ?? []) {
      if (e === anyOf || !e.schemaPath.startsWith(`${anyOf.schemaPath}/`)) continue;
      const branch = e.schemaPath.slice(anyOf.schemaPath.length + 1).split('/')[0]!;
      const list = branches.get(branch);
      if (list) list.push(e);
      else branches.set(branch, [e]);
    }
    const ranged = [...branches.values()].find((list) => list.every((e) => RANGE_KEYWORDS.has(e.keyword)));
    if (!ranged) continue;
    out.add(anyOf);
    for (const list of branches.values()) if (list !== ranged) list.forEach((e) => out.add(e));
  }
  return out;
}

function segments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function displayPath(path: (string | number)[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const segment of path) {
    if (Array.isArray(node)) out += `[${segment}]`;
    else out += out ? `.${segment}` : String(segment);
    node = (node as Record<string, unknown> | undefined)?.[segment as never];
  }
  return out;
}

export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return value.length > 40 ? 'a string' : `"${value}"`;
  if (typeof value === 'boolean') return String(value);
  return `a number (${value})`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a map', null: 'nothing',
};

function describeError(error: ErrorObject, at: At, suggest = true): ManifestProblem | undefined {
  const path = segments(error.instancePath);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const root = error.instancePath === '' ? undefined : error.instancePath;
  const where = displayPath(path, rootData(error));
  const subject = root ? where : 'the manifest';
  const expected = schema['x-expected'];
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(schema.properties ?? {});
      const suggestion = suggest ? didYouMean(key, known) : undefined;
      const inside = root ? ` in ${where}` : '';
      const tail = suggestion ? `; did you mean "${suggestion}"?` : known.length ? `; expected one of: ${known.join(', ')}` : '';
      return { ...at([...path, key], 'key'), message: `unknown key "${key}"${inside}${tail}` };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return { ...at(path, 'key'), message: `${subject} is missing "${missing}"` };
    }
    case 'type':
      return { ...at(path), message: `${subject} must be ${expected ?? typeWords((error.params as { type: string | string[] }).type)}, got ${typeOf(error.data)}` };
    case 'anyOf':
    case 'oneOf':
      return { ...at(path), message: `${subject} must be ${expected ?? 'one of the allowed forms'}, got ${describeValue(error.data)}` };
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const suggestion = suggest && typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        ...at(path),
        message: `${subject} must be one of ${allowed.map((v) => String(v)).join(', ')}, got ${describeValue(error.data)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
    }
    case 'const':
      return { ...at(path), message: `${subject} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${describeValue(error.data)}` };
    case 'pattern': {
      const name = (error as ErrorObject & { propertyName?: string }).propertyName;
      if (name !== undefined) {
        return { ...at([...path, name], 'key'), message: `"${name}" is not a valid name in ${subject}: use letters, digits, - and _` };
      }
      return { ...at(path), message: `${subject} must be ${expected ?? `text matching ${schema.pattern}`}, got ${describeValue(error.data)}` };
    }
    case 'minItems':
      return { ...at(path), message: `${subject} must have at least ${(error.params as { limit: number }).limit} item(s)` };
    case 'maxLength':
      return { ...at(path), message: `${subject} must be at most ${(error.params as { limit: number }).limit} characters long, got ${(error.data as string).length}` };
    case 'minLength':
      return { ...at(path), message: `${subject} must not be empty` };
    case 'x-bounds': {
      const bounds = error.schema as { unit: 'ms' | 'bytes'; minimum: number; maximum: number };
      const show = bounds.unit === 'ms' ? formatMs : formatBytes;
      return { ...at(path), message: `${subject} must be from ${show(bounds.minimum)} to ${show(bounds.maximum)}, got ${describeValue(error.data)}` };
    }
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum': {
      const { comparison, limit } = error.params as { comparison: string; limit: number };
      return { ...at(path), message: `${subject} must be ${comparison} ${limit}, got ${describeValue(error.data)}` };
    }
    default:
      return { ...at(path), message: `${subject} ${error.message ?? 'is not valid'}` };
  }
}

/** 604800000 → "7 days (168h)", 1000 → "1s". */
function formatMs(ms: number): string {
  if (ms >= 86_400_000 && ms % 86_400_000 === 0) return `${ms / 86_400_000} days (${ms / 3_600_000}h)`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 ** 3], ['MiB', 1024 ** 2], ['KiB', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

function typeWords(type: string | string[]): string {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'number') return Number.isFinite(value) ? 'a number' : `${value} (not a finite number)`;
  if (typeof value === 'boolean') return `${value}`;
  return 'a string';
}

// ajv's verbose errors carry the failing value but not the root; display paths only need to know
// which segments are list indexes, which numeric segments under a list always are.
function rootData(error: ErrorObject): unknown {
  const path = segments(error.instancePath);
  const shape: Record<string, unknown> = {};
  let node: Record<string, unknown> | unknown[] = shape;
  for (let i = 0; i < path.length; i++) {
    const next = path[i + 1];
    const child: Record<string, unknown> | unknown[] = next !== undefined && /^\d+$/.test(next) ? [] : {};
    (node as Record<string, unknown>)[path[i]!] = child;
    node = child;
  }
  return shape;
}
