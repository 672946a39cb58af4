// crypt-weak-method: crypt.crypt()/crypt.mksalt() with the DES, MD5 or Blowfish method (Bandit B324 since 1.8).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** The weak methods and what is wrong with each; Bandit's WEAK_CRYPT_HASHES. */
const WEAK: Record<string, string> = {
  'crypt.METHOD_CRYPT': 'DES crypt reads only the first 8 characters of the password and is brute-forced in hours',
  'crypt.METHOD_MD5': 'MD5-crypt is fast enough to brute-force on a GPU',
};

export default defineRule({
  meta: {
    id: 'crypt-weak-method',
    title: 'crypt module with a weak or deprecated hashing method',
    category: 'cryptography',
    cwe: ['CWE-327', 'CWE-916'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    aliases: { bandit: ['B324'] },
    messages: {
      weak: '`{{method}}` is a weak password hash: {{why}}. Use argon2 or bcrypt from a maintained library (the `crypt` module was removed in Python 3.13).',
      blowfish:
        "`crypt.METHOD_BLOWFISH` is bcrypt through the `crypt` module, which was removed in Python 3.13 and depends on the platform's libcrypt; Bandit B324 reports it. Use a maintained bcrypt or argon2 library.",
    },
    docs: {
      whatItDoes:
        'Flags `crypt.crypt(word, salt=crypt.METHOD_CRYPT | METHOD_MD5 | METHOD_BLOWFISH)` and `crypt.mksalt()` with the same methods. `crypt.crypt(word)` without a method picks the strongest one and is not reported.',
      whyBad:
        'DES crypt keeps only 8 characters of the password and MD5-crypt is cheap to brute-force, so a leaked hash file gives up most passwords. Blowfish (bcrypt) is sound, but reached through a module that is gone from Python 3.13 and whose methods vary by platform.',
      businessImpact: 'A leaked user table turns into cleartext passwords, which are reused on other services.',
      attackScenario:
        'An attacker who reads the password column runs a GPU cracker against MD5-crypt hashes and recovers most of them within a day.',
      example: 'hashed = crypt.crypt(password, crypt.mksalt(crypt.METHOD_MD5))',
      useInstead: 'from argon2 import PasswordHasher\nhashed = PasswordHasher().hash(password)',
      testing: 'Assert stored hashes start with the argon2 (`$argon2id$`) or bcrypt (`$2b$`) prefix.',
      knownProblems:
        'Only the method constants written at the call are seen; a method chosen elsewhere is not followed. Blowfish is reported at low severity (Bandit reports it as weak).',
      references: [
        'https://docs.python.org/3.12/library/crypt.html',
        'https://peps.python.org/pep-0594/#crypt',
        'https://bandit.readthedocs.io/en/latest/plugins/b324_hashlib.html',
      ],
    },
  },
  hints: ['crypt'],
  create(ctx) {
    const report = (call: CallInfo, methodNode: ReturnType<CallInfo['arg']>) => {
      const method = methodNode ? ctx.qualifiedName(methodNode) : undefined;
      if (method === 'crypt.METHOD_BLOWFISH') {
        ctx.report({ node: call.node, messageId: 'blowfish', severity: 'low', evidence: 'pattern' });
      } else if (method && WEAK[method]) {
        ctx.report({ node: call.node, messageId: 'weak', data: { method, why: WEAK[method] } });
      }
    };
    return {
      calls: {
        'crypt.crypt': (call) => report(call, call.argOrKwarg(1, 'salt')),
        'crypt.mksalt': (call) => report(call, call.argOrKwarg(0, 'method')),
      },
    };
  },
});
