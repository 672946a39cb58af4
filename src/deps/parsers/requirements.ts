// requirements*.txt and constraints files: requirements, hashes, markers, URL/VCS/local lines, pip options.
import { emptyManifest, normalizeName, type Dependency, type Manifest } from '../model.js';
import { parseRequirement } from './pep508.js';

/** Joins backslash continuations, keeping the first line number of each logical line. */
function logicalLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const stripped = raw.replace(/(^|\s)#.*$/, '');
    if (!current) current = { line: i + 1, text: '' };
    if (stripped.endsWith('\\')) {
      current.text += stripped.slice(0, -1) + ' ';
      return;
    }
    current.text += stripped;
    out.push(current);
    current = undefined;
  });
  if (current) out.push(current);
  return out;
}

const OPTION =
  /^(-i|--index-url|--extra-index-url|--trusted-host|-f|--find-links|-r|--requirement|-c|--constraint|--require-hashes|-e|--editable)\b\s*=?\s*(.*)$/;

export function parseRequirements(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'requirements');
  for (const { line, text: raw } of logicalLines(text)) {
    const entry = raw.trim();
    if (!entry) continue;
    const option = OPTION.exec(entry);
    if (option) {
      handleOption(manifest, option[1]!, option[2]!.trim(), line);
      continue;
    }
    if (entry.startsWith('-')) continue; // other pip options do not declare dependencies
    const dep = parseLine(file, entry, line);
    if (dep) manifest.dependencies.push(dep);
    else manifest.errors.push(`${file}:${line}: not a requirement: ${entry.slice(0, 80)}`);
  }
  if (manifest.dependencies.length > 0 && manifest.dependencies.every((d) => d.hashes.length > 0))
    manifest.requireHashes = true;
  return manifest;
}

function handleOption(manifest: Manifest, flag: string, value: string, line: number): void {
  const file = manifest.file;
  switch (flag) {
    case '-i':
    case '--index-url':
      manifest.indexes.push({ kind: 'index-url', value, file, line });
      break;
    case '--extra-index-url':
      manifest.indexes.push({ kind: 'extra-index-url', value, file, line });
      break;
    case '--trusted-host':
      manifest.indexes.push({ kind: 'trusted-host', value, file, line });
      break;
    case '-f':
    case '--find-links':
      manifest.indexes.push({ kind: 'find-links', value, file, line });
      break;
    case '-r':
    case '--requirement':
    case '-c':
    case '--constraint':
      manifest.includes.push(value.split(/\s+/)[0] ?? value);
      break;
    case '--require-hashes':
      manifest.requireHashes = true;
      break;
    case '-e':
    case '--editable': {
      const dep = parseLine(file, value, line);
      if (dep) manifest.dependencies.push(dep);
      break;
    }
    default:
      break;
  }
}

function parseLine(file: string, entry: string, line: number): Dependency | undefined {
  const hashes = [...entry.matchAll(/--hash[=\s]+(\S+)/g)].map((m) => m[1]!);
  const body = entry
    .replace(/--hash[=\s]+\S+/g, '')
    .replace(/\s--\S+(=\S+)?/g, '')
    .trim();
  if (/^(git\+|hg\+|svn\+|bzr\+|https?:|file:|\.{0,2}\/)/.test(body)) return urlDependency(file, body, line, hashes);
  const req = parseRequirement(body);
  if (!req) return undefined;
  return {
    name: req.name,
    normalized: req.normalized,
    specifier: req.specifier,
    file,
    line,
    kind: 'direct',
    hashes,
    ...(req.version ? { version: req.version } : {}),
    ...(req.url ? { url: req.url } : {}),
    ...(req.markers ? { markers: req.markers } : {}),
  };
}

/** `git+https://host/repo@ref#egg=name` and archive URLs: the name comes from #egg= or the path. */
function urlDependency(file: string, url: string, line: number, hashes: string[]): Dependency {
  const egg = /#egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const last =
    url
      .replace(/[#?].*$/, '')
      .replace(/\.git(@.*)?$/, '')
      .split('/')
      .filter(Boolean)
      .pop() ?? url;
  const name = egg ?? last.replace(/@.*$/, '').replace(/-\d.*$/, '');
  return { name, normalized: normalizeName(name), specifier: '', file, line, kind: 'direct', hashes, url };
}
