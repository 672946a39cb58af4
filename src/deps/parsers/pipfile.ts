// Pipfile: [packages] and [dev-packages] tables, [[source]] indexes.
import { parse as parseToml } from 'smol-toml';
import { emptyManifest, findLine, type Manifest } from '../model.js';
import { poetryDependency } from './poetry-spec.js';

type Table = Record<string, unknown>;

export function parsePipfile(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'Pipfile');
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (error) {
    manifest.errors.push(`${file}: invalid TOML: ${(error as Error).message.split('\n')[0]}`);
    return manifest;
  }
  const lines = text.split(/\r?\n/);
  for (const [section, group] of [
    ['packages', undefined],
    ['dev-packages', 'dev'],
  ] as const) {
    for (const [name, spec] of Object.entries((doc[section] ?? {}) as Table)) {
      const dep = poetryDependency(file, lines, name, spec);
      if (dep) manifest.dependencies.push(group ? { ...dep, group } : dep);
    }
  }
  for (const source of (Array.isArray(doc.source) ? doc.source : []) as Table[]) {
    if (typeof source.url !== 'string') continue;
    const line = findLine(lines, new RegExp(`url\\s*=\\s*["']${source.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    manifest.indexes.push({
      kind: manifest.indexes.length ? 'extra-index-url' : 'index-url',
      value: source.url,
      file,
      line,
    });
    if (source.verify_ssl === false) manifest.indexes.push({ kind: 'trusted-host', value: source.url, file, line });
  }
  return manifest;
}
