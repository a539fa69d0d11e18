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
        { file: 'src/config.ts', line: 1, column: 30, message: 'SMTP_HOST is used here but declared nowhere (not in .env.example or env.vars)' },
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
        { file: '.github/workflows/deploy.yml', line: 3, column: 14, message: 'vars.DEPLOY_ENABLED is used here but declared nowhere (not in .env.example or env.vars)' },
        { file: '.github/workflows/deploy.yml', line: 7, column: 28 },
        { file: '.github/workflows/deploy.yml', line: 7, column: 51 },
      ],
    },
  ],
});
