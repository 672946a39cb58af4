// bcrypt-low-rounds: bcrypt with a work factor below 12 (OWASP Password Storage Cheat Sheet guidance).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

const MINIMUM = 12;
/** Call → [positional index, keyword] of its cost. */
const COST: Record<string, [number, string]> = {
  'bcrypt.gensalt': [0, 'rounds'],
  'passlib.hash.bcrypt.using': [-1, 'rounds'],
  'passlib.hash.bcrypt_sha256.using': [-1, 'rounds'],
  'flask_bcrypt.generate_password_hash': [1, 'rounds'],
  '*.generate_password_hash': [1, 'rounds'],
};

export default defineRule({
  meta: {
    id: 'bcrypt-low-rounds',
    title: 'bcrypt work factor below 12',
    category: 'authentication-secrets',
    cwe: ['CWE-916'],
    owasp: { '2021': ['A02:2021', 'A07:2021'], '2025': ['A04:2025', 'A07:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['bcrypt', 'passlib', 'flask-bcrypt'],
    aliases: {},
    fixable: true,
    messages: {
      low: "The bcrypt cost {{rounds}} is below {{minimum}}; each step down halves the attacker's cracking time.",
    },
    docs: {
      whatItDoes:
        'Flags `bcrypt.gensalt(rounds=N)`, passlib `bcrypt.using(rounds=N)` and Flask-Bcrypt `generate_password_hash(pw, rounds=N)` with a constant N below 12.',
      whyBad:
        "bcrypt's cost is logarithmic: cost 8 is 16 times cheaper to attack than cost 12. Low costs were chosen for 2000s hardware.",
      businessImpact: 'A leaked password table is cracked much faster, exposing users who reuse passwords elsewhere.',
      attackScenario:
        'After dumping the users table the attacker runs hashcat mode 3200; at cost 4 a GPU tests hundreds of thousands of guesses per second instead of a few hundred.',
      example: 'hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=8))',
      useInstead: 'hashed = bcrypt.hashpw(password, bcrypt.gensalt(rounds=12))  # tune so one hash takes ~250 ms',
      testing: 'Assert the stored hash starts with `$2b$12$` (or higher) and time one hash on production hardware.',
      knownProblems:
        'The autofix sets a literal cost to 12: bcrypt stores the cost in each hash, so existing hashes keep verifying. Test files commonly lower the cost for speed; there findings are low. The `*.generate_password_hash` match assumes the Flask-Bcrypt signature (password, rounds).',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#bcrypt',
        'https://pypi.org/project/bcrypt/',
      ],
    },
  },
  hints: ['bcrypt_sha256', 'generate_password_hash', 'gensalt', 'passlib'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const [index, keyword] = COST[call.name ?? ''] ?? COST['*.generate_password_hash'] ?? [1, 'rounds'];
      const node = call.kwarg(keyword) ?? (index >= 0 ? call.arg(index) : undefined);
      const rounds = ctx.staticValue(node);
      if (typeof rounds !== 'number' || rounds >= MINIMUM) return;
      ctx.report({
        node: call.node,
        messageId: 'low',
        data: { rounds, minimum: MINIMUM },
        // bcrypt stores the cost in each hash, so old hashes still verify after the change.
        ...(node?.type === 'integer'
          ? { fix: { description: `Use a cost of ${MINIMUM}.`, edits: [replaceNode(node, String(MINIMUM))] } }
          : {}),
        ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
      });
    };
    return { calls: Object.fromEntries(Object.keys(COST).map((name) => [name, check])) };
  },
});
