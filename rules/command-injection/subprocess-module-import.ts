// subprocess-module-import: imports of subprocess, a marker for code that starts processes (Bandit B404, Ruff S404).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { IMPORT_CALLS, importCallModule, importedModules } from '../../src/analysis/python/imported-modules.js';

export default defineRule({
  meta: {
    id: 'subprocess-module-import',
    title: 'subprocess module imported',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 1,
    confidence: 'low',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B404'], ruff: ['S404'] },
    messages: {
      imported: 'The `subprocess` module is imported; review how this module builds the commands it runs.',
    },
    docs: {
      whatItDoes:
        'Flags `import subprocess` and `from subprocess import …`. It is an audit marker, not a vulnerability: the call-level rules report the actual risks.',
      whyBad: 'Modules that start processes are where command injection happens; listing them helps a reviewer focus.',
      businessImpact: 'None by itself; it points at code whose mistakes lead to remote code execution.',
      attackScenario:
        'Not directly exploitable; an attacker looks for the same modules to find commands built from input.',
      example: 'import subprocess',
      useInstead: 'Keep process starts in one small, reviewed module that only uses argument lists.',
      testing: 'No test needed for the import; test the process-starting functions with hostile input.',
      knownProblems:
        'Noisy by design (low confidence); disable it in configuration unless you audit every process start.',
      references: ['https://docs.python.org/3/library/subprocess.html#security-considerations'],
    },
  },
  hints: ['subprocess', '__import__', 'import_module'],
  create(ctx) {
    const check = (node: Node) => {
      if (!node.text.includes('subprocess')) return;
      if (importedModules(node).some((m) => m === 'subprocess' || m.startsWith('subprocess.'))) {
        ctx.report({ node, messageId: 'imported' });
      }
    };
    // `__import__("subprocess")` / `importlib.import_module("subprocess")` are imports too (Bandit reports them).
    const dynamic = (call: CallInfo) => {
      const module = importCallModule(call, ctx.staticString);
      if (module === 'subprocess' || module?.startsWith('subprocess.'))
        ctx.report({ node: call.node, messageId: 'imported' });
    };
    return {
      nodes: { import_statement: check, import_from_statement: check },
      calls: Object.fromEntries(IMPORT_CALLS.map((name) => [name, dynamic])),
    };
  },
});
