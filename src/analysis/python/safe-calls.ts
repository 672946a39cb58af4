// Calls whose result the data-flow models (src/analysis/taint/models) know to be safe for a kind of sink —
// numbers (`int`, `len`, `uuid.UUID`) for every sink, escapers (`html.escape`, `format_html`, `bleach.clean`)
// for markup — so a pattern rule can treat text composed of literals and such calls as written by the developer.
import type { Node } from '../syntax-node.js';
import type { SinkKind } from '../taint/kinds.js';
import { MODEL_INDEX } from '../taint/models/index.js';

/** Clean for the data flow (not the request's text) but not text the developer wrote: a model row's fields. */
const STORED_DATA = new Set(['django.shortcuts.get_object_or_404']);

/** Whether a call node's result is safe in the rule's context. */
export type SafeCall = (call: Node) => boolean;

/** A predicate for calls the models' sanitisers clear for every one of `kinds`; `qualify` resolves the callee. */
export function safeCallFor(kinds: readonly SinkKind[], qualify: (node: Node) => string | undefined): SafeCall {
  return (call) => {
    const callee = call.childForFieldName('function');
    const name = callee ? qualify(callee) : undefined;
    const sanitizer = name && !STORED_DATA.has(name) ? MODEL_INDEX.sanitizerCalls.get(name) : undefined;
    if (!sanitizer) return false;
    const clears = sanitizer.clears;
    return clears === 'all' || kinds.every((k) => clears.includes(k));
  };
}
