// The parser's runtime reads and writes the binding's transfer words through the module's current memory view
// (parser.ts replaces the generic accessors): node positions stay right before and after the memory grows.
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, parsePython } from '../../src/analysis/parser.js';
import { cappedWasmMemory } from '../../src/scan/wasm-memory.js';

// This file's own runtime (vitest gives each test file its own modules), on a memory it can watch grow.
const { memory } = cappedWasmMemory(1024);
beforeAll(async () => {
  await initParser({ wasmMemory: memory });
});

/** The start (row, column, index) and type of every `call` node, found through node and cursor calls. */
function calls(source: string): string[] {
  const tree = parsePython(source);
  try {
    const out: string[] = [];
    const cursor = tree.walk();
    for (;;) {
      if (cursor.nodeType === 'call') {
        const node = cursor.currentNode;
        const callee = node.childForFieldName('function');
        out.push(`${node.startPosition.row}:${node.startPosition.column}:${node.startIndex}:${callee?.text}`);
      }
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return out;
    }
  } finally {
    tree.delete();
  }
}

describe('the parser runtime', () => {
  it('gives the same node positions before and after its memory grows', () => {
    const small = 'x = 1\nif x:\n    print(len("ab"))\n';
    const before = calls(small);
    expect(before).toEqual(['2:4:16:print', '2:10:22:len']);
    // ~8 MB of tree: more than the runtime's initial memory, so it grows (and gets new views) while parsing.
    const line = 'value = compute(alpha, beta(gamma), delta[epsilon])\n';
    const big = line.repeat(40_000);
    const initial = memory.buffer.byteLength;
    const found = calls(big);
    expect(memory.buffer.byteLength).toBeGreaterThan(initial);
    expect(found).toHaveLength(80_000);
    expect(found.at(-1)).toBe(`39999:23:${39_999 * line.length + 23}:beta`);
    expect(calls(small)).toEqual(before);
  });
});
