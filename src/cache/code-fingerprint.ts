// A digest of the code that turns a file into its result (the engine, the data-flow pass, the rules, the grammar
// versions): the "rule-set version" of every cache key. Any edit to a rule or to the analysis core changes it, so
// a cached result never outlives the code that produced it, in a release or in a working copy.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolVersion } from '../cli/version.js';

/** Folders, relative to the package's code root (src/.. or dist/src/..), whose files decide a file's result. */
const CODE_FOLDERS = ['rules', 'src/analysis', 'src/scan', 'src/config', 'data'];
const CODE_FILE = /\.(js|ts|json|txt|csv)$/;

let cached: string | undefined;

/** The fingerprint of the running analyzer code; computed once per process (~300 small files). */
export function codeFingerprint(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url)); // <code root>/src/cache
  const codeRoot = dirname(dirname(here));
  const hash = createHash('sha256').update(`sentinelpy ${toolVersion()}\0`);
  for (const folder of CODE_FOLDERS) {
    // dist/ holds only compiled code; `data/` sits next to dist/, so look one level up as well.
    const dir = [join(codeRoot, folder), join(dirname(codeRoot), folder)].find((d) => existsSync(d));
    if (dir) hashFolder(hash, dir, folder);
  }
  hash.update(grammarVersions(codeRoot));
  return (cached = hash.digest('hex'));
}

function hashFolder(hash: ReturnType<typeof createHash>, dir: string, label: string): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) hashFolder(hash, full, `${label}/${name}`);
    else if (CODE_FILE.test(name) && !name.endsWith('.map'))
      hash.update(`${label}/${name}\0`).update(readFileSync(full)).update('\0');
  }
}

/** The parser's and grammar's installed versions (a grammar upgrade changes every tree). */
function grammarVersions(codeRoot: string): string {
  const out: string[] = [];
  for (const pkg of ['web-tree-sitter', 'tree-sitter-python']) {
    for (const base of [codeRoot, dirname(codeRoot)]) {
      const file = join(base, 'node_modules', pkg, 'package.json');
      if (!existsSync(file)) continue;
      out.push(`${pkg}@${(JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?'}`);
      break;
    }
  }
  return out.join(' ');
}
