#!/usr/bin/env node
// Generates src/manifest/types.generated.ts, the standalone validator and docs/manifest.md from schema/release-gate.schema.json,
// the single source of truth. `--check` exits 1 when a committed file differs from what it would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import Ajv, { _ } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'schema/release-gate.schema.json');
const typesPath = join(root, 'src/manifest/types.generated.ts');
const docsPath = join(root, 'docs/manifest.md');
const validatorPath = join(root, 'src/manifest/schema-validator.generated.js');

const BANNER = '/* Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit. */';

export async function renderTypes(schema) {
  const ts = await compile(structuredClone(schema), 'Manifest', {
    bannerComment: BANNER,
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 110 },
    unknownAny: true,
    strictIndexSignatures: false,
  });
  return ts;
}

/**
 * `x-bounds: { unit, minimum, maximum }` bounds a number written as text ("30s", "10MB"): the pattern
 * says what the text looks like, this says how big the number it stands for may be. It is compiled
 * into the standalone validator, so its errors come back with the others, at their line.
 */
export const BOUND_UNITS = {
  ms: { pattern: '^\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)\\s*$', scale: { ms: 1, s: 1000, m: 60000, h: 3600000 } },
  bytes: { pattern: '^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)i?b?\\s*$', scale: { '': 1, k: 1024, m: 1048576, g: 1073741824 } },
};
const boundsKeyword = {
  keyword: 'x-bounds',
  type: 'string',
  schemaType: 'object',
  code(cxt) {
    const { data, schema } = cxt;
    const unit = BOUND_UNITS[schema.unit];
    if (!unit || typeof schema.minimum !== 'number' || typeof schema.maximum !== 'number') throw new Error(`x-bounds needs a unit (${Object.keys(BOUND_UNITS).join(', ')}), a minimum and a maximum`);
    // Text the pattern refuses gives NaN, which passes here: the pattern's error is enough.
    const value = _`((m) => m ? Math.floor(Number(m[1]) * ${unit.scale}[m[2].toLowerCase()]) : NaN)(new RegExp(${unit.pattern}, "i").exec(${data}))`;
    cxt.fail(_`((v) => v < ${schema.minimum} || v > ${schema.maximum})(${value})`);
  },
};

/**
 * The schema compiled to a standalone validator at build time: compiling it with ajv at run time cost
 * about 300 ms on every start. The options must match what src/manifest/validate.ts expects of errors.
 */
export function renderValidator(schema) {
  const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true, lines: true } });
  ajv.addVocabulary(['x-expected']);
  ajv.addKeyword(boundsKeyword);
  const code = standaloneCode.default(ajv, ajv.compile(structuredClone(schema)));
  // ajv emits require() for its runtime helpers even in ESM mode; make them imports.
  const imports = [];
  const body = code.replace(/require\("([^"]+)"\)\.default/g, (_, mod) => {
    const name = `runtime${imports.length}`;
    imports.push(`import ${name} from '${mod}.js';`);
    return `${name}.default ?? ${name}`;
  });
  if (/require\(/.test(body)) throw new Error('the standalone validator still calls require()');
  return `// Generated from schema/release-gate.schema.json by \`npm run generate\`. Do not edit.\n${imports.join('\n')}\n${sectionsCompiledApart(schemasParsed(body.replace(/^"use strict";/, '')))}\n`;
}

/**
 * ajv writes the schema (and the parts of it that errors point at) as object literals: 60 KB of them
 * for the whole schema, which V8 parses in full on every start without cached code and builds, literal
 * by literal, the first time the module runs. `JSON.parse` of the same text is a string to V8's parser
 * and a faster build (V8's own advice for large literals run once); the objects are equal.
 */
export function schemasParsed(code) {
  return code.replace(/^const (schema\d+) = (\{.*\});$/gm, (_, name, literal) => {
    const value = JSON.parse(literal); // ajv writes JSON.stringify(schema): it must parse as JSON
    if (literal.includes('"__proto__"')) throw new Error(`${name}: a __proto__ key means another thing in an object literal than in JSON`);
    if (JSON.stringify(value) !== literal) throw new Error(`${name} is not JSON.stringify's text`);
    return `const ${name} = JSON.parse(${JSON.stringify(literal)});`;
  });
}

/**
 * ajv writes the whole manifest's validation as one function (500 KB), which V8 compiles in full on
 * its first call (about 100 M instructions, for a manifest that has a few of its sections). Here the
 * checks of each top-level key become an arrow function called where they stood: V8 compiles a
 * function when it first runs, so a run compiles the sections its manifest has (65 M for one). The statements and their order
 * are unchanged, so are the errors; a block that could behave differently inside a function (a
 * return, a break out of it, `this`, a `var` used after it) stops the generation.
 */
export function sectionsCompiledApart(code) {
  const file = ts.createSourceFile('validator.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const rootName = /export default (\w+);/.exec(code)?.[1];
  const root = file.statements.find((s) => ts.isFunctionDeclaration(s) && s.name?.text === rootName);
  if (!root?.body) throw new Error(`the standalone validator has no function ${rootName}`);
  const blocks = [];
  const findSections = (node) => {
    if (ts.isFunctionLike(node) && node !== root) return;
    if (ts.isIterationStatement(node, false)) return; // a section's checks run once, never in a loop of the root's
    if (ts.isIfStatement(node) && /^data(\.[A-Za-z_$][\w$]*|\["[^"\\]+"\]) !== undefined$/.test(node.expression.getText()) && ts.isBlock(node.thenStatement)) {
      blocks.push(node.thenStatement);
      return;
    }
    ts.forEachChild(node, findSections);
  };
  ts.forEachChild(root.body, findSections);
  if (blocks.length < 5) throw new Error(`expected the manifest's top-level sections in ${rootName}, found ${blocks.length}`);

  const varsInside = new Set();
  for (const block of blocks) {
    const visit = (node, loops) => {
      if (ts.isFunctionLike(node)) return;
      if (ts.isReturnStatement(node) || node.kind === ts.SyntaxKind.ThisKeyword || (ts.isIdentifier(node) && node.text === 'arguments') || ts.isLabeledStatement(node)) {
        throw new Error(`a section of ${rootName} cannot move into a function: ${node.getText().slice(0, 80)}`);
      }
      if ((ts.isBreakStatement(node) || ts.isContinueStatement(node)) && loops === 0) throw new Error(`a section of ${rootName} breaks out of itself: ${node.getText()}`);
      if (ts.isVariableDeclarationList(node) && !(node.flags & ts.NodeFlags.BlockScoped)) {
        for (const d of node.declarations) if (ts.isIdentifier(d.name)) varsInside.add(d.name.text);
      }
      const inLoop = ts.isIterationStatement(node, false) || ts.isSwitchStatement(node) ? loops + 1 : loops;
      ts.forEachChild(node, (child) => visit(child, inLoop));
    };
    ts.forEachChild(block, (child) => visit(child, 0));
  }
  const inBlock = new Set(blocks);
  const usedOutside = (node) => {
    if (inBlock.has(node)) return;
    if (ts.isIdentifier(node) && varsInside.has(node.text)) throw new Error(`${node.text} is declared in a section of ${rootName} and used outside it`);
    ts.forEachChild(node, usedOutside);
  };
  usedOutside(root.body);

  let out = code;
  for (const block of [...blocks].sort((a, b) => b.getStart() - a.getStart())) {
    const start = block.getStart();
    // Not `(() => {...})()`: V8 compiles a parenthesized function at once, guessing it is called at once.
    out = `${out.slice(0, start)}{const section = () => {${out.slice(start + 1, block.end - 1)}};\nsection();}${out.slice(block.end)}`;
  }
  return out;
}

function resolve(schema, node) {
  if (node && node.$ref) return resolve(schema, schema.$defs[node.$ref.split('/').pop()]);
  if (node && node.allOf && node.allOf.length === 1) return { ...resolve(schema, node.allOf[0]), ...node, allOf: undefined };
  return node ?? {};
}

function typeName(schema, node) {
  node = resolve(schema, node);
  if (node['x-expected']) return node['x-expected'];
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(' \\| ');
  if (Array.isArray(node.type)) return node.type.join(' or ');
  if (node.type === 'array') return `list of ${typeName(schema, node.items)}`;
  if (node.type === 'object') return 'map';
  return node.type ?? 'any value';
}

/** "0 to 1000000", or for text standing for a number "0ms to 7 days": the bounds every number carries. */
function rangeText(schema, node) {
  node = resolve(schema, node);
  const show = { ms: (v) => (v >= 86400000 && v % 86400000 === 0 ? `${v / 86400000} days` : `${v}ms`), bytes: (v) => (v >= 1073741824 && v % 1073741824 === 0 ? `${v / 1073741824} GiB` : `${v} bytes`) };
  const bounds = node['x-bounds'] ?? (node.anyOf ?? []).map((b) => resolve(schema, b)['x-bounds']).find(Boolean);
  if (bounds) return `${show[bounds.unit](bounds.minimum)} to ${show[bounds.unit](bounds.maximum)}`;
  const numeric = [node, ...(node.anyOf ?? []).map((b) => resolve(schema, b))].find((n) => [n.type].flat().some((t) => t === 'number' || t === 'integer'));
  if (!numeric || numeric.maximum === undefined) return '';
  const low = numeric.minimum ?? numeric.exclusiveMinimum;
  return `${numeric.exclusiveMinimum !== undefined ? 'over ' : ''}${low} to ${numeric.maximum}`;
}

function rows(schema, node, prefix, out) {
  node = resolve(schema, node);
  const required = new Set(node.required ?? []);
  for (const [key, raw] of Object.entries(node.properties ?? {})) {
    const child = resolve(schema, raw);
    const path = prefix ? `${prefix}.${key}` : key;
    const range = rangeText(schema, raw);
    const desc = `${raw.description ?? child.description ?? ''}${range ? ` Range: ${range}.` : ''}`.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    out.push(`| \`${path}\` | ${typeName(schema, raw)} | ${required.has(key) ? 'yes' : ''} | ${desc} |`);
    if (child.type === 'object' && child.properties) rows(schema, child, path, out);
    if (child.type === 'object' && typeof child.additionalProperties === 'object') {
      const inner = resolve(schema, child.additionalProperties);
      if (inner.properties) rows(schema, inner, `${path}.<name>`, out);
    }
    if (child.type === 'array' && child.items && resolve(schema, child.items).properties) rows(schema, child.items, `${path}[]`, out);
  }
}

export function renderDocs(schema) {
  const out = [
    '<!-- Generated from schema/release-gate.schema.json by `npm run generate`. Do not edit. -->',
    '# The manifest',
    '',
    schema.description,
    '',
    'The default path is `.github/release-gate.yml`; the CLI\'s `--manifest` and the actions\' `manifest` input',
    'change it. Add this first line and editors that run yaml-language-server complete and check every key:',
    '',
    '```yaml',
    '# yaml-language-server: $schema=https://release-gate.dev/schema/release-gate.schema.json',
    'version: 1',
    '```',
    '',
    '(A relative path to `schema/release-gate.schema.json` in a checkout of release-gate works too.)',
    '',
    'Every error names `file:line:column` and says what was expected; an unknown key gets a did-you-mean.',
    '',
    '## Templates',
    '',
    '`{{ env.NAME }}` reads the process environment; `{{ name }}` reads a value captured by a session\'s',
    'login or by an earlier step. Both are secrets: they are masked in every output. A capture used',
    'before the request that defines it is an error on its line, found when the manifest is loaded.',
    'A step or endpoint runs in the first session unless it names another (`session: viewer`).',
    '',
  ];
  for (const [key, raw] of Object.entries(schema.properties)) {
    const node = resolve(schema, raw);
    out.push(`## \`${key}\``, '', raw.description ?? node.description ?? '', '');
    out.push('| key | value | required | meaning |', '| --- | --- | --- | --- |');
    out.push(`| \`${key}\` | ${typeName(schema, raw)} | ${(schema.required ?? []).includes(key) ? 'yes' : ''} | |`);
    const sub = [];
    if (node.properties) rows(schema, node, key, sub);
    if (node.type === 'object' && typeof node.additionalProperties === 'object') {
      const inner = resolve(schema, node.additionalProperties);
      if (inner.properties) rows(schema, inner, `${key}.<name>`, sub);
    }
    out.push(...sub, '');
  }
  out.push('## Durations', '', resolve(schema, schema.$defs.duration).description, 'At most 7 days (604800000 ms); longer is a manifest error.', '');
  out.push('## Numbers', '', 'Every number in the manifest has bounds, shown as Range above: a number outside them, a number that is not',
    'finite (`.inf`, `.nan`) or a fraction where a whole number is meant is a manifest error at its line (exit 2). Text that stands',
    'for a number (a duration, a size, a share such as `5%`, a port in an address) is bounded the same way.', '');
  out.push('## Rule overrides', '', 'Every check section takes `rules:`, a map from rule id to `error`, `warning`, `notice` or `off`.',
    'An override changes the severity of that rule\'s findings, or drops them, in every output.', '');
  return out.join('\n');
}

async function main() {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const files = [[typesPath, await renderTypes(schema)], [docsPath, renderDocs(schema)], [validatorPath, renderValidator(schema)]];
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [path, text] of files) {
    const current = (() => { try { return readFileSync(path, 'utf8'); } catch { return ''; } })();
    if (current === text) continue;
    if (check) { console.error(`${path.slice(root.length + 1)} is out of date: run npm run generate`); stale++; }
    else writeFileSync(path, text);
  }
  process.exitCode = stale ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
