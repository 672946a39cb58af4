// How a SQL argument is written: a plain literal, constant-folded, formatted at run time, or just computed.
import type { Node } from '../syntax-node.js';
import type { RuleContext } from '../rule.js';
import { isFormattedString } from './string-template.js';

export type SqlArgumentKind = 'literal' | 'constant' | 'formatted' | 'computed';

/** A string literal as Python's parser sees one: no f-prefix, implicit concatenation of such literals allowed. */
export function isPlainStringLiteral(node: Node): boolean {
  if (node.type === 'concatenated_string') return node.namedChildren.every((c) => !c || isPlainStringLiteral(c));
  return node.type === 'string' && !/^[rbuRBU]*[fF]/.test(node.text);
}

/** Classifies a SQL argument; `constant` means built from constants (Bandit still reports it, at low). */
export function sqlArgumentKind(ctx: Pick<RuleContext, 'staticString' | 'staticValue'>, node: Node): SqlArgumentKind {
  if (isPlainStringLiteral(node)) return 'literal';
  if (ctx.staticValue(node) !== undefined) return 'constant';
  return isFormattedString(ctx, node) ? 'formatted' : 'computed';
}

/** Severity for a SQL sink argument of each kind (undefined: nothing to report). */
export const SQL_KIND_SEVERITY = {
  literal: undefined,
  constant: 'low',
  formatted: 'high',
  computed: 'medium',
} as const;
