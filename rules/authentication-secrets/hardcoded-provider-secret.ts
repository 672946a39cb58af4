// hardcoded-provider-secret: credentials in a provider's recognisable format (AWS, GitHub, Slack, Stripe, PEM …).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, secretsIn } from '../../src/analysis/rule.js';
import { SECRET_HINTS, SECRET_SCAN, formatOfMatch, isExampleSecret } from '../../src/analysis/python/secret-formats.js';
import { shannonEntropy } from '../../src/analysis/python/secret-values.js';

export default defineRule({
  meta: {
    id: 'hardcoded-provider-secret',
    title: 'Provider credential committed in source',
    category: 'authentication-secrets',
    cwe: ['CWE-798', 'CWE-312'],
    owasp: { '2021': ['A07:2021', 'A02:2021'], '2025': ['A07:2025', 'A04:2025'] },
    severity: 'critical',
    riskScore: 9,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: 'immediate',
    aliases: {},
    messages: {
      inString: 'String literal contains what looks like a live {{kind}}; rotate it and load it from a secret store.',
      inComment: 'Comment contains what looks like a live {{kind}}; rotate it and remove it from the history.',
    },
    docs: {
      whatItDoes:
        'Scans string literals and comments for credentials in a format only a provider issues: AWS access key ids (AKIA…), GitHub (ghp_/gho_/github_pat_), GitLab, Slack (xox?-), Stripe live keys, Google API keys, OpenAI/Anthropic keys, SendGrid, npm, PyPI tokens, PEM private keys and signed JWTs.',
      whyBad:
        "Anyone who can read the repository, a fork, a CI log or a wheel can use the credential with the owner's rights; deleting the line later does not remove it from git history.",
      businessImpact:
        'Cloud account takeover, source-code theft, fraudulent payments and data exfiltration billed to and blamed on the company.',
      attackScenario:
        'Bots scan every public push for `AKIA` and `ghp_` prefixes within minutes; the attacker uses the AWS key to start crypto-miners and copy S3 buckets before anyone notices.',
      example: 'GITHUB_TOKEN = "ghp_1A2b3C4d5E6f7G8h9I0jK1l2M3n4O5p6Q7r8"',
      useInstead:
        'GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]  # injected from Vault / AWS Secrets Manager / GitHub secrets',
      testing:
        'Rotate the credential, confirm the old one is rejected by the provider, and run the scan on the whole history (e.g. gitleaks) to find other copies.',
      knownProblems:
        'Values containing EXAMPLE, dummy, fake or long runs of x/0 are skipped as documentation samples. Generic high-entropy strings without a provider prefix are left to hardcoded-password-string.',
      references: [
        'https://cwe.mitre.org/data/definitions/798.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
        'https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns',
      ],
    },
  },
  // Each format's literal prefix: the engine's one shared scan of the file skips the regex where none occurs.
  hints: SECRET_HINTS,
  create(ctx) {
    return {
      nodes: {
        // The whole file is scanned once with a native regex: far cheaper than reading every string node.
        module(root) {
          SECRET_SCAN.lastIndex = 0;
          for (let m = SECRET_SCAN.exec(ctx.source); m; m = SECRET_SCAN.exec(ctx.source)) {
            const text = m[0];
            if (isExampleSecret(text) || (text.length >= 20 && shannonEntropy(text) < 3)) continue;
            const holder = literalOrComment(root.descendantForIndex(m.index));
            if (!holder) continue;
            const inComment = holder.type === 'comment';
            ctx.report({
              node: holder,
              messageId: inComment ? 'inComment' : 'inString',
              data: { kind: formatOfMatch(m) },
              ...secretsIn(holder),
              ...(ctx.file.isTest ? { severity: 'low' as const, confidence: 'medium' as const } : {}),
            });
          }
        },
      },
    };
  },
});

/** The string literal or comment around a position, or undefined for code (an identifier is not a secret). */
function literalOrComment(node: Node | null): Node | undefined {
  for (let cur = node; cur; cur = cur.parent) {
    if (cur.type === 'string' || cur.type === 'comment') return cur;
    if (cur.type.endsWith('statement') || cur.type === 'module') return undefined;
  }
  return undefined;
}
