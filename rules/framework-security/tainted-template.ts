// tainted-template: follows untrusted input into the source text of `render_template_string`, `jinja2.Template`, `Environment.from_string`, Django and Mako templates (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-template',
  title: 'Untrusted input used as a template',
  category: 'framework-security',
  cwe: ['CWE-1336', 'CWE-94'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'critical',
  riskScore: 9,
  confidence: 'high',
  threat: 'integrity',
  timeline: 'immediate',
  technology: ['flask', 'jinja2', 'django', 'mako'],
  aliases: {},
  taint: { sinks: ['ssti'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) becomes template source in `{{sink}}`; pass it as a template variable instead.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input into the source text of `render_template_string`, `jinja2.Template`, `Environment.from_string`, Django and Mako templates.',
    whyBad:
      'Template syntax evaluates expressions: `{{ ... }}` in the input reaches Python objects and, from there, code execution.',
    businessImpact: 'Remote code execution on the server and disclosure of its configuration and secrets.',
    attackScenario:
      'The attacker submits `{{ cycler.__init__.__globals__.os.popen("id").read() }}` as their display name.',
    example: 'render_template_string("<p>Hello " + name + "</p>")',
    useInstead: 'render_template_string("<p>Hello {{ name }}</p>", name=name)',
    testing: 'Submit `{{7*7}}` and assert the page shows the literal text, not 49.',
    knownProblems: 'A sandboxed Jinja2 environment is still reported.',
    references: [
      'https://cwe.mitre.org/data/definitions/1336.html',
      'https://portswigger.net/web-security/server-side-template-injection',
    ],
  },
});
