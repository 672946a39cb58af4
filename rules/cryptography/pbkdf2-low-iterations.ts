// pbkdf2-low-iterations: PBKDF2 with fewer iterations than OWASP's 2023 minimum for its hash.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** OWASP Password Storage Cheat Sheet (2023) minimums per PRF. */
const MINIMUM: Record<string, number> = {
  sha1: 1_300_000,
  sha256: 600_000,
  sha512: 210_000,
  sha224: 600_000,
  sha384: 210_000,
};

export default defineRule({
  meta: {
    id: 'pbkdf2-low-iterations',
    title: 'PBKDF2 with too few iterations',
    category: 'cryptography',
    cwe: ['CWE-916'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['hashlib', 'cryptography', 'passlib'],
    aliases: {},
    messages: {
      low: 'PBKDF2-{{hash}} with {{iterations}} iterations; OWASP recommends at least {{minimum}} (or switch to Argon2id/scrypt/bcrypt).',
    },
    docs: {
      whatItDoes:
        "Flags `hashlib.pbkdf2_hmac`, cryptography `PBKDF2HMAC` and passlib `pbkdf2_*.using(rounds=…)` with a constant iteration count below OWASP's 2023 minimums (SHA-1 1.3M, SHA-256 600k, SHA-512 210k).",
      whyBad:
        'The iteration count is the only thing slowing down an offline guessing attack on stolen hashes; GPUs test billions of SHA-256 per second.',
      businessImpact:
        'After a database leak most user passwords are cracked quickly and reused against other services (credential stuffing), with breach-notification duties.',
      attackScenario:
        'The attacker dumps the users table through an SQL injection and runs hashcat; at 1,000 iterations a single GPU tests millions of candidate passwords per second.',
      example: 'dk = hashlib.pbkdf2_hmac("sha256", password, salt, 1000)',
      useInstead:
        'dk = hashlib.pbkdf2_hmac("sha256", password, salt, 600_000)  # or argon2.PasswordHasher().hash(password)',
      testing:
        'Assert the stored hash format records the new iteration count and that old hashes are re-hashed on next login.',
      knownProblems:
        'Only constant counts are checked. Raising the count changes the derived key: store the count with each hash and migrate on login.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2',
        'https://docs.python.org/3/library/hashlib.html#hashlib.pbkdf2_hmac',
        'https://cwe.mitre.org/data/definitions/916.html',
      ],
    },
  },
  hints: ['cryptography', 'pbkdf2_hmac', 'pbkdf2_sha1', 'pbkdf2_sha256', 'pbkdf2_sha512'],
  create(ctx) {
    const hashlibCall = (call: CallInfo) => {
      const hash = ctx.staticString(call.argOrKwarg(0, 'hash_name'))?.toLowerCase().replace('-', '');
      check(ctx, call, hash, call.argOrKwarg(3, 'iterations'));
    };
    const pycaCall = (call: CallInfo) => {
      const algorithm = call.argOrKwarg(0, 'algorithm');
      const callee = algorithm?.type === 'call' ? algorithm.childForFieldName('function') : algorithm;
      const hash = callee ? ctx.qualifiedName(callee)?.split('.').pop()?.toLowerCase() : undefined;
      check(ctx, call, hash, call.argOrKwarg(3, 'iterations'));
    };
    const passlibCall = (call: CallInfo) => {
      const hash = /pbkdf2_(sha\d+)/.exec(call.name ?? '')?.[1];
      check(ctx, call, hash, call.kwarg('rounds'));
    };
    return {
      calls: {
        'hashlib.pbkdf2_hmac': hashlibCall,
        'cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC': pycaCall,
        'passlib.hash.pbkdf2_sha256.using': passlibCall,
        'passlib.hash.pbkdf2_sha512.using': passlibCall,
        'passlib.hash.pbkdf2_sha1.using': passlibCall,
      },
    };
  },
});

function check(ctx: RuleContext, call: CallInfo, hash: string | undefined, countNode: Node | undefined): void {
  const iterations = ctx.staticValue(countNode);
  const minimum = MINIMUM[hash ?? 'sha256'] ?? MINIMUM.sha256 ?? 600_000;
  if (typeof iterations !== 'number' || iterations >= minimum) return;
  ctx.report({
    node: call.node,
    messageId: 'low',
    data: { hash: (hash ?? 'sha256').toUpperCase(), iterations, minimum },
    severity: iterations < 10_000 ? 'high' : 'medium',
  });
}
