// starlette-debug-true: FastAPI/Starlette apps created with debug=True (tracebacks sent to clients).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument } from '../../src/analysis/python/fixes.js';

const APPS = [
  'fastapi.FastAPI',
  'fastapi.applications.FastAPI',
  'starlette.applications.Starlette',
  'litestar.Litestar',
  'sanic.Sanic',
];

export default defineRule({
  meta: {
    id: 'starlette-debug-true',
    title: 'FastAPI/Starlette app with debug=True',
    category: 'api-security',
    cwe: ['CWE-215', 'CWE-489', 'CWE-209'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['fastapi', 'starlette', 'litestar'],
    aliases: {},
    fixable: true,
    messages: {
      debug:
        '`{{fn}}` is created with debug=True; unhandled errors return full tracebacks, with source lines and local values, to the caller.',
    },
    docs: {
      whatItDoes:
        'Flags `FastAPI(debug=True)`, `Starlette(debug=True)` and `Litestar(debug=True)` with a constant true value.',
      whyBad:
        'In debug mode the server-error middleware answers every unhandled exception with the traceback (HTML or text), revealing code, file paths, library versions and sometimes secrets from the failing frame.',
      businessImpact:
        'Information disclosure that maps the application for follow-up attacks; leaked configuration values.',
      attackScenario:
        'The attacker sends malformed JSON to an endpoint that does not validate it; the 500 response shows the traceback with the database URL in a local variable.',
      example: 'app = FastAPI(debug=True)',
      useInstead: 'app = FastAPI(debug=settings.debug)  # false in production; log tracebacks server-side',
      testing: 'Trigger an unhandled exception in staging and assert the 500 response body is generic.',
      knownProblems: 'A debug flag read from configuration is not evaluated.',
      references: [
        'https://www.starlette.io/applications/',
        'https://fastapi.tiangolo.com/reference/fastapi/#fastapi.FastAPI--example',
        'https://cwe.mitre.org/data/definitions/215.html',
      ],
    },
  },
  hints: ['fastapi', 'litestar', 'sanic', 'starlette'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const debug = call.kwarg('debug');
      if (!debug || ctx.truthiness(debug) !== true) return;
      ctx.report({
        node: call.node,
        messageId: 'debug',
        data: { fn: call.callee.text },
        fix: { description: 'Remove debug=True.', edits: [removeArgument(debug, ctx.source)] },
      });
    };
    return { calls: Object.fromEntries(APPS.map((name) => [name, check])) };
  },
});
