// talisman-disabled: flask-talisman with its HTTPS, HSTS, CSP or cookie protections switched off.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** Options that turn a protection off when false/None, with what is lost. */
const PROTECTIONS: Record<string, string> = {
  force_https: 'HTTPS redirect',
  strict_transport_security: 'HSTS',
  content_security_policy: 'Content-Security-Policy',
  session_cookie_secure: 'Secure session cookie',
  session_cookie_http_only: 'HttpOnly session cookie',
  frame_options: 'X-Frame-Options',
};

export default defineRule({
  meta: {
    id: 'talisman-disabled',
    title: 'flask-talisman protections switched off',
    category: 'security-headers',
    cwe: ['CWE-693', 'CWE-319'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['flask-talisman'],
    aliases: {},
    messages: {
      disabled:
        '`{{fn}}` switches off {{lost}}; Talisman is installed but no longer protects against what it was added for.',
    },
    docs: {
      whatItDoes:
        'Flags `Talisman(app, ...)` calls that set `force_https`, `strict_transport_security`, `session_cookie_secure` or `session_cookie_http_only` to false, or `content_security_policy`/`frame_options` to None/False.',
      whyBad:
        'Each option removes one header or redirect: plain-HTTP access, no HSTS, no CSP, cookies without Secure/HttpOnly, frameable pages. Teams often switch them off to fix a local problem and ship it.',
      businessImpact: 'Session theft over HTTP, XSS and clickjacking that the headers were meant to blunt.',
      attackScenario:
        'With `force_https=False` and no HSTS, an attacker on public Wi-Fi downgrades the site to HTTP and reads the session cookie.',
      example: 'Talisman(app, force_https=False, content_security_policy=None)',
      useInstead: 'Talisman(app, content_security_policy={"default-src": "\'self\'"})  # HTTPS and HSTS stay on',
      testing: 'Request the app over HTTP and assert a redirect; assert HSTS and CSP headers on HTTPS responses.',
      knownProblems:
        'Options read from configuration are not evaluated; development-only app factories are reported too.',
      references: [
        'https://github.com/wntrblm/flask-talisman#options',
        'https://cwe.mitre.org/data/definitions/693.html',
      ],
    },
  },
  hints: ['flask_talisman'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const lost = Object.entries(PROTECTIONS)
        .filter(([option]) => {
          const v = call.kwarg(option);
          return v !== undefined && ctx.truthiness(v) === false;
        })
        .map(([, what]) => what);
      if (lost.length)
        ctx.report({ node: call.node, messageId: 'disabled', data: { fn: call.callee.text, lost: lost.join(', ') } });
    };
    return { calls: { 'flask_talisman.Talisman': check, 'flask_talisman.talisman.Talisman': check } };
  },
});
