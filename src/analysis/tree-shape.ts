// Bounds for deep syntax trees. The parser accepts any nesting (100k `(` in 200 KB), but every walk over a tree
// costs per level: tree-sitter's `node.parent` descends from the root (O(depth) per call, so an ancestor climb is
// O(depth²)), recursive helpers overflow the stack, and queries keep one in-progress match per open level.
import { Node, type Tree, type TreeCursor } from 'web-tree-sitter';

/**
 * Trees deeper than this are analysed down to this depth only, and the file is reported as partially analysed.
 * Real code stays far below: CPython rejects more than 200 nested brackets and 100 indentation levels; only long
 * operator chains (`"a" + "a" + …`, generated code) go deeper, one level per operator.
 */
export const MAX_TREE_DEPTH = 5_000;
/** From this depth on, a tree gets the parent cache below (shallow trees: `node.parent` is cheap enough). */
const PARENT_CACHE_DEPTH = 128;
/** A node with this many children gets their parents cached (tree-sitter's `parent` scans the siblings). */
const WIDE_NODE = 64;

export interface TreeShape {
  /** Deepest level reached, capped at MAX_TREE_DEPTH + 1 (exact only from PARENT_CACHE_DEPTH on). */
  depth: number;
  /** 1-based line of the first node below MAX_TREE_DEPTH, when the tree is deeper. */
  tooDeepAt?: number;
}

/**
 * Nesting a subtree can hold beyond its length in characters. Each level of nesting costs at least one token
 * (`-`, `(`, `+`…: one character, so at most about one level per character) apart from a few grammar wrappers
 * (`expression_statement` → `assignment` …): a subtree too short to reach a depth need not be walked at all.
 */
const WRAPPER_SLACK = 16;

/**
 * Finds whether a tree is deeper than MAX_TREE_DEPTH with a cursor (iterative: no recursion) and fills the parent
 * cache of its deep parts on the way, so every later `node.parent` there is a map lookup. Subtrees too short to
 * reach PARENT_CACHE_DEPTH are skipped: on ordinary code the walk stops near the top of each statement.
 */
export function measureTree(tree: Tree): TreeShape {
  const cursor = tree.walk();
  const stack: Node[] = []; // the ancestors of the cursor's node, kept once the tree is known to be deep
  const sibling: number[] = [0]; // the cursor's child index at each depth
  let parents: Map<number, Node> | undefined;
  let tracking = false; // whether every walked node's parent is recorded (from PARENT_CACHE_DEPTH on)
  let depth = 0;
  let max = 0;
  let tooDeepAt: number | undefined;
  try {
    for (;;) {
      if (depth > max) max = depth;
      if (!tracking && depth >= PARENT_CACHE_DEPTH) {
        parents = startCache(tree, cursor.currentNode, stack);
        tracking = true;
      }
      if (tracking) trackParent(parents!, stack, cursor.currentNode, depth);
      const reach = depth + cursor.endIndex - cursor.startIndex + WRAPPER_SLACK;
      if (depth > MAX_TREE_DEPTH) {
        tooDeepAt ??= cursor.startPosition.row + 1;
      } else if (reach >= PARENT_CACHE_DEPTH && deepEnough(cursor, depth) && cursor.gotoFirstChild()) {
        depth++;
        sibling[depth] = 0;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          if (++sibling[depth]! === WIDE_NODE) parents = cacheChildren(tree, cursor, parents);
          break;
        }
        if (!cursor.gotoParent()) return tooDeepAt === undefined ? { depth: max } : { depth: max, tooDeepAt };
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

/**
 * Whether the cursor's subtree could reach PARENT_CACHE_DEPTH: each level below it is at least one more node, so
 * one with fewer descendants cannot (tree-sitter keeps the count: O(1)). A tighter bound than the length in
 * characters, read only where that one passes (making the node costs more than reading two offsets): it halves
 * the nodes this walk visits on ordinary code.
 */
function deepEnough(cursor: TreeCursor, depth: number): boolean {
  return depth >= PARENT_CACHE_DEPTH || depth + cursor.currentNode.descendantCount >= PARENT_CACHE_DEPTH;
}

/**
 * Caches the parent of every child of the cursor's parent, once it is known to be wide (WIDE_NODE children):
 * tree-sitter finds a parent by scanning its children, so in a module of 50k statements or an f-string of 50k
 * fields each `node.parent` was a scan of the whole row. The cursor is left where it was.
 */
function cacheChildren(tree: Tree, cursor: TreeCursor, parents: Map<number, Node> | undefined): Map<number, Node> {
  const map = parents ?? cacheOf(tree);
  cursor.gotoParent();
  const parent = cursor.currentNode;
  for (const child of parent.children) if (child) map.set(child.id, parent);
  cursor.gotoFirstChild();
  for (let i = 0; i < WIDE_NODE; i++) cursor.gotoNextSibling();
  return map;
}

function trackParent(parents: Map<number, Node>, stack: Node[], node: Node, depth: number): void {
  stack.length = depth; // the ancestors at depths 0..depth-1
  const parent = stack[depth - 1];
  if (parent) parents.set(node.id, parent);
  stack.push(node);
}

/** Rebuilds the ancestors of the cursor's current node (walked so far without keeping them) and starts the cache. */
function startCache(tree: Tree, node: Node, stack: Node[]): Map<number, Node> {
  const chain: Node[] = [];
  for (let p = node.parent; p; p = p.parent) chain.push(p); // once per tree, at depth PARENT_CACHE_DEPTH
  stack.length = 0;
  stack.push(...chain.reverse());
  const parents = cacheOf(tree);
  for (let i = 1; i < stack.length; i++) parents.set(stack[i]!.id, stack[i - 1]!);
  return parents;
}

function cacheOf(tree: Tree): Map<number, Node> {
  let map = caches.get(tree);
  if (!map) {
    installParentCache();
    map = new Map();
    caches.set(tree, map);
  }
  return map;
}

/**
 * Siblings already passed before the cache started are filled in lazily: a miss falls back to tree-sitter.
 * Keyed by Tree (weakly): a deleted tree's cache goes with it, and other trees are untouched.
 */
const caches = new WeakMap<Tree, Map<number, Node>>();
let installed = false;

/**
 * Makes `node.parent` read the cache of deep trees. Rules and helpers climb ancestors with `node.parent`
 * everywhere (some seventy places); caching under the getter bounds all of them at once, where fixing each
 * climb would leave the next one written quadratic.
 */
function installParentCache(): void {
  if (installed) return;
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, 'parent');
  const original = descriptor?.get;
  if (!original) return; // another web-tree-sitter shape: climbs stay correct, only slower
  installed = true;
  Object.defineProperty(Node.prototype, 'parent', {
    configurable: true,
    get(this: Node): Node | null {
      const cached = caches.get(this.tree)?.get(this.id);
      return cached ?? (original.call(this) as Node | null);
    },
  });
}
