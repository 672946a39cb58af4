// torch-hub-load-unpinned: torch.hub.load runs hubconf.py from a GitHub repository that is not pinned.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** `owner/repo:ref`, where a ref of 7–40 hex digits or a version tag is treated as pinned. */
const PINNED_REF = /:([0-9a-f]{7,40}|v?\d+(\.\d+)+)$/i;

export default defineRule({
  meta: {
    id: 'torch-hub-load-unpinned',
    title: 'torch.hub.load from an unpinned GitHub repository',
    category: 'ai-ml',
    cwe: ['CWE-494', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['pytorch'],
    aliases: {},
    messages: {
      unpinned:
        '`torch.hub.load("{{repo}}")` downloads and runs hubconf.py from a branch that can change; pin a tag or commit (`owner/repo:<sha>`).',
      computed:
        '`torch.hub.load` runs hubconf.py from a repository chosen at run time; only load from an allow-listed, pinned repository.',
    },
    docs: {
      whatItDoes:
        'Flags `torch.hub.load` from GitHub (the default source) when the repository is not pinned to a tag or commit, or is computed at run time.',
      whyBad:
        '`torch.hub.load` imports `hubconf.py` from the repository and usually loads pickled weights; without a pinned ref every run executes whatever the branch holds now.',
      businessImpact:
        'Code execution on training and inference hosts through a compromised or hijacked model repository.',
      attackScenario:
        'An attacker with push access to `owner/vision` adds a payload to hubconf.py on main; every service calling `torch.hub.load("owner/vision", "resnet")` runs it at start-up.',
      example: 'model = torch.hub.load("pytorch/vision", "resnet50")',
      useInstead:
        'model = torch.hub.load("pytorch/vision:v0.17.0", "resnet50", trust_repo=True)  # or vendor the code and use source="local"',
      testing:
        'Assert in a test that every torch.hub.load call names a tag or commit, and run the service with the hub cache pre-populated and network disabled.',
      references: [
        'https://pytorch.org/docs/stable/hub.html#torch.hub.load',
        'https://cwe.mitre.org/data/definitions/494.html',
      ],
    },
  },
  hints: ['torch'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (ctx.staticString(call.kwarg('source')) === 'local') return;
      const repoNode = call.argOrKwarg(0, 'repo_or_dir');
      if (!repoNode) return;
      const repo = ctx.staticString(repoNode);
      if (repo === undefined) {
        ctx.report({ node: call.node, messageId: 'computed' });
        return;
      }
      if (!PINNED_REF.test(repo)) ctx.report({ node: call.node, messageId: 'unpinned', data: { repo } });
    };
    return { calls: { 'torch.hub.load': check } };
  },
});
