// pickle-module-import: imports of pickle-family modules, an audit marker for deserialisation (Bandit B403, Ruff S403).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { IMPORT_CALLS, importCallModule, importedModules } from '../../src/analysis/python/imported-modules.js';

const MODULES = new Set(['pickle', 'cPickle', 'dill', 'shelve']);
const QUICK = /[pP]ickle|dill|shelve/;

export default defineRule({
  meta: {
    id: 'pickle-module-import',
    title: 'pickle, cPickle, dill or shelve imported',
    category: 'deserialization',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'low',
    riskScore: 2,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B403'], ruff: ['S403'] },
    messages: {
      imported: 'The `{{module}}` module is imported; make sure it only ever loads data this application wrote.',
    },
    docs: {
      whatItDoes:
        'Flags imports of `pickle`, `cPickle`, `dill` and `shelve`. The load calls themselves are reported by `pickle-deserialization`.',
      whyBad:
        'These modules deserialise by running code; a module that imports them is where untrusted bytes may end up being loaded.',
      businessImpact: 'None by itself; it points at code whose mistakes give remote code execution.',
      attackScenario:
        'Not directly exploitable; an attacker hunts for the same imports to find loaders fed by caches, queues or uploads.',
      example: 'import pickle',
      useInstead: 'import json  # or msgpack / protobuf for data that crosses a trust boundary',
      testing: 'List the loaders in the module and test each with a crafted pickle that must be refused.',
      knownProblems: 'Importing pickle only to dump data is reported too (low severity).',
      references: ['https://docs.python.org/3/library/pickle.html'],
    },
  },
  hints: ['pickle', 'Pickle', 'dill', 'shelve', '__import__', 'import_module'],
  create(ctx) {
    const check = (node: Node) => {
      if (!QUICK.test(node.text)) return;
      const module = importedModules(node).find((m) => MODULES.has(m.split('.')[0] ?? m));
      if (module) ctx.report({ node, messageId: 'imported', data: { module: module.split('.')[0] ?? module } });
    };
    // `__import__("pickle")` / `importlib.import_module("dill")` are imports too (Bandit reports them).
    const dynamic = (call: CallInfo) => {
      const module = importCallModule(call, ctx.staticString)?.split('.')[0];
      if (module && MODULES.has(module)) ctx.report({ node: call.node, messageId: 'imported', data: { module } });
    };
    return {
      nodes: { import_statement: check, import_from_statement: check },
      calls: Object.fromEntries(IMPORT_CALLS.map((name) => [name, dynamic])),
    };
  },
});
