// The file pass that keeps each file's required imports (python/module-imports.ts) in its result: the dependency
// review's phantom-import check reads them there (cached with the result) instead of parsing every file again.
import type { FilePass } from './file-pass.js';
import { requiredImports, type ModuleImport } from './python/module-imports.js';

export const IMPORTS_PASS_ID = 'imports';

export const importsPass: FilePass = {
  id: IMPORTS_PASS_ID,
  visit: (_root, _file, _source, _imports, statements) => requiredImports(statements),
};

/** The imports a result carries, or undefined when it has none or they are not of the expected shape. */
export function importsOfResult(passData: Record<string, unknown> | undefined): ModuleImport[] | undefined {
  const value = passData?.[IMPORTS_PASS_ID];
  if (!Array.isArray(value)) return undefined;
  const ok = value.every(
    (entry): entry is ModuleImport =>
      Array.isArray(entry) && typeof entry[0] === 'string' && Number.isInteger(entry[1]) && entry.length === 2,
  );
  return ok ? value : undefined;
}
