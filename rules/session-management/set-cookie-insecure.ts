// set-cookie-insecure: response.set_cookie(...) without secure, httponly or samesite (Flask, Django, Starlette…).
import { defineRule, type TextEdit } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { appendArgument, replaceNode } from '../../src/analysis/python/fixes.js';
import { importsAny } from '../../src/analysis/python/source-hints.js';

const FRAMEWORKS = [
  'flask',
  'quart',
  'django',
  'werkzeug',
  'starlette',
  'fastapi',
  'bottle',
  'aiohttp',
  'falcon',
  'sanic',
];
const SENSITIVE_NAME = /sess|auth|token|jwt|remember|login|csrf|xsrf|sid\b|user|account|refresh|access/i;
const FLAGS: [string, string][] = [
  ['secure', 'True'],
  ['httponly', 'True'],
  ['samesite', '"Lax"'],
];

export default defineRule({
  meta: {
    id: 'set-cookie-insecure',
    title: 'Cookie set without Secure, HttpOnly or SameSite',
    category: 'session-management',
    cwe: ['CWE-614', 'CWE-1004', 'CWE-1275'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['flask', 'django', 'starlette', 'fastapi', 'werkzeug'],
    aliases: {},
    fixable: true,
    messages: {
      missing:
        '`{{fn}}` sets a cookie without {{flags}}; the cookie can leak over HTTP, to scripts, or ride along on cross-site requests.',
    },
    docs: {
      whatItDoes:
        'Flags `.set_cookie(...)` calls in web-framework modules that omit `secure=True`, `httponly=True` or `samesite=...`, or set them to false/None. Cookies whose name looks like a session, token or login cookie are reported with high confidence; cookies with other constant names at low severity.',
      whyBad:
        'Framework defaults for hand-set cookies are insecure: no Secure (sent over HTTP), no HttpOnly (readable by injected scripts), no SameSite (sent on cross-site requests).',
      businessImpact:
        'Session or token theft and cross-site request forgery through cookies the application sets itself.',
      attackScenario:
        'A login handler sets `resp.set_cookie("auth", jwt)`; an XSS bug elsewhere reads `document.cookie` and ships the JWT to the attacker.',
      example: 'resp.set_cookie("session_id", sid)',
      useInstead: 'resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax")',
      testing: 'Assert the `Set-Cookie` header of the response contains `Secure; HttpOnly; SameSite=Lax`.',
      knownProblems:
        'Cookies deliberately read by front-end code (theme, CSRF double-submit) need no HttpOnly; suppress with a reason. Flags passed through `**kwargs` are assumed present.',
      references: [
        'https://flask.palletsprojects.com/en/stable/security/#set-cookie-options',
        'https://docs.djangoproject.com/en/stable/ref/request-response/#django.http.HttpResponse.set_cookie',
        'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html#cookies',
        'https://cwe.mitre.org/data/definitions/614.html',
      ],
    },
  },
  hints: ['set_cookie'],
  requires: [['set_cookie']],
  create(ctx) {
    if (!ctx.source.includes('set_cookie') || !importsAny(ctx.source, FRAMEWORKS)) return {};
    const check = (call: CallInfo) => {
      if (call.hasSplat) return;
      const missing: string[] = [];
      const edits: TextEdit[] = [];
      const list = call.argumentList;
      for (const [flag, safe] of FLAGS) {
        const value = call.kwarg(flag);
        if (value && ctx.truthiness(value) !== false && ctx.staticValue(value) !== 'None') continue;
        if (value && ctx.truthiness(value) === undefined) continue; // computed: trust it
        missing.push(flag);
        if (value) edits.push(replaceNode(value, safe));
      }
      if (missing.length === 0 || !list) return;
      const appended = missing
        .filter((flag) => !call.kwarg(flag))
        .map((flag) => `${flag}=${FLAGS.find(([f]) => f === flag)?.[1]}`);
      if (appended.length) edits.push(appendArgument(list, appended.join(', '), ctx.source));
      const name = ctx.staticString(call.argOrKwarg(0, 'key'));
      const sensitive = name === undefined || SENSITIVE_NAME.test(name);
      ctx.report({
        node: call.node,
        messageId: 'missing',
        data: { fn: call.callee.text, flags: missing.join(', ') },
        ...(name !== undefined ? (sensitive ? { confidence: 'high' as const } : { severity: 'low' as const }) : {}),
        fix: { description: `Set ${missing.join(', ')} on the cookie.`, edits },
      });
    };
    return { calls: { '*.set_cookie': check } };
  },
});
