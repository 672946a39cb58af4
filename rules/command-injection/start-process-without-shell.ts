// start-process-without-shell: os.exec*/os.spawn*/os.startfile, which run a program directly (Bandit B606, Ruff S606).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { NO_SHELL_FNS } from '../../src/analysis/python/command-line.js';

export default defineRule({
  meta: {
    id: 'start-process-without-shell',
    title: 'Process started with os.exec*, os.spawn* or os.startfile',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B606'], ruff: ['S606'] },
    messages: {
      dynamic:
        '`{{fn}}` starts a program chosen or parameterised at run time; check where the path and arguments come from.',
      literal: '`{{fn}}` starts a program without a shell; keep its path and arguments out of user control.',
    },
    docs: {
      whatItDoes:
        'Flags the `os.exec*`, `os.spawn*` and `os.startfile` functions, which replace or fork the process to run another program.',
      whyBad:
        'No shell is involved, but whoever controls the program path or its arguments controls what runs (`--output=/etc/cron.d/x`, a different binary).',
      businessImpact:
        'Running an attacker-chosen program or option leads to code execution or file overwrite on the host.',
      attackScenario:
        'A job runner calls `os.spawnvp(os.P_WAIT, tool, [tool, arg])` with `tool` taken from a request; the attacker names `/bin/sh` and `-c`, and runs a script.',
      example: 'os.spawnvp(os.P_WAIT, tool, [tool, user_arg])',
      useInstead: 'subprocess.run([ALLOWED_TOOLS[tool], "--", user_arg], check=True)',
      testing:
        'Pass a program name outside the allow-list and an argument starting with `-`; assert both are rejected.',
      knownProblems: 'Calls with a constant program and constant arguments are still reported (low), as Bandit does.',
      references: [
        'https://docs.python.org/3/library/os.html#os.spawnl',
        'https://cwe.mitre.org/data/definitions/78.html',
      ],
    },
  },
  hints: ['execl', 'execv', 'spawnl', 'spawnv', 'startfile'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const args = call.positional;
      const constant = !call.hasSplat && args.every((a) => isConstantish(ctx.staticValue(a), a.type));
      ctx.report({
        node: call.node,
        messageId: constant ? 'literal' : 'dynamic',
        data: { fn: call.name ?? 'os.exec' },
      });
    };
    return { calls: Object.fromEntries(NO_SHELL_FNS.map((fn) => [fn, check])) };
  },
});

/** Constants and `os.P_WAIT`-style flags count as fixed. */
function isConstantish(value: unknown, type: string): boolean {
  return value !== undefined || type === 'attribute';
}
