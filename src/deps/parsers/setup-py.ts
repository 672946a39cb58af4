// setup.py: `install_requires=` / `setup_requires=` / `extras_require=` read from the syntax tree, never executed.
import type { Node } from '../../analysis/syntax-node.js';
import { parsePython } from '../../analysis/parser.js';
import { emptyManifest, type Manifest } from '../model.js';
import { parseRequirement } from './pep508.js';

const KEYS = new Set(['install_requires', 'setup_requires', 'extras_require', 'tests_require']);

/** Needs `initParser()` to have been awaited (the analyzer does it). */
export function parseSetupPy(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'setup.py');
  const tree = parsePython(text);
  try {
    const assignments = moduleLists(tree.rootNode);
    visitKeywords(tree.rootNode, (key, value) => {
      const group = key === 'install_requires' ? undefined : key === 'setup_requires' ? 'build-system' : key;
      for (const str of requirementStrings(value, assignments)) addRequirement(manifest, str, group);
    });
  } finally {
    tree.delete();
  }
  return manifest;
}

function addRequirement(manifest: Manifest, node: Node, group: string | undefined): void {
  const text = node.text.replace(/^[rbuRBU]*(['"]{1,3})([\s\S]*)\1$/, '$2');
  const req = parseRequirement(text);
  if (!req) return;
  manifest.dependencies.push({
    name: req.name,
    normalized: req.normalized,
    specifier: req.specifier,
    file: manifest.file,
    line: node.startPosition.row + 1,
    kind: 'direct',
    hashes: [],
    ...(req.version ? { version: req.version } : {}),
    ...(req.url ? { url: req.url } : {}),
    ...(group ? { group } : {}),
  });
}

function visitKeywords(node: Node, visit: (key: string, value: Node) => void): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const cur = stack.pop()!;
    if (cur.type === 'keyword_argument') {
      const key = cur.childForFieldName('name')?.text ?? '';
      const value = cur.childForFieldName('value');
      if (KEYS.has(key) && value) visit(key, value);
      continue;
    }
    for (const child of cur.namedChildren) if (child) stack.push(child);
  }
}

/** String nodes of a list/tuple/dict-of-lists, following one module-level name (`install_requires=REQS`). */
function requirementStrings(value: Node, assignments: Map<string, Node>): Node[] {
  const target = value.type === 'identifier' ? (assignments.get(value.text) ?? value) : value;
  if (target.type === 'string') return [target];
  if (target.type === 'list' || target.type === 'tuple') {
    return target.namedChildren.filter((c): c is Node => c?.type === 'string');
  }
  if (target.type === 'dictionary') {
    return target.namedChildren.flatMap((pair) => {
      const v = pair?.childForFieldName('value');
      return v ? requirementStrings(v, assignments) : [];
    });
  }
  return [];
}

function moduleLists(root: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const statement of root.namedChildren) {
    const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
    if (assignment?.type !== 'assignment') continue;
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (left?.type === 'identifier' && right) out.set(left.text, right);
  }
  return out;
}
