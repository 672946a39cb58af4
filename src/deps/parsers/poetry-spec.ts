// Poetry/Pipfile-style `name = "spec"` or `name = { version = "...", git = "..." }` dependency entries.
import { escapeRegExp, findLine, normalizeName, type Dependency } from '../model.js';
import { pinnedVersion } from './pep508.js';

export function poetryDependency(file: string, lines: string[], name: string, spec: unknown): Dependency | undefined {
  const line = findLine(lines, new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`, 'i'));
  const base = { name, normalized: normalizeName(name), file, line, kind: 'direct' as const, hashes: [] as string[] };
  if (typeof spec === 'string') return withSpecifier(base, spec);
  if (Array.isArray(spec)) return withSpecifier(base, '');
  if (!spec || typeof spec !== 'object') return undefined;
  const table = spec as Record<string, unknown>;
  const url = ['git', 'url', 'path', 'file'].map((k) => table[k]).find((v): v is string => typeof v === 'string');
  if (url) {
    const ref = ['rev', 'tag', 'ref', 'branch'].map((k) => table[k]).find((v): v is string => typeof v === 'string');
    const full = typeof table.git === 'string' ? `git+${url}${ref ? `@${ref}` : ''}` : url;
    return { ...base, specifier: '', url: full, ...(typeof table.rev === 'string' ? {} : {}) };
  }
  return withSpecifier(base, typeof table.version === 'string' ? table.version : '');
}

function withSpecifier(base: Omit<Dependency, 'specifier'>, raw: string): Dependency {
  const spec = raw.trim() === '*' ? '' : raw.replace(/\s+/g, '');
  // Poetry allows a bare version ("2.5.0") meaning ==2.5.0.
  const normalized = /^\d[\w.+!-]*$/.test(spec) ? `==${spec}` : spec;
  const version = pinnedVersion(normalized);
  return { ...base, specifier: normalized, ...(version ? { version } : {}) };
}
