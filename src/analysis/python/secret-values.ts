// Tests that tell a real secret value from a placeholder, a sample or a name (the names are in secret-names.ts).
import { nameWords } from './secret-names.js';

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

// Passwords that documentation and templates use to mean "put yours here" (`postgres://user:password@db/app`).
const SAMPLE_PASSWORDS =
  /^(password|passwd|pass|pwd|secret|pw|p|x+|\*+|\.+|changeit|mypassword|yourpassword|your_password|user:pass|pass(word)?\d?|example|token|<.*>|\[.*\]|:\w+)$/i;

/** A password that only stands in for one, in a URL or a sample configuration. */
export function isSamplePassword(value: string): boolean {
  return SAMPLE_PASSWORDS.test(value) || isPlaceholderValue(value);
}

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
