// numpy-load-allow-pickle: numpy.load with allow_pickle=True, which unpickles object arrays from the file.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

export default defineRule({
  meta: {
    id: 'numpy-load-allow-pickle',
    title: 'numpy.load with allow_pickle=True',
    category: 'deserialization',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['numpy'],
    aliases: {},
    messages: {
      allowPickle:
        '`numpy.load(..., allow_pickle=True)` unpickles object arrays, running code chosen by whoever wrote the file.',
    },
    docs: {
      whatItDoes: 'Flags `numpy.load` called with a true `allow_pickle`.',
      whyBad:
        'Object arrays in `.npy`/`.npz` files are stored as pickles. With `allow_pickle=True` loading such a file runs its `__reduce__` payload (CVE-2019-6446 is why the default became False).',
      businessImpact:
        'Code execution on data-science and ML-serving hosts that load shared datasets or model artefacts.',
      attackScenario:
        'A training job loads features from a shared bucket with `np.load(path, allow_pickle=True)`; an attacker uploads an `.npy` holding a pickled object that opens a reverse shell.',
      example: 'features = np.load(path, allow_pickle=True)',
      useInstead:
        'features = np.load(path)  # store numeric arrays; keep objects in a safe format such as JSON or safetensors',
      testing: 'Save an object array with a malicious pickle and assert that loading it raises ValueError.',
      references: [
        'https://numpy.org/doc/stable/reference/generated/numpy.load.html',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['numpy'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const allow = call.argOrKwarg(2, 'allow_pickle');
      if (!allow || ctx.truthiness(allow) === false) return;
      ctx.report({ node: call.node, messageId: 'allowPickle', severity: ctx.truthiness(allow) ? 'medium' : 'low' });
    };
    return { calls: { 'numpy.load': check } };
  },
});
