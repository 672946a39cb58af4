// Maps a file path to its Python module name (`pkg/db.py` → `pkg.db`, `pkg/__init__.py` → `pkg`).

export function moduleNameOf(path: string): { module: string; isPackage: boolean } {
  const parts = path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .replace(/\.pyi?$/, '')
    .split('/')
    .filter(Boolean);
  const isPackage = parts[parts.length - 1] === '__init__';
  if (isPackage) parts.pop();
  return { module: parts.join('.'), isPackage };
}
