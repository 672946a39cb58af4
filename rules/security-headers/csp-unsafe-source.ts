// csp-unsafe-source: a Content-Security-Policy that allows inline script, eval or any origin.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { StaticValue } from '../../src/analysis/python/literals.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { headerWrites } from '../../src/analysis/python/header-writes.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

/** Directives whose weakening matters: where scripts, objects and the fallback come from. */
const SCRIPT_DIRECTIVES =
  /^(default-src|script-src|script-src-elem|script-src-attr|object-src|csp_default_src|csp_script_src|csp_object_src)$/i;
const UNSAFE = /'unsafe-inline'|'unsafe-eval'|(^|\s)\*(\s|;|$)|(^|\s)(data|http|https):(\s|;|$)/i;
const DJANGO_CSP = ['CSP_DEFAULT_SRC', 'CSP_SCRIPT_SRC', 'CSP_OBJECT_SRC', 'CONTENT_SECURITY_POLICY'];

export default defineRule({
  meta: {
    id: 'csp-unsafe-source',
    title: 'Content-Security-Policy allows unsafe script sources',
    category: 'security-headers',
    cwe: ['CWE-693', 'CWE-79'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['flask-talisman', 'django-csp', 'flask', 'django'],
    aliases: {},
    messages: {
      unsafe:
        'The Content-Security-Policy allows {{source}} for scripts, which lets injected scripts run; the policy no longer stops XSS.',
    },
    docs: {
      whatItDoes:
        "Flags Content-Security-Policy values set as a header, through flask-talisman's `content_security_policy`, or in django-csp settings, when `default-src`, `script-src` or `object-src` contain `'unsafe-inline'`, `'unsafe-eval'`, `*`, or a bare scheme (`https:`, `data:`).",
      whyBad:
        'CSP is the second line of defence against XSS. `unsafe-inline` lets injected `<script>` blocks and `onerror=` handlers run; `*` or `https:` lets scripts load from any attacker-controlled host.',
      businessImpact: 'XSS bugs stay fully exploitable despite the policy: session theft and actions as the user.',
      attackScenario:
        "An HTML-injection bug lets the attacker add `<img src=x onerror=...>`; with `script-src 'self' 'unsafe-inline'` the handler runs.",
      example: "resp.headers[\"Content-Security-Policy\"] = \"default-src 'self'; script-src 'self' 'unsafe-inline'\"",
      useInstead:
        "resp.headers[\"Content-Security-Policy\"] = f\"default-src 'self'; script-src 'self' 'nonce-{nonce}'\"",
      testing:
        'Inject an inline `<script>` in a test page and assert the browser console shows a CSP violation; evaluate the policy with a CSP evaluator.',
      knownProblems:
        "`style-src 'unsafe-inline'` is not reported (lower risk). Policies built at run time are not evaluated.",
      references: [
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP',
        'https://cheatsheetseries.owasp.org/cheatsheets/Content_Security_Policy_Cheat_Sheet.html',
        'https://csp-evaluator.withgoogle.com/',
        'https://cwe.mitre.org/data/definitions/693.html',
      ],
    },
  },
  requires: [[{ anyCase: 'content-security-policy' }, { anyCase: 'content_security_policy' }, { anyCase: 'csp_' }]],
  create(ctx) {
    const check = (node: Node, value: StaticValue) => {
      const source = unsafeSource(value);
      if (source) ctx.report({ node, messageId: 'unsafe', data: { source } });
    };
    const headers = headerWrites(ctx, ['Content-Security-Policy'], (w) => check(w.node, ctx.staticValue(w.value)));
    const settings = settingWrites(ctx, DJANGO_CSP, { settings: true }, (w) =>
      check(w.node, settingValue(w.key, ctx.staticValue(w.value))),
    );
    const talisman = (call: CallInfo) => {
      const policy = call.kwarg('content_security_policy');
      if (policy) check(call.node, ctx.staticValue(policy));
    };
    return {
      nodes: { ...headers.nodes, ...settings.nodes },
      calls: { ...headers.calls, 'flask_talisman.Talisman': talisman, 'flask_talisman.talisman.Talisman': talisman },
    };
  },
});

/** django-csp 3 (`CSP_SCRIPT_SRC = (...)`) and 4 (`CONTENT_SECURITY_POLICY = {"DIRECTIVES": {...}}`). */
function settingValue(key: string, value: StaticValue): StaticValue {
  if (key !== 'CONTENT_SECURITY_POLICY') return new Map([[key, value]]);
  return value instanceof Map ? value.get('DIRECTIVES') : undefined;
}

/** The first unsafe source of a policy string or a {directive: sources} mapping, if any. */
function unsafeSource(policy: StaticValue): string | undefined {
  if (typeof policy === 'string') {
    for (const directive of policy.split(';')) {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const bad = SCRIPT_DIRECTIVES.test(name) ? sources.find((s) => UNSAFE.test(s)) : undefined;
      if (bad) return bad;
    }
    return undefined;
  }
  if (!(policy instanceof Map)) return undefined;
  for (const [name, sources] of policy) {
    if (!SCRIPT_DIRECTIVES.test(name.replace(/_/g, '-')) && !SCRIPT_DIRECTIVES.test(name)) continue;
    const list = typeof sources === 'string' ? sources.split(/\s+/) : Array.isArray(sources) ? sources : [];
    const bad = list.find((s): s is string => typeof s === 'string' && UNSAFE.test(s));
    if (bad) return bad;
  }
  return undefined;
}
