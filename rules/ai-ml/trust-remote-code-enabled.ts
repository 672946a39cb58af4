// trust-remote-code-enabled: trust_remote_code=True runs Python shipped inside a model or data-set repository.
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

export default defineRule({
  meta: {
    id: 'trust-remote-code-enabled',
    title: 'Model or data set loaded with trust_remote_code=True',
    category: 'ai-ml',
    cwe: ['CWE-94', 'CWE-829'],
    owasp: { '2021': ['A08:2021'], '2025': ['A03:2025'] },
    severity: 'high',
    riskScore: 8,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: 'immediate',
    technology: ['transformers', 'datasets'],
    aliases: {},
    messages: {
      enabled: '`{{fn}}` is called with trust_remote_code=True, which runs Python code from the model repository.',
      computed:
        '`{{fn}}` gets a trust_remote_code value that is not a constant; make sure configuration cannot switch it on.',
    },
    docs: {
      whatItDoes:
        'Flags any call that passes `trust_remote_code=True` (transformers `from_pretrained`/`pipeline`, `datasets.load_dataset`, vLLM, sentence-transformers).',
      whyBad:
        "The library downloads and imports `modeling_*.py` files from the repository, with your process's privileges. Unless the revision is pinned, the code can change at any time.",
      businessImpact:
        'Arbitrary code execution on inference and training hosts by whoever controls the model repository.',
      attackScenario:
        "A model card recommends `trust_remote_code=True`; weeks later the author's account is compromised and the modelling file gains a credential stealer that every consumer runs on load.",
      example: 'AutoModel.from_pretrained("org/model", trust_remote_code=True)',
      useInstead:
        'AutoModel.from_pretrained("org/model")  # or vendor the reviewed code and pin revision="<commit sha>"',
      testing: 'Assert in CI that no call passes trust_remote_code=True, or that each one also pins a reviewed commit.',
      knownProblems:
        'Calls that also pin a reviewed commit are still reported; suppress them with the review reference.',
      references: [
        'https://huggingface.co/docs/transformers/main/en/models#custom-models',
        'https://cwe.mitre.org/data/definitions/829.html',
      ],
    },
  },
  hints: ['trust_remote_code'],
  create(ctx) {
    const check = (kwarg: Node) => {
      if (kwarg.childForFieldName('name')?.text !== 'trust_remote_code') return;
      const call = kwarg.parent?.parent;
      if (call?.type !== 'call') return;
      const value = ctx.truthiness(kwarg.childForFieldName('value'));
      if (value === false) return;
      const fn = ctx.call(call).method ?? 'call';
      ctx.report({
        node: call,
        messageId: value ? 'enabled' : 'computed',
        data: { fn },
        ...(value ? {} : { severity: 'medium' as const }),
      });
    };
    return { nodes: { keyword_argument: check } };
  },
});
