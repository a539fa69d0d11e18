import { describe, expect, test } from '@jest/globals';
import { findUses, languageOf } from '../../../src/checks/env/code-uses.js';

const names = (path: string, text: string) => findUses(path, text).map((u) => `${u.kind}:${u.name}@${u.line}:${u.column}`);

describe('findUses', () => {
  test('knows languages by extension', () => {
    expect(['a.ts', 'a.tsx', 'a.mjs', 'a.vue', 'a.py', 'a.rb', 'Rakefile', 'a.go', 'schema.prisma', 'w.yml', 'a.png', 'Makefile', 'dir.d/file']
      .map((p) => languageOf(p) ?? '-')).toEqual(['js', 'js', 'js', 'js', 'python', 'ruby', 'ruby', 'go', 'prisma', 'workflow', '-', '-', '-']);
  });

  test('JS: dotted, bracketed, optional chaining, import.meta.env, Bun and Deno, destructuring across lines', () => {
    const text = [
      'process.env.A; process.env["B"]; process.env?.C; import.meta.env.D;',
      "Bun.env.E; Deno.env.get('F');",
      'const { G, H: h, I = 1, ...rest } =',
      '  process.env;',
      'const { J } = import.meta.env;',
      'process.env.hasOwnProperty("K"); process.env.L.trim();',
    ].join('\n');
    expect(names('x.ts', text)).toEqual([
      'js:A@1:13', 'js:B@1:29', 'js:C@1:47', 'import.meta.env:D@1:66',
      'js:E@2:9', 'js:F@2:26',
      'js:G@3:9', 'js:H@3:12', 'js:I@3:18',
      'import.meta.env:J@5:9',
      'js:L@6:46',
    ]);
  });

  test('an object literal assigned elsewhere is not destructuring', () => {
    expect(names('x.ts', 'const x = { A: 1 };\nprocess.env.B = x;\n')).toEqual(['js:B@2:13']);
  });

  test('Python, Ruby, Go', () => {
    expect(names('a.py', "os.environ['A']\nenviron.get(\"B\")\nos.getenv('C', 'd')\nos.environ.setdefault('D', '1')\n")).toEqual(['python:A@1:13', 'python:B@2:14', 'python:C@3:12', 'python:D@4:24']);
    expect(names('a.rb', "ENV['A']\nENV.fetch \"B\"\nENV.key?('C')\n")).toEqual(['ruby:A@1:6', 'ruby:B@2:12', 'ruby:C@3:11']);
    expect(names('a.go', 'os.Getenv("A")\nv, ok := os.LookupEnv("B")\n')).toEqual(['go:A@1:12', 'go:B@2:24']);
  });

  test('workflows: expressions, bracket form, if: without ${{ }}, nothing outside expressions', () => {
    const text = [
      'secrets: inherit',
      'env:',
      "  A: ${{ secrets.ONE }}-${{ vars['TWO'] }}",
      '  B: secrets.NOT_AN_EXPRESSION',
      "if: secrets.THREE != ''",
      '  - if: ${{ vars.FOUR }}',
      'run: echo "${{ toJSON(secrets) }}"',
    ].join('\n');
    expect(names('ci.yml', text)).toEqual(['secrets:ONE@3:18', 'vars:TWO@3:35', 'secrets:THREE@5:13', 'vars:FOUR@6:18']);
  });

  test('whole-line comments are skipped; a trailing comment is not (a regex scanner cannot tell strings from comments)', () => {
    expect(names('a.ts', '// process.env.A\n/* process.env.B */\n * process.env.C\nx = process.env.D // process.env.E\n')).toEqual(['js:D@4:17', 'js:E@4:34']);
    expect(names('a.py', '# os.getenv("A")\n')).toEqual([]);
  });

  test('files without a trigger word are not searched', () => {
    expect(findUses('a.go', 'package main\n')).toEqual([]);
  });
});
