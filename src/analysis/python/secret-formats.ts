// Formats of real credentials recognisable anywhere in source text (provider key prefixes, PEM blocks, JWTs).

export interface SecretFormat {
  /** Short label shown in messages, e.g. "AWS access key id". */
  label: string;
  pattern: RegExp;
  /** Text every match contains (its literal prefix): a file with none of them cannot hold this format. */
  hints: readonly string[];
}

/**
 * Provider formats from their public documentation. Each pattern is anchored on a distinctive prefix so that
 * one combined scan of the file text stays linear and cheap.
 */
export const SECRET_FORMATS: readonly SecretFormat[] = [
  {
    label: 'AWS access key id',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/,
    hints: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
  },
  {
    label: 'GitHub token',
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/,
    hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  },
  { label: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{60,255}\b/, hints: ['github_pat_'] },
  { label: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/, hints: ['glpat-'] },
  {
    label: 'Slack token',
    pattern: /\bxox[abposr]-[0-9A-Za-z-]{10,}\b/,
    hints: ['xoxa-', 'xoxb-', 'xoxp-', 'xoxo-', 'xoxs-', 'xoxr-'],
  },
  {
    label: 'Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/,
    hints: ['https://hooks.slack.com/services/T'],
  },
  { label: 'Stripe secret key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/, hints: ['sk_live_', 'rk_live_'] },
  { label: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/, hints: ['AIza'] },
  // The header alone is a marker constant (parsers have them); a key has base64 material after it.
  {
    label: 'private key',
    pattern:
      /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----(?:\\n|\\r|\s|[A-Za-z-]+: [^\n]*)*[A-Za-z0-9+/]{40,}/,
    hints: ['-----BEGIN '],
  },
  { label: 'Anthropic API key', pattern: /\bsk-ant-[a-z]+\d{2}-[A-Za-z0-9_-]{40,}/, hints: ['sk-ant-'] },
  {
    label: 'OpenAI API key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}/,
    hints: ['T3BlbkFJ'],
  },
  { label: 'OpenAI API key', pattern: /\bsk-[A-Za-z0-9]{48}\b/, hints: ['sk-'] },
  { label: 'SendGrid API key', pattern: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/, hints: ['SG.'] },
  { label: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/, hints: ['npm_'] },
  { label: 'PyPI token', pattern: /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,}/, hints: ['pypi-AgEIcHlwaS5vcmc'] },
  {
    label: 'JSON Web Token',
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/,
    hints: ['eyJ'],
  },
];

/** Every format's hints: a file without any of them has no SECRET_SCAN match. */
export const SECRET_HINTS: readonly string[] = [...new Set(SECRET_FORMATS.flatMap((f) => f.hints))];

/** One alternation of every format, with one capture group per format (index = format index + 1). */
export const SECRET_SCAN = new RegExp(SECRET_FORMATS.map((f) => `(${f.pattern.source})`).join('|'), 'g');

/**
 * Documentation examples and obvious fakes that match a format but are published on purpose. Besides the words,
 * a keyboard run (`123456`) or six equal characters in a row (`AAAAAA`) marks a hand-edited sample: a generated
 * key contains either with odds of about one in a million per position.
 */
export function isExampleSecret(text: string): boolean {
  return /EXAMPLE|example|dummy|DUMMY|fake|FAKE|123456|([A-Za-z0-9])\1{5}/.test(text);
}

/** The label of the format a SECRET_SCAN match belongs to. */
export function formatOfMatch(match: RegExpExecArray): string {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return SECRET_FORMATS[i - 1]?.label ?? 'secret';
  return 'secret';
}

/**
 * `scheme://user:password@host` with a literal password. Group 1 = scheme, 2 = user, 3 = password.
 * The password must not be a template (`{pw}`, `%s`, `${PW}`), which are filled in at run time.
 */
export const CREDENTIAL_URL =
  /\b([a-z][a-z0-9+.-]{1,30}):\/\/([^\s:/@'"{}$%<>]*):((?:[^\s/@'"{}$%<>]|%[0-9A-Fa-f]{2})+)@[A-Za-z0-9[{]/gi;
