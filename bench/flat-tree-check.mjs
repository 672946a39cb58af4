#!/usr/bin/env node
// Checks the tree reader (src/analysis/flat-tree/) against the binding on every file the scan would read under a
// folder (default: this python3's standard library): `npm run build:tools && node bench/flat-tree-check.mjs [dir]`.
// Prints how many files were compared, how many the reader declined (syntax errors, depth) and every difference.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-tools');
const { initParser, parsePython } = await import(join(dist, 'src', 'analysis', 'parser.js'));
const { readTree, flatTreeSupported } = await import(join(dist, 'src', 'analysis', 'flat-tree', 'reader.js'));
const { compareTrees } = await import(join(dist, 'tools', 'flat-tree', 'compare-trees.js'));
const { listFiles, readFiles } = await import(join(dist, 'src', 'cli', 'collect-files.js'));
const { DEFAULT_CONFIG } = await import(join(dist, 'src', 'config', 'schema.js'));

// --all-fields: ask every node for every field of the language (minutes), not only the fields its children have.
const allFields = process.argv.includes('--all-fields');
const root =
  process.argv.filter((a) => !a.startsWith('--'))[2] ??
  execFileSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], {
    encoding: 'utf8',
  }).trim();
const listed = listFiles(root, [root], DEFAULT_CONFIG);
const sources = readFiles(root, listed, DEFAULT_CONFIG.limits.maxFileBytes).sources;
await initParser();
if (!flatTreeSupported()) throw new Error('the reader does not know this runtime or grammar');
let compared = 0;
let declined = 0;
let nodes = 0;
let differing = 0;
let rawFieldNodes = 0;
for (const { path, content } of sources) {
  const tree = parsePython(content);
  try {
    const flat = readTree(tree, content, 5000);
    if (!flat) {
      declined++;
      continue;
    }
    compared++;
    nodes += flat.data.count;
    rawFieldNodes += flat.data.rawFields.reduce((a, b) => a + b, 0);
    const probes = [0, content.length >> 1, content.length, Math.floor(content.length / 3)];
    const differences = compareTrees(tree, flat, { probes, limit: 5, allFields });
    if (differences.length) {
      differing++;
      if (differing <= 20) console.log(`${path}:\n  ${differences.join('\n  ')}`);
    }
  } finally {
    tree.delete();
  }
}
console.log(
  `${compared} files compared (${nodes} nodes, ${rawFieldNodes} with fields looked up in memory), ${declined} declined, ${differing} with differences`,
);
process.exitCode = differing ? 1 : 0;
