// Finds variables inside an expression whose names say they hold a credential (for output and transport rules).
import type { Node } from '../syntax-node.js';
import { isCredentialName } from './secret-names.js';

/** The first credential-named identifier/attribute inside `node` (f-string interpolations included). */
export function credentialOperand(node: Node | undefined | null): string | undefined {
  if (!node) return undefined;
  const candidates =
    node.type === 'identifier' || node.type === 'attribute'
      ? [node]
      : node.descendantsOfType(['identifier', 'attribute']);
  for (const c of candidates) {
    if (!c) continue;
    const parent = c.parent;
    // `obj.password` is seen as an attribute; its inner identifiers and a callee `f(...)` name are not values.
    if (parent?.type === 'attribute' && c.type === 'identifier' && parent.childForFieldName('attribute')?.id === c.id)
      continue;
    // `self._access_key.arn`: something is read from the credential object, not the credential itself.
    if (parent?.type === 'attribute' && parent.childForFieldName('object')?.id === c.id) continue;
    if (parent?.type === 'call' && parent.childForFieldName('function')?.id === c.id) continue;
    const name = c.type === 'attribute' ? c.childForFieldName('attribute')?.text : c.text;
    if (name && isCredentialName(name) && !transformed(c, node)) return name;
  }
  return undefined;
}

// Calls that pass their argument's text through; any other call (len, hash, mask …) derives a new value.
const PASS_THROUGH = /^(str|repr|format|join|encode|decode|strip|upper|lower)$/;

/** Whether `value` reaches `top` through a call that transforms it (`len(password)`, `mask(token)`). */
function transformed(value: Node, top: Node): boolean {
  for (let cur = value.parent; cur && cur.id !== top.parent?.id; cur = cur.parent) {
    if (cur.type !== 'call') continue;
    const fn = cur.childForFieldName('function');
    const name = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (!name || !PASS_THROUGH.test(name)) return true;
  }
  return false;
}
