// The data flow as the composition (src/analysis/scan.ts) uses it: the taint pass a rule set needs, handed to the
// engine like any other pass, and the project-wide solve whose findings are merged into the file results.
import type { FileResult } from '../file-result.js';
import { mergedRuleOptions, type AnalyzerOptions } from '../analyzer.js';
import type { FilePass } from '../file-pass.js';
import type { Finding, Rule, RuleMeta } from '../rule.js';
import { assignFingerprints } from '../fingerprint.js';
import { compareInFile } from '../finding-order.js';
import { applySuppressions, type SuppressedFinding, type SuppressionComment } from '../suppressions.js';
import { scoreInBand, severityRank } from '../taxonomy.js';
import type { FileIR } from './ir.js';
import { decodeIR, holdsIR, requireIR, type EncodedIR } from './encoded-ir.js';
import { createTaintPass, TAINT_PASS_ID } from './pass.js';
import { solve } from './solve/solver.js';
import { findingsOf } from './solve/findings.js';

/** The taint pass for a rule set, or undefined when no rule in it is a data-flow rule. */
export function taintPassFor(rules: readonly Rule[], options: AnalyzerOptions): FilePass | undefined {
  const taintRules = rules.filter((r) => r.meta.taint);
  if (!taintRules.length || options.passes?.some((p) => p.id === TAINT_PASS_ID)) return undefined;
  // Local sources (input(), argv, environment) are opt-in through any taint rule's `localSources` option.
  const localSources = taintRules.some((r) => mergedRuleOptions(r, options).localSources === true);
  return createTaintPass({ localSources });
}

/** The data-flow IR of each file that has one, in the order of `files` (decoded where it crossed a thread). */
export function taintIRsOf(files: readonly FileResult[]): FileIR[] {
  return heldIRsOf(files).map(requireIR);
}

/** As taintIRsOf, each IR as it is held (encoded or not): what a solve worker is sent. */
export function heldIRsOf(files: readonly FileResult[]): (FileIR | EncodedIR)[] {
  return files.map((f) => f.passData?.[TAINT_PASS_ID]).filter(holdsIR);
}

/**
 * The project-wide solve over `irs` and the findings it gives (no file results needed: this is the part a solve
 * worker runs, so only the IRs cross to it and only the findings come back).
 */
export function solveTaint(irs: readonly FileIR[], metas: readonly RuleMeta[]): Finding[] {
  const taintRules = metas.filter((m) => m.taint);
  if (!taintRules.length || !irs.length) return [];
  return findingsOf(solve([...irs]), taintRules);
}

/**
 * `files` with the solver's findings merged in (returns a new array; inputs are not mutated, and a file without a
 * data-flow finding is returned as the same object, so a cache can tell what the solve changed).
 */
export function mergeTaintFindings(
  files: readonly FileResult[],
  taint: readonly Finding[],
  metas: readonly RuleMeta[],
): FileResult[] {
  if (!taint.length) return [...files];
  const byPath = new Map<string, Finding[]>();
  for (const f of taint) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const metaById = new Map<string, RuleMeta>();
  for (const m of metas) if (!metaById.has(m.id)) metaById.set(m.id, m);
  const metaOf = (id: string) => metaById.get(id);
  return files.map((file) => {
    const found = byPath.get(file.path);
    if (!found) return file;
    return mergeInto(file, found, decodeIR(file.passData?.[TAINT_PASS_ID]), metaOf);
  });
}

/** File results with the solver's findings merged in, solved on this thread. */
export function withTaintFindings(files: readonly FileResult[], metas: readonly RuleMeta[]): FileResult[] {
  return mergeTaintFindings(files, solveTaint(taintIRsOf(files), metas), metas);
}

function mergeInto(
  file: FileResult,
  taint: Finding[],
  ir: FileIR | undefined,
  metaOf: (id: string) => RuleMeta | undefined,
): FileResult {
  const comments = new Map<number, SuppressionComment>((ir?.suppressions ?? []).map((c) => [c.line, c]));
  const { kept, suppressed } = applySuppressions(taint, comments, metaOf);
  const findings = [...file.findings];
  const hidden: SuppressedFinding[] = [...file.suppressed, ...suppressed];
  for (const t of kept) {
    const same = (f: Finding) => f.line === t.line && sharesCwe(metaOf(f.ruleId), metaOf(t.ruleId));
    const i = findings.findIndex(same);
    if (i >= 0) {
      findings[i] = combine(findings[i]!, t);
      continue;
    }
    const quiet = file.suppressed.find((s) => same(s.finding));
    if (quiet) hidden.push({ finding: t, by: quiet.by });
    else findings.push(t);
  }
  assignFingerprints(
    findings.filter((f) => metaOf(f.ruleId)?.taint),
    (f) => f.snippet,
  );
  findings.sort(compareInFile);
  return { ...file, findings, suppressed: hidden };
}

function sharesCwe(a: RuleMeta | undefined, b: RuleMeta | undefined): boolean {
  return !!a && !!b && a.cwe.some((c) => b.cwe.includes(c));
}

/** A pattern finding and a taint finding on one line and CWE: one finding, the higher severity, with the flow. */
function combine(pattern: Finding, taint: Finding): Finding {
  // The flow is the evidence the pattern finding lacked, so it may now carry the data-flow severity.
  const merged = { ...pattern, flow: taint.flow, evidence: 'dataflow' as const };
  if (severityRank(taint.severity) > severityRank(pattern.severity)) {
    return { ...merged, severity: taint.severity, riskScore: scoreInBand(taint.severity, taint.riskScore) };
  }
  return merged;
}
