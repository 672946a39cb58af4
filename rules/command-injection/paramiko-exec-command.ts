// paramiko-exec-command: commands run over SSH with paramiko's exec_command (Bandit B601, Ruff S601).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const USES_PARAMIKO = /^[ \t\f]*(import\s+paramiko|from\s+paramiko[\s.])/m;

export default defineRule({
  meta: {
    id: 'paramiko-exec-command',
    title: 'Shell command run over SSH with paramiko exec_command',
    category: 'command-injection',
    cwe: ['CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['paramiko'],
    aliases: { bandit: ['B601'], ruff: ['S601'] },
    messages: {
      dynamic:
        '`exec_command` runs a computed command in the remote shell; interpolated input can inject commands on that host.',
      literal: '`exec_command` runs a constant command in the remote shell; keep it free of user input.',
    },
    docs: {
      whatItDoes:
        "Flags `exec_command` calls in modules that use paramiko. The command runs in the remote user's login shell.",
      whyBad:
        'The remote sshd hands the string to a shell, so metacharacters in interpolated values run extra commands on the remote host.',
      businessImpact:
        'Code execution on every server the application manages over SSH, often with privileged accounts.',
      attackScenario:
        'An admin panel runs `client.exec_command("tail -n 50 " + logname)`; the attacker asks for log `x; cat ~/.ssh/id_rsa` and reads the key.',
      example: 'client.exec_command("tail -n 50 /var/log/" + name)',
      useInstead: 'client.exec_command("tail -n 50 -- " + shlex.quote("/var/log/" + ALLOWED_LOGS[name]))',
      testing:
        'Run the code path against a test SSH server with a value containing `; id` and assert only one command runs.',
      knownProblems:
        'Needs `import paramiko` in the same file, and the client must be a name the file assigns or receives as a parameter; a client reached through an unknown module name is not recognised.',
      references: [
        'https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command',
        'https://cwe.mitre.org/data/definitions/78.html',
      ],
    },
  },
  hints: ['exec_command'],
  create(ctx) {
    let usesParamiko: boolean | undefined;
    // One whole-file search per receiver name, not per call: 10k `c.exec_command()` lines were 10k scans.
    const bound = new Map<string, boolean>();
    const check = (call: CallInfo) => {
      usesParamiko ??= USES_PARAMIKO.test(ctx.source);
      if (!usesParamiko || !isSshClient(ctx.source, call, bound)) return;
      const command = call.argOrKwarg(0, 'command');
      const literal = command !== undefined && ctx.staticString(command) !== undefined;
      ctx.report({ node: call.node, messageId: literal ? 'literal' : 'dynamic', severity: literal ? 'low' : 'medium' });
    };
    return { calls: { '*.exec_command': check } };
  },
});

/**
 * The receiver is paramiko itself, `self…`, or a name this file binds (assignment or parameter); an unknown
 * module-like name such as `somelib.exec_command` is some other library (Bandit's paramiko example).
 */
function isSshClient(source: string, call: CallInfo, bound: Map<string, boolean>): boolean {
  if (call.name?.startsWith('paramiko.')) return true;
  const head = call.receiver?.text.split('.')[0]?.trim();
  if (!head || !/^[A-Za-z_]\w*$/.test(head)) return true; // `get_client().exec_command(...)`
  if (head === 'self') return true;
  let known = bound.get(head);
  if (known === undefined) bound.set(head, (known = sshBindingPattern(head).test(source)));
  return known;
}

/** `head = …`, `head: …` or a parameter `(head,`: the file binds the name itself. */
export function sshBindingPattern(head: string): RegExp {
  return new RegExp(`(\\b${head}\\s*(=[^=]|:)|[(,]\\s*${head}\\s*[,):=])`);
}
