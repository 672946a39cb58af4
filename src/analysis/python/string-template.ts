// The shape of a string built at run time: its constant text with a NUL marker where a computed value goes.
import type { Node } from '../syntax-node.js';
import type { RuleContext } from '../rule.js';
import { percentSpecs } from './percent-format.js';

/** Stands for one computed part of a string template (NUL never appears in source text). */
export const HOLE = '\u0000';

const BRACE_FIELD = /\{[^{}]*\}/g;

type Ctx = Pick<RuleContext, 'staticString'>;

/**
 * Constant text of a string expression with HOLE for each computed part: f-strings, implicit and `+`
 * concatenation, `%` and `.format()`. Undefined when the expression has no string text at all (a bare name).
 */
export function templateOf(ctx: Ctx, node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  const known = ctx.staticString(node);
  if (known !== undefined) return known;
  switch (node.type) {
    case 'string':
      return fStringTemplate(node);
    case 'concatenated_string':
      return node.namedChildren.map((part) => templateOf(ctx, part) ?? HOLE).join('');
    case 'parenthesized_expression':
      return templateOf(ctx, node.namedChildren[0]);
    case 'binary_operator':
      return binaryTemplate(ctx, node);
    case 'call':
      return formatCallTemplate(ctx, node);
    default:
      return undefined;
  }
}

/** True when `node` is a string built at run time by an f-string, `%`, `+` or `.format()`. */
export function isFormattedString(ctx: Ctx, node: Node | undefined | null): boolean {
  if (!node || !FORMATTING_TYPES.has(node.type)) return false;
  if (ctx.staticString(node) !== undefined) return false;
  const template = templateOf(ctx, node);
  return template !== undefined && template.includes(HOLE);
}

const FORMATTING_TYPES = new Set([
  'string',
  'concatenated_string',
  'binary_operator',
  'call',
  'parenthesized_expression',
]);

function fStringTemplate(node: Node): string | undefined {
  let out = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'string_content' || child.type === 'escape_sequence') out += child.text;
    else if (child.type === 'interpolation') out += HOLE;
  }
  return out;
}

function binaryTemplate(ctx: Ctx, node: Node): string | undefined {
  const op = node.childForFieldName('operator')?.type;
  const left = node.childForFieldName('left');
  if (op === '%') {
    const text = templateOf(ctx, left);
    return text === undefined ? undefined : percentHoles(text);
  }
  if (op !== '+') return undefined;
  const l = templateOf(ctx, left);
  const r = templateOf(ctx, node.childForFieldName('right'));
  if (l === undefined && r === undefined) return undefined;
  return (l ?? HOLE) + (r ?? HOLE);
}

function formatCallTemplate(ctx: Ctx, node: Node): string | undefined {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return undefined;
  const text = templateOf(ctx, fn.childForFieldName('object'));
  return text === undefined ? undefined : text.replace(/\{\{|\}\}/g, '').replace(BRACE_FIELD, HOLE);
}

/** Each `%` conversion replaced by HOLE (`%%` stays: it is the text `%`, not a value). */
function percentHoles(text: string): string {
  let out = '';
  let cursor = 0;
  for (const spec of percentSpecs(text)) {
    if (spec.conv === '%') continue;
    out += text.slice(cursor, spec.start) + HOLE;
    cursor = spec.end;
  }
  return out + text.slice(cursor);
}
