// Import bindings of a module: which local name stands for which qualified name (`sp` → `subprocess`).
import type { Node } from '../syntax-node.js';

/** local name → fully qualified name it is bound to by an import anywhere in the file. */
export type ImportMap = Map<string, string>;

/** Records one `import …` or `from … import …` statement into `map`. */
export function addImport(statement: Node, map: ImportMap): void {
  if (statement.type === 'import_statement') {
    for (const child of statement.namedChildren) {
      if (!child) continue;
      if (child.type === 'dotted_name') {
        // `import a.b.c` binds `a`, and `a.b.c.x` resolves through the head unchanged.
        const head = child.text.split('.')[0] ?? child.text;
        if (!map.has(head)) map.set(head, head);
      } else if (child.type === 'aliased_import') {
        const name = child.childForFieldName('name')?.text;
        const alias = child.childForFieldName('alias')?.text;
        if (name && alias) map.set(alias, name);
      }
    }
    return;
  }
  if (statement.type !== 'import_from_statement') return;
  const moduleNode = statement.childForFieldName('module_name');
  if (!moduleNode) return;
  const module = moduleNode.text.replace(/\s+/g, '');
  for (const child of statement.childrenForFieldName('name')) {
    if (!child) continue;
    if (child.type === 'dotted_name') {
      map.set(child.text, joinName(module, child.text));
    } else if (child.type === 'aliased_import') {
      const name = child.childForFieldName('name')?.text;
      const alias = child.childForFieldName('alias')?.text;
      if (name && alias) map.set(alias, joinName(module, name));
    }
  }
}

function joinName(module: string, name: string): string {
  return module.endsWith('.') ? `${module}${name}` : `${module}.${name}`;
}
