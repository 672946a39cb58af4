// password-fast-hash: passwords hashed with a general-purpose hash (SHA-2/3, BLAKE2) instead of a password KDF.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { nameWords } from '../../src/analysis/python/secret-names.js';

// MD5/SHA-1 on passwords are already reported (high) by hashlib-insecure-hash; this rule covers the "strong" ones.
const FAST = ['sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'];
const PASSWORD = /^(password|passwd|pwd|passphrase|passcode|pass|pw)$/;
const NOT_PASSWORD = /^(token|hash|hashed|digest|reset|salt|length|len|policy|field|url)$/;

export default defineRule({
  meta: {
    id: 'password-fast-hash',
    title: 'Password hashed with a fast general-purpose hash',
    category: 'authentication-secrets',
    cwe: ['CWE-916', 'CWE-759'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'medium',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: {},
    messages: {
      fast: '`{{fn}}` hashes the password `{{name}}`: fast hashes are brute-forced at billions of guesses per second; use Argon2id, scrypt or bcrypt.',
    },
    docs: {
      whatItDoes:
        'Flags `hashlib.sha256/sha512/sha3_*/blake2*` (directly or via `hashlib.new`) whose input includes a variable named password/passwd/pwd/passphrase.',
      whyBad:
        'SHA-2/3 and BLAKE2 are designed to be fast; a salt stops rainbow tables but not a GPU testing billions of candidates per second against each stolen hash.',
      businessImpact:
        'A breach of the user table turns into cracked passwords for most users and credential-stuffing attacks on other services.',
      attackScenario:
        'The attacker dumps `sha256(salt + password)` values and cracks 60% of them in a day with hashcat and a leaked-password wordlist.',
      example: 'stored = hashlib.sha256((salt + password).encode()).hexdigest()',
      useInstead: 'from argon2 import PasswordHasher\nstored = PasswordHasher().hash(password)',
      testing:
        'Check new hashes start with `$argon2id$` (or `$2b$`/`scrypt:`) and that legacy hashes are upgraded at the next successful login.',
      knownProblems:
        'Hashing a password to derive a fixed-length input for bcrypt (bcrypt_sha256 style) is reported too; suppress with a reason. Names like password_reset_token or password_hash are not treated as passwords.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/916.html',
      ],
    },
  },
  hints: ['blake2b', 'blake2s', 'hashlib', 'sha224', 'sha256', 'sha384', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512'],
  create(ctx) {
    const check = (call: CallInfo, fn: string) => {
      const name =
        call.positional.map(passwordIdentifier).find(Boolean) ??
        passwordIdentifier(call.kwarg('data') ?? call.kwarg('string'));
      if (!name) return;
      ctx.report({ node: call.node, messageId: 'fast', data: { fn, name } });
    };
    const viaNew = (call: CallInfo) => {
      const algo = ctx.staticString(call.argOrKwarg(0, 'name'))?.toLowerCase();
      if (!algo || !FAST.includes(algo)) return;
      const data = call.arg(1) ?? call.kwarg('data') ?? call.kwarg('string');
      const name = passwordIdentifier(data);
      if (name) ctx.report({ node: call.node, messageId: 'fast', data: { fn: `hashlib.new("${algo}")`, name } });
    };
    return {
      calls: {
        ...Object.fromEntries(
          FAST.map((algo) => [`hashlib.${algo}`, (call: CallInfo) => check(call, `hashlib.${algo}`)]),
        ),
        'hashlib.new': viaNew,
      },
    };
  },
});

/** The first password-named identifier inside an argument expression (`(salt + password).encode()`). */
function passwordIdentifier(arg: Node | undefined): string | undefined {
  if (!arg) return undefined;
  const ids = arg.type === 'identifier' ? [arg] : arg.descendantsOfType(['identifier', 'attribute']);
  for (const id of ids) {
    if (!id) continue;
    const text = id.type === 'attribute' ? (id.childForFieldName('attribute')?.text ?? '') : id.text;
    const words = nameWords(text);
    if (words.some((w) => PASSWORD.test(w)) && !words.some((w) => NOT_PASSWORD.test(w))) return text;
  }
  return undefined;
}
