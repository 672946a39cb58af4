// keras-unsafe-deserialization: Keras model loading with safe_mode=False, which runs Lambda-layer bytecode.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { removeArgument } from '../../src/analysis/python/fixes.js';

const LOAD_MODEL = [
  'keras.models.load_model',
  'keras.saving.load_model',
  'tensorflow.keras.models.load_model',
  'tf_keras.models.load_model',
  'keras.layers.deserialize',
  'keras.models.model_from_json',
];
const UNSAFE_SWITCH = [
  'keras.config.enable_unsafe_deserialization',
  'tensorflow.keras.config.enable_unsafe_deserialization',
];

export default defineRule({
  meta: {
    id: 'keras-unsafe-deserialization',
    title: 'Keras model loaded with safe_mode=False',
    category: 'ai-ml',
    cwe: ['CWE-502', 'CWE-94'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'high',
    riskScore: 7,
    confidence: 'high',
    evidence: 'config',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['keras', 'tensorflow'],
    aliases: {},
    fixable: true,
    messages: {
      safeModeOff: '`{{fn}}` is called with safe_mode=False, so Lambda layers in the file run arbitrary Python code.',
      globalSwitch:
        '`{{fn}}` turns off Keras safe mode for the whole process; every model loaded afterwards may run code.',
    },
    docs: {
      whatItDoes:
        'Flags Keras `load_model`/`deserialize`/`model_from_json` calls with `safe_mode=False`, and `keras.config.enable_unsafe_deserialization()`. The fix removes `safe_mode=False`.',
      whyBad:
        'Keras stores `Lambda` layers as marshalled Python bytecode; safe mode refuses to load them. Turning it off runs that bytecode while the model is loaded (CVE-2024-3660 class).',
      businessImpact: 'Code execution on ML hosts from a shared or downloaded `.keras` file.',
      attackScenario:
        'An attacker uploads a `.keras` model with a Lambda layer that opens a reverse shell to a model-sharing portal whose import job calls `load_model(path, safe_mode=False)`.',
      example: 'model = keras.models.load_model(path, safe_mode=False)',
      useInstead: 'model = keras.models.load_model(path)  # rewrite Lambda layers as registered custom layers',
      testing: 'Load a model containing a Lambda layer and assert it raises instead of loading.',
      references: [
        'https://keras.io/api/models/model_saving_apis/model_saving_and_loading/',
        'https://cwe.mitre.org/data/definitions/502.html',
      ],
    },
  },
  hints: ['enable_unsafe_deserialization', 'keras', 'load_model', 'model_from_json', 'tensorflow'],
  create(ctx) {
    const check = (call: CallInfo) => {
      const safeMode = call.kwarg('safe_mode');
      if (!safeMode || ctx.truthiness(safeMode) !== false) return;
      ctx.report({
        node: call.node,
        messageId: 'safeModeOff',
        data: { fn: call.name ?? 'load_model' },
        fix: {
          description: 'Drop safe_mode=False so Keras refuses code-carrying layers.',
          edits: [removeArgument(safeMode, ctx.source)],
        },
      });
    };
    const globalSwitch = (call: CallInfo) =>
      ctx.report({ node: call.node, messageId: 'globalSwitch', data: { fn: call.name ?? '' } });
    return {
      calls: {
        ...Object.fromEntries(LOAD_MODEL.map((fn) => [fn, check])),
        '*.load_model': check,
        ...Object.fromEntries(UNSAFE_SWITCH.map((fn) => [fn, globalSwitch])),
      },
    };
  },
});
