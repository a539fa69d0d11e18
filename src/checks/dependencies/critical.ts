import type { Category, Ecosystem } from './model.js';
import { normalizeName } from './model.js';

/**
 * The packages that guard sign-in, sessions and money. A trailing * is a prefix (passport-*); Go
 * module paths match without their major-version suffix (/v5). Extended by `dependencies.critical`.
 */
export const CRITICAL_PACKAGES: Record<Ecosystem, Record<Exclude<Category, 'declared critical'>, string[]>> = {
  npm: {
    auth: [
      'next-auth', '@auth/*', 'passport', 'passport-*', '@node-saml/*', 'jsonwebtoken', 'jose', 'jwks-rsa', 'jws', 'jwa',
      'jwt-decode', 'express-jwt', 'bcrypt', 'bcryptjs', 'argon2', '@node-rs/argon2', '@node-rs/bcrypt', 'oauth', 'oauth4webapi',
      'openid-client', 'simple-oauth2', 'grant', '@okta/*', '@auth0/*', 'auth0', 'express-openid-connect', 'samlify',
      'saml2-js', 'xml-crypto', 'lucia', '@lucia-auth/*', 'better-auth', '@clerk/*', '@supabase/auth-js', '@supabase/gotrue-js',
      'keycloak-connect', 'keycloak-js', '@simplewebauthn/server', 'otplib', 'speakeasy', 'firebase-admin', '@azure/msal-node',
      '@azure/msal-browser', 'google-auth-library', '@fastify/jwt', '@nestjs/jwt', '@nestjs/passport',
    ],
    payments: [
      'stripe', '@stripe/*', 'braintree', 'braintree-web', 'braintree-web-drop-in', '@paypal/*', 'paypal-rest-sdk',
      '@adyen/*', 'square', '@square/*', '@mollie/api-client', '@paddle/*', '@lemonsqueezy/*', 'razorpay', 'chargebee',
      '@chargebee/*', 'recurly', 'recurly-js', 'gocardless-nodejs', 'checkout-sdk-node',
    ],
    'session/crypto': [
      'express-session', 'cookie-session', 'iron-session', '@hapi/iron', 'cookie-signature', 'cookie-parser', 'csurf',
      'csrf-csrf', '@fastify/session', '@fastify/secure-session', 'connect-redis', 'node-forge', 'crypto-js', 'jsrsasign',
      'tweetnacl',
    ],
  },
  PyPI: {
    auth: [
      'django-allauth', 'pyjwt', 'authlib', 'python-jose', 'oauthlib', 'requests-oauthlib', 'passlib', 'bcrypt', 'argon2-cffi',
      'djangorestframework-simplejwt', 'flask-login', 'flask-jwt-extended', 'flask-security-too', 'python3-saml', 'pysaml2',
      'social-auth-core', 'social-auth-app-django', 'django-oauth-toolkit', 'fastapi-users', 'mozilla-django-oidc', 'pyotp',
      'webauthn', 'msal', 'google-auth', 'okta', 'auth0-python', 'django-otp', 'dj-rest-auth',
    ],
    payments: [
      'stripe', 'dj-stripe', 'braintree', 'paypalrestsdk', 'paypal-checkout-serverside-sdk', 'paypal-server-sdk', 'adyen',
      'squareup', 'mollie-api-python', 'paddle-python-sdk', 'paddle-billing-client', 'lemonsqueezy', 'razorpay', 'chargebee',
    ],
    'session/crypto': ['itsdangerous', 'flask-session', 'cryptography', 'pycryptodome', 'pycryptodomex', 'pynacl'],
  },
  RubyGems: {
    auth: [
      'devise', 'omniauth', 'omniauth-*', 'oauth', 'warden', 'jwt', 'bcrypt', 'doorkeeper', 'ruby-saml', 'rodauth', 'rodauth-rails',
      'sorcery', 'clearance', 'argon2', 'rotp', 'webauthn', 'oauth2', 'devise-two-factor', 'authlogic', 'pundit', 'cancancan',
    ],
    payments: [
      'stripe', 'braintree', 'paypal-sdk-rest', 'paypal-checkout-sdk', 'adyen-ruby-api-library', 'square.rb', 'mollie-api-ruby',
      'paddle', 'lemonsqueezy', 'pay', 'activemerchant', 'razorpay', 'chargebee', 'recurly',
    ],
    'session/crypto': ['rack-session', 'rbnacl', 'lockbox', 'attr_encrypted'],
  },
  Go: {
    auth: [
      'github.com/golang-jwt/jwt', 'github.com/dgrijalva/jwt-go', 'golang.org/x/oauth2', 'github.com/coreos/go-oidc',
      'github.com/go-jose/go-jose', 'gopkg.in/square/go-jose.v2', 'github.com/lestrrat-go/jwx', 'github.com/markbates/goth',
      'github.com/crewjam/saml', 'github.com/russellhaering/gosaml2', 'github.com/pquerna/otp', 'github.com/go-webauthn/webauthn',
      'github.com/zitadel/oidc', 'github.com/ory/fosite',
    ],
    payments: [
      'github.com/stripe/stripe-go', 'github.com/braintree-go/braintree-go', 'github.com/plutov/paypal',
      'github.com/adyen/adyen-go-api-library', 'github.com/square/square-go-sdk', 'github.com/VictorAvelar/mollie-api-go',
    ],
    'session/crypto': [
      'golang.org/x/crypto', 'github.com/gorilla/sessions', 'github.com/gorilla/securecookie', 'github.com/gorilla/csrf',
      'github.com/alexedwards/scs',
    ],
  },
  Packagist: {
    auth: [
      'laravel/sanctum', 'laravel/passport', 'laravel/socialite', 'laravel/fortify', 'league/oauth2-server', 'league/oauth2-client',
      'firebase/php-jwt', 'lcobucci/jwt', 'tymon/jwt-auth', 'php-open-source-saver/jwt-auth', 'symfony/security-core',
      'symfony/security-http', 'symfony/security-bundle', 'onelogin/php-saml', 'web-auth/webauthn-lib', 'hybridauth/hybridauth',
      'bshaffer/oauth2-server-php', 'pragmarx/google2fa',
    ],
    payments: [
      'stripe/stripe-php', 'braintree/braintree_php', 'paypal/*', 'adyen/php-api-library', 'square/square',
      'mollie/mollie-api-php', 'paddlehq/*', 'lemonsqueezy/laravel', 'laravel/cashier', 'laravel/cashier-*', 'omnipay/*',
      'league/omnipay', 'razorpay/razorpay',
    ],
    'session/crypto': ['defuse/php-encryption', 'paragonie/halite', 'paragonie/sodium_compat', 'phpseclib/phpseclib'],
  },
};

export interface CriticalTable {
  classify(ecosystem: Ecosystem, name: string): Category | undefined;
  /** Exact critical names of one ecosystem, to measure look-alike names against. */
  exactNames(ecosystem: Ecosystem): string[];
}

/** The built-in table plus the manifest's `critical` names (name, prefix*, or Ecosystem:name). */
export function criticalTable(extra: readonly string[] = []): CriticalTable {
  const entries: { ecosystem?: Ecosystem; pattern: string; category: Category }[] = [];
  for (const [ecosystem, categories] of Object.entries(CRITICAL_PACKAGES) as [Ecosystem, Record<string, string[]>][]) {
    for (const [category, names] of Object.entries(categories)) {
      for (const name of names) entries.push({ ecosystem, pattern: normalizeName(ecosystem, name), category: category as Category });
    }
  }
  for (const raw of extra) {
    const colon = /^(npm|PyPI|RubyGems|Go|Packagist):(.+)$/i.exec(raw);
    const ecosystem = colon ? (['npm', 'PyPI', 'RubyGems', 'Go', 'Packagist'] as const).find((e) => e.toLowerCase() === colon[1]!.toLowerCase()) : undefined;
    const name = colon ? colon[2]! : raw;
    entries.push({ ecosystem, pattern: name, category: 'declared critical' });
  }
  return {
    classify(ecosystem, name) {
      const subject = normalizeName(ecosystem, ecosystem === 'Go' ? withoutMajorSuffix(name) : name);
      // The manifest's names come last, but a name the user lists is theirs to label: check them first.
      for (const e of [...entries].reverse()) {
        if (e.ecosystem && e.ecosystem !== ecosystem) continue;
        const pattern = e.ecosystem ? e.pattern : normalizeName(ecosystem, e.pattern);
        if (pattern.endsWith('*') ? subject.startsWith(pattern.slice(0, -1)) : subject === pattern) return e.category;
      }
      return undefined;
    },
    exactNames(ecosystem) {
      return entries.filter((e) => (!e.ecosystem || e.ecosystem === ecosystem) && !e.pattern.endsWith('*')).map((e) => normalizeName(ecosystem, e.pattern));
    },
  };
}

/** github.com/golang-jwt/jwt/v5 → github.com/golang-jwt/jwt */
export function withoutMajorSuffix(module: string): string {
  return module.replace(/\/v\d+$/, '');
}
