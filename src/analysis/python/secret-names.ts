// Whether a name says its value is a secret: one vocabulary and one matching rule for every rule that reads names
// (hard-coded credentials, secrets in logs, output and transport, security-relevant randomness and hashing).
// The purposes differ only in which words count, and each difference is written down here with its reason.

/** Splits `getApiToken`, `API_TOKEN` and `api-token` into lower-case words: ['get', 'api', 'token']. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words that name a credential on their own, for every purpose. */
const CREDENTIAL_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'passcode',
  'secret',
  'apikey',
  'privkey',
  'credential',
  'credentials',
]);

/** Two-word credentials (`api_key`, `clientSecret`), for every purpose. */
const CREDENTIAL_PAIRS = new Set([
  'api key',
  'secret key',
  'private key',
  'access key',
  'signing key',
  'encryption key',
  'master key',
  'client secret',
  'auth key',
]);

/** Tokens that are credentials; a bare `token` is also a lexer's or parser's token, see the purposes below. */
const TOKEN_PAIRS = new Set([
  'auth token',
  'access token',
  'refresh token',
  'bearer token',
  'api token',
  'session token',
  'reset token',
  'id token',
  'csrf token',
]);

/**
 * Words after the secret word that make the name describe a secret rather than hold it (`PASSWORD_FIELD`,
 * `token_type`, `password_last_used`, `secret_key_version`).
 */
const DESCRIBES_SECRET = new Set([
  ...['url', 'uri', 'endpoint', 'scheme', 'method', 'location', 'domain', 'path', 'file', 'dir'],
  ...['field', 'fields', 'name', 'names', 'label', 'column', 'col', 'attr', 'attribute', 'id', 'ids', 'index', 'idx'],
  ...['type', 'types', 'kind', 'class', 'mode', 'style', 'format', 'template', 'placeholder', 'widget', 'input'],
  ...['prefix', 'suffix', 'length', 'len', 'size', 'count', 'min', 'max', 'strength', 'policy', 'valid', 'validator'],
  ...['regex', 're', 'pattern', 'char', 'chars', 'string', 'pos', 'position', 'offset', 'start', 'end', 'line'],
  ...['lineno', 'stream', 'tokens', 'tokenizer', 'prompt', 'message', 'msg', 'help', 'hint', 'text', 'button'],
  ...['error', 'errors', 'expiry', 'expires', 'expiration', 'timeout', 'ttl', 'age', 'last', 'used', 'rotated'],
  ...['created', 'updated', 'changed', 'version', 'missing', 'required', 'state', 'status', 'enabled', 'disabled'],
  ...['set', 'flag', 'option', 'opt', 'setting', 'support', 'supported', 'hash', 'hashed', 'arn', 'env'],
]);

/**
 * Words after the secret word that say a hard-coded string is the name of a setting, not its value
 * (`TOKEN_HEADER = "X-Auth-Token"`, `password_key = "pw"`). Only for hard-coded
 * values: at run time `authorization_header` or `api_key_param` holds the credential itself.
 */
const NAMES_A_SETTING = new Set(['header', 'var', 'param', 'parameter', 'arg', 'args', 'key']);

/** Words anywhere in the name that make a runtime value a harmless derivative (`hashed_password`, `is_secret`). */
const DERIVED = new Set([
  ...['hash', 'hashed', 'digest', 'masked', 'redacted', 'encrypted', 'salt', 'salted', 'claim'],
  ...['is', 'has', 'valid', 'changed', 'expired', 'strength', 'min', 'max'],
]);

interface Purpose {
  words: (word: string) => boolean;
  pairs: (pair: string) => boolean;
  /** A bare `pass` as the last word (`db_pass`); `pass_zero`, `bandpass` are not passwords. */
  trailingPass?: boolean;
  describes: (word: string) => boolean;
  /** Whether a DERIVED word anywhere clears the name. */
  derived?: boolean;
}

/** One matching rule: the last secret word or pair, with no describing word after it. */
function namesSecret(name: string, purpose: Purpose): boolean {
  const words = nameWords(name);
  if (purpose.derived && words.some((w) => DERIVED.has(w))) return false;
  let hit = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (i + 1 < words.length && purpose.pairs(`${word} ${words[i + 1]}`))
      hit = i + 1; // `secret_key`: the pair wins over its first word
    else if (purpose.words(word) || (purpose.trailingPass && word === 'pass' && i === words.length - 1))
      hit = Math.max(hit, i);
  }
  return hit >= 0 && !words.slice(hit + 1).some(purpose.describes);
}

// Bandit's RE_CANDIDATES words (pas+wo?r?d|pass(phrase)?|pwd|token|secrete?), as whole words, for B105–B107 parity.
const BANDIT_WORD = /^(pas+wo?r?d|passphrase|pwd|token|secrete?|passcode)s?$/;

/**
 * A hard-coded value: Bandit's words and a bare `token` (the value itself is checked next, so a lexer's token
 * constant is told apart by what it holds), but not `session key` (Django's `SESSION_KEY = "_auth_user_id"` names
 * a session entry).
 */
const HARD_CODED: Purpose = {
  words: (w) => BANDIT_WORD.test(w) || CREDENTIAL_WORDS.has(w),
  pairs: (p) => CREDENTIAL_PAIRS.has(p),
  trailingPass: true,
  describes: (w) => DESCRIBES_SECRET.has(w) || NAMES_A_SETTING.has(w),
};

/**
 * A runtime value written out (printed, sent in clear, put in a query string or an exception): credentials and
 * the credential kinds of token; a bare `token` is too often a parser's token to report without seeing its value.
 */
const WRITTEN_OUT: Purpose = {
  words: (w) => CREDENTIAL_WORDS.has(w),
  pairs: (p) => CREDENTIAL_PAIRS.has(p) || TOKEN_PAIRS.has(p),
  describes: (w) => DESCRIBES_SECRET.has(w),
  derived: true,
};

/** Personal data and HTTP credentials that must stay out of logs, besides credentials. */
const LOGGED_WORDS = new Set([
  'token',
  'authorization',
  'bearer',
  'jwt',
  'cookie',
  'cookies',
  'otp',
  'cvv',
  'cvc',
  'ssn',
]);
const LOGGED_PAIRS = new Set(['session key', 'session id', 'auth header', 'card number', 'credit card']);

/** A value in a log call: credentials, any token (logs outlive the request), and personal data. */
const LOGGED: Purpose = {
  words: (w) => CREDENTIAL_WORDS.has(w) || LOGGED_WORDS.has(w),
  pairs: (p) => CREDENTIAL_PAIRS.has(p) || TOKEN_PAIRS.has(p) || LOGGED_PAIRS.has(p),
  describes: (w) => DESCRIBES_SECRET.has(w),
  derived: true,
};

/** Whether an identifier a literal is assigned to names a password/token/secret (not its URL or form field). */
export function isSecretName(name: string): boolean {
  return namesSecret(name, HARD_CODED);
}

/** Whether a variable or attribute holds a credential (not its hash, length, label or policy), for output rules. */
export function isCredentialName(name: string): boolean {
  return namesSecret(name, WRITTEN_OUT);
}

/** `password`, `user.api_key`, `accessToken`, `ssn` → true; `token_type`, `password_length`, `tokens` → false. */
export function isSensitiveName(name: string): boolean {
  return namesSecret(name, LOGGED);
}

/** Text just before a placeholder that labels it as a secret: `"password=%s"`, `f"token: {t}"`. */
export const SECRET_LABEL = /(password|passwd|pwd|passphrase|secret|token|api[_ -]?key|credentials?)\s*[:=]\s*$/i;

// Words that make a random value or a hash security-relevant (B311 and B324 context): what protects something,
// a wider set than what holds a credential.
const SECURITY_WORDS = new Set([
  ...['token', 'tokens', 'password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'apikey', 'credential'],
  ...['credentials', 'nonce', 'salt', 'otp', 'totp', 'hotp', 'pin', 'csrf', 'xsrf', 'sessionid', 'sid', 'auth'],
  ...['iv', 'cipher', 'crypt', 'encrypt', 'verification', 'reset', 'activation', 'invite', 'signup', 'captcha'],
  ...['challenge', 'mfa', '2fa', 'signature', 'hmac'],
]);

// A bare `key` is usually a sort or dict key; `api_key`, `session_key`, `aes_key` are secrets.
const KEY_QUALIFIERS = new Set([
  ...['api', 'secret', 'private', 'encryption', 'signing', 'session', 'aes', 'hmac', 'master', 'access', 'auth'],
  ...['crypto', 'cipher', 'license', 'activation', 'jwt', 'fernet', 'des', 'rsa', 'symmetric', 'shared', 'random'],
]);

/** Whether a variable, parameter or function name says its value protects something. */
export function isSecurityName(name: string): boolean {
  const words = nameWords(name);
  return words.some(
    (w, i) => SECURITY_WORDS.has(w) || (/^keys?$/.test(w) && i > 0 && KEY_QUALIFIERS.has(words[i - 1] ?? '')),
  );
}
