// Finds function definitions without a whole-tree query: walks statement containers only (module, class
// bodies, decorators, if/try/with blocks), never into function bodies, which StmtReader visits on demand.
import type { Node } from '../../syntax-node.js';

const CONTAINERS = new Set([
  'module',
  'block',
  'class_definition',
  'decorated_definition',
  'if_statement',
  'elif_clause',
  'else_clause',
  'try_statement',
  'except_clause',
  'finally_clause',
  'with_statement',
]);

export function topLevelFunctions(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (node: Node) => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'function_definition') out.push(child);
      else if (CONTAINERS.has(child.type)) visit(child);
    }
  };
  visit(root);
  return out;
}
