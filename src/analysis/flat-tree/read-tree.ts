// Reads a parsed tree's nodes straight from WebAssembly memory into flat arrays, in one pass over its subtrees,
// instead of one binding call (and one JavaScript object) per node and accessor: on the standard library that walk
// costs about 0.05 of the parse, where reaching the same nodes through the binding cost about 0.4.
//
// The layout is tree-sitter's lib/src/subtree.h on wasm32, little-endian. A Subtree is an 8-byte slot. With bit 0
// of its first byte set it is an inline leaf: bit 1 visible, bit 2 named, bit 3 extra; byte 1 the symbol; byte 4
// padding columns, the low nibble of byte 5 padding rows, byte 6 padding bytes, byte 7 size bytes (a one-line
// token). Otherwise its first 4 bytes point to a SubtreeHeapData: padding {bytes, row, column} at +4, size at +16,
// child_count +36, symbol (u16) +40, flag bits +44 (bit 0 visible, bit 1 named, bit 2 extra), production_id
// (u16) +66; its children are the child_count slots just before it. Node semantics follow lib/src/node.c and
// tree_cursor.c: hidden subtrees are looked through, an alias (by the parent's production and the child's index
// among the non-extra children) renames a child and makes it visible, a child's field is the first one found on
// the way up through hidden parents. Offsets are UTF-16 (the binding parses strings as UTF-16: two bytes a unit).
import type { LanguageTables } from './language-tables.js';

/** A tree's visible nodes in preorder, one array per property, indexed by node (node 0 is the root). */
export interface NodeFields {
  /** The binding's node id (the subtree slot's address), for identity across both kinds of node. */
  readonly id: Int32Array;
  readonly symbol: Uint16Array;
  readonly named: Uint8Array;
  readonly startIndex: Int32Array;
  readonly endIndex: Int32Array;
  readonly startRow: Int32Array;
  readonly startColumn: Int32Array;
  readonly endRow: Int32Array;
  readonly endColumn: Int32Array;
  /** -1 for the root. */
  readonly parent: Int32Array;
  /** -1 for none. */
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  readonly childCount: Int32Array;
  readonly namedChildCount: Int32Array;
  /** Field id within the parent (0: none): the first one found on the way up, as the binding's cursor gives it. */
  readonly field: Uint16Array;
  /** 1 where childForFieldName must follow the grammar's field map in memory (see rawChildByField). */
  readonly rawFields: Uint8Array;
  /** Index just past the node's last descendant. */
  readonly subtreeEnd: Int32Array;
}

/** One tree as read. */
export interface FlatTreeData extends NodeFields {
  readonly count: number;
  /** The pooled arrays the fields view: handed back with releaseFlatTree() once the tree is done with. */
  readonly arrays: NodeArrays;
  /** Deepest node's depth (root 0). */
  readonly depth: number;
}

/** The arrays of one read (views of the pool's buffers, `capacity` long), with the reader's own scratch arrays. */
export interface NodeArrays extends NodeFields {
  readonly capacity: number;
  readonly lastChild: Int32Array;
}

export interface ReadLimits {
  /** Visible depth past which the reader gives up (the caller analyses deep trees another way). */
  maxDepth: number;
}

const NONE = -1;

/**
 * One set of buffers per thread, reused from file to file: a tree's arrays used to be allocated per file (19 typed
 * arrays, ~60 bytes a node, 450 MB over the standard library), outside the V8 heap, and their garbage collection
 * cost about as much as reading. The buffers are lent to one tree at a time; a read while they are lent (a second
 * tree alive at once) gets arrays of its own.
 */
class ArrayPool {
  private buffers?: NodeArrays;
  /** The views lent out, while they are. */
  private owner?: NodeArrays;

  acquire(capacity: number): NodeArrays {
    if (this.owner) return allocate(capacity);
    if (!this.buffers || this.buffers.capacity < capacity) this.buffers = allocate(Math.max(capacity, 4096));
    const b = this.buffers;
    const view = <T extends Int32Array | Uint16Array | Uint8Array>(a: T): T => a.subarray(0, capacity) as T;
    const arrays: NodeArrays = {
      capacity,
      id: view(b.id),
      symbol: view(b.symbol),
      named: view(b.named),
      startIndex: view(b.startIndex),
      endIndex: view(b.endIndex),
      startRow: view(b.startRow),
      startColumn: view(b.startColumn),
      endRow: view(b.endRow),
      endColumn: view(b.endColumn),
      parent: view(b.parent),
      firstChild: view(b.firstChild).fill(NONE),
      nextSibling: view(b.nextSibling).fill(NONE),
      childCount: view(b.childCount).fill(0),
      namedChildCount: view(b.namedChildCount).fill(0),
      field: view(b.field),
      subtreeEnd: view(b.subtreeEnd),
      lastChild: view(b.lastChild).fill(NONE),
      rawFields: view(b.rawFields).fill(0),
    };
    this.owner = arrays;
    return arrays;
  }

  /** Hands the arrays back (a no-op for arrays of their own); returns undefined for the reader's early exits. */
  release(arrays: NodeArrays): undefined {
    if (arrays === this.owner) this.owner = undefined;
    return undefined;
  }
}

function allocate(capacity: number): NodeArrays {
  return {
    capacity,
    id: new Int32Array(capacity),
    symbol: new Uint16Array(capacity),
    named: new Uint8Array(capacity),
    startIndex: new Int32Array(capacity),
    endIndex: new Int32Array(capacity),
    startRow: new Int32Array(capacity),
    startColumn: new Int32Array(capacity),
    endRow: new Int32Array(capacity),
    endColumn: new Int32Array(capacity),
    parent: new Int32Array(capacity),
    firstChild: new Int32Array(capacity).fill(NONE),
    nextSibling: new Int32Array(capacity).fill(NONE),
    childCount: new Int32Array(capacity),
    namedChildCount: new Int32Array(capacity),
    field: new Uint16Array(capacity),
    subtreeEnd: new Int32Array(capacity),
    lastChild: new Int32Array(capacity).fill(NONE),
    rawFields: new Uint8Array(capacity),
  };
}

const pool = new ArrayPool();

/** Hands a tree's arrays back to the pool: its nodes must not be read afterwards (as a deleted binding tree's). */
export function releaseFlatTree(data: FlatTreeData): void {
  pool.release(data.arrays);
}

/** ts_builtin_sym_error: a node of this symbol reports "ERROR". */
export const ERROR_SYMBOL = 0xffff;

/** Lengths as tree-sitter adds them: bytes add; a later length with rows replaces the column. */
interface Cursor {
  bytes: number;
  row: number;
  column: number;
}

/**
 * The visible nodes under the root slot `rootSlot` (the binding's `tree.rootNode.id`), or undefined when the tree
 * is deeper than `limits.maxDepth` or its memory does not look like a tree (a count or pointer out of range).
 */
export function readFlatTree(
  heap: Uint8Array,
  rootSlot: number,
  tables: LanguageTables,
  limits: ReadLimits,
  stackSize = 256,
): FlatTreeData | undefined {
  const u8 = heap;
  const u16 = new Uint16Array(heap.buffer, heap.byteOffset, heap.byteLength >> 1);
  const u32 = new Int32Array(heap.buffer, heap.byteOffset, heap.byteLength >> 2);
  const memoryEnd = heap.byteLength;
  if (rootSlot <= 0 || rootSlot + 8 > memoryEnd || rootSlot & 3 || u8[rootSlot]! & 1) return undefined;
  const rootData = u32[rootSlot >> 2]!;
  if (rootData <= 0 || rootData + 68 > memoryEnd || rootData & 3) return undefined;
  const rootChildren = u32[(rootData + 36) >> 2]!;
  // Visible descendants, aliases included (summarize_children keeps the count): the root and these are the nodes.
  const capacity = 1 + (rootChildren > 0 ? u32[(rootData + 56) >> 2]! : 0);
  if (capacity > memoryEnd >> 3) return undefined;

  const arrays = pool.acquire(capacity);
  const { id, symbol, named, startIndex, endIndex, startRow, startColumn, endRow, endColumn, parent } = arrays;
  const { firstChild, nextSibling, childCount, namedChildCount, field, subtreeEnd, lastChild } = arrays;
  const { rawFields } = arrays;

  const { aliasSequences, maxAliasSequenceLength: aliasStride } = tables;
  const { fieldSliceStart, fieldSliceLength, fieldId, fieldChild, fieldInherited } = tables;
  const productions = fieldSliceStart.length;

  // The stack of subtrees with children being read (hidden ones included), as parallel arrays; a deeper tree is
  // read again with a larger stack (locals the loop never reassigns stay in registers, not in a closure's context).
  const frames = stackSize;
  const fData = new Int32Array(frames);
  const fNext = new Int32Array(frames);
  const fStructural = new Int32Array(frames);
  const fProduction = new Int32Array(frames);
  const fBytes = new Int32Array(frames);
  const fRow = new Int32Array(frames);
  const fColumn = new Int32Array(frames);
  const fOwner = new Int32Array(frames);
  const fChainField = new Uint16Array(frames);
  /** Fields on the way up through hidden subtrees (capped at 2: more than one is all that matters). */
  const fChainCount = new Uint8Array(frames);
  const fSelf = new Int32Array(frames);
  /** Depth of the frame's visible owner. */
  const fDepth = new Int32Array(frames);

  // The root: visible, at its padding.
  const rootStart: Cursor = {
    bytes: u32[(rootData + 4) >> 2]!,
    row: u32[(rootData + 8) >> 2]!,
    column: u32[(rootData + 12) >> 2]!,
  };
  let count = 1;
  let maxDepth = 0;
  id[0] = rootSlot;
  symbol[0] = visibleSymbol(u16[(rootData + 40) >> 1]!, tables);
  named[0] = (u8[rootData + 44]! >> 1) & 1;
  startIndex[0] = rootStart.bytes >> 1;
  startRow[0] = rootStart.row;
  startColumn[0] = rootStart.column >> 1;
  const rootEnd = add(rootStart, u32[(rootData + 16) >> 2]!, u32[(rootData + 20) >> 2]!, u32[(rootData + 24) >> 2]!);
  endIndex[0] = rootEnd.bytes >> 1;
  endRow[0] = rootEnd.row;
  endColumn[0] = rootEnd.column >> 1;
  parent[0] = NONE;

  let top = 0;
  if (rootChildren > 0) {
    fData[0] = rootData;
    fNext[0] = 0;
    fStructural[0] = 0;
    fProduction[0] = u16[(rootData + 66) >> 1]!;
    fBytes[0] = rootStart.bytes;
    fRow[0] = rootStart.row;
    fColumn[0] = rootStart.column;
    fOwner[0] = 0;
    fDepth[0] = 0;
    fChainField[0] = 0;
    fChainCount[0] = 0;
    fSelf[0] = 0;
    top = 1;
  } else subtreeEnd[0] = 1;

  while (top > 0) {
    const f = top - 1;
    const data = fData[f]!;
    const children = u32[(data + 36) >> 2]!;
    const i = fNext[f]!;
    if (i >= children) {
      if (fSelf[f]! !== NONE) subtreeEnd[fSelf[f]!] = count;
      top--;
      continue;
    }
    fNext[f] = i + 1;
    const slot = data - (children - i) * 8;
    if (slot <= 0) return pool.release(arrays);
    const inline = u8[slot]! & 1;
    let visible: number,
      isNamed: number,
      extra: number,
      sym: number,
      childData = 0,
      grandchildren = 0;
    let padBytes: number, padRow: number, padColumn: number, sizeBytes: number, sizeRow: number, sizeColumn: number;
    if (inline) {
      const bits = u8[slot]!;
      visible = (bits >> 1) & 1;
      isNamed = (bits >> 2) & 1;
      extra = (bits >> 3) & 1;
      sym = u8[slot + 1]!;
      padColumn = u8[slot + 4]!;
      padRow = u8[slot + 5]! & 0xf;
      padBytes = u8[slot + 6]!;
      sizeBytes = u8[slot + 7]!;
      sizeRow = 0;
      sizeColumn = sizeBytes;
    } else {
      childData = u32[slot >> 2]!;
      if (childData <= 0 || childData + 68 > memoryEnd) return pool.release(arrays);
      const bits = u8[childData + 44]!;
      visible = bits & 1;
      isNamed = (bits >> 1) & 1;
      extra = (bits >> 2) & 1;
      sym = u16[(childData + 40) >> 1]!;
      padBytes = u32[(childData + 4) >> 2]!;
      padRow = u32[(childData + 8) >> 2]!;
      padColumn = u32[(childData + 12) >> 2]!;
      sizeBytes = u32[(childData + 16) >> 2]!;
      sizeRow = u32[(childData + 20) >> 2]!;
      sizeColumn = u32[(childData + 24) >> 2]!;
      grandchildren = u32[(childData + 36) >> 2]!;
    }
    // The alias and own field come from the parent subtree's production, by the child's structural index.
    let alias = 0;
    let ownField = 0;
    let ownFields = 0;
    let inherited = 0;
    if (!extra) {
      const structural = fStructural[f]!;
      fStructural[f] = structural + 1;
      const production = fProduction[f]!;
      if (production < productions) {
        if (structural < aliasStride) alias = aliasSequences[production * aliasStride + structural]!;
        const start = fieldSliceStart[production]!;
        const end = start + fieldSliceLength[production]!;
        for (let e = start; e < end; e++) {
          if (fieldChild[e] !== structural) continue;
          if (fieldInherited[e]) inherited = 1;
          else {
            if (!ownField) ownField = fieldId[e]!;
            ownFields++;
          }
        }
      }
    }
    const owner = fOwner[f]!;
    const chain = fChainCount[f]!;
    // Where the cursor's one field per child and ts_node_child_by_field_id can disagree (a child under two fields,
    // an extra under a hidden field, a field inherited through a visible child), the owner looks fields up in
    // memory the binding's way (rawChildByField).
    if (((visible || alias) && (inherited || ownFields + chain > 1)) || (extra && chain > 0)) rawFields[owner] = 1;
    // Position: the first child starts where its parent does (the parent's padding is its first child's).
    if (i > 0) {
      fBytes[f] = fBytes[f]! + padBytes;
      if (padRow > 0) {
        fRow[f] = fRow[f]! + padRow;
        fColumn[f] = padColumn;
      } else fColumn[f] = fColumn[f]! + padColumn;
    }
    const sBytes = fBytes[f]!;
    const sRow = fRow[f]!;
    const sColumn = fColumn[f]!;
    fBytes[f] = sBytes + sizeBytes;
    if (sizeRow > 0) {
      fRow[f] = sRow + sizeRow;
      fColumn[f] = sizeColumn;
    } else fColumn[f] = sColumn + sizeColumn;

    let self = NONE;
    if (visible || alias) {
      if (count >= capacity) return pool.release(arrays);
      self = count++;
      const depth = fDepth[f]! + 1;
      if (depth > limits.maxDepth) return pool.release(arrays);
      if (depth > maxDepth) maxDepth = depth;
      id[self] = slot;
      symbol[self] = alias ? alias : visibleSymbol(sym, tables);
      const isNamedNode = alias ? tables.named[alias]! : isNamed;
      named[self] = isNamedNode;
      startIndex[self] = sBytes >> 1;
      startRow[self] = sRow;
      startColumn[self] = sColumn >> 1;
      endIndex[self] = fBytes[f]! >> 1;
      endRow[self] = fRow[f]!;
      endColumn[self] = fColumn[f]! >> 1;
      parent[self] = owner;
      field[self] = extra ? 0 : ownField || fChainField[f]!;
      const previous = lastChild[owner]!;
      if (previous === NONE) firstChild[owner] = self;
      else nextSibling[previous] = self;
      lastChild[owner] = self;
      childCount[owner]++;
      if (isNamedNode) namedChildCount[owner]++;
      if (!grandchildren) subtreeEnd[self] = self + 1;
    }
    if (grandchildren > 0) {
      if (top === frames) {
        pool.release(arrays);
        return readFlatTree(heap, rootSlot, tables, limits, stackSize * 4);
      }
      const g = top++;
      fData[g] = childData;
      fNext[g] = 0;
      fStructural[g] = 0;
      fProduction[g] = u16[(childData + 66) >> 1]!;
      fBytes[g] = sBytes;
      fRow[g] = sRow;
      fColumn[g] = sColumn;
      fOwner[g] = self !== NONE ? self : owner;
      fDepth[g] = self !== NONE ? fDepth[f]! + 1 : fDepth[f]!;
      // Visible descendants of a hidden child take its field when they have none of their own.
      fChainField[g] = self !== NONE || extra ? 0 : ownField || fChainField[f]!;
      fChainCount[g] = self !== NONE || extra ? 0 : Math.min(2, chain + ownFields);
      fSelf[g] = self;
    }
  }
  return {
    count,
    arrays,
    id,
    symbol,
    named,
    startIndex,
    endIndex,
    startRow,
    startColumn,
    endRow,
    endColumn,
    parent,
    firstChild,
    nextSibling,
    childCount,
    namedChildCount,
    field,
    rawFields,
    subtreeEnd,
    depth: maxDepth,
  };
}

/** The symbol a subtree's node reports: its public symbol (ERROR for the error symbol). */
function visibleSymbol(raw: number, tables: LanguageTables): number {
  if (raw === ERROR_SYMBOL) return ERROR_SYMBOL;
  return raw < tables.symbolCount ? tables.publicSymbol[raw]! : raw;
}

function add(a: Cursor, bytes: number, row: number, column: number): Cursor {
  return row > 0
    ? { bytes: a.bytes + bytes, row: a.row + row, column }
    : { bytes: a.bytes + bytes, row: a.row, column: a.column + column };
}

/**
 * ts_node_child_by_field_id on the subtree at `slot`, read from memory: the child (its slot, the binding's node id)
 * the binding's childForFieldName returns, or 0. For the few nodes whose fields a flat field per child cannot
 * express: inherited fields are searched in the hidden (or, as the grammar may have it, visible) child they come
 * from; a field on a hidden child with children is that child's first visible descendant.
 */
export function rawChildByField(heap: Uint8Array, tables: LanguageTables, slot: number, field: number): number {
  const u16 = new Uint16Array(heap.buffer, heap.byteOffset, heap.byteLength >> 1);
  const u32 = new Int32Array(heap.buffer, heap.byteOffset, heap.byteLength >> 2);
  const { fieldSliceStart, fieldSliceLength, fieldId, fieldChild, fieldInherited } = tables;
  for (let depth = 0; depth < 10_000; depth++) {
    if (heap[slot]! & 1) return 0;
    const data = u32[slot >> 2]!;
    const children = u32[(data + 36) >> 2]!;
    if (!children) return 0;
    const production = u16[(data + 66) >> 1]!;
    if (production >= fieldSliceStart.length) return 0;
    const entries: number[] = [];
    const start = fieldSliceStart[production]!;
    for (let e = start; e < start + fieldSliceLength[production]!; e++) if (fieldId[e] === field) entries.push(e);
    if (!entries.length) return 0;
    let m = 0;
    let structural = 0;
    let descend = 0;
    for (let i = 0; i < children; i++) {
      const child = data - (children - i) * 8;
      if (extraAt(heap, u32, child)) continue;
      const index = structural++;
      const entry = entries[m]!;
      if (index < fieldChild[entry]!) continue;
      if (fieldInherited[entry]) {
        if (m + 1 === entries.length) {
          descend = child;
          break;
        }
        const found = rawChildByField(heap, tables, child, field);
        if (found) return found;
        if (++m === entries.length) return 0;
      } else if (relevantAt(heap, u32, tables, production, index, child)) return child;
      // ts_node_child_count: the visible children (visible_child_count at +48) of a subtree with children.
      else if (!(heap[child]! & 1) && u32[(u32[child >> 2]! + 36) >> 2]! > 0 && u32[(u32[child >> 2]! + 48) >> 2]! > 0)
        return firstVisible(heap, tables, child);
      else if (++m === entries.length) return 0;
    }
    if (!descend) return 0;
    slot = descend;
  }
  return 0;
}

function extraAt(heap: Uint8Array, u32: Int32Array, slot: number): boolean {
  return heap[slot]! & 1 ? ((heap[slot]! >> 3) & 1) === 1 : ((heap[u32[slot >> 2]! + 44]! >> 2) & 1) === 1;
}

function visibleAt(heap: Uint8Array, u32: Int32Array, slot: number): boolean {
  return heap[slot]! & 1 ? ((heap[slot]! >> 1) & 1) === 1 : (heap[u32[slot >> 2]! + 44]! & 1) === 1;
}

/** Visible, or renamed by the parent production's alias for its structural index. */
function relevantAt(
  heap: Uint8Array,
  u32: Int32Array,
  tables: LanguageTables,
  production: number,
  structural: number,
  slot: number,
): boolean {
  if (visibleAt(heap, u32, slot)) return true;
  const stride = tables.maxAliasSequenceLength;
  return structural < stride && tables.aliasSequences[production * stride + structural]! !== 0;
}

/** ts_node_child(node, 0): the first visible (or aliased) node under a hidden subtree, named or not; 0 if none. */
function firstVisible(heap: Uint8Array, tables: LanguageTables, slot: number): number {
  const u16 = new Uint16Array(heap.buffer, heap.byteOffset, heap.byteLength >> 1);
  const u32 = new Int32Array(heap.buffer, heap.byteOffset, heap.byteLength >> 2);
  for (let depth = 0; depth < 10_000; depth++) {
    const data = u32[slot >> 2]!;
    const children = u32[(data + 36) >> 2]!;
    const production = u16[(data + 66) >> 1]!;
    let structural = 0;
    let next = 0;
    for (let i = 0; i < children && !next; i++) {
      const child = data - (children - i) * 8;
      const extra = extraAt(heap, u32, child);
      const index = extra ? -1 : structural++;
      if (extra ? visibleAt(heap, u32, child) : relevantAt(heap, u32, tables, production, index, child)) return child;
      // A hidden child with visible children: its first one is the answer (visible_child_count at +48).
      if (!(heap[child]! & 1) && u32[(u32[child >> 2]! + 48) >> 2]! > 0) next = child;
    }
    if (!next) return 0;
    slot = next;
  }
  return 0;
}
