#!/usr/bin/env node
// `npm run bench`: scans the CPython standard library of this machine's python3 (no site-packages) and prints
// files, lines, seconds, lines/s and peak RSS for (a) parse only, (b) full analysis on one thread, (c) full
// analysis on all cores, (d) a re-scan of the unchanged tree with the result cache, and (e) Ruff's `S` rules on the
// same files when the dev dependency @astral-sh/ruff-wasm-nodejs is installed, with the ratios between them.
// Each mode runs in a fresh child process of node; all run in one go, so the ratios share the machine's load.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

if (!existsSync(join(here, '..', 'dist', 'src', 'cli', 'run-scan.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

async function stdlibPath() {
  const script = 'import sysconfig; print(sysconfig.get_paths()["stdlib"])';
  const { stdout } = await run('python3', ['-c', script]);
  return stdout.trim();
}

async function mode(name, root) {
  const { stdout } = await run(process.execPath, [join(here, 'run-mode.mjs'), name, root], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const root = process.argv[2] ?? (await stdlibPath());
console.log(`SentinelPy benchmark: ${root} (node ${process.version}, ${availableParallelism()} cores)\n`);
const MODES = [
  ['(a) parse only', 'parse'],
  ['(b) analysis, 1 thread', 'single'],
  ['(c) analysis, all cores', 'parallel'],
  ['(d) cached re-scan', 'cached'],
  ['(e) Ruff S rules', 'ruff'],
];
const rows = {};
for (const [label, name] of MODES) rows[name] = { label, ...(await mode(name, root)) };
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
console.log('mode                       files      lines  threads  seconds    lines/s   cpu s  peak RSS  findings');
for (const r of Object.values(rows)) {
  if (r.missing) {
    console.log(`${r.label.padEnd(24)} not run: npm install --ignore-scripts -D @astral-sh/ruff-wasm-nodejs`);
    continue;
  }
  console.log(
    `${r.label.padEnd(24)} ${fmt(r.files).padStart(7)} ${fmt(r.lines).padStart(10)} ${String(r.threads).padStart(8)} ` +
      `${fmt(r.seconds, 2).padStart(8)} ${fmt(r.lines / r.seconds).padStart(10)} ${fmt(r.cpuSeconds, 1).padStart(7)} ${`${fmt(r.peakRssMb)} MB`.padStart(9)} ${fmt(r.findings).padStart(9)}`,
  );
}
const { parse, single, parallel, cached, ruff } = rows;
const ours = [parse, single, parallel, cached];
if (!parse.files || ours.some((r) => r.files !== parse.files) || (!ruff.missing && ruff.files !== parse.files)) {
  console.error(
    `bench: the modes saw ${Object.values(rows)
      .map((r) => r.files)
      .join(' / ')} files; nothing comparable was measured`,
  );
  process.exit(1);
}
if (
  single.findings !== parallel.findings ||
  cached.findings !== parallel.findings ||
  cached.firstFindings !== parallel.findings
) {
  console.error(
    `bench: findings differ between modes (${single.findings} / ${parallel.findings} / ${cached.firstFindings} / ${cached.findings})`,
  );
  process.exit(1);
}
const ratio = (a, b) => (a / b).toFixed(2);
console.log(
  `\n(b)/(a) ${ratio(single.seconds, parse.seconds)} wall-clock, ${ratio(single.cpuSeconds, parse.cpuSeconds)} CPU: full analysis vs parsing alone, one thread (cost after parsing: ${ratio(single.cpuSeconds - parse.cpuSeconds, parse.cpuSeconds)} of the parse, CPU)`,
);
console.log(`(b)/(c) ${ratio(single.seconds, parallel.seconds)}: speed-up on ${parallel.threads} threads`);
console.log(
  `(d)/first ${ratio(cached.seconds, cached.firstSeconds)}: cached re-scan vs the scan that filled the cache (${fmt(cached.firstSeconds, 2)} s, ${parallel.threads} threads)`,
);
if (!ruff.missing) {
  console.log(
    `(c)/(e) ${ratio(parallel.seconds, ruff.seconds)}: SentinelPy on ${parallel.threads} threads vs Ruff ${ruff.version} S rules on one`,
  );
  console.log(
    `(b)/(e) ${ratio(single.seconds, ruff.seconds)}: one thread each; (e)/(a) ${ratio(ruff.seconds, parse.seconds)}: Ruff vs our parse alone`,
  );
}
console.log(
  `load average now: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} — wall-clock figures are only meaningful on an idle machine`,
);
