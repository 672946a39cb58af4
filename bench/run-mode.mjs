#!/usr/bin/env node
// One benchmark mode in a fresh process (so peak RSS is per mode): parse | single | parallel over a folder.
// Prints one JSON line: { mode, files, lines, seconds, cpuSeconds, findings, threads, peakRssMb }. Runs the compiled dist/.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src');
const [mode, root] = process.argv.slice(2);
if (!['parse', 'single', 'parallel'].includes(mode ?? '') || !root) {
  console.error('usage: run-mode.mjs parse|single|parallel <folder>');
  process.exit(2);
}

const { listFiles, readFiles } = await import(join(dist, 'cli', 'collect-files.js'));
const { DEFAULT_CONFIG } = await import(join(dist, 'config', 'schema.js'));

async function parseOnly() {
  const { initParser, parsePython } = await import(join(dist, 'analysis', 'parser.js'));
  const started = performance.now();
  const { sources } = readFiles(root, listFiles(root, [root], DEFAULT_CONFIG), DEFAULT_CONFIG.limits.maxFileBytes);
  await initParser();
  let lines = 0;
  for (const s of sources) {
    parsePython(s.content).delete();
    lines += s.content.split(/\r?\n/).length;
  }
  return { files: sources.length, lines, seconds: (performance.now() - started) / 1000, findings: 0, threads: 1 };
}

async function fullScan(threads) {
  const { runScan } = await import(join(dist, 'cli', 'run-scan.js'));
  const started = performance.now();
  const { result } = await runScan({ paths: [root], jobs: threads, progress: false, offline: true });
  const seconds = (performance.now() - started) / 1000;
  return { files: result.stats.files, lines: result.stats.lines, seconds, findings: result.findings.length, threads };
}

const cpuBefore = process.cpuUsage();
const outcome = mode === 'parse' ? await parseOnly() : await fullScan(mode === 'single' ? 1 : availableParallelism());
// maxRSS is per process, so it includes the worker threads of the parallel mode.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// CPU seconds (all threads) stay meaningful when the machine is busy and wall-clock seconds are not.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(`${JSON.stringify({ mode, ...outcome, cpuSeconds, peakRssMb })}\n`);
