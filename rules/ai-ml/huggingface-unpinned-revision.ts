// huggingface-unpinned-revision: Hugging Face Hub downloads not pinned to a commit hash (Bandit B615).
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

/** Libraries whose `from_pretrained` downloads from the Hub. */
const HUB_LIBRARIES = new Set([
  'transformers',
  'diffusers',
  'peft',
  'sentence_transformers',
  'optimum',
  'huggingface_hub',
]);
const DOWNLOADERS = ['huggingface_hub.hf_hub_download', 'huggingface_hub.snapshot_download', 'datasets.load_dataset'];
const COMMIT = /^[0-9a-fA-F]{7,40}$/;
const LOCAL_PATH = /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/;

export default defineRule({
  meta: {
    id: 'huggingface-unpinned-revision',
    title: 'Hugging Face Hub download without a pinned commit revision',
    category: 'ai-ml',
    cwe: ['CWE-494'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'high',
    threat: 'integrity',
    timeline: '30-days',
    technology: ['transformers', 'huggingface_hub', 'datasets'],
    aliases: { bandit: ['B615'] },
    messages: {
      missing:
        '`{{fn}}` downloads from the Hugging Face Hub without `revision=`; pin a commit hash so the artefact cannot change under you.',
      branch: '`{{fn}}` pins `revision="{{revision}}"`, a movable branch or tag; pin a commit hash instead.',
    },
    docs: {
      whatItDoes:
        'Flags `from_pretrained` (transformers, diffusers, peft, sentence-transformers), `hf_hub_download`, `snapshot_download` and `load_dataset` unless `revision`/`commit_id` is a commit hash. Local paths are not reported.',
      whyBad:
        'Without a pinned commit, every run fetches whatever the repository holds now. A compromised or renamed account can swap in weights, code (`trust_remote_code`) or data.',
      businessImpact:
        'Silent model or data poisoning in production and, with remote code or pickled weights, code execution.',
      attackScenario:
        'An attacker takes over a popular model repository and pushes pickled weights with a payload; every service that loads it without a revision picks it up at the next restart.',
      example: 'model = AutoModel.from_pretrained("org/model")',
      useInstead: 'model = AutoModel.from_pretrained("org/model", revision="5d0f2e8a7f1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d")',
      testing:
        'Assert in a unit test that every hub load passes a 40-character hex `revision`; mirror the artefact in CI.',
      knownProblems:
        'A revision held in a variable is not checked. Model ids passed in variables are reported, since they usually name hub repositories.',
      references: [
        'https://huggingface.co/docs/huggingface_hub/guides/download#from-specific-version',
        'https://cwe.mitre.org/data/definitions/494.html',
      ],
    },
  },
  hints: ['from_pretrained', 'huggingface_hub', 'load_dataset', 'snapshot_download'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const fn = call.method ?? 'from_pretrained';
      const revision = call.kwarg('revision') ?? call.kwarg('commit_id');
      const source = ctx.staticString(
        call.argOrKwarg(0, fn === 'from_pretrained' ? 'pretrained_model_name_or_path' : 'repo_id') ??
          call.kwarg('path'),
      );
      if (source !== undefined && LOCAL_PATH.test(source)) return;
      if (revision) {
        const pinned = ctx.staticString(revision);
        if (pinned === undefined || COMMIT.test(pinned)) return;
        ctx.report({ node: call.node, messageId: 'branch', data: { fn, revision: pinned } });
        return;
      }
      if (!call.hasSplat) ctx.report({ node: call.node, messageId: 'missing', data: { fn } });
    };
    return {
      calls: {
        ...Object.fromEntries(DOWNLOADERS.map((name) => [name, check])),
        '*.from_pretrained': (call) => {
          if (HUB_LIBRARIES.has(call.name?.split('.')[0] ?? '')) check(call);
        },
      },
    };
  },
});
