// hashlib-insecure-hash: hashlib MD4/MD5/SHA-1 without usedforsecurity=False (Bandit B324, Ruff S324).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { contextNames, localContextNames } from '../../src/analysis/python/context-names.js';
import { isSecurityName } from '../../src/analysis/python/secret-names.js';
import { appendArgument } from '../../src/analysis/python/fixes.js';

const WEAK = new Set(['md4', 'md5', 'sha', 'sha1', 'md5-sha1']);
// Names that show the digest is an identifier, not a protection: the fix is offered only here.
const NON_SECURITY =
  /(checksum|etag|cache|fingerprint|dedup|digest_of_file|file_?hash|content_?hash|hash_?file|cksum|bucket|shard|partition|uuid|hexdigest_key|stable_id|identicon|gravatar)/i;

export default defineRule({
  meta: {
    id: 'hashlib-insecure-hash',
    title: 'Insecure hashlib algorithm (MD4, MD5, SHA-1)',
    category: 'cryptography',
    cwe: ['CWE-327', 'CWE-328'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B324', 'B303'], ruff: ['S324'] },
    fixable: true,
    messages: {
      weak: '`{{algo}}` is broken for security use; use SHA-256 or better, or pass usedforsecurity=False if this is not a security use.',
      security:
        '`{{algo}}` is used here with `{{context}}`, a name that suggests a security use; MD5/SHA-1 collisions are practical, so for signatures, tokens or integrity checks use SHA-256+ (a password KDF for passwords), else pass usedforsecurity=False.',
      nonSecurity:
        '`{{algo}}` used as an identifier (`{{context}}`); mark it usedforsecurity=False so FIPS builds and reviewers know.',
    },
    docs: {
      whatItDoes:
        'Flags `hashlib.md5()`, `hashlib.sha1()`, `hashlib.md4()` and `hashlib.new("md5"|"sha1"|…)` unless `usedforsecurity=False` is passed.',
      whyBad:
        'MD5 and SHA-1 have practical collision attacks (chosen-prefix collisions for both), so signatures, integrity checks and tokens built on them can be forged.',
      businessImpact:
        'Forged file integrity checks, signature bypass, and fast cracking of any password hashed with them.',
      attackScenario:
        'An update server checks downloads by MD5; the attacker builds a malicious package with the same MD5 as the genuine one and serves it through a mirror.',
      example: 'signature = hashlib.md5(secret + payload).hexdigest()',
      useInstead:
        'signature = hmac.new(secret, payload, hashlib.sha256).hexdigest()\netag = hashlib.md5(body, usedforsecurity=False).hexdigest()  # identifier only',
      testing:
        'Check the call passes usedforsecurity=False (non-security) or that verification rejects a known MD5 collision pair (security).',
      knownProblems:
        'Severity depends on context names: high when the digest feeds a password/token/signature-named value, low with an autofix adding usedforsecurity=False when names say checksum/etag/cache/fingerprint, medium otherwise. The fix is never offered in other contexts: silencing a real security use would hide the bug. Carries Bandit B303 as well as B324: Bandit before 1.7 (and on Python < 3.9) reports `hashlib.md5`/`sha1` under B303, so `# nosec B303` written for it keeps working.',
      references: [
        'https://docs.python.org/3/library/hashlib.html#hashlib.new',
        'https://cwe.mitre.org/data/definitions/328.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b324_hashlib.html',
      ],
    },
  },
  hints: ['hashlib', 'md4', 'sha1'],
  create(ctx) {
    const direct = (call: CallInfo) => {
      if (!call.hasSplat || call.kwarg('usedforsecurity')) check(ctx, call, (call.name ?? '').split('.').pop() ?? '');
    };
    const viaNew = (call: CallInfo) => {
      const name = ctx.staticString(call.argOrKwarg(0, 'name'));
      if (name === undefined || !WEAK.has(name.toLowerCase())) return;
      const positionalFlag = call.arg(2);
      check(ctx, call, name.toLowerCase(), positionalFlag);
    };
    return {
      calls: {
        'hashlib.md4': direct,
        'hashlib.md5': direct,
        'hashlib.sha1': direct,
        'hashlib.sha': direct,
        'hashlib.new': viaNew,
      },
    };
  },
});

function check(ctx: RuleContext, call: CallInfo, algo: string, positionalFlag?: Node): void {
  const flag = call.kwarg('usedforsecurity') ?? positionalFlag;
  if (flag && ctx.truthiness(flag) === false) return;
  const args = call.positional.filter((a) => a.type === 'identifier').map((a) => a.text);
  // A security use is claimed only from what the digest is (its target, keyword, key) or what it hashes (a
  // `password` argument); the enclosing function's name (`authorize_login_password`) says too little.
  const secure = [...localContextNames(call.node), ...args].find(isSecurityName);
  const benign = secure ? undefined : [...contextNames(call.node), ...args].find((n) => NON_SECURITY.test(n));
  const list = call.argumentList;
  const fix =
    benign && !flag && list?.type === 'argument_list'
      ? {
          description: 'Mark the hash as not used for security (usedforsecurity=False).',
          edits: [appendArgument(list, 'usedforsecurity=False', ctx.source)],
        }
      : undefined;
  ctx.report({
    node: call.node,
    messageId: secure ? 'security' : benign ? 'nonSecurity' : 'weak',
    data: { algo: algo.toUpperCase(), context: secure ?? benign ?? '' },
    severity: secure ? 'high' : benign ? 'low' : 'medium',
    // A broken hash is insecure as written unless the names say it is a checksum, etag or cache key.
    evidence: benign ? 'pattern' : 'config',
    ...(fix ? { fix } : {}),
  });
}
