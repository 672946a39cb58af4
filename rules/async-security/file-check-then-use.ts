// file-check-then-use: a path is checked (exists/isfile/access) and then used, leaving a race window (CWE-367).
import type { Node } from 'web-tree-sitter';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

const CHECKS = ['os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.lexists', 'os.path.islink', 'os.access'];
const USES = new Set([
  'open', 'io.open', 'os.open', 'os.remove', 'os.unlink', 'os.rmdir', 'os.rename', 'os.replace', 'os.chmod', 'os.chown',
  'os.symlink', 'os.link', 'shutil.copy', 'shutil.copy2', 'shutil.copyfile', 'shutil.move', 'shutil.rmtree', 'os.makedirs', 'os.mkdir',
]);
const CREATE_DIR = new Set(['os.makedirs', 'os.mkdir']);

export default defineRule({
  meta: {
    id: 'file-check-then-use',
    title: 'File checked then used (time-of-check to time-of-use race)',
    category: 'async-security',
    cwe: ['CWE-367'],
    owasp: { '2021': ['A04:2021'], '2025': ['A06:2025'] },
    severity: 'medium',
    riskScore: 4,
    confidence: 'medium',
    threat: 'integrity',
    timeline: '30-days',
    aliases: {},
    fixable: true,
    messages: {
      race: '`{{use}}` acts on `{{path}}` after `{{check}}` checked it: the file can change in between (symlink swap, deletion). Act first and handle the exception.',
      mkdirRace: '`{{use}}` after `{{check}}` fails if the directory appears in between; use `os.makedirs(..., exist_ok=True)`.',
    },
    docs: {
      whatItDoes: 'Flags `open`/`os.remove`/`os.rename`/`shutil.*`/`os.chmod`… on a path inside an `if` whose condition checks that same path with `os.path.exists/isfile/isdir/islink` or `os.access`.',
      whyBad: 'Between the check and the use another process (or coroutine, or attacker with access to the directory) can replace the path with a symlink or remove it, so the program acts on a different file than the one it checked.',
      businessImpact: 'Privileged processes can be tricked into overwriting or disclosing arbitrary files; at best the code crashes intermittently.',
      attackScenario: 'A root cleanup job does `if os.path.isfile(p): os.remove(p)` in a shared upload directory; an attacker swaps `p` for a symlink to /etc/shadow between the two calls.',
      example: 'if os.path.exists(path):\n    os.remove(path)',
      useInstead: 'try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass',
      testing: 'Race the code in a loop against a thread that swaps the path for a symlink, and assert it never follows the link (use O_NOFOLLOW / dir_fd where needed).',
      knownProblems: 'Only the same path expression (same text) is matched; test files are skipped. `if not exists: makedirs` is reported at low severity with an `exist_ok=True` autofix.',
      references: ['https://cwe.mitre.org/data/definitions/367.html', 'https://docs.python.org/3/glossary.html#term-EAFP'],
    },
  },
  create(ctx) {
    if (ctx.file.isTest || !/os\.path\.|os\.access|from os\.path import/.test(ctx.source)) return {}; // fixtures set up and tear down their own files
    const check = (call: CallInfo) => {
      const path = call.arg(0);
      const ifStatement = enclosingIfCondition(call.node);
      if (!path || !ifStatement) return;
      const body = ifStatement.childForFieldName('consequence');
      for (const use of body?.descendantsOfType('call') ?? []) {
        if (!use) continue;
        const info = ctx.call(use);
        if (!info.name || !USES.has(info.name) || info.arg(0)?.text !== path.text) continue;
        const mkdir = CREATE_DIR.has(info.name);
        const fix = mkdir ? existOkFix(ctx, ifStatement, body as Node, info) : undefined;
        ctx.report({
          node: use, messageId: mkdir ? 'mkdirRace' : 'race',
          data: { use: info.name, check: call.name ?? 'check', path: path.text.slice(0, 40) },
          ...(mkdir ? { severity: 'low' as const } : {}), ...(fix ? { fix } : {}),
        });
        return;
      }
    };
    return { calls: Object.fromEntries(CHECKS.map((n) => [n, check])) };
  },
});

/** The `if` statement whose condition contains `node` (not its body). */
function enclosingIfCondition(node: Node): Node | undefined {
  let child = node;
  for (let cur = node.parent; cur; child = cur, cur = cur.parent) {
    if (cur.type === 'if_statement') return cur.childForFieldName('condition')?.id === child.id ? cur : undefined;
    if (cur.type === 'block' || cur.type === 'function_definition') return undefined;
  }
  return undefined;
}

/** `if not os.path.exists(d):\n    os.makedirs(d)` (nothing else, no else) → `os.makedirs(d, exist_ok=True)`. */
function existOkFix(ctx: RuleContext, ifStatement: Node, body: Node, use: CallInfo): Fix | undefined {
  if (use.name !== 'os.makedirs' || body.namedChildCount !== 1 || ifStatement.childForFieldName('alternative')) return undefined;
  if (use.node.parent?.parent?.id !== body.id || use.kwarg('exist_ok') || !use.argumentList) return undefined;
  const args = use.argumentList.text.slice(1, -1).trim().replace(/,$/, '');
  return { description: 'Create the directory with exist_ok=True.', edits: [replaceNode(ifStatement, `${use.callee.text}(${args}, exist_ok=True)`)] };
}
