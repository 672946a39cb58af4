#!/usr/bin/env node
// `npm run bench`: scans the CPython standard library of this machine's python3 (no site-packages) and prints
// files, lines, seconds, lines/s and peak RSS for (a) parse only, (b) full analysis on one thread, (c) full
// analysis on all cores, and the ratio (b)/(a). Each mode runs in a fresh child process of node.
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
  const { stdout } = await run(process.execPath, [join(here, 'run-mode.mjs'), name, root], { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').at(-1));
}

const root = process.argv[2] ?? (await stdlibPath());
console.log(`SentinelPy benchmark: ${root} (node ${process.version}, ${availableParallelism()} cores)\n`);
const rows = [];
for (const [label, name] of [['(a) parse only', 'parse'], ['(b) analysis, 1 thread', 'single'], ['(c) analysis, all cores', 'parallel']]) {
  const r = await mode(name, root);
  rows.push({ label, ...r });
}
const fmt = (n, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
console.log('mode                       files      lines  threads  seconds    lines/s   cpu s  peak RSS  findings');
for (const r of rows) {
  console.log(
    `${r.label.padEnd(24)} ${fmt(r.files).padStart(7)} ${fmt(r.lines).padStart(10)} ${String(r.threads).padStart(8)} ` +
    `${fmt(r.seconds, 2).padStart(8)} ${fmt(r.lines / r.seconds).padStart(10)} ${fmt(r.cpuSeconds, 1).padStart(7)} ${`${fmt(r.peakRssMb)} MB`.padStart(9)} ${fmt(r.findings).padStart(9)}`,
  );
}
const [parse, single, parallel] = rows;
if (!parse.files || single.files !== parse.files || parallel.files !== parse.files) {
  console.error(`bench: the modes saw ${rows.map((r) => r.files).join(' / ')} files; nothing comparable was measured`);
  process.exit(1);
}
console.log(`\nratio (b)/(a): ${(single.seconds / parse.seconds).toFixed(2)} wall-clock, ${(single.cpuSeconds / parse.cpuSeconds).toFixed(2)} CPU (full analysis vs parsing alone, one thread)`);
console.log(`speed-up (b)/(c): ${(single.seconds / parallel.seconds).toFixed(2)} on ${parallel.threads} threads`);
console.log(`load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} — wall-clock figures are only meaningful on an idle machine`);
