// trojan-source-bidi: Unicode bidirectional control characters that make code read differently than it runs (Bandit B613).
import { defineRule } from '../../src/analysis/rule.js';
import { lineAndColumn, spanAt } from '../../src/analysis/python/source-span.js';

const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const NAMES: Record<string, string> = {
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u061c': 'ALM',
};

export default defineRule({
  meta: {
    id: 'trojan-source-bidi',
    title: 'Bidirectional control character in source (Trojan Source)',
    category: 'tooling-cicd',
    cwe: ['CWE-1007', 'CWE-451'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025', 'A08:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'medium',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: { bandit: ['B613'], ruff: ['PLE2502'] },
    messages: {
      bidi: 'Line contains the bidirectional control character U+{{code}} ({{name}}): reviewers see different code than Python runs.',
    },
    docs: {
      whatItDoes:
        'Flags every line that contains a Unicode bidi override, embedding, isolate or mark character, in code, strings or comments.',
      whyBad:
        'Bidi controls reorder how text is displayed without changing how it is parsed, so a comment can appear to close before code that actually sits inside it, or a string can hide a condition (CVE-2021-42574).',
      businessImpact:
        'Malicious changes pass code review and land in production or in a published package (supply-chain compromise).',
      attackScenario:
        'A contributor submits a PR where a string holding U+202E (RLO) and U+2066 (LRI) makes `if access_level != "none<RLO><LRI>": # Check if admin <PDI><LRI> and access_level != "user"` render as a harmless admin check; reviewers approve and every user becomes admin.',
      example:
        'if access_level != "none<U+202E><U+2066>":  # Check if admin <U+2069><U+2066> and access_level != "user"',
      useInstead:
        'if access_level != "none":  # plain ASCII; write \\u202e as an escape if the character is really needed',
      testing: 'Add a CI check that rejects files containing U+202A–U+202E, U+2066–U+2069; run it on the repository.',
      knownProblems:
        'Legitimate right-to-left text in string literals uses marks (LRM/RLM) too; write those as escapes.',
      references: [
        'https://trojansource.codes/',
        'https://nvd.nist.gov/vuln/detail/CVE-2021-42574',
        'https://peps.python.org/pep-0672/',
      ],
    },
  },
  requires: [[{ nonAscii: true }]],
  create(ctx) {
    if (!/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/.test(ctx.source)) return {};
    return {
      nodes: {
        module() {
          const seen = new Set<number>();
          for (const m of ctx.source.matchAll(BIDI)) {
            const at = lineAndColumn(ctx.source, m.index);
            if (seen.has(at.row)) continue; // one finding per line, naming the first control character
            seen.add(at.row);
            const char = m[0];
            ctx.report({
              node: spanAt(ctx.source, m.index),
              messageId: 'bidi',
              data: {
                code: char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
                name: NAMES[char] ?? '?',
              },
            });
          }
        },
      },
    };
  },
});
