// Finds the nodes a file's subscriptions ask for, in the order a tree-sitter query over them would give. A query
// over the whole tree costs about a third of the parse whatever it asks for (its cursor keeps match state at every
// one of the tree's nodes); `descendantsOfType` walks the same nodes at about 60% of that. Patterns
// (`(assignment right: (string))`) keep their compiled query, run only on the nodes of their root type. A tree read
// into flat arrays (flat-tree/) is walked by index, its patterns matched without a query (flat-tree/pattern.ts).
import { Query, type Language, type Node as BindingNode } from 'web-tree-sitter';
import type { Node } from './syntax-node.js';
import type { FlatTree } from './flat-tree/flat-node.js';
import { compileFlatPattern, type FlatPattern } from './flat-tree/pattern.js';

export interface Capture {
  name: string;
  node: Node;
}

/** A pattern's compiled query and the node type every match starts at. */
interface Pattern {
  root: string;
  query: Query;
}

/** `(assignment right: …)` → `assignment`; undefined for a pattern that may start at several types (`[(a) (b)]`). */
export function patternRoot(pattern: string): string | undefined {
  return /^\(\s*([a-z_][a-z0-9_]*)[\s)]/.exec(pattern)?.[1];
}

export class NodeCollector {
  private readonly patterns = new Map<string, Pattern | null>();
  private readonly flatPatterns = new Map<string, FlatPattern | null>();
  private readonly concreteTypes = new Map<string, boolean>();

  /** `patternOf(name)`: the pattern a capture name stands for, or undefined when the name is a node type. */
  constructor(
    private readonly language: Language,
    private readonly patternOf: (name: string) => string | undefined,
  ) {}

  /**
   * The captures of `names` under `root`: every node of a named type, and each node a pattern matches (once, where
   * a query reports a node once per way it matches), in preorder (a query's order too, but for a pattern match,
   * which a query reports where the match ends), the names of one node in name order. Undefined when some name cannot be found this way
   * (a supertype, a pattern without a single concrete root type): the caller queries then.
   * `stop` is polled during pattern matching; once it returns true the remaining matches are skipped.
   */
  collect(root: BindingNode, names: Iterable<string>, stop: () => boolean): Capture[] | undefined {
    const plan = this.plan(names, (name, source) => this.compiled(name, source));
    if (!plan) return undefined;
    const { byRoot, rank } = plan;
    const found: Capture[] = [];
    // Preorder, the root included; the names of one node in name order.
    for (const node of root.descendantsOfType([...plan.types])) {
      if (!node) continue;
      const type = node.type;
      const patterns = byRoot.get(type);
      if (!patterns) {
        if (rank.has(type)) found.push({ name: type, node });
        continue;
      }
      const here: Capture[] = rank.has(type) ? [{ name: type, node }] : [];
      for (const { name, pattern } of patterns) {
        if (stop()) return found;
        const matches = pattern.query.captures(node, { maxStartDepth: 0, progressCallback: stop });
        if (matches.some((m) => m.node.id === node.id && m.name === name)) here.push({ name, node });
      }
      found.push(...here.sort((a, b) => rank.get(a.name)! - rank.get(b.name)!));
    }
    return found;
  }

  /** As collect(), over a flat tree: the same captures, in the same order, with the flat tree's nodes. */
  collectFlat(tree: FlatTree, names: Iterable<string>, stop: () => boolean): Capture[] | undefined {
    const plan = this.plan(names, (name, source) => this.compiledFlat(name, source));
    if (!plan) return undefined;
    const { types, byRoot, rank } = plan;
    const found: Capture[] = [];
    const count = tree.data.count;
    for (let index = 0; index < count; index++) {
      const type = tree.typeName(index);
      if (!types.has(type)) continue;
      const patterns = byRoot.get(type);
      if (!patterns) {
        found.push({ name: type, node: tree.node(index)! });
        continue;
      }
      if (stop()) return found;
      const here: Capture[] = rank.has(type) ? [{ name: type, node: tree.node(index)! }] : [];
      for (const { name, pattern } of patterns)
        if (pattern.matches(tree, index)) here.push({ name, node: tree.node(index)! });
      found.push(...here.sort((a, b) => rank.get(a.name)! - rank.get(b.name)!));
    }
    return found;
  }

  /**
   * What a walk must look for: the node types (a pattern's root type included), the patterns by root type, and
   * each name's rank in name order; undefined when a name is not a concrete type or a pattern does not compile.
   */
  private plan<P extends { root: string }>(
    names: Iterable<string>,
    compile: (name: string, source: string) => P | undefined,
  ):
    { types: Set<string>; byRoot: Map<string, { name: string; pattern: P }[]>; rank: Map<string, number> } | undefined {
    const unique = [...new Set(names)];
    const types = new Set<string>();
    const byRoot = new Map<string, { name: string; pattern: P }[]>();
    for (const name of unique) {
      const source = this.patternOf(name);
      if (source === undefined) {
        if (!this.concrete(name)) return undefined;
        types.add(name);
        continue;
      }
      const pattern = compile(name, source);
      if (!pattern || !this.concrete(pattern.root)) return undefined;
      types.add(pattern.root);
      const list = byRoot.get(pattern.root);
      if (list) list.push({ name, pattern });
      else byRoot.set(pattern.root, [{ name, pattern }]);
    }
    return { types, byRoot, rank: new Map(unique.sort().map((name, i) => [name, i])) };
  }

  /**
   * Whether nodes of this type appear in trees under this name: a query also matches a supertype (`expression`) by
   * its subtypes and `_` by anything, which a walk by type name would silently find none of.
   */
  private concrete(type: string): boolean {
    let known = this.concreteTypes.get(type);
    if (known === undefined) {
      const id = this.language.idForNodeType(type, true);
      known = id !== null && this.language.nodeTypeIsVisible(id) && !this.language.supertypes.includes(id);
      this.concreteTypes.set(type, known);
    }
    return known;
  }

  private compiledFlat(name: string, source: string): FlatPattern | undefined {
    let pattern = this.flatPatterns.get(name);
    if (pattern === undefined) {
      pattern = compileFlatPattern(source) ?? null;
      this.flatPatterns.set(name, pattern);
    }
    return pattern ?? undefined;
  }

  private compiled(name: string, source: string): Pattern | undefined {
    let pattern = this.patterns.get(name);
    if (pattern === undefined) {
      const root = patternRoot(source);
      pattern = root ? { root, query: new Query(this.language, `${source} @${name}`) } : null;
      this.patterns.set(name, pattern);
    }
    return pattern ?? undefined;
  }
}
