// The import graph of the TypeScript sources (src/, rules/, tools/): every relative `import`/`export … from` and
// literal `import()`, type-only imports included (a type cycle is still a knot for the reader), for the layering
// and cycle tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The imported module as written (`../engine.js`, `@octokit/rest`). */
  specifier: string;
  /** Repository-relative path of the imported file, for relative specifiers. */
  target?: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) out.push(...tsFiles(path));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function specifiersOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Repository-relative path → the modules it imports, for every .ts file under `roots`. */
export function importGraph(repoRoot: string, roots: readonly string[]): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  for (const root of roots) {
    let files: string[];
    try {
      files = tsFiles(join(repoRoot, root));
    } catch {
      continue; // an optional root (tools/) that does not exist
    }
    for (const file of files) {
      const from = relative(repoRoot, file);
      graph.set(
        from,
        specifiersOf(file).map((specifier) =>
          specifier.startsWith('.')
            ? { specifier, target: relative(repoRoot, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))) }
            : { specifier },
        ),
      );
    }
  }
  return graph;
}

/** Every elementary cycle found by a depth-first search, each as the list of files around it (deduplicated). */
export function cyclesOf(graph: ReadonlyMap<string, ImportEdge[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const edge of graph.get(file) ?? []) {
      const next = edge.target;
      if (!next || !graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' → '), canonical);
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}
