#!/usr/bin/env node
// Compares a Bandit JSON report with a SentinelPy JSON report: per Bandit id, recall on the same line and our extras.
//
// Usage:
//   node scripts/compare-bandit.mjs BANDIT.json (OURS.json | DIR) [--rules RULES.json] [--expected EXTRA.json]
//                                   [--not-expected DIFF.json] [--root DIR] [--min PCT] [--verbose]
//   npm run compare:bandit -- BANDIT.json EXAMPLES_DIR      (the intended differences of this repository)
//
// BANDIT.json   `bandit -r DIR -f json -o BANDIT.json` (scripts/bandit-from-source.mjs runs a given Bandit tag)
// OURS.json     `sentinelpy scan DIR --profile bandit --format json --output OURS.json --fail-on never`
// DIR           the folder Bandit scanned: it is scanned here with the compiled CLI (`--profile bandit`) and is
//               the default --root
// --min         exit 1 when the recall over the Bandit findings that are not intended differences is below PCT
// --rules       `sentinelpy rules --format json` output; default: the compiled registry in dist/ (npm run build)
// --expected    extra expected findings for checks the Bandit you ran does not have (newer than its version):
//               a JSON array of { "file": "rel/path.py", "line": 12, "id": "B614" }, added to Bandit's results
// --not-expected  Bandit findings we deliberately do not report (documented in docs/bandit-migration-notes.md):
//               a JSON array of { "file", "line", "id", "reason" }; they leave the recall denominator and are listed
// --root        the scanned folder; default: the longest common folder of Bandit's file names
// --verbose     also list the lines of our extra findings
//
// A Bandit finding counts as found when one of our findings carries its id as an alias (meta.aliases.bandit) in
// the same file, and Bandit's line lies within our finding's first..last line (Bandit reports the first line
// of a multi-line node; we may report the precise argument). Exit code 0 unless --min is given and not met.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const USAGE =
  'usage: compare-bandit.mjs BANDIT.json (OURS.json | DIR) [--rules RULES.json] [--expected EXTRA.json] [--not-expected DIFF.json] [--root DIR] [--min PCT] [--verbose]';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Parses argv into positional files and flags; exits 2 with the usage line on anything unexpected. */
function parseArgs(argv) {
  const args = {
    files: [],
    rules: undefined,
    expected: undefined,
    notExpected: undefined,
    root: undefined,
    min: undefined,
    verbose: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--verbose') args.verbose = true;
    else if (a === '--rules' || a === '--expected' || a === '--not-expected' || a === '--root' || a === '--min') {
      const value = argv[++i];
      if (!value) fail(`${a} needs a value`);
      args[a === '--not-expected' ? 'notExpected' : a.slice(2)] = value;
    } else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (args.files.length !== 2) fail("expected Bandit's JSON and our JSON or the scanned folder");
  if (args.min !== undefined && !(Number(args.min) >= 0 && Number(args.min) <= 100)) fail('--min takes a percentage');
  return args;
}

function fail(message) {
  console.error(`compare-bandit: ${message}\n${USAGE}`);
  process.exit(2);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`cannot read ${path}: ${error.message}`);
  }
}

/** Map rule id -> Bandit ids, from a `rules --format json` file or the compiled registry. */
async function loadAliases(rulesPath) {
  let metas;
  if (rulesPath) metas = readJson(rulesPath).rules;
  else {
    const registry = await import(pathToFileURL(join(ROOT, 'dist/rules/index.js')).href);
    metas = registry.RULES.map((rule) => rule.meta);
  }
  return new Map(metas.map((meta) => [meta.id, meta.aliases?.bandit ?? []]));
}

/** The longest folder shared by all paths (Bandit reports the paths it was given, usually absolute). */
function commonFolder(paths) {
  if (paths.length === 0) return '';
  const split = paths.map((p) => dirname(p).split(sep));
  const first = split[0];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep);
}

function banditFindings(report, expectedPath, root) {
  const results = report.results ?? [];
  const base = root ?? commonFolder(results.map((r) => r.filename));
  const found = results.map((r) => ({
    file: relative(base, r.filename),
    line: r.line_number,
    id: r.test_id,
    source: 'bandit',
  }));
  if (expectedPath) {
    for (const e of readJson(expectedPath)) found.push({ file: e.file, line: e.line, id: e.id, source: 'expected' });
  }
  return found;
}

function ourFindings(report, aliases) {
  return (report.findings ?? []).map((f) => ({
    file: f.path.split('\\').join('/'),
    line: f.line,
    endLine: f.endLine ?? f.line,
    ruleId: f.ruleId,
    ids: aliases.get(f.ruleId) ?? [],
  }));
}

/** Per Bandit id: { expected, found, missed[], extra[] }. */
function compare(theirs, ours) {
  const stats = new Map();
  const stat = (id) => {
    if (!stats.has(id)) stats.set(id, { expected: 0, found: 0, missed: [], extra: [] });
    return stats.get(id);
  };
  const used = new Set();
  for (const b of theirs) {
    const s = stat(b.id);
    s.expected++;
    const match = ours.find(
      (o) => o.file === b.file && o.ids.includes(b.id) && o.line <= b.line && b.line <= o.endLine,
    );
    if (match) {
      s.found++;
      used.add(match);
    } else s.missed.push(`${b.file}:${b.line}${b.source === 'expected' ? '*' : ''}`);
  }
  const expectedAt = new Set(theirs.map((b) => `${b.file}\0${b.id}\0${b.line}`));
  for (const o of ours) {
    for (const id of o.ids) {
      let covered = false;
      for (let l = o.line; l <= o.endLine && !covered; l++) covered = expectedAt.has(`${o.file}\0${id}\0${l}`);
      if (!covered) stat(id).extra.push(`${o.file}:${o.line} (${o.ruleId})`);
    }
  }
  return stats;
}

/** Our report for `dir`: the compiled CLI under the bandit profile (argv array, no shell). */
function scanFolder(dir) {
  const out = execFileSync(
    process.execPath,
    [
      join(ROOT, 'bin/sentinelpy.js'),
      'scan',
      dir,
      '--profile',
      'bandit',
      '--format',
      'json',
      '--output',
      '-',
      '--offline',
      '--no-progress',
      '--fail-on',
      'never',
      '--allow-incomplete',
    ],
    { maxBuffer: 1 << 28, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(out);
}

function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pct(found, expected) {
  return expected === 0 ? '   -  ' : `${((100 * found) / expected).toFixed(1).padStart(5)}%`;
}

function print(stats, verbose) {
  const ids = [...stats.keys()].sort();
  let expected = 0;
  let found = 0;
  let extra = 0;
  console.log('id     bandit  ours  recall  extra  missed lines (* = from --expected)');
  for (const id of ids) {
    const s = stats.get(id);
    expected += s.expected;
    found += s.found;
    extra += s.extra.length;
    const missed = s.missed.slice(0, 12).join(' ') + (s.missed.length > 12 ? ` … +${s.missed.length - 12}` : '');
    console.log(
      `${id.padEnd(6)} ${String(s.expected).padStart(6)} ${String(s.found).padStart(5)} ${pct(s.found, s.expected)} ${String(s.extra.length).padStart(6)}  ${missed}`,
    );
    if (verbose && s.extra.length > 0) console.log(`         extra: ${s.extra.join(' ')}`);
  }
  console.log(
    `TOTAL  ${String(expected).padStart(6)} ${String(found).padStart(5)} ${pct(found, expected)} ${String(extra).padStart(6)}`,
  );
  return expected === 0 ? 100 : (100 * found) / expected;
}

const args = parseArgs(process.argv.slice(2));
const aliases = await loadAliases(args.rules);
const scanned = isFolder(args.files[1]) ? args.files[1] : undefined;
const all = banditFindings(readJson(args.files[0]), args.expected, args.root ?? scanned);
const intended = new Map(
  (args.notExpected ? readJson(args.notExpected) : []).map((d) => [`${d.file}\0${d.line}\0${d.id}`, d.reason]),
);
const theirs = all.filter((b) => !intended.has(`${b.file}\0${b.line}\0${b.id}`));
if (all.length > theirs.length) {
  console.log(
    `${all.length - theirs.length} of ${all.length} Bandit findings are intended differences (--not-expected); recall below is over the other ${theirs.length}.`,
  );
  const reasons = new Map();
  for (const b of all.filter((x) => !theirs.includes(x))) {
    const reason = intended.get(`${b.file}\0${b.line}\0${b.id}`);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  for (const [reason, n] of reasons) console.log(`  ${String(n).padStart(3)}  ${reason}`);
}
const ours = ourFindings(scanned ? scanFolder(scanned) : readJson(args.files[1]), aliases);
const stats = compare(all, ours);
const found = [...stats.values()].reduce((n, s) => n + s.found, 0);
const recall = print(compare(theirs, ours), args.verbose);
console.log(
  `Over all ${all.length} Bandit findings, intended differences included: ${found} found (${pct(found, all.length).trim()}).`,
);
if (args.min !== undefined && recall < Number(args.min)) {
  console.error(`compare-bandit: recall ${recall.toFixed(1)}% is below --min ${args.min}%`);
  process.exit(1);
}
