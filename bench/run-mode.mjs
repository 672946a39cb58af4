#!/usr/bin/env node
// One benchmark mode in a fresh process (so peak RSS is per mode): parse | single | parallel | cached | ruff over a
// folder. Prints one JSON line: { mode, files, lines, seconds, cpuSeconds, findings, threads, peakRssMb } (cached
// adds firstSeconds: the scan that filled the cache). Runs the compiled dist/.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'src');
const [mode, root] = process.argv.slice(2);
const MODES = ['parse', 'single', 'parallel', 'cached', 'ruff'];
if (!MODES.includes(mode ?? '') || !root) {
  console.error(`usage: run-mode.mjs ${MODES.join('|')} <folder>`);
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

async function fullScan(threads, cache) {
  const { runScan } = await import(join(dist, 'cli', 'run-scan.js'));
  const started = performance.now();
  const { result } = await runScan({
    paths: [root],
    jobs: threads,
    progress: false,
    offline: true,
    ...(cache ? { cache } : {}),
  });
  const seconds = (performance.now() - started) / 1000;
  return { files: result.stats.files, lines: result.stats.lines, seconds, findings: result.findings.length, threads };
}

/** A scan that fills an empty cache, then the re-scan of the unchanged tree that this mode reports. */
async function cachedRescan(threads) {
  const dir = mkdtempSync(join(tmpdir(), 'sentinelpy-bench-cache-'));
  try {
    const first = await fullScan(threads, { dir });
    const cpu = process.cpuUsage();
    const again = await fullScan(threads, { dir });
    const used = process.cpuUsage(cpu);
    return {
      ...again,
      firstSeconds: first.seconds,
      firstFindings: first.findings,
      rescanCpuSeconds: (used.user + used.system) / 1e6,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ruff's flake8-bandit (`S`) rules over the same files, when the dev dependency is installed. */
async function ruffS() {
  let ruff;
  try {
    ruff = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs');
  } catch {
    return { files: 0, lines: 0, seconds: 0, findings: 0, threads: 1, missing: true };
  }
  const started = performance.now();
  const { sources } = readFiles(root, listFiles(root, [root], DEFAULT_CONFIG), DEFAULT_CONFIG.limits.maxFileBytes);
  const workspace = new ruff.Workspace({ lint: { select: ['S'] } }, ruff.PositionEncoding.Utf16);
  let lines = 0;
  let findings = 0;
  for (const s of sources) {
    findings += workspace.check(s.content).length;
    lines += s.content.split(/\r?\n/).length;
  }
  return {
    files: sources.length,
    lines,
    seconds: (performance.now() - started) / 1000,
    findings,
    threads: 1,
    version: ruff.Workspace.version(),
  };
}

const cpuBefore = process.cpuUsage();
const outcome =
  mode === 'parse'
    ? await parseOnly()
    : mode === 'ruff'
      ? await ruffS()
      : mode === 'cached'
        ? await cachedRescan(availableParallelism())
        : await fullScan(mode === 'single' ? 1 : availableParallelism());
// maxRSS is per process, so it includes the worker threads of the parallel mode.
const peakRssMb = process.resourceUsage().maxRSS / 1024;
// CPU seconds (all threads) stay meaningful when the machine is busy and wall-clock seconds are not.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({ mode, ...outcome, cpuSeconds: outcome.rescanCpuSeconds ?? cpuSeconds, peakRssMb })}\n`,
);
