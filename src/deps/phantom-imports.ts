// "Phantom" imports: top-level modules the Python code imports that no manifest declares, that are not in the
// standard library and not one of the repository's own modules — a slip generated code often makes (and the name
// a squatter registers). Each is reported at its first import in a file, with the nearest popular PyPI project.
import { initParser, parsePython } from '../analysis/parser.js';
import { importStatementsOf, requiredImports, type ModuleImport } from '../analysis/python/module-imports.js';
import type { Finding } from '../analysis/rule.js';
import type { SourceFile } from '../analysis/scan.js';
import { readDataFile } from './data-file.js';
import { manifestFinding } from './finding.js';
import { IMPORT_PROVIDERS } from './import-providers.js';
import { normalizeName, type Dependency } from './model.js';
import { DEPENDENCY_PHANTOM_IMPORT } from './rule-metas.js';
import { damerauLevenshtein, popularNames } from './typosquat.js';

let stdlib: Set<string> | undefined;
const standardLibrary = () =>
  (stdlib ??= new Set(readDataFile<{ names: string[] }>('python-stdlib.json', 'scripts/gen-python-stdlib.mjs').names));

/** Projects whose PEP 503 name could be the one that installs `module` (before the provider table). */
function spellings(module: string): string[] {
  const m = normalizeName(module);
  // django-csp installs `csp`, drf-flex-fields… and so on: framework plugins drop the prefix in their import name.
  return [
    m,
    `py${m}`,
    `py-${m}`,
    `python-${m}`,
    `${m}-python`,
    `${m}-py`,
    `django-${m}`,
    `drf-${m}`,
    ...(IMPORT_PROVIDERS[module] ?? []),
  ];
}

const squash = (n: string) => n.replace(/-/g, '');

/** True when a declared (or locked) project can provide `module`, allowing for families such as google-cloud-*. */
export function isDeclared(module: string, declared: ReadonlySet<string>): boolean {
  if (spellings(module).some((n) => declared.has(n))) return true;
  const m = normalizeName(module);
  for (const d of declared) if (d.startsWith(`${m}-`) || squash(d) === squash(m)) return true;
  return false;
}

/** The popular PyPI project `module` most likely means: a known provider or spelling, else one or two edits away. */
export function nearestPopular(module: string): string | undefined {
  const { names, set } = popularNames();
  const exact = spellings(module).find((n) => set.has(n));
  if (exact) return exact;
  const m = normalizeName(module);
  if (m.length < 4) return undefined;
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    if (Math.abs(name.length - m.length) > 2) continue;
    const d = damerauLevenshtein(m, name, 2);
    if (d <= 2 && (!best || d < best.d)) best = { name, d };
    if (best?.d === 1) break; // most popular first: the first one-edit neighbour is the likeliest
  }
  return best?.name;
}

/** Every folder and module name of the repository's Python files: imports of these are first-party. */
export function ownModules(paths: readonly string[]): Set<string> {
  const own = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    const file = parts.pop() ?? '';
    for (const dir of parts) own.add(dir);
    own.add(file.replace(/\.pyi?$/, ''));
  }
  return own;
}

/**
 * Findings for the imports of `sources` that none of `dependencies` provides. Call only when the project has a
 * manifest: without one, every third-party import would be reported. `rootName` is the scanned folder's name.
 * `imports` holds what the analysis already extracted per path (the scan's imports pass, cached with the file's
 * result); only the other files are parsed here.
 */
export async function phantomImports(
  sources: readonly SourceFile[],
  dependencies: readonly Dependency[],
  options: { rootName?: string; imports?: ReadonlyMap<string, readonly ModuleImport[]> } = {},
): Promise<Finding[]> {
  const python = sources.filter((s) => /\.pyi?$/.test(s.path));
  const declared = new Set(dependencies.map((d) => d.normalized));
  const own = ownModules(python.map((s) => s.path));
  // Scanning a package folder itself (`sentinelpy scan shop/`): its own `from shop import db` is first-party.
  if (options.rootName) own.add(options.rootName);
  const std = standardLibrary();
  const findings: Finding[] = [];
  // One search of the popular names per module, not per importing file (a module is imported from many).
  const nearestOf = new Map<string, string | undefined>();
  for (const source of python) {
    const imports = options.imports?.get(source.path) ?? (await parsedImports(source.content));
    let lines: string[] | undefined;
    for (const [module, line] of imports) {
      if (std.has(module) || own.has(module) || isDeclared(module, declared)) continue;
      lines ??= source.content.split(/\r?\n/);
      if (!nearestOf.has(module)) nearestOf.set(module, nearestPopular(module));
      const nearest = nearestOf.get(module);
      const at = { file: source.path, line, text: lines[line - 1] ?? '' };
      findings.push(
        nearest
          ? manifestFinding(DEPENDENCY_PHANTOM_IMPORT, 'nearest', { module, nearest }, at, {
              severity: nearest === normalizeName(module) ? 'low' : 'medium',
            })
          : manifestFinding(DEPENDENCY_PHANTOM_IMPORT, 'unknown', { module }, at),
      );
    }
  }
  return findings;
}

async function parsedImports(content: string): Promise<readonly ModuleImport[]> {
  await initParser();
  const tree = parsePython(content);
  try {
    return requiredImports(importStatementsOf(tree.rootNode));
  } finally {
    tree.delete();
  }
}
