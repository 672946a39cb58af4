// Compares a tree read from WebAssembly memory (src/analysis/flat-tree/) with the binding's nodes for the same
// parse, node by node: identity, type, named, offsets, positions, parent, children, fields and the lookups the
// rules make. Used by the test over every fixture and by bench/flat-tree-check.mjs over the standard library.
import type { Node as BindingNode, Tree } from 'web-tree-sitter';
import type { Node } from '../../src/analysis/syntax-node.js';
import type { FlatTree } from '../../src/analysis/flat-tree/flat-node.js';

export interface CompareOptions {
  /** Check every field name of the language on every node (slow), not only those its children have. */
  allFields?: boolean;
  /** Offsets at which descendantForIndex is compared (besides each node's own start and end). */
  probes?: number[];
  /** Stop after this many differences. */
  limit?: number;
}

const ids = (nodes: readonly (Node | null)[]) => nodes.map((n) => n?.id ?? 0).join(',');
const point = (p: { row: number; column: number }) => `${p.row}:${p.column}`;

/** The differences found (empty: the flat tree answers as the binding does). */
export function compareTrees(tree: Tree, flat: FlatTree, options: CompareOptions = {}): string[] {
  const limit = options.limit ?? 20;
  const differences: string[] = [];
  const differ = (index: number, what: string, binding: unknown, ours: unknown) => {
    if (differences.length < limit)
      differences.push(`node ${index} ${what}: binding ${String(binding)}, flat ${String(ours)}`);
  };
  const fields = tree.language.fields.filter((f): f is string => !!f);
  const cursor = tree.walk();
  let index = 0;
  try {
    for (;;) {
      const b = cursor.currentNode;
      const f = flat.node(index);
      if (!f) {
        differ(index, 'exists', b.type, 'none');
        break;
      }
      compareNode(index, b, f, fields, options, differ);
      const fieldOfFlat = flat.tables.fieldNames[flat.data.field[index]!] ?? null;
      if (cursor.currentFieldName !== fieldOfFlat)
        differ(index, `field (${b.type})`, cursor.currentFieldName, fieldOfFlat);
      index++;
      if (differences.length >= limit) break;
      if (cursor.gotoFirstChild()) continue;
      let done = false;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
      }
      if (done) break;
    }
  } finally {
    cursor.delete();
  }
  if (differences.length < limit && index !== flat.data.count) differ(-1, 'node count', index, flat.data.count);
  const root = tree.rootNode;
  for (const at of options.probes ?? []) {
    const b = root.descendantForIndex(at);
    const f = flat.rootNode.descendantForIndex(at);
    if ((b?.id ?? 0) !== (f?.id ?? 0)) differ(-1, `descendantForIndex(${at})`, b?.type, f?.type);
    const b2 = root.descendantForIndex(at, at + 3);
    const f2 = flat.rootNode.descendantForIndex(at, at + 3);
    if ((b2?.id ?? 0) !== (f2?.id ?? 0)) differ(-1, `descendantForIndex(${at}, ${at + 3})`, b2?.type, f2?.type);
  }
  for (const types of [['identifier'], ['module'], ['call', 'string', 'comment'], ['not a type']]) {
    const b = ids(root.descendantsOfType(types));
    const f = ids(flat.rootNode.descendantsOfType(types));
    if (b !== f) differ(0, `descendantsOfType(${types.join(' ')})`, b.slice(0, 60), f.slice(0, 60));
  }
  return differences;
}

function compareNode(
  index: number,
  b: BindingNode,
  f: Node,
  fields: readonly string[],
  options: CompareOptions,
  differ: (index: number, what: string, binding: unknown, ours: unknown) => void,
): void {
  if (b.id !== f.id) differ(index, 'id', b.id, f.id);
  if (b.type !== f.type) differ(index, 'type', b.type, f.type);
  if (b.isNamed !== f.isNamed) differ(index, `isNamed (${b.type})`, b.isNamed, f.isNamed);
  if (b.startIndex !== f.startIndex) differ(index, `startIndex (${b.type})`, b.startIndex, f.startIndex);
  if (b.endIndex !== f.endIndex) differ(index, `endIndex (${b.type})`, b.endIndex, f.endIndex);
  if (point(b.startPosition) !== point(f.startPosition))
    differ(index, `startPosition (${b.type})`, point(b.startPosition), point(f.startPosition));
  if (point(b.endPosition) !== point(f.endPosition))
    differ(index, `endPosition (${b.type})`, point(b.endPosition), point(f.endPosition));
  if (b.text !== f.text) differ(index, `text (${b.type})`, JSON.stringify(b.text), JSON.stringify(f.text));
  if ((b.parent?.id ?? 0) !== (f.parent?.id ?? 0)) differ(index, 'parent', b.parent?.id, f.parent?.id);
  if (b.childCount !== f.childCount) differ(index, `childCount (${b.type})`, b.childCount, f.childCount);
  if (b.namedChildCount !== f.namedChildCount)
    differ(index, `namedChildCount (${b.type})`, b.namedChildCount, f.namedChildCount);
  if (b.hasError !== f.hasError) differ(index, 'hasError', b.hasError, f.hasError);
  if (b.childCount === 0) return;
  if (ids(b.children) !== ids(f.children)) differ(index, `children (${b.type})`, ids(b.children), ids(f.children));
  if (ids(b.namedChildren) !== ids(f.namedChildren))
    differ(index, `namedChildren (${b.type})`, ids(b.namedChildren), ids(f.namedChildren));
  if ((b.firstChild?.id ?? 0) !== (f.firstChild?.id ?? 0))
    differ(index, 'firstChild', b.firstChild?.id, f.firstChild?.id);
  for (const i of [0, 1, b.namedChildCount - 1, b.namedChildCount]) {
    if ((b.namedChild(i)?.id ?? 0) !== (f.namedChild(i)?.id ?? 0))
      differ(index, `namedChild(${i})`, b.namedChild(i)?.id, f.namedChild(i)?.id);
    if ((b.child(i)?.id ?? 0) !== (f.child(i)?.id ?? 0)) differ(index, `child(${i})`, b.child(i)?.id, f.child(i)?.id);
  }
  const asked = options.allFields ? fields : fieldsOfChildren(b);
  for (const name of asked) {
    const bf = b.childForFieldName(name);
    const ff = f.childForFieldName(name);
    if ((bf?.id ?? 0) !== (ff?.id ?? 0)) differ(index, `childForFieldName(${name}) of ${b.type}`, bf?.type, ff?.type);
    const bs = ids(b.childrenForFieldName(name));
    const fs = ids(f.childrenForFieldName(name));
    if (bs !== fs) differ(index, `childrenForFieldName(${name}) of ${b.type}`, bs, fs);
  }
}

/** The field names the binding's cursor gives this node's children. */
function fieldsOfChildren(node: BindingNode): string[] {
  const names = new Set<string>();
  const cursor = node.walk();
  try {
    if (cursor.gotoFirstChild()) {
      do {
        const name = cursor.currentFieldName;
        if (name) names.add(name);
      } while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
  return [...names];
}
