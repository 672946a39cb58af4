// non-constant-time-compare: `==`/`!=` on signatures, MACs, digests and auth tokens leaks timing (CWE-208).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import { nameWords } from '../../src/analysis/python/secret-names.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

// The secret word must end the name: `signature_version`, `digest_size`, `password_policy` hold no secret.
const SECRET_WORD =
  /^(signature|signatures|sig|hmac|mac|secret|password|passwd|pwd|apikey|csrf|xsrf|otp|totp|hotp|passcode|pin)$/;
// Plain digests are integrity checks (image, file, content digests): only a MAC's digest is a secret.
const MAC_RECEIVER = /hmac|mac\b|sign/i;
const TOKEN_QUALIFIER =
  /^(csrf|xsrf|auth|access|api|reset|session|refresh|bearer|verification|verify|secret|invite|confirmation|confirm|activation|unsubscribe|webhook)$/;
const COMPARE_HINT = /signature|hmac|mac\b|digest|secret|passw|pwd|apikey|csrf|xsrf|otp|passcode|pin\b|token/i;
const LITERAL = new Set([
  'string',
  'concatenated_string',
  'integer',
  'float',
  'none',
  'true',
  'false',
  'list',
  'tuple',
  'dictionary',
  'set',
]);

export default defineRule({
  meta: {
    id: 'non-constant-time-compare',
    title: 'Secret compared with == instead of a constant-time comparison',
    category: 'cryptography',
    cwe: ['CWE-208', 'CWE-203'],
    owasp: { '2021': ['A02:2021'], '2025': ['A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: {},
    fixable: true,
    messages: {
      timing:
        '`{{name}}` is compared with `{{op}}`, which returns at the first differing byte; use hmac.compare_digest().',
    },
    docs: {
      whatItDoes:
        'Flags `==`/`!=` between two computed values when one of them is named (last word) like a signature, MAC, password, OTP or an auth/CSRF/reset token, or is the `digest()`/`hexdigest()` of an HMAC.',
      whyBad:
        'String equality stops at the first mismatching character, so response time reveals how many leading characters of a guess are right; the secret can be recovered byte by byte.',
      businessImpact:
        'Forged webhook signatures, API request signatures or reset tokens, leading to unauthorised actions.',
      attackScenario:
        'A webhook endpoint checks `if request.headers["X-Signature"] == expected:`; the attacker measures response times over many requests and learns the expected HMAC one byte at a time.',
      example: 'if hmac.new(key, body, "sha256").hexdigest() == signature:\n    process(body)',
      useInstead: 'if hmac.compare_digest(hmac.new(key, body, "sha256").hexdigest(), signature):\n    process(body)',
      testing:
        'Unit-test that the comparison calls hmac.compare_digest (or secrets.compare_digest), and that both arguments have the same type (both str or both bytes).',
      knownProblems:
        'Comparisons inside `__eq__`/`__ne__` are object equality and are skipped. Plain digests (file, image, content checksums) are integrity checks and are not reported; enum members (`Status.FORCE_CHANGE_PASSWORD`) are ignored. Test files, comparisons of two equally named operands (`self.signature == other.signature`) and confirmation checks (`password != confirm`) are skipped. A bare `token` name is not enough (tokenizers compare tokens all the time): it must be qualified (csrf_token, reset_token, auth_token …). The autofix is offered only when `hmac` or `compare_digest` is already imported; compare_digest needs both operands to be bytes or ASCII str.',
      references: [
        'https://docs.python.org/3/library/hmac.html#hmac.compare_digest',
        'https://cwe.mitre.org/data/definitions/208.html',
      ],
    },
  },
  hints: ['==', '!='],
  create(ctx) {
    if (ctx.file.isTest || !COMPARE_HINT.test(ctx.source)) return {}; // most files name no secret at all
    const compareDigest = importedCompareDigest(ctx.source);
    return {
      nodes: {
        comparison_operator(node) {
          if (ctx.file.isTest || node.namedChildCount !== 2) return;
          const left = node.namedChild(0);
          const right = node.namedChild(1);
          if (!left || !right || LITERAL.has(left.type) || LITERAL.has(right.type)) return;
          const op = node.child(1)?.type;
          if (op !== '==' && op !== '!=') return;
          const names = [left, right].map((n) => operandName(ctx, n));
          if (!names.some((n) => n !== undefined && isSecretOperand(n))) return;
          if (/^__(eq|ne)__$/.test(ctx.scopeOf(node).name)) return; // object equality, not an authentication check
          // `self.signature == other.signature` is structural equality; `password != confirm` checks two inputs.
          if (
            (names[0] === names[1] && left.type === 'attribute' && right.type === 'attribute') ||
            names.some((n) => n && /confirm|repeat|again|retype/i.test(n))
          )
            return;
          const name = names.find((n) => n !== undefined && isSecretOperand(n));
          if (!name) return;
          const fix = compareDigest ? digestFix(node, left, right, op, compareDigest) : undefined;
          ctx.report({ node, messageId: 'timing', data: { name, op }, ...(fix ? { fix } : {}) });
        },
      },
    };
  },
});

/** The name that says what an operand holds: `sig`, `self.signature`, `headers["X-Signature"]`, `h.hexdigest()`. */
function operandName(ctx: RuleContext, node: Node): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') {
    const attribute = node.childForFieldName('attribute')?.text;
    return attribute && /^[A-Z0-9_]+$/.test(attribute) ? undefined : attribute; // Status.FORCE_CHANGE_PASSWORD: an enum member
  }
  if (node.type === 'subscript') {
    const key = node.childForFieldName('subscript');
    return key?.type === 'string' ? key.text.replace(/^[a-z]*['"]+|['"]+$/gi, '') : undefined;
  }
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (!callee || ctx.qualifiedName(callee) === 'inspect.signature') return undefined; // a function signature
    if (ctx.qualifiedName(callee) === 'hmac.digest') return 'hmac';
    const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    if (method === 'digest' || method === 'hexdigest') {
      const receiver = callee.childForFieldName('object');
      return receiver && MAC_RECEIVER.test(receiver.text.slice(0, 200)) ? 'hmac' : undefined;
    }
    return operandName(ctx, callee);
  }
  return undefined;
}

function isSecretOperand(name: string): boolean {
  const words = nameWords(name);
  const last = words.length - 1;
  const w = words[last] ?? '';
  return (
    (SECRET_WORD.test(w) && !(w === 'sig' && words.length === 1)) ||
    (/^tokens?$/.test(w) && last > 0 && TOKEN_QUALIFIER.test(words[last - 1] ?? ''))
  );
}

/** `hmac.compare_digest` / `compare_digest` when the module already imports it, else undefined. */
function importedCompareDigest(source: string): string | undefined {
  if (/^[ \t\f]*import\s+(?:[\w.]+\s*,\s*)*hmac\s*(?:,|$)/m.test(source)) return 'hmac.compare_digest';
  if (/^[ \t\f]*from\s+(hmac|secrets)\s+import\s+(?:[^\s,][^\n,]*,\s*)*compare_digest\b/m.test(source))
    return 'compare_digest';
  return undefined;
}

function digestFix(node: Node, left: Node, right: Node, op: string, fn: string): Fix {
  const call = `${fn}(${left.text}, ${right.text})`;
  const text = op === '!=' ? `not ${call}` : call;
  return { description: `Compare in constant time with ${fn}().`, edits: [replaceNode(node, text)] };
}
