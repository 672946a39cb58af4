// Nodes over a tree read into flat arrays (read-tree.ts): every accessor is an array lookup, and each node is one
// object for the life of its tree (made on first use), so its children lists are built once however many rules
// ask. They answer as the binding's nodes do (test/analysis/flat-tree.test.ts compares both, node by node).
import type { Node, Point } from '../syntax-node.js';
import type { LanguageTables } from './language-tables.js';
import { ERROR_SYMBOL, rawChildByField, releaseFlatTree, type FlatTreeData } from './read-tree.js';
import { wasmHeap } from '../parser.js';

const NONE = -1;

/**
 * The node-object table of the tree last released, emptied, for the next tree of this thread to reuse: a table per
 * tree (one slot a node) was 57 MB of garbage over the standard library.
 */
let spareNodes: (FlatNode | undefined)[] | undefined;

export class FlatTree {
  readonly rootNode: FlatNode;
  private readonly nodes: (FlatNode | undefined)[];
  private byId?: Map<number, number>;

  constructor(
    readonly data: FlatTreeData,
    readonly tables: LanguageTables,
    readonly source: string,
  ) {
    // Sized up front: a write far past an array's end turns it into a slow dictionary.
    const spare = spareNodes;
    this.nodes = spare && spare.length >= data.count ? spare : new Array<FlatNode | undefined>(data.count);
    if (this.nodes === spare) spareNodes = undefined;
    this.rootNode = this.node(0)!;
  }

  /**
   * Hands the tree's arrays back for the next tree to read into: none of its nodes may be read afterwards, as none
   * of a binding tree's after `tree.delete()`.
   */
  release(): void {
    releaseFlatTree(this.data);
    const { nodes } = this;
    if (spareNodes && spareNodes.length >= nodes.length) return;
    nodes.fill(undefined, 0, Math.min(nodes.length, this.data.count));
    spareNodes = nodes;
  }

  /** The node at a preorder index (one object per index); null for -1. */
  node(index: number): FlatNode | null {
    if (index === NONE) return null;
    let node = this.nodes[index];
    if (!node) {
      node = new FlatNode(this, index);
      this.nodes[index] = node;
    }
    return node;
  }

  /** The node whose binding id is `id` (a query's capture, mapped to this tree's node). */
  nodeById(id: number): FlatNode | null {
    if (!this.byId) {
      this.byId = new Map();
      for (let i = 0; i < this.data.count; i++) this.byId.set(this.data.id[i]!, i);
    }
    const index = this.byId.get(id);
    return index === undefined ? null : this.node(index);
  }

  typeName(index: number): string {
    const symbol = this.data.symbol[index]!;
    return symbol === ERROR_SYMBOL ? 'ERROR' : this.tables.names[symbol] || 'ERROR';
  }

  fieldId(name: string): number {
    return this.tables.fieldIds.get(name) ?? 0;
  }
}

export class FlatNode implements Node {
  private childList?: FlatNode[];
  private namedList?: FlatNode[];

  constructor(
    readonly tree: FlatTree,
    readonly index: number,
  ) {}

  get id(): number {
    return this.tree.data.id[this.index]!;
  }

  get type(): string {
    return this.tree.typeName(this.index);
  }

  get text(): string {
    const { data, source } = this.tree;
    return source.slice(data.startIndex[this.index], data.endIndex[this.index]);
  }

  get isNamed(): boolean {
    return this.tree.data.named[this.index] === 1;
  }

  /** Always false: a tree with an error or a missing node is analysed through the binding. */
  get hasError(): boolean {
    return false;
  }

  get startIndex(): number {
    return this.tree.data.startIndex[this.index]!;
  }

  get endIndex(): number {
    return this.tree.data.endIndex[this.index]!;
  }

  get startPosition(): Point {
    const { data } = this.tree;
    return { row: data.startRow[this.index]!, column: data.startColumn[this.index]! };
  }

  get endPosition(): Point {
    const { data } = this.tree;
    return { row: data.endRow[this.index]!, column: data.endColumn[this.index]! };
  }

  get parent(): FlatNode | null {
    return this.tree.node(this.tree.data.parent[this.index]!);
  }

  get children(): FlatNode[] {
    if (!this.childList) {
      const { data } = this.tree;
      const list: FlatNode[] = [];
      for (let c = data.firstChild[this.index]!; c !== NONE; c = data.nextSibling[c]!) list.push(this.tree.node(c)!);
      this.childList = list;
    }
    return this.childList;
  }

  get namedChildren(): FlatNode[] {
    if (!this.namedList) {
      const { data } = this.tree;
      const list: FlatNode[] = [];
      for (let c = data.firstChild[this.index]!; c !== NONE; c = data.nextSibling[c]!)
        if (data.named[c]) list.push(this.tree.node(c)!);
      this.namedList = list;
    }
    return this.namedList;
  }

  get childCount(): number {
    return this.tree.data.childCount[this.index]!;
  }

  get namedChildCount(): number {
    return this.tree.data.namedChildCount[this.index]!;
  }

  get firstChild(): FlatNode | null {
    return this.tree.node(this.tree.data.firstChild[this.index]!);
  }

  child(index: number): FlatNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): FlatNode | null {
    return this.namedChildren[index] ?? null;
  }

  childForFieldName(fieldName: string): FlatNode | null {
    const field = this.tree.fieldId(fieldName);
    if (!field) return null;
    const { data } = this.tree;
    if (data.rawFields[this.index]) {
      // Read while the parsed tree is alive (the engine deletes it only after the file's analysis).
      const heap = wasmHeap();
      return heap ? this.tree.nodeById(rawChildByField(heap, this.tree.tables, this.id, field)) : null;
    }
    for (let c = data.firstChild[this.index]!; c !== NONE; c = data.nextSibling[c]!)
      if (data.field[c] === field) return this.tree.node(c);
    return null;
  }

  childrenForFieldName(fieldName: string): FlatNode[] {
    const field = this.tree.fieldId(fieldName);
    const found: FlatNode[] = [];
    if (!field) return found;
    const { data } = this.tree;
    for (let c = data.firstChild[this.index]!; c !== NONE; c = data.nextSibling[c]!)
      if (data.field[c] === field) found.push(this.tree.node(c)!);
    return found;
  }

  descendantsOfType(types: string | string[]): FlatNode[] {
    const wanted = typeof types === 'string' ? new Set([types]) : new Set(types);
    const { data } = this.tree;
    const found: FlatNode[] = [];
    const end = data.subtreeEnd[this.index]!;
    for (let i = this.index; i < end; i++) {
      // The binding's search range starts at (0, 0) and leaves out nodes ending there: an empty file's module.
      if (data.endRow[i] === 0 && data.endColumn[i] === 0) continue;
      if (wanted.has(this.tree.typeName(i))) found.push(this.tree.node(i)!);
    }
    return found;
  }

  /**
   * As ts_node_descendant_for_byte_range: from this node down, the first child reaching the range's end and past
   * its start (an empty child: at it), while it starts at or before the range's start; the last one found.
   */
  descendantForIndex(start: number, end = start): FlatNode | null {
    if (start > end) return null;
    const { data } = this.tree;
    let node = this.index;
    for (let descended = true; descended;) {
      descended = false;
      for (let c = data.firstChild[node]!; c !== NONE; c = data.nextSibling[c]!) {
        const childEnd = data.endIndex[c]!;
        if (childEnd < end) continue;
        const empty = data.startIndex[c] === childEnd;
        if (empty ? childEnd < start : childEnd <= start) continue;
        if (start < data.startIndex[c]!) break;
        node = c;
        descended = true;
        break;
      }
    }
    return this.tree.node(node);
  }
}
