// dynamic-import-computed-name: __import__ / importlib.import_module with a module name computed at run time.
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const IMPORT_FNS = ['__import__', 'builtins.__import__', 'importlib.import_module', 'importlib.__import__'];

export default defineRule({
  meta: {
    id: 'dynamic-import-computed-name',
    title: 'Module imported by a computed name',
    category: 'input-validation',
    cwe: ['CWE-470', 'CWE-94'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      computed: '`{{fn}}` imports a module whose name is computed at run time; map allowed names to modules instead.',
    },
    docs: {
      whatItDoes: 'Flags `__import__` and `importlib.import_module` when the module name is not a constant.',
      whyBad:
        "Importing runs the module's top-level code. If the name comes from input, an attacker picks any importable module (including one they uploaded onto `sys.path`) and its side effects.",
      businessImpact:
        'Code execution or unexpected behaviour through attacker-chosen modules; plugin systems are the usual victims.',
      attackScenario:
        'An API picks a formatter with `import_module("formatters." + request.args["fmt"])`; with a file upload into a package directory the attacker imports their own code.',
      example: 'module = importlib.import_module("plugins." + name)',
      useInstead: 'module = importlib.import_module(ALLOWED_PLUGINS[name])  # a fixed mapping of names',
      testing: 'Request a module name outside the allow-list (`os`, `..`) and assert it is refused before importing.',
      knownProblems: 'Plugin loaders that read names from trusted configuration are reported too.',
      references: [
        'https://docs.python.org/3/library/importlib.html#importlib.import_module',
        'https://cwe.mitre.org/data/definitions/470.html',
      ],
    },
  },
  hints: ['__import__', 'import_module'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const name = call.argOrKwarg(0, 'name');
      // A name only ever bound to literals (`for name in ("json", "csv"):`) is the developer's choice.
      if (!name || ctx.staticString(name) !== undefined || isLiteralComposed(name)) return;
      ctx.report({ node: call.node, messageId: 'computed', data: { fn: call.name ?? 'import' } });
    };
    return { calls: Object.fromEntries(IMPORT_FNS.map((fn) => [fn, check])) };
  },
});
