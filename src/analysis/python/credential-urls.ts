// Finds `scheme://user:password@host` URLs with a literal password inside the string literals of a file.
import type { Node } from '../syntax-node.js';
import { CREDENTIAL_URL } from './secret-formats.js';
import { isSamplePassword } from './secret-values.js';

export interface CredentialUrl {
  /** The string literal holding the URL. */
  node: Node;
  scheme: string;
  user: string;
  password: string;
}

/** Per tree: two rules (network URLs, data-store DSNs) read the same list, so the file is scanned once. */
const foundIn = new WeakMap<object, { rootId: number; source: string; urls: CredentialUrl[] }>();

/** One native regex pass over the source; matches outside string literals and in docstrings are ignored. */
export function findCredentialUrls(root: Node, source: string): CredentialUrl[] {
  if (!source.includes('://')) return [];
  const cached = foundIn.get(root.tree);
  if (cached?.rootId === root.id && cached.source === source) return cached.urls;
  const urls = scanCredentialUrls(root, source);
  foundIn.set(root.tree, { rootId: root.id, source, urls });
  return urls;
}

function scanCredentialUrls(root: Node, source: string): CredentialUrl[] {
  const found: CredentialUrl[] = [];
  CREDENTIAL_URL.lastIndex = 0;
  for (let m = CREDENTIAL_URL.exec(source); m; m = CREDENTIAL_URL.exec(source)) {
    const [, scheme = '', user = '', rawPassword = ''] = m;
    const password = safeDecode(rawPassword);
    if (isSamplePassword(password)) continue;
    const node = stringAround(root.descendantForIndex(m.index));
    if (node) found.push({ node, scheme: scheme.toLowerCase(), user, password });
  }
  return found;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The string literal containing a position, unless it is a docstring (documentation shows sample URLs). */
function stringAround(node: Node | null): Node | undefined {
  for (let cur = node; cur; cur = cur.parent) {
    if (cur.type === 'string') {
      const holder = cur.parent?.type === 'concatenated_string' ? cur.parent : cur;
      return holder.parent?.type === 'expression_statement' ? undefined : cur;
    }
    if (cur.type.endsWith('statement') || cur.type === 'module' || cur.type === 'comment') return undefined;
  }
  return undefined;
}
