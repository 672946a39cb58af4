// subprocess-constant-command: a subprocess call without a shell whose whole command is constant — a review note
// kept for Bandit parity (B603 reports every such call); computed commands are subprocess-without-shell's.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import {
  commandWithoutShell,
  isConstantCommand,
  isOwnInterpreterCommand,
  SUBPROCESS_FNS,
} from '../../src/analysis/python/command-line.js';

export default defineRule({
  meta: {
    id: 'subprocess-constant-command',
    title: 'subprocess call without a shell that runs a constant command (review note)',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 1,
    confidence: 'low',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B603'], ruff: ['S603'] },
    messages: {
      constant:
        '`{{fn}}` runs a constant command without a shell; nothing computed reaches it. Noted because Bandit B603 reports every subprocess call.',
    },
    docs: {
      whatItDoes:
        'Notes `subprocess` calls without `shell=True` whose command is made only of constants (`["git", "status"]`, `"/bin/ls"`, or the running interpreter with constant arguments). Computed commands are reported by `subprocess-without-shell`.',
      whyBad:
        'Nothing attacker-controlled reaches such a call today; the note marks a place where running a program is already accepted, so a later edit that adds a computed argument gets a second look.',
      businessImpact: 'None on its own.',
      attackScenario:
        'A later change turns `["git", "status"]` into `["git", "clone", url]` with `url` from a request; the computed argument can then inject options such as `--upload-pack`.',
      example: 'subprocess.run(["git", "status"], check=True)',
      useInstead: 'subprocess.run(["git", "status"], check=True)  # a constant command is fine as written',
      testing: 'Nothing to test while the command stays constant.',
      knownProblems:
        'Only an audit note: it shows under the audit and bandit profiles, never on a pull request by default. It exists so that `--profile bandit` keeps Bandit B603 parity.',
      references: [
        'https://docs.python.org/3/library/subprocess.html#security-considerations',
        'https://bandit.readthedocs.io/en/latest/plugins/b603_subprocess_without_shell_equals_true.html',
      ],
    },
  },
  hints: ['Popen', 'check_call', 'check_output', 'subprocess'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const command = commandWithoutShell(ctx, call);
      if (!command || !(isConstantCommand(ctx, command) || isOwnInterpreterCommand(ctx, command))) return;
      ctx.report({ node: call.node, messageId: 'constant', data: { fn: call.name ?? 'subprocess' } });
    };
    return { calls: Object.fromEntries(SUBPROCESS_FNS.map((fn) => [fn, check])) };
  },
});
