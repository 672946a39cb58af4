// tainted-code-execution: follows untrusted input (including a language model's answer) to `eval`, `exec`, `compile`, `__import__` and `importlib.import_module` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-code-execution',
  title: 'Untrusted input evaluated as Python code',
  category: 'command-injection',
  cwe: ['CWE-95', 'CWE-94'],
  owasp: { '2021': ['A03:2021'], '2025': ['A05:2025'] },
  severity: 'critical',
  riskScore: 10,
  confidence: 'high',
  threat: 'integrity',
  timeline: 'immediate',
  technology: ['python'],
  aliases: { bandit: ['B307', 'B102'], ruff: ['S307', 'S102'] },
  taint: { sinks: ['code'], messageId: 'tainted' },
  messages: {
    tainted: 'Untrusted input from `{{source}}` (line {{sourceLine}}) is run as Python code by `{{sink}}`.',
  },
  docs: {
    whatItDoes:
      "Follows untrusted input (including a language model's answer) to `eval`, `exec`, `compile`, `__import__` and `importlib.import_module`.",
    whyBad:
      '`eval` and `exec` run any Python expression or statement: the input gets the full power of the interpreter.',
    businessImpact: 'Complete server compromise: secrets, databases and every system the process can reach.',
    attackScenario:
      'The attacker sends `__import__("os").system("id")` as a "formula" to a calculator endpoint that calls `eval(expr)`.',
    example: 'result = eval(request.args["expr"])',
    useInstead:
      'value = ast.literal_eval(request.args["value"])  # eval of a literal value only (numbers, strings, lists)\nresult = HANDLERS[request.args["op"]](*args)  # exec, compile or import of code: dispatch on a fixed table',
    testing: 'Send `__import__("os").getpid()` and assert the endpoint rejects it instead of returning a number.',
    knownProblems: 'Sandboxes built around `eval` (restricted globals) are still reported: they are routinely escaped.',
    references: [
      'https://cwe.mitre.org/data/definitions/95.html',
      'https://docs.python.org/3/library/functions.html#eval',
      'https://owasp.org/www-community/attacks/Code_Injection',
    ],
  },
});
