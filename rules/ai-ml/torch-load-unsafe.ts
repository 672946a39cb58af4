// torch-load-unsafe: torch.load without weights_only=True unpickles arbitrary objects (Bandit B614).
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { appendArgument, replaceNode } from '../../src/analysis/python/fixes.js';

export default defineRule({
  meta: {
    id: 'torch-load-unsafe',
    title: 'torch.load without weights_only=True',
    category: 'ai-ml',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['pytorch'],
    aliases: { bandit: ['B614'] },
    fixable: true,
    messages: {
      missing:
        '`torch.load` without `weights_only=True` unpickles the file, running code chosen by whoever made the checkpoint.',
      disabled:
        '`torch.load(..., weights_only=False)` unpickles the file, running code chosen by whoever made the checkpoint.',
      unknown: '`torch.load` gets a `weights_only` value that is not known statically; make it the literal True.',
    },
    docs: {
      whatItDoes:
        'Flags `torch.load` unless `weights_only=True` is passed. `torch.jit.load` (TorchScript) is not matched. The fix adds or sets `weights_only=True`.',
      whyBad:
        'A `.pt`/`.pth` checkpoint is a pickle archive; without the weights-only unpickler, loading it runs any `__reduce__` payload inside. Checkpoints are routinely downloaded from model hubs.',
      businessImpact:
        'Code execution on training and inference hosts, which usually hold data sets, cloud credentials and GPUs worth stealing.',
      attackScenario:
        'An attacker publishes a fine-tuned checkpoint whose pickle runs a crypto-miner; a team evaluating it calls `torch.load("model.pt")` on their GPU cluster.',
      example: 'state = torch.load(path)',
      useInstead: 'state = torch.load(path, weights_only=True)  # or safetensors.torch.load_file(path)',
      testing: 'Save a checkpoint with a malicious pickled object and assert loading raises `UnpicklingError`.',
      knownProblems:
        'Checkpoints that really contain custom classes need `torch.serialization.add_safe_globals` before the fix works.',
      references: [
        'https://pytorch.org/docs/stable/generated/torch.load.html',
        'https://huggingface.co/docs/safetensors/index',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['torch'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const weightsOnly = call.argOrKwarg(3, 'weights_only');
      if (!weightsOnly && call.hasSplat) return;
      const value = weightsOnly ? ctx.truthiness(weightsOnly) : undefined;
      if (value === true) return;
      const messageId = !weightsOnly ? 'missing' : value === false ? 'disabled' : 'unknown';
      const fix = messageId === 'unknown' ? undefined : weightsOnlyFix(ctx, call);
      ctx.report({
        node: call.node,
        messageId,
        ...(messageId === 'unknown' ? { confidence: 'medium' as const } : {}),
        ...(fix ? { fix } : {}),
      });
    };
    return { calls: { 'torch.load': check, 'torch.serialization.load': check } };
  },
});

function weightsOnlyFix(ctx: RuleContext, call: CallInfo): Fix | undefined {
  const current = call.kwarg('weights_only');
  const list = call.argumentList;
  if (!current && !list) return undefined;
  const edit = current ? replaceNode(current, 'True') : appendArgument(list!, 'weights_only=True', ctx.source);
  return { description: 'Load with weights_only=True (tensors and plain containers only).', edits: [edit] };
}
