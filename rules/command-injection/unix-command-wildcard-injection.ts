// unix-command-wildcard-injection: chown/chmod/tar/rsync with a shell-expanded `*` (Bandit B609, Ruff S609).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { commandWords, SHELL_FNS, SUBPROCESS_FNS } from '../../src/analysis/python/command-line.js';

const SHELL_ALWAYS: ReadonlySet<string> = new Set(SHELL_FNS);
const VULNERABLE = new Set(['chown', 'chmod', 'tar', 'rsync']);

export default defineRule({
  meta: {
    id: 'unix-command-wildcard-injection',
    title: 'Wildcard expanded by a shell into chown, chmod, tar or rsync arguments',
    category: 'command-injection',
    cwe: ['CWE-155', 'CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    aliases: { bandit: ['B609'], ruff: ['S609'] },
    messages: {
      wildcard:
        '`{{program}}` gets a shell-expanded `*`; file names that look like options (`--reference=…`, `--checkpoint-action=…`) become options.',
    },
    docs: {
      whatItDoes: 'Flags shell commands that run `chown`, `chmod`, `tar` or `rsync` with a `*` wildcard.',
      whyBad:
        'The shell expands `*` to file names before the program sees them, so a file called `--reference=x` or `--checkpoint-action=exec=sh x.sh` turns into an option.',
      businessImpact:
        'Anyone who can create a file in the directory gains code execution or ownership changes with the privileges of the job (often root cron jobs).',
      attackScenario:
        'A root cron job runs `os.system("tar czf /backup.tgz *")` in an upload folder; the attacker uploads files named `--checkpoint=1` and `--checkpoint-action=exec=sh shell.sh`.',
      example: 'os.system("chown app:app *")',
      useInstead: 'subprocess.run(["chown", "app:app", "--", *glob.glob("*")], check=True)',
      testing:
        'Create a file named `--help` in the target directory and assert the command still treats it as a file name.',
      references: ['https://cwe.mitre.org/data/definitions/155.html', 'https://www.exploit-db.com/papers/33930'],
    },
  },
  hints: ['Popen', 'check_call', 'check_output', 'getoutput', 'getstatusoutput', 'popen', 'subprocess', 'system'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const shell = call.kwarg('shell');
      if (!SHELL_ALWAYS.has(call.name ?? '') && (!shell || ctx.truthiness(shell) !== true)) return;
      const words = commandWords(ctx, call.argOrKwarg(0, 'args'));
      if (!words) return;
      const program = words.find((w): w is string => w !== null && VULNERABLE.has(w.split('/').pop() ?? ''));
      if (!program || !words.some((w) => w?.includes('*'))) return;
      ctx.report({ node: call.node, messageId: 'wildcard', data: { program: program.split('/').pop() ?? program } });
    };
    return { calls: Object.fromEntries([...SUBPROCESS_FNS, ...SHELL_FNS].map((fn) => [fn, check])) };
  },
});
