// Whether code runs on an event loop: inside an `async def` (not inside a nested plain `def` or lambda).
import type { Node } from '../syntax-node.js';

/** The innermost enclosing function if it is `async def`; undefined for sync functions and module code. */
export function enclosingAsyncFunction(node: Node): Node | undefined {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (cur.type === 'lambda') return undefined;
    if (cur.type === 'function_definition') return cur.firstChild?.type === 'async' ? cur : undefined;
  }
  return undefined;
}
