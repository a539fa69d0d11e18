import { FAMILIES, type Family, type SecretRule } from './rule.js';
import { SECRET_RULES } from './rules/index.js';
import { NOTICE_RULES, type NoticeRule } from './rules/scan-notices.js';

/**
 * Renders docs/rules/<id>.md for every secrets rule from the rule tables, so a page can never drift
 * from the rule it documents. test/checks/secrets/docs.test.ts checks the committed pages and
 * rewrites them with UPDATE_SECRETS_DOCS=1. Not part of the bundle: only tests import it.
 */

/** Where the secret goes in an unsafe example when the rule gives none. */
export const DEFAULT_UNSAFE = 'token: "{secret}"';

export function unsafeTemplate(rule: SecretRule): string {
  return rule.docs.unsafe ?? DEFAULT_UNSAFE;
}

const FAMILY_WHY: Record<Family, string> = {
  'private-keys': 'A private key is an identity: whoever holds it can sign, decrypt or log in as its owner. Git keeps it in history after the file is fixed, and every clone and fork has a copy.',
  cloud: 'Cloud credentials reach infrastructure and data directly. Bots scan public pushes within minutes; private repositories leak through forks, CI logs, laptops and backups.',
  'source-hosts': 'A source-host or CI token can read and push code, change workflows and reach their secrets: one leaked token is a supply-chain incident.',
  'chat-mail': 'Messaging credentials let anyone post as you: phishing from your own domain or workspace, spam that burns your sender reputation, and access to message history.',
  payments: 'Payment credentials move money and expose customer data; abuse shows up as refunds, fraud and a PCI incident.',
  registries: 'A registry token publishes packages under your name: one leaked token ships malware to every user of the package.',
  ai: 'AI provider keys are spent by whoever holds them; leaked keys are harvested within minutes and run up large bills.',
  saas: 'A service credential gives whoever holds it the same access as your integration: data, configuration and billing.',
  tokens: 'A bearer token is a password that anyone holding it can replay until it expires.',
  http: 'A credential pasted into a curl command or a request snippet is copied with it into scripts, docs, chat and shell history.',
  urls: 'A password inside a URL is copied everywhere the URL goes: logs, error reports, shell history, browser history.',
  generic: 'A secret written into code or config is readable by everyone with the repository, forever (git history), and cannot be rotated without a code change.',
  logs: 'Logs are read by far more people and systems than the app\'s secrets ever should be: CI viewers, log storage, vendors, support tools.',
  'personal-data': 'Personal data in logs spreads to systems that were never meant to hold it and is hard to delete everywhere.',
  scan: 'A scan that silently skips what it cannot read gives false confidence.',
};

const DEFAULT_SAFE = 'Keep the value out of the repository and read it at run time:\n\n```yaml\n# GitHub Actions: a repository or environment secret\nenv:\n  API_TOKEN: ${{ secrets.API_TOKEN }}\n```\n\n```js\nconst token = process.env.API_TOKEN;\n```';

const ALLOW = [
  '## False positives',
  '',
  '- Add `release-gate:allow` with the reason in a comment on the line (`# release-gate:allow: a documented example`, `// release-gate:allow {id}: a revoked test key (until 2027-03-01)`), or `release-gate:allow-next-line` on the line above. Without a reason the finding stays hidden but the comment is a warning.',
  '- Or accept it with a baseline: `release-gate secrets --write-baseline secrets-baseline.json`, review the file, commit it and set `secrets.baseline`. Entries match by rule and a hash of the secret, so moving the line keeps it accepted.',
  '- Or turn the rule off: `secrets: { rules: { {id}: off } }`.',
];

/** A sentence (starts with a capitalised word, ends with a full stop, one line) rather than a code or log sample. */
function isProse(text: string): boolean {
  return !text.includes('\n') && /^[A-Z][a-z]+ /.test(text) && text.endsWith('.');
}

function fence(text: string): string {
  return `\`\`\`text\n${text}\n\`\`\``;
}

function header(id: string, description: string, family: Family, severity: string): string[] {
  return [
    `# ${id}`,
    '',
    `${description} Reported by the [secrets check](../checks/secrets.md) · family: [${FAMILIES[family]}](../checks/secrets.md#${anchor(FAMILIES[family])}) · default severity: **${severity}**.`,
    '',
    '<!-- Generated from src/checks/secrets/rules by test/checks/secrets/docs.test.ts (UPDATE_SECRETS_DOCS=1). Do not edit. -->',
    '',
  ];
}

export function anchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function renderSecretRule(rule: SecretRule): string {
  const { meta, docs } = rule;
  const gate = rule.keywords.length
    ? `The rule runs only on lines holding one of its keywords (${rule.keywords.map((k) => `\`${k}\``).join(', ')}).`
    : `The rule runs only on lines holding a run of at least ${rule.digitRun} digits.`;
  const lines = [
    ...header(meta.id, meta.description, rule.family, meta.severity),
    '## Unsafe',
    '',
    fence(unsafeTemplate(rule).replace('{secret}', docs.form)),
    '',
    `Shape: \`${docs.form.replace(/\n/g, '⏎')}\`${rule.scope === 'logs' ? '. Looked for in log files (`secrets.logs`) and `--stdin` only.' : '.'}`,
    '',
    '## Why it hurts',
    '',
    docs.why ?? FAMILY_WHY[rule.family],
    '',
    '## Safe',
    '',
    docs.safe ? (isProse(docs.safe) ? docs.safe : fence(docs.safe)) : DEFAULT_SAFE,
    '',
    '## Detection',
    '',
    `${docs.detection ? `${docs.detection} ` : ''}${gate} Placeholders and references (\`xxxx\`, \`EXAMPLE\`, \`<your-token>\`, \`\${VAR}\`, \`{{ secrets.X }}\`, \`process.env.X\`) are never reported. Findings show the length and, for values of 16 characters or more, the first 4 characters; never the value.`,
    '',
    '## If it leaked',
    '',
    `${docs.rotate} Deleting the line is not enough: the value stays in git history, forks and CI logs, so rotate it first, then remove it.`,
    '',
    ...ALLOW.map((l) => l.replaceAll('{id}', meta.id)),
    '',
  ];
  return lines.join('\n');
}

function renderNoticeRule(rule: NoticeRule): string {
  const { meta, docs } = rule;
  const lines = [
    ...header(meta.id, meta.description, rule.family, meta.severity),
    '## When it is reported',
    '',
    docs.unsafe.includes('\n') ? fence(docs.unsafe) : docs.unsafe,
    '',
    '## Why it matters',
    '',
    docs.why ?? FAMILY_WHY[rule.family],
    '',
    '## What to do',
    '',
    meta.help,
    '',
    docs.safe.includes('\n') || docs.safe.includes(':') ? fence(docs.safe) : docs.safe,
    '',
  ];
  if (docs.detection) lines.push('## Detection', '', docs.detection, '');
  return lines.join('\n');
}

/** Every secrets rule page, by rule id. */
export function renderRulePages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of SECRET_RULES) pages.set(rule.meta.id, renderSecretRule(rule));
  for (const rule of Object.values(NOTICE_RULES)) pages.set(rule.meta.id, renderNoticeRule(rule));
  return pages;
}

export const RULE_TABLE_START = '<!-- rule table: generated, do not edit -->';
export const RULE_TABLE_END = '<!-- end of rule table -->';

/** The rule list on docs/checks/secrets.md: one section per family. */
export function renderRuleTable(): string {
  const byFamily = new Map<Family, { id: string; name: string; severity: string }[]>();
  for (const rule of SECRET_RULES) {
    const list = byFamily.get(rule.family) ?? [];
    list.push({ id: rule.meta.id, name: rule.name, severity: rule.meta.severity });
    byFamily.set(rule.family, list);
  }
  for (const rule of Object.values(NOTICE_RULES)) {
    const list = byFamily.get(rule.family) ?? [];
    list.push({ id: rule.meta.id, name: rule.meta.description.replace(/\.$/, ''), severity: rule.meta.severity });
    byFamily.set(rule.family, list);
  }
  const out = [RULE_TABLE_START, ''];
  for (const family of Object.keys(FAMILIES) as Family[]) {
    const list = byFamily.get(family);
    if (!list) continue;
    out.push(`### ${FAMILIES[family]}`, '', FAMILY_WHY[family], '', '| Rule | What | Severity |', '| --- | --- | --- |');
    for (const r of list) out.push(`| [\`${r.id}\`](../rules/${r.id}.md) | ${r.name.replace(/\|/g, '\\|')} | ${r.severity} |`);
    out.push('');
  }
  out.push(RULE_TABLE_END);
  return out.join('\n');
}
