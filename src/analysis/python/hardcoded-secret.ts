// Decides whether a literal bound to a secret-named target is a hard-coded credential, and how bad it is.
import type { Node } from '../syntax-node.js';
import type { Severity } from '../taxonomy.js';
import { isSecretName, nameWords } from './secret-names.js';
import { isNonSecretValue, looksRandom } from './secret-values.js';

export interface SecretVerdict {
  severity: Severity;
  /** The value shortened for messages: never the whole secret (reports end up in CI logs and PR comments). */
  preview: string;
}

const TOKEN_ONLY = /^(token|tokens)$/;

/**
 * Cheap file-level test run once in `create()`: a file without any of these words cannot hold a secret-named
 * target, so the rule subscribes to nothing there (most files), sparing one WASM call per assignment.
 */
export const SECRET_NAME_HINT =
  /pas+wo?r?d|pass_|_pass\b|\bpass\s*[=!]|['"]pass['"]|passphrase|passcode|pwd|token|secret|(api|private|access|signing|encryption|master|auth)_?key/i;

/**
 * A verdict when `value` bound to `name` looks like a real credential; undefined for placeholders, URLs,
 * prose, env-variable names and the like. Token-named values must also look generated: tokenizers are full
 * of `token = "("`.
 */
export function judgeSecret(name: string, value: string, isTest: boolean): SecretVerdict | undefined {
  if (!isSecretName(name) || isNonSecretValue(value, name) || isIdentifierLike(value)) return undefined;
  const tokenOnly = nameWords(name).some((w) => TOKEN_ONLY.test(w)) && !/pass|pwd|secret/i.test(name);
  if (tokenOnly && (value.length < 8 || !/[0-9]/.test(value) || /^[a-z_]+$/i.test(value))) return undefined;
  const severity: Severity = isTest ? 'low' : looksRandom(value) ? 'high' : 'medium';
  return { severity, preview: preview(value) };
}

/**
 * Values shaped like a name in the program rather than a credential: a dotted event or setting key
 * (`pretalx.user.password.changed`), a lower-case snake_case identifier without a secret word (`mail_settings`, not `ftp_secret`), or a short all-capitals
 * marker (`"LDAP"`, `"OIDC"` stored where a password would be, meaning "authenticated elsewhere").
 */
function isIdentifierLike(value: string): boolean {
  return (
    /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2,}$/i.test(value) ||
    (/^[a-z]+(_[a-z]+)+$/.test(value) && !/pass|pwd|secret|key|token|cred/.test(value)) ||
    /^[A-Z]{2,6}$/.test(value)
  );
}

/** First characters of a secret, enough to find it, too few to use it. */
export function preview(value: string): string {
  const shown = value.length <= 4 ? value.slice(0, 1) : value.slice(0, Math.min(4, Math.floor(value.length / 3)));
  return `${shown}…`.replace(/[`\n\r]/g, '');
}

/** The name a target is bound to: `password`, `self.password` → `password`, `cfg["password"]` → `password`. */
export function targetName(target: Node, staticString: (n: Node) => string | undefined): string | undefined {
  if (target.type === 'identifier') return target.text;
  if (target.type === 'attribute') return target.childForFieldName('attribute')?.text;
  if (target.type === 'subscript') {
    const key = target.childForFieldName('subscript');
    return key?.type === 'string' ? staticString(key) : undefined;
  }
  return undefined;
}

/** The text of a str or bytes literal (`b"s3cret"` is as much a password as `"s3cret"`). */
export function literalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'bytes' in value) return (value as { bytes: string }).bytes;
  return undefined;
}

/** A string literal node (plain or implicitly concatenated), the only values these rules judge. */
export function isStringLiteral(node: Node | null | undefined): node is Node {
  return node?.type === 'string' || node?.type === 'concatenated_string';
}
