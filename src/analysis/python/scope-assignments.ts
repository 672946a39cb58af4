// The assignments below a scope node (a function or the module), indexed by the names their targets mention, built
// once per scope and tree. Name resolution in literal-text.ts asked for them once per identifier with a whole-scope
// `descendantsOfType`: a module with many string expressions paid a tree walk per operand (4 of the standard
// library's 30 seconds).
import type { Node } from '../syntax-node.js';

export interface Binding {
  /** The assignment, augmented assignment, `for`, `with` item or walrus. */
  node: Node;
  /** Its target: the `left` field (or `name`, or `value` for a `with` item). */
  left: Node;
}

const BINDING_TYPES = ['assignment', 'augmented_assignment', 'for_statement', 'with_item', 'named_expression'];
const NONE: readonly Binding[] = [];
/** Per tree (weakly: a tree's index goes with it), per scope node id, per name: bindings in document order. */
const indexes = new WeakMap<object, Map<number, Map<string, Binding[]>>>();

/** Every binding in `scope` (nested scopes included) whose target mentions `name`, in document order. */
export function bindingsOf(scope: Node, name: string): readonly Binding[] {
  let scopes = indexes.get(scope.tree);
  if (!scopes) {
    scopes = new Map();
    indexes.set(scope.tree, scopes);
  }
  let index = scopes.get(scope.id);
  if (!index) {
    index = indexOf(scope);
    scopes.set(scope.id, index);
  }
  return index.get(name) ?? NONE;
}

function indexOf(scope: Node): Map<string, Binding[]> {
  const index = new Map<string, Binding[]>();
  for (const node of scope.descendantsOfType(BINDING_TYPES)) {
    if (!node) continue;
    const left = node.childForFieldName('left') ?? node.childForFieldName('name') ?? node.childForFieldName('value');
    if (!left) continue;
    const names =
      left.type === 'identifier' ? [left.text] : new Set(left.descendantsOfType('identifier').map((id) => id?.text));
    for (const name of names) {
      if (name === undefined) continue;
      const list = index.get(name);
      if (list) list.push({ node, left });
      else index.set(name, [{ node, left }]);
    }
  }
  return index;
}
