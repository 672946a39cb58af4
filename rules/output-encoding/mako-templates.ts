// mako-templates: Mako templates, which escape nothing by default (Bandit B702, Ruff S702).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'mako-templates',
    title: 'Mako template without HTML escaping',
    category: 'output-encoding',
    cwe: ['CWE-79', 'CWE-116'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['mako'],
    aliases: { bandit: ['B702'], ruff: ['S702'] },
    messages: {
      template:
        '`{{fn}}` renders without HTML escaping; pass default_filters=["h"] or escape each expression with `| h`.',
    },
    docs: {
      whatItDoes:
        'Flags `mako.template.Template(...)` and `mako.lookup.TemplateLookup(...)` unless `default_filters` includes the `h` (HTML escape) filter.',
      whyBad:
        'Mako inserts `${value}` as it is. Unless every expression is written `${value | h}` or the escape filter is a default, user data becomes HTML and script.',
      businessImpact:
        "Cross-site scripting in every page the template renders: account takeover, data theft through the victim's session.",
      attackScenario:
        "A search page renders `${query}`; the attacker sends a victim a link with `?q=<script>…</script>` and the script runs under the site's origin.",
      example: 'Template("<p>Hello ${name}</p>").render(name=request.args["name"])',
      useInstead: 'Template("<p>Hello ${name}</p>", default_filters=["h"]).render(name=request.args["name"])',
      testing: 'Render with `name="<b>"` and assert the output contains `&lt;b&gt;`.',
      knownProblems:
        'Templates that escape each expression with `| h` by hand are still reported; suppress them with a reason.',
      references: [
        'https://docs.makotemplates.org/en/latest/filtering.html',
        'https://cwe.mitre.org/data/definitions/79.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b702_use_of_mako_templates.html',
      ],
    },
  },
  hints: ['TemplateLookup', 'mako'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const filters = ctx.staticValue(call.kwarg('default_filters'));
      if (Array.isArray(filters) && filters.some((f) => f === 'h' || f === 'html_escape')) return;
      ctx.report({ node: call.node, messageId: 'template', data: { fn: call.name ?? call.callee.text } });
    };
    return { calls: { 'mako.template.Template': check, 'mako.lookup.TemplateLookup': check } };
  },
});
