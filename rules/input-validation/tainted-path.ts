// tainted-path: follows untrusted input to `open`, `os`/`shutil`/`pathlib` file operations and Flask `send_file` (data flow).
import { defineTaintRule } from '../../src/analysis/taint/define-taint-rule.js';

export default defineTaintRule({
  id: 'tainted-path',
  title: 'Untrusted input in a file path',
  category: 'input-validation',
  cwe: ['CWE-22'],
  owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
  severity: 'high',
  riskScore: 8,
  confidence: 'high',
  threat: 'confidentiality',
  timeline: '7-days',
  technology: ['os', 'shutil', 'pathlib', 'flask'],
  aliases: {},
  taint: { sinks: ['path'], messageId: 'tainted' },
  messages: {
    tainted:
      'Untrusted input from `{{source}}` (line {{sourceLine}}) chooses the file `{{sink}}` opens; confine it to a base directory.',
  },
  docs: {
    whatItDoes: 'Follows untrusted input to `open`, `os`/`shutil`/`pathlib` file operations and Flask `send_file`.',
    whyBad:
      '`../` sequences and absolute paths escape the intended directory, so the caller reads or overwrites any file the process can access.',
    businessImpact: "Disclosure of configuration, keys and other customers' files; overwriting code or data.",
    attackScenario:
      'The attacker requests `/download?name=../../etc/passwd` (or `../app/config.py`) and receives the file.',
    example: 'return open(os.path.join(UPLOADS, request.args["name"])).read()',
    useInstead:
      'return send_from_directory(UPLOADS, request.args["name"])  # or secure_filename / realpath + startswith check',
    testing:
      'Request `../` and absolute paths and assert a 404 or 400 instead of a file from outside the base directory.',
    knownProblems:
      'A custom containment check written as a helper function is not recognised; use `safe_join` or an inline realpath/startswith check.',
    references: [
      'https://cwe.mitre.org/data/definitions/22.html',
      'https://owasp.org/www-community/attacks/Path_Traversal',
      'https://flask.palletsprojects.com/en/latest/api/#flask.send_from_directory',
    ],
  },
});
