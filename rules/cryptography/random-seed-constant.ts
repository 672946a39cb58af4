// random-seed-constant: seeding the global `random` generator with a constant makes all its output replayable.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'random-seed-constant',
    title: '`random` seeded with a constant',
    category: 'cryptography',
    cwe: ['CWE-335', 'CWE-336'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    aliases: {},
    messages: {
      seed: '`{{fn}}` is seeded with a constant: every value it produces is the same on each run.',
    },
    docs: {
      whatItDoes:
        'Flags `random.seed(<constant>)` (the process-wide generator) outside test files; a private `random.Random(seed)` is not reported.',
      whyBad:
        'A constant seed makes the sequence identical on every run; if any of it is later used for identifiers, tokens, shuffles of secrets or sampling that must not be guessed, an attacker replays it exactly.',
      businessImpact: 'Predictable "random" identifiers or codes across all installations.',
      attackScenario:
        'An application seeds `random.seed(42)` at start-up for reproducible reports, and a later change generates invite codes with `random.choice`; every deployment issues the same invite codes in the same order.',
      example: 'random.seed(42)',
      useInstead:
        'rng = random.Random(42)  # a private generator for reproducible simulations; secrets.* for anything secret',
      testing:
        'Check that security values come from `secrets` and that any fixed seed is confined to a private `random.Random` instance.',
      knownProblems:
        'Reproducible simulations and data science scripts seed on purpose; they are reported low, and test files are skipped.',
      references: [
        'https://docs.python.org/3/library/random.html#random.seed',
        'https://cwe.mitre.org/data/definitions/336.html',
      ],
    },
  },
  hints: ['seed'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (ctx.file.isTest) return;
      const seed = call.argOrKwarg(0, 'a');
      if (!seed || ctx.staticValue(seed) === undefined || seed.type === 'none') return;
      ctx.report({ node: call.node, messageId: 'seed', data: { fn: call.name ?? 'random.seed' } });
    };
    return { calls: { 'random.seed': check } };
  },
});
