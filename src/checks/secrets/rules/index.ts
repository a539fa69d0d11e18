import type { SecretRule } from '../rule.js';
import { AI_RULES } from './ai.js';
import { CHAT_MAIL_RULES } from './chat-mail.js';
import { CLOUD_RULES } from './cloud.js';
import { GENERIC_RULES } from './generic.js';
import { HTTP_RULES } from './http.js';
import { LOG_RULES } from './logs.js';
import { PAYMENT_RULES } from './payments.js';
import { PERSONAL_DATA_RULES } from './personal-data.js';
import { PRIVATE_KEY_RULES } from './private-keys.js';
import { REGISTRY_RULES } from './registries.js';
import { SAAS_RULES } from './saas.js';
import { SOURCE_HOST_RULES } from './source-hosts.js';
import { JWT_RULE } from './tokens.js';
import { URL_RULES } from './urls.js';

/** Known provider formats: a match here is more specific than any later rule on the same span. */
export const PROVIDER_RULES: readonly SecretRule[] = [
  ...SOURCE_HOST_RULES, ...CLOUD_RULES, ...CHAT_MAIL_RULES, ...PAYMENT_RULES, ...REGISTRY_RULES, ...AI_RULES, ...SAAS_RULES,
];

/**
 * Every line rule, most specific first: when two rules claim overlapping text on a line, the earlier
 * one reports it (a GitHub token inside a URL is a github-pat, not a basic-auth-url).
 */
export const SECRET_RULES: readonly SecretRule[] = [
  ...PROVIDER_RULES, ...PRIVATE_KEY_RULES, JWT_RULE, ...URL_RULES, ...HTTP_RULES, ...LOG_RULES, ...PERSONAL_DATA_RULES, ...GENERIC_RULES,
];
