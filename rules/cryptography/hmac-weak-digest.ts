// hmac-weak-digest: HMAC built on MD5 or SHA-1, or without a digestmod (MD5 by default before Python 3.8).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const WEAK = new Set(['md5', 'sha1', 'md4', 'sha']);

export default defineRule({
  meta: {
    id: 'hmac-weak-digest',
    title: 'HMAC with MD5, SHA-1 or no digest',
    category: 'cryptography',
    cwe: ['CWE-327', 'CWE-328'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['hmac'],
    aliases: {},
    messages: {
      weak: '`{{fn}}` uses HMAC-{{algo}}; use SHA-256 for new designs.',
      missing:
        '`{{fn}}` has no digestmod: it is MD5 on Python < 3.8 and an error on newer versions; pass hashlib.sha256.',
    },
    docs: {
      whatItDoes:
        'Flags `hmac.new`/`hmac.digest` with digestmod MD5/SHA-1 (as `hashlib.md5`, `"md5"`, `"sha1"` …) and `hmac.new(key, msg)` without a digestmod.',
      whyBad:
        'HMAC-MD5/SHA-1 are not practically broken as MACs, but they rest on broken hash functions, fail FIPS/compliance reviews, and offer a smaller security margin; a missing digestmod silently meant MD5 before Python 3.8.',
      businessImpact: 'Compliance findings (FIPS 140, PCI) and weaker protection of webhook or API signatures.',
      attackScenario:
        'An old service signs webhook payloads with `hmac.new(key, body)` (MD5); future cryptanalysis or a short key makes forging signatures cheaper than with HMAC-SHA256.',
      example: 'sig = hmac.new(key, body, hashlib.md5).hexdigest()',
      useInstead: 'sig = hmac.new(key, body, hashlib.sha256).hexdigest()',
      testing:
        'Check signatures are 64 hex characters (SHA-256) and old ones are no longer accepted after the migration.',
      knownProblems:
        'Protocols that mandate HMAC-SHA1 (TOTP RFC 6238 defaults, some OAuth 1.0 providers) are reported; suppress with a reason.',
      references: [
        'https://docs.python.org/3/library/hmac.html#hmac.new',
        'https://cwe.mitre.org/data/definitions/328.html',
      ],
    },
  },
  hints: ['HMAC', 'hmac'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.name ?? 'hmac.new';
      const digest = call.argOrKwarg(2, 'digestmod');
      if (!digest) {
        if (call.name === 'hmac.new' && !call.hasSplat)
          ctx.report({ node: call.node, messageId: 'missing', data: { fn } });
        return;
      }
      const algo = digestName(ctx, digest);
      if (algo && WEAK.has(algo))
        ctx.report({ node: call.node, messageId: 'weak', data: { fn, algo: algo.toUpperCase() } });
    };
    return { calls: { 'hmac.new': check, 'hmac.digest': check, 'hmac.HMAC': check } };
  },
});

/** `hashlib.md5` → md5; `"SHA1"` → sha1; `lambda: hashlib.md5()` is left alone. */
function digestName(ctx: RuleContext, node: Node): string | undefined {
  const literal = ctx.staticString(node);
  if (literal !== undefined) return literal.toLowerCase();
  const name = node.type === 'identifier' || node.type === 'attribute' ? ctx.qualifiedName(node) : undefined;
  return name?.startsWith('hashlib.') ? name.slice('hashlib.'.length).toLowerCase() : undefined;
}
