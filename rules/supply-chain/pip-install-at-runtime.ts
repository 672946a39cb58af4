// pip-install-at-runtime: application code that runs `pip install` in a subprocess or shell.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { pipInstallOf, PIP_COMMAND_CALLS, PIP_COMMAND_HINTS } from '../../src/analysis/python/pip-command.js';

const PIP_MAIN = new Set(['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main']);

export default defineRule({
  meta: {
    id: 'pip-install-at-runtime',
    title: 'Packages installed with pip at run time',
    category: 'supply-chain',
    cwe: ['CWE-494', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    aliases: {},
    messages: {
      install:
        '`{{fn}}` runs `pip install` at run time; install dependencies at build time from a locked, hashed requirements file.',
      computed:
        '`{{fn}}` runs `pip install` with a package name computed at run time; an attacker who picks it installs their own code.',
    },
    docs: {
      whatItDoes:
        'Flags subprocess, `os.system` and asyncio process calls that run `pip install` (`pip`, `pip3`, `python -m pip`).',
      whyBad:
        "Installing at run time executes `setup.py`/build back-ends from the index with the service's privileges, bypasses the reviewed lock file, and resolves whatever version the index serves that day.",
      businessImpact:
        'A typosquatted, hijacked or dependency-confused package runs code in production; outages when the index is unreachable.',
      attackScenario:
        'A plugin loader runs `pip install {plugin_name}` for names read from a config UI; the attacker enters `reqeusts`, a typosquat whose install hook steals environment secrets.',
      example: 'subprocess.check_call([sys.executable, "-m", "pip", "install", package])',
      useInstead:
        'Declare the dependency in requirements.txt with `==` and `--hash`, and install it when building the image.',
      testing:
        'Run the service in a container with a read-only site-packages and no network to the index; it must start and work.',
      knownProblems:
        'Bootstrap and developer scripts that install tooling on purpose are reported too; suppress with a reason.',
      references: [
        'https://pip.pypa.io/en/stable/user_guide/#using-pip-from-your-program',
        'https://pip.pypa.io/en/stable/topics/secure-installs/',
        'https://cwe.mitre.org/data/definitions/494.html',
      ],
    },
  },
  hints: PIP_COMMAND_HINTS,
  create(ctx) {
    const check = (call: CallInfo) => {
      if (PIP_MAIN.has(call.name ?? '')) return; // pip-main-install reports these
      const install = pipInstallOf(ctx, call);
      if (!install) return;
      const computed = install.packages.some((p) => p === null);
      ctx.report({
        node: call.node,
        messageId: computed ? 'computed' : 'install',
        data: { fn: call.name ?? 'subprocess' },
        severity: computed ? 'high' : 'medium',
      });
    };
    return { calls: Object.fromEntries(PIP_COMMAND_CALLS.map((fn) => [fn, check])) };
  },
});
