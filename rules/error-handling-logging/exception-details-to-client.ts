// exception-details-to-client: tracebacks or exception text sent back in an HTTP response (CWE-209).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { importsAny, WEB_FRAMEWORKS } from '../../src/analysis/python/source-hints.js';

const TRACEBACK = [
  'traceback.format_exc',
  'traceback.format_exception',
  'traceback.format_tb',
  'traceback.format_stack',
  'traceback.print_exc',
];
/** Callables whose arguments end up in the HTTP response (matched on the last name segment). */
const RESPONDERS = new Set([
  'jsonify',
  'make_response',
  'Response',
  'HttpResponse',
  'HttpResponseServerError',
  'HttpResponseBadRequest',
  'JsonResponse',
  'JSONResponse',
  'HTMLResponse',
  'PlainTextResponse',
  'HTTPException',
  'abort',
  'render_template',
  'render',
  'json_response',
  'ValidationError',
  'APIException',
  'HTTPBadRequest',
  'HTTPInternalServerError',
]);
/** Statements that end the search: the value is stored or used, not returned. */
const STOP = new Set([
  'expression_statement',
  'assignment',
  'augmented_assignment',
  'function_definition',
  'lambda',
  'block',
  'module',
  'raise_statement',
]);

export default defineRule({
  meta: {
    id: 'exception-details-to-client',
    title: 'Exception details returned to the client',
    category: 'error-handling-logging',
    cwe: ['CWE-209', 'CWE-497'],
    owasp: { '2021': ['A04:2021', 'A05:2021'], '2025': ['A10:2025', 'A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'confidentiality',
    timeline: '30-days',
    technology: ['flask', 'django', 'fastapi', 'starlette', 'aiohttp'],
    aliases: {},
    messages: {
      traceback: '`{{fn}}` puts a stack trace into the response; clients learn code paths, versions and data from it.',
      message:
        'The text of exception `{{name}}` is sent to the client; database errors and file paths in it help attackers.',
    },
    docs: {
      whatItDoes:
        'In modules that import a web framework, flags `traceback.format_exc()` and `str(e)` / `repr(e)` / `f"{e}"` of a caught exception `e` when they are returned or passed to a response (`jsonify`, `HttpResponse`, `JSONResponse`, `HTTPException(detail=...)`, `abort`, `render_template`, …).',
      whyBad:
        'Exception messages carry internals: SQL fragments and table names, file paths, host names, library versions, sometimes values of secrets. They turn blind probing into guided attacks.',
      businessImpact:
        'Information disclosure that speeds up SQL injection, path traversal and version-specific exploits.',
      attackScenario:
        'The attacker sends `id=1\'`; the API returns `{"error": "syntax error at or near \\"\'\\" LINE 1: SELECT * FROM invoices WHERE id = 1\'"}` and now knows the table and the injectable parameter.',
      example: 'except Exception as e:\n    return jsonify({"error": str(e)}), 500',
      useInstead:
        'except Exception:\n    log.exception("export failed")\n    return jsonify({"error": "internal error", "id": request_id}), 500',
      testing:
        'Force an exception in a handler (mock a dependency to raise) and assert the response body contains no exception text or traceback.',
      knownProblems:
        'Exception text stored in a variable first, or validation errors that are meant for the user (`ValueError` from form parsing), are handled imperfectly: the former is missed, the latter reported.',
      references: [
        'https://cwe.mitre.org/data/definitions/209.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html',
        'https://flask.palletsprojects.com/en/stable/errorhandling/',
      ],
    },
  },
  hints: WEB_FRAMEWORKS,
  create(ctx) {
    if (!importsAny(ctx.source, WEB_FRAMEWORKS)) return {};
    const traceback = (call: CallInfo) => {
      const sink = responseSink(ctx, call.node);
      if (sink)
        ctx.report({
          node: call.node,
          messageId: 'traceback',
          data: { fn: call.name ?? 'traceback' },
          ...(sink === 'return' ? { confidence: 'medium' as const } : {}),
        });
    };
    const exceptionText = (node: Node, value: Node | undefined | null) => {
      if (value?.type !== 'identifier' || !caughtAs(node, value.text)) return;
      const sink = responseSink(ctx, node);
      if (sink)
        ctx.report({
          node,
          messageId: 'message',
          data: { name: value.text },
          ...(sink === 'return' ? { confidence: 'medium' as const } : {}),
        });
    };
    const stringify = (call: CallInfo) => {
      if (call.positional.length === 1) exceptionText(call.node, call.arg(0));
    };
    return {
      calls: { ...Object.fromEntries(TRACEBACK.map((name) => [name, traceback])), str: stringify, repr: stringify },
      nodes: { interpolation: (node) => exceptionText(node, node.childForFieldName('expression')) },
    };
  },
});

/** Whether `name` is bound by an enclosing `except … as name:` in the same function. */
function caughtAs(node: Node, name: string): boolean {
  for (let cur = node.parent; cur && cur.type !== 'function_definition'; cur = cur.parent) {
    if (cur.type !== 'except_clause') continue;
    const pattern = cur.childForFieldName('value');
    const alias = pattern?.type === 'as_pattern' ? pattern.childForFieldName('alias')?.text : undefined;
    if (alias === name) return true;
  }
  return false;
}

/** 'response' when the value flows into a response constructor, 'return' when it is returned, else undefined. */
function responseSink(ctx: RuleContext, node: Node): 'response' | 'return' | undefined {
  for (let cur = node.parent; cur && !STOP.has(cur.type); cur = cur.parent) {
    if (cur.type === 'return_statement') return 'return';
    if (cur.type !== 'call') continue;
    const name = ctx.call(cur).name ?? ctx.call(cur).method ?? '';
    if (RESPONDERS.has(name.split('.').pop() ?? '')) return 'response';
  }
  return undefined;
}
