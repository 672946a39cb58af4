// The fence language of a reviewed file, so manifest lines are not highlighted as Python.

export function codeLanguage(path: string): string {
  const base = path.split('/').pop() ?? path;
  if (base.endsWith('.py')) return 'python';
  if (base === 'Pipfile.lock') return 'json';
  if (base === 'Pipfile' || base.endsWith('.toml') || base === 'poetry.lock' || base === 'uv.lock') return 'toml';
  if (base.endsWith('.cfg')) return 'ini';
  return 'text'; // requirements and constraints files
}
