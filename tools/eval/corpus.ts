// Scores taint findings against the labelled corpus (test/corpus): `# ruleid: CWE-n` lines must be reported,
// `# ok: CWE-n` lines must not; any other taint finding counts as a false positive of its CWE.
import type { Finding } from '../../src/analysis/rule.js';
import { parseAnnotations } from './annotations.js';

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

const CWE = /^CWE-\d+$/;

/** Labels of one corpus file: its `# ruleid: CWE-n` (expected) and `# ok: CWE-n` (trap) annotations, in line order. */
export function parseLabels(path: string, source: string): Label[] {
  const { ruleid, ok } = parseAnnotations(source);
  const out: Label[] = [];
  for (const [ids, expect] of [
    [ruleid, true],
    [ok, false],
  ] as const) {
    for (const [cwe, lines] of ids) if (CWE.test(cwe)) for (const line of lines) out.push({ path, line, cwe, expect });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** `cweOf(ruleId)` lists the CWEs a rule reports under (a finding matches a label through any of them). */
export function scoreCorpus(
  labels: readonly Label[],
  findings: readonly Finding[],
  cweOf: (ruleId: string) => readonly string[],
): CorpusScore {
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
    } else if (hit) {
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
