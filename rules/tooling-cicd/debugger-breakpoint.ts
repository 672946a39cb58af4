// debugger-breakpoint: debugger hooks and remote-debug listeners left in non-test code (Ruff T100).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

/** Local debuggers stop the process on stdin; remote ones open a port that executes code. */
const LOCAL = [
  'breakpoint',
  'pdb.set_trace',
  'pdb.post_mortem',
  'pdb.pm',
  'ipdb.set_trace',
  'ipdb.post_mortem',
  'pudb.set_trace',
  'IPython.embed',
  'IPython.terminal.embed.InteractiveShellEmbed',
  'pdbpp.set_trace',
  'debugpy.breakpoint',
  'ptvsd.break_into_debugger',
];
const REMOTE = [
  'debugpy.listen',
  'debugpy.wait_for_client',
  'ptvsd.enable_attach',
  'rpdb.set_trace',
  'remote_pdb.set_trace',
  'web_pdb.set_trace',
  'pydevd.settrace',
  'pydevd_pycharm.settrace',
  'madbg.set_trace',
];

export default defineRule({
  meta: {
    id: 'debugger-breakpoint',
    title: 'Debugger breakpoint or remote-debug listener left in code',
    category: 'tooling-cicd',
    cwe: ['CWE-489', 'CWE-215'],
    owasp: { '2021': ['A05:2021'], '2025': ['A02:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    evidence: 'config',
    threat: 'availability',
    timeline: '7-days',
    technology: ['pdb', 'debugpy'],
    aliases: { ruff: ['T100'] },
    fixable: true,
    messages: {
      local: '`{{fn}}()` stops the process at an interactive debugger; remove it before merging.',
      remote: '`{{fn}}()` opens a remote debugger: whoever reaches it can run arbitrary code in the process.',
    },
    docs: {
      whatItDoes:
        'Flags `breakpoint()`, `pdb/ipdb/pudb.set_trace()`, `IPython.embed()` and remote debuggers (`debugpy.listen`, `rpdb`, `web_pdb`, `pydevd.settrace`) outside test files.',
      whyBad:
        'A forgotten breakpoint hangs a worker waiting on stdin (or gives a console to whoever owns the TTY); a remote debugger listens on a port and executes any expression sent to it.',
      businessImpact: 'Outages from hung workers; remote code execution when a debug port is reachable.',
      attackScenario:
        'A hotfix leaves `debugpy.listen(("0.0.0.0", 5678))` in the entrypoint; an attacker scanning the cluster attaches to the port and reads the environment with its secrets.',
      example: 'def handler(event):\n    breakpoint()\n    return process(event)',
      useInstead: 'def handler(event):\n    log.debug("event=%r", event)\n    return process(event)',
      testing: 'Add Ruff T100 (or this rule) to CI; set PYTHONBREAKPOINT=0 in production images as a safety net.',
      knownProblems: 'Test files are skipped. The autofix replaces a standalone call statement with `pass`.',
      references: [
        'https://docs.python.org/3/library/functions.html#breakpoint',
        'https://docs.astral.sh/ruff/rules/debugger/',
        'https://cwe.mitre.org/data/definitions/489.html',
      ],
    },
  },
  hints: [
    'IPython',
    'InteractiveShellEmbed',
    'break_into_debugger',
    'breakpoint',
    'debugpy',
    'enable_attach',
    'madbg',
    'pdb',
    'post_mortem',
    'pudb',
    'pydevd',
    'set_trace',
    'wait_for_client',
  ],
  create(ctx) {
    if (ctx.file.isTest) return {};
    const check = (remote: boolean) => (call: CallInfo) => {
      const statement = call.node.parent;
      const standalone = statement?.type === 'expression_statement' && statement.namedChildCount === 1;
      ctx.report({
        node: call.node,
        messageId: remote ? 'remote' : 'local',
        data: { fn: call.name ?? 'breakpoint' },
        ...(remote ? { severity: 'high' as const } : {}),
        ...(standalone && statement
          ? { fix: { description: 'Remove the debugger call.', edits: [replaceNode(statement, 'pass')] } }
          : {}),
      });
    };
    return {
      calls: Object.fromEntries([...LOCAL.map((n) => [n, check(false)]), ...REMOTE.map((n) => [n, check(true)])]),
    };
  },
});
