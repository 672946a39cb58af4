// The syntax node the rules, the extractor and the engine read: the part of web-tree-sitter's Node this project
// uses, so that a node read from WebAssembly memory in one pass (flat-tree/) and the binding's own node are
// interchangeable. Anything not listed here is not available to a rule, whichever kind of node it gets.

export interface Point {
  row: number;
  /** In UTF-16 code units, as the binding counts them. */
  column: number;
}

export interface Node {
  /** Unique among the nodes of one tree (the binding's id: the subtree's address). */
  readonly id: number;
  /** The tree the node belongs to: an identity to key per-tree caches on, nothing to read. */
  readonly tree: object;
  readonly type: string;
  readonly text: string;
  readonly isNamed: boolean;
  readonly hasError: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly parent: Node | null;
  readonly children: (Node | null)[];
  readonly namedChildren: (Node | null)[];
  readonly childCount: number;
  readonly namedChildCount: number;
  readonly firstChild: Node | null;
  child(index: number): Node | null;
  namedChild(index: number): Node | null;
  childForFieldName(fieldName: string): Node | null;
  childrenForFieldName(fieldName: string): (Node | null)[];
  /** Preorder, the node itself included when it has one of the types. */
  descendantsOfType(types: string | string[]): (Node | null)[];
  /** The smallest node, named or not, that spans the range. */
  descendantForIndex(start: number, end?: number): Node | null;
}
