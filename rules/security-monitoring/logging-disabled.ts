// logging-disabled: application code that turns logging off (logging.disable, logger.disabled = True).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const LEVELS: Record<string, number> = {
  'logging.CRITICAL': 50,
  'logging.FATAL': 50,
  'logging.ERROR': 40,
  'logging.WARNING': 30,
  'logging.WARN': 30,
  'logging.INFO': 20,
  'logging.DEBUG': 10,
  'logging.NOTSET': 0,
};

export default defineRule({
  meta: {
    id: 'logging-disabled',
    title: 'Logging switched off in application code',
    category: 'security-monitoring',
    cwe: ['CWE-778', 'CWE-223'],
    owasp: { '2021': ['A09:2021'], '2025': ['A09:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'compliance',
    timeline: '30-days',
    aliases: {},
    messages: {
      disable:
        '`logging.disable({{level}})` drops every log record up to {{level}}, including security events and errors.',
      disabled: '`{{target}}` is set to True, so this logger drops every record, security events included.',
    },
    docs: {
      whatItDoes:
        'Outside test files, flags `logging.disable()` at WARNING level or above (no argument means CRITICAL) and `logger.disabled = True`.',
      whyBad:
        'Logging is where authentication failures, permission denials and errors are recorded. Turning it off process-wide, often to silence a noisy library, also blinds monitoring and incident response.',
      businessImpact:
        'Attacks go undetected and cannot be reconstructed; audit and compliance requirements (PCI DSS 10, SOC 2) are not met.',
      attackScenario:
        'A module calls `logging.disable(logging.CRITICAL)` at import time to hide deprecation noise; months of brute-force login attempts leave no trace.',
      example: 'logging.disable(logging.CRITICAL)',
      useInstead: 'logging.getLogger("noisy.library").setLevel(logging.WARNING)  # quiet one library, keep the rest',
      testing: 'Trigger a failed login in an integration test and assert the security log contains the event.',
      knownProblems: 'Test files are skipped. Levels computed at run time are not evaluated.',
      references: [
        'https://docs.python.org/3/library/logging.html#logging.disable',
        'https://cwe.mitre.org/data/definitions/778.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['disable'],
  create(ctx) {
    if (ctx.file.isTest) return {};
    const disable = (call: CallInfo) => {
      const arg = call.argOrKwarg(0, 'level');
      const constant = ctx.staticValue(arg);
      const level = !arg ? 50 : typeof constant === 'number' ? constant : LEVELS[ctx.qualifiedName(arg) ?? ''];
      if (level === undefined || level < 30) return;
      ctx.report({
        node: call.node,
        messageId: 'disable',
        data: { level: arg?.text ?? 'CRITICAL' },
        ...(level < 40 ? { severity: 'low' as const } : {}),
      });
    };
    const visitor = { calls: { 'logging.disable': disable } };
    if (!ctx.source.includes('.disabled')) return visitor;
    return {
      ...visitor,
      nodes: {
        assignment(node) {
          const left = node.childForFieldName('left');
          if (left?.type !== 'attribute' || left.childForFieldName('attribute')?.text !== 'disabled') return;
          if (!/log/i.test(left.childForFieldName('object')?.text ?? '')) return;
          if (ctx.truthiness(node.childForFieldName('right')) === true)
            ctx.report({ node, messageId: 'disabled', data: { target: left.text } });
        },
      },
    };
  },
});
