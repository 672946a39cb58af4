#!/usr/bin/env node
// Regenerates data/popular-pypi.json, the names typosquatting is measured against: the N most-downloaded PyPI
// projects (rank column of a tab-separated list `name, version, month, rank_among_15000_most_downloaded, summary`,
// such as the workplace's packages/pypi.tsv). Usage: node scripts/gen-popular-pypi.mjs [pypi.tsv] [N=5000]
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? '/work/.library/env/packages/pypi.tsv';
const limit = Number(process.argv[3] ?? 5000);
const ranked = [];
let header;
for await (const line of createInterface({ input: createReadStream(source) })) {
  const cols = line.split('\t');
  if (!header) {
    header = cols;
    continue;
  }
  const rank = Number(cols[header.indexOf('rank_among_15000_most_downloaded')]);
  if (rank > 0) ranked.push([rank, cols[0].toLowerCase().replace(/[-_.]+/g, '-')]);
}
ranked.sort((a, b) => a[0] - b[0]);
const names = [...new Set(ranked.slice(0, limit).map(([, name]) => name))];
const out = {
  source: 'PyPI download ranking (rank_among_15000_most_downloaded)',
  generatedBy: 'scripts/gen-popular-pypi.mjs',
  count: names.length,
  names,
};
writeFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'popular-pypi.json'),
  JSON.stringify(out, null, 0) + '\n',
);
console.log(`wrote ${names.length} names`);
