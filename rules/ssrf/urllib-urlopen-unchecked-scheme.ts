// urllib-urlopen-unchecked-scheme: urllib openers accept file:// and custom schemes (Bandit B310, Ruff S310).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { urlScheme } from '../../src/analysis/python/urls.js';
import { constantPrefix } from '../../src/analysis/python/string-prefix.js';

const LEGACY_OPENERS = /URLopener$/;

const OPENERS = [
  'urllib.urlopen',
  'urllib.request.urlopen',
  'urllib.urlretrieve',
  'urllib.request.urlretrieve',
  'urllib.URLopener',
  'urllib.request.URLopener',
  'urllib.FancyURLopener',
  'urllib.request.FancyURLopener',
  'urllib2.urlopen',
  'urllib2.Request',
  'urllib.request.Request',
  'six.moves.urllib.request.urlopen',
  'six.moves.urllib.request.urlretrieve',
  'six.moves.urllib.request.URLopener',
  'six.moves.urllib.request.FancyURLopener',
];

export default defineRule({
  meta: {
    id: 'urllib-urlopen-unchecked-scheme',
    title: 'urllib opener used with an unchecked URL scheme',
    category: 'ssrf',
    cwe: ['CWE-918', 'CWE-22'],
    owasp: { '2021': ['A10:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['urllib'],
    aliases: { bandit: ['B310'], ruff: ['S310'] },
    messages: {
      computed:
        '`{{fn}}` opens a computed URL: urllib also follows `file://` and `ftp://`, so check the scheme (allow http/https only) first.',
      badScheme: '`{{fn}}` opens a `{{scheme}}:` URL; urllib reads local files and other protocols as readily as HTTP.',
      legacyOpener:
        '`{{fn}}` builds a legacy opener that follows `file:` URLs; use `urllib.request.urlopen` with a scheme check.',
    },
    docs: {
      whatItDoes:
        'Flags urllib `urlopen`/`urlretrieve`/`Request` calls whose URL is computed or uses a scheme other than http(s), and every legacy `URLopener`/`FancyURLopener`. URLs that are constant, or built on a constant `http://` / `https://` prefix, are not reported (Bandit reports every call).',
      whyBad:
        'urllib handles `file://`, `ftp://` and `data:` as well as HTTP; a user-influenced URL can read local files (`file:///etc/passwd`) or reach internal services.',
      businessImpact: 'Local file disclosure (keys, configs) and server-side request forgery into internal networks.',
      attackScenario:
        'A "fetch avatar from URL" feature passes the user\'s URL to `urlopen`; the attacker submits `file:///proc/self/environ` and the response contains the service\'s secrets.',
      example: 'data = urllib.request.urlopen(user_url).read()',
      useInstead:
        'if urllib.parse.urlsplit(user_url).scheme not in ("http", "https"):\n    raise ValueError("unsupported scheme")\ndata = urllib.request.urlopen(user_url, timeout=10).read()',
      testing: 'Call the feature with `file:///etc/hostname` and `ftp://` URLs and assert both are rejected.',
      knownProblems:
        'A scheme check earlier in the function is not recognised; suppress with a reason once it is in place.',
      references: [
        'https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen',
        'https://cwe.mitre.org/data/definitions/918.html',
      ],
    },
  },
  hints: ['Request', 'URLopener', 'urllib2', 'urlopen', 'urlretrieve'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.name ?? 'urlopen';
      if (LEGACY_OPENERS.test(fn)) {
        ctx.report({ node: call.node, messageId: 'legacyOpener', data: { fn } });
        return;
      }
      const url = call.argOrKwarg(0, 'url');
      if (!url) return;
      const value = ctx.staticString(url);
      if (value === undefined) {
        // The scheme is fixed when the URL starts with a literal "http(s)://": only the rest is computed.
        const scheme = urlScheme(constantPrefix(url) ?? '');
        if (scheme !== 'http' && scheme !== 'https')
          ctx.report({ node: call.node, messageId: 'computed', data: { fn } });
        return;
      }
      const scheme = urlScheme(value);
      if (scheme !== 'http' && scheme !== 'https')
        ctx.report({
          node: call.node,
          messageId: 'badScheme',
          data: { fn, scheme: scheme ?? 'relative' },
          confidence: 'high',
        });
    };
    return { calls: Object.fromEntries(OPENERS.map((n) => [n, check])) };
  },
});
