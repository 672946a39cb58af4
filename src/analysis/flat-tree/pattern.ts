// The `nodes` patterns rules may subscribe to (`(assignment right: [(string) (concatenated_string)])`), matched on
// a flat tree without compiling a query: a node pattern is a type and child patterns, each optionally behind a
// field, matched by distinct children in their order (not necessarily adjacent), as tree-sitter matches them; an
// alternation `[…]` matches any of its patterns. Anything else (anchors, predicates, quantifiers, strings,
// wildcards, captures) is not compiled, and the engine then uses the query.
import type { FlatTree } from './flat-node.js';

interface NodePattern {
  kind: 'node';
  type: string;
  children: ChildPattern[];
}
interface Alternation {
  kind: 'any';
  options: Pattern[];
}
type Pattern = NodePattern | Alternation;
interface ChildPattern {
  field?: string;
  pattern: Pattern;
}

const TOKEN = /\s*(\(|\)|\[|\]|[a-z_][a-z0-9_]*:|[a-z_][a-z0-9_]*)/y;

/** The compiled pattern, or undefined when it uses more than this matcher knows. */
export function compileFlatPattern(source: string): FlatPattern | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    tokens.push(m[1]!);
    at = TOKEN.lastIndex;
  }
  if (source.slice(at).trim()) return undefined;
  let next = 0;
  const parse = (): Pattern | undefined => {
    const open = tokens[next++];
    if (open === '[') {
      const options: Pattern[] = [];
      while (tokens[next] !== ']') {
        if (next >= tokens.length) return undefined;
        const option = parse();
        if (!option) return undefined;
        options.push(option);
      }
      next++;
      return options.length ? { kind: 'any', options } : undefined;
    }
    if (open !== '(') return undefined;
    const type = tokens[next++];
    if (!type || !/^[a-z_][a-z0-9_]*$/.test(type) || type === '_') return undefined;
    const children: ChildPattern[] = [];
    while (tokens[next] !== ')') {
      if (next >= tokens.length) return undefined;
      const token = tokens[next]!;
      const field = token.endsWith(':') ? token.slice(0, -1) : undefined;
      if (field) next++;
      const pattern = parse();
      if (!pattern) return undefined;
      children.push(field ? { field, pattern } : { pattern });
    }
    next++;
    return { kind: 'node', type, children };
  };
  const root = parse();
  if (!root || root.kind !== 'node' || next !== tokens.length) return undefined;
  return new FlatPattern(root);
}

export class FlatPattern {
  /** The node type every match starts at. */
  readonly root: string;

  constructor(private readonly pattern: NodePattern) {
    this.root = pattern.type;
  }

  /** Whether the node at `index` of `tree` matches. */
  matches(tree: FlatTree, index: number): boolean {
    return matchNode(tree, index, this.pattern);
  }
}

function matchPattern(tree: FlatTree, index: number, pattern: Pattern): boolean {
  if (pattern.kind === 'any') return pattern.options.some((p) => matchPattern(tree, index, p));
  return matchNode(tree, index, pattern);
}

/**
 * The type, then the child patterns in order, each on a later child than the one before: choosing the earliest
 * child for each pattern never rules out a match a later choice would allow.
 */
function matchNode(tree: FlatTree, index: number, pattern: NodePattern): boolean {
  const { data } = tree;
  // A named pattern matches named nodes only, as a query's `(type)` does.
  if (!data.named[index] || tree.typeName(index) !== pattern.type) return false;
  let child = data.firstChild[index]!;
  for (const step of pattern.children) {
    const field = step.field === undefined ? 0 : tree.fieldId(step.field);
    if (step.field !== undefined && !field) return false;
    for (; child !== -1; child = data.nextSibling[child]!) {
      if (field && data.field[child] !== field) continue;
      if (matchPattern(tree, child, step.pattern)) break;
    }
    if (child === -1) return false;
    child = data.nextSibling[child]!;
  }
  return true;
}
