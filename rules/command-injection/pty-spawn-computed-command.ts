// pty-spawn-computed-command: pty.spawn with a program or argv computed at run time.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { commandWords, isConstantCommand } from '../../src/analysis/python/command-line.js';

export default defineRule({
  meta: {
    id: 'pty-spawn-computed-command',
    title: 'pty.spawn with a computed command',
    category: 'command-injection',
    cwe: ['CWE-78', 'CWE-88'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      program: '`pty.spawn` starts a program chosen at run time on an interactive terminal.',
      args: '`pty.spawn` passes computed arguments to an interactive program; check they cannot inject options.',
    },
    docs: {
      whatItDoes: 'Flags `pty.spawn(argv)` when the program or its arguments are not constants.',
      whyBad:
        '`pty.spawn` runs a program attached to a pseudo-terminal (often a shell). Whoever picks the program or its options gets an interactive session on the host.',
      businessImpact: 'An interactive shell on the server is full compromise: data, credentials and lateral movement.',
      attackScenario:
        'A web terminal feature runs `pty.spawn(request.args["shell"])`; the attacker requests `/bin/bash` instead of the restricted tool.',
      example: 'pty.spawn([tool, "-i"])',
      useInstead: 'pty.spawn([ALLOWED_TOOLS[tool], "-i"])',
      testing: 'Request a program outside the allow-list and assert the call is refused before spawning.',
      references: [
        'https://docs.python.org/3/library/pty.html#pty.spawn',
        'https://cwe.mitre.org/data/definitions/78.html',
      ],
    },
  },
  hints: ['spawn'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const argv = call.argOrKwarg(0, 'argv');
      if (!argv || isConstantCommand(ctx, argv)) return;
      const program = commandWords(ctx, argv)?.[0];
      ctx.report({ node: call.node, messageId: program ? 'args' : 'program', severity: program ? 'low' : 'medium' });
    };
    return { calls: { 'pty.spawn': check } };
  },
});
