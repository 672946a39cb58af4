// What the dependency review knows about one requirement, wherever it was declared.

export type ManifestKind =
  'requirements' | 'pyproject' | 'setup.cfg' | 'setup.py' | 'Pipfile' | 'Pipfile.lock' | 'poetry.lock' | 'uv.lock';

export interface Dependency {
  /** Name as written. */
  name: string;
  /** PEP 503 normalised name (lower case, runs of -_. become -). */
  normalized: string;
  /** The version specifier as written (`==2.5.0`, `>=2`, `^1.2`, '' when none). */
  specifier: string;
  /** The exact version when pinned (`==x` / `===x`) or locked. */
  version?: string;
  /** Manifest path (relative) and 1-based line of the declaration. */
  file: string;
  line: number;
  /** `direct` = declared by the project; `locked` = resolved in a lock file (direct or transitive). */
  kind: 'direct' | 'locked';
  /** Dependency group (`dev`, an extra, `build-system`), when the format has groups. */
  group?: string;
  hashes: string[];
  /** URL / VCS / local path requirement. */
  url?: string;
  markers?: string;
  license?: string;
}

export interface IndexOption {
  kind: 'index-url' | 'extra-index-url' | 'trusted-host' | 'find-links';
  value: string;
  file: string;
  line: number;
}

export interface Manifest {
  file: string;
  kind: ManifestKind;
  dependencies: Dependency[];
  indexes: IndexOption[];
  /** Files included with `-r`/`-c` (paths relative to the repository root). */
  includes: string[];
  /** The file asks pip for hash checking (`--require-hashes`) or already carries hashes everywhere. */
  requireHashes: boolean;
  /** Problems reading the file, for the report (the review goes on). */
  errors: string[];
}

/** PEP 503 normalisation. */
export function normalizeName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

export function emptyManifest(file: string, kind: ManifestKind): Manifest {
  return { file, kind, dependencies: [], indexes: [], includes: [], requireHashes: false, errors: [] };
}

/** 1-based line of the first line at or after `from` (1-based) matching `re`; `fallback` when none. */
export function findLine(lines: readonly string[], re: RegExp, from = 1, fallback = 1): number {
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (re.test(lines[i] ?? '')) return i + 1;
  return fallback;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
