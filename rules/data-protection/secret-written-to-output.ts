// secret-written-to-output: passwords, API keys and tokens printed to the console or written to plain files.
import { defineRule } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { credentialOperand } from '../../src/analysis/python/secret-operands.js';

const CANDIDATE = /pass|pwd|secret|key|token|cred/i;

export default defineRule({
  meta: {
    id: 'secret-written-to-output',
    title: 'Secret printed or written in clear text',
    category: 'data-protection',
    cwe: ['CWE-312', 'CWE-532', 'CWE-200'],
    owasp: { '2021': ['A02:2021', 'A09:2021'], '2025': ['A04:2025', 'A09:2025'] },
    severity: 'medium',
    riskScore: 5,
    confidence: 'medium',
    threat: 'confidentiality',
    timeline: '7-days',
    aliases: {},
    messages: {
      print:
        '`{{fn}}` outputs `{{name}}` in clear text; console output ends up in CI logs, journald and terminal scrollback.',
      write:
        '`{{fn}}` writes `{{name}}` in clear text to `{{target}}`; what is written to files and streams is kept and copied, so store secrets in a secret manager or encrypt them.',
    },
    docs: {
      whatItDoes:
        'Flags `print()`, `pprint()`, `sys.stdout/stderr.write()` and file `.write()/.writelines()` calls whose arguments include a variable named like a password, secret, API key or auth token.',
      whyBad:
        'Standard output is captured by CI systems, container logs and process supervisors, and plain files are backed up and copied; a secret written there is no longer under access control.',
      businessImpact:
        'Credential leaks through build logs or log aggregation, often visible to a much wider audience than production access allows.',
      attackScenario:
        'A setup script prints `f"Generated admin password: {password}"`; the CI job log is public for an open-source project, and the attacker logs into the demo instance as admin.',
      example: 'print(f"Connecting with {db_password}")\nwith open("creds.txt", "w") as f:\n    f.write(api_key)',
      useInstead:
        'print("Connecting to the database")  # never the secret\nkeyring.set_password("app", "api", api_key)',
      testing: 'Capture stdout (capsys) and written files in a test and assert the secret value does not appear.',
      knownProblems:
        'Derived values (password_hash, password_length, token_type) are not reported. Logging calls are left to the logging rules. Test files are skipped.',
      references: [
        'https://cwe.mitre.org/data/definitions/312.html',
        'https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude',
      ],
    },
  },
  hints: ['print', 'stderr', 'stdout', 'write'],
  create(ctx) {
    const check = (messageId: 'print' | 'write') => (call: CallInfo) => {
      if (ctx.file.isTest) return;
      // One text read of the arguments rules out almost every write(); the tree walk runs only on candidates.
      if (!CANDIDATE.test(call.argumentList?.text ?? '')) return;
      const name = call.positional.map(credentialOperand).find(Boolean);
      if (!name) return;
      const target = call.receiver?.text ?? '';
      // `self.stdout.write` (Django management commands) is console output, not a file.
      const console = messageId === 'print' || /(^|\.)(stdout|stderr)$/.test(target);
      ctx.report({
        node: call.node,
        messageId: console ? 'print' : 'write',
        data: { fn: call.name ?? call.method ?? '', name, target },
      });
    };
    const print = check('print');
    const write = check('write');
    return {
      calls: {
        print,
        'pprint.pprint': print,
        'pprint.pp': print,
        'sys.stdout.write': print,
        'sys.stderr.write': print,
        '*.write': write,
        '*.writelines': write,
      },
    };
  },
});
