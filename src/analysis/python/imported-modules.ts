// The modules an import statement pulls in (`from xml.etree import ElementTree` → xml.etree, xml.etree.ElementTree).
import type { Node } from '../syntax-node.js';
import type { CallInfo } from './call-name.js';

/**
 * Dotted names an `import` / `from … import …` statement makes available: the module itself and, for `from`
 * imports, `module.name` for each imported name (a name may be a submodule, as in `from xml import sax`).
 */
export function importedModules(statement: Node): string[] {
  if (statement.type === 'import_statement') {
    return statement.namedChildren
      .flatMap((child) => {
        if (child?.type === 'dotted_name') return [compact(child.text)];
        if (child?.type === 'aliased_import') return [compact(child.childForFieldName('name')?.text ?? '')];
        return [];
      })
      .filter(Boolean);
  }
  if (statement.type !== 'import_from_statement') return [];
  const module = compact(statement.childForFieldName('module_name')?.text ?? '');
  if (!module || module.startsWith('.')) return [];
  const names = statement.childrenForFieldName('name').map((child) => {
    const name = child?.type === 'aliased_import' ? child.childForFieldName('name')?.text : child?.text;
    return name ? `${module}.${compact(name)}` : '';
  });
  return [module, ...names.filter(Boolean)];
}

/** The first entry of `modules` that `name` is, or is a submodule of. */
export function matchModule(name: string, modules: readonly string[]): string | undefined {
  return modules.find((m) => name === m || name.startsWith(`${m}.`));
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Calls that import a module named by a string: `__import__("telnetlib")`, `importlib.import_module("xml.sax")`. */
export const IMPORT_CALLS = ['__import__', 'importlib.import_module', 'importlib.__import__'];

/** The module a dynamic import call names, when its first argument is a constant string. */
export function importCallModule(
  call: CallInfo,
  staticString: (node: Node | undefined) => string | undefined,
): string | undefined {
  return staticString(call.argOrKwarg(0, 'name'));
}
