// Recognises broad exception handlers (`except:`, `except Exception:`) whose body is one given statement.
import type { Node } from '../syntax-node.js';

const BROAD = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);

/**
 * For `except:` / `except Exception [as e]:` / `except (ValueError, Exception):` whose block is exactly one
 * `statementType` statement, returns the handler's header text (`except Exception`); otherwise undefined.
 */
export function broadHandlerBody(clause: Node, statementType: string): string | undefined {
  const block = clause.namedChildren.find((c) => c?.type === 'block');
  const statements = block?.namedChildren.filter((c) => c?.type !== 'comment');
  if (!statements || statements.length !== 1 || statements[0]?.type !== statementType) return undefined;
  let caught = clause.childForFieldName('value');
  if (!caught) return 'except';
  if (caught.type === 'as_pattern') caught = caught.namedChildren[0] ?? null;
  if (!caught) return undefined;
  const names = caught.type === 'tuple' ? caught.namedChildren.map((c) => c?.text ?? '') : [caught.text];
  const broad = names.find((n) => BROAD.has(n));
  return broad ? `except ${broad.replace('builtins.', '')}` : undefined;
}
