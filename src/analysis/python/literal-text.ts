// Whether an expression is text written in the source (a plain literal), as XSS rules need: escaping can only
// be skipped safely for markup the developer wrote, not for text that mixes in values.
import type { Node } from '../syntax-node.js';
import type { SafeCall } from './safe-calls.js';
import { bindingsOf } from './scope-assignments.js';

/** A string/bytes literal without interpolation, implicit concatenations of those, parenthesised. */
export function isPlainLiteral(node: Node | null | undefined): boolean {
  if (!node) return false;
  switch (node.type) {
    case 'string':
      return !node.namedChildren.some((c) => c?.type === 'interpolation');
    case 'concatenated_string':
      return node.namedChildren.every((c) => !c || c.type === 'comment' || isPlainLiteral(c));
    case 'parenthesized_expression':
      return isPlainLiteral(node.namedChildren[0]);
    default:
      return false;
  }
}

const CONSTANT_TYPES = new Set(['integer', 'float', 'true', 'false', 'none']);
const MAX_DEPTH = 12;

/**
 * Text built only from literals: plain literals, f-strings, `%`, `+` and `.format()` whose parts are all
 * literal-composed, and variables only ever assigned such text (`s = "<b>{}</b>".format("x"); mark_safe(s)`).
 * With `safeCall`, a call it accepts counts as literal too (`mark_safe("<b>%s</b>" % escape(name))`); with
 * `followNames: false`, a variable does not, whatever it holds (Bandit's Markup check reports every name).
 */
export function isLiteralComposed(
  node: Node | null | undefined,
  options: { safeCall?: SafeCall; followNames?: boolean } = {},
): boolean {
  return composed(node, 0, options.safeCall, options.followNames ?? true);
}

function composed(
  node: Node | null | undefined,
  depth: number,
  safeCall: SafeCall | undefined,
  followNames = true,
): boolean {
  if (!node || depth > MAX_DEPTH) return false;
  const parts = (n: Node) =>
    n.namedChildren.every((c) => !c || c.type === 'comment' || composed(c, depth + 1, safeCall, followNames));
  switch (node.type) {
    case 'string':
      return node.namedChildren.every(
        (c) =>
          c?.type !== 'interpolation' || composed(c.childForFieldName('expression'), depth + 1, safeCall, followNames),
      );
    case 'concatenated_string':
    case 'parenthesized_expression':
    case 'tuple':
    case 'list':
    case 'list_splat':
    case 'dictionary_splat':
    case 'keyword_argument':
      return node.type === 'keyword_argument'
        ? composed(node.childForFieldName('value'), depth + 1, safeCall, followNames)
        : parts(node);
    case 'dictionary':
      return node.namedChildren.every(
        (p) =>
          !p ||
          p.type === 'comment' ||
          (p.type === 'pair' && composed(p.childForFieldName('value'), depth + 1, safeCall, followNames)),
      );
    case 'binary_operator': {
      const op = node.childForFieldName('operator')?.type;
      return (
        (op === '+' || op === '%') &&
        composed(node.childForFieldName('left'), depth + 1, safeCall, followNames) &&
        composed(node.childForFieldName('right'), depth + 1, safeCall, followNames)
      );
    }
    case 'call': {
      if (safeCall?.(node)) return true;
      const fn = node.childForFieldName('function');
      const args = node.childForFieldName('arguments');
      if (
        fn?.type !== 'attribute' ||
        fn.childForFieldName('attribute')?.text !== 'format' ||
        args?.type !== 'argument_list'
      )
        return false;
      return composed(fn.childForFieldName('object'), depth + 1, safeCall, followNames) && parts(args);
    }
    case 'identifier':
      return followNames && isBound(node, (value) => composed(value, depth + 3, safeCall, followNames));
    default:
      return CONSTANT_TYPES.has(node.type);
  }
}

/** Variables being resolved right now: `s = "x"; s = "<b>{}</b>".format(s)` refers to itself. */
const resolving = new Set<string>();

function isBound(node: Node | null | undefined, accepts: (value: Node | null) => boolean): boolean {
  if (!node) return false;
  if (node.type !== 'identifier') return accepts(node);
  const name = node.text;
  let scope: Node | null = node.parent;
  while (scope && scope.type !== 'function_definition' && scope.type !== 'module') scope = scope.parent;
  if (!scope) return false;
  const key = `${scope.startIndex}:${scope.endIndex}:${name}`;
  if (resolving.has(key)) return true; // its other assignments decide
  resolving.add(key);
  try {
    const local = assignedOnly(scope, name, accepts);
    if (local !== undefined || scope.type === 'module' || isParameter(scope, name)) return local ?? false;
    // Not assigned in the function: a module-level name (Bandit's "secure in global" case).
    let root: Node = scope;
    while (root.parent) root = root.parent;
    return assignedOnly(root, name, accepts, true) ?? false;
  } finally {
    resolving.delete(key);
  }
}

/** true/false when every/some assignment of `name` in `scope` is accepted; undefined when there is none. */
function assignedOnly(
  scope: Node,
  name: string,
  accepts: (value: Node | null) => boolean,
  topLevelOnly = false,
): boolean | undefined {
  if (scope.type === 'function_definition' && isParameter(scope, name)) return false;
  let assigned = 0;
  for (const { node: assignment, left } of bindingsOf(scope, name)) {
    if (topLevelOnly && assignment.parent?.parent?.type !== 'module') continue;
    // `for name in ("json", "csv"):` binds the name to each item of a literal collection in turn.
    const items = assignment.childForFieldName('right');
    if (
      assignment.type === 'for_statement' &&
      left.type === 'identifier' &&
      items &&
      ['tuple', 'list', 'set'].includes(items.type)
    ) {
      if (!accepts(items)) return false;
      assigned++;
      continue;
    }
    if (assignment.type !== 'assignment' || left.type !== 'identifier') return false;
    if (!accepts(assignment.childForFieldName('right'))) return false;
    assigned++;
  }
  return assigned > 0 ? true : undefined;
}

function isParameter(fn: Node, name: string): boolean {
  const params = fn.childForFieldName('parameters');
  return Boolean(
    params?.namedChildren.some(
      (p) =>
        p &&
        (p.type === 'identifier' ? p.text : (p.childForFieldName('name')?.text ?? p.namedChildren[0]?.text)) === name,
    ),
  );
}
