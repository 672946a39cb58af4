// Lock files: Pipfile.lock (JSON), poetry.lock and uv.lock (TOML) — every resolved package with its version.
import { parse as parseToml } from 'smol-toml';
import { emptyManifest, escapeRegExp, findLine, normalizeName, type Manifest, type ManifestKind } from '../model.js';

type Table = Record<string, unknown>;

export function parsePipfileLock(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'Pipfile.lock');
  let doc: Table;
  try {
    doc = JSON.parse(text) as Table;
  } catch (error) {
    manifest.errors.push(`${file}: invalid JSON: ${(error as Error).message}`);
    return manifest;
  }
  const lines = text.split(/\r?\n/);
  for (const group of ['default', 'develop']) {
    const table = (doc[group] ?? {}) as Record<string, Table>;
    for (const [name, entry] of Object.entries(table)) {
      const version = typeof entry.version === 'string' ? entry.version.replace(/^==/, '') : undefined;
      const hashes = Array.isArray(entry.hashes) ? entry.hashes.filter((h): h is string => typeof h === 'string') : [];
      manifest.dependencies.push({
        name,
        normalized: normalizeName(name),
        specifier: version ? `==${version}` : '',
        file,
        kind: 'locked',
        hashes,
        line: findLine(lines, new RegExp(`^\\s*"${escapeRegExp(name)}"\\s*:`)),
        ...(version ? { version } : {}),
        ...(group === 'develop' ? { group: 'dev' } : {}),
        ...(typeof entry.git === 'string'
          ? { url: `git+${entry.git}${typeof entry.ref === 'string' ? `@${entry.ref}` : ''}` }
          : {}),
      });
    }
  }
  manifest.requireHashes = true;
  return manifest;
}

/** poetry.lock and uv.lock share `[[package]] name = … version = …`. */
export function parseTomlLock(file: string, text: string, kind: ManifestKind): Manifest {
  const manifest = emptyManifest(file, kind);
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (error) {
    manifest.errors.push(`${file}: invalid TOML: ${(error as Error).message.split('\n')[0]}`);
    return manifest;
  }
  const lines = text.split(/\r?\n/);
  let cursor = 1;
  for (const pkg of (Array.isArray(doc.package) ? doc.package : []) as Table[]) {
    if (typeof pkg.name !== 'string') continue;
    const name = pkg.name;
    const line = findLine(lines, new RegExp(`^name\\s*=\\s*"${escapeRegExp(name)}"`), cursor, cursor);
    cursor = line + 1;
    const source = (pkg.source ?? {}) as Table;
    if (source.editable !== undefined || source.virtual !== undefined) continue; // the project itself (uv)
    const version = typeof pkg.version === 'string' ? pkg.version : undefined;
    const hashes = lockHashes(pkg);
    manifest.dependencies.push({
      name,
      normalized: normalizeName(name),
      specifier: version ? `==${version}` : '',
      file,
      line,
      kind: 'locked',
      hashes,
      ...(version ? { version } : {}),
      ...(typeof source.git === 'string' ? { url: `git+${source.git}` } : {}),
      ...(typeof pkg.license === 'string' ? { license: pkg.license } : {}),
    });
  }
  manifest.requireHashes = manifest.dependencies.length > 0 && manifest.dependencies.every((d) => d.hashes.length > 0);
  return manifest;
}

function lockHashes(pkg: Table): string[] {
  const out: string[] = [];
  const take = (entries: unknown) => {
    for (const e of Array.isArray(entries) ? entries : []) {
      const hash = (e as Table)?.hash;
      if (typeof hash === 'string') out.push(hash);
    }
  };
  take(pkg.files); // poetry
  take(pkg.wheels); // uv
  if (pkg.sdist) take([pkg.sdist]);
  return out;
}
