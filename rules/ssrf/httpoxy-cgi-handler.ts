// httpoxy-cgi-handler: CGI handlers expose the Proxy header as HTTP_PROXY (httpoxy; Bandit B412, Ruff S412).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { importedModules } from '../../src/analysis/python/imported-modules.js';

const CGI = ['wsgiref.handlers.CGIHandler', 'twisted.web.twcgi.CGIScript', 'twisted.web.twcgi.CGIDirectory'];

export default defineRule({
  meta: {
    id: 'httpoxy-cgi-handler',
    title: 'CGI handler vulnerable to httpoxy',
    category: 'ssrf',
    cwe: ['CWE-918', 'CWE-601'],
    owasp: { '2021': ['A10:2021', 'A05:2021'], '2025': ['A01:2025', 'A02:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['wsgiref', 'twisted'],
    aliases: { bandit: ['B412'], ruff: ['S412'] },
    messages: {
      cgi: "`{{name}}` runs the app as CGI, where a client's `Proxy:` header becomes `HTTP_PROXY` and redirects outbound HTTP (httpoxy).",
    },
    docs: {
      whatItDoes: "Flags imports and calls of `wsgiref.handlers.CGIHandler` and twisted's `CGIScript`/`CGIDirectory`.",
      whyBad:
        "Under CGI, request headers become environment variables. `Proxy: evil:8080` turns into `HTTP_PROXY`, which requests/urllib honour for the app's own outbound calls.",
      businessImpact: "Outbound API calls, with their credentials, are routed through the attacker's proxy.",
      attackScenario:
        "The attacker sends `Proxy: attacker.example:8080` to the CGI app; its call to the payment API goes through the attacker's proxy, exposing the API key.",
      example: 'wsgiref.handlers.CGIHandler().run(app)',
      useInstead:
        'Serve the WSGI app with a real server (gunicorn, uWSGI, waitress), or strip HTTP_PROXY from os.environ before handling the request.',
      testing: 'Send a request with `Proxy: 127.0.0.1:9` and assert outbound calls do not go to that address.',
      references: [
        'https://httpoxy.org/',
        'https://docs.python.org/3/library/wsgiref.html#wsgiref.handlers.CGIHandler',
      ],
    },
  },
  hints: ['CGIHandler', 'twcgi'],
  requires: [['CGIHandler', 'twcgi']],
  create(ctx) {
    if (!/CGIHandler|twcgi/.test(ctx.source)) return {};
    const imported = (statement: Node) => {
      const name = importedModules(statement).find((n) => CGI.some((c) => n.startsWith(c)));
      if (name) ctx.report({ node: statement, messageId: 'cgi', data: { name } });
    };
    const called = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'cgi', data: { name: call.name ?? 'CGIHandler' } });
    return {
      nodes: { import_statement: imported, import_from_statement: imported },
      calls: Object.fromEntries(CGI.map((n) => [n, called])),
    };
  },
});
