// environment-dumped: the whole process environment (where secrets live) printed, logged, returned or serialised.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const SINKS = [
  'print',
  'pprint.pprint',
  'json.dumps',
  'json.dump',
  'yaml.dump',
  'yaml.safe_dump',
  'flask.jsonify',
  'django.http.JsonResponse',
  'logging.debug',
  'logging.info',
  'logging.warning',
  'logging.error',
  'logging.critical',
  'logging.exception',
];
const ENVIRONMENT = new Set(['os.environ', 'os.environb']);

export default defineRule({
  meta: {
    id: 'environment-dumped',
    title: 'Whole environment printed, logged or returned',
    category: 'data-protection',
    cwe: ['CWE-526', 'CWE-532', 'CWE-200'],
    owasp: { '2021': ['A05:2021', 'A09:2021'], '2025': ['A02:2025', 'A09:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: {},
    messages: {
      dump: "`{{fn}}` outputs the whole `{{env}}`, which holds the service's secrets (API keys, database passwords); output only the variables you need.",
    },
    docs: {
      whatItDoes:
        'Flags `print`, `pprint`, `json.dump(s)`, `yaml.dump`, `jsonify`, `JsonResponse` and `logging.*` calls whose argument is `os.environ` itself (or `dict(os.environ)`, `os.environ.copy()`, `os.environ.items()`).',
      whyBad:
        'Twelve-factor applications keep every credential in environment variables; dumping the environment for debugging copies all of them into logs, CI output or an HTTP response.',
      businessImpact:
        'All service credentials leak at once, typically to log storage or, through a debug endpoint, to the internet.',
      attackScenario:
        'A `/debug/env` endpoint returns `jsonify(dict(os.environ))`; a scanner finds it and collects the AWS keys and database URL.',
      example: 'print(os.environ)\nreturn jsonify(dict(os.environ))',
      useInstead:
        'print({k: os.environ.get(k) for k in ("APP_ENV", "REGION")})  # an explicit allow-list of non-secret variables',
      testing: 'Call the debug code path with a dummy SECRET variable set and assert it does not appear in the output.',
      knownProblems:
        'Logger method calls through an instance (`log.info(os.environ)`) and environments copied to a variable first are not followed. Test files are skipped.',
      references: ['https://cwe.mitre.org/data/definitions/526.html', 'https://12factor.net/config'],
    },
  },
  hints: ['JsonResponse', 'critical', 'json', 'logging', 'print', 'safe_dump', 'yaml'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (ctx.file.isTest) return;
      for (const arg of call.positional) {
        const env = environmentOf(ctx.qualifiedName, arg);
        if (env) return ctx.report({ node: call.node, messageId: 'dump', data: { fn: call.name ?? '', env } });
      }
    };
    return { calls: Object.fromEntries(SINKS.map((name) => [name, check])) };
  },
});

type Qualify = (node: Node) => string | undefined;

/** `os.environ`, `dict(os.environ)`, `os.environ.copy()`, `os.environ.items()`, `{**os.environ}` → its name. */
function environmentOf(qualify: Qualify, node: Node): string | undefined {
  if (node.type === 'attribute' || node.type === 'identifier') {
    const name = qualify(node);
    return name && ENVIRONMENT.has(name) ? name : undefined;
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    if (fn?.type === 'identifier' && fn.text === 'dict' && args?.namedChildCount === 1) {
      const inner = args.namedChild(0);
      return inner ? environmentOf(qualify, inner) : undefined;
    }
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : undefined;
    const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
    if (object && method && /^(copy|items)$/.test(method)) return environmentOf(qualify, object);
  }
  if (node.type === 'dictionary' && node.namedChildCount === 1 && node.namedChild(0)?.type === 'dictionary_splat') {
    const inner = node.namedChild(0)?.namedChild(0);
    return inner ? environmentOf(qualify, inner) : undefined;
  }
  return undefined;
}
