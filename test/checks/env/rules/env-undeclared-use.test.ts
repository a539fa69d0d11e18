import { ruleTester } from '../rule-tester.js';

const scan = (globs = '["src/**/*", ".github/workflows/*.yml"]', extra = '') => `env:\n  declared-in: [.env.example]\n  scan: ${globs}\n${extra}`;
const EXAMPLE = { '.env.example': 'DATABASE_URL=\nAPI_TOKEN=\n' };

ruleTester('env-undeclared-use', {
  valid: [
    {
      name: 'every use is declared, in every language',
      manifest: scan(),
      files: {
        ...EXAMPLE,
        'src/a.ts': 'const url = process.env.DATABASE_URL;\nconst { API_TOKEN } = process.env;\n',
        'src/b.py': 'import os\nos.environ["DATABASE_URL"]\nos.getenv("API_TOKEN")\n',
        'src/c.rb': 'ENV.fetch("DATABASE_URL")\n',
        'src/d.go': 'os.Getenv("API_TOKEN")\n',
        '.github/workflows/deploy.yml': 'env:\n  TOKEN: ${{ secrets.API_TOKEN }}\n',
      },
    },
    {
      name: 'platform variables, Vite built-ins and env.ignore are never reported',
      manifest: scan('["src/**/*"]', '  ignore: [FEATURE_*]\n'),
      files: { ...EXAMPLE, 'src/a.ts': 'process.env.NODE_ENV; process.env.GITHUB_SHA; import.meta.env.MODE; process.env.FEATURE_X;\n' },
    },
    {
      name: 'variables that hosting platforms and frameworks set: Vercel, Netlify, Railway, Render, Fly.io, CI runners',
      manifest: scan('["src/**/*"]'),
      files: {
        ...EXAMPLE,
        'src/site-url.ts': [
          '// the canonical URL on every host we deploy to',
          'export function siteUrl(): string {',
          "  if (process.env.VERCEL) return `https://${process.env.VERCEL_URL}`;",
          "  if (process.env.NETLIFY) return process.env.DEPLOY_PRIME_URL ?? '';",
          "  if (process.env.RAILWAY_ENVIRONMENT) return `https://${process.env.RAILWAY_PUBLIC_DOMAIN}`;",
          "  if (process.env.RENDER) return process.env.RENDER_EXTERNAL_URL ?? '';",
          "  if (process.env.FLY_APP_NAME) return `https://${process.env.FLY_APP_NAME}.fly.dev`;",
          "  return `http://localhost:${process.env.PORT ?? 3000}`;",
          '}',
          "export const isPreview = process.env.NEXT_PUBLIC_VERCEL_ENV === 'preview' || process.env.CI === 'true';",
          "export const commit = process.env.GITHUB_SHA ?? process.env.VERCEL_GIT_COMMIT_SHA;",
          "export const edge = process.env.NEXT_RUNTIME === 'edge' && process.env.NODE_ENV === 'production';",
          '',
        ].join('\n'),
      },
    },
    {
      name: 'Next.js next.config env: keys are inlined from the config, not read from the environment',
      manifest: scan('["src/**/*", "next.config.mjs"]'),
      files: {
        ...EXAMPLE,
        'next.config.mjs': [
          "import pkg from './package.json' with { type: 'json' };",
          '',
          '/** @type {import(\'next\').NextConfig} */',
          'const nextConfig = {',
          '  reactStrictMode: true,',
          '  env: {',
          '    APP_VERSION: pkg.version,',
          "    'SUPPORT_EMAIL': 'help@example.com', // shown in the footer",
          '    BUILD_TIME: new Date().toISOString(),',
          '    FEATURES: JSON.stringify({ billing: true, reports: false }),',
          '  },',
          '};',
          'export default nextConfig;',
          '',
        ].join('\n'),
        'src/footer.tsx': 'export const Footer = () => <p>{process.env.APP_VERSION} · {process.env.SUPPORT_EMAIL} · {process.env.BUILD_TIME} · {process.env.FEATURES}</p>;\n',
      },
    },
    {
      name: 'comments and dynamic reads are not uses',
      manifest: scan('["src/**/*"]'),
      files: { ...EXAMPLE, 'src/a.ts': '// process.env.OLD_NAME\n * process.env.DOC_NAME\nconst v = process.env[name];\n', 'src/b.py': '# os.getenv("OLD")\n' },
    },
    {
      name: 'workflow names are case-insensitive, and GITHUB_TOKEN is the runner\'s',
      manifest: scan('[".github/workflows/*.yml"]'),
      files: { ...EXAMPLE, '.github/workflows/ci.yml': 'env:\n  A: ${{ secrets.api_token }}\n  B: ${{ secrets.GITHUB_TOKEN }}\n' },
    },
  ],
  invalid: [
    {
      name: 'a next.config env: value read from the environment is itself a use; names outside env: are not defined by it',
      manifest: scan('["src/**/*", "apps/*/next.config.js"]'),
      files: {
        ...EXAMPLE,
        'apps/web/next.config.js': "module.exports = {\n  env: {\n    ANALYTICS_ID: process.env.ANALYTICS_ID,\n  },\n  publicRuntimeConfig: { theme: 'dark' },\n};\n",
        'src/analytics.ts': 'export const id = process.env.ANALYTICS_ID;\nexport const theme = process.env.theme;\n',
      },
      errors: [
        { file: 'apps/web/next.config.js', line: 3, column: 31, message: 'ANALYTICS_ID is used here but declared nowhere (not in .env.example or env.vars)' },
        { file: 'src/analytics.ts', line: 2, column: 34 },
      ],
    },
    {
      name: 'names that merely look like a platform\'s are still the app\'s own',
      manifest: scan('["src/**/*"]'),
      files: { ...EXAMPLE, 'src/deploy.ts': 'export const url = process.env.URL ?? process.env.VERCELL_TOKEN;\n' },
      errors: [{ file: 'src/deploy.ts', line: 1, column: 32 }, { file: 'src/deploy.ts', line: 1, column: 51 }],
    },
    {
      name: 'without a declared-in file, the hint names the manifest',
      manifest: 'env:\n  scan: ["src/**/*"]\n  vars:\n    DATABASE_URL: {}\n',
      files: { 'src/a.ts': 'process.env.DATABASE_URL;\nprocess.env.REDIS_URL;\n' },
      errors: [{
        file: 'src/a.ts', line: 2, column: 13, message: 'REDIS_URL is used here but declared nowhere (not in env.vars (and no declared-in file is configured))',
        hint: 'Declare REDIS_URL under env.vars in .github/release-gate.yml (or list a sample file such as .env.example in env.declared-in), so every environment is checked for it; if the platform sets it, add it to env.ignore in .github/release-gate.yml.',
      }],
    },
    {
      name: 'JS and TS forms: on the name',
      manifest: scan('["src/**/*"]'),
      files: {
        ...EXAMPLE,
        'src/config.ts': [
          'export const a = process.env.SMTP_HOST;',
          "export const b = process.env['SMTP_PORT'];",
          'const {',
          '  SMTP_USER,',
          '  SMTP_FROM: from = "x",',
          '} = process.env;',
          'export const c = import.meta.env.VITE_API;',
          'export const d = process.env?.OPTIONAL_ONE;',
          '',
        ].join('\n'),
      },
      errors: [
        {
          file: 'src/config.ts', line: 1, column: 30, message: 'SMTP_HOST is used here but declared nowhere (not in .env.example or env.vars)',
          hint: 'Declare SMTP_HOST in .env.example (a name and a placeholder) or under env.vars in .github/release-gate.yml, so every environment is checked for it; if the platform sets it, add it to env.ignore in .github/release-gate.yml.',
        },
        { file: 'src/config.ts', line: 2, column: 31 },
        { file: 'src/config.ts', line: 4, column: 3 },
        { file: 'src/config.ts', line: 5, column: 3 },
        { file: 'src/config.ts', line: 7, column: 34 },
        { file: 'src/config.ts', line: 8, column: 31 },
      ],
    },
    {
      name: 'Python, Ruby, Go and Prisma',
      manifest: scan('["src/**/*"]'),
      files: {
        ...EXAMPLE,
        'src/app.py': "import os\nA = os.environ['PY_A']\nB = os.environ.get(\"PY_B\", 'x')\nC = os.getenv('PY_C')\n",
        'src/app.rb': "a = ENV['RB_A']\nb = ENV.fetch('RB_B')\n",
        'src/main.go': 'package main\nvar a = os.Getenv("GO_A")\nvar b, ok = os.LookupEnv(`GO_B`)\n',
        'src/schema.prisma': 'datasource db {\n  url = env("PRISMA_URL")\n}\n',
      },
      errors: [
        { file: 'src/app.py', line: 2, column: 17 },
        { file: 'src/app.py', line: 3, column: 21 },
        { file: 'src/app.py', line: 4, column: 16 },
        { file: 'src/app.rb', line: 1, column: 10 },
        { file: 'src/app.rb', line: 2, column: 16 },
        { file: 'src/main.go', line: 2, column: 20 },
        { file: 'src/main.go', line: 3, column: 27 },
        { file: 'src/schema.prisma', line: 2, column: 14 },
      ],
    },
    {
      name: 'workflow expressions, including if: without ${{ }}',
      manifest: scan('[".github/workflows/*.yml"]'),
      files: {
        ...EXAMPLE,
        '.github/workflows/deploy.yml': [
          'jobs:',
          '  deploy:',
          '    if: vars.DEPLOY_ENABLED == \'true\'',
          '    steps:',
          '      - run: ./deploy',
          '        env:',
          "          KEY: ${{ secrets.DEPLOY_KEY || secrets['FALLBACK_KEY'] }}",
          '',
        ].join('\n'),
      },
      errors: [
        {
          file: '.github/workflows/deploy.yml', line: 3, column: 14, message: 'vars.DEPLOY_ENABLED is used here but declared nowhere (not in .env.example or env.vars)',
          hint: "Add the variable in the repository's Settings → Secrets and variables → Actions → Variables, or `gh variable set DEPLOY_ENABLED`; then declare DEPLOY_ENABLED in .env.example (a name and a placeholder) or under env.vars in .github/release-gate.yml, so every environment is checked for it.",
        },
        {
          file: '.github/workflows/deploy.yml', line: 7, column: 28,
          hint: "Add the secret in the repository's Settings → Secrets and variables → Actions, or `gh secret set DEPLOY_KEY` (`--env production` for an environment's secret); then declare DEPLOY_KEY in .env.example (a name and a placeholder) or under env.vars in .github/release-gate.yml, so every environment is checked for it.",
        },
        { file: '.github/workflows/deploy.yml', line: 7, column: 51 },
      ],
    },
  ],
});
