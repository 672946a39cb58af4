// PEP 508 requirement strings: `name[extras] (specifier) ; markers` and `name @ url`.
import { normalizeName } from '../model.js';

export interface Requirement {
  name: string;
  normalized: string;
  extras: string[];
  specifier: string;
  version?: string;
  url?: string;
  markers?: string;
}

const NAME = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*/;

/** Parses one requirement; undefined when the text is not a requirement. */
export function parseRequirement(text: string): Requirement | undefined {
  const [body = '', ...markerParts] = text.split(';');
  const markers = markerParts.join(';').trim() || undefined;
  const m = NAME.exec(body);
  if (!m) return undefined;
  const name = m[1]!;
  const extras = (m[2] ?? '')
    .slice(1, -1)
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const rest = body.slice(m[0].length).trim();
  if (rest.startsWith('@')) {
    return {
      name,
      normalized: normalizeName(name),
      extras,
      specifier: '',
      url: rest.slice(1).trim(),
      ...(markers ? { markers } : {}),
    };
  }
  const specifier = rest.replace(/^\(|\)$/g, '').replace(/\s+/g, '');
  if (specifier && !/^(~=|==|!=|<=|>=|<|>|===)/.test(specifier)) return undefined;
  const version = pinnedVersion(specifier);
  return {
    name,
    normalized: normalizeName(name),
    extras,
    specifier,
    ...(version ? { version } : {}),
    ...(markers ? { markers } : {}),
  };
}

/** The exact version of `==1.2.3` / `===1.2.3` (not `==1.*`, not combined ranges). */
export function pinnedVersion(specifier: string): string | undefined {
  const m = /^={2,3}([A-Za-z0-9.+!_-]+)$/.exec(specifier);
  return m && !m[1]!.includes('*') ? m[1] : undefined;
}
