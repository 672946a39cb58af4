// Local constant folding for branch conditions: `num = 86` then `if (7 * 42) - num > 200:` is decided statically,
// as are `possible = "ABC"; guess = possible[1]` and a `match guess:` on it (benchmark-style dead branches).
import type { Node } from '../../syntax-node.js';
import { literalValue } from './literal-values.js';

export type Const = number | string | boolean | null;

/** Names assigned a constant exactly once so far in the function being read. */
export class ConstEnv {
  private readonly values = new Map<string, Const>();
  private readonly reassigned = new Set<string>();

  /** Records `name = value`; a second assignment makes the name unknown for good (branches, loops). */
  assign(name: string, value: Node | null | undefined): void {
    if (this.values.has(name) || this.reassigned.has(name)) {
      this.values.delete(name);
      this.reassigned.add(name);
      return;
    }
    const v = value ? this.value(value) : undefined;
    if (v === undefined) this.reassigned.add(name);
    else this.values.set(name, v);
  }

  forget(name: string): void {
    this.values.delete(name);
    this.reassigned.add(name);
  }

  truth(node: Node | null | undefined): boolean | undefined {
    const v = node ? this.value(node) : undefined;
    if (v === undefined) return undefined;
    return !(v === 0 || v === '' || v === false || v === null);
  }

  value(node: Node, depth = 0): Const | undefined {
    if (depth > 12) return undefined;
    switch (node.type) {
      case 'integer':
      case 'float':
      case 'string':
      case 'concatenated_string':
      case 'true':
      case 'false':
      case 'none': {
        const v = literalValue(node);
        return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : undefined;
      }
      case 'identifier':
        return this.values.get(node.text);
      case 'parenthesized_expression':
        return node.namedChildren[0] ? this.value(node.namedChildren[0], depth + 1) : undefined;
      case 'unary_operator': {
        const v = this.value(node.childForFieldName('argument')!, depth + 1);
        return typeof v === 'number' ? (node.children[0]?.text === '-' ? -v : v) : undefined;
      }
      case 'not_operator': {
        const v = this.truth(node.childForFieldName('argument'));
        return v === undefined ? undefined : !v;
      }
      case 'binary_operator':
        return this.binary(node, depth);
      case 'comparison_operator':
        return this.comparison(node, depth);
      case 'boolean_operator': {
        const left = this.truth(node.childForFieldName('left'));
        const right = this.truth(node.childForFieldName('right'));
        const op = node.children[1]?.text;
        if (op === 'and') return left === false || right === false ? false : left && right ? true : undefined;
        return left === true || right === true ? true : left === false && right === false ? false : undefined;
      }
      case 'subscript': {
        const base = this.value(node.childForFieldName('value')!, depth + 1);
        const index = node.childForFieldName('subscript');
        const i = index ? this.value(index, depth + 1) : undefined;
        return typeof base === 'string' && typeof i === 'number' ? base.at(i) : undefined;
      }
      default:
        return undefined;
    }
  }

  private binary(node: Node, depth: number): Const | undefined {
    const a = this.value(node.childForFieldName('left')!, depth + 1);
    const b = this.value(node.childForFieldName('right')!, depth + 1);
    const op = node.childForFieldName('operator')?.text ?? node.children[1]?.text;
    if (typeof a === 'string' && typeof b === 'string' && op === '+') return a + b;
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? undefined : a / b;
      case '//':
        return b === 0 ? undefined : Math.floor(a / b);
      case '%':
        return b === 0 ? undefined : ((a % b) + b) % b;
      default:
        return undefined;
    }
  }

  private comparison(node: Node, depth: number): Const | undefined {
    const operands = node.namedChildren.filter((c): c is Node => !!c);
    const ops = node.children.filter((c) => c && !c.isNamed).map((c) => c!.text);
    if (operands.length !== 2 || ops.length !== 1) return undefined;
    const a = this.value(operands[0]!, depth + 1);
    const b = this.value(operands[1]!, depth + 1);
    if (a === undefined || b === undefined) return undefined;
    switch (ops[0]) {
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return a! < b!;
      case '>':
        return a! > b!;
      case '<=':
        return a! <= b!;
      case '>=':
        return a! >= b!;
      default:
        return undefined;
    }
  }
}
