// Picks the parser for a manifest by file name; returns undefined for files that are not manifests.
import type { Manifest } from '../model.js';
import { parseRequirements } from './requirements.js';
import { parsePyproject } from './pyproject.js';
import { parseSetupCfg } from './setup-cfg.js';
import { parseSetupPy } from './setup-py.js';
import { parsePipfile } from './pipfile.js';
import { parsePipfileLock, parseTomlLock } from './locks.js';

export function isManifestPath(path: string): boolean {
  return manifestParser(path) !== undefined;
}

function manifestParser(path: string): ((file: string, text: string) => Manifest) | undefined {
  const base = path.split('/').pop() ?? path;
  if (
    /^(requirements|constraints)[\w.-]*\.(txt|in)$/i.test(base) ||
    /^requirements\/.+\.(txt|in)$/i.test(path.split('/').slice(-2).join('/'))
  )
    return parseRequirements;
  switch (base) {
    case 'pyproject.toml':
      return parsePyproject;
    case 'setup.cfg':
      return parseSetupCfg;
    case 'setup.py':
      return parseSetupPy;
    case 'Pipfile':
      return parsePipfile;
    case 'Pipfile.lock':
      return parsePipfileLock;
    case 'poetry.lock':
      return (f, t) => parseTomlLock(f, t, 'poetry.lock');
    case 'uv.lock':
      return (f, t) => parseTomlLock(f, t, 'uv.lock');
    default:
      return undefined;
  }
}

/** Parses a manifest; never throws (a broken file becomes a manifest with an error). */
export function parseManifest(path: string, text: string): Manifest | undefined {
  const parser = manifestParser(path);
  if (!parser) return undefined;
  try {
    return parser(path, text);
  } catch (error) {
    return {
      file: path,
      kind: 'requirements',
      dependencies: [],
      indexes: [],
      includes: [],
      requireHashes: false,
      errors: [`${path}: ${(error as Error).message}`],
    };
  }
}
