// Words that mark a name as holding a secret, and tests that tell a real secret value from a placeholder.

/** Splits `getApiToken`, `API_TOKEN` and `api-token` into lower-case words: ['get', 'api', 'token']. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

// Bandit's RE_CANDIDATES words (pas+wo?r?d|pass(phrase)?|pwd|token|secrete?), as whole words of the name.
const PASSWORD_WORD = /^(pas+wo?r?d|passphrase|pwd|token|secrete?|passcode)s?$/;
// A bare `pass` word is a password only at the end of a name (`db_pass`, `pass`); `pass_zero`, `bandpass` are not.
const PASS_WORD = 'pass';
// Compound secret words Bandit misses: api_key, secret_key, private_key, client_secret, auth_token …
const KEY_PAIRS = new Set([
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
// Names with these last words describe a secret without holding one (`PASSWORD_FIELD`, `TOKEN_URL`).
const DESCRIPTIVE_SUFFIX = new Set([
  'url',
  'uri',
  'endpoint',
  'field',
  'fields',
  'name',
  'names',
  'label',
  'header',
  'path',
  'file',
  'dir',
  'env',
  'var',
  'param',
  'parameter',
  'type',
  'types',
  'prefix',
  'suffix',
  'length',
  'len',
  'size',
  'regex',
  're',
  'pattern',
  'prompt',
  'message',
  'msg',
  'help',
  'text',
  'attr',
  'attribute',
  'column',
  'col',
  'id',
  'policy',
  'format',
  'template',
  'placeholder',
  'mode',
  'class',
  'kind',
  'style',
  'input',
  'widget',
  'char',
  'chars',
  'expiry',
  'expires',
  'timeout',
  'ttl',
  'count',
  'hint',
  'error',
  'scheme',
  'method',
  'endpoint',
  'location',
  'state',
  'status',
  'enabled',
  'disabled',
  'flag',
  'option',
  'opt',
  'setting',
  'support',
  'supported',
  'required',
  'last',
  'used',
  'rotated',
  'created',
  'updated',
  'version',
  'missing',
  'arg',
  'args',
  'button',
  'index',
  'key',
  'arn',
]);

/** Whether an identifier names a password/token/secret (and not, say, the URL or form field of one). */
export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  let hit = -1;
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (KEY_PAIRS.has(pair))
      hit = i + 1; // `secret_key`: the pair wins over its first word
    else if (PASSWORD_WORD.test(words[i] ?? '') || (words[i] === PASS_WORD && i === words.length - 1))
      hit = Math.max(hit, i);
  }
  if (hit < 0) return false;
  // `TOKEN_URL`, `password_last_used`, `secrets_dir`: a later word says what the name really holds.
  return !words.slice(hit + 1).some((w) => DESCRIPTIVE_SUFFIX.has(w));
}

// Words that make a random value security-relevant (B311 context).
const SECURITY_WORDS = new Set([
  'token',
  'tokens',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'secrets',
  'nonce',
  'salt',
  'otp',
  'totp',
  'hotp',
  'pin',
  'csrf',
  'xsrf',
  'sessionid',
  'sid',
  'auth',
  'apikey',
  'credential',
  'credentials',
  'iv',
  'cipher',
  'crypt',
  'encrypt',
  'verification',
  'reset',
  'activation',
  'invite',
  'signup',
  'captcha',
  'challenge',
  'mfa',
  '2fa',
  'signature',
  'hmac',
]);

// A bare `key` is usually a sort or dict key; `api_key`, `session_key`, `aes_key` are secrets.
const KEY_QUALIFIERS = new Set([
  'api',
  'secret',
  'private',
  'encryption',
  'signing',
  'session',
  'aes',
  'hmac',
  'master',
  'access',
  'auth',
  'crypto',
  'cipher',
  'license',
  'activation',
  'jwt',
  'fernet',
  'des',
  'rsa',
  'symmetric',
  'shared',
  'random',
]);

/** Whether a variable, parameter or function name says its value protects something. */
export function isSecurityName(name: string): boolean {
  const words = nameWords(name);
  return words.some(
    (w, i) => SECURITY_WORDS.has(w) || (/^keys?$/.test(w) && i > 0 && KEY_QUALIFIERS.has(words[i - 1] ?? '')),
  );
}

const PLACEHOLDER = [
  /^\s*$/, // empty: "no password" is a configuration choice, not a leaked secret
  /^(yes|no|true|false|on|off|enabled?|disabled?|required|optional|none|null)$/i, // a setting, not a secret
  /^[*xX.#?_:-]+$/, // "****", "xxx", "..."
  /\*{3,}/, // masked: ":****", "ab****yz"
  /^[^\x00-\x7F]+$/, // symbols and emoji ("㊙"), not typed credentials
  /EXAMPLE|[Ee]xample/, // documentation samples (AWS's "…EXAMPLEKEY")
  /^[<{[(].*[>}\])]$/s, // "<password>", "{token}", "[secret]"
  /^\$[A-Z_][A-Z0-9_]*$|\$\{[A-Za-z_][A-Za-z0-9_]*\}/, // "${DB_PASSWORD}", "$TOKEN"
  /%\(?[A-Za-z_]*\)?s/, // "%(password)s", "%s"
  /^(your|my|enter|insert|put|replace|example|sample|dummy|fake|test|none|null|undefined|todo|fixme|redacted|hidden|masked|not[-_ ]?set|unset|placeholder|override)\b/i,
  /^(your|my)[-_ ].*[-_ ]here$/i,
  // A duration ("15 minutes", "1h", "30 s"): a token's lifetime stored under a token-named setting, not a secret.
  /^\d{1,6}(\.\d{1,3})? ?(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|months?|y|years?)$/i,
];

/** Values that stand in for a secret rather than being one: empty, masks, templates, env-var references. */
export function isPlaceholderValue(value: string): boolean {
  return PLACEHOLDER.some((re) => re.test(value)) || hasTemplateBraces(value);
}

// `aws_secret_access_key` / `AWSSecretKey`: words joined by `_`, or CamelCase (two capitals or more). Written
// without nested quantifiers (`([A-Z]+[a-z0-9]*){2,}` was exponential on "AAAA…A!") so any value is linear time.
export const SNAKE_WORDS = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;
export const CAMEL_WORDS = /^[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*$/;

/** "{{ secret }}" on one line; a scan, because `/\{\{.*\}\}/` is quadratic on a run of "{{". */
function hasTemplateBraces(value: string): boolean {
  return value.split(/[\n\r\u2028\u2029]/).some((line) => {
    const open = line.indexOf('{{');
    return open >= 0 && line.indexOf('}}', open + 2) >= 0;
  });
}

const FIELD_LAST_WORD = /^(key|id|token|password|passwd|pwd|name|field)$/;

/** Values that cannot be a credential: URLs, paths, prose, env-variable names, a secret word itself. */
export function isNonSecretValue(value: string, name = ''): boolean {
  if (isPlaceholderValue(value)) return true;
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value)) return true; // URL without credentials
  if (/^(\/|\.\.?\/|~\/|[A-Za-z]:\\)/.test(value)) return true; // file path
  if (/\s\S+\s/.test(value.trim()) || /[:?]\s*$/.test(value)) return true; // prose, a prompt ("Password: ")
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(value)) return true; // "DB_PASSWORD": an env-variable name
  if (value.length > 200) return true; // a blob or document, not a password
  // SECRET_KEY = "aws_secret_access_key" / "AWSSecretKey": the value names a credential field, it is not one.
  if ((SNAKE_WORDS.test(value) || CAMEL_WORDS.test(value)) && FIELD_LAST_WORD.test(nameWords(value).pop() ?? ''))
    return true;
  // password = "password", api_token = "api_token": the value names the variable, it is not its content.
  const nameSet = new Set(nameWords(name));
  const words = nameWords(value);
  return /^[a-z_.-]+$/i.test(value) && words.length > 0 && words.every((w) => nameSet.has(w));
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (!value) return 0;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Long, high-entropy, mixed-class strings look generated (keys, tokens) rather than typed by a person. */
export function looksRandom(value: string): boolean {
  if (value.length < 16 || /\s/.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
  return classes >= 2 && shannonEntropy(value) >= 3.5;
}
