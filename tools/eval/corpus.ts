// Scores taint findings against the labelled corpus (test/corpus): `# expect: CWE-n` lines must be reported,
// `# safe: CWE-n` lines must not; any other taint finding counts as a false positive of its CWE.
import type { Finding } from '../../src/analysis/rule.js';

export interface Label {
  path: string;
  line: number;
  cwe: string;
  expect: boolean;
}

export interface CweScore {
  cwe: string;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** tp / (tp + fn); 1 when there is nothing to find. */
  tpr: number;
  /** fp / (fp + tn); 0 when there is nothing to avoid. */
  fpr: number;
}

export interface CorpusScore {
  perCwe: CweScore[];
  labels: number;
  traps: number;
  /** Expected findings that did not come, and reports on lines they should not be, for the reader. */
  missed: Label[];
  falseAlarms: { path: string; line: number; cwe: string; ruleId: string }[];
}

const LABEL = /^\s*#\s*(expect|safe)\s*:\s*(CWE-\d+(?:\s*,\s*CWE-\d+)*)\s*$/;

/** Labels of one corpus file; a label applies to the next line that is neither blank nor a comment. */
export function parseLabels(path: string, source: string): Label[] {
  const out: Label[] = [];
  let pending: { expect: boolean; cwes: string[] }[] = [];
  source.split(/\r?\n/).forEach((text, i) => {
    const m = LABEL.exec(text);
    if (m) {
      pending.push({ expect: m[1] === 'expect', cwes: m[2]!.split(',').map((c) => c.trim()) });
      return;
    }
    if (text.trim() === '' || text.trim().startsWith('#') || !pending.length) return;
    for (const p of pending) for (const cwe of p.cwes) out.push({ path, line: i + 1, cwe, expect: p.expect });
    pending = [];
  });
  return out;
}

/** `cweOf(ruleId)` lists the CWEs a rule reports under (a finding matches a label through any of them). */
export function scoreCorpus(labels: readonly Label[], findings: readonly Finding[], cweOf: (ruleId: string) => readonly string[]): CorpusScore {
  const fired = new Set<string>();
  for (const f of findings) for (const cwe of cweOf(f.ruleId)) fired.add(`${f.path}:${f.line}:${cwe}`);
  const labelled = new Set(labels.map((l) => `${l.path}:${l.line}:${l.cwe}`));
  const scores = new Map<string, CweScore>();
  const score = (cwe: string) => {
    let s = scores.get(cwe);
    if (!s) scores.set(cwe, (s = { cwe, tp: 0, fp: 0, fn: 0, tn: 0, tpr: 1, fpr: 0 }));
    return s;
  };
  const missed: Label[] = [];
  const falseAlarms: CorpusScore['falseAlarms'] = [];
  for (const l of labels) {
    const hit = fired.has(`${l.path}:${l.line}:${l.cwe}`);
    const s = score(l.cwe);
    if (l.expect) {
      if (hit) s.tp++;
      else {
        s.fn++;
        missed.push(l);
      }
    }
    else if (hit) {
      s.fp++;
      falseAlarms.push({ path: l.path, line: l.line, cwe: l.cwe, ruleId: '' });
    } else s.tn++;
  }
  for (const f of findings) {
    const cwes = cweOf(f.ruleId);
    if (cwes.some((c) => labelled.has(`${f.path}:${f.line}:${c}`))) continue;
    const cwe = cwes[0] ?? 'CWE-?';
    score(cwe).fp++;
    falseAlarms.push({ path: f.path, line: f.line, cwe, ruleId: f.ruleId });
  }
  for (const s of scores.values()) {
    s.tpr = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    s.fpr = s.fp + s.tn ? s.fp / (s.fp + s.tn) : 0;
  }
  return {
    perCwe: [...scores.values()].sort((a, b) => a.cwe.localeCompare(b.cwe, undefined, { numeric: true })),
    labels: labels.filter((l) => l.expect).length,
    traps: labels.filter((l) => !l.expect).length,
    missed,
    falseAlarms,
  };
}
