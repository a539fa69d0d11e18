import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { PRESETS } from '../../checks/migrations/presets.js';
import { DEFAULT_MANIFEST } from '../../manifest/load.js';
import type { CliIO } from '../main.js';

export const WORKFLOW_FILE = '.github/workflows/release-gate.yml';
const IGNORED = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/vendor/**', '**/.venv/**', '**/venv/**'];

/** What `init` found in a repository, and what the user must still fill in. */
export interface Detection {
  declaredIn: string[];
  scan: string[];
  frameworks: string[];
  platforms: string[];
  workflowSecrets: string[];
  migrations?: { preset: string; paths: string[]; ordering: string; note?: string };
  migrationNote?: string;
  logs: string[];
  todo: string[];
}

const LANGUAGE_GLOBS: [string, string][] = [
  ['**/*.{ts,tsx,js,jsx,mjs,cjs,vue,svelte}', 'JavaScript/TypeScript'],
  ['**/*.py', 'Python'],
  ['**/*.{rb,erb,rake}', 'Ruby'],
  ['**/*.go', 'Go'],
];

/**
 * Hosting platforms, recognised by their config files. The variables they set are known to the env
 * check (PLATFORM_NAMES in checks/env/model.ts) and never reported, so init only says which it saw.
 */
const PLATFORMS: { name: string; files: string[] }[] = [
  { name: 'Vercel', files: ['vercel.json', '.vercel/project.json'] },
  { name: 'Netlify', files: ['netlify.toml'] },
  { name: 'Render', files: ['render.yaml'] },
  { name: 'Railway', files: ['railway.json', 'railway.toml'] },
  { name: 'Fly', files: ['fly.toml'] },
  { name: 'Heroku', files: ['Procfile', 'app.json'] },
];

/** Inspects a repository; reads files, writes nothing. */
export async function detect(root: string): Promise<Detection> {
  const files = (pattern: string | string[]) => glob(pattern, { cwd: root, dot: true, ignore: IGNORED, expandDirectories: false });
  const exists = (path: string) => existsSync(join(root, path));
  const read = (path: string) => { try { return readFileSync(join(root, path), 'utf8'); } catch { return ''; } };
  const todo: string[] = [];

  const samples = (await files(['.env.example', '.env.sample', '.env.template', '.env.dist', '**/.env.example', '**/.env.sample', '.env.*']))
    .filter((f) => !/(^|\/)\.env(\.local|\.[^.]*\.local)?$/.test(f) && !/\.(local|production|prod|staging|development|dev|test)$/.test(f))
    .sort();
  const declaredIn = [...new Set(samples)].slice(0, 5);
  if (!declaredIn.length) todo.push('No .env.example was found: create one listing every variable the app needs (names only), then add it to env.declared-in.');

  const scan: string[] = [];
  const languages: string[] = [];
  for (const [pattern, language] of LANGUAGE_GLOBS) {
    if ((await files(pattern)).length) { scan.push(pattern); languages.push(language); }
  }
  const workflows = (await files('.github/workflows/*.{yml,yaml}')).filter((f) => !f.endsWith('/release-gate.yml')).sort();
  if (workflows.length) scan.push('.github/workflows/*.{yml,yaml}');
  const workflowSecrets = [...new Set(workflows.flatMap((f) => [...read(f).matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)))]
    .filter((n) => n !== 'GITHUB_TOKEN').sort();

  const frameworks: string[] = [];
  const pkg = read('package.json');
  const deps = (() => { try { const p = JSON.parse(pkg) as Record<string, Record<string, string> | undefined>; return { ...p.dependencies, ...p.devDependencies }; } catch { return {}; } })();
  const nextConfig = (await files('next.config.{js,mjs,ts,cjs}'))[0];
  if (deps.next || nextConfig) {
    frameworks.push('Next.js');
    const keys = nextConfig ? [...read(nextConfig).matchAll(/env\s*:\s*\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/([A-Z][A-Z0-9_]*)\s*:/g)].map((k) => k[1]!)) : [];
    todo.push(`Next.js: NEXT_PUBLIC_* variables are built into the browser bundle; never give one a secret value (mark secrets in env.vars with secret: true).${keys.length ? ` next.config env: sets ${keys.join(', ')}.` : ''}`);
  }
  if (deps.vite) { frameworks.push('Vite'); todo.push('Vite: VITE_* variables end up in the browser bundle; keep secrets out of them.'); }
  if ((await files('**/settings.py')).length || exists('manage.py')) frameworks.push('Django');
  if (exists('config/application.rb') || exists('Gemfile') && read('Gemfile').includes('rails')) {
    frameworks.push('Rails');
    if (exists('config/credentials.yml.enc')) todo.push('Rails credentials (config/credentials.yml.enc) are encrypted: only RAILS_MASTER_KEY must be set per environment; declare it in .env.example.');
  }

  const platforms = PLATFORMS.filter((p) => p.files.some(exists)).map((p) => p.name);

  const { migrations, migrationNote } = await detectMigrations(root, files, read);
  const logs = (await files(['logs/**/*.log', 'log/**/*.log'])).length ? ['logs/**/*.log', 'log/**/*.log'].filter((g) => exists(g.split('/')[0]!)) : [];

  todo.push('environments: replace the example URLs with your staging and production origins.');
  if (workflowSecrets.length) todo.push(`Workflows read secrets ${workflowSecrets.join(', ')}: each must exist in Settings → Secrets and variables → Actions.`);
  return { declaredIn, scan, frameworks, platforms, workflowSecrets, migrations, migrationNote, logs, todo };
}

type Files = (pattern: string | string[]) => Promise<string[]>;

/** The migration layout, from the presets registry and what the files say about their tool. */
async function detectMigrations(root: string, files: Files, read: (path: string) => string): Promise<Pick<Detection, 'migrations' | 'migrationNote'>> {
  const presets = PRESETS as Record<string, (typeof PRESETS)[keyof typeof PRESETS] | undefined>;
  const ordering = (name: string) => presets[name]?.runnerNote ?? '';
  const sql = (await files('**/*.sql')).sort();
  const pick = (preset: string, paths: string[], note?: string) => ({
    migrations: presets[preset]
      ? { preset, paths, ordering: orderingRule(preset), ...(note ? { note } : {}) }
      : { preset: 'plain', paths, ordering: orderingRule('plain'), note: `${preset} files were found; this release-gate has no ${preset} preset yet, so they are read as plain SQL${note ? `; ${note}` : ''}` },
  });
  void ordering;
  const dirsOf = (list: string[]) => [...new Set(list.map((f) => `${dirname(f)}/*.sql`))];

  const marked = (re: RegExp) => sql.filter((f) => re.test(read(f)));
  for (const [re, preset] of [[/^--\s*migrate:up\b/m, 'dbmate'], [/^--\s*\+goose\s+up\b/im, 'goose'], [/^--\s*\+migrate\s+up\b/im, 'sql-migrate']] as const) {
    const found = marked(re);
    if (found.length) return pick(preset, dirsOf(found));
  }
  const prisma = sql.filter((f) => /^prisma\/migrations\/[^/]+\/migration\.sql$/.test(f));
  if (prisma.length) return pick('prisma', ['prisma/migrations/*/migration.sql']);
  const up = sql.filter((f) => f.endsWith('.up.sql'));
  if (up.length) return pick('golang-migrate', [...new Set(up.map((f) => `${dirname(f)}/*.up.sql`))]);
  const flyway = sql.filter((f) => /(^|\/)[VR]\d*(_\d+)*__[^/]+\.sql$/.test(f));
  if (flyway.length) return pick('flyway', dirsOf(flyway));
  const rails = sql.filter((f) => f.startsWith('db/migrate/'));
  if (rails.length) return pick('rails', ['db/migrate/*.sql']);
  const drizzle = sql.filter((f) => /^drizzle\//.test(f) || /(^|\/)drizzle\/[^/]+\.sql$/.test(f));
  if (drizzle.length) return pick('plain', dirsOf(drizzle), 'Drizzle: the generated SQL in drizzle/ is what runs');
  const plain = sql.filter((f) => /(^|\/)(migrations?|migrate|db)\//.test(f) && /(^|\/)\d+[^/]*\.sql$/.test(f));
  if (plain.length) return pick('plain', dirsOf(plain));

  const code = await files(['db/migrate/*.rb', '**/migrations/*.py', 'migrations/*.{js,ts}', 'src/migrations/*.{js,ts}', '**/migration/*.ts', 'knexfile.{js,ts}']);
  if (code.length) {
    const tool = code.some((f) => f.endsWith('.rb')) ? 'Rails' : code.some((f) => f.endsWith('.py')) ? 'Django'
      : code.some((f) => f.startsWith('knexfile')) ? 'Knex' : 'TypeORM/Knex';
    return {
      migrationNote: `${tool} migrations are written in ${tool === 'Rails' ? 'Ruby' : tool === 'Django' ? 'Python' : 'JavaScript/TypeScript'}; the migrations check reads the SQL they run. ` +
        `Write it out in CI (${tool === 'Rails' ? 'structure.sql or `rails db:migrate` with a SQL log' : tool === 'Django' ? '`python manage.py sqlmigrate app 0001 > migrations/sql/0001.sql`' : "`knex migrate:latest --debug` or the tool's SQL output"}) and add a migrations section with its paths.`,
    };
  }
  return {};
}

function orderingRule(preset: string): string {
  switch (preset) {
    case 'prisma': return 'ordered by the timestamp in each folder name';
    case 'rails': return 'ordered by the timestamp before the first underscore';
    case 'flyway': return 'ordered by the V<version> prefix; R__ repeatable scripts last';
    case 'golang-migrate': return 'ordered by the number before the first underscore; only .up.sql runs on deploy';
    case 'dbmate': return 'ordered by the timestamp before the first underscore; only the migrate:up part runs';
    case 'goose': return 'ordered by the number before the first underscore; only the +goose Up part runs, in a transaction unless NO TRANSACTION';
    case 'sql-migrate': return 'ordered by the number the file name starts with; only the +migrate Up part runs, in a transaction unless notransaction';
    default: return 'ordered by the leading digits of each file name';
  }
}

/** The manifest text: every detected value, with comments where a person must decide. */
export function renderManifest(d: Detection): string {
  const list = (items: string[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
  const lines = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/release-gate/release-gate/v1/schema/release-gate.schema.json',
    '# Written by `release-gate init`; see docs/manifest.md for every field and docs/adopting.md for the next steps.',
    'version: 1',
    'environments:            # TODO: your deployed origins',
    '  staging:',
    '    url: https://staging.example.com',
    '  production:',
    '    url: https://example.com',
    'env:',
  ];
  if (d.declaredIn.length) lines.push(`  declared-in: ${list(d.declaredIn)}`);
  lines.push(`  scan: ${list(d.scan.length ? d.scan : ['src/**/*.ts'])}`);
  if (d.platforms.length) lines.push(`  # ignore: []   # names set outside the app; ${d.platforms.join(', ')}'s own variables are already known`);
  if (d.migrations) {
    lines.push('migrations:', `  preset: ${d.migrations.preset}        # ${d.migrations.ordering}`, `  paths: ${list(d.migrations.paths)}`);
  } else if (d.migrationNote) {
    lines.push(`# migrations: ${d.migrationNote}`);
  }
  lines.push('secrets:', '  exclude: ["**/*.lock", "package-lock.json"]');
  if (d.logs.length) lines.push(`  logs: ${list(d.logs)}`);
  lines.push(
    '# After a deploy (see the post-deploy job in the workflow):',
    '# smoke:',
    '#   environment: production',
    '#   steps:',
    '#     - name: home',
    '#       request: GET /',
    '#       expect: { status: 200 }',
    '',
  );
  return lines.join('\n');
}

export function renderWorkflow(): string {
  return `# Written by \`release-gate init\`. The pull-request job runs the static checks and reports only what
# each pull request adds; the jobs below it are ready to enable once the manifest has those sections.
name: release-gate

on:
  pull_request:
  # push:
  #   branches: [main]
  # schedule:
  #   - cron: "17 3 * * *"

permissions:
  contents: read

jobs:
  pull-request:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the gate compares with the pull request's base commit
      - uses: release-gate/release-gate@v1
        with:
          checks: env,migrations,secrets

  # post-deploy:
  #   if: github.event_name == 'push'
  #   runs-on: ubuntu-latest
  #   environment: production
  #   steps:
  #     - uses: actions/checkout@v4
  #     - uses: release-gate/release-gate@v1
  #       with:
  #         checks: smoke
  #         environment: production

  # nightly:
  #   if: github.event_name == 'schedule'
  #   runs-on: ubuntu-latest
  #   steps:
  #     - uses: actions/checkout@v4
  #     - uses: release-gate/release-gate@v1
  #       with:
  #         checks: domain,latency
`;
}

const USAGE = `Usage: release-gate init [--force]

Inspects the repository and writes ${DEFAULT_MANIFEST} and ${WORKFLOW_FILE}: env sample files, the
languages to scan, platform-provided variables, secrets used by workflows, the migration layout and
log files. Prints what it found and what you must fill in. Refuses to overwrite without --force.
`;

export const initCommand = {
  async run(argv: string[], io: CliIO): Promise<number> {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
    } catch (error) {
      io.stderr(`release-gate init: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (values.help) { io.stdout(USAGE); return 0; }
    const targets = [DEFAULT_MANIFEST, WORKFLOW_FILE];
    const present = targets.filter((t) => existsSync(join(io.cwd, t)));
    if (present.length && !values.force) {
      io.stderr(`release-gate init: ${present.join(' and ')} already exist${present.length === 1 ? 's' : ''}; pass --force to overwrite\n`);
      return 2;
    }
    const found = await detect(io.cwd);
    await mkdir(join(io.cwd, '.github/workflows'), { recursive: true });
    await writeFile(join(io.cwd, DEFAULT_MANIFEST), renderManifest(found));
    await writeFile(join(io.cwd, WORKFLOW_FILE), renderWorkflow());
    io.stdout(describe(found));
    return 0;
  },
};

function describe(d: Detection): string {
  const out = [`release-gate init: wrote ${DEFAULT_MANIFEST} and ${WORKFLOW_FILE}`, '', 'Found:'];
  const item = (label: string, value: string) => out.push(`  ${label.padEnd(18)}${value}`);
  item('env samples', d.declaredIn.join(', ') || 'none');
  item('code scanned', d.scan.join(', ') || 'none');
  if (d.frameworks.length) item('frameworks', d.frameworks.join(', '));
  if (d.platforms.length) item('platforms', `${d.platforms.join(', ')} (the variables they set are known and never reported)`);
  if (d.workflowSecrets.length) item('workflow secrets', d.workflowSecrets.join(', '));
  item('migrations', d.migrations ? `${d.migrations.preset}: ${d.migrations.paths.join(', ')}, ${d.migrations.ordering}${d.migrations.note ? ` (${d.migrations.note})` : ''}` : d.migrationNote ?? 'none found');
  if (d.logs.length) item('logs', d.logs.join(', '));
  out.push('', 'Fill in:', ...d.todo.map((t) => `  - ${t}`), '', 'Then: release-gate validate, release-gate (a first run), and docs/adopting.md for the rest.', '');
  return out.join('\n');
}
