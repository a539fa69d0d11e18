import { passesLuhn } from '../checksums.js';
import { EMAIL as EMAIL_SHAPE, PHONE } from '../line-facts.js';
import type { Candidate, SecretRule } from '../rule.js';
import { isLocalHost } from './urls.js';

/**
 * Personal data in logs: email addresses, payment card numbers (Luhn and issuer checked) and phone
 * numbers. Warnings by default: logs often need a user reference, but raw personal data in CI logs
 * and log storage is a privacy incident waiting to happen. Turned off with `include-personal-data: false`.
 */

const HELP = 'Log a user id or a hash instead of the raw value, or mask it in the logger; delete logs that already hold it if your retention policy requires. If it is not personal data, add `release-gate:allow` on the line or turn the rule off in `secrets.rules`.';

function personalRule(spec: Omit<SecretRule, 'meta' | 'family' | 'scope'> & { id: string; description: string }): SecretRule {
  const { id, description, ...rest } = spec;
  return { meta: { id, check: 'secrets', severity: 'warning', description, help: HELP }, family: 'personal-data', scope: 'logs', ...rest };
}

/**
 * An email address. The whole match is the address. Sticky: it is tried only where an address can
 * start, found from its `@` (see emailStart), instead of at every position of the line, which cost
 * a seventh of a deploy log's scan where `@` is on every twelfth line (`pkg@1.2.3`, `actions/checkout@v4`).
 */
export const EMAIL = /(?<![\w.%+-])(?<secret>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?<domain>[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.(?<tld>[A-Za-z]{2,24})))(?![\w-])/y;

/** A character of EMAIL's local part: [A-Za-z0-9._%+-]. */
function isLocalPartChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}

/**
 * Where EMAIL can match an address holding the `@` at `at`: only at the start of the run of
 * local-part characters before it (anywhere later in the run, the character before is one of
 * them, which the lookbehind refuses), and only within 64 characters of it. -1 where it cannot.
 */
export function emailStart(line: string, at: number): number {
  let start = at;
  while (start > 0 && at - start <= 64 && isLocalPartChar(line.charCodeAt(start - 1))) start--;
  return at - start > 64 || start === at ? -1 : start;
}
const NOT_A_TLD = /^(?:png|jpe?g|gif|svg|webp|ico|js|mjs|cjs|ts|tsx|jsx|css|scss|map|json|html?|xml|txt|md|lock|log|zip|gz|tgz)$/i;
const SERVICE_USERS = /^(?:git|noreply|no-reply|donotreply|do-not-reply|mailer-daemon|postmaster|root|nobody)$/i;

/** EMAIL's matches in a line: what a global search finds, tried only where an `@` lets one start. */
export function emailMatches(line: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // Matches never overlap, as a global search's: the next starts at or after the last one's end.
  let searched = 0;
  for (let at = line.indexOf('@'); at !== -1; at = line.indexOf('@', at + 1)) {
    const start = emailStart(line, at);
    if (start < searched) continue;
    EMAIL.lastIndex = start;
    const m = EMAIL.exec(line);
    if (!m) continue;
    searched = start + m[0].length;
    out.push(m);
  }
  return out;
}

export const LOG_EMAIL_RULE = personalRule({
  id: 'log-email-address',
  description: 'An email address printed in a log.',
  name: 'Email address in a log',
  keywords: ['@'],
  docs: {
    form: '<8 lower>@<6 lower>.com', unsafe: 'INFO password reset requested for {secret}',
    safe: 'INFO password reset requested for user_id=8412',
    rotate: 'Personal data cannot be rotated: stop logging it and purge what was stored.',
    why: 'Email addresses identify people; logs are copied to places (CI, log vendors, support) that were never meant to hold personal data.',
    detection: 'Documentation domains (example.com, *.test, …), service addresses (git@, noreply@) and file names such as `icon@2x.png` are skipped.',
  },
  // `pkg@1.2.3` and `actions/checkout@v4` have no domain with a dot and letters after the `@`.
  admits: { facts: EMAIL_SHAPE, test: (facts) => facts !== 0 },
  find(line) {
    const out: Candidate[] = [];
    for (const m of emailMatches(line)) {
      const { secret, domain, tld } = m.groups!;
      const user = secret!.slice(0, secret!.indexOf('@'));
      if (NOT_A_TLD.test(tld!) || isLocalHost(domain!) || SERVICE_USERS.test(user)) continue;
      out.push({ start: m.index, end: m.index + secret!.length, secret: secret! });
    }
    return out;
  },
});

/** Numbers published by card networks and processors for testing; they identify nobody. */
const TEST_CARDS = new Set([
  '4111111111111111', '4242424242424242', '4000056655665556', '4012888888881881', '4222222222222',
  '5555555555554444', '5105105105105100', '5200828282828210', '2223003122003222',
  '378282246310005', '371449635398431', '378734493671000', '6011111111111117', '6011000990139424',
  '30569309025904', '38520000023237', '3530111333300000', '3566002020360505', '6200000000000005',
]);

/** Issuer prefixes and lengths of the major card networks. */
function plausibleCard(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return n === 15; // American Express
  if (p4 === 6011 || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16 && n <= 19; // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19; // JCB
  if (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) return n >= 14 && n <= 19; // Diners Club
  if (p2 === 62) return n >= 16 && n <= 19; // UnionPay
  return false;
}

const CARD_CONTEXT = /(?:^|[^a-z])(?:card|cc|pan|visa|mastercard|master_card|amex|american.express|discover|credit|debit|payment|ccnum|cc_?number)|kart|tarjeta|carte/i;

// A run of digits, spaces and dashes long enough to be a card; its layout is checked after.
const DIGIT_RUN = /\d[\d -]{11,24}\d/g;
// Digits in one run, or groups of 4 (Amex: 4-6-5) joined by one consistent separator.
const CARD_LAYOUT = /^(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -])\d{6}\2\d{5})$/;

export const LOG_CARD_RULE = personalRule({
  id: 'log-card-number',
  description: 'A payment card number (passing the Luhn check) printed in a log.',
  name: 'Card number in a log',
  keywords: [],
  digitRun: 13,
  docs: {
    form: '<16 digits passing Luhn>', unsafe: 'WARN charge failed for card {secret}',
    safe: 'WARN charge failed for card ending 4242 (token tok_…)',
    rotate: 'Card numbers cannot be rotated by you: stop logging them, purge the logs, and follow your PCI DSS incident process.',
    why: 'Storing a full card number in logs puts every system holding the log in PCI DSS scope and is a reportable incident in most regimes.',
    detection: '13 to 19 digits, in one run or in groups with one consistent separator, that pass the Luhn check and start with a real issuer prefix (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay). A run without separators also needs a card word on the line (card, cc, pan, visa, credit, payment, …): trace and span ids, order numbers and timestamps pass Luhn one time in ten. Published test card numbers are skipped.',
  },
  find(line) {
    const out: Candidate[] = [];
    DIGIT_RUN.lastIndex = 0;
    for (let m = DIGIT_RUN.exec(line); m; m = DIGIT_RUN.exec(line)) {
      const before = line[m.index - 1];
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if ((before && /[\w.-]/.test(before)) || /^[\w-]|^\.\d/.test(after) || !CARD_LAYOUT.test(m[0])) continue;
      const digits = m[0].replace(/[ -]/g, '');
      if (!plausibleCard(digits) || !passesLuhn(digits) || TEST_CARDS.has(digits)) continue;
      // Trace and span ids, order numbers and timestamps pass Luhn one time in ten: an ungrouped run
      // counts only with a card word on the line.
      if (/^\d+$/.test(m[0]) && !CARD_CONTEXT.test(line)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, secret: m[0] });
    }
    return out;
  },
});

const PHONE_E164 = /(?<![\w+/.:-])\+[1-9]\d{0,2}(?:[ .-]?\(?\d{1,4}\)?){1,2}(?:[ .-]?\d{2,4}){1,4}(?![\w.:/-])/g;
const PHONE_FIELD = /\b(?:phone|tel|telephone|mobile|msisdn|cell|phone_?number)["']?\s*[:=]\s*["']?(?<secret>\+?\(?\d[\d ().-]{5,18}\d)(?!\d)/gid;

export const LOG_PHONE_RULE = personalRule({
  id: 'log-phone-number',
  description: 'A phone number printed in a log.',
  name: 'Phone number in a log',
  keywords: ['+', 'phone', 'tel', 'mobile', 'msisdn', 'cell'],
  docs: {
    form: '+44 20 <4 digits> <4 digits>', unsafe: 'INFO sms sent to {secret}',
    safe: 'INFO sms sent to user_id=8412',
    rotate: 'Personal data cannot be rotated: stop logging it and purge what was stored.',
    why: 'Phone numbers identify people and are used for account recovery; they do not belong in logs.',
    detection: 'International numbers written with a leading `+` and 8 to 15 digits, or any number in a field named phone, tel, mobile, msisdn or cell.',
  },
  // Git's `+52ff92…:refs` has no number after its `+`.
  admits: { facts: PHONE, test: (facts) => facts !== 0 },
  find(line) {
    const out: Candidate[] = [];
    const seen = new Set<number>();
    PHONE_FIELD.lastIndex = 0;
    for (let m = PHONE_FIELD.exec(line); m; m = PHONE_FIELD.exec(line)) {
      const digits = m.groups!.secret!.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      const [start, end] = m.indices!.groups!.secret!;
      seen.add(start);
      out.push({ start, end, secret: m.groups!.secret! });
    }
    PHONE_E164.lastIndex = 0;
    for (let m = PHONE_E164.exec(line); m; m = PHONE_E164.exec(line)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 8 || digits.length > 15 || seen.has(m.index)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, secret: m[0] });
    }
    return out;
  },
});

export const PERSONAL_DATA_RULES: readonly SecretRule[] = [LOG_EMAIL_RULE, LOG_CARD_RULE, LOG_PHONE_RULE];
