// Whether a variable or attribute name holds a credential or personal secret worth keeping out of logs.

const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'token',
  'credential',
  'credentials',
  'authorization',
  'cvv',
  'cvc',
  'ssn',
  'otp',
  'apikey',
  'jwt',
  'bearer',
  'cookie',
  'cookies',
]);
const SECRET_PAIRS = new Set([
  'api key',
  'access key',
  'private key',
  'secret key',
  'signing key',
  'card number',
  'credit card',
  'session key',
  'client secret',
  'refresh token',
  'access token',
  'session id',
  'auth header',
]);
/** Last words that make the name describe a secret rather than hold one (`token_type`, `password_length`). */
const DESCRIPTIVE = new Set([
  'len',
  'length',
  'count',
  'type',
  'types',
  'url',
  'uri',
  'field',
  'fields',
  'name',
  'names',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'timeout',
  'required',
  'policy',
  'file',
  'path',
  'prefix',
  'hash',
  'hashed',
  'id',
  'ids',
  'label',
  'regex',
  're',
  'pattern',
  'valid',
  'validator',
  'min',
  'max',
  'error',
  'errors',
  'help',
  'scheme',
  'endpoint',
  'format',
  'style',
  'strength',
  'changed',
  'set',
  'enabled',
  'index',
  'kind',
  'class',
  'mode',
  'tokens',
  'tokenizer',
  'location',
  'age',
  'domain',
  'char',
  'chars',
  'size',
  'version',
  'status',
  'string',
  'pos',
  'position',
  'offset',
  'start',
  'end',
  'line',
  'lineno',
  'col',
  'column',
  'stream',
  'idx',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `password`, `user.api_key`, `accessToken` → true; `token_type`, `password_length`, `tokens` → false. */
export function isSensitiveName(name: string): boolean {
  const parts = words(name);
  const last = parts[parts.length - 1];
  if (!last || DESCRIPTIVE.has(last)) return false;
  return parts.some((w, i) => SECRET_WORDS.has(w) || SECRET_PAIRS.has(`${w} ${parts[i + 1] ?? ''}`));
}

/** Text just before a placeholder that labels it as a secret: `"password=%s"`, `f"token: {t}"`. */
export const SECRET_LABEL = /(password|passwd|pwd|passphrase|secret|token|api[_ -]?key|credentials?)\s*[:=]\s*$/i;
