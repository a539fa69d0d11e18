import { contextPattern, tokenRule, type SecretRule } from '../rule.js';

/** Payments: Stripe, PayPal/Braintree, Square, Shopify, Plaid and others. Publishable keys (pk_…) are public and not reported. */

const STRIPE_ROTATE = 'Roll the key in the Stripe dashboard (Developers → API keys → Roll key), deploy the new one, and review recent API activity.';
const SHOPIFY_ROTATE = 'Uninstall and reinstall the app (or rotate the token/secret in the Partner dashboard or the store\'s app settings).';

export const PAYMENT_RULES: readonly SecretRule[] = [
  tokenRule({
    id: 'stripe-secret-key', family: 'payments', name: 'Stripe live secret key',
    keywords: ['sk_live_', 'sk_prod_'],
    pattern: /\bsk_(?:live|prod)_[A-Za-z0-9]{24,247}\b/g,
    docs: { form: 'sk_live_<99 base62>', rotate: STRIPE_ROTATE },
  }),
  tokenRule({
    id: 'stripe-restricted-key', family: 'payments', name: 'Stripe live restricted key',
    keywords: ['rk_live_', 'rk_prod_'],
    pattern: /\brk_(?:live|prod)_[A-Za-z0-9]{24,247}\b/g,
    docs: { form: 'rk_live_<99 base62>', rotate: STRIPE_ROTATE },
  }),
  tokenRule({
    id: 'stripe-test-key', family: 'payments', name: 'Stripe test-mode secret key', severity: 'warning',
    keywords: ['sk_test_', 'rk_test_'],
    pattern: /\b[sr]k_test_[A-Za-z0-9]{24,247}\b/g,
    docs: {
      form: 'sk_test_<99 base62>', rotate: STRIPE_ROTATE,
      detection: 'A warning: test-mode keys move no money, but they read and write your test data and are often copied into live configuration by mistake.',
    },
  }),
  tokenRule({
    id: 'stripe-webhook-secret', family: 'payments', name: 'Stripe webhook signing secret',
    keywords: ['whsec_'],
    pattern: /\bwhsec_[A-Za-z0-9+/=]{32,}/g,
    docs: { form: 'whsec_<32 base62>', rotate: 'Roll the endpoint\'s signing secret (Developers → Webhooks → endpoint → Roll secret); anyone holding it can forge events.' },
  }),
  tokenRule({
    id: 'braintree-access-token', family: 'payments', name: 'PayPal Braintree access token',
    keywords: ['access_token$production$'],
    pattern: /\baccess_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32}\b/g,
    docs: { form: 'access_token$production$<16 lower alnum>$<32 hex>', rotate: 'Revoke the access token in the Braintree control panel (Settings → API) and generate a new one.' },
  }),
  tokenRule({
    id: 'paypal-client-secret', family: 'payments', name: 'PayPal REST client secret',
    keywords: ['paypal'],
    pattern: contextPattern('paypal[\\w.-]{0,20}secret', '[A-Za-z0-9_-]{80}'),
    docs: { form: 'E<79 base64url>', unsafe: 'PAYPAL_CLIENT_SECRET={secret}', rotate: 'Generate a new secret for the app in the PayPal developer dashboard (Apps & Credentials) and disable the old one.' },
  }),
  tokenRule({
    id: 'square-access-token', family: 'payments', name: 'Square access token',
    keywords: ['eaaa', 'sq0atp-'],
    pattern: /\b(?:EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/g,
    docs: { form: 'EAAA<60 base64url>', rotate: 'Replace the personal access token in the Square Developer Dashboard (or revoke the OAuth token) and update clients.' },
  }),
  tokenRule({
    id: 'square-oauth-secret', family: 'payments', name: 'Square OAuth application secret',
    keywords: ['sq0csp-'],
    pattern: /\bsq0csp-[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
    docs: { form: 'sq0csp-<43 base64url>', rotate: 'Replace the application secret in the Square Developer Dashboard (OAuth page).' },
  }),
  tokenRule({
    id: 'shopify-access-token', family: 'payments', name: 'Shopify Admin API access token',
    keywords: ['shpat_'],
    pattern: /\bshpat_[a-fA-F0-9]{32}\b/g,
    docs: { form: 'shpat_<32 hex>', rotate: SHOPIFY_ROTATE },
  }),
  tokenRule({
    id: 'shopify-custom-app-token', family: 'payments', name: 'Shopify custom app access token',
    keywords: ['shpca_'],
    pattern: /\bshpca_[a-fA-F0-9]{32}\b/g,
    docs: { form: 'shpca_<32 hex>', rotate: SHOPIFY_ROTATE },
  }),
  tokenRule({
    id: 'shopify-private-app-token', family: 'payments', name: 'Shopify private app password',
    keywords: ['shppa_'],
    pattern: /\bshppa_[a-fA-F0-9]{32}\b/g,
    docs: { form: 'shppa_<32 hex>', rotate: SHOPIFY_ROTATE },
  }),
  tokenRule({
    id: 'shopify-shared-secret', family: 'payments', name: 'Shopify app shared secret',
    keywords: ['shpss_'],
    pattern: /\bshpss_[a-fA-F0-9]{32}\b/g,
    docs: { form: 'shpss_<32 hex>', rotate: SHOPIFY_ROTATE },
  }),
  tokenRule({
    id: 'plaid-access-token', family: 'payments', name: 'Plaid access token',
    keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
    pattern: /\baccess-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
    docs: { form: 'access-production-<8 hex>-<4 hex>-<4 hex>-<4 hex>-<12 hex>', rotate: 'Rotate it with /item/access_token/invalidate and store the new token server-side only.' },
  }),
  tokenRule({
    id: 'flutterwave-secret-key', family: 'payments', name: 'Flutterwave secret key',
    keywords: ['flwseck'],
    pattern: /\bFLWSECK(?:_TEST)?-[a-fA-F0-9]{32}-X\b/g,
    docs: { form: 'FLWSECK-<32 hex>-X', rotate: 'Regenerate the API keys under Settings → API in the Flutterwave dashboard.' },
  }),
  tokenRule({
    id: 'razorpay-key-secret', family: 'payments', name: 'Razorpay key secret',
    keywords: ['razorpay'],
    pattern: contextPattern('razorpay[\\w.-]{0,20}secret', '[A-Za-z0-9]{24}'),
    docs: { form: '<24 base62>', unsafe: 'RAZORPAY_KEY_SECRET={secret}', rotate: 'Regenerate the key under Account & Settings → API keys in the Razorpay dashboard.' },
  }),
  tokenRule({
    id: 'gocardless-access-token', family: 'payments', name: 'GoCardless access token',
    keywords: ['gocardless'],
    pattern: contextPattern('gocardless[\\w.-]{0,20}(?:token|key)', '(?:live|sandbox)_[A-Za-z0-9_=-]{40}'),
    docs: { form: 'live_<40 base64url>', unsafe: 'GOCARDLESS_ACCESS_TOKEN={secret}', rotate: 'Revoke the token under Developers → Access tokens in GoCardless.' },
  }),
  tokenRule({
    id: 'mollie-api-key', family: 'payments', name: 'Mollie API key',
    keywords: ['mollie'],
    pattern: contextPattern('mollie[\\w.-]{0,20}(?:key|token)', '(?:live|test)_[A-Za-z0-9]{30}'),
    docs: { form: 'live_<30 base62>', unsafe: 'MOLLIE_API_KEY={secret}', rotate: 'Reset the API key under Developers → API keys in the Mollie dashboard.' },
  }),
];
