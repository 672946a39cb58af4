// A parsed tree's nodes read from WebAssembly memory, when this runtime and grammar have the layout the reader
// knows and the tree is one it reads: no syntax error or missing node (the engine's query path handles those),
// not deeper than the analysis goes. Otherwise undefined, and the caller keeps the binding's nodes.
import type { Tree } from 'web-tree-sitter';
import { languageAddress, pythonLanguage, wasmHeap } from '../parser.js';
import { readLanguageTables, type LanguageTables } from './language-tables.js';
import { FlatTree } from './flat-node.js';
import { readFlatTree } from './read-tree.js';

let tables: LanguageTables | null | undefined;

/** The language's tables, read and checked once per process or worker (null: this layout is not known). */
function languageTables(): LanguageTables | null {
  if (tables === undefined) {
    const heap = wasmHeap();
    const address = languageAddress();
    tables = (heap && address && readLanguageTables(heap, address, pythonLanguage())) || null;
  }
  return tables;
}

export function flatTreeSupported(): boolean {
  return languageTables() !== null;
}

/** `tree` (parsed from `source`) as a flat tree, or undefined when it is not one to read this way. */
export function readTree(tree: Tree, source: string, maxDepth: number): FlatTree | undefined {
  const known = languageTables();
  const heap = wasmHeap();
  if (!known || !heap) return undefined;
  const root = tree.rootNode;
  if (root.hasError) return undefined;
  const data = readFlatTree(heap, root.id, known, { maxDepth });
  return data && new FlatTree(data, known, source);
}
