// ssrf-dangerous-url-scheme: file://, gopher://, dict:// … URLs handed to server-side fetchers.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { URL_FETCHERS } from '../../src/analysis/python/http-fetchers.js';
import { DANGEROUS_SCHEMES, urlScheme } from '../../src/analysis/python/urls.js';

export const QUICK = new RegExp(`(${DANGEROUS_SCHEMES.join('|')}):/`, 'i');

export default defineRule({
  meta: {
    id: 'ssrf-dangerous-url-scheme',
    title: 'Non-HTTP URL scheme passed to a server-side fetcher',
    category: 'ssrf',
    cwe: ['CWE-918', 'CWE-73'],
    owasp: { '2021': ['A10:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['requests', 'httpx', 'urllib', 'pycurl'],
    aliases: {},
    messages: {
      scheme:
        '`{{fn}}` is given a `{{scheme}}://` URL: fetchers that honour it read local files or smuggle raw TCP to internal services.',
    },
    docs: {
      whatItDoes:
        'Flags URL fetcher calls (requests, httpx, urllib, aiohttp, pycurl `setopt(URL, …)`) whose URL starts with file, gopher, dict, ftp, jar, netdoc, ldap or tftp — including f-strings whose constant prefix carries the scheme.',
      whyBad:
        'These schemes turn an HTTP fetch into local file reads (file://) or arbitrary TCP payloads (gopher://, dict://) against Redis, memcached or SMTP on the internal network.',
      businessImpact:
        'Local secrets are read, internal services are driven by an attacker (e.g. Redis `CONFIG SET` leading to code execution).',
      attackScenario:
        'A webhook tester builds `f"gopher://{host}:{port}/_{payload}"` for a "raw TCP" mode; an attacker targets `127.0.0.1:6379` and writes a cron job through Redis.',
      example: 'urllib.request.urlopen(f"file://{path}")',
      useInstead:
        'Read local files with open() on a validated path; restrict fetchers to http/https and validate the host.',
      testing: 'Assert the fetch helper rejects file://, gopher:// and dict:// URLs with an error before any I/O.',
      references: [
        'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html',
        'https://cwe.mitre.org/data/definitions/918.html',
      ],
    },
  },
  hints: ['Request', 'aiohttp', 'httpx', 'requests', 'setopt', 'urllib2', 'urllib3', 'urlopen', 'urlretrieve'],
  requires: [DANGEROUS_SCHEMES.map((scheme) => ({ anyCase: `${scheme}:/` }))],
  create(ctx) {
    if (!QUICK.test(ctx.source)) return {};
    const check = (call: CallInfo, index: number) => {
      const url = call.kwarg('url') ?? call.arg(index);
      const scheme = url ? schemeOf(ctx.source.slice(url.startIndex, url.endIndex), ctx.staticString(url)) : undefined;
      if (scheme && DANGEROUS_SCHEMES.includes(scheme))
        ctx.report({ node: call.node, messageId: 'scheme', data: { fn: call.name ?? 'fetch', scheme } });
    };
    const calls: Record<string, (call: CallInfo) => void> = {};
    for (const [name, index] of Object.entries(URL_FETCHERS)) calls[name] = (call) => check(call, index);
    calls['*.setopt'] = (call) => {
      if (/(^|\.)URL$/.test(call.arg(0)?.text ?? '')) check(call, 1);
    };
    return { calls };
  },
});

/** The scheme of a URL that is fully static, or of the constant prefix of an f-string / concatenation. */
function schemeOf(text: string, value: string | undefined): string | undefined {
  if (value !== undefined) return urlScheme(value);
  const prefix = /^[fFrRuU]{0,2}["']{1,3}([a-zA-Z][\w+.-]*):\/\//.exec(text);
  return prefix?.[1]?.toLowerCase();
}
