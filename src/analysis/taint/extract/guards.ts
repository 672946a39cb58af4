// What a branch condition proves about a variable: allow-list membership, equality with a constant, a full
// regex match, `isdigit()`, `isinstance(x, int)`, a confined path prefix, an allow-listed URL host.
import type { Node } from 'web-tree-sitter';
import type { Guard } from '../ir.js';
import { ALL_KINDS, maskOf } from '../kinds.js';
import type { ExtractContext } from './context.js';
import { keyOf } from './expr.js';

export interface Facts {
  /** Hold on the branch where the test is true. */
  yes: Guard[];
  /** Hold where it is false. */
  no: Guard[];
}

const NONE: Facts = { yes: [], no: [] };
const URL_KINDS = maskOf(['ssrf', 'redirect']);
const SAFE_CHECKS = new Set(['isdigit', 'isalnum', 'isnumeric', 'isdecimal', 'isalpha', 'isidentifier']);
const URL_CHECKS = /(^|\.)(url_has_allowed_host_and_scheme|is_safe_url|is_allowed_url|is_safe_redirect)$/;

/** `parsed = urlparse(url)`: guards on `parsed.netloc` protect `url`. */
export type Aliases = Map<string, string>;

export function factsOf(node: Node | null | undefined, ctx: ExtractContext, aliases: Aliases): Facts {
  if (!node) return NONE;
  switch (node.type) {
    case 'parenthesized_expression': return factsOf(node.namedChildren[0], ctx, aliases);
    case 'not_operator': {
      const inner = factsOf(node.childForFieldName('argument'), ctx, aliases);
      return { yes: inner.no, no: inner.yes };
    }
    case 'boolean_operator': {
      const left = factsOf(node.childForFieldName('left'), ctx, aliases);
      const right = factsOf(node.childForFieldName('right'), ctx, aliases);
      const op = node.childForFieldName('operator')?.text ?? node.children[1]?.text;
      return op === 'and' ? { yes: [...left.yes, ...right.yes], no: [] } : { yes: [], no: [...left.no, ...right.no] };
    }
    case 'comparison_operator': return comparison(node, aliases);
    case 'call': return callCheck(node, ctx, aliases);
    default: return NONE;
  }
}

function comparison(node: Node, aliases: Aliases): Facts {
  const operands = node.namedChildren.filter((c): c is Node => !!c);
  if (operands.length !== 2) return NONE;
  const ops = node.children.filter((c) => c && !c.isNamed).map((c) => c!.text).join(' ');
  const [left, right] = operands as [Node, Node];
  if (ops === 'in' || ops === 'not in') {
    if (!isConstantCollection(right)) return NONE;
    const guard = subject(left, aliases);
    if (!guard) return NONE;
    return ops === 'in' ? { yes: [guard], no: [] } : { yes: [], no: [guard] };
  }
  if (ops === '==' || ops === '!=' || ops === 'is') {
    const [variable, constant] = isConstant(right) ? [left, right] : isConstant(left) ? [right, left] : [undefined, undefined];
    if (!variable || !constant) return NONE;
    const guard = subject(variable, aliases);
    if (!guard) return NONE;
    return ops === '!=' ? { yes: [], no: [guard] } : { yes: [guard], no: [] };
  }
  return NONE;
}

/** The variable a check constrains: `x`, or the URL behind `urlparse(x).netloc` / `parsed.hostname`. */
function subject(node: Node, aliases: Aliases): Guard | undefined {
  const key = keyOf(node);
  if (node.type === 'identifier' && key) return { v: key, clears: ALL_KINDS };
  if (node.type !== 'attribute') return key ? { v: key, clears: ALL_KINDS } : undefined;
  const attr = node.childForFieldName('attribute')?.text ?? '';
  if (!/^(netloc|hostname|host|scheme)$/.test(attr)) return key ? { v: key, clears: ALL_KINDS } : undefined;
  const object = node.childForFieldName('object');
  if (object?.type === 'identifier') {
    const url = aliases.get(object.text);
    return url ? { v: url, clears: URL_KINDS } : undefined;
  }
  if (object?.type === 'call' && /urlparse|urlsplit/.test(object.childForFieldName('function')?.text ?? '')) {
    const arg = object.childForFieldName('arguments')?.namedChildren[0];
    const argKey = arg ? keyOf(arg) : undefined;
    return argKey ? { v: argKey, clears: URL_KINDS } : undefined;
  }
  return undefined;
}

function callCheck(node: Node, ctx: ExtractContext, aliases: Aliases): Facts {
  const callee = node.childForFieldName('function');
  const args = node.childForFieldName('arguments')?.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment') ?? [];
  if (!callee) return NONE;
  const name = ctx.qualified(callee) ?? '';
  if (callee.type === 'attribute') {
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const object = callee.childForFieldName('object');
    const objectKey = object ? keyOf(object) : undefined;
    if (SAFE_CHECKS.has(method) && objectKey) return { yes: [{ v: objectKey, clears: ALL_KINDS }], no: [] };
    if (method === 'startswith' && objectKey) return { yes: [{ v: objectKey, clears: maskOf(['path']), normOnly: true }], no: [] };
    if ((method === 'fullmatch' || method === 'match') && /^[A-Z_][A-Z0-9_]*$/.test(objectKey ?? '') && args[0]) {
      return guardOn(args[0], ALL_KINDS, aliases);
    }
  }
  if ((name === 're.fullmatch' || name === 're.match') && args.length >= 2 && isAnchoredPattern(args[0]!, name)) {
    return guardOn(args[1]!, ALL_KINDS, aliases);
  }
  if (name === 'isinstance' && args[1] && /\b(int|float|bool|UUID)\b/.test(args[1].text) && args[0]) {
    return guardOn(args[0], ALL_KINDS, aliases);
  }
  if (URL_CHECKS.test(name) && args[0]) return guardOn(args[0], URL_KINDS, aliases);
  return NONE;
}

function guardOn(node: Node, clears: number, _aliases: Aliases): Facts {
  const key = keyOf(node);
  return key ? { yes: [{ v: key, clears }], no: [] } : NONE;
}

function isAnchoredPattern(node: Node, fn: string): boolean {
  if (node.type !== 'string' || node.namedChildren.some((c) => c?.type === 'interpolation')) return false;
  return fn === 're.fullmatch' || /(\$|\\Z)['"]$/.test(node.text);
}

function isConstant(node: Node): boolean {
  return ['string', 'integer', 'float', 'true', 'false', 'none'].includes(node.type)
    && !node.namedChildren.some((c) => c?.type === 'interpolation');
}

/** A literal collection of constants, or an UPPER_CASE name (a module-level allow-list by convention). */
function isConstantCollection(node: Node): boolean {
  if (['list', 'tuple', 'set', 'dictionary'].includes(node.type)) {
    return node.namedChildren.every((c) => !c || c.type === 'comment' || isConstant(c) || (c.type === 'pair' && isConstant(c.childForFieldName('key')!)));
  }
  if (node.type === 'identifier' || node.type === 'attribute') {
    const last = node.type === 'attribute' ? node.childForFieldName('attribute')?.text ?? '' : node.text;
    return /^[A-Z][A-Z0-9_]*$/.test(last) || /^(allowed|allow|whitelist|safe)_?/i.test(last);
  }
  if (node.type === 'call') {
    const fn = node.childForFieldName('function')?.text;
    const arg = node.childForFieldName('arguments')?.namedChildren[0];
    return (fn === 'set' || fn === 'frozenset') && !!arg && isConstantCollection(arg);
  }
  return false;
}
