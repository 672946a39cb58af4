#!/usr/bin/env node
// Entry point of the `sentinelpy` command: the compiled CLI lives in dist/ (built by `npm ci` via `prepare`).
import { startEarlyWorker } from '../dist/src/scan/worker-start.js';

const argv = process.argv.slice(2);

/** The value of -j/--jobs when given (`-j 2`, `-j2`, `--jobs 2`, `--jobs=2`). */
function jobsOption(args) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-j' || arg === '--jobs') return args[i + 1];
    if (arg.startsWith('--jobs=')) return arg.slice('--jobs='.length);
    if (arg.startsWith('-j')) return arg.slice(2);
  }
  return undefined;
}

// A scan's first analysis worker loads (rules, WebAssembly parser: ~0.5 s) while this thread loads the CLI, instead
// of after it; `--jobs 0` (no worker) gets none. The scan's pool adopts it; a scan that needs no worker exits as
// before (an unadopted worker does not hold the process open).
if (argv[0] === 'scan' && Number(jobsOption(argv)) !== 0) {
  startEarlyWorker(new URL('../dist/src/scan/analysis-worker.js', import.meta.url));
}
const { main } = await import('../dist/src/cli/main.js');

main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sentinelpy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
