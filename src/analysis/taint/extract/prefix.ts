// Whether the constant start of a URL (python/string-prefix.ts) pins where it goes.
import type { SinkKind } from '../kinds.js';

/** A scheme, a host and a path separator (or, for redirects, a local path) fix the destination. */
export function pinsDestination(kind: SinkKind, prefix: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#@\\]+[/?#]/i.test(prefix)) return true;
  return kind === 'redirect' && /^\/[^/\\]/.test(prefix);
}
