// password-config-option-not-secret: oslo.config options holding passwords without secret=True (Bandit B109).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isSecretName } from '../../src/analysis/python/secret-names.js';
import { appendArgument, replaceNode } from '../../src/analysis/python/fixes.js';

const OPTION_TYPES = ['StrOpt', 'Opt', 'ListOpt', 'DictOpt', 'URIOpt'];
const FUNCTIONS = OPTION_TYPES.flatMap((t) => [`oslo_config.cfg.${t}`, `oslo.config.cfg.${t}`]);

export default defineRule({
  meta: {
    id: 'password-config-option-not-secret',
    title: 'Password configuration option not marked secret',
    category: 'data-protection',
    cwe: ['CWE-532', 'CWE-312'],
    owasp: { '2021': ['A09:2021', 'A02:2021'], '2025': ['A09:2025', 'A04:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['oslo.config'],
    aliases: { bandit: ['B109'] },
    fixable: true,
    messages: {
      missing:
        'Option `{{name}}` holds a secret but is not declared with secret=True; its value is logged at start-up.',
      disabled: 'Option `{{name}}` holds a secret but is declared with secret=False; its value is logged at start-up.',
    },
    docs: {
      whatItDoes:
        'Flags oslo.config option declarations (`cfg.StrOpt("db_password")` …) whose name says password/token/secret and that lack `secret=True`.',
      whyBad:
        'oslo.config logs every option value when services start with debug logging (`log_opt_values`); only options marked secret are masked as `****`.',
      businessImpact:
        'Service passwords land in log files and log aggregation systems readable by far more people than the credentials are meant for.',
      attackScenario:
        'An operator enables debug logging to troubleshoot; the attacker with read access to the central log index searches for `ldap_password` and gets the bind password in clear text.',
      example: 'cfg.StrOpt("ldap_password", help="LDAP bind password")',
      useInstead: 'cfg.StrOpt("ldap_password", secret=True, help="LDAP bind password")',
      testing: 'Start the service with debug logging and assert the option is printed as `****`.',
      knownProblems:
        'Option names that describe rather than hold a secret (`ldap_password_attribute`) are not reported, unlike Bandit. `secret=<variable>` is not reported.',
      references: [
        'https://docs.openstack.org/oslo.config/latest/reference/defining.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b109_password_config_option_not_marked_secret.html',
        'https://cwe.mitre.org/data/definitions/532.html',
      ],
    },
  },
  hints: ['DictOpt', 'ListOpt', 'StrOpt', 'URIOpt', 'oslo'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const name = ctx.staticString(call.argOrKwarg(0, 'name'));
      if (!name || !isSecretName(name)) return;
      const secret = call.kwarg('secret');
      if (secret && ctx.truthiness(secret) !== false) return;
      const list = call.argumentList;
      const edit = secret
        ? replaceNode(secret, 'True')
        : list
          ? appendArgument(list, 'secret=True', ctx.source)
          : undefined;
      ctx.report({
        node: call.node,
        messageId: secret ? 'disabled' : 'missing',
        data: { name },
        ...(edit ? { fix: { description: 'Mark the option secret=True.', edits: [edit] } } : {}),
      });
    };
    return { calls: Object.fromEntries(FUNCTIONS.map((name) => [name, check])) };
  },
});
