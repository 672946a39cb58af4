// logging-sensitive-data: passwords, tokens and keys written to logs (CWE-532).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isSensitiveName, SECRET_LABEL } from '../../src/analysis/python/secret-names.js';

const LOG_METHODS = ['debug', 'info', 'warning', 'warn', 'error', 'critical', 'exception', 'fatal', 'log'];
const LOGGER = /(^|\.)(logging|_*log|_*logger|[a-z_]*_log|[a-z_]*_logger|log[a-z_]*)$/i;
/** Calls that make a value safe (or harmless) to log. */
const NEUTRALISING =
  /^(len|bool|type|id|hash|isinstance|mask\w*|redact\w*|hide\w*|obfuscate\w*|sanitize\w*|scrub\w*|\w*\.hexdigest|\w*\.sha256)$/;

export default defineRule({
  meta: {
    id: 'logging-sensitive-data',
    title: 'Secret or credential written to a log',
    category: 'error-handling-logging',
    cwe: ['CWE-532', 'CWE-312'],
    owasp: { '2021': ['A09:2021', 'A02:2021'], '2025': ['A09:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: {},
    messages: {
      sensitive: '`{{fn}}` logs `{{value}}`, which looks like a secret; logs are copied to many systems and people.',
    },
    docs: {
      whatItDoes:
        'Flags logging calls (`logging.info`, `logger.debug`, `self.log.error`, …) whose arguments reference a variable or attribute named like a password, token, API key or other credential, or fill a placeholder labelled `password=`/`token:`.',
      whyBad:
        'Logs are shipped to aggregators, kept for months, shared with vendors and readable by far more people than the credential store. A secret in a log is a leaked secret.',
      businessImpact:
        'Credential exposure to insiders and to anyone who breaches the logging pipeline; compliance violations (PCI DSS 3.3, GDPR).',
      attackScenario:
        'A debug line logs `"login %s %s", username, password`; an attacker with read access to the log index (or a leaked S3 export) harvests thousands of passwords.',
      example: 'logger.info("login attempt user=%s password=%s", username, password)',
      useInstead: 'logger.info("login attempt user=%s", username)',
      testing:
        'Capture logs in a test (`caplog`) while exercising login and token flows; assert no secret value appears.',
      knownProblems:
        'Names are a heuristic: a variable called `token` in a parser is reported too; values passed through len(), mask or redact helpers are not.',
      references: [
        'https://cwe.mitre.org/data/definitions/532.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude',
        'https://docs.python.org/3/howto/logging.html',
      ],
    },
  },
  hints: ['critical', 'debug', 'error', 'exception', 'fatal', 'info', 'log', 'warn'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const receiver = call.receiver;
      if (!receiver || !LOGGER.test(ctx.qualifiedName(receiver) ?? receiver.text)) return;
      for (const arg of [...call.positional, ...call.keywords.values()]) {
        const secret = sensitiveReference(arg);
        if (!secret) continue;
        ctx.report({ node: call.node, messageId: 'sensitive', data: { fn: call.callee.text, value: secret } });
        return;
      }
    };
    return { calls: Object.fromEntries(LOG_METHODS.map((m) => [`*.${m}`, check])) };
  },
});

/** A secret-looking name referenced directly (not through len(), mask() …), or a labelled placeholder. */
function sensitiveReference(arg: Node): string | undefined {
  if (arg.type === 'identifier' || arg.type === 'attribute')
    return isSensitiveName(arg.text.split('.').pop() ?? '') ? arg.text : undefined;
  if (arg.type === 'string') return labelledInterpolation(arg);
  if (
    arg.type === 'binary_operator' ||
    arg.type === 'tuple' ||
    arg.type === 'parenthesized_expression' ||
    arg.type === 'concatenated_string'
  ) {
    for (const part of arg.namedChildren) {
      const found = part ? sensitiveReference(part) : undefined;
      if (found) return found;
    }
    if (arg.type === 'binary_operator') return labelledPercent(arg);
    return undefined;
  }
  if (arg.type === 'call') {
    const fn = arg.childForFieldName('function')?.text ?? '';
    if (NEUTRALISING.test(fn)) return undefined;
    if (fn === 'str' || fn === 'repr' || fn.endsWith('.format')) {
      for (const inner of arg.childForFieldName('arguments')?.namedChildren ?? []) {
        const value = inner?.type === 'keyword_argument' ? inner.childForFieldName('value') : inner;
        const found = value ? sensitiveReference(value) : undefined;
        if (found) return found;
      }
      return fn.endsWith('.format')
        ? sensitiveReference(arg.childForFieldName('function')?.childForFieldName('object') ?? arg)
        : undefined;
    }
  }
  return undefined;
}

/** f-strings: `{password}`, or any `{x}` right after "password=". */
function labelledInterpolation(literal: Node): string | undefined {
  let before = '';
  for (const part of literal.namedChildren) {
    if (!part) continue;
    if (part.type === 'string_content') before += part.text;
    else if (part.type === 'interpolation') {
      const expression = part.childForFieldName('expression');
      const found = expression ? sensitiveReference(expression) : undefined;
      if (found) return found;
      if (SECRET_LABEL.test(before) && expression) return expression.text;
      before = '';
    }
  }
  return undefined;
}

/** `"password=%s" % pw`. */
function labelledPercent(operation: Node): string | undefined {
  const left = operation.childForFieldName('left');
  const right = operation.childForFieldName('right');
  if (operation.childForFieldName('operator')?.type !== '%' || left?.type !== 'string' || !right) return undefined;
  return /(password|passwd|pwd|secret|token|api[_ -]?key)\s*[:=]\s*%[sr]/i.test(left.text) ? right.text : undefined;
}
