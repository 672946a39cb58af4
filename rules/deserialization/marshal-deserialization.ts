// marshal-deserialization: marshal.load/loads on data that may not be trusted (Bandit B302, Ruff S302).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'marshal-deserialization',
    title: 'Data loaded with marshal',
    category: 'deserialization',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B302'], ruff: ['S302'] },
    messages: {
      load: "`{{fn}}` reads the interpreter's internal format, which is unsafe for data you did not write yourself.",
    },
    docs: {
      whatItDoes: 'Flags `marshal.load` and `marshal.loads`.',
      whyBad:
        'The marshal format is not secured against malicious data: it can build code objects, and crafted input crashes the interpreter. It is meant for `.pyc` files only.',
      businessImpact:
        'Crashes (denial of service) and, combined with `exec` of the loaded code objects, code execution.',
      attackScenario:
        'A plugin cache stores marshalled code objects in a shared directory; an attacker replaces one and the next start-up runs their bytecode.',
      example: 'code = marshal.loads(blob)',
      useInstead: 'data = json.loads(blob)  # for data; ship code as reviewed source instead of marshalled objects',
      testing:
        'Feed truncated and crafted marshal bytes and assert they are rejected before `marshal.loads` is reached.',
      references: ['https://docs.python.org/3/library/marshal.html', 'https://cwe.mitre.org/data/definitions/502.html'],
    },
  },
  hints: ['marshal'],
  create(ctx) {
    const check = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'load', data: { fn: call.name ?? 'marshal.loads' } });
    return { calls: { 'marshal.load': check, 'marshal.loads': check } };
  },
});
