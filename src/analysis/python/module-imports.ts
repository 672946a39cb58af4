// The modules a Python file needs: the top-level names of its absolute imports, leaving out optional ones. Read by
// the dependency review (imports that no manifest declares); extracted by the scan's imports pass (imports-pass.ts)
// while the tree is parsed anyway, so the review need not parse every file again.
import type { Node } from '../syntax-node.js';

/** A top-level module name and the 1-based line of its first import. */
export type ModuleImport = [module: string, line: number];

/** Every import statement of a tree, in source order (a whole-tree walk: the engine's query finds them anyway). */
export function importStatementsOf(root: Node): Node[] {
  return root.descendantsOfType(['import_statement', 'import_from_statement']).filter((n): n is Node => !!n);
}

/**
 * Top-level modules of the file's absolute imports (`statements`: its import statements in source order), each with
 * the line of its first import; optional imports are left out.
 */
export function requiredImports(statements: Iterable<Node>): ModuleImport[] {
  const out = new Map<string, number>();
  for (const statement of statements) {
    if (!statement || optionalImport(statement)) continue;
    const names =
      statement.type === 'import_statement'
        ? statement.namedChildren
            .map((c) => (c?.type === 'aliased_import' ? c.childForFieldName('name') : c))
            .filter((c) => c?.type === 'dotted_name')
            .map((c) => c!.text)
        : [statement.childForFieldName('module_name')].filter((c) => c?.type === 'dotted_name').map((c) => c!.text);
    for (const name of names) {
      const top = name.split('.')[0]!.trim();
      if (top && !out.has(top)) out.set(top, statement.startPosition.row + 1);
    }
  }
  return [...out];
}

/**
 * Imports that may legitimately be undeclared: optional ones (`try: import x` / `except ImportError`,
 * `with suppress(ImportError): import x`) and type-checking-only ones (`if TYPE_CHECKING: import x`).
 */
function optionalImport(node: Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'try_statement') return true;
    if (
      p.type === 'with_statement' &&
      /\b(?:ImportError|ModuleNotFoundError)\b/.test(p.namedChildren.find((c) => c?.type === 'with_clause')?.text ?? '')
    )
      return true;
    if (p.type === 'if_statement' && /\bTYPE_CHECKING\b/.test(p.childForFieldName('condition')?.text ?? ''))
      return true;
  }
  return false;
}
