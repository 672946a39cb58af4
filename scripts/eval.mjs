#!/usr/bin/env node
// `npm run eval`: scores the taint analysis on the labelled corpus (test/corpus) with the compiled code in dist/:
// TP/FP/FN/TN, TPR and FPR per CWE, then the misses and false alarms. Exit 1 when a CWE is under the bar.
// Runs from the tools build (`npm run build:tools` → dist-tools/), which `npm run eval` makes first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist-tools');
if (!existsSync(join(dist, 'tools/eval/run-corpus.js'))) {
  console.error('dist-tools/ is missing or stale: run `npm run build:tools` first.');
  process.exit(2);
}
const { runCorpus } = await import(join(dist, 'tools/eval/run-corpus.js'));
const { RULES } = await import(join(dist, 'rules/index.js'));

const started = performance.now();
const score = await runCorpus(join(root, 'test/corpus'), RULES);
const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
console.log(
  `corpus: ${score.labels} vulnerable lines, ${score.traps} traps (${((performance.now() - started) / 1000).toFixed(2)} s)\n`,
);
console.log('CWE          TP   FP   FN   TN      TPR      FPR');
const total = { tp: 0, fp: 0, fn: 0, tn: 0 };
for (const s of score.perCwe) {
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(
    `${s.cwe.padEnd(10)} ${[s.tp, s.fp, s.fn, s.tn].map((n) => String(n).padStart(4)).join(' ')}  ${pct(s.tpr)}  ${pct(s.fpr)}`,
  );
}
const tpr = total.tp / Math.max(1, total.tp + total.fn);
const fpr = total.fp / Math.max(1, total.fp + total.tn);
console.log(
  `${'all'.padEnd(10)} ${[total.tp, total.fp, total.fn, total.tn].map((n) => String(n).padStart(4)).join(' ')}  ${pct(tpr)}  ${pct(fpr)}`,
);
if (score.missed.length)
  console.log('\nmissed:\n' + score.missed.map((l) => `  ${l.path}:${l.line} ${l.cwe}`).join('\n'));
if (score.falseAlarms.length)
  console.log(
    '\nfalse alarms:\n' + score.falseAlarms.map((f) => `  ${f.path}:${f.line} ${f.cwe} ${f.ruleId}`).join('\n'),
  );
const failing = score.perCwe.filter((s) => s.tpr < 0.9 || s.fpr > 0.1);
if (failing.length) {
  console.log(`\nunder the bar (TPR >= 90%, FPR <= 10%): ${failing.map((s) => s.cwe).join(', ')}`);
  process.exit(1);
}
