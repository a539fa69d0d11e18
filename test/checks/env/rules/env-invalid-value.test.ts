import { ruleTester } from '../rule-tester.js';

const PROD = `environments:
  production:
    url: https://app.example.com
    env-file: prod.env
`;
const vars = (body: string) => `${PROD}env:\n  vars:\n${body}`;

ruleTester('env-invalid-value', {
  valid: [
    { name: 'url', manifest: vars('    API_URL: { format: url }\n'), files: { 'prod.env': 'API_URL=https://api.example.com/v1\n' } },
    { name: 'postgres url', manifest: vars('    DATABASE_URL: { format: url }\n'), files: { 'prod.env': 'DATABASE_URL=postgres://app:pw@db.internal:5432/app\n' } },
    { name: 'email', manifest: vars('    FROM: { format: email }\n'), files: { 'prod.env': 'FROM=ops@example.com\n' } },
    { name: 'number', manifest: vars('    RATIO: { format: number }\n'), files: { 'prod.env': 'RATIO=-0.25e3\n' } },
    { name: 'integer', manifest: vars('    WORKERS: { format: integer }\n'), files: { 'prod.env': 'WORKERS=12\n' } },
    { name: 'boolean', manifest: vars('    FLAG: { format: boolean }\n'), files: { 'prod.env': 'FLAG=Yes\n' } },
    { name: 'port', manifest: vars('    PORT_NUMBER: { format: port }\n'), files: { 'prod.env': 'PORT_NUMBER=65535\n' } },
    { name: 'host name', manifest: vars('    SMTP_HOST: { format: host }\n'), files: { 'prod.env': 'SMTP_HOST=smtp.example.com\n' } },
    { name: 'IPv6 host', manifest: vars('    SMTP_HOST: { format: host }\n'), files: { 'prod.env': 'SMTP_HOST=2001:db8::1\n' } },
    { name: 'json', manifest: vars('    FLAGS: { format: json }\n'), files: { 'prod.env': `FLAGS='{"a": [1, 2]}'\n` } },
    { name: 'duration', manifest: vars('    TIMEOUT: { format: duration }\n'), files: { 'prod.env': 'TIMEOUT=1h30m\n' } },
    { name: 'ISO duration', manifest: vars('    TIMEOUT: { format: duration }\n'), files: { 'prod.env': 'TIMEOUT=PT30S\n' } },
    { name: 'enum', manifest: vars('    LOG_LEVEL: { enum: [debug, info] }\n'), files: { 'prod.env': 'LOG_LEVEL=info\n' } },
    { name: 'enum of numbers', manifest: vars('    VERSION: { enum: [1, 2] }\n'), files: { 'prod.env': 'VERSION=2\n' } },
    { name: 'pattern matches the whole value', manifest: vars('    REGION: { pattern: "[a-z]{2}-[a-z]+-\\\\d" }\n'), files: { 'prod.env': 'REGION=eu-west-1\n' } },
    { name: 'an empty value is env-missing\'s business', manifest: vars('    PORT_NUMBER: { format: port, required: false }\n'), files: { 'prod.env': 'PORT_NUMBER=\n' } },
    { name: 'a value built from an undefined ${NAME} is not judged', manifest: vars('    API_URL: { format: url }\n'), files: { 'prod.env': 'API_URL=${BASE}/api\n' } },
    { name: 'expansion from the same file', manifest: vars('    API_URL: { format: url }\n'), files: { 'prod.env': 'BASE=https://x.example.com\nAPI_URL=${BASE}/api\n' } },
  ],
  invalid: [
    {
      name: 'not a url: on the value in the env file',
      manifest: vars('    API_URL: { format: url }\n'),
      files: { 'prod.env': '# api\nAPI_URL=api.example.com\n' },
      errors: [{
        file: 'prod.env', line: 2, column: 9, message: 'API_URL in production is not a URL such as https://host/path',
        hint: 'Correct API_URL in prod.env; env.vars.API_URL in .github/release-gate.yml says what shape it must have.',
      }],
    },
    {
      name: 'port out of range, quoted: at the opening quote',
      manifest: vars('    PORT_NUMBER: { format: port }\n'),
      files: { 'prod.env': 'PORT_NUMBER="70000"\n' },
      errors: [{ file: 'prod.env', line: 1, column: 13, message: /is not a port/ }],
    },
    { name: 'email', manifest: vars('    FROM: { format: email }\n'), files: { 'prod.env': 'FROM=ops.example.com\n' }, errors: [{ line: 1, column: 6 }] },
    { name: 'integer', manifest: vars('    WORKERS: { format: integer }\n'), files: { 'prod.env': 'WORKERS=1.5\n' }, errors: [{ line: 1, column: 9 }] },
    { name: 'number', manifest: vars('    RATIO: { format: number }\n'), files: { 'prod.env': 'RATIO=half\n' }, errors: [{ line: 1, column: 7 }] },
    { name: 'boolean', manifest: vars('    FLAG: { format: boolean }\n'), files: { 'prod.env': 'FLAG=maybe\n' }, errors: [{ line: 1, column: 6 }] },
    { name: 'host with a scheme', manifest: vars('    SMTP_HOST: { format: host }\n'), files: { 'prod.env': 'SMTP_HOST=smtp://mail.example.com\n' }, errors: [{ line: 1, column: 11 }] },
    { name: 'json', manifest: vars('    FLAGS: { format: json }\n'), files: { 'prod.env': 'FLAGS={a:1}\n' }, errors: [{ line: 1, column: 7 }] },
    { name: 'duration', manifest: vars('    TIMEOUT: { format: duration }\n'), files: { 'prod.env': 'TIMEOUT=soon\n' }, errors: [{ line: 1, column: 9 }] },
    {
      name: 'enum: names the allowed values, never the value',
      manifest: vars('    LOG_LEVEL: { enum: [debug, info, warn, error] }\n'),
      files: { 'prod.env': 'LOG_LEVEL=verbose\n' },
      errors: [{ line: 1, column: 11, message: 'LOG_LEVEL in production is not one of debug, info, warn, error' }],
    },
    {
      name: 'pattern',
      manifest: vars('    REGION: { pattern: "[a-z]{2}-[a-z]+-\\\\d" }\n'),
      files: { 'prod.env': 'REGION=eu-west\n' },
      errors: [{ line: 1, column: 8, message: /does not match the pattern/ }],
    },
    {
      name: 'format and enum both fail: one finding naming both',
      manifest: vars('    PORT_NUMBER: { format: port, enum: [80, 443] }\n'),
      files: { 'prod.env': 'PORT_NUMBER=0\n' },
      errors: [{ line: 1, column: 13, message: /is not a port .* and is not one of 80, 443/ }],
    },
    {
      name: 'a value from the vars input: on the manifest format',
      manifest: vars('    API_URL: { format: url }\n'),
      environment: 'production',
      inputs: { vars: '{"API_URL":"not a url"}' },
      files: { 'prod.env': 'API_URL=https://api.example.com\n' },
      errors: [{
        file: '.github/release-gate.yml', line: 8, column: 24, message: 'API_URL in production (from the vars input) is not a URL such as https://host/path',
        hint: "Correct API_URL in the production environment's secrets or variables in GitHub (Settings → Environments → production); env.vars.API_URL in .github/release-gate.yml says what shape it must have.",
      }],
    },
    {
      name: 'an invalid pattern is reported on the manifest, once',
      manifest: vars('    REGION: { pattern: "([a-z" }\n'),
      files: { 'prod.env': 'REGION=eu\n' },
      errors: [{ file: '.github/release-gate.yml', line: 8, column: 24, message: /not a valid regular expression/ }],
    },
  ],
});
