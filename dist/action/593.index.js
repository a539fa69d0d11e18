export const id = 593;
export const ids = [593];
export const modules = {

/***/ 44669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ defineCheck)
/* harmony export */ });
function defineCheck(check) {
    return check;
}


/***/ }),

/***/ 98593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dependenciesCheck: () => (/* binding */ dependenciesCheck)
});

// EXTERNAL MODULE: ./src/rules/registry.ts
var registry = __webpack_require__(14964);
// EXTERNAL MODULE: ./src/checks/check.ts
var check = __webpack_require__(44669);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
// EXTERNAL MODULE: ./src/http/client.ts
var client = __webpack_require__(73329);
// EXTERNAL MODULE: ./src/http/duration.ts
var duration = __webpack_require__(77810);
// EXTERNAL MODULE: ./src/version.ts + 1 modules
var version = __webpack_require__(71013);
;// CONCATENATED MODULE: ./src/checks/dependencies/model.ts
function packageKey(p) {
    return `${p.ecosystem}\u0000${p.name}\u0000${p.version}`;
}
/** PEP 503: PyPI names compare case-insensitively with runs of -, _ and . as one -. */
function normalizeName(ecosystem, name) {
    if (ecosystem === 'PyPI')
        return name.toLowerCase().replace(/[-_.]+/g, '-');
    if (ecosystem === 'RubyGems' || ecosystem === 'Go')
        return name;
    return name.toLowerCase();
}
/** "stripe 8.1.0", with the declaring manifest line when there is one. */
function describePackage(p) {
    return `${p.name} ${p.version}`;
}
function declaredSuffix(p) {
    if (p.declared)
        return ` (declared in ${p.declared.file}:${p.declared.line})`;
    return p.direct ? '' : ' (a transitive dependency)';
}
/** "an auth package", "a payments package", "a package listed in dependencies.critical". */
function kindOf(category) {
    if (category === 'auth')
        return 'an auth package';
    if (category === 'declared critical')
        return 'a package listed in dependencies.critical';
    return `a ${category ?? 'critical'} package`;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/critical.ts

/**
 * The packages that guard sign-in, sessions and money. A trailing * is a prefix (passport-*); Go
 * module paths match without their major-version suffix (/v5). Extended by `dependencies.critical`.
 */
const CRITICAL_PACKAGES = {
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
/** The built-in table plus the manifest's `critical` names (name, prefix*, or Ecosystem:name). */
function criticalTable(extra = []) {
    const entries = [];
    for (const [ecosystem, categories] of Object.entries(CRITICAL_PACKAGES)) {
        for (const [category, names] of Object.entries(categories)) {
            for (const name of names)
                entries.push({ ecosystem, pattern: normalizeName(ecosystem, name), category: category });
        }
    }
    for (const raw of extra) {
        const colon = /^(npm|PyPI|RubyGems|Go|Packagist):(.+)$/i.exec(raw);
        const ecosystem = colon ? ['npm', 'PyPI', 'RubyGems', 'Go', 'Packagist'].find((e) => e.toLowerCase() === colon[1].toLowerCase()) : undefined;
        const name = colon ? colon[2] : raw;
        entries.push({ ecosystem, pattern: name, category: 'declared critical' });
    }
    return {
        classify(ecosystem, name) {
            const subject = normalizeName(ecosystem, ecosystem === 'Go' ? withoutMajorSuffix(name) : name);
            // The manifest's names come last, but a name the user lists is theirs to label: check them first.
            for (const e of [...entries].reverse()) {
                if (e.ecosystem && e.ecosystem !== ecosystem)
                    continue;
                const pattern = e.ecosystem ? e.pattern : normalizeName(ecosystem, e.pattern);
                if (pattern.endsWith('*') ? subject.startsWith(pattern.slice(0, -1)) : subject === pattern)
                    return e.category;
            }
            return undefined;
        },
        exactNames(ecosystem) {
            return entries.filter((e) => (!e.ecosystem || e.ecosystem === ecosystem) && !e.pattern.endsWith('*')).map((e) => normalizeName(ecosystem, e.pattern));
        },
    };
}
/** github.com/golang-jwt/jwt/v5 → github.com/golang-jwt/jwt */
function withoutMajorSuffix(module) {
    return module.replace(/\/v\d+$/, '');
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/lines.ts
/** Offsets to 1-based lines and columns, for parsers that report offsets. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++)
            if (text.charCodeAt(i) === 10)
                this.starts.push(i + 1);
    }
    line(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    column(offset) {
        return offset - this.starts[this.line(offset) - 1] + 1;
    }
}
function splitLines(text) {
    return text.split(/\r?\n/);
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/json.ts


function readJson(file, text) {
    const errors = [];
    const lines = new LineIndex(text);
    const root = (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length || !root) {
        const first = errors[0];
        const offset = first?.offset ?? 0;
        return {
            problem: {
                file, line: lines.line(offset), column: lines.column(offset),
                message: `${file} is not valid JSON: ${first ? describeJsonError((0,main.printParseErrorCode)(first.error)) : 'it is empty'}`,
            },
        };
    }
    const value = (0,main.getNodeValue)(root);
    return {
        doc: {
            root, value, lines,
            lineOf(path) {
                const node = (0,main.findNodeAtLocation)(root, path);
                if (!node)
                    return undefined;
                const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
                return lines.line((key ?? node).offset);
            },
        },
    };
}
function describeJsonError(code) {
    // "CommaExpected" → "comma expected"
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
/** Property keys and their lines, in document order, of the object at `path`. */
function propertiesWithLines(doc, path) {
    const node = path.length ? (0,main.findNodeAtLocation)(doc.root, path) : doc.root;
    if (node?.type !== 'object')
        return [];
    const out = [];
    for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key?.type !== 'string' || !value)
            continue;
        out.push({ key: String(key.value), line: doc.lines.line(key.offset), value: (0,main.getNodeValue)(value) });
    }
    return out;
}
/** Items of the array at `path` with the line where each starts. */
function itemsWithLines(doc, path) {
    const node = (0,main.findNodeAtLocation)(doc.root, path);
    if (node?.type !== 'array')
        return [];
    return (node.children ?? []).map((item) => ({ line: doc.lines.line(item.offset), value: (0,main.getNodeValue)(item) }));
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/composer-lock.ts

/** composer.lock (JSON): `packages` and `packages-dev`, each an array of { name, version }. */
function readComposerLock(file, text, direct) {
    const lockfile = { file, format: 'composer-lock', ecosystem: 'Packagist', packages: [], problems: [] };
    const { doc, problem } = readJson(file, text);
    if (!doc)
        return { ...lockfile, problems: [problem] };
    if (!isRecord(doc.value) || !Array.isArray(doc.value.packages)) {
        return { ...lockfile, problems: [{ file, line: 1, message: `${file} has no "packages" list, so it is not a composer.lock` }] };
    }
    for (const section of ['packages', 'packages-dev']) {
        for (const [index, { line: start, value }] of itemsWithLines(doc, [section]).entries()) {
            const line = doc.lineOf([section, index, 'name']) ?? start;
            if (!isRecord(value) || typeof value.name !== 'string' || typeof value.version !== 'string') {
                lockfile.problems.push({ file, line, message: `an entry of ${section} in ${file} has no name or version` });
                continue;
            }
            const name = value.name.toLowerCase();
            lockfile.packages.push({
                ecosystem: 'Packagist', name, version: value.version.replace(/^v(?=\d)/, ''), id: name, lockfile: file, line,
                direct: direct.has(name), dev: section === 'packages-dev',
                dependsOn: isRecord(value.require) ? Object.keys(value.require).map((d) => d.toLowerCase()) : [],
            });
        }
    }
    return lockfile;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/gemfile-lock.ts

const SPEC = /^ {4}([A-Za-z0-9][A-Za-z0-9._-]*) \(([^)\s]+)\)$/;
const SPEC_DEPENDENCY = /^ {6}([A-Za-z0-9][A-Za-z0-9._-]*)(?: \([^)]*\))?$/;
const DEPENDENCY = /^ {2}([A-Za-z0-9][A-Za-z0-9._-]*)!?(?: \([^)]*\))?$/;
/**
 * Gemfile.lock, Bundler's indentation format (no maintained JavaScript parser exists): gems under
 * GEM/specs at four spaces with their version (and platform), their own dependencies at six, and the
 * Gemfile's direct dependencies under DEPENDENCIES.
 */
function readGemfileLock(file, text) {
    const lockfile = { file, format: 'gemfile-lock', ecosystem: 'RubyGems', packages: [], problems: [] };
    const lines = splitLines(text);
    const direct = new Set();
    let section = '';
    let inSpecs = false;
    let current;
    lines.forEach((line, i) => {
        if (/^[A-Z]/.test(line)) {
            section = line.trim();
            inSpecs = false;
            current = undefined;
            return;
        }
        if (!line.trim())
            return;
        if (section === 'DEPENDENCIES') {
            const m = DEPENDENCY.exec(line);
            if (m)
                direct.add(m[1]);
            else
                lockfile.problems.push({ file, line: i + 1, message: `"${line.trim()}" under DEPENDENCIES in ${file} is not a gem requirement` });
            return;
        }
        if (section !== 'GEM' && section !== 'GIT' && section !== 'PATH')
            return;
        if (/^ {2}specs:$/.test(line)) {
            inSpecs = true;
            return;
        }
        if (!inSpecs || /^ {2}\S/.test(line))
            return;
        const spec = SPEC.exec(line);
        if (spec) {
            if (section !== 'GEM')
                return current = undefined; // from a git checkout or a path: no registry version
            // A platform gem: 1.15.4-x86_64-linux → 1.15.4
            const version = spec[2].replace(/-.*$/, '');
            const id = spec[1];
            const known = lockfile.packages.find((p) => p.id === id && p.version === version);
            current = known ?? { ecosystem: 'RubyGems', name: id, version, id, lockfile: file, line: i + 1, direct: false, dependsOn: [] };
            if (!known)
                lockfile.packages.push(current);
            return;
        }
        const dep = SPEC_DEPENDENCY.exec(line);
        if (dep) {
            if (current && !current.dependsOn.includes(dep[1]))
                current.dependsOn.push(dep[1]);
            return;
        }
        lockfile.problems.push({ file, line: i + 1, message: `"${line.trim()}" in the specs of ${file} is not "name (version)"` });
    });
    if (!lines.some((l) => /^(GEM|GIT|PATH)$/.test(l.trim()))) {
        lockfile.problems.push({ file, line: 1, message: `${file} has no GEM section, so it is not a Gemfile.lock` });
    }
    for (const p of lockfile.packages)
        p.direct = direct.has(p.name);
    return lockfile;
}

// EXTERNAL MODULE: ./node_modules/@renovatebot/pep440/index.js + 4 modules
var pep440 = __webpack_require__(99687);
// EXTERNAL MODULE: ./node_modules/@renovatebot/ruby-semver/dist/index.js + 2 modules
var ruby_semver_dist = __webpack_require__(36795);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/checks/dependencies/versions.ts



/**
 * Versions compared with each ecosystem's own rules: semver for npm, Go and Packagist (a leading v
 * dropped, Composer's four-part versions cut to three), PEP 440 for PyPI (1.0rc1 < 1.0 < 1.0.post1),
 * Gem::Version for RubyGems (1.10 > 1.9, 1.0.a < 1.0). Undefined when a version is not valid there.
 */
function compareVersions(ecosystem, a, b) {
    switch (ecosystem) {
        case 'PyPI': {
            if (!pep440/* valid */.rZ(a) || !pep440/* valid */.rZ(b))
                return undefined;
            return Math.sign(pep440/* compare */.UD(a, b));
        }
        case 'RubyGems': {
            if (!ruby_semver_dist/* valid */.rZ(a) || !ruby_semver_dist/* valid */.rZ(b))
                return undefined;
            return ruby_semver_dist.eq(a, b) ? 0 : ruby_semver_dist.gt(a, b) ? 1 : -1;
        }
        default: {
            const x = toSemver(a);
            const y = toSemver(b);
            if (!x || !y)
                return undefined;
            return semver_default().compare(x, y);
        }
    }
}
function majorOf(ecosystem, version) {
    switch (ecosystem) {
        case 'PyPI':
            return pep440/* valid */.rZ(version) ? pep440/* major */.eR(version) : undefined;
        case 'RubyGems':
            return ruby_semver_dist/* valid */.rZ(version) ? ruby_semver_dist/* major */.eR(version) ?? undefined : undefined;
        default: {
            const v = toSemver(version);
            return v ? semver_default().major(v) : undefined;
        }
    }
}
function toSemver(version) {
    let v = version.trim().replace(/^v(?=\d)/, '');
    // Composer: 1.2.3.4 and 1.2 are valid; semver wants exactly three parts.
    const core = /^(\d+(?:\.\d+)*)(.*)$/.exec(v);
    if (core) {
        const parts = core[1].split('.');
        while (parts.length < 3)
            parts.push('0');
        v = parts.slice(0, 3).join('.') + core[2];
    }
    return semver_default().valid(v, { loose: true }) ?? undefined;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/go-sum.ts


const LINE = /^(\S+) (v\S+?)(\/go\.mod)? (h1:[A-Za-z0-9+/=]+)$/;
/**
 * go.sum: "module version[/go.mod] h1:hash". A module whose code was downloaded has a line without
 * /go.mod; the version the build uses is go.mod's require (minimal version selection wrote it there),
 * else the highest such version in go.sum.
 */
function readGoSum(file, text, goMod, goModFile) {
    const lockfile = { file, format: 'go-sum', ecosystem: 'Go', packages: [], problems: [] };
    const found = new Map();
    splitLines(text).forEach((line, i) => {
        if (!line.trim())
            return;
        const m = LINE.exec(line.trim());
        if (!m) {
            lockfile.problems.push({ file, line: i + 1, message: `line ${i + 1} of ${file} is not "module version h1:hash"` });
            return;
        }
        if (m[3])
            return;
        const list = found.get(m[1]) ?? [];
        list.push({ version: m[2], line: i + 1 });
        found.set(m[1], list);
    });
    for (const [module, versions] of found) {
        const required = goMod.get(module);
        const chosen = (required && versions.find((v) => v.version === required.version))
            ?? versions.reduce((a, b) => ((compareVersions('Go', b.version, a.version) ?? 0) > 0 ? b : a));
        const pkg = { ecosystem: 'Go', name: module, version: chosen.version, id: module, lockfile: file, line: chosen.line, direct: required?.direct ?? false };
        if (required?.direct && goModFile)
            pkg.declared = { file: goModFile, line: required.line };
        lockfile.packages.push(pkg);
    }
    return lockfile;
}
/** go.mod's require directives, single-line and in blocks; `// indirect` marks what is not direct. */
function readGoMod(text) {
    const out = new Map();
    let block = false;
    splitLines(text).forEach((raw, i) => {
        const line = raw.trim();
        if (/^require\s*\($/.test(line))
            return (block = true, undefined);
        if (block && line === ')')
            return (block = false, undefined);
        const m = (block ? /^(\S+)\s+(v\S+)(.*)$/ : /^require\s+(\S+)\s+(v\S+)(.*)$/).exec(line);
        if (m)
            out.set(m[1], { version: m[2], direct: !/\/\/\s*indirect/.test(m[3]), line: i + 1 });
    });
    return out;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/toml.ts

/** TOML (poetry.lock, pyproject.toml, Pipfile) through smol-toml: TOML 1.0, and errors carry a line. */
function readToml(file, text) {
    try {
        return { value: (0,smol_toml_dist/* parse */.qg)(text) };
    }
    catch (error) {
        const e = error;
        const first = String(e.message ?? error).split('\n')[0];
        return { problem: { file, line: typeof e.line === 'number' ? e.line : 1, column: typeof e.column === 'number' ? e.column : undefined, message: `${file} is not valid TOML: ${first}` } };
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/manifests.ts




const MANIFEST_FOR = {
    'package-lock': 'package.json', 'npm-shrinkwrap': 'package.json', 'pnpm-lock': 'package.json', 'yarn-lock': 'package.json',
    'poetry-lock': 'pyproject.toml', 'pipfile-lock': 'Pipfile', 'gemfile-lock': 'Gemfile', 'go-sum': 'go.mod', 'composer-lock': 'composer.json',
};
/**
 * The declaring manifest beside a lockfile. A manifest that cannot be read only loses the declared
 * lines: the lockfile alone still says what is installed.
 */
function readDeclarations(file, text, ecosystem) {
    const names = new Map();
    const add = (name, line, range = '') => {
        const key = normalizeName(ecosystem, name);
        const known = names.get(key);
        if (known)
            known.ranges.add(range);
        else
            names.set(key, { line, ranges: new Set([range]) });
    };
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (base === 'package.json' || base === 'composer.json') {
        const { doc } = readJson(file, text);
        if (!doc || !isRecord(doc.value))
            return { file, names };
        const fields = base === 'package.json' ? ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] : ['require', 'require-dev'];
        for (const field of fields) {
            const deps = doc.value[field];
            if (!isRecord(deps))
                continue;
            for (const [name, range] of Object.entries(deps))
                add(name, doc.lineOf([field, name]) ?? 1, String(range));
        }
        return { file, names };
    }
    const lines = splitLines(text);
    if (base === 'Gemfile') {
        lines.forEach((line, i) => {
            const m = /^\s*gem\s+["']([^"']+)["']/.exec(line);
            if (m)
                add(m[1], i + 1);
        });
    }
    else if (base === 'go.mod') {
        let block = false;
        lines.forEach((raw, i) => {
            const line = raw.trim();
            if (/^require\s*\($/.test(line))
                block = true;
            else if (block && line === ')')
                block = false;
            else {
                const m = (block ? /^(\S+)\s+v\S+/ : /^require\s+(\S+)\s+v\S+/).exec(line);
                if (m && !/\/\/\s*indirect/.test(line))
                    add(m[1], i + 1);
            }
        });
    }
    else if (base === 'Pipfile' || base === 'pyproject.toml') {
        const { value } = readToml(file, text);
        if (!value)
            return { file, names };
        const declared = [];
        const keysOf = (table) => (isRecord(table) ? Object.keys(table).filter((k) => k !== 'python') : []);
        if (base === 'Pipfile') {
            declared.push(...keysOf(value.packages), ...keysOf(value['dev-packages']));
        }
        else {
            const poetry = isRecord(value.tool) && isRecord(value.tool.poetry) ? value.tool.poetry : {};
            declared.push(...keysOf(poetry.dependencies), ...keysOf(poetry['dev-dependencies']));
            if (isRecord(poetry.group))
                for (const group of Object.values(poetry.group))
                    if (isRecord(group))
                        declared.push(...keysOf(group.dependencies));
            const project = isRecord(value.project) ? value.project : {};
            const requirements = [...(Array.isArray(project.dependencies) ? project.dependencies : [])];
            if (isRecord(project['optional-dependencies']))
                for (const list of Object.values(project['optional-dependencies']))
                    if (Array.isArray(list))
                        requirements.push(...list);
            for (const r of requirements) {
                const m = typeof r === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(r) : null;
                if (m)
                    declared.push(m[1]);
            }
        }
        // Lines: the first `name =` key or "name..." string that names it.
        for (const name of declared) {
            const wanted = normalizeName('PyPI', name);
            const at = lines.findIndex((line) => {
                const m = /^\s*"?([A-Za-z0-9][A-Za-z0-9._-]*)"?\s*=/.exec(line) ?? /["']([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
                return m !== null && normalizeName('PyPI', m[1]) === wanted;
            });
            add(name, at + 1 || 1);
        }
    }
    return { file, names };
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/npm-lock.ts

const DEP_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
/**
 * package-lock.json and npm-shrinkwrap.json, lockfileVersion 2 and 3: the flat `packages` map, whose
 * keys are install paths (node_modules/a/node_modules/b). A dependency resolves the way Node does:
 * the nearest node_modules up the path.
 */
function readNpmLock(file, text, format) {
    const lockfile = { file, format, ecosystem: 'npm', packages: [], problems: [] };
    const { doc, problem } = readJson(file, text);
    if (!doc)
        return { ...lockfile, problems: [problem] };
    const data = doc.value;
    if (!isRecord(data) || !isRecord(data.packages)) {
        const version = isRecord(data) ? data.lockfileVersion : undefined;
        lockfile.problems.push({
            file, line: doc.lineOf(['lockfileVersion']) ?? 1,
            message: version === 1
                ? `${file} is lockfileVersion 1, which has no exact install paths; npm 7 and later upgrade it (npm install --package-lock-only)`
                : `${file} has no "packages" map, so it is not a package-lock of npm 7 or later`,
        });
        return lockfile;
    }
    const entries = propertiesWithLines(doc, ['packages']);
    const paths = new Set(entries.map((e) => e.key));
    // The root and every workspace folder declare direct dependencies.
    const declaring = entries.filter((e) => !e.key.includes('node_modules/') && isRecord(e.value));
    const directPaths = new Set();
    for (const { key, value } of declaring) {
        const prefix = key ? `${key}/` : '';
        for (const name of declaredNames(value)) {
            const own = `${prefix}node_modules/${name}`;
            directPaths.add(paths.has(own) ? own : `node_modules/${name}`);
        }
    }
    for (const { key, line, value } of entries) {
        if (!key.includes('node_modules/') || !isRecord(value) || value.link === true)
            continue;
        const name = typeof value.name === 'string' ? value.name : key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
        if (typeof value.version !== 'string') {
            lockfile.problems.push({ file, line, message: `${name} in ${file} has no version` });
            continue;
        }
        const pkg = {
            ecosystem: 'npm', name, version: value.version, id: key, lockfile: file, line,
            direct: directPaths.has(key),
            dev: value.dev === true,
            installScript: value.hasInstallScript === true,
            dependsOn: [],
        };
        for (const dep of declaredNames(value)) {
            const resolved = resolve(key, dep, paths);
            if (resolved)
                pkg.dependsOn.push(resolved);
        }
        lockfile.packages.push(pkg);
    }
    return lockfile;
}
function declaredNames(entry) {
    const names = new Set();
    for (const field of [...DEP_FIELDS, 'devDependencies']) {
        if (field === 'devDependencies' && entry.version !== undefined && entry.name === undefined)
            continue;
        const deps = entry[field];
        if (isRecord(deps))
            for (const name of Object.keys(deps))
                names.add(name);
    }
    return [...names];
}
/** Node's lookup: <path>/node_modules/<name>, then the same from each enclosing package, then the top. */
function resolve(from, name, paths) {
    let base = from;
    for (;;) {
        const candidate = `${base}/node_modules/${name}`;
        if (paths.has(candidate))
            return candidate;
        const cut = base.lastIndexOf('/node_modules/');
        if (cut < 0)
            break;
        base = base.slice(0, cut);
    }
    const top = `node_modules/${name}`;
    return paths.has(top) ? top : undefined;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/pipfile-lock.ts


/** Pipfile.lock (JSON): `default` and `develop` map every resolved package to "==version". */
function readPipfileLock(file, text, direct) {
    const lockfile = { file, format: 'pipfile-lock', ecosystem: 'PyPI', packages: [], problems: [] };
    const { doc, problem } = readJson(file, text);
    if (!doc)
        return { ...lockfile, problems: [problem] };
    if (!isRecord(doc.value) || (!isRecord(doc.value.default) && !isRecord(doc.value.develop))) {
        return { ...lockfile, problems: [{ file, line: 1, message: `${file} has neither "default" nor "develop", so it is not a Pipfile.lock` }] };
    }
    for (const section of ['default', 'develop']) {
        for (const { key, line, value } of propertiesWithLines(doc, [section])) {
            if (!isRecord(value))
                continue;
            const name = normalizeName('PyPI', key);
            if (typeof value.version !== 'string') {
                if (value.git || value.path || value.file || value.editable)
                    continue;
                lockfile.problems.push({ file, line, message: `${key} in ${file} has no version` });
                continue;
            }
            const version = value.version.replace(/^===?/, '');
            if (lockfile.packages.some((p) => p.name === name && p.version === version))
                continue;
            lockfile.packages.push({ ecosystem: 'PyPI', name, version, id: name, lockfile: file, line, direct: direct.has(name), dev: section === 'develop' });
        }
    }
    return lockfile;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/yaml-doc.ts

function readYaml(file, text, what) {
    const counter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter: counter, uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
        const pos = error.linePos?.[0];
        return { problem: { file, line: pos?.line ?? 1, column: pos?.col, message: `${file} is not a valid ${what}: ${error.message.split('\n')[0]}` } };
    }
    return {
        doc: {
            doc,
            entries(path) {
                const node = path.length ? doc.getIn(path, true) : doc.contents;
                if (!(0,yaml_dist/* isMap */.jh)(node))
                    return [];
                const out = [];
                for (const pair of node.items) {
                    const key = (0,yaml_dist/* isScalar */.jn)(pair.key) ? pair.key : undefined;
                    if (!key || key.range === undefined || key.range === null)
                        continue;
                    const value = pair.value && typeof pair.value.toJSON === 'function'
                        ? pair.value.toJSON()
                        : (0,yaml_dist/* isScalar */.jn)(pair.value) ? pair.value.value : pair.value;
                    out.push({ key: String(key.value), line: counter.linePos(key.range[0]).line, value });
                }
                return out;
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/pnpm-lock.ts


/**
 * pnpm-lock.yaml, lockfile versions 5 (/name/1.0.0), 6 (/name@1.0.0(peer)) and 9 (name@1.0.0 in
 * packages, dependency edges in snapshots). Direct dependencies come from `importers` (or, in v5
 * single-project lockfiles, the top-level dependency maps).
 */
function readPnpmLock(file, text) {
    const lockfile = { file, format: 'pnpm-lock', ecosystem: 'npm', packages: [], problems: [] };
    const { doc, problem } = readYaml(file, text, 'pnpm lockfile');
    if (!doc)
        return { ...lockfile, problems: [problem] };
    const data = doc.doc.toJS({ maxAliasCount: 100 });
    if (!isRecord(data) || data.lockfileVersion === undefined) {
        return { ...lockfile, problems: [{ file, line: 1, message: `${file} has no lockfileVersion, so it is not a pnpm lockfile` }] };
    }
    const v5 = String(data.lockfileVersion).startsWith('5');
    // Direct: name → version (as written in importers), from every importer.
    const direct = new Map();
    const importers = isRecord(data.importers) ? Object.values(data.importers) : [data];
    for (const importer of importers) {
        if (!isRecord(importer))
            continue;
        for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
            const deps = importer[field];
            if (!isRecord(deps))
                continue;
            for (const [name, spec] of Object.entries(deps)) {
                const version = isRecord(spec) ? spec.version : spec;
                if (typeof version !== 'string' || version.startsWith('link:'))
                    continue;
                const set = direct.get(name) ?? new Set();
                set.add(stripPeers(version).replace(/_.*$/, ''));
                direct.set(name, set);
            }
        }
    }
    const snapshots = isRecord(data.snapshots) ? data.snapshots : {};
    for (const { key, line, value } of doc.entries(['packages'])) {
        const parsed = parseKey(key, v5);
        const entry = isRecord(value) ? value : {};
        if (!parsed) {
            lockfile.problems.push({ file, line, message: `"${key}" in ${file} is not a package key pnpm writes (name@version)` });
            continue;
        }
        const version = typeof entry.version === 'string' && !v5 ? entry.version : parsed.version;
        const name = typeof entry.name === 'string' ? entry.name : parsed.name;
        const id = `${name}@${version}`;
        const edges = new Set();
        const sources = [entry, ...Object.entries(snapshots).filter(([k]) => stripPeers(k) === id).map(([, v]) => v)];
        for (const source of sources) {
            if (!isRecord(source))
                continue;
            for (const field of ['dependencies', 'optionalDependencies']) {
                const deps = source[field];
                if (!isRecord(deps))
                    continue;
                for (const [dep, ref] of Object.entries(deps)) {
                    if (typeof ref === 'string' && !ref.startsWith('link:'))
                        edges.add(refId(dep, ref, v5));
                }
            }
        }
        const pkg = {
            ecosystem: 'npm', name, version, id, lockfile: file, line,
            direct: direct.get(name)?.has(version) ?? false,
            dev: entry.dev === true,
            installScript: entry.requiresBuild === true,
            dependsOn: [...edges],
        };
        if (!lockfile.packages.some((p) => p.id === id))
            lockfile.packages.push(pkg);
    }
    return lockfile;
}
function stripPeers(version) {
    const paren = version.indexOf('(');
    return paren >= 0 ? version.slice(0, paren) : version;
}
function parseKey(key, v5) {
    const bare = stripPeers(key.startsWith('/') ? key.slice(1) : key);
    if (v5) {
        const slash = bare.lastIndexOf('/');
        if (slash <= 0)
            return undefined;
        // v5 appends peers to the version with an underscore: 1.0.0_react@18.0.0
        return { name: bare.slice(0, slash), version: bare.slice(slash + 1).replace(/_.*$/, '') };
    }
    const at = bare.lastIndexOf('@');
    if (at <= 0)
        return undefined;
    return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}
/** A dependency reference is a version ("1.0.0(peer)"), or in v5/v6 sometimes a whole key ("/other/1.0.0"). */
function refId(name, ref, v5) {
    if (ref.startsWith('/')) {
        const parsed = parseKey(ref, v5);
        if (parsed)
            return `${parsed.name}@${parsed.version}`;
    }
    if (!v5 && /^[^@(]+@|^@[^@]+@/.test(ref) && !/^\d/.test(ref)) {
        const parsed = parseKey(ref, false);
        if (parsed)
            return `${parsed.name}@${parsed.version}`;
    }
    return `${name}@${stripPeers(ref).replace(/_.*$/, '')}`;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/poetry-lock.ts




/** poetry.lock: one [[package]] table per resolved package; its line is the table's `name =`. */
function readPoetryLock(file, text, direct) {
    const lockfile = { file, format: 'poetry-lock', ecosystem: 'PyPI', packages: [], problems: [] };
    const { value, problem } = readToml(file, text);
    if (!value)
        return { ...lockfile, problems: [problem] };
    const packages = Array.isArray(value.package) ? value.package : [];
    // The n-th [[package]] header is the n-th table; its name line is the first `name =` after it.
    const nameLines = [];
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() !== '[[package]]')
            continue;
        let at = i + 1;
        while (at < lines.length && !/^\s*name\s*=/.test(lines[at]) && !lines[at].startsWith('['))
            at++;
        nameLines.push(at < lines.length && /^\s*name\s*=/.test(lines[at]) ? at + 1 : i + 1);
    }
    packages.forEach((entry, i) => {
        const line = nameLines[i] ?? 1;
        if (!isRecord(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string') {
            lockfile.problems.push({ file, line, message: `a [[package]] in ${file} has no name or version` });
            return;
        }
        const name = normalizeName('PyPI', entry.name);
        const source = isRecord(entry.source) ? entry.source.type : undefined;
        if (source === 'directory' || source === 'file' || source === 'git' || source === 'url')
            return;
        lockfile.packages.push({
            ecosystem: 'PyPI', name, version: entry.version, id: name, lockfile: file, line,
            direct: direct.has(name),
            dev: entry.category === 'dev',
            dependsOn: isRecord(entry.dependencies) ? Object.keys(entry.dependencies).map((d) => normalizeName('PyPI', d)) : [],
        });
    });
    return lockfile;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/requirements.ts


// name[extras] == version ; markers   (=== is an arbitrary-equality pin)
const PINNED = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,#]+)\s*(?:;.*)?$/;
const REQUIREMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*(?:(?:[<>!~=]=?|===)\s*[^\s;,]+\s*,?\s*)*(?:;.*)?$/;
const DIRECT_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._-]*\s*(?:\[[^\]]*\])?\s*@\s*\S+/;
/**
 * requirements*.txt, pip's own format, read by line (no npm package parses it with positions): exact
 * pins (name==1.2.3) are resolved packages; ranges cannot be matched to advisories and are only counted.
 * Options (-r, -c, -e, --hash), URLs and direct references are skipped, as pip-compile output has many.
 */
function readRequirements(file, text) {
    const lockfile = { file, format: 'requirements', ecosystem: 'PyPI', packages: [], problems: [], unpinned: 0 };
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
        const start = i;
        let line = lines[i];
        while (line.endsWith('\\') && i + 1 < lines.length)
            line = line.slice(0, -1) + ' ' + lines[++i];
        const requirement = line.replace(/(^|\s)#.*$/, '').replace(/\s+--hash[= ]\S+/g, '').trim();
        if (!requirement || requirement.startsWith('-') || /^[a-z+]+:\/\//i.test(requirement) || requirement.startsWith('.') || requirement.startsWith('/'))
            continue;
        const pinned = PINNED.exec(requirement);
        if (pinned) {
            const name = normalizeName('PyPI', pinned[1]);
            lockfile.packages.push({ ecosystem: 'PyPI', name, version: pinned[2], id: name, lockfile: file, line: start + 1, direct: true });
        }
        else if (REQUIREMENT.test(requirement) || DIRECT_REFERENCE.test(requirement)) {
            lockfile.unpinned++;
        }
        else {
            lockfile.problems.push({ file, line: start + 1, column: 1, message: `"${requirement.slice(0, 60)}" in ${file} is not a requirement pip can read` });
        }
    }
    return lockfile;
}

// EXTERNAL MODULE: ./node_modules/@yarnpkg/parsers/lib/index.js
var lib = __webpack_require__(67823);
;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/yarn-lock.ts




/**
 * yarn.lock. Berry (yarn 2+) writes YAML with a __metadata block: read with `yaml`, which keeps key
 * lines. Classic (v1) has its own syntax: read with yarn's own parser (@yarnpkg/parsers' parseSyml,
 * the one yarn uses to migrate v1 lockfiles); it keeps no positions, so each entry's line is found
 * from its header in the text.
 */
function readYarnLock(file, text, declared) {
    return /^__metadata:/m.test(text) ? readBerry(file, text, declared) : readClassic(file, text, declared);
}
function readBerry(file, text, declared) {
    const lockfile = { file, format: 'yarn-lock-berry', ecosystem: 'npm', packages: [], problems: [] };
    const { doc, problem } = readYaml(file, text, 'yarn lockfile');
    if (!doc)
        return { ...lockfile, problems: [problem] };
    for (const { key, line, value } of doc.entries([])) {
        if (key === '__metadata')
            continue;
        if (!isRecord(value)) {
            lockfile.problems.push({ file, line, message: `"${key}" in ${file} is not a lockfile entry` });
            continue;
        }
        const resolution = typeof value.resolution === 'string' ? value.resolution : undefined;
        if (!resolution || /@(workspace|link|portal|file):/.test(resolution) || value.linkType === 'soft')
            continue;
        const name = descriptorName(resolution);
        const version = typeof value.version === 'string' ? value.version : undefined;
        if (!name || !version) {
            lockfile.problems.push({ file, line, message: `"${key}" in ${file} has no resolution name or version` });
            continue;
        }
        const descriptors = key.split(/\s*,\s*/);
        lockfile.packages.push({
            ecosystem: 'npm', name, version, id: resolution, lockfile: file, line,
            direct: isDirect(name, descriptors, declared),
        });
    }
    return lockfile;
}
function readClassic(file, text, declared) {
    const lockfile = { file, format: 'yarn-lock-v1', ecosystem: 'npm', packages: [], problems: [] };
    let parsed;
    try {
        parsed = (0,lib/* parseSyml */["do"])(text);
    }
    catch (error) {
        return { ...lockfile, problems: [classicProblem(file, error)] };
    }
    if (!isRecord(parsed))
        return { ...lockfile, problems: [{ file, line: 1, message: `${file} holds no lockfile entries` }] };
    // A header line lists every descriptor of one entry: "a@^1.0.0", a@^1.1:
    const headerLine = new Map();
    splitLines(text).forEach((raw, i) => {
        if (!raw || /^[\s#]/.test(raw) || !raw.trimEnd().endsWith(':'))
            return;
        for (const d of raw.trimEnd().slice(0, -1).split(/\s*,\s*/))
            headerLine.set(unquote(d), i + 1);
    });
    const seen = new Map();
    for (const [descriptor, value] of Object.entries(parsed)) {
        if (descriptor === '__metadata')
            continue;
        const name = descriptorName(descriptor);
        const line = headerLine.get(descriptor) ?? 1;
        if (!name || !isRecord(value) || typeof value.version !== 'string') {
            lockfile.problems.push({ file, line, message: `"${descriptor}" in ${file} has no version` });
            continue;
        }
        const id = `${name}@${value.version}`;
        const known = seen.get(id);
        if (known) {
            known.direct ||= isDirect(name, [descriptor], declared);
            continue;
        }
        const pkg = { ecosystem: 'npm', name, version: value.version, id, lockfile: file, line, direct: isDirect(name, [descriptor], declared) };
        seen.set(id, pkg);
        lockfile.packages.push(pkg);
    }
    return lockfile;
}
/** "@scope/name@npm:^1.0.0" → "@scope/name"; "name@patch:name@npm%3A1.0.0#..." → "name". */
function descriptorName(descriptor) {
    const d = unquote(descriptor);
    const at = d.indexOf('@', 1);
    return at > 0 ? d.slice(0, at) : undefined;
}
function isDirect(name, descriptors, declared) {
    const ranges = declared.get(name);
    if (!ranges)
        return false;
    return descriptors.some((d) => {
        const range = unquote(d).slice(name.length + 1);
        return ranges.has(range) || ranges.has(range.replace(/^npm:/, ''));
    });
}
function unquote(text) {
    const t = text.trim();
    return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}
function classicProblem(file, error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /line (\d+)(?:,? column (\d+))?/i.exec(message);
    const location = error;
    const line = location.location?.start?.line ?? (at ? Number(at[1]) : 1);
    const column = location.location?.start?.column ?? (at?.[2] ? Number(at[2]) : undefined);
    return { file, line, column, message: `${file} is not a valid yarn lockfile: ${message.split('\n')[0]}` };
}

;// CONCATENATED MODULE: ./src/checks/dependencies/lockfiles/index.ts











const DEFAULT_LOCKFILES = [
    '**/package-lock.json', '**/npm-shrinkwrap.json', '**/pnpm-lock.yaml', '**/yarn.lock', '**/requirements*.txt',
    '**/poetry.lock', '**/Pipfile.lock', '**/Gemfile.lock', '**/go.sum', '**/composer.lock',
];
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/vendor/**', '**/.git/**', '**/.venv/**', '**/venv/**'];
/** Which reader a file name calls for; undefined for a file that is no lockfile we know. */
function formatOf(path) {
    const base = external_node_path_.posix.basename(path);
    if (base === 'package-lock.json')
        return { format: 'package-lock', ecosystem: 'npm' };
    if (base === 'npm-shrinkwrap.json')
        return { format: 'npm-shrinkwrap', ecosystem: 'npm' };
    if (base === 'pnpm-lock.yaml')
        return { format: 'pnpm-lock', ecosystem: 'npm' };
    if (base === 'yarn.lock')
        return { format: 'yarn-lock', ecosystem: 'npm' };
    if (/^requirements.*\.txt$/.test(base))
        return { format: 'requirements', ecosystem: 'PyPI' };
    if (base === 'poetry.lock')
        return { format: 'poetry-lock', ecosystem: 'PyPI' };
    if (base === 'Pipfile.lock')
        return { format: 'pipfile-lock', ecosystem: 'PyPI' };
    if (base === 'Gemfile.lock')
        return { format: 'gemfile-lock', ecosystem: 'RubyGems' };
    if (base === 'go.sum')
        return { format: 'go-sum', ecosystem: 'Go' };
    if (base === 'composer.lock')
        return { format: 'composer-lock', ecosystem: 'Packagist' };
    return undefined;
}
/**
 * Reads one lockfile, with the manifest beside it (package.json, pyproject.toml, Pipfile, Gemfile,
 * go.mod, composer.json) for which packages are direct and where they are declared.
 * `readSibling` returns undefined for a file that does not exist.
 */
async function readLockfile(path, text, readSibling) {
    const kind = formatOf(path);
    if (!kind)
        return undefined;
    const manifestName = MANIFEST_FOR[kind.format];
    const manifestPath = manifestName ? external_node_path_.posix.join(external_node_path_.posix.dirname(path), manifestName) : undefined;
    const manifestText = manifestPath ? await readSibling(manifestPath) : undefined;
    const declarations = manifestPath && manifestText !== undefined ? readDeclarations(manifestPath, manifestText, kind.ecosystem) : undefined;
    const declaredNames = new Set(declarations?.names.keys());
    let lockfile;
    switch (kind.format) {
        case 'package-lock':
        case 'npm-shrinkwrap':
            lockfile = readNpmLock(path, text, kind.format);
            break;
        case 'pnpm-lock':
            lockfile = readPnpmLock(path, text);
            break;
        case 'yarn-lock': {
            const ranges = new Map([...(declarations?.names ?? [])].map(([name, d]) => [name, d.ranges]));
            lockfile = readYarnLock(path, text, ranges);
            break;
        }
        case 'requirements':
            lockfile = readRequirements(path, text);
            break;
        case 'poetry-lock':
            lockfile = readPoetryLock(path, text, declaredNames);
            break;
        case 'pipfile-lock':
            lockfile = readPipfileLock(path, text, declaredNames);
            break;
        case 'gemfile-lock':
            lockfile = readGemfileLock(path, text);
            break;
        case 'go-sum':
            lockfile = readGoSum(path, text, manifestText !== undefined ? readGoMod(manifestText) : new Map(), manifestPath);
            break;
        case 'composer-lock':
            lockfile = readComposerLock(path, text, declaredNames);
            break;
        default:
            return undefined;
    }
    if (declarations) {
        for (const p of lockfile.packages) {
            const site = p.direct ? declarations.names.get(p.name) : undefined;
            if (site && !p.declared)
                p.declared = { file: declarations.file, line: site.line };
        }
    }
    return lockfile;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/osv.ts




const SEVERITY_ORDER = { unknown: 0, low: 1, moderate: 2, high: 3, critical: 4 };
/** GHSA's words (and CVSS scores) mapped onto one scale. */
function severityOf(record) {
    if (record.id.startsWith('MAL-'))
        return 'critical';
    const words = [record.database_specific?.severity, ...(record.affected ?? []).map((a) => a.database_specific?.severity)];
    for (const word of words) {
        const w = word?.toLowerCase();
        if (w === 'low' || w === 'moderate' || w === 'high' || w === 'critical')
            return w;
        if (w === 'medium')
            return 'moderate';
    }
    for (const s of record.severity ?? []) {
        const score = Number(s.score);
        if (Number.isFinite(score))
            return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'moderate' : 'low';
    }
    return 'unknown';
}
/** The OSV evaluation of one package version against a record: explicit versions, then each range's events. */
function affects(record, pkg) {
    if (record.withdrawn)
        return { affected: false };
    let fixed;
    let affected = false;
    for (const entry of record.affected ?? []) {
        if (!entry.package || entry.package.ecosystem?.split(':')[0] !== pkg.ecosystem)
            continue;
        if (normalizeName(pkg.ecosystem, entry.package.name ?? '') !== normalizeName(pkg.ecosystem, pkg.name))
            continue;
        if (entry.versions?.some((v) => v === pkg.version || compareVersions(pkg.ecosystem, v, pkg.version) === 0))
            affected = true;
        for (const range of entry.ranges ?? []) {
            if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM')
                continue;
            const result = inRange(pkg.ecosystem, range.events, pkg.version);
            if (result.affected) {
                affected = true;
                fixed ??= result.fixed;
            }
        }
    }
    return { affected, fixed };
}
function inRange(ecosystem, events, version) {
    // Walk the events in version order (introduced "0" first): each introduced opens, fixed and
    // last_affected close. Events in versions this ecosystem cannot compare are ignored.
    const cmp = (a, b) => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : compareVersions(ecosystem, a, b));
    const known = events
        .map((e) => {
        const [kind, at] = Object.entries(e)[0] ?? [];
        return kind && typeof at === 'string' ? { kind, at } : undefined;
    })
        .filter((e) => e !== undefined && (e.at === '0' || compareVersions(ecosystem, e.at, e.at) === 0));
    known.sort((a, b) => cmp(a.at, b.at) ?? 0);
    let affected = false;
    let fixed;
    for (const e of known) {
        const c = cmp(version, e.at);
        if (c === undefined)
            return { affected: false };
        if (e.kind === 'introduced' && c >= 0)
            affected = true;
        else if (e.kind === 'fixed') {
            if (c >= 0)
                affected = false;
            else if (affected) {
                fixed = e.at;
                break;
            }
        }
        else if (e.kind === 'last_affected' && c > 0)
            affected = false;
        else if (e.kind === 'limit' && c >= 0)
            affected = false;
    }
    return { affected, fixed: affected ? fixed : undefined };
}
function toAdvisory(record, fixed) {
    const summary = (record.summary ?? record.details ?? '').split('\n')[0].trim().slice(0, 160);
    return { id: record.id, summary, severity: severityOf(record), fixed, malicious: record.id.startsWith('MAL-') };
}
/**
 * Offline: a directory of OSV records (an unzipped export, any depth). Only records that name a
 * package of the run are kept, so an export of every ecosystem costs reading, not memory.
 */
async function queryExport(dir, packages) {
    const byName = new Map();
    for (const p of packages) {
        const key = `${p.ecosystem}\u0000${normalizeName(p.ecosystem, p.name)}`;
        byName.set(key, [...(byName.get(key) ?? []), p]);
    }
    const answer = { byPackage: new Map(), problems: [], queried: packages.length };
    let files;
    try {
        files = (await (0,promises_.readdir)(dir, { recursive: true })).filter((f) => f.endsWith('.json')).sort();
    }
    catch (error) {
        answer.problems.push(`the advisories directory ${dir} cannot be read (${error.code ?? error.message})`);
        return answer;
    }
    if (!files.length)
        answer.problems.push(`the advisories directory ${dir} holds no OSV records (*.json)`);
    let unreadable = 0;
    let firstUnreadable = '';
    for (const file of files) {
        let record;
        try {
            record = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8'));
            if (typeof record.id !== 'string')
                throw new Error('no id');
        }
        catch {
            unreadable++;
            firstUnreadable ||= file;
            continue;
        }
        const candidates = new Set();
        for (const a of record.affected ?? []) {
            const ecosystem = a.package?.ecosystem?.split(':')[0];
            if (!ecosystem || !a.package?.name)
                continue;
            for (const p of byName.get(`${ecosystem}\u0000${normalizeName(ecosystem, a.package.name)}`) ?? [])
                candidates.add(p);
        }
        for (const p of candidates) {
            const { affected, fixed } = affects(record, p);
            if (affected)
                addAdvisory(answer.byPackage, packageKey(p), toAdvisory(record, fixed));
        }
    }
    if (unreadable)
        answer.problems.push(`${unreadable} file(s) in ${dir} are not OSV records, e.g. ${firstUnreadable}`);
    return answer;
}
function addAdvisory(map, key, advisory) {
    const list = map.get(key) ?? [];
    if (!list.some((a) => a.id === advisory.id))
        list.push(advisory);
    map.set(key, list);
}
const BATCH = 1000;
/**
 * Online: the OSV API's querybatch (1,000 packages a request), then each advisory's record once
 * (GET /v1/vulns/{id}) for its summary, severity and fixed version. Everything goes through the
 * project's HTTP client; answers are kept for the run, so a package in two lockfiles is asked once.
 */
class OsvApi {
    http;
    root;
    timeoutMs;
    signal;
    records = new Map();
    answers = new Map();
    constructor(http, root, timeoutMs, signal) {
        this.http = http;
        this.root = root;
        this.timeoutMs = timeoutMs;
        this.signal = signal;
    }
    async query(packages) {
        const answer = { byPackage: new Map(), problems: [], queried: 0 };
        const unique = new Map();
        for (const p of packages)
            unique.set(packageKey(p), p);
        const pending = [...unique.entries()].filter(([key]) => !this.answers.has(key));
        answer.queried = pending.length;
        for (let i = 0; i < pending.length; i += BATCH) {
            const chunk = pending.slice(i, i + BATCH);
            const body = JSON.stringify({ queries: chunk.map(([, p]) => ({ package: { ecosystem: p.ecosystem, name: p.name }, version: p.version })) });
            const response = await this.request('POST', '/v1/querybatch', body);
            if (typeof response === 'string') {
                answer.problems.push(response);
                return answer;
            }
            const results = response.results;
            if (!Array.isArray(results) || results.length !== chunk.length) {
                answer.problems.push(`the OSV API at ${this.root} answered querybatch with ${Array.isArray(results) ? results.length : 'no'} results for ${chunk.length} packages`);
                return answer;
            }
            chunk.forEach(([key], j) => this.answers.set(key, (results[j]?.vulns ?? []).map((v) => v.id).filter((id) => typeof id === 'string')));
        }
        const failures = new Set();
        await Promise.all([...unique.entries()].map(async ([key, p]) => {
            for (const id of this.answers.get(key) ?? []) {
                const record = await this.record(id, failures);
                if (!record)
                    continue;
                // OSV matched the version; the record still says which release fixes it.
                const { fixed } = affects(record, p);
                addAdvisory(answer.byPackage, key, toAdvisory(record, fixed));
            }
        }));
        answer.problems.push(...failures);
        return answer;
    }
    record(id, failures) {
        let pending = this.records.get(id);
        if (!pending) {
            pending = this.request('GET', `/v1/vulns/${encodeURIComponent(id)}`).then((r) => {
                if (typeof r === 'string') {
                    failures.add(r);
                    return undefined;
                }
                return r;
            });
            this.records.set(id, pending);
        }
        return pending;
    }
    async request(method, path, body) {
        const url = new URL(path.replace(/^\//, ''), this.root.endsWith('/') ? this.root : `${this.root}/`);
        try {
            const exchange = await this.http.send({ method, url, headers: { accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) }, body }, { origin: url.origin, timeoutMs: this.timeoutMs, signal: this.signal });
            const { status, body: text } = exchange.response;
            if (status !== 200)
                return `the OSV API answered ${method} ${url.pathname} with HTTP ${status}`;
            return JSON.parse(text);
        }
        catch (error) {
            return `the OSV API at ${url.origin} could not be asked (${error.message})`;
        }
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/registry-metadata.ts
const DEFAULT_REGISTRIES = {
    npm: 'https://registry.npmjs.org',
    PyPI: 'https://pypi.org',
    RubyGems: 'https://rubygems.org',
    Go: 'https://proxy.golang.org',
    Packagist: 'https://repo.packagist.org',
};
/**
 * The latest release and any deprecation of one package, from its registry's public JSON API: small
 * documents only (npm's /latest and /<version> rather than the whole packument). A failure is a
 * string saying why, never an exception.
 */
class RegistryMetadata {
    http;
    roots;
    timeoutMs;
    signal;
    cache = new Map();
    constructor(http, roots, timeoutMs, signal) {
        this.http = http;
        this.roots = roots;
        this.timeoutMs = timeoutMs;
        this.signal = signal;
    }
    facts(p) {
        const key = `${p.ecosystem}\u0000${p.name}\u0000${p.version}`;
        let pending = this.cache.get(key);
        if (!pending) {
            pending = this.lookup(p);
            this.cache.set(key, pending);
        }
        return pending;
    }
    async lookup(p) {
        const name = p.name;
        switch (p.ecosystem) {
            case 'npm': {
                const path = name.startsWith('@') ? `${name.slice(0, name.indexOf('/'))}%2f${name.slice(name.indexOf('/') + 1)}` : name;
                const latest = await this.json(p.ecosystem, `/${path}/latest`);
                if (typeof latest === 'string')
                    return latest;
                const installed = await this.json(p.ecosystem, `/${path}/${encodeURIComponent(p.version)}`);
                const deprecated = typeof installed === 'object' && installed !== null ? installed.deprecated : undefined;
                return { latest: field(latest, 'version'), deprecated: typeof deprecated === 'string' && deprecated ? deprecated : undefined };
            }
            case 'PyPI': {
                const doc = await this.json(p.ecosystem, `/pypi/${encodeURIComponent(name)}/json`);
                if (typeof doc === 'string')
                    return doc;
                const info = doc.info;
                const files = doc.releases?.[p.version];
                const yanked = files?.length && files.every((f) => f.yanked) ? `yanked${files[0].yanked_reason ? `: ${files[0].yanked_reason}` : ''}` : undefined;
                return { latest: info?.version, deprecated: yanked };
            }
            case 'RubyGems': {
                const doc = await this.json(p.ecosystem, `/api/v1/versions/${encodeURIComponent(name)}/latest.json`);
                if (typeof doc === 'string')
                    return doc;
                const version = field(doc, 'version');
                return { latest: version && version !== 'unknown' ? version : undefined };
            }
            case 'Go': {
                // The module proxy escapes capitals as !lower.
                const escaped = name.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
                const doc = await this.json(p.ecosystem, `/${escaped}/@latest`);
                if (typeof doc === 'string')
                    return doc;
                return { latest: field(doc, 'Version') };
            }
            case 'Packagist': {
                const doc = await this.json(p.ecosystem, `/p2/${name}.json`);
                if (typeof doc === 'string')
                    return doc;
                const releases = doc.packages?.[name];
                const newest = releases?.[0];
                const abandoned = newest?.abandoned;
                return {
                    latest: newest?.version?.replace(/^v(?=\d)/, ''),
                    deprecated: abandoned ? `abandoned${typeof abandoned === 'string' ? `; use ${abandoned} instead` : ''}` : undefined,
                };
            }
        }
    }
    async json(ecosystem, path) {
        const root = this.roots[ecosystem];
        const url = new URL(path.replace(/^\//, ''), root.endsWith('/') ? root : `${root}/`);
        try {
            const exchange = await this.http.send({ method: 'GET', url, headers: { accept: 'application/json' } }, { origin: url.origin, timeoutMs: this.timeoutMs, signal: this.signal });
            const { status, body } = exchange.response;
            if (status !== 200)
                return `${url.host} answered ${url.pathname} with HTTP ${status}`;
            return JSON.parse(body);
        }
        catch (error) {
            return `${url.host} could not be asked about ${url.pathname} (${error.message})`;
        }
    }
}
function field(doc, name) {
    const value = typeof doc === 'object' && doc !== null ? doc[name] : undefined;
    return typeof value === 'string' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/typosquat.ts
/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), the usual measure of a
 * look-alike name: stirpe → stripe is 1.
 */
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i, ...new Array(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            rows[i][j] = d;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The critical name this one imitates, if any: one edit away for names of 5 to 8 characters, two
 * for longer ones; shorter names are too close to everything to judge. Whole names are compared:
 * the last part of a scoped name (@simplewebauthn/server) is often a plain word (semver is one
 * letter from server).
 */
function imitatedName(name, critical) {
    if (critical.includes(name))
        return undefined;
    let best;
    for (const target of critical) {
        if (target.length < 5 || target.includes('*'))
            continue;
        const max = target.length >= 9 ? 2 : 1;
        const distance = editDistance(name, target, max);
        if (distance <= max && (!best || distance < best.distance))
            best = { target, distance };
    }
    return best?.target;
}

;// CONCATENATED MODULE: ./src/checks/dependencies/build-model.ts














async function buildModel(ctx, section) {
    const manifestSite = (path) => {
        const at = (path.length ? ctx.manifest.locate(['dependencies', ...path]) : undefined) ?? ctx.manifest.locate(['dependencies'], 'key');
        return { file: ctx.manifest.file, line: at?.line ?? 1, column: at?.column };
    };
    const patterns = section.lockfiles ?? DEFAULT_LOCKFILES;
    const ignore = [...ALWAYS_EXCLUDED, ...(section.exclude ?? [])];
    const table = criticalTable(section.critical ?? []);
    const includeDev = section.dev !== false;
    const paths = (await (0,dist/* glob */.TI)(patterns, { cwd: ctx.cwd, ignore, onlyFiles: true, expandDirectories: false })).sort();
    const readHere = async (path) => (0,promises_.readFile)((0,external_node_path_.join)(ctx.cwd, path), 'utf8').catch(() => undefined);
    const lockfiles = [];
    for (const path of paths) {
        const text = await readHere(path);
        if (text === undefined)
            continue;
        const lockfile = await readLockfile(path, text, readHere);
        if (lockfile)
            lockfiles.push(filterDev(lockfile, includeDev));
    }
    const categoryOf = (p) => table.classify(p.ecosystem, p.name);
    const model = {
        manifestSite, patterns, lockfiles, categoryOf, subject: [], advisories: [], minSeverity: section['min-severity'] ?? 'low',
        sourceProblems: [], releases: [], metadataSkipped: [], typosquats: [],
    };
    const all = lockfiles.flatMap((l) => l.packages);
    model.subject = all;
    if (ctx.base) {
        try {
            const { baseKeys, ...changes } = await compareWithBase(ctx, ctx.base, lockfiles, patterns, ignore, includeDev, categoryOf);
            model.changes = changes;
            const before = new Set(baseKeys);
            model.subject = all.filter((p) => !before.has(`${p.lockfile}\u0000${packageKey(p)}`));
        }
        catch (error) {
            model.sourceProblems.push({ ...manifestSite([]), message: `the lockfiles of ${ctx.base} could not be read, so nothing was compared with it: ${error.message}` });
        }
    }
    model.typosquats = findTyposquats(model.subject, table);
    const timeoutMs = (0,duration/* durationMs */.p)(section.timeout, 15_000);
    const advisories = section.advisories ?? 'osv';
    const offline = advisories !== 'osv' && advisories !== 'off';
    const online = advisories === 'osv' || section.registry !== false;
    const http = online && !offline ? new client/* HttpClient */.Qq({ userAgent: `release-gate/${version/* VERSION */.x} (dependencies)`, maxBodyBytes: 32 * 1024 * 1024 }) : undefined;
    let queried = 0;
    try {
        const subject = dedupe(model.subject);
        if (advisories !== 'off' && subject.length) {
            const answer = offline
                ? await queryExport((0,external_node_path_.isAbsolute)(advisories) ? advisories : (0,external_node_path_.join)(ctx.cwd, advisories), subject)
                : await new OsvApi(http, section['osv-url'] ?? 'https://api.osv.dev', timeoutMs, ctx.signal).query(subject);
            queried = answer.queried;
            for (const message of answer.problems)
                model.sourceProblems.push({ ...manifestSite(['advisories']), message });
            for (const pkg of model.subject) {
                for (const advisory of answer.byPackage.get(packageKey(pkg)) ?? [])
                    model.advisories.push({ pkg, advisory });
            }
        }
        const critical = dedupe(model.subject.filter((p) => categoryOf(p)));
        if (critical.length && section.registry !== false) {
            if (offline) {
                model.metadataSkipped.push({
                    site: manifestSite(['advisories']),
                    message: `${critical.length} critical package(s) were not checked for deprecation or newer major releases: advisories come from a local directory, so the run is offline`,
                });
            }
            else {
                const roots = { ...DEFAULT_REGISTRIES, ...registryRoots(section) };
                const registry = new RegistryMetadata(http, roots, timeoutMs, ctx.signal);
                const failures = [];
                await Promise.all(critical.map(async (pkg) => {
                    const facts = await registry.facts(pkg);
                    if (typeof facts === 'string')
                        failures.push(`${pkg.name}: ${facts}`);
                    else
                        for (const p of model.subject)
                            if (packageKey(p) === packageKey(pkg))
                                model.releases.push({ pkg: p, facts });
                }));
                if (failures.length) {
                    failures.sort();
                    model.metadataSkipped.push({ site: manifestSite(['registry']), message: `the registry could not be asked about ${failures.length} critical package(s), so their deprecation and latest release are unknown: ${failures.slice(0, 3).join('; ')}${failures.length > 3 ? '; …' : ''}` });
                }
            }
        }
    }
    finally {
        await http?.close();
    }
    const metrics = {
        lockfiles: lockfiles.map((l) => ({ file: l.file, format: l.format, packages: l.packages.length, ...(l.unpinned ? { unpinned: l.unpinned } : {}) })),
        packages: all.length,
        critical: dedupe(all.filter((p) => categoryOf(p))).map((p) => `${p.ecosystem}:${p.name}@${p.version} (${categoryOf(p)})`),
        advisories: advisories === 'off' ? 'off' : offline ? 'directory' : 'osv',
        queried,
        ...(model.changes ? { added: model.changes.added.length, removed: model.changes.removed.length } : {}),
    };
    return { model, metrics };
}
function registryRoots(section) {
    const urls = section['registry-urls'] ?? {};
    const out = {};
    if (urls.npm)
        out.npm = urls.npm;
    if (urls.pypi)
        out.PyPI = urls.pypi;
    if (urls.rubygems)
        out.RubyGems = urls.rubygems;
    if (urls.go)
        out.Go = urls.go;
    if (urls.packagist)
        out.Packagist = urls.packagist;
    return out;
}
function filterDev(lockfile, includeDev) {
    return includeDev ? lockfile : { ...lockfile, packages: lockfile.packages.filter((p) => !p.dev) };
}
function dedupe(packages) {
    const seen = new Map();
    for (const p of packages)
        if (!seen.has(packageKey(p)))
            seen.set(packageKey(p), p);
    return [...seen.values()];
}
function meetsSeverity(severity, min) {
    return severity === 'unknown' || SEVERITY_ORDER[severity] >= SEVERITY_ORDER[min];
}
function findTyposquats(packages, table) {
    const out = [];
    const seen = new Set();
    for (const pkg of packages) {
        if (table.classify(pkg.ecosystem, pkg.name) || seen.has(`${pkg.lockfile}\u0000${pkg.name}`))
            continue;
        seen.add(`${pkg.lockfile}\u0000${pkg.name}`);
        const name = normalizeName(pkg.ecosystem, pkg.ecosystem === 'Go' ? withoutMajorSuffix(pkg.name) : pkg.name);
        const imitates = imitatedName(name, table.exactNames(pkg.ecosystem));
        if (imitates)
            out.push({ pkg, imitates });
    }
    return out;
}
async function compareWithBase(ctx, base, current, patterns, ignore, includeDev, categoryOf) {
    const from = await ctx.git.mergeBase(base);
    const matches = picomatch_default()(patterns, { ignore, dot: true });
    const basePaths = (await ctx.git.listFiles(from)).filter((p) => matches(p));
    const readBase = (path) => ctx.git.show(from, path);
    const before = new Map();
    for (const path of basePaths) {
        const text = await readBase(path);
        if (text === undefined)
            continue;
        const lockfile = await readLockfile(path, text, readBase);
        if (lockfile)
            before.set(path, filterDev(lockfile, includeDev));
    }
    const added = [];
    const removed = [];
    const majorChanged = [];
    const installScripts = [];
    const baseKeys = [];
    for (const lockfile of before.values())
        for (const p of lockfile.packages)
            baseKeys.push(`${p.lockfile}\u0000${packageKey(p)}`);
    for (const lockfile of current) {
        const old = before.get(lockfile.file)?.packages ?? [];
        const oldByName = groupByName(old);
        const nowByName = groupByName(lockfile.packages);
        const critical = lockfile.packages.filter((p) => categoryOf(p));
        const addedHere = critical.filter((p) => !oldByName.has(p.name));
        added.push(...quietTransitive(addedHere));
        const majorsHere = [];
        for (const pkg of critical) {
            const was = oldByName.get(pkg.name);
            if (!was || was.some((w) => w.version === pkg.version))
                continue;
            const highestWas = was.reduce((a, b) => ((majorOf(b.ecosystem, b.version) ?? -1) > (majorOf(a.ecosystem, a.version) ?? -1) ? b : a));
            const now = majorOf(pkg.ecosystem, pkg.version);
            const then = majorOf(highestWas.ecosystem, highestWas.version);
            if (now !== undefined && then !== undefined && now !== then && !(nowByName.get(pkg.name) ?? []).some((p) => majorOf(p.ecosystem, p.version) === then)) {
                majorsHere.push({ pkg, from: highestWas.version });
            }
        }
        const quietMajors = new Set(quietTransitive(majorsHere.map((m) => m.pkg)));
        majorChanged.push(...majorsHere.filter((m) => quietMajors.has(m.pkg)));
        // New install scripts anywhere under a critical package (npm and pnpm record them).
        const scriptsBefore = new Set(old.filter((p) => p.installScript).map((p) => `${p.name}@${p.version}`));
        const byId = new Map(lockfile.packages.map((p) => [p.id, p]));
        const reported = new Set();
        for (const root of critical) {
            const stack = [root];
            const visited = new Set();
            while (stack.length) {
                const p = stack.pop();
                if (visited.has(p.id))
                    continue;
                visited.add(p.id);
                if (p.installScript && !scriptsBefore.has(`${p.name}@${p.version}`) && !reported.has(p.id)) {
                    reported.add(p.id);
                    installScripts.push({ pkg: p, under: root });
                }
                for (const id of p.dependsOn ?? []) {
                    const next = byId.get(id);
                    if (next)
                        stack.push(next);
                }
            }
        }
    }
    const currentFiles = new Map(current.map((l) => [l.file, l]));
    for (const [path, lockfile] of before) {
        const now = groupByName(currentFiles.get(path)?.packages ?? []);
        const gone = lockfile.packages.filter((p) => categoryOf(p) && !now.has(p.name));
        removed.push(...dedupeByName(quietTransitive(gone)));
    }
    return { added: dedupeByName(added), removed, majorChanged, installScripts, baseKeys };
}
/** Critical packages that arrive with a critical direct one are its business; alone they are news. */
function quietTransitive(packages) {
    return packages.some((p) => p.direct) ? packages.filter((p) => p.direct) : packages;
}
function groupByName(packages) {
    const out = new Map();
    for (const p of packages)
        out.set(p.name, [...(out.get(p.name) ?? []), p]);
    return out;
}
function dedupeByName(packages) {
    const seen = new Set();
    return packages.filter((p) => !seen.has(`${p.lockfile}\u0000${p.name}`) && seen.add(`${p.lockfile}\u0000${p.name}`));
}

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/critical-dependency-added.ts

const criticalDependencyAdded = {
    meta: {
        id: 'critical-dependency-added',
        check: 'dependencies',
        severity: 'warning',
        description: 'A pull request adds a package that handles sign-in, sessions or payments.',
        help: 'Have someone who owns sign-in or billing review why it is needed, who maintains it, and how it is configured.',
    },
    run(model, report) {
        for (const pkg of model.changes?.added ?? []) {
            report({
                file: pkg.lockfile, line: pkg.line,
                message: `this pull request adds ${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}${declaredSuffix(pkg)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/critical-dependency-deprecated.ts

const criticalDependencyDeprecated = {
    meta: {
        id: 'critical-dependency-deprecated',
        check: 'dependencies',
        severity: 'warning',
        description: 'A sign-in, session or payment package is deprecated, yanked or abandoned by its maintainers.',
        help: 'Move to the replacement the maintainers name; a deprecated auth or payment library gets no security fixes.',
    },
    run(model, report) {
        for (const { pkg, facts } of model.releases) {
            if (!facts.deprecated)
                continue;
            report({
                file: pkg.lockfile, line: pkg.line,
                message: `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, is deprecated in its registry: ${facts.deprecated.slice(0, 200)}${declaredSuffix(pkg)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/critical-dependency-major-change.ts

const criticalDependencyMajorChange = {
    meta: {
        id: 'critical-dependency-major-change',
        check: 'dependencies',
        severity: 'warning',
        description: 'A pull request moves a sign-in, session or payment package to another major version.',
        help: 'Read the package\'s migration guide: major releases of auth and payment libraries change defaults (algorithms, cookie flags, API versions). Test sign-in and a payment end to end.',
    },
    run(model, report) {
        for (const { pkg, from } of model.changes?.majorChanged ?? []) {
            report({
                file: pkg.lockfile, line: pkg.line,
                message: `${pkg.name}, ${kindOf(model.categoryOf(pkg))}, changes major version: ${from} → ${pkg.version}${declaredSuffix(pkg)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/critical-dependency-outdated.ts


const criticalDependencyOutdated = {
    meta: {
        id: 'critical-dependency-outdated',
        check: 'dependencies',
        severity: 'warning',
        description: 'A sign-in, session or payment package is more than one major version behind its latest release.',
        help: 'Plan the upgrade: maintainers usually fix security problems in the latest major or two only.',
    },
    run(model, report) {
        for (const { pkg, facts } of model.releases) {
            if (!facts.latest)
                continue;
            const now = majorOf(pkg.ecosystem, pkg.version);
            const latest = majorOf(pkg.ecosystem, facts.latest);
            if (now === undefined || latest === undefined || latest - now < 2)
                continue;
            report({
                file: pkg.lockfile, line: pkg.line,
                message: `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, is ${latest - now} major versions behind its latest release, ${facts.latest}${declaredSuffix(pkg)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/critical-dependency-removed.ts

const criticalDependencyRemoved = {
    meta: {
        id: 'critical-dependency-removed',
        check: 'dependencies',
        severity: 'notice',
        description: 'A pull request removes a package that handled sign-in, sessions or payments.',
        help: 'Make sure what it did (checking tokens, hashing passwords, verifying webhooks) is still done by something else.',
    },
    run(model, report) {
        for (const pkg of model.changes?.removed ?? []) {
            report({
                file: pkg.lockfile,
                message: `this pull request removes ${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))}, from ${pkg.lockfile}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/advisory-message.ts


/** One finding per package and advisory, on the lockfile line; a malicious package (MAL-) is always an error. */
function reportAdvisories(model, critical, report) {
    for (const { pkg, advisory } of model.advisories) {
        const category = model.categoryOf(pkg);
        if (Boolean(category) !== critical)
            continue;
        if (!critical && !advisory.malicious && !meetsSeverity(advisory.severity, model.minSeverity))
            continue;
        const what = category ? `, ${kindOf(category)},` : '';
        const severity = advisory.severity === 'unknown' ? '' : ` (${advisory.severity})`;
        const summary = advisory.summary ? `: ${advisory.summary}` : '';
        report({
            file: pkg.lockfile, line: pkg.line,
            message: advisory.malicious
                ? `${pkg.name} ${pkg.version}${what} is a known malicious package (${advisory.id})${summary}${declaredSuffix(pkg)}`
                : `${pkg.name} ${pkg.version}${what} has ${advisory.id}${severity}${summary}${declaredSuffix(pkg)}`,
            hint: advisory.malicious
                ? `Remove ${pkg.name} now, rotate every credential the machines that installed it could read, and check which package pulled it in.`
                : advisory.fixed
                    ? `Upgrade ${pkg.name} to ${pkg.ecosystem === 'Go' && !advisory.fixed.startsWith('v') ? `v${advisory.fixed}` : advisory.fixed} or later and commit the lockfile; details: https://osv.dev/vulnerability/${advisory.id}`
                    : `No fixed release is listed: read https://osv.dev/vulnerability/${advisory.id} for a workaround, or replace ${pkg.name}.`,
            ...(!critical && advisory.malicious ? { severity: 'error' } : {}),
        });
    }
}

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/dependency-advisory.ts

const dependencyAdvisory = {
    meta: {
        id: 'dependency-advisory',
        check: 'dependencies',
        severity: 'warning',
        description: 'An installed package version has a known advisory (a package that is not in the critical table).',
        help: 'Upgrade to the fixed version the message names and commit the lockfile; `dependencies.min-severity` hides low-severity advisories on non-critical packages.',
    },
    run(model, report) {
        reportAdvisories(model, false, report);
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/dependency-advisory-critical.ts

const dependencyAdvisoryCritical = {
    meta: {
        id: 'dependency-advisory-critical',
        check: 'dependencies',
        severity: 'error',
        description: 'An installed version of a package that handles sign-in, sessions or payments has a known advisory.',
        help: 'Upgrade to the fixed version the message names (npm install pkg@version, pip install, bundle update pkg...), commit the lockfile, and read the advisory for steps beyond the upgrade.',
    },
    run(model, report) {
        reportAdvisories(model, true, report);
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/dependency-metadata-skipped.ts
const dependencyMetadataSkipped = {
    meta: {
        id: 'dependency-metadata-skipped',
        check: 'dependencies',
        severity: 'notice',
        description: 'Deprecation and latest-release checks of critical packages did not run (offline, turned off, or the registry did not answer).',
        help: 'Run the check where the registries can be reached (a scheduled job with network access), or set `dependencies.registry: false` to say it is intended.',
    },
    run(model, report) {
        for (const { site, message } of model.metadataSkipped)
            report({ ...site, message });
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/dependency-source-unavailable.ts
const dependencySourceUnavailable = {
    meta: {
        id: 'dependency-source-unavailable',
        check: 'dependencies',
        severity: 'error',
        description: 'Advisories (the OSV API or the export directory) or the base branch\'s lockfiles could not be read, so the packages are not proven safe.',
        help: 'Read the message: it names the source and the failure. Offline runners can point `dependencies.advisories` at an unzipped OSV export; on pull requests, check out with fetch-depth: 0.',
    },
    run(model, report) {
        for (const problem of model.sourceProblems)
            report(problem);
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/dependency-typosquat.ts

const dependencyTyposquat = {
    meta: {
        id: 'dependency-typosquat',
        check: 'dependencies',
        severity: 'error',
        description: 'A package whose name is one or two letters away from a sign-in, session or payment package: a common way to ship malware.',
        help: 'Check the name letter by letter against the real package; if it is a mistake, uninstall it and rotate what it could read. If it is a real package, add it to `dependencies.critical` or turn the rule off for it with a comment why.',
    },
    run(model, report) {
        for (const { pkg, imitates } of model.typosquats) {
            report({
                file: pkg.lockfile, line: pkg.line,
                message: `${pkg.name} ${pkg.version} is named like ${imitates}, a critical package, but is not it${declaredSuffix(pkg)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/install-script-added.ts

const installScriptAdded = {
    meta: {
        id: 'install-script-added',
        check: 'dependencies',
        severity: 'warning',
        description: 'A pull request brings a new install script into the dependency tree of a sign-in, session or payment package.',
        help: 'Read the script (npm view pkg@version scripts) before merging: it runs on every machine that installs, CI included. Native builds (bcrypt, argon2) are expected; downloads and obfuscated code are not.',
    },
    run(model, report) {
        for (const { pkg, under } of model.changes?.installScripts ?? []) {
            const where = pkg === under ? `${pkg.name} ${pkg.version}, ${kindOf(model.categoryOf(pkg))},` : `${pkg.name} ${pkg.version}, under ${under.name} (${model.categoryOf(under)}),`;
            report({ file: pkg.lockfile, line: pkg.line, message: `${where} runs an install script that the base branch did not have` });
        }
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/lockfile-not-found.ts
const lockfileNotFound = {
    meta: {
        id: 'lockfile-not-found',
        check: 'dependencies',
        severity: 'warning',
        description: 'The dependencies check is configured but finds no lockfile, so no package is checked.',
        help: 'Commit the lockfile your package manager writes, or point `dependencies.lockfiles` at it.',
    },
    run(model, report) {
        if (model.lockfiles.length)
            return;
        report({ ...model.manifestSite(['lockfiles']), message: `no lockfile matches ${model.patterns.join(', ')}` });
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/lockfile-unreadable.ts
const lockfileUnreadable = {
    meta: {
        id: 'lockfile-unreadable',
        check: 'dependencies',
        severity: 'error',
        description: 'A lockfile (or part of one) cannot be read, so what it installs is not checked.',
        help: 'Regenerate the lockfile with its tool (npm install, pnpm install, yarn, poetry lock, pipenv lock, bundle lock, go mod tidy, composer update --lock) and commit it; a hand-merged conflict is the usual cause.',
    },
    run(model, report) {
        for (const lockfile of model.lockfiles)
            for (const problem of lockfile.problems)
                report(problem);
    },
};

;// CONCATENATED MODULE: ./src/checks/dependencies/rules/index.ts













/** Every rule of the dependencies check; adding one is one file and one line here. */
const DEPENDENCY_RULES = [
    dependencyAdvisoryCritical,
    dependencyAdvisory,
    dependencyTyposquat,
    criticalDependencyAdded,
    criticalDependencyRemoved,
    criticalDependencyMajorChange,
    installScriptAdded,
    criticalDependencyDeprecated,
    criticalDependencyOutdated,
    lockfileUnreadable,
    lockfileNotFound,
    dependencySourceUnavailable,
    dependencyMetadataSkipped,
];

;// CONCATENATED MODULE: ./src/checks/dependencies/index.ts




/**
 * The dependencies check: reads every lockfile, knows which packages guard sign-in, sessions and
 * money, and is loud about exactly those (advisories, look-alike names, deprecation, stale majors,
 * and on pull requests what the pull request adds, removes or upgrades across a major).
 */
const dependenciesCheck = (0,check/* defineCheck */.q)({
    name: 'dependencies',
    section: 'dependencies',
    description: 'Packages that handle sign-in, sessions or payments: known advisories, look-alike names, deprecated or stale releases, and what a pull request adds or changes.',
    rules: DEPENDENCY_RULES.map((r) => r.meta),
    inputs: [],
    async run(ctx, section) {
        const { model, metrics } = await buildModel(ctx, section);
        return { findings: (0,registry/* runRules */.xG)(DEPENDENCY_RULES, model), metrics };
    },
});


/***/ }),

/***/ 73329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   _V: () => (/* binding */ formatMs),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   wX: () => (/* binding */ TransportError)
/* harmony export */ });
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24371);
/* harmony import */ var _origin_guard_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99120);



/** The request got no response: the kind says why, `code` is the system or TLS error code. */
class TransportError extends Error {
    kind;
    url;
    ms;
    code;
    constructor(kind, message, url, ms, code) {
        super(message);
        this.kind = kind;
        this.url = url;
        this.ms = ms;
        this.code = code;
    }
    /** Nothing reached the server, so any request, even a POST, may be sent again. */
    get nothingSent() {
        return this.kind === 'refused' || this.kind === 'dns' || this.kind === 'connect-timeout';
    }
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
class HttpClient {
    options;
    agents = new Map();
    maxBodyBytes;
    clock;
    /** Connection attempts under way, by origin: a timeout while one is pending is a connect or TLS stall. */
    connecting = new Map();
    /** Requests sent, redirects included (the domain check reports it). */
    requests = 0;
    constructor(options = {}) {
        this.options = options;
        this.maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
        this.clock = options.clock ?? (() => performance.now());
    }
    async send(request, options) {
        const started = this.clock();
        const timeout = AbortSignal.timeout(Math.max(1, options.timeoutMs));
        const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
        const agent = this.agent(options.tls ?? this.options.tls);
        const redirects = [];
        const setCookie = [];
        let { method, url, body } = request;
        let headers = { ...request.headers };
        const credentials = request.credentials ?? {};
        const maxRedirects = options.maxRedirects ?? 10;
        for (;;) {
            const outgoing = (0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .headersForUrl */ .b1)(url, options.origin, { plain: headers, credentials });
            const cookie = options.jar?.header(url);
            if (cookie)
                outgoing.cookie = cookie;
            if (this.options.userAgent && !hasHeader(outgoing, 'user-agent'))
                outgoing['user-agent'] = this.options.userAgent;
            let response;
            try {
                this.requests++;
                if (signal.aborted)
                    throw signal.reason;
                // undici does not abort a connection attempt or a TLS handshake on the signal, so the race
                // makes the timeout hold from the first byte of connect.
                response = await abortable(agent.request({
                    origin: url.origin, path: `${url.pathname}${url.search}`, method, headers: outgoing, body, signal,
                    headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs,
                }), signal);
            }
            catch (error) {
                throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
            }
            const responseHeaders = flattenHeaders(response.headers);
            const cookies = asArray(response.headers['set-cookie']);
            setCookie.push(...cookies);
            options.jar?.store(url, cookies);
            const location = responseHeaders.location;
            const redirect = REDIRECTS.has(response.statusCode) && location !== undefined && options.followRedirects !== false;
            let next;
            let notFollowed;
            let refused;
            // 303 always becomes GET; so do 301 and 302 after a POST, as every browser does.
            const becomesGet = response.statusCode === 303 ? method !== 'HEAD' : (response.statusCode === 301 || response.statusCode === 302) && method === 'POST';
            if (redirect) {
                next = resolveLocation(location, url);
                if (!next)
                    notFollowed = `the redirect to ${location} is not an http(s) URL`;
                else if (redirects.length >= maxRedirects)
                    notFollowed = `more than ${maxRedirects} redirects`;
                else if (options.allowedOrigins && !options.allowedOrigins.includes(next.origin)) {
                    refused = next.href;
                    notFollowed = `the redirect goes to ${next.origin}, which is not an origin the manifest declares`;
                }
                else if (!becomesGet && body !== undefined && !(0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .sameOrigin */ .Nm)(next, url)) {
                    // The method and its body would be sent again, and the body may hold a password: never to another origin.
                    notFollowed = `a ${response.statusCode} would resend the ${method} body to ${next.origin}`;
                }
            }
            if (!redirect || notFollowed || !next) {
                let text;
                try {
                    text = await abortable(readBody(response.body, this.maxBodyBytes), signal);
                }
                catch (error) {
                    response.body.destroy();
                    throw this.failure(error, url, started, timeout, options.signal, options.timeoutMs);
                }
                return {
                    method: request.method,
                    url: request.url,
                    response: { status: response.statusCode, url, headers: responseHeaders, setCookie, ...text },
                    redirects,
                    ...(notFollowed ? { redirectNotFollowed: notFollowed } : {}),
                    ...(refused ? { redirectRefused: refused } : {}),
                    ms: Math.round(this.clock() - started),
                };
            }
            await response.body.dump().catch(() => undefined);
            redirects.push({ method, url, status: response.statusCode, location });
            if (becomesGet) {
                method = 'GET';
                body = undefined;
                headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !BODY_HEADERS.includes(name.toLowerCase())));
            }
            if (!(0,_origin_guard_js__WEBPACK_IMPORTED_MODULE_2__/* .sameOrigin */ .Nm)(next, url)) {
                // Off the origin nothing of the request travels: no body, no manifest header, no credential.
                body = undefined;
                headers = {};
            }
            url = next;
        }
    }
    /** Closes every connection, including attempts still stalled in connect or TLS. */
    async close() {
        await Promise.all([...this.agents.values()].map((agent) => agent.destroy().catch(() => undefined)));
        this.agents.clear();
    }
    agent(tls) {
        const key = tls?.roots ? `roots:${tls.roots.length}:${tls.roots.join('').length}` : 'default';
        let agent = this.agents.get(key);
        if (agent)
            return agent;
        // One secure context for every connection: parsing a few hundred roots per handshake is slow.
        // Giving `ca` replaces Node's bundled roots, so they are added back.
        let secureContext;
        if (tls?.roots)
            secureContext = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)({ ca: [...tls.roots] });
        else if (this.options.ca)
            secureContext = (0,node_tls__WEBPACK_IMPORTED_MODULE_0__.createSecureContext)({ ca: [this.options.ca, ...node_tls__WEBPACK_IMPORTED_MODULE_0__.rootCertificates] });
        const connector = (0,undici__WEBPACK_IMPORTED_MODULE_1__/* .buildConnector */ .gU)({
            ...(secureContext ? { secureContext } : {}),
            ...(this.options.lookup ? { lookup: this.options.lookup } : {}),
            // A stall is cut by the request's own timeout (the race in send); this only bounds the socket.
            timeout: 120_000,
        });
        agent = new undici__WEBPACK_IMPORTED_MODULE_1__/* .Agent */ .g6({
            connect: (opts, callback) => {
                const origin = `${opts.protocol}//${opts.hostname}`;
                this.connecting.set(origin, (this.connecting.get(origin) ?? 0) + 1);
                connector(opts, (error, socket) => {
                    this.connecting.set(origin, (this.connecting.get(origin) ?? 1) - 1);
                    // Callback typing is a union of (error, null) and (null, socket).
                    callback(error, socket);
                });
            },
            keepAliveTimeout: 4_000,
            ...(this.options.reuseConnections === false ? { pipelining: 0 } : {}),
        });
        this.agents.set(key, agent);
        return agent;
    }
    failure(error, url, started, timeout, outer, timeoutMs) {
        const ms = Math.round(this.clock() - started);
        if (error instanceof TransportError)
            return error;
        if (outer?.aborted)
            return new TransportError('deadline', `stopped: ${reasonText(outer.reason)}`, url, ms);
        const stalledConnecting = (this.connecting.get(`${url.protocol}//${url.hostname}`) ?? 0) > 0;
        if (timeout.aborted && stalledConnecting) {
            return new TransportError('connect-timeout', `could not connect to ${url.host} within ${formatMs(timeoutMs)} (no TCP connection or TLS handshake)`, url, ms);
        }
        if (timeout.aborted)
            return new TransportError('timeout', `no complete response within ${formatMs(timeoutMs)}`, url, ms);
        const code = errorCode(error);
        const detail = errorMessage(error);
        const kind = classify(code);
        const what = {
            refused: `connection refused by ${url.host}`,
            dns: `${url.hostname} does not resolve (${code})`,
            tls: `TLS failed for ${url.host}: ${detail}`,
            'connect-timeout': `could not connect to ${url.host} in time`,
            reset: `the connection to ${url.host} was closed before a response arrived (${code ?? detail})`,
            timeout: `no complete response within ${formatMs(timeoutMs)}`,
            deadline: 'stopped',
            other: `the request to ${url.host} failed: ${detail}`,
        };
        return new TransportError(kind, what[kind], url, ms, code);
    }
}
/** Settles with the promise, or rejects as soon as the signal aborts (the promise's own outcome is then ignored). */
function abortable(promise, signal) {
    if (signal.aborted) {
        promise.catch(() => undefined);
        return Promise.reject(signal.reason);
    }
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => { signal.removeEventListener('abort', onAbort); resolve(value); }, (error) => { signal.removeEventListener('abort', onAbort); reject(error); });
    });
}
/** What kind of failure a system or undici error code means (the latency check counts failures by kind). */
function classify(code) {
    if (!code)
        return 'other';
    if (code === 'ECONNREFUSED')
        return 'refused';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
        return 'dns';
    if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT')
        return 'connect-timeout';
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT')
        return 'timeout';
    // UNABLE_TO_VERIFY_LEAF_SIGNATURE (a CA the runner does not trust) names no CERT or TLS.
    if (/CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME|EPROTO|VERIFY|ISSUER/.test(code))
        return 'tls';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED' || code === 'ECONNABORTED')
        return 'reset';
    return 'other';
}
/** The most specific code in an error and its causes (undici wraps the socket's error). */
function errorCode(error) {
    let found;
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (typeof e.code === 'string')
            found = e.code;
    }
    return found;
}
/** The innermost message of an error and its causes. */
function errorMessage(error) {
    let message = error instanceof Error ? error.message : String(error);
    for (let e = error?.cause, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++)
        message = e.message;
    return message.replace(/^Error: /, '');
}
function reasonText(reason) {
    return reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : 'aborted';
}
function formatMs(ms) {
    return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
function hasHeader(headers, name) {
    return Object.keys(headers).some((h) => h.toLowerCase() === name);
}
function asArray(value) {
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
function flattenHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined || name === 'set-cookie')
            continue;
        out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
function resolveLocation(location, base) {
    try {
        const url = new URL(location, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}
async function readBody(stream, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > limit) {
            stream.destroy();
            return { body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'), truncated: true };
        }
    }
    return { body: Buffer.concat(chunks).toString('utf8'), truncated: false };
}


/***/ }),

/***/ 99120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ sameOrigin),
/* harmony export */   Oz: () => (/* binding */ declaredOrigins),
/* harmony export */   b1: () => (/* binding */ headersForUrl),
/* harmony export */   b5: () => (/* binding */ isCredentialHeader)
/* harmony export */ });
/**
 * Credentials (cookies, session headers, anything that looks like a key or token) go only to the
 * environment's origin. A request to another origin (after a redirect) carries none of the headers
 * the manifest added, which is stricter than fetch, which drops only Authorization.
 */
/** Header names that carry credentials whatever their value. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|auth|token|secret|session|api-?key|password|csrf|xsrf|signature/i;
function isCredentialHeader(name) {
    return CREDENTIAL_HEADER.test(name);
}
function sameOrigin(a, b) {
    return a.origin === (typeof b === 'string' ? b : b.origin);
}
/**
 * The headers a request to `url` may carry: on the origin, the plain headers and the credentials
 * (session headers, step headers that hold a secret); anywhere else, none of them.
 */
function headersForUrl(url, origin, headers) {
    return sameOrigin(url, origin) ? { ...headers.plain, ...headers.credentials } : {};
}
/**
 * The origins the manifest declares (every environment's url, and the URL under test): the only places
 * a redirect of a session, smoke or latency request is followed to. An https upgrade of a declared
 * http origin is the same host made safer, so it is declared too.
 */
function declaredOrigins(environments, ...bases) {
    const origins = new Set();
    const add = (url) => {
        if (url.protocol !== 'http:' && url.protocol !== 'https:')
            return;
        origins.add(url.origin);
        if (url.protocol === 'http:')
            origins.add(new URL(`https://${url.hostname}`).origin);
    };
    for (const environment of Object.values(environments ?? {})) {
        if (!environment?.url)
            continue;
        try {
            add(new URL(environment.url));
        }
        catch {
            // an invalid url is the schema's finding
        }
    }
    for (const base of bases)
        if (base)
            add(base);
    return [...origins];
}


/***/ })

};
