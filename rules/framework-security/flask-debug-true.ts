// flask-debug-true: a Flask/Quart app run or configured with the Werkzeug debugger on (Bandit B201, Ruff S201).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument } from '../../src/analysis/python/fixes.js';
import { importsAny } from '../../src/analysis/python/source-hints.js';
import { settingWrites } from '../../src/analysis/python/settings-writes.js';

export default defineRule({
  meta: {
    id: 'flask-debug-true',
    title: 'Flask application with debug mode on',
    category: 'framework-security',
    cwe: ['CWE-94', 'CWE-489', 'CWE-215'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'medium',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['flask', 'quart', 'werkzeug'],
    aliases: { bandit: ['B201'], ruff: ['S201'] },
    fixable: true,
    messages: {
      run: '`{{fn}}` starts the app with debug=True; the Werkzeug debugger lets anyone who reaches it run Python code.',
      config:
        'Flask debug mode is switched on in code (`{{key}}`); the interactive debugger must never reach production.',
    },
    docs: {
      whatItDoes:
        'Flags `app.run(debug=True)` in modules that import Flask or Quart, and `app.debug = True`, `app.config["DEBUG"] = True` or `app.config.update(DEBUG=True)`.',
      whyBad:
        'Debug mode serves the Werkzeug interactive debugger on every unhandled exception: a Python console in the browser. Its PIN is derived from guessable machine data and leaks through other bugs.',
      businessImpact:
        'Remote code execution on the server, plus disclosure of source code, configuration and secrets in tracebacks.',
      attackScenario:
        'The attacker triggers an exception (a malformed parameter), gets the debugger page, recovers or brute-forces the PIN from `/proc` data leaked by a path traversal, and runs `__import__("os").system(...)` in the console.',
      example: 'app = Flask(__name__)\napp.run(host="0.0.0.0", debug=True)',
      useInstead:
        'app.run(host="0.0.0.0")  # debug comes from FLASK_DEBUG in development only; production uses gunicorn/uwsgi',
      testing:
        'Start the app as it is deployed, request a URL that raises, and check the response is a plain 500 page with no `__debugger__` resources.',
      knownProblems:
        'A debug flag read from a variable is not reported (it is usually an environment switch). Config classes (`class DevConfig: DEBUG = True`) are not reported.',
      references: [
        'https://flask.palletsprojects.com/en/stable/debugging/',
        'https://werkzeug.palletsprojects.com/en/stable/debug/#debugger-pin',
        'https://cwe.mitre.org/data/definitions/489.html',
        'https://bandit.readthedocs.io/en/latest/plugins/b201_flask_debug_true.html',
      ],
    },
  },
  hints: ['flask', 'quart'],
  create(ctx) {
    if (!importsAny(ctx.source, ['flask', 'quart'])) return {};
    const run = (call: CallInfo) => {
      const debug = call.kwarg('debug');
      if (!debug || ctx.truthiness(debug) !== true) return;
      ctx.report({
        node: call.node,
        messageId: 'run',
        data: { fn: call.callee.text },
        fix: {
          description: 'Remove debug=True; enable debugging with FLASK_DEBUG=1 on a development machine only.',
          edits: [removeArgument(debug, ctx.source)],
        },
      });
    };
    const config = settingWrites(ctx, ['DEBUG'], { config: true }, (write) => {
      if (ctx.truthiness(write.value) === true)
        ctx.report({ node: write.node, messageId: 'config', data: { key: write.key } });
    });
    return { ...config, calls: { ...config.calls, '*.run': run } };
  },
});
