// pip-install-unpinned: `pip install` run from code with requirements not pinned to an exact version.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { isPinned, pipInstallOf, PIP_COMMAND_CALLS, PIP_COMMAND_HINTS } from '../../src/analysis/python/pip-command.js';

export default defineRule({
  meta: {
    id: 'pip-install-unpinned',
    title: 'pip install without an exact version pin',
    category: 'dependency-management',
    cwe: ['CWE-1104', 'CWE-494'],
    owasp: { '2021': ['A06:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    aliases: {},
    messages: {
      unpinned:
        '`pip install {{requirement}}` takes whatever version the index serves today; pin it as `{{name}}==<version>` with a hash.',
      vcs: '`pip install {{requirement}}` follows a branch that can move; pin a commit (`@<sha>`).',
    },
    docs: {
      whatItDoes:
        'Flags `pip install` commands run from code (subprocess, os.system, pip.main) whose requirements are not pinned with `==` (ranges, bare names and VCS URLs without a commit included). Requirement files, local paths and archive URLs are not reported.',
      whyBad:
        'An unpinned install picks up new releases without review: a hijacked maintainer account or a breaking release reaches production silently, and builds are not reproducible.',
      businessImpact:
        'Supply-chain compromise and surprise outages from untested upgrades; no way to tell afterwards which code ran.',
      attackScenario:
        'An attacker phishes a maintainer and publishes a patch release with a backdoor; every deployment that runs `pip install thatpkg` picks it up within hours.',
      example: 'subprocess.run(["pip", "install", "requests"])',
      useInstead:
        'subprocess.run(["pip", "install", "--require-hashes", "-r", "requirements.lock"])  # requests==2.32.3 --hash=sha256:…',
      testing:
        'Run `pip install --require-hashes -r requirements.lock` in CI; it fails on any unpinned or unhashed entry.',
      knownProblems: 'Package names computed at run time are not checked (pip-install-at-runtime reports those).',
      references: [
        'https://pip.pypa.io/en/stable/topics/repeatable-installs/',
        'https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode',
        'https://cwe.mitre.org/data/definitions/1104.html',
      ],
    },
  },
  hints: PIP_COMMAND_HINTS,
  create(ctx) {
    const check = (call: CallInfo) => {
      const install = pipInstallOf(ctx, call);
      if (!install) return;
      const loose = install.packages.find((p): p is string => p !== null && !isPinned(p));
      if (!loose) return;
      const vcs = /^[a-z]+\+|@\s*[a-z]+\+/i.test(loose);
      const name = loose.split(/[<>=!~;[ @]/)[0] ?? loose;
      ctx.report({ node: call.node, messageId: vcs ? 'vcs' : 'unpinned', data: { requirement: loose, name } });
    };
    return { calls: Object.fromEntries(PIP_COMMAND_CALLS.map((fn) => [fn, check])) };
  },
});
