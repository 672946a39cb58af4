// The parts of the grammar's TSLanguage that say how a tree's subtrees become nodes: which symbol a node shows
// (public symbol map, aliases by production), whether it is named, and which field each child fills. They are
// read once from WebAssembly memory, by the layout of tree_sitter/parser.h (ABI 15) on wasm32, and kept only when
// every symbol and field name read that way equals the name the binding itself reports: a grammar or runtime of
// another layout makes the reader refuse, and the analysis keeps the binding's nodes.

/** TSLanguage field offsets on wasm32 (uint32 counts, then a uint16, then 4-byte pointers). */
const OFFSET = {
  abiVersion: 0,
  symbolCount: 4,
  aliasCount: 8,
  productionIdCount: 28,
  fieldCount: 32,
  maxAliasSequenceLength: 36,
  symbolNames: 56,
  fieldNames: 60,
  fieldMapSlices: 64,
  fieldMapEntries: 68,
  symbolMetadata: 72,
  publicSymbolMap: 76,
  aliasSequences: 84,
} as const;
const SUPPORTED_ABI = 15;
/** Bytes of a TSSymbolMetadata (visible, named, supertype: three bools). */
const METADATA_SIZE = 3;

export interface LanguageTables {
  /** Symbols and aliases: the length of `names`, `named` and `publicSymbol`. */
  readonly symbolCount: number;
  readonly maxAliasSequenceLength: number;
  /** Name by (public or alias) symbol, as the binding's `language.types`. */
  readonly names: readonly string[];
  /** 1 where the symbol is a named node type (aliases take their own symbol's). */
  readonly named: Uint8Array;
  /** A subtree's symbol → the symbol its node reports (tokens of one name share one). */
  readonly publicSymbol: Uint16Array;
  /** productionId × maxAliasSequenceLength → alias symbol of that structural child, 0 for none. */
  readonly aliasSequences: Uint16Array;
  /** Per production: first entry and count in the field entries. */
  readonly fieldSliceStart: Uint16Array;
  readonly fieldSliceLength: Uint16Array;
  /** Field map entries: field id, structural child index, and whether it is inherited from a hidden child. */
  readonly fieldId: Uint16Array;
  readonly fieldChild: Uint8Array;
  readonly fieldInherited: Uint8Array;
  /** Field name by id (index 0 is no field), as the binding's `language.fields`. */
  readonly fieldNames: readonly (string | null)[];
  /** Field id by name (what a rule's `childForFieldName` asks with). */
  readonly fieldIds: ReadonlyMap<string, number>;
}

/** What the binding reports of the language, to check the memory read against. */
export interface BindingLanguage {
  readonly types: readonly (string | undefined)[];
  readonly fields: readonly (string | null)[];
  readonly abiVersion: number;
}

/**
 * Reads the tables at `address` in `heap`; undefined when the layout is not the one this reader knows (a name that
 * differs from the binding's, an ABI other than 15, a pointer outside memory).
 */
export function readLanguageTables(
  heap: Uint8Array,
  address: number,
  binding: BindingLanguage,
): LanguageTables | undefined {
  if (binding.abiVersion !== SUPPORTED_ABI) return undefined;
  const view = new DataView(heap.buffer, heap.byteOffset, heap.byteLength);
  const inside = (at: number, bytes: number) => at > 0 && at + bytes <= heap.byteLength;
  if (!inside(address, 88)) return undefined;
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  if (u32(address + OFFSET.abiVersion) !== SUPPORTED_ABI) return undefined;
  const symbolCount = u32(address + OFFSET.symbolCount) + u32(address + OFFSET.aliasCount);
  const productionIds = u32(address + OFFSET.productionIdCount);
  const fieldCount = u32(address + OFFSET.fieldCount);
  const maxAlias = u16(address + OFFSET.maxAliasSequenceLength);
  if (symbolCount !== binding.types.length || fieldCount + 1 !== binding.fields.length) return undefined;
  if (symbolCount > 0xfffe || productionIds > 0xffff || maxAlias > 0xff) return undefined;

  const cString = (at: number): string | undefined => {
    if (!inside(at, 1)) return undefined;
    const end = heap.indexOf(0, at);
    if (end < 0 || end - at > 256) return undefined;
    return new TextDecoder().decode(heap.subarray(at, end));
  };
  const symbolNames = u32(address + OFFSET.symbolNames);
  const fieldNamesAt = u32(address + OFFSET.fieldNames);
  const metadataAt = u32(address + OFFSET.symbolMetadata);
  const publicAt = u32(address + OFFSET.publicSymbolMap);
  const slicesAt = u32(address + OFFSET.fieldMapSlices);
  const entriesAt = u32(address + OFFSET.fieldMapEntries);
  const aliasesAt = u32(address + OFFSET.aliasSequences);
  if (!inside(symbolNames, symbolCount * 4) || !inside(metadataAt, symbolCount * METADATA_SIZE)) return undefined;
  if (!inside(publicAt, symbolCount * 2) || !inside(fieldNamesAt, (fieldCount + 1) * 4)) return undefined;
  if (productionIds && (!inside(slicesAt, productionIds * 4) || !inside(aliasesAt, productionIds * maxAlias * 2)))
    return undefined;

  const names: string[] = [];
  const named = new Uint8Array(symbolCount);
  const publicSymbol = new Uint16Array(symbolCount);
  for (let symbol = 0; symbol < symbolCount; symbol++) {
    const name = cString(u32(symbolNames + symbol * 4));
    const expected = binding.types[symbol];
    // The binding leaves auxiliary symbols (neither named nor anonymous node types) without a name.
    if (expected !== undefined && name !== expected) return undefined;
    names.push(expected ?? '');
    named[symbol] = heap[metadataAt + symbol * METADATA_SIZE + 1] ? 1 : 0;
    publicSymbol[symbol] = u16(publicAt + symbol * 2);
    if (publicSymbol[symbol]! >= symbolCount) return undefined;
  }
  const fieldNames: (string | null)[] = [null];
  for (let field = 1; field <= fieldCount; field++) {
    const name = cString(u32(fieldNamesAt + field * 4));
    if (name !== binding.fields[field]) return undefined;
    fieldNames.push(name);
  }

  const fieldSliceStart = new Uint16Array(productionIds);
  const fieldSliceLength = new Uint16Array(productionIds);
  let entries = 0;
  for (let production = 0; production < productionIds; production++) {
    fieldSliceStart[production] = u16(slicesAt + production * 4);
    fieldSliceLength[production] = u16(slicesAt + production * 4 + 2);
    entries = Math.max(entries, fieldSliceStart[production]! + fieldSliceLength[production]!);
  }
  if (entries && !inside(entriesAt, entries * 4)) return undefined;
  const fieldId = new Uint16Array(entries);
  const fieldChild = new Uint8Array(entries);
  const fieldInherited = new Uint8Array(entries);
  for (let entry = 0; entry < entries; entry++) {
    fieldId[entry] = u16(entriesAt + entry * 4);
    fieldChild[entry] = heap[entriesAt + entry * 4 + 2]!;
    fieldInherited[entry] = heap[entriesAt + entry * 4 + 3] ? 1 : 0;
    if (fieldId[entry]! > fieldCount) return undefined;
  }
  const aliasSequences = new Uint16Array(productionIds * maxAlias);
  for (let i = 0; i < aliasSequences.length; i++) {
    aliasSequences[i] = u16(aliasesAt + i * 2);
    if (aliasSequences[i]! >= symbolCount) return undefined;
  }
  return {
    symbolCount,
    maxAliasSequenceLength: maxAlias,
    names,
    named,
    publicSymbol,
    aliasSequences,
    fieldSliceStart,
    fieldSliceLength,
    fieldId,
    fieldChild,
    fieldInherited,
    fieldNames,
    fieldIds: new Map(fieldNames.flatMap((name, id) => (name ? [[name, id] as const] : []))),
  };
}
