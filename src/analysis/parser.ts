// web-tree-sitter with the Python grammar shipped in tree-sitter-python, initialised once per process/worker.
import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';

let ready: Promise<Language> | undefined;
let parser: Parser | undefined;
let language: Language | undefined;

/** A WebAssembly.Memory (this project's TypeScript libs carry no WebAssembly types). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(delta: number): number;
}

/** How the WebAssembly runtime is set up; only the first initParser() call's options count. */
export interface ParserRuntimeOptions {
  /**
   * The runtime's memory (an analysis worker passes one with a capped maximum: WebAssembly memory is outside the
   * V8 heap limit). When the parser needs more than its maximum, the runtime aborts and is unusable afterwards.
   */
  wasmMemory?: WasmMemory;
  /** Where the runtime's own messages go ("Aborted()"); console.error by default. */
  printErr?: (text: string) => void;
}

/** Loads the WASM runtime and the grammar; safe to call many times (the work happens once). */
export function initParser(runtime: ParserRuntimeOptions = {}): Promise<Language> {
  ready ??= (async () => {
    await Parser.init(runtime);
    const require = createRequire(import.meta.url);
    const lang = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
    parser = new Parser();
    parser.setLanguage(lang);
    language = lang;
    return lang;
  })();
  return ready;
}

export function pythonLanguage(): Language {
  if (!language) throw new Error('initParser() must be awaited before parsing');
  return language;
}

/** Parses Python source; the caller must `tree.delete()` when done (WASM memory is not garbage-collected). */
export function parsePython(source: string): Tree {
  if (!parser) throw new Error('initParser() must be awaited before parsing');
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}
