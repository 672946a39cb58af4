// cors-wildcard-credentials: CORS that allows any origin *and* credentials (flask-cors, Starlette/FastAPI, django-cors-headers).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

const CORS_MIDDLEWARE = new Set(['starlette.middleware.cors.CORSMiddleware', 'fastapi.middleware.cors.CORSMiddleware']);

export default defineRule({
  meta: {
    id: 'cors-wildcard-credentials',
    title: 'CORS allows any origin with credentials',
    category: 'api-security',
    cwe: ['CWE-942', 'CWE-346'],
    owasp: { '2021': ['A05:2021', 'A01:2021'], '2025': ['A02:2025', 'A01:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'confidentiality',
    timeline: '7-days',
    technology: ['flask-cors', 'fastapi', 'starlette', 'django-cors-headers'],
    aliases: {},
    messages: {
      wildcard:
        "`{{fn}}` allows any origin together with credentials; the library then reflects the caller's Origin, so any site can read authenticated responses.",
      django:
        '`CORS_ALLOW_ALL_ORIGINS` and `CORS_ALLOW_CREDENTIALS` are both on; any site can make credentialed requests and read the responses.',
    },
    docs: {
      whatItDoes:
        'Flags flask-cors `CORS(...)`/`@cross_origin(...)` with `supports_credentials=True` and origins `*` (the default), Starlette/FastAPI `CORSMiddleware` with `allow_origins=["*"]` or a match-all `allow_origin_regex` and `allow_credentials=True`, and django-cors-headers settings with both `CORS_ALLOW_ALL_ORIGINS` and `CORS_ALLOW_CREDENTIALS`.',
      whyBad:
        "Browsers refuse `Access-Control-Allow-Origin: *` with credentials, so these libraries echo the request's Origin instead. Every website then gets read access to the API with the visitor's cookies.",
      businessImpact:
        'Any web page a logged-in user visits can read their data (profile, messages, tokens) and act through the API.',
      attackScenario:
        'The victim opens the attacker\'s blog; its script calls `fetch("https://api.example/me", {credentials: "include"})`, the API reflects the origin, and the script posts the victim\'s data to the attacker.',
      example: 'app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)',
      useInstead:
        'app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)',
      testing:
        'Send a request with `Origin: https://evil.example` and a session cookie; the response must not contain `Access-Control-Allow-Origin: https://evil.example`.',
      knownProblems: 'Origins read from configuration at run time are not evaluated.',
      references: [
        'https://flask-cors.readthedocs.io/en/latest/api.html',
        'https://www.starlette.io/middleware/#corsmiddleware',
        'https://portswigger.net/web-security/cors',
        'https://cwe.mitre.org/data/definitions/942.html',
      ],
    },
  },
  hints: ['CORS', 'cross_origin'],
  requires: [['CORS', 'cross_origin']],
  create(ctx) {
    if (!ctx.source.includes('CORS') && !ctx.source.includes('cross_origin')) return {};
    const flaskCors = (call: CallInfo) => {
      if (
        ctx.truthiness(call.kwarg('supports_credentials')) !== true ||
        !anyOrigin(ctx, call.kwarg('origins'), call.kwarg('resources'))
      )
        return;
      ctx.report({ node: call.node, messageId: 'wildcard', data: { fn: call.callee.text } });
    };
    const middleware = (call: CallInfo) => {
      const cls = call.arg(0);
      if (!cls || !CORS_MIDDLEWARE.has(ctx.qualifiedName(cls) ?? '')) return;
      if (ctx.truthiness(call.kwarg('allow_credentials')) !== true) return;
      const origins = ctx.staticValue(call.kwarg('allow_origins'));
      const regex = ctx.staticString(call.kwarg('allow_origin_regex'));
      if ((Array.isArray(origins) && origins.includes('*')) || (regex !== undefined && /^\^?\.[*+]\$?$/.test(regex))) {
        ctx.report({ node: call.node, messageId: 'wildcard', data: { fn: 'CORSMiddleware' } });
      }
    };
    const django = djangoSettings(ctx);
    return {
      ...django,
      calls: {
        'flask_cors.CORS': flaskCors,
        'flask_cors.cross_origin': flaskCors,
        '*.add_middleware': middleware,
        'starlette.middleware.Middleware': middleware,
      },
    };
  },
});

/** flask-cors origins: missing means "*"; also `resources={r"/api/*": {"origins": "*"}}`. */
function anyOrigin(ctx: RuleContext, origins: Node | undefined, resources: Node | undefined): boolean {
  const isAny = (v: unknown) => v === '*' || (Array.isArray(v) && v.includes('*'));
  if (origins) return isAny(ctx.staticValue(origins));
  const perResource = ctx.staticValue(resources);
  if (perResource instanceof Map) {
    return [...perResource.values()].some(
      (options) => !(options instanceof Map) || !options.has('origins') || isAny(options.get('origins')),
    );
  }
  return resources === undefined;
}

function djangoSettings(ctx: RuleContext) {
  let allOrigins: Node | undefined;
  let credentials = false;
  const visitor = settingWrites(
    ctx,
    ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL', 'CORS_ALLOW_CREDENTIALS'],
    { settings: true },
    (write) => {
      if (ctx.truthiness(write.value) !== true) return;
      if (write.key === 'CORS_ALLOW_CREDENTIALS') credentials = true;
      else allOrigins ??= write.node;
    },
  );
  return {
    ...visitor,
    end: () => {
      if (allOrigins && credentials) ctx.report({ node: allOrigins, messageId: 'django' });
    },
  };
}
