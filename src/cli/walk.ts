// Finds the files to review under the scan root: honours .gitignore files (nested ones too), skips VCS and
// tool folders and virtualenvs, never follows symlinks (no loops, no escaping the root).
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** Folders that never hold the project's own code. */
const SKIP_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '.tox',
  '.nox',
  '__pycache__',
  'site-packages',
  '.venv',
  'venv',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.eggs',
]);

interface IgnoreScope {
  /** Folder of the .gitignore, relative to the root ('' = the root or one of its ancestors). */
  base: string;
  /** For a .gitignore above the root: the path from its folder down to the root, prefixed to every path. */
  prefix: string;
  rules: Ignore;
}

export interface WalkOptions {
  /** Relative-path filter (config paths.include/exclude). */
  accept: (relativePath: string) => boolean;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function loadGitignore(dir: string, base: string, prefix = ''): IgnoreScope | undefined {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { base, prefix, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined; // an unreadable .gitignore ignores nothing rather than failing the scan
  }
}

/**
 * The .gitignore files above the root, up to the top of its git work tree (scanning `repo/src` still honours
 * `repo/.gitignore`). None when the root is not inside a git work tree, or when the root itself is ignored there
 * (scanning `~/.pyenv/versions/3.11/lib` asks for exactly what pyenv's repository ignores).
 */
function ancestorScopes(root: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return []; // reached the file-system root: not a git work tree
    dir = parent;
    const scope = loadGitignore(dir, '', toPosix(relative(dir, root)));
    if (scope?.rules.ignores(`${scope.prefix}/`)) return [];
    if (scope) scopes.unshift(scope);
  }
  return scopes;
}

function ignored(scopes: readonly IgnoreScope[], rel: string, isDir: boolean): boolean {
  return scopes.some((s) => {
    const local = s.base === '' ? rel : rel.slice(s.base.length + 1);
    const inScope = s.prefix && local ? `${s.prefix}/${local}` : local;
    return inScope !== '' && s.rules.ignores(isDir ? `${inScope}/` : inScope);
  });
}

/** A virtualenv is any folder with pyvenv.cfg, whatever its name (`env/`, `.direnv/python-3.12/`). */
function isSkippedDir(entry: Dirent, dir: string): boolean {
  return SKIP_DIRS.has(entry.name) || existsSync(join(dir, entry.name, 'pyvenv.cfg'));
}

/** Relative paths (forward slashes, sorted) of the files under `root` that `accept` takes. */
export function walk(root: string, options: WalkOptions): string[] {
  const found: string[] = [];
  const visit = (dir: string, scopes: IgnoreScope[]) => {
    const rel = toPosix(relative(root, dir));
    const own = loadGitignore(dir, rel);
    const active = own ? [...scopes, own] : scopes;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // unreadable folder: nothing to review there
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) {
        if (!isSkippedDir(entry, dir) && !ignored(active, path, true)) visit(join(dir, entry.name), active);
      } else if (entry.isFile() && !ignored(active, path, false) && options.accept(path)) {
        found.push(path);
      }
    }
  };
  if (statSync(root).isDirectory()) visit(root, ancestorScopes(root));
  return found;
}
