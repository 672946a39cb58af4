// hardcoded-tmp-path: literal paths in shared temp directories (Bandit B108, Ruff S108).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule } from '../../src/analysis/rule.js';

const TMP_PATH = /^\/(tmp|var\/tmp|dev\/shm)(\/|$)/;
const QUICK = /["'](\/tmp|\/var\/tmp|\/dev\/shm)\b/;

export default defineRule({
  meta: {
    id: 'hardcoded-tmp-path',
    title: 'Hard-coded path in a shared temporary directory',
    category: 'input-validation',
    cwe: ['CWE-377', 'CWE-379'],
    owasp: { '2021': ['A01:2021'], '2025': ['A01:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: { bandit: ['B108'], ruff: ['S108'] },
    messages: {
      tmpPath:
        'Hard-coded path `{{path}}` in a world-writable directory; another user can pre-create or symlink it. Use the tempfile module.',
    },
    docs: {
      whatItDoes:
        'Flags string literals that start with /tmp, /var/tmp or /dev/shm. Docstrings, comparisons, `startswith`/`in` tests and `dir=` arguments (tempfile) are not reported; test files are reported at low severity.',
      whyBad:
        'Everyone can create files in these directories, so a fixed name can be claimed first by another local user (or a symlink placed there), turning writes into arbitrary file overwrite and reads into attacker-controlled input.',
      businessImpact:
        'Local privilege escalation, data tampering or leaks on shared servers, CI runners and multi-tenant containers.',
      attackScenario:
        "The service writes its session cache to `/tmp/app-cache.json`; a local user creates that path as a symlink to the service's config file, which is then overwritten with cache data.",
      example: 'with open("/tmp/report.csv", "w") as f:\n    f.write(data)',
      useInstead: 'with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:\n    f.write(data)',
      testing:
        'Pre-create the path as a symlink owned by another user and assert the program refuses to follow it (or no longer uses a fixed name).',
      knownProblems:
        'Paths inside private per-user or per-container tmp directories are still reported; f-strings are reported when their constant prefix is a temp path.',
      references: [
        'https://docs.python.org/3/library/tempfile.html',
        'https://cwe.mitre.org/data/definitions/377.html',
      ],
    },
  },
  hints: ['"/tmp', "'/tmp", '"/var/tmp', "'/var/tmp", '"/dev/shm', "'/dev/shm"],
  requires: [["'/tmp", '"/tmp', "'/var/tmp", '"/var/tmp', "'/dev/shm", '"/dev/shm']],
  create(ctx) {
    if (!QUICK.test(ctx.source)) return {}; // most files never mention a temp dir: skip the string walk
    return {
      nodes: {
        string(node) {
          const path = leadingText(node);
          if (!path || !TMP_PATH.test(path) || isIgnoredContext(node)) return;
          ctx.report({
            node,
            messageId: 'tmpPath',
            data: { path: path.split(/[\s{]/)[0] ?? path },
            ...(ctx.file.isTest ? { severity: 'low' as const } : {}),
          });
        },
      },
    };
  },
});

/** The constant text at the start of a (possibly f-) string, without prefix and quotes; undefined for bytes. */
function leadingText(node: Node): string | undefined {
  const start = node.firstChild;
  if (start?.type !== 'string_start' || /b/i.test(start.text)) return undefined;
  const content = node.child(1);
  return content?.type === 'string_content' ? content.text : undefined;
}

/** Docstrings, comparisons (`path == "/tmp"`, `"/tmp" in p`) and prefix tests only read the name. */
function isIgnoredContext(node: Node): boolean {
  let parent = node.parent;
  if (parent?.type === 'concatenated_string') parent = parent.parent;
  if (!parent) return false;
  if (parent.type === 'expression_statement' || parent.type === 'comparison_operator') return true;
  // `tempfile.mkstemp(dir="/tmp")`: naming the directory for a securely created file is fine.
  if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.text === 'dir') return true;
  if (parent.type === 'argument_list') {
    const callee = parent.parent?.childForFieldName('function');
    const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
    return method === 'startswith' || method === 'endswith' || method === 'replace';
  }
  return false;
}
