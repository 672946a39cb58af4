// Static values of literal nodes for the extractor, with one evaluator per syntax tree.
//
// Why per tree: StaticEvaluator memoises by `node.id`, which web-tree-sitter derives from the node's address in
// WASM memory. Once a tree is deleted the next file's tree reuses those addresses, so an evaluator shared across
// files (it used to be a module-level constant here) answered with the previous file's strings and numbers:
// `d["beta"]` read as `d["alph"]`, `if 1 > 10` as true. Which file came before depended on how files were spread
// over worker threads, so data-flow findings changed with the worker count (issue 14).
import type { Node } from '../../syntax-node.js';
import { StaticEvaluator, type StaticValue } from '../../python/literals.js';

const byTree = new WeakMap<object, StaticEvaluator>();

/** The static value of a literal (no module constants: the extractor folds names itself, see constants.ts). */
export function literalValue(node: Node): StaticValue {
  let evaluator = byTree.get(node.tree);
  if (!evaluator) {
    evaluator = new StaticEvaluator(new Map());
    byTree.set(node.tree, evaluator);
  }
  return evaluator.value(node);
}
