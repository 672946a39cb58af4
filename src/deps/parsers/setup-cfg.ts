// setup.cfg: [options] install_requires / setup_requires and [options.extras_require] (indented lists).
import { emptyManifest, normalizeName, type Manifest } from '../model.js';
import { parseRequirement } from './pep508.js';

export function parseSetupCfg(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'setup.cfg');
  let section = '';
  let key = '';
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/\s[#;].*$/, '');
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) {
      section = header[1]!.trim();
      key = '';
      return;
    }
    const kv = /^([A-Za-z0-9_.-]+)\s*[=:]\s*(.*)$/.exec(line);
    let value: string;
    if (kv) {
      key = kv[1]!;
      value = kv[2]!;
    } else if (/^\s+\S/.test(line)) value = line;
    else {
      key = '';
      return;
    }
    const wanted =
      (section === 'options' && (key === 'install_requires' || key === 'setup_requires')) ||
      section === 'options.extras_require';
    if (!wanted || !value.trim()) return;
    const req = parseRequirement(value.trim());
    if (!req) return;
    manifest.dependencies.push({
      name: req.name,
      normalized: normalizeName(req.name),
      specifier: req.specifier,
      file,
      line: i + 1,
      kind: 'direct',
      hashes: [],
      ...(req.version ? { version: req.version } : {}),
      ...(req.url ? { url: req.url } : {}),
      ...(section === 'options.extras_require'
        ? { group: key }
        : key === 'setup_requires'
          ? { group: 'build-system' }
          : {}),
    });
  });
  return manifest;
}
