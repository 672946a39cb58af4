// Finds where code sets an HTTP response header: `resp.headers["X"] = v`, Django's `response["X"] = v`,
// `resp.headers.set("X", v)` / `.add(...)`, Tornado's `self.set_header("X", v)`.
import type { Node } from '../syntax-node.js';
import type { RuleContext, Visitor } from '../rule.js';
import type { CallInfo } from './call-name.js';

export interface HeaderWrite {
  /** Header name as written. */
  name: string;
  value: Node;
  /** The assignment or call to report on. */
  node: Node;
}

/**
 * A visitor that calls `onWrite` for writes of the headers in `names` (case-insensitive); empty when the file
 * never mentions any of them, so other files pay nothing.
 */
const mentionCache = new Map<string, RegExp>();

function mentionsAny(source: string, names: readonly string[]): boolean {
  const key = names.join('|');
  let re = mentionCache.get(key);
  if (!re) {
    re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    mentionCache.set(key, re);
  }
  return re.test(source);
}

export function headerWrites(
  ctx: RuleContext,
  names: readonly string[],
  onWrite: (write: HeaderWrite) => void,
): Visitor {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  if (!mentionsAny(ctx.source, names)) return {};
  const emit = (nameNode: Node | undefined | null, value: Node | undefined | null, node: Node) => {
    const name = ctx.staticString(nameNode);
    if (name !== undefined && value && wanted.has(name.toLowerCase())) onWrite({ name, value, node });
  };
  const setter = (call: CallInfo) => {
    const receiver = call.receiver?.text ?? '';
    if (call.method === 'set' || call.method === 'add') {
      if (!/headers$/i.test(receiver)) return;
    }
    emit(call.arg(0), call.arg(1), call.node);
  };
  return {
    nodes: {
      assignment(node) {
        const left = node.childForFieldName('left');
        if (left?.type !== 'subscript') return;
        emit(left.childForFieldName('subscript'), node.childForFieldName('right'), node);
      },
    },
    calls: { '*.set': setter, '*.add': setter, '*.set_header': setter, '*.add_header': setter },
  };
}
