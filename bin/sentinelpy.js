#!/usr/bin/env node
// Entry point of the `sentinelpy` command: the compiled CLI lives in dist/ (built by `npm ci` via `prepare`).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sentinelpy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
