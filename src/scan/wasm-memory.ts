// The WebAssembly memory of an analysis worker's parser, capped. Trees live in WebAssembly memory, which the
// worker's `resourceLimits` (V8 heap) do not bound: a 1 MB file of nested f-strings takes ~290 MB of it, and the
// memory never shrinks. With a maximum, a file that needs more makes the runtime abort (malloc fails inside
// tree-sitter); the worker then reports that file over its memory budget and is replaced, since an aborted runtime
// cannot parse again. A worker whose memory grew past `keepMb` on an ordinary file is replaced too, so idle
// workers do not sit on a hostile file's peak.
import type { WasmMemory } from '../analysis/parser.js';

const PAGE = 65_536;
/** The runtime's own initial size (Emscripten's INITIAL_MEMORY of web-tree-sitter: 32 MB). */
const INITIAL_PAGES = 512;

export const DEFAULT_WASM_MEMORY_MB = 256;

/** The global WebAssembly namespace, typed as far as this file needs (no WebAssembly types in the TS libs used). */
const Wasm = (
  globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number; maximum: number }) => WasmMemory } }
).WebAssembly;

export interface CappedMemory {
  memory: WasmMemory;
  capMb: number;
  /** True once the runtime asked for more than the cap (it aborted, or will at its next allocation). */
  hitCap(): boolean;
  /** Current size, in MB. */
  sizeMb(): number;
}

/** `onRefused` runs at the refusal, while the code that asked is still on the stack (to note the phase). */
export function cappedWasmMemory(capMb: number, onRefused?: () => void): CappedMemory {
  const maximum = Math.max(INITIAL_PAGES, Math.floor((capMb * 1_048_576) / PAGE));
  const memory = new Wasm.Memory({ initial: INITIAL_PAGES, maximum });
  let refused = false;
  const grow = memory.grow.bind(memory);
  // The runtime grows its memory through this method (emscripten_resize_heap); a refusal is how the cap shows.
  memory.grow = (delta: number) => {
    if (memory.buffer.byteLength / PAGE + delta > maximum) {
      refused = true;
      onRefused?.();
      throw new RangeError(`WebAssembly memory cap of ${capMb} MB reached`);
    }
    return grow(delta);
  };
  return {
    memory,
    capMb,
    hitCap: () => refused,
    sizeMb: () => memory.buffer.byteLength / 1_048_576,
  };
}
