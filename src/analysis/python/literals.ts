// Static evaluation of Python expressions: what a value is when it does not depend on run time.
import type { Node } from '../syntax-node.js';
import { percentSpecs } from './percent-format.js';

/**
 * A statically known Python value: str, int/float, bool, None (null), bytes (as {bytes}), list/tuple (array)
 * or dict (Map). `undefined` means "computed at run time" — unknown.
 */
export type StaticValue =
  string | number | boolean | null | { bytes: string } | StaticValue[] | Map<string, StaticValue> | undefined;

const MAX_DEPTH = 20;
/**
 * The largest value static evaluation builds, in characters (strings) or total weight (containers: items plus
 * their own weights). Bigger results are unknown: `"A" * 300000000` in a 150-byte file must not allocate 2 GB,
 * and `B = [A, A]; C = [B, B] …` must not grow a `str()` exponentially. No real finding needs a larger value.
 */
export const MAX_STATIC_SIZE = 100_000;

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

function decodeEscape(text: string): string {
  const body = text.slice(1);
  if (body in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[body] ?? '';
  if (/^(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})$/.test(body)) {
    return String.fromCodePoint(parseInt(body.slice(1), 16));
  }
  if (/^[0-7]{1,3}$/.test(body)) return String.fromCodePoint(parseInt(body, 8));
  return text; // unknown escapes stay as written, as Python does
}

/** Evaluates expressions of one file; module-level constants come from `constants` (assigned exactly once). */
export class StaticEvaluator {
  private readonly memo = new Map<number, StaticValue>();

  constructor(private readonly constants: Map<string, Node>) {}

  value(node: Node | null | undefined, depth = 0): StaticValue {
    if (!node || depth > MAX_DEPTH) return undefined;
    const cached = this.memo.get(node.id);
    if (cached !== undefined || this.memo.has(node.id)) return cached;
    const computed = this.compute(node, depth + 1);
    const result = sizeOf(computed) > MAX_STATIC_SIZE ? undefined : computed;
    this.memo.set(node.id, result);
    return result;
  }

  string(node: Node | null | undefined): string | undefined {
    const v = this.value(node);
    return typeof v === 'string' ? v : undefined;
  }

  truthiness(node: Node | null | undefined): boolean | undefined {
    return truthinessOf(this.value(node));
  }

  private compute(node: Node, depth: number): StaticValue {
    switch (node.type) {
      case 'string':
        return this.stringLiteral(node, depth);
      case 'concatenated_string':
        return this.concatenated(node, depth);
      case 'integer':
        return parseIntLiteral(node.text);
      case 'float':
        return Number(node.text.replace(/_/g, ''));
      case 'true':
        return true;
      case 'false':
        return false;
      case 'none':
        return null;
      case 'parenthesized_expression':
        return this.value(node.namedChildren[0], depth);
      case 'identifier':
        return this.constant(node, depth);
      case 'binary_operator':
        return this.binary(node, depth);
      case 'unary_operator':
        return this.unary(node, depth);
      case 'not_operator': {
        const t = truthinessOf(this.value(node.childForFieldName('argument'), depth));
        return t === undefined ? undefined : !t;
      }
      case 'tuple':
      case 'list':
        return this.sequence(node, depth);
      case 'dictionary':
        return this.dictionary(node, depth);
      case 'call':
        return this.formatCall(node, depth);
      default:
        return undefined;
    }
  }

  private constant(node: Node, depth: number): StaticValue {
    const assigned = this.constants.get(node.text);
    return assigned ? this.value(assigned, depth) : undefined;
  }

  private stringLiteral(node: Node, depth: number): StaticValue {
    const start = node.firstChild?.text ?? '';
    const prefix = stripQuotes(start).toLowerCase();
    const raw = prefix.includes('r');
    let out = '';
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'string_content') out += raw ? child.text : decodeContent(child);
      else if (child.type === 'escape_sequence') out += raw ? child.text : decodeEscape(child.text);
      else if (child.type === 'interpolation') {
        const v = this.value(child.childForFieldName('expression'), depth);
        if (v === undefined) return undefined;
        out += pyStr(v);
      }
      if (out.length > MAX_STATIC_SIZE) return undefined;
    }
    return prefix.includes('b') ? { bytes: out } : out;
  }

  private concatenated(node: Node, depth: number): StaticValue {
    let out = '';
    for (const part of node.namedChildren) {
      const v = this.value(part, depth);
      if (typeof v !== 'string' || out.length + v.length > MAX_STATIC_SIZE) return undefined;
      out += v;
    }
    return out;
  }

  private binary(node: Node, depth: number): StaticValue {
    const op = node.childForFieldName('operator')?.type;
    const left = this.value(node.childForFieldName('left'), depth);
    if (left === undefined) return undefined;
    const right = this.value(node.childForFieldName('right'), depth);
    if (right === undefined) return undefined;
    if (op === '+') {
      if (typeof left === 'string' && typeof right === 'string') {
        return left.length + right.length > MAX_STATIC_SIZE ? undefined : left + right;
      }
      if (typeof left === 'number' && typeof right === 'number') return left + right;
      return undefined;
    }
    if (op === '%' && typeof left === 'string') return percentFormat(left, right);
    if (op === '*' && typeof left === 'number' && typeof right === 'number') return left * right;
    if (op === '*' && typeof left === 'string' && typeof right === 'number') {
      const times = Math.max(0, Math.floor(right));
      // Checked before repeating: the product is what would be allocated.
      return Number.isFinite(right) && left.length * times <= MAX_STATIC_SIZE ? left.repeat(times) : undefined;
    }
    if (op === '-' && typeof left === 'number' && typeof right === 'number') return left - right;
    if (op === '**' && typeof left === 'number' && typeof right === 'number') return left ** right;
    if (op === '|' && typeof left === 'number' && typeof right === 'number') return left | right;
    return undefined;
  }

  private unary(node: Node, depth: number): StaticValue {
    const v = this.value(node.childForFieldName('argument'), depth);
    const op = node.childForFieldName('operator')?.type;
    if (typeof v !== 'number') return undefined;
    return op === '-' ? -v : op === '+' ? v : op === '~' ? ~v : undefined;
  }

  private sequence(node: Node, depth: number): StaticValue {
    const out: StaticValue[] = [];
    for (const item of node.namedChildren) {
      if (!item || item.type === 'comment') continue;
      const v = this.value(item, depth);
      if (v === undefined) return undefined;
      out.push(v);
      if (out.length > MAX_STATIC_SIZE) return undefined;
    }
    return out;
  }

  private dictionary(node: Node, depth: number): StaticValue {
    const out = new Map<string, StaticValue>();
    for (const pair of node.namedChildren) {
      if (!pair || pair.type === 'comment') continue;
      if (pair.type !== 'pair') return undefined;
      const key = this.value(pair.childForFieldName('key'), depth);
      if (typeof key !== 'string') return undefined;
      out.set(key, this.value(pair.childForFieldName('value'), depth));
      if (out.size > MAX_STATIC_SIZE) return undefined;
    }
    return out;
  }

  /** `"…".format(...)` with static arguments, and `str(x)` of a static value. */
  private formatCall(node: Node, depth: number): StaticValue {
    const fn = node.childForFieldName('function');
    const args = node.childForFieldName('arguments');
    if (!fn || !args || args.type !== 'argument_list') return undefined;
    if (fn.type === 'identifier' && fn.text === 'str' && args.namedChildCount === 1) {
      const v = this.value(args.namedChildren[0], depth);
      return v === undefined ? undefined : boundedPyStr(v);
    }
    if (fn.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return undefined;
    const template = this.value(fn.childForFieldName('object'), depth);
    if (typeof template !== 'string') return undefined;
    const positional: StaticValue[] = [];
    const named = new Map<string, StaticValue>();
    for (const a of args.namedChildren) {
      if (!a) continue;
      if (a.type === 'keyword_argument') {
        const v = this.value(a.childForFieldName('value'), depth);
        if (v === undefined) return undefined;
        named.set(a.childForFieldName('name')?.text ?? '', v);
      } else {
        const v = this.value(a, depth);
        if (v === undefined) return undefined;
        positional.push(v);
      }
    }
    return braceFormat(template, positional, named);
  }
}

/** `rb"` → `rb`: the prefix of a string's opening token (a loop: `/['"]+$/` retries every quote of a run). */
function stripQuotes(start: string): string {
  let end = start.length;
  while (end > 0 && (start[end - 1] === '"' || start[end - 1] === "'")) end--;
  return start.slice(0, end);
}

function decodeContent(node: Node): string {
  // string_content has escape_sequence children in the tree; the content text between them is literal.
  if (node.namedChildCount === 0) return node.text;
  let out = '';
  let cursor = node.startIndex;
  const text = node.text;
  for (const esc of node.namedChildren) {
    if (!esc) continue;
    out += text.slice(cursor - node.startIndex, esc.startIndex - node.startIndex);
    out += esc.type === 'escape_sequence' ? decodeEscape(esc.text) : esc.text;
    cursor = esc.endIndex;
  }
  return out + text.slice(cursor - node.startIndex);
}

function parseIntLiteral(text: string): number | undefined {
  const t = text.replace(/_/g, '').toLowerCase().replace(/l$/, '');
  if (/^0x[0-9a-f]+$/.test(t)) return parseInt(t.slice(2), 16);
  if (/^0o[0-7]+$/.test(t)) return parseInt(t.slice(2), 8);
  if (/^0b[01]+$/.test(t)) return parseInt(t.slice(2), 2);
  if (/^0[0-7]+$/.test(t)) return parseInt(t.slice(1), 8); // Python 2 octal, still common in old code
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const sizes = new WeakMap<object, number>();

/**
 * The weight of a static value: a string's length, a container's item count plus its items' weights (memoised:
 * values are shared between containers, so a tree of references is weighed once per node, not once per path).
 */
export function sizeOf(v: StaticValue): number {
  if (typeof v === 'string') return v.length;
  if (v === null || typeof v !== 'object') return 1;
  if (!Array.isArray(v) && !(v instanceof Map)) return v.bytes.length;
  const known = sizes.get(v);
  if (known !== undefined) return known;
  let total = 1;
  for (const item of v.values()) {
    total += 1 + sizeOf(item);
    if (total > MAX_STATIC_SIZE) break; // heavy enough to be unknown: stop weighing
  }
  if (v instanceof Map) for (const key of v.keys()) total += key.length;
  sizes.set(v, total);
  return total;
}

/** `str(v)`, or unknown when the text would pass the static-size cap (every value has weight ≤ the cap). */
function boundedPyStr(v: StaticValue): string | undefined {
  const text = pyStr(v);
  return text.length > MAX_STATIC_SIZE ? undefined : text;
}

/** Python's `str()` of a static value. */
export function pyStr(v: StaticValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === 'string' ? `'${x}'` : pyStr(x))).join(', ')}]`;
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `'${k}': ${pyStr(x)}`).join(', ')}}`;
  if (v && typeof v === 'object') return `b'${v.bytes}'`;
  return '';
}

export function truthinessOf(v: StaticValue): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  if (typeof v === 'object') return v.bytes.length > 0;
  return true;
}

function percentFormat(template: string, args: StaticValue): string | undefined {
  const values = Array.isArray(args) ? args : [args];
  let i = 0;
  let out = '';
  let cursor = 0;
  for (const spec of percentSpecs(template)) {
    out += template.slice(cursor, spec.start);
    cursor = spec.end;
    if (spec.conv === '%') {
      out += '%';
      continue;
    }
    const v = spec.key && args instanceof Map ? args.get(spec.key.slice(1, -1)) : values[i++];
    if (v === undefined) return undefined;
    out += pyStr(v);
    if (out.length > MAX_STATIC_SIZE) return undefined; // `"%(a)s" * n % {'a': big}` grows per conversion
  }
  out += template.slice(cursor);
  return out.length > MAX_STATIC_SIZE ? undefined : out;
}

function braceFormat(template: string, positional: StaticValue[], named: Map<string, StaticValue>): string | undefined {
  let auto = 0;
  let failed = false;
  let length = 0;
  const out = template.replace(/\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}/g, (m, field: string | undefined) => {
    if (m === '{{') return '{';
    if (m === '}}') return '}';
    if (failed) return '';
    const key = field ?? '';
    const v = key === '' ? positional[auto++] : /^\d+$/.test(key) ? positional[Number(key)] : named.get(key);
    const text = v === undefined ? '' : pyStr(v);
    length += text.length;
    if (v === undefined || length > MAX_STATIC_SIZE) failed = true; // `"{0}{0}…".format(big)` grows per field
    return failed ? '' : text;
  });
  return failed || out.length > MAX_STATIC_SIZE ? undefined : out;
}
