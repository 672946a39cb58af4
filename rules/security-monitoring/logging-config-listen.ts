// logging-config-listen: logging.config.listen() without a verify callback (Bandit B612, Ruff S612).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'logging-config-listen',
    title: 'logging.config.listen() accepts unverified configuration',
    category: 'security-monitoring',
    cwe: ['CWE-94', 'CWE-306'],
    owasp: { '2021': ['A08:2021', 'A09:2021'], '2025': ['A08:2025', 'A09:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B612'], ruff: ['S612'] },
    messages: {
      listen:
        '`logging.config.listen()` without verify= applies any configuration sent to its socket, which can run code.',
    },
    docs: {
      whatItDoes: 'Flags `logging.config.listen(...)` calls that do not pass a `verify` callable.',
      whyBad:
        'The listener accepts logging configuration from anyone who can reach the port. The configuration is passed to `dictConfig`/`fileConfig`, which import and call arbitrary objects (`()` factories), so a sent config runs code; it can also silence or redirect security logs.',
      businessImpact: 'Code execution in the process and loss of audit logging.',
      attackScenario:
        'An attacker on the same network (or host) connects to port 9030 and sends a dictConfig whose handler factory is `os.system` with a command; the next logging reconfiguration runs it.',
      example: 't = logging.config.listen(9999)',
      useInstead:
        't = logging.config.listen(9999, verify=check_signature)  # reject configs that are not signed by you',
      testing:
        'Send an unsigned configuration to the port and assert it is rejected and the logging setup is unchanged.',
      knownProblems: 'A verify callable that accepts everything is not detected.',
      references: [
        'https://docs.python.org/3/library/logging.config.html#logging.config.listen',
        'https://cwe.mitre.org/data/definitions/94.html',
        'https://bandit.readthedocs.io/en/latest/blacklists/blacklist_calls.html#b612-logging-config-listen',
      ],
    },
  },
  hints: ['logging'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (call.kwarg('verify') || call.positional.length >= 2 || call.hasSplat) return;
      ctx.report({ node: call.node, messageId: 'listen' });
    };
    return { calls: { 'logging.config.listen': check } };
  },
});
