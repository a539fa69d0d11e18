import type { Rule } from '../../../rules/registry.js';
import type { DomainModel } from '../model.js';
import { cacheAuthenticatedResponse } from './cache-authenticated-response.js';
import { cookieInsecure } from './cookie-insecure.js';
import { dkimInvalidKey } from './dkim-invalid-key.js';
import { dkimMissing } from './dkim-missing.js';
import { dkimNotDeclared } from './dkim-not-declared.js';
import { dkimWeakKey } from './dkim-weak-key.js';
import { dmarcMissing } from './dmarc-missing.js';
import { dmarcNoReports } from './dmarc-no-reports.js';
import { dmarcSyntax } from './dmarc-syntax.js';
import { dmarcWeakPolicy } from './dmarc-weak-policy.js';
import { dnsLookupFailed } from './dns-lookup-failed.js';
import { dnsRecordMismatch } from './dns-record-mismatch.js';
import { dnsRecordMissing } from './dns-record-missing.js';
import { dnsResolverDisagree } from './dns-resolver-disagree.js';
import { domainSettingInvalid } from './domain-setting-invalid.js';
import { hstsMissing } from './hsts-missing.js';
import { hstsNoPreload } from './hsts-no-preload.js';
import { hstsNoSubdomains } from './hsts-no-subdomains.js';
import { hstsShortMaxAge } from './hsts-short-max-age.js';
import { loginBurstInconclusive } from './login-burst-inconclusive.js';
import { loginNotRateLimited } from './login-not-rate-limited.js';
import { mixedContentRule } from './mixed-content.js';
import { mxMissing } from './mx-missing.js';
import { proxyCachesPrivate } from './proxy-caches-private.js';
import { proxyChallenge } from './proxy-challenge.js';
import { proxyCookieIncompatible } from './proxy-cookie-incompatible.js';
import { proxyNotServing } from './proxy-not-serving.js';
import { proxyOriginInDns } from './proxy-origin-in-dns.js';
import { proxyOriginReachable } from './proxy-origin-reachable.js';
import { proxySignInFailed } from './proxy-sign-in-failed.js';
import { proxyStaticNotCached } from './proxy-static-not-cached.js';
import { redirectInsecureHop } from './redirect-insecure-hop.js';
import { redirectLoop } from './redirect-loop.js';
import { redirectTooManyHops } from './redirect-too-many-hops.js';
import { redirectWrongStatus } from './redirect-wrong-status.js';
import { redirectWrongTarget } from './redirect-wrong-target.js';
import { securityHeaderMissing } from './security-header-missing.js';
import { sessionSignInFailed } from './session-sign-in-failed.js';
import { spfMissing } from './spf-missing.js';
import { spfMultipleRecords } from './spf-multiple-records.js';
import { spfPermissiveAll } from './spf-permissive-all.js';
import { spfSyntax } from './spf-syntax.js';
import { spfTooManyLookups } from './spf-too-many-lookups.js';
import { spfVoidLookups } from './spf-void-lookups.js';
import { tlsExpired } from './tls-expired.js';
import { tlsExpiring } from './tls-expiring.js';
import { tlsHostnameMismatch } from './tls-hostname-mismatch.js';
import { tlsOldProtocol } from './tls-old-protocol.js';
import { tlsUnreachable } from './tls-unreachable.js';
import { tlsUntrusted } from './tls-untrusted.js';
import { urlUnreachable } from './url-unreachable.js';

/** Every rule of the domain check, by family; adding one is one file and one line here. */
export const DOMAIN_RULES: readonly Rule<DomainModel>[] = [
  domainSettingInvalid,
  // DNS
  dnsRecordMismatch,
  dnsRecordMissing,
  dnsResolverDisagree,
  dnsLookupFailed,
  // mail
  spfMissing,
  spfMultipleRecords,
  spfSyntax,
  spfTooManyLookups,
  spfVoidLookups,
  spfPermissiveAll,
  dmarcMissing,
  dmarcSyntax,
  dmarcWeakPolicy,
  dmarcNoReports,
  dkimMissing,
  dkimInvalidKey,
  dkimWeakKey,
  dkimNotDeclared,
  mxMissing,
  // TLS
  tlsExpired,
  tlsExpiring,
  tlsHostnameMismatch,
  tlsUntrusted,
  tlsOldProtocol,
  tlsUnreachable,
  // HTTP
  urlUnreachable,
  hstsMissing,
  hstsShortMaxAge,
  hstsNoSubdomains,
  hstsNoPreload,
  redirectWrongTarget,
  redirectWrongStatus,
  redirectLoop,
  redirectTooManyHops,
  redirectInsecureHop,
  sessionSignInFailed,
  cacheAuthenticatedResponse,
  cookieInsecure,
  mixedContentRule,
  securityHeaderMissing,
  loginNotRateLimited,
  loginBurstInconclusive,
  // the proxy in front (domain.hosts)
  proxyNotServing,
  proxyOriginInDns,
  proxyOriginReachable,
  proxyChallenge,
  proxySignInFailed,
  proxyCookieIncompatible,
  proxyCachesPrivate,
  proxyStaticNotCached,
];
