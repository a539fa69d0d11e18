import { isIPv4, isIPv6 } from 'node:net';
import type { DnsAnswer, DnsRecordType } from './dns-client.js';
import { isMissing } from './dns-client.js';

/**
 * SPF (RFC 7208): a parser, and a static evaluator that walks every include and redirect the way a
 * receiver would, counting the terms that cost a DNS query (the limit is 10, section 4.6.4) and the
 * queries that come back empty (the limit is 2). Like checkdmarc, it does not need a sender address:
 * it follows every branch, so the count is the worst case a receiver can meet.
 */

export type SpfQualifier = '+' | '-' | '~' | '?';

export type SpfTerm =
  | { kind: 'mechanism'; qualifier: SpfQualifier; name: SpfMechanism; target?: string; text: string }
  | { kind: 'modifier'; name: string; value: string; text: string };

export type SpfMechanism = 'all' | 'include' | 'a' | 'mx' | 'ptr' | 'ip4' | 'ip6' | 'exists';

export interface SpfParse {
  terms: SpfTerm[];
  errors: string[];
}

const MECHANISMS: readonly string[] = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'];
/** Terms that make the receiver query DNS (section 4.6.4); ip4, ip6 and all do not, exp is not counted. */
const LOOKUP_TERMS = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);
export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;
/** A receiver stops at 10; the walk goes a little further to say by how much, then stops for good. */
const WALK_LIMIT = 40;
const MAX_MX_PER_MECHANISM = 10;

export function isSpfRecord(text: string): boolean {
  return /^v=spf1( |$)/i.test(text);
}

export function parseSpf(record: string): SpfParse {
  const terms: SpfTerm[] = [];
  const errors: string[] = [];
  const words = record.trim().split(/ +/).slice(1);
  const seenModifiers = new Set<string>();
  for (const word of words) {
    const modifier = /^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/.exec(word);
    if (modifier) {
      const name = modifier[1]!.toLowerCase();
      const value = modifier[2]!;
      if ((name === 'redirect' || name === 'exp') && seenModifiers.has(name)) errors.push(`"${name}=" appears twice`);
      seenModifiers.add(name);
      if (name === 'redirect' || name === 'exp') {
        const macro = macroError(value, true);
        if (macro) errors.push(`"${word}": ${macro}`);
        else if (!validDomainSpec(value)) errors.push(`"${word}" does not name a valid domain`);
      } else {
        // Receivers ignore modifiers they do not know, but not a malformed macro in one (sections 6 and 7.1).
        const macro = macroError(value, false);
        if (macro) errors.push(`"${word}": ${macro}; receivers ignore unknown modifiers but treat a macro error in one as a permanent error`);
      }
      terms.push({ kind: 'modifier', name, value, text: word });
      continue;
    }
    const match = /^([+\-~?]?)([A-Za-z0-9]+)(?:([:/])(.*))?$/.exec(word);
    const name = match?.[2]?.toLowerCase();
    if (!match || !name || !MECHANISMS.includes(name)) {
      errors.push(`"${word}" is not an SPF mechanism or modifier`);
      continue;
    }
    const qualifier = (match[1] || '+') as SpfQualifier;
    const separator = match[3];
    const argument = match[4] ?? '';
    const problem = checkArgument(name as SpfMechanism, separator, argument);
    if (problem) {
      errors.push(`"${word}": ${problem}`);
      continue;
    }
    const target = separator === ':' ? argument.split('/')[0] : undefined;
    terms.push({ kind: 'mechanism', qualifier, name: name as SpfMechanism, target, text: word });
  }
  return { terms, errors };
}

function checkArgument(name: SpfMechanism, separator: string | undefined, argument: string): string | undefined {
  switch (name) {
    case 'all':
      return separator ? 'all takes no argument' : undefined;
    case 'include':
    case 'exists':
      if (separator !== ':' || !argument) return `${name} needs a domain (${name}:example.com)`;
      return macroError(argument, true) ?? (validDomainSpec(argument) ? undefined : `"${argument}" is not a valid domain`);
    case 'ptr':
      if (separator === '/') return 'ptr takes no prefix length';
      return separator === ':' && !validDomainSpec(argument) ? `"${argument}" is not a valid domain` : undefined;
    case 'a':
    case 'mx': {
      if (!separator) return undefined;
      const [domain, ...cidr] = (separator === '/' ? `/${argument}` : argument).split('/');
      if (separator === ':' && !validDomainSpec(domain!)) return `"${domain}" is not a valid domain`;
      return cidr.length === 0 || validDualCidr(cidr) ? undefined : 'the prefix length must be /0-32 for IPv4 and //0-128 for IPv6';
    }
    case 'ip4': {
      if (separator !== ':') return 'ip4 needs an address (ip4:192.0.2.0/24)';
      const [address, prefix, extra] = argument.split('/');
      if (!isIPv4(address!)) return `"${address}" is not an IPv4 address`;
      return extra === undefined && (prefix === undefined || validPrefix(prefix, 32)) ? undefined : 'the prefix length must be 0-32';
    }
    case 'ip6': {
      if (separator !== ':') return 'ip6 needs an address (ip6:2001:db8::/32)';
      const slash = argument.lastIndexOf('/');
      const address = slash < 0 ? argument : argument.slice(0, slash);
      if (!isIPv6(address)) return `"${address}" is not an IPv6 address`;
      return slash < 0 || validPrefix(argument.slice(slash + 1), 128) ? undefined : 'the prefix length must be 0-128';
    }
  }
}

function validPrefix(text: string, max: number): boolean {
  return /^\d{1,3}$/.test(text) && Number(text) <= max && !(text.length > 1 && text.startsWith('0'));
}

function validDualCidr(parts: string[]): boolean {
  // What follows the domain, split on "/": "/24" is ["24"], "//64" is ["", "64"], "/24//64" is ["24", "", "64"].
  if (parts.length === 1) return validPrefix(parts[0]!, 32);
  if (parts.length === 2) return parts[0] === '' && validPrefix(parts[1]!, 128);
  if (parts.length === 3) return validPrefix(parts[0]!, 32) && parts[1] === '' && validPrefix(parts[2]!, 128);
  return false;
}

const MACRO = /%(\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%|_|-)/gi;

/**
 * What is wrong with the macros of a macro-string (RFC 7208 section 7.1), if anything: every `%` must
 * start `%{letter[digits][r][delimiters]}`, `%%`, `%_` or `%-`. In a domain (include:, exists:,
 * redirect=, exp=) the letters c, r and t are not allowed: they are for explanation text only (7.2).
 */
export function macroError(text: string, inDomain: boolean): string | undefined {
  for (let i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') { i++; continue; }
    if (next !== '{') return `"%${next ?? ''}" is not a macro (a literal % is written %%)`;
    const close = text.indexOf('}', i);
    const body = close < 0 ? undefined : text.slice(i + 2, close);
    if (body === undefined) return `"${text.slice(i)}" opens a macro that is never closed`;
    const m = /^([A-Za-z])(\d*)(r?)([.\-+,/_=]*)$/i.exec(body);
    if (!m || !/^[slodiphcrtv]$/i.test(m[1]!)) return `"%{${body}}" is not a macro: a macro is %{letter}, the letter one of s l o d i p h c r t v, then optional digits, r and delimiters`;
    if (inDomain && /^[crt]$/i.test(m[1]!)) return `"%{${body}}" is allowed only in explanation text, not in a domain`;
    i = close;
  }
  return undefined;
}

/** A domain-spec (section 7.1): macros are accepted; without them it must look like a domain name. */
export function validDomainSpec(spec: string): boolean {
  if (!spec || spec.length > 253) return false;
  const withoutMacros = spec.replace(MACRO, 'x');
  if (withoutMacros.includes('%')) return false;
  if (/[^\x21-\x7e]/.test(withoutMacros)) return false;
  if (hasMacro(spec)) return true;
  const labels = spec.replace(/\.$/, '').split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/.test(l))) return false;
  return /[A-Za-z]/.test(labels[labels.length - 1]!);
}

export function hasMacro(spec: string): boolean {
  return /%\{/.test(spec);
}

export interface SpfLookup {
  /** The record (domain) whose term cost the lookup. */
  domain: string;
  term: string;
}

/** A term that costs DNS lookups, with what it costs: itself, plus (for include and redirect) the record it reaches. */
export interface SpfCost {
  term: string;
  /** The record whose term this is. */
  domain: string;
  lookups: number;
  /** The costly terms of the record an include or redirect reaches. */
  children: SpfCost[];
}

export interface SpfProblem {
  domain: string;
  message: string;
}

export interface SpfEvaluation {
  domain: string;
  /** Every v=spf1 TXT record of the domain itself. */
  records: string[];
  /** Every term that costs a DNS query, in walk order, through includes and redirects. */
  lookups: SpfLookup[];
  /** Terms whose query found nothing (NXDOMAIN or no records). */
  voidLookups: (SpfLookup & { name: string })[];
  /** Syntax errors and permanent errors (a loop, an include without SPF), where they were found. */
  errors: SpfProblem[];
  /** The `all` that ends the evaluation of the domain: its own, or its redirect's. Undefined: none, which means neutral. */
  all?: { qualifier: SpfQualifier; domain: string; term: string };
  /** Included records that end in +all, so the include passes every sender. */
  permissiveIncludes: { domain: string; via: string }[];
  /** The walk stopped early because it went far past the limit. */
  truncated: boolean;
  /** The domain's own costly terms, each with the tree of lookups under it. */
  tree: SpfCost[];
}

export interface SpfResolver {
  query(name: string, type: DnsRecordType): Promise<DnsAnswer>;
  /** Called for answers that are neither records nor "missing" (SERVFAIL, timeout, ...). */
  failed(name: string, type: DnsRecordType, answer: Extract<DnsAnswer, { ok: false }>): void;
}

/** Reads and walks the SPF policy of `domain`. Undefined when its own TXT records could not be read. */
export async function evaluateSpf(domain: string, dns: SpfResolver): Promise<SpfEvaluation | undefined> {
  const evaluation: SpfEvaluation = { domain, records: [], lookups: [], voidLookups: [], errors: [], permissiveIncludes: [], truncated: false, tree: [] };
  const own = await spfRecords(domain, dns);
  if (!own) return undefined;
  evaluation.records = own;
  if (own.length !== 1) return evaluation;

  const walk = async (name: string, record: string, stack: string[], costs: SpfCost[]): Promise<SpfEvaluation['all']> => {
    const parsed = parseSpf(record);
    for (const message of parsed.errors) evaluation.errors.push({ domain: name, message });
    if (parsed.errors.length) return undefined; // a permerror: receivers stop here
    let all: SpfEvaluation['all'];
    const mechanisms = parsed.terms.filter((t): t is Extract<SpfTerm, { kind: 'mechanism' }> => t.kind === 'mechanism');
    for (const term of mechanisms) {
      if (term.name === 'all') {
        // `all` always matches: receivers never get to the terms after it.
        all = { qualifier: term.qualifier, domain: name, term: term.text };
        break;
      }
      if (!LOOKUP_TERMS.has(term.name)) continue;
      evaluation.lookups.push({ domain: name, term: term.text });
      const cost: SpfCost = { term: term.text, domain: name, lookups: 1, children: [] };
      costs.push(cost);
      if (evaluation.lookups.length > WALK_LIMIT) {
        evaluation.truncated = true;
        return all;
      }
      const target = term.target ?? name;
      if (hasMacro(target)) continue; // depends on the sender: nothing to look up ahead of time
      if (term.name === 'include') {
        if (stack.includes(target.toLowerCase())) {
          evaluation.errors.push({ domain: name, message: `"${term.text}" includes a record that includes it back (${[...stack, target].join(' → ')})` });
          continue;
        }
        const records = await spfRecords(target, dns, () => evaluation.voidLookups.push({ domain: name, term: term.text, name: target }));
        if (!records) continue;
        if (records.length === 0) {
          evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has no SPF record, which is a permanent error for receivers` });
        } else if (records.length > 1) {
          evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has ${records.length} SPF records, which is a permanent error for receivers` });
        } else {
          const included = await walk(target, records[0]!, [...stack, target.toLowerCase()], cost.children);
          cost.lookups += sumLookups(cost.children);
          if (included?.qualifier === '+') evaluation.permissiveIncludes.push({ domain: target, via: `${name} ${term.text}` });
        }
      } else if (term.name === 'mx') {
        const answer = await query(dns, target, 'MX');
        if (isMissing(answer)) evaluation.voidLookups.push({ domain: name, term: term.text, name: target });
        else if (answer.ok && answer.values.length > MAX_MX_PER_MECHANISM) {
          evaluation.errors.push({ domain: name, message: `"${term.text}": ${target} has ${answer.values.length} MX records; receivers give up after ${MAX_MX_PER_MECHANISM}` });
        }
      } else if (term.name === 'a' || term.name === 'exists') {
        const v4 = await query(dns, target, 'A');
        const v6 = term.name === 'a' && isMissing(v4) ? await query(dns, target, 'AAAA') : v4;
        if (isMissing(v4) && isMissing(v6)) evaluation.voidLookups.push({ domain: name, term: term.text, name: target });
      }
      // ptr: counted above; what it would look up depends on the sender's address.
    }
    const redirect = parsed.terms.find((t) => t.kind === 'modifier' && t.name === 'redirect') as Extract<SpfTerm, { kind: 'modifier' }> | undefined;
    // A redirect is ignored when the record has an `all` (section 6.1).
    if (!redirect || all) return all;
    evaluation.lookups.push({ domain: name, term: redirect.text });
    const cost: SpfCost = { term: redirect.text, domain: name, lookups: 1, children: [] };
    costs.push(cost);
    if (hasMacro(redirect.value)) return undefined;
    if (stack.includes(redirect.value.toLowerCase())) {
      evaluation.errors.push({ domain: name, message: `"${redirect.text}" leads back to a record already visited (${[...stack, redirect.value].join(' → ')})` });
      return undefined;
    }
    const records = await spfRecords(redirect.value, dns, () => evaluation.voidLookups.push({ domain: name, term: redirect.text, name: redirect.value }));
    if (!records) return undefined;
    if (records.length !== 1) {
      evaluation.errors.push({ domain: name, message: `"${redirect.text}": ${redirect.value} has ${records.length === 0 ? 'no SPF record' : `${records.length} SPF records`}, which is a permanent error for receivers` });
      return undefined;
    }
    const reached = await walk(redirect.value, records[0]!, [...stack, redirect.value.toLowerCase()], cost.children);
    cost.lookups += sumLookups(cost.children);
    return reached;
  };

  evaluation.all = await walk(domain, own[0]!, [domain.toLowerCase()], evaluation.tree);
  return evaluation;
}

function sumLookups(costs: SpfCost[]): number {
  return costs.reduce((sum, c) => sum + c.lookups, 0);
}

async function query(dns: SpfResolver, name: string, type: DnsRecordType): Promise<DnsAnswer> {
  const answer = await dns.query(name, type);
  if (!answer.ok && !isMissing(answer)) dns.failed(name, type, answer);
  return answer;
}

/** The v=spf1 records of a name; [] when it has none; undefined when the lookup failed. */
async function spfRecords(name: string, dns: SpfResolver, onVoid?: () => void): Promise<string[] | undefined> {
  const answer = await query(dns, name, 'TXT');
  if (isMissing(answer)) {
    onVoid?.();
    return [];
  }
  if (!answer.ok) return undefined;
  return answer.values.filter(isSpfRecord);
}
