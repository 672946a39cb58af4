// The modules an import statement names (`import a.b as c, d` → a.b, d; `from a import b` → a, a.b).
import type { Node } from 'web-tree-sitter';

/** Module names an `import` / `from … import` statement refers to; relative imports keep their dots. */
export function importedModules(statement: Node): string[] {
  if (statement.type === 'import_statement') {
    return statement.namedChildren.flatMap((child) => {
      if (child?.type === 'dotted_name') return [child.text];
      if (child?.type === 'aliased_import') return [child.childForFieldName('name')?.text ?? ''];
      return [];
    }).filter(Boolean);
  }
  if (statement.type !== 'import_from_statement') return [];
  const module = statement.childForFieldName('module_name')?.text.replace(/\s+/g, '');
  if (!module) return [];
  const names = statement.childrenForFieldName('name').map((n) => (n?.type === 'aliased_import' ? n.childForFieldName('name')?.text : n?.text));
  return [module, ...names.filter((n): n is string => Boolean(n)).map((n) => `${module}.${n}`)];
}
