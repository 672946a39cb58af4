// web-tree-sitter with the Python grammar shipped in tree-sitter-python, initialised once per process/worker.
import { createRequire } from 'node:module';
import { Language, Parser, type Tree } from 'web-tree-sitter';

let ready: Promise<Language> | undefined;
let parser: Parser | undefined;
let language: Language | undefined;
/** The runtime's module object (Emscripten): its HEAPU8 is the current view of WebAssembly memory. */
let runtimeModule: Record<string, unknown> | undefined;

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
    // The options object becomes the runtime's module object (Emscripten), which the binding calls through.
    const module: Record<string, unknown> = { ...runtime };
    await Parser.init(module);
    fastWordAccess(module);
    runtimeModule = module;
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

/**
 * The runtime's memory as bytes, for reading trees without the binding (flat-tree/); a new view after the memory
 * grows, so it is asked for again for each tree. Undefined before initParser() or for a runtime without the view.
 */
export function wasmHeap(): Uint8Array | undefined {
  const heap = runtimeModule?.HEAPU8;
  return heap instanceof Uint8Array ? heap : undefined;
}

/** The address of the grammar's TSLanguage in that memory (the binding's internal handle), if it has one. */
export function languageAddress(): number | undefined {
  const address = (language as unknown as Record<number, unknown> | undefined)?.[0];
  return typeof address === 'number' && address > 0 ? address : undefined;
}

/** Parses Python source; the caller must `tree.delete()` when done (WASM memory is not garbage-collected). */
export function parsePython(source: string): Tree {
  if (!parser) throw new Error('initParser() must be awaited before parsing');
  const tree = parser.parse(source);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

type Access = (ptr: number, ...rest: unknown[]) => unknown;

/**
 * web-tree-sitter moves every node and cursor through a transfer buffer one 32-bit word at a time with the
 * runtime's generic `setValue(ptr, value, type)` / `getValue(ptr, type)`: a string test and a switch per word,
 * five words per node, and a DataView call. On the standard library that was 0.7 s of a 14 s scan. The binding
 * looks both up on the module object at each call, so they are replaced by versions that store an `i32` in the
 * module's current Int32Array view (re-read every call: a grown memory gets a new view) and hand every other
 * type to the original. Only on little-endian hosts, where that view has the byte order the binding writes.
 */
function fastWordAccess(module: Record<string, unknown>): void {
  const setValue = module.setValue as Access | undefined;
  const getValue = module.getValue as Access | undefined;
  const littleEndian = new Int8Array(new Int16Array([1]).buffer)[0] === 1;
  if (typeof setValue !== 'function' || typeof getValue !== 'function' || !littleEndian) return;
  if (!(module.HEAP32 instanceof Int32Array)) return;
  module.setValue = (ptr: number, value: unknown, type?: unknown) => {
    if (type === 'i32') (module.HEAP32 as Int32Array)[ptr >> 2] = value as number;
    else setValue(ptr, value, type);
  };
  module.getValue = (ptr: number, type?: unknown) =>
    type === 'i32' ? (module.HEAP32 as Int32Array)[ptr >> 2] : getValue(ptr, type);
}
