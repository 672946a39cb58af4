#!/usr/bin/env node
// `npm run noise`: scans the real projects pinned in bench/noise-projects.json with the compiled CLI and prints
// findings per severity (and per 10k lines), per rule, and every critical/high finding with its triage verdict
// from bench/noise-triage.json. The projects are extracted outside the repository, from bare git mirrors:
//   NOISE_MIRRORS  directory of <owner>+<name>/repo bare clones (default /work/.mirror, where `fetch` puts them)
//   NOISE_DIR      where sources are extracted (default $TMPDIR/sentinelpy-noise)
// Options: --profile P (passed to the scan), --json FILE (write the per-project figures), --only a,b,
// --list (print every finding, for reading them as the projects' maintainers would).
// Only Python sources and dependency manifests are extracted: mirrors may lack large binary blobs.
// Exit 1 when a critical/high finding has no verdict in the triage file, so the next change is compared, not guessed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin/sentinelpy.js');
if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const list = JSON.parse(readFileSync(join(root, 'bench/noise-projects.json'), 'utf8'));
const triagePath = join(root, 'bench/noise-triage.json');
const triage = existsSync(triagePath) ? JSON.parse(readFileSync(triagePath, 'utf8')).entries : [];
const mirrors = process.env.NOISE_MIRRORS ?? '/work/.mirror';
const work = process.env.NOISE_DIR ?? join(tmpdir(), 'sentinelpy-noise');
const only = opt('--only')?.split(',');
const SEVERITIES = ['critical', 'high', 'medium', 'low'];

function extract(project) {
  const dir = join(work, `${project.name}-${project.commit.slice(0, 12)}`);
  if (existsSync(join(dir, '.extracted'))) return dir;
  const gitDir = join(mirrors, project.repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`${project.repo} is not fetched (expected a bare clone at ${gitDir})`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const wanted = /(\.py|(^|\/)(requirements[^/]*\.txt|pyproject\.toml|setup\.cfg|[^/]*\.lock))$/;
  const files = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--name-only', project.commit], {
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => wanted.test(f));
  const tar = execFileSync('git', ['--git-dir', gitDir, 'archive', project.commit, '--', ...files], {
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar, maxBuffer: 1 << 30 });
  writeFileSync(join(dir, '.extracted'), project.commit);
  return dir;
}

function scan(dir) {
  const config = join(work, 'noise-config.yml');
  writeFileSync(config, `paths:\n  exclude:\n${list.exclude.map((g) => `    - ${JSON.stringify(g)}`).join('\n')}\n`);
  const extra = opt('--profile') ? ['--profile', opt('--profile')] : [];
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'scan',
      dir,
      '--format',
      'json',
      '--output',
      '-',
      '--offline',
      '--no-progress',
      '--fail-on',
      'never',
      '--allow-incomplete',
      '--config',
      config,
      ...extra,
    ],
    { maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`scan of ${dir} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout);
}

const verdictOf = (project, f) =>
  triage.find(
    (t) =>
      t.project === project &&
      t.path === f.path &&
      t.ruleId === f.ruleId &&
      (t.line === f.line || t.fingerprint === f.fingerprint),
  );
const perRule = new Map();
const rows = [];
const unjudged = [];
const judged = { tp: 0, fp: 0 };
for (const project of list.projects) {
  if (only && !only.includes(project.name)) continue;
  const report = scan(extract(project));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  if (args.includes('--list'))
    for (const f of report.findings)
      console.log(`${project.name} ${f.path}:${f.line} ${f.severity} ${f.evidence} ${f.ruleId} — ${f.message}`);
  for (const f of report.findings) {
    counts[f.severity] += 1;
    const key = `${f.ruleId} (${f.severity})`;
    perRule.set(key, (perRule.get(key) ?? 0) + 1);
    if (f.severity === 'critical' || f.severity === 'high') {
      const v = verdictOf(project.name, f);
      if (!v) unjudged.push(`${project.name} ${f.path}:${f.line} ${f.ruleId} ${f.severity} — ${f.message}`);
      else if (v.verdict === 'tp') judged.tp += 1;
      else judged.fp += 1;
    }
  }
  rows.push({
    name: project.name,
    kind: project.kind,
    files: report.summary.files,
    lines: report.summary.lines,
    ...counts,
    score: report.summary.score,
    rating: report.summary.rating,
  });
}

const pad = (s, n) => String(s).padStart(n);
console.log(`project        kind        files    lines  crit  high   med   low  med+low/10k  score`);
const total = { files: 0, lines: 0, critical: 0, high: 0, medium: 0, low: 0 };
for (const r of rows) {
  for (const k of Object.keys(total)) total[k] += r[k];
  const per10k = ((r.medium + r.low) / Math.max(1, r.lines)) * 10_000;
  console.log(
    `${r.name.padEnd(14)} ${r.kind.padEnd(10)} ${pad(r.files, 6)} ${pad(r.lines, 8)} ${pad(r.critical, 5)} ${pad(r.high, 5)} ${pad(r.medium, 5)} ${pad(r.low, 5)} ${pad(per10k.toFixed(1), 12)}  ${r.score} ${r.rating}`,
  );
}
const real = rows.filter((r) => r.kind !== 'vulnerable');
const realLines = real.reduce((n, r) => n + r.lines, 0);
const realMl = real.reduce((n, r) => n + r.medium + r.low, 0);
console.log(
  `\nreal projects (not intentionally vulnerable): ${realLines} lines, critical+high ${real.reduce((n, r) => n + r.critical + r.high, 0)}, medium+low ${realMl} = ${((realMl / Math.max(1, realLines)) * 10_000).toFixed(2)} per 10k lines`,
);
console.log('\nper rule:');
for (const [k, n] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${pad(n, 5)}  ${k}`);
console.log(`\ncritical/high with a verdict: ${judged.tp} true, ${judged.fp} false positive(s)`);
if (opt('--json'))
  writeFileSync(opt('--json'), JSON.stringify({ rows, perRule: Object.fromEntries(perRule), judged }, null, 2));
if (unjudged.length) {
  console.log(
    `\nwithout a verdict in bench/noise-triage.json (${unjudged.length}):\n${unjudged.map((u) => `  ${u}`).join('\n')}`,
  );
  process.exit(1);
}
