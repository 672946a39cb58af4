// subprocess-without-shell: subprocess calls with an argv that is computed at run time (Bandit B603, Ruff S603).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  commandWithoutShell,
  commandWords,
  isConstantCommand,
  isOwnInterpreterCommand,
  SUBPROCESS_FNS,
} from '../../src/analysis/python/command-line.js';

export default defineRule({
  meta: {
    id: 'subprocess-without-shell',
    title: 'subprocess call without a shell that runs computed arguments',
    category: 'command-injection',
    cwe: ['CWE-78', 'CWE-88'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 3,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B603'], ruff: ['S603'] },
    messages: {
      program: '`{{fn}}` runs a program whose path is computed at run time; check it comes from an allow-list.',
      args: '`{{fn}}` passes computed arguments to a program; check they cannot start with `-` or be attacker-chosen.',
    },
    docs: {
      whatItDoes:
        'Flags `subprocess` calls without `shell=True` whose argument list is not made only of constants. Unlike Bandit, a constant argv (`["git", "status"]`) and the running interpreter with constant arguments (`[sys.executable, "-m", "pip", "list"]`) are not reported.',
      whyBad:
        'Without a shell there is no metacharacter injection, but a computed program path runs whatever it names, and a computed argument can inject options (`--upload-pack=…`, `-o ProxyCommand=…`).',
      businessImpact: 'Option or program injection can still lead to code execution or file overwrite on the server.',
      attackScenario:
        'An app runs `subprocess.run(["git", "clone", url])`; the attacker submits `--upload-pack=touch /tmp/pwned` as the URL and git runs it.',
      example: 'subprocess.run(["git", "clone", url])',
      useInstead: 'subprocess.run(["git", "clone", "--", url], check=True)  # plus URL validation',
      testing:
        'Feed an argument that starts with `-` and a program outside the allow-list; assert both are rejected before the call.',
      knownProblems:
        'The rule does not follow values across statements: a list built elsewhere is reported as computed.',
      references: [
        'https://docs.python.org/3/library/subprocess.html#security-considerations',
        'https://cwe.mitre.org/data/definitions/88.html',
      ],
    },
  },
  hints: ['Popen', 'check_call', 'check_output', 'subprocess'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const command = commandWithoutShell(ctx, call);
      if (!command || isConstantCommand(ctx, command) || isOwnInterpreterCommand(ctx, command)) return;
      const program = commandWords(ctx, command)?.[0];
      const first = command.type === 'list' || command.type === 'tuple' ? command.namedChildren[0] : undefined;
      const computedProgram =
        (program === null || program === undefined) && ctx.qualifiedName(first ?? command) !== 'sys.executable';
      ctx.report({
        node: call.node,
        messageId: computedProgram ? 'program' : 'args',
        data: { fn: call.name ?? 'subprocess' },
      });
    };
    return { calls: Object.fromEntries(SUBPROCESS_FNS.map((fn) => [fn, check])) };
  },
});
