import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCase } from './rule-tester.js';

// The demo's env part must show exactly its planted problems, whatever urls the demo gives its environments.
const DEMO = join(dirname(fileURLToPath(import.meta.url)), '../../../demo/workspace');
const FILES = ['.env.example', 'deploy/staging.env', 'deploy/production.env', 'src/config.ts'];
const read = (file: string) => readFileSync(join(DEMO, file), 'utf8');
const planted = JSON.parse(read('planted-env.json')) as { check: string; ruleId: string; file: string; line: number }[];

describe('the demo workspace', () => {
  test.each([
    ['loopback urls, as when the demo app runs locally', 'http://127.0.0.1:4100', 'http://127.0.0.1:4200'],
    ['public-looking urls', 'https://staging.ops.example.com', 'https://ops.example.com'],
  ])('with %s, finds exactly the planted problems', async (_, stagingUrl, productionUrl) => {
    const manifest = [
      'version: 1',
      'environments:',
      '  staging:',
      `    url: ${stagingUrl}`,
      '    env-file: deploy/staging.env',
      '  production:',
      `    url: ${productionUrl}`,
      '    env-file: deploy/production.env',
      read('manifest-env.yml'),
    ].join('\n');
    const { findings } = await runCase({ manifest, files: Object.fromEntries(FILES.map((f) => [f, read(f)])) });
    expect(findings.map((f) => ({ check: 'env', ruleId: f.ruleId, file: f.file, line: f.line }))).toEqual(
      planted.map(({ check, ruleId, file, line }) => ({ check, ruleId, file, line })),
    );
  });
});
