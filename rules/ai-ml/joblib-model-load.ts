// joblib-model-load: joblib.load, the usual scikit-learn model format, is pickle underneath.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const LOADERS = ['joblib.load', 'sklearn.externals.joblib.load', 'skops.io.load', 'mlflow.sklearn.load_model'];

export default defineRule({
  meta: {
    id: 'joblib-model-load',
    title: 'Model loaded with joblib (pickle-based)',
    category: 'ai-ml',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['joblib', 'scikit-learn', 'skops', 'mlflow'],
    aliases: {},
    messages: {
      load: '`{{fn}}` unpickles the model file; loading one from an untrusted source runs its code.',
      untrusted:
        '`skops.io.load(..., trusted=True)` trusts every type in the file, which makes it as unsafe as pickle.',
    },
    docs: {
      whatItDoes:
        'Flags `joblib.load` (and the old `sklearn.externals.joblib`), `mlflow.sklearn.load_model`, and `skops.io.load` with `trusted=True`.',
      whyBad:
        'joblib files are pickles with a numpy-friendly container; loading runs any `__reduce__` payload. Models are shared through hubs, buckets and experiment trackers where many people can write.',
      businessImpact: 'Code execution on model-serving hosts, exposure of training data and cloud credentials.',
      attackScenario:
        'An attacker with write access to the shared model bucket replaces `model.joblib` with a pickle that installs a backdoor; the inference service loads it at the next deploy.',
      example: 'model = joblib.load("model.joblib")',
      useInstead:
        'model = skops.io.load("model.skops", trusted=skops.io.get_untrusted_types(file="model.skops"))  # after review; or ONNX',
      testing:
        'Load a joblib file containing a malicious object and assert the loader rejects it (hash or signature check first).',
      knownProblems:
        'Models produced by the same pipeline and verified by hash are still reported; suppress with a reason.',
      references: [
        'https://joblib.readthedocs.io/en/stable/persistence.html',
        'https://scikit-learn.org/stable/model_persistence.html',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['joblib', 'load_model', 'sklearn', 'skops'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (call.name === 'skops.io.load') {
        const trusted = call.argOrKwarg(1, 'trusted');
        if (trusted && ctx.staticValue(trusted) === true) ctx.report({ node: call.node, messageId: 'untrusted' });
        return;
      }
      ctx.report({ node: call.node, messageId: 'load', data: { fn: call.name ?? 'joblib.load' } });
    };
    return { calls: Object.fromEntries(LOADERS.map((fn) => [fn, check])) };
  },
});
