// partial-executable-path: a process started by a bare program name, found through $PATH (Bandit B607, Ruff S607).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { NO_SHELL_FNS, SHELL_FNS, SUBPROCESS_FNS } from '../../src/analysis/python/command-line.js';

const PROCESS_FNS = [...SUBPROCESS_FNS, ...SHELL_FNS, ...NO_SHELL_FNS];

export default defineRule({
  meta: {
    id: 'partial-executable-path',
    title: 'Process started with a partial executable path',
    category: 'command-injection',
    cwe: ['CWE-426', 'CWE-78'],
    owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
    severity: 'low',
    riskScore: 2,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B607'], ruff: ['S607'] },
    messages: {
      partial: '`{{fn}}` starts `{{program}}` by name, so whichever `{{program}}` comes first in $PATH runs.',
    },
    docs: {
      whatItDoes: 'Flags process starts whose program is a constant name without a directory (`"ls"`, `["git", …]`).',
      whyBad:
        'The program is looked up in `$PATH`; anyone who can change `PATH` or write to an earlier directory in it decides which binary runs.',
      businessImpact:
        "A planted binary runs with the service's privileges (often in CI runners and containers with writable paths).",
      attackScenario:
        'A CI job prepends a workspace folder to PATH; a malicious pull request adds an executable `git` there, and the next `subprocess.run(["git", …])` runs it with the job\'s secrets.',
      example: 'subprocess.run(["git", "status"])',
      useInstead: 'subprocess.run([shutil.which("git") or "/usr/bin/git", "status"])  # or a configured absolute path',
      testing:
        'Run the code with a PATH that starts with a temporary directory holding a fake program; assert the real one runs or the call fails closed.',
      knownProblems: 'Often acceptable in scripts and developer tools; suppress with a reason there.',
      references: [
        'https://cwe.mitre.org/data/definitions/426.html',
        'https://docs.python.org/3/library/shutil.html#shutil.which',
      ],
    },
  },
  hints: [
    'Popen',
    'check_call',
    'check_output',
    'execl',
    'execv',
    'getoutput',
    'getstatusoutput',
    'popen',
    'spawnl',
    'spawnv',
    'startfile',
    'subprocess',
    'system',
  ],
  create(ctx) {
    const check = (call: CallInfo) => {
      let first = call.argOrKwarg(call.name?.startsWith('os.spawn') ? 1 : 0, 'args');
      if (first?.type === 'list' || first?.type === 'tuple')
        first = first.namedChildren.find((c) => c?.type !== 'comment') ?? undefined;
      const text = ctx.staticString(first);
      if (!text || isPathLike(text)) return;
      const program = text.trim().split(/\s+/)[0] ?? text;
      ctx.report({ node: call.node, messageId: 'partial', data: { fn: call.name ?? 'subprocess', program } });
    };
    return { calls: Object.fromEntries(PROCESS_FNS.map((fn) => [fn, check])) };
  },
});

/** Absolute or explicitly relative paths, and Windows drive paths, are not looked up in $PATH. */
function isPathLike(command: string): boolean {
  return /^\s*([/\\.]|[A-Za-z]:[/\\])/.test(command);
}
