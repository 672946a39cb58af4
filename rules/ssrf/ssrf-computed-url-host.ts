// ssrf-computed-url-host: outbound requests whose host part is built from run-time values.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { URL_FETCHERS } from '../../src/analysis/python/http-fetchers.js';
import { constantPrefix } from '../../src/analysis/python/string-prefix.js';

export default defineRule({
  meta: {
    id: 'ssrf-computed-url-host',
    title: 'Outbound request to a URL whose host is computed',
    category: 'ssrf',
    cwe: ['CWE-918'],
    owasp: { '2021': ['A10:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'low',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['requests', 'httpx', 'urllib'],
    aliases: {},
    messages: {
      computedHost:
        '`{{fn}}` fetches a URL whose host is filled in at run time; if any part comes from a request, validate it against an allow-list (SSRF).',
    },
    docs: {
      whatItDoes:
        'Flags fetcher calls whose URL is an f-string, concatenation, `%` or `.format` template with a constant scheme but a computed host (`f"http://{host}/x"`). Fully computed URLs are left to the data-flow analysis.',
      whyBad:
        'If the host comes from user input, the server can be made to call internal services, the metadata endpoint or arbitrary hosts with its own network position and credentials.',
      businessImpact: 'Access to internal admin APIs, cloud credentials and data behind the firewall.',
      attackScenario:
        'An image proxy builds `f"http://{request.args[\'cdn\']}/img/{id}"`; the attacker passes `169.254.169.254/latest/meta-data/iam/security-credentials/x#` and reads the role keys.',
      example: 'requests.get(f"http://{tenant_host}/api/status", timeout=5)',
      useInstead:
        'host = ALLOWED_TENANT_HOSTS[tenant_id]  # look the host up, never accept it\nrequests.get(f"https://{host}/api/status", timeout=5)',
      testing:
        'Call the code with hosts 127.0.0.1, 169.254.169.254 and an external domain; assert all are rejected unless on the allow-list.',
      knownProblems:
        'Low confidence: hosts from configuration are reported too. Where the data-flow rules run they give a precise result for user input.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/918.html',
      ],
    },
  },
  hints: ['Request', 'aiohttp', 'httpx', 'requests', 'urllib2', 'urllib3', 'urlopen', 'urlretrieve'],
  requires: [['://']],
  create(ctx) {
    if (!/:\/\/\{|:\/\/%s|:\/\/["']\s*\+/.test(ctx.source)) return {}; // a scheme followed by a placeholder
    const check = (call: CallInfo, index: number) => {
      const url = call.kwarg('url') ?? call.arg(index);
      if (!url || ctx.staticString(url) !== undefined) return;
      const prefix = constantPrefix(url);
      if (prefix !== undefined && /^[a-z][\w+.-]*:\/\/[^/?#]*$/i.test(prefix)) {
        ctx.report({ node: call.node, messageId: 'computedHost', data: { fn: call.name ?? 'fetch' } });
      }
    };
    const calls: Record<string, (call: CallInfo) => void> = {};
    for (const [name, index] of Object.entries(URL_FETCHERS)) calls[name] = (call) => check(call, index);
    return { calls };
  },
});
