#!/usr/bin/env node
// A measurement, not a feature: how fast a tree could be read straight from WebAssembly memory, without a binding
// call (and a new Node object) per node. `node bench/raw-tree-spike.mjs [folder]` (default: this python3's standard
// library) parses every .py file, walks its subtrees from memory, walks it again with a TreeCursor, and prints both
// times and the node types whose counts differ. Issue 13's next step (a flat tree reader behind a Node-compatible
// facade) starts from here; see the README's benchmark section.
//
// The layout is tree-sitter's lib/src/subtree.h on wasm32, little-endian (the build inside web-tree-sitter 0.27):
// a Subtree is an 8-byte slot. Bit 0 of its first byte set: an inline leaf (bit 1 visible, byte 1 the symbol).
// Otherwise the slot's first 4 bytes point to a SubtreeHeapData: child_count at +36, symbol (u16) at +40, the
// flag bits at +44 (bit 0 visible), production_id (u16) at +66; its children are the child_count slots just before
// it. Not applied here, and what the differing counts are: aliases (hidden nodes a production renames and makes
// visible, e.g. `as_pattern_target`, `print`/`match`/`exec` as `identifier`), which live in the language's
// alias_sequences by production_id.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src');
const { cappedWasmMemory } = await import(join(dist, 'scan', 'wasm-memory.js'));
const { initParser, parsePython, pythonLanguage } = await import(join(dist, 'analysis', 'parser.js'));

const root =
  process.argv[2] ??
  execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: 'utf8',
  }).trim();
// The files the scan itself would read (its listing, ignores and size cap), as bench/run-mode.mjs does.
const { listFiles, readFiles } = await import(join(dist, 'cli', 'collect-files.js'));
const { DEFAULT_CONFIG } = await import(join(dist, 'config', 'schema.js'));
const listed = listFiles(root, [root], DEFAULT_CONFIG);
const texts = readFiles(root, listed, DEFAULT_CONFIG.limits.maxFileBytes).sources.map((s) => s.content);

const memory = cappedWasmMemory(1024);
await initParser({ wasmMemory: memory.memory });
const types = pythonLanguage().types;
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

/** Every subtree under the root slot, visible ones counted by type; returns how many subtrees it read. */
function rawWalk(rootSlot, byType) {
  const u8 = new Uint8Array(memory.memory.buffer);
  const u16 = new Uint16Array(memory.memory.buffer);
  const u32 = new Uint32Array(memory.memory.buffer);
  const stack = [rootSlot];
  let read = 0;
  while (stack.length) {
    const slot = stack.pop();
    read++;
    if (u8[slot] & 1) {
      if (u8[slot] & 2) count(byType, types[u8[slot + 1]]);
      continue;
    }
    const data = u32[slot >> 2];
    const children = u32[(data + 36) >> 2];
    if (u16[(data + 44) >> 1] & 1) {
      const symbol = u16[(data + 40) >> 1];
      count(byType, symbol === 0xffff ? 'ERROR' : types[symbol]);
    }
    for (let i = children - 1; i >= 0; i--) stack.push(data - (children - i) * 8);
  }
  return read;
}

function cursorWalk(tree, byType) {
  const cursor = tree.walk();
  try {
    for (;;) {
      count(byType, cursor.nodeType);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return;
    }
  } finally {
    cursor.delete();
  }
}

const raw = new Map();
const viaCursor = new Map();
let rawMs = 0;
let cursorMs = 0;
let subtrees = 0;
for (const text of texts) {
  const tree = parsePython(text);
  try {
    let started = performance.now();
    subtrees += rawWalk(tree.rootNode.id, raw);
    rawMs += performance.now() - started;
    started = performance.now();
    cursorWalk(tree, viaCursor);
    cursorMs += performance.now() - started;
  } finally {
    tree.delete();
  }
}
const total = (map) => [...map.values()].reduce((a, b) => a + b, 0);
console.log(`${texts.length} files under ${root}`);
console.log(`from memory: ${subtrees} subtrees, ${total(raw)} visible, ${rawMs.toFixed(0)} ms`);
console.log(`TreeCursor:  ${total(viaCursor)} nodes, ${cursorMs.toFixed(0)} ms`);
for (const type of new Set([...raw.keys(), ...viaCursor.keys()])) {
  const a = raw.get(type) ?? 0;
  const b = viaCursor.get(type) ?? 0;
  if (a !== b) console.log(`  ${JSON.stringify(type)}: ${a} from memory, ${b} through the cursor`);
}
