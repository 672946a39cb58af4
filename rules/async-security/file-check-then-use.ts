// file-check-then-use: a path is checked (exists/isfile/access) and then used, leaving a race window (CWE-367).
import type { Node } from '../../src/analysis/syntax-node.js';
import { defineRule, type Fix, type RuleContext } from '../../src/analysis/rule.js';
import type { CallInfo } from '../../src/analysis/python/call-name.js';
import { replaceNode } from '../../src/analysis/python/fixes.js';

const CHECKS = ['os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.lexists', 'os.path.islink', 'os.access'];
/** Calls that modify a path → positions of the path arguments they modify (reads after a check are harmless). */
const USES: Record<string, number[]> = {
  open: [0],
  'io.open': [0],
  'os.open': [0],
  'os.remove': [0],
  'os.unlink': [0],
  'os.rmdir': [0],
  'os.rename': [0, 1],
  'os.replace': [0, 1],
  'os.chmod': [0],
  'os.chown': [0],
  'os.symlink': [1],
  'os.link': [1],
  'shutil.copy': [1],
  'shutil.copy2': [1],
  'shutil.copyfile': [1],
  'shutil.move': [0, 1],
  'shutil.rmtree': [0],
  'os.makedirs': [0],
  'os.mkdir': [0],
};
const OPENERS = new Set(['open', 'io.open']);
const CREATE_DIR = new Set(['os.makedirs', 'os.mkdir']);
/** Removing a path does not follow a swapped-in symlink: the race only makes the call fail. */
const REMOVERS = new Set(['os.remove', 'os.unlink', 'os.rmdir']);

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
      mkdirRace:
        '`{{use}}` after `{{check}}` fails if the directory appears in between; use `os.makedirs(..., exist_ok=True)`.',
    },
    docs: {
      whatItDoes:
        'Flags calls that modify a path (`open` for writing, `os.remove`, `os.rename`, `os.chmod`, `shutil.copy` to it, `shutil.rmtree`, …) inside an `if` whose condition checks that same path with `os.path.exists/isfile/isdir/islink` or `os.access`. Reading a checked file is not reported.',
      whyBad:
        'Between the check and the use another process (or coroutine, or attacker with access to the directory) can replace the path with a symlink or remove it, so the program acts on a different file than the one it checked.',
      businessImpact:
        'Privileged processes can be tricked into overwriting or disclosing arbitrary files; at best the code crashes intermittently.',
      attackScenario:
        'A root cleanup job does `if os.path.isfile(p): os.remove(p)` in a shared upload directory; an attacker swaps `p` for a symlink to /etc/shadow between the two calls.',
      example: 'if os.path.exists(path):\n    os.remove(path)',
      useInstead: 'try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass',
      testing:
        'Race the code in a loop against a thread that swaps the path for a symlink, and assert it never follows the link (use O_NOFOLLOW / dir_fd where needed).',
      knownProblems:
        'Only the same path expression (same text) is matched; test files are skipped. `if not exists: makedirs` is reported at low severity with an `exist_ok=True` autofix; remove/unlink/rmdir after a check are low too (they do not follow symlinks, the race only makes them fail).',
      references: [
        'https://cwe.mitre.org/data/definitions/367.html',
        'https://docs.python.org/3/glossary.html#term-EAFP',
      ],
    },
  },
  hints: ['access', 'exists', 'isdir', 'isfile', 'islink'],
  requires: [['os.path', 'os.access']],
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
        const name = info.name;
        if (!name || !USES[name]?.some((i) => info.arg(i)?.text === path.text) || isReadOnlyOpen(ctx, info)) continue;
        const mkdir = CREATE_DIR.has(name);
        const fix = mkdir ? existOkFix(ctx, ifStatement, body as Node, info) : undefined;
        ctx.report({
          node: use,
          messageId: mkdir ? 'mkdirRace' : 'race',
          data: { use: name, check: call.name ?? 'check', path: path.text.slice(0, 40) },
          ...(mkdir || REMOVERS.has(name) ? { severity: 'low' as const } : {}),
          ...(fix ? { fix } : {}),
        });
        return;
      }
    };
    return { calls: Object.fromEntries(CHECKS.map((n) => [n, check])) };
  },
});

/** `open(p)`, `open(p, "rb")`: reading a file that was just checked is not the dangerous half of the race. */
function isReadOnlyOpen(ctx: RuleContext, call: CallInfo): boolean {
  if (!call.name || !OPENERS.has(call.name)) return false;
  const mode = call.argOrKwarg(1, 'mode');
  if (!mode) return true;
  const value = ctx.staticString(mode);
  return value !== undefined && !/[wax+]/.test(value);
}

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
  if (use.name !== 'os.makedirs' || body.namedChildCount !== 1 || ifStatement.childForFieldName('alternative'))
    return undefined;
  if (use.node.parent?.parent?.id !== body.id || use.kwarg('exist_ok') || !use.argumentList) return undefined;
  const args = use.argumentList.text.slice(1, -1).trim().replace(/,$/, '');
  return {
    description: 'Create the directory with exist_ok=True.',
    edits: [replaceNode(ifStatement, `${use.callee.text}(${args}, exist_ok=True)`)],
  };
}
