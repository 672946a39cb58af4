#!/usr/bin/env node
// Refactoring check: runs a built CLI over a tree with `--format json` and keeps what a refactor must not change
// (findings, audit notes, suppressions, skips, errors), then diffs two such runs finding by finding.
//   node scripts/compare-findings.mjs run <tree> <out.json> [--cli bin/sentinelpy.js] [--exclude GLOB ...]
//   node scripts/compare-findings.mjs diff <before.json> <after.json>
// Exit 0 when the runs are identical, 1 when they differ, 2 on a usage error.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Fields that change from one run to the next without any change in what was found.
const VOLATILE = new Set(['durationMs']);

function usage(message) {
  console.error(`compare-findings: ${message}`);
  process.exit(2);
}

function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => !VOLATILE.has(k))
        .map((k) => [k, stable(value[k])]),
    );
  }
  return value;
}

const keyOf = (f) => JSON.stringify([f.path, f.line, f.column, f.ruleId, f.messageId ?? '', f.message ?? '']);

/** The parts of a JSON report that describe what was found, each list in one canonical order. */
function essence(report) {
  const lists = ['findings', 'auditNotes', 'suppressed', 'skipped', 'partiallyParsed', 'errors'];
  const out = { summary: stable({ ...report.summary }) };
  for (const name of lists) {
    const items = (report[name] ?? []).map(stable);
    out[name] = items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return out;
}

async function scan(tree, outFile, cli, excludes) {
  const dir = mkdtempSync(join(tmpdir(), 'compare-findings-'));
  try {
    const config = join(dir, 'sentinel.yml');
    // audit profile: every finding the rules produce, not only the ones the default profile reports.
    const yaml = ['profile: audit', 'paths:', '  exclude:', ...excludes.map((g) => `    - ${JSON.stringify(g)}`)];
    writeFileSync(config, (excludes.length ? yaml : yaml.slice(0, 1)).join('\n') + '\n');
    const report = join(dir, 'report.json');
    const args = [
      resolve(cli),
      'scan',
      resolve(tree),
      '--format',
      'json',
      '--output',
      report,
      '--config',
      config,
      '--offline',
      '--no-progress',
      '--allow-incomplete',
      '--fail-on',
      'never',
    ];
    const started = performance.now();
    await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
    const result = essence(JSON.parse(readFileSync(report, 'utf8')));
    writeFileSync(outFile, JSON.stringify(result, null, 1) + '\n');
    const s = result.summary;
    console.log(
      `${tree}: ${result.findings.length} findings, ${result.auditNotes.length} audit notes, ` +
        `${result.suppressed.length} suppressed, ${result.skipped.length} skipped, ${result.errors.length} errors ` +
        `in ${s.files} files (${((performance.now() - started) / 1000).toFixed(1)} s) → ${outFile}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function diff(beforeFile, afterFile) {
  const [before, after] = [beforeFile, afterFile].map((f) => JSON.parse(readFileSync(f, 'utf8')));
  let differences = 0;
  for (const name of Object.keys(before)) {
    if (name === 'summary') continue;
    const b = new Map(before[name].map((x) => [keyOf(x) + JSON.stringify(x), x]));
    const a = new Map((after[name] ?? []).map((x) => [keyOf(x) + JSON.stringify(x), x]));
    const gone = [...b.keys()].filter((k) => !a.has(k));
    const added = [...a.keys()].filter((k) => !b.has(k));
    console.log(`${name}: ${b.size} before, ${a.size} after, ${gone.length} only before, ${added.length} only after`);
    for (const k of gone.slice(0, 20)) console.log(`  - ${keyOf(b.get(k))}`);
    for (const k of added.slice(0, 20)) console.log(`  + ${keyOf(a.get(k))}`);
    differences += gone.length + added.length;
  }
  const summary = JSON.stringify(before.summary) === JSON.stringify(after.summary);
  if (!summary)
    console.log(`summary differs:\n  - ${JSON.stringify(before.summary)}\n  + ${JSON.stringify(after.summary)}`);
  console.log(differences === 0 && summary ? 'identical' : `${differences} difference(s)`);
  return differences === 0 && summary ? 0 : 1;
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'run') {
  const positional = [];
  const excludes = [];
  let cli = 'bin/sentinelpy.js';
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--cli') cli = rest[++i] ?? usage('--cli needs a path');
    else if (rest[i] === '--exclude') excludes.push(rest[++i] ?? usage('--exclude needs a glob'));
    else positional.push(rest[i]);
  }
  if (positional.length !== 2) usage('run <tree> <out.json> [--cli PATH] [--exclude GLOB ...]');
  await scan(positional[0], positional[1], cli, excludes);
} else if (command === 'diff') {
  if (rest.length !== 2) usage('diff <before.json> <after.json>');
  process.exitCode = diff(rest[0], rest[1]);
} else {
  usage('expected `run` or `diff`');
}
