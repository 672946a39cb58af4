// A scan of many files: runs the analyzer on in-memory sources and gathers one ScanResult that every report
// format, the CLI and the App consume. It does no I/O: callers read files (CLI) or fetch them (App).
import type { Analyzer, AnalyzerOptions } from './analyzer.js';
import { createEngine } from './engine.js';
import type { FileResult, InternalError } from './file-result.js';
import type { Finding, Rule, RuleMeta } from './rule.js';
import type { SuppressedFinding } from './suppressions.js';
import type { ProfileId } from './profile-ids.js';
import { compareFindings } from './finding-order.js';
import { heldIRsOf, mergeTaintFindings, solveTaint, taintPassFor, withTaintFindings } from './taint/setup.js';
import { requireIR, type EncodedIR } from './taint/encoded-ir.js';
import type { FileIR } from './taint/ir.js';
import { oneFindingPerConstruct } from './one-per-construct.js';

export interface SourceFile {
  /** Path relative to the scan root, forward slashes. */
  path: string;
  content: string;
}

export interface SkippedFile {
  path: string;
  /** Why it was not analysed, for the report ("binary file", "larger than 1 MB", "not UTF-8"). */
  reason: string;
}

export interface ScanResult {
  /** Every file analysed (with its own findings and syntax errors). */
  files: FileResult[];
  skipped: SkippedFile[];
  /** Metadata of every rule that could report, so reports can explain any finding. */
  rules: RuleMeta[];
  /** The findings the profile reports, most severe first, then by path and line. */
  findings: Finding[];
  /** Which profile chose `findings` (src/analysis/profile.ts); `audit` until a profile is applied. */
  profile: ProfileId;
  /** Findings without evidence the profile withholds from `findings` (default profile): listed, never counted. */
  auditNotes: Finding[];
  /**
   * Duplicates that one-finding-per-construct folded into a kept finding (src/analysis/one-per-construct.ts). No
   * report shows them; the bandit profile gives back those whose Bandit id the kept finding does not carry.
   */
  merged?: Finding[];
  suppressed: SuppressedFinding[];
  errors: (InternalError & { path: string })[];
  /** Notes for the reader about the scan itself (e.g. "dependency vulnerability check skipped: OSV unreachable"). */
  notes: string[];
  stats: { files: number; lines: number; durationMs: number };
}

/**
 * The analyzer: the engine over `rules`, handed the passes those rules need. The engine runs whatever passes it is
 * given; the composition decides them: the caller's, plus the taint pass when a rule is a data-flow rule and the
 * caller did not hand one in already (src/scan/ hands in a phase-tracked one).
 */
export async function createAnalyzer(rules: readonly Rule[], options: AnalyzerOptions = {}): Promise<Analyzer> {
  const taint = taintPassFor(rules, options);
  return createEngine(rules, taint ? { ...options, passes: [...(options.passes ?? []), taint] } : options);
}

/** Per-file results, and the files that could not be analysed with the reason. */
export interface FileBatch {
  results: FileResult[];
  skipped: SkippedFile[];
}

/**
 * The one per-file containment of the scan, on this thread (a worker contains its file the same way): a file the
 * analyzer cannot take at all becomes a skipped entry with the reason, never a crash of the scan.
 */
export function analyzeEach(analyzer: Analyzer, files: readonly SourceFile[], onFile?: () => void): FileBatch {
  const out: FileBatch = { results: [], skipped: [] };
  for (const file of files) {
    try {
      out.results.push(analyzer.analyze(file.path, file.content));
    } catch (error) {
      out.skipped.push({
        path: file.path,
        reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
    onFile?.();
  }
  return out;
}

/** Analyses in-memory sources on the calling thread (tests, the evaluation corpus); the CLI and the App go through src/scan/scan.ts. */
export function scanSources(
  analyzer: Analyzer,
  sources: readonly SourceFile[],
  skipped: SkippedFile[] = [],
): ScanResult {
  const started = performance.now();
  const { results, skipped: failed } = analyzeEach(analyzer, sources);
  const metas = analyzer.rules.map((r) => r.meta);
  const builtin = analyzer.metaOf('suppression-without-reason');
  return buildScanResult(
    results,
    [...skipped, ...failed],
    builtin ? [...metas, builtin] : metas,
    performance.now() - started,
  );
}

/** Combines per-file results (possibly from worker threads) into one ScanResult. */
export function buildScanResult(
  files: FileResult[],
  skipped: SkippedFile[],
  rules: RuleMeta[],
  durationMs: number,
  notes: string[] = [],
): ScanResult {
  return assembleScanResult(solveDataFlow(files, rules), skipped, rules, durationMs, notes);
}

/**
 * Data-flow findings span files, so they are solved once over every file's extracted IR and merged into the file
 * results. The solver's worklist (and so which of several equal paths a flow reports) follows its input order, and
 * worker threads return files in the order they finish: solve in path order so the result is the same for any
 * worker count and run. A solve worker runs only the middle of it (dataFlowInput → solveDataFlowIRs in the
 * worker → mergeDataFlow): the IRs go there and the findings come back, not every file's whole result.
 */
export function solveDataFlow(files: readonly FileResult[], rules: readonly RuleMeta[]): FileResult[] {
  return withTaintFindings(inPathOrder(files), rules);
}

/** The solve split in two for a solve worker: the IRs it is sent, as held (encoded), in the solve's (path) order... */
export function dataFlowInput(files: readonly FileResult[]): (FileIR | EncodedIR)[] {
  return heldIRsOf(inPathOrder(files));
}

/** ...the findings it sends back (the worker's half, decoding the IRs there)... */
export function solveDataFlowIRs(irs: readonly (FileIR | EncodedIR)[], rules: readonly RuleMeta[]): Finding[] {
  return solveTaint(irs.map(requireIR), rules);
}

/** ...and the results with them merged in, in path order: the same as solveDataFlow(files, rules). */
export function mergeDataFlow(
  files: readonly FileResult[],
  findings: readonly Finding[],
  rules: readonly RuleMeta[],
): FileResult[] {
  return mergeTaintFindings(inPathOrder(files), findings, rules);
}

function inPathOrder(files: readonly FileResult[]): FileResult[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One ScanResult from file results whose data-flow findings are already merged in (see solveDataFlow). */
export function assembleScanResult(
  solved: readonly FileResult[],
  skipped: SkippedFile[],
  rules: RuleMeta[],
  durationMs: number,
  notes: string[] = [],
): ScanResult {
  const metaOf = metaLookup(rules);
  const merged: Finding[] = [];
  const sortedFiles = [...solved]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((f) => {
      const one = oneFindingPerConstruct(f.findings, metaOf);
      merged.push(...one.merged);
      return { ...f, findings: one.kept };
    });
  const findings = sortedFiles.flatMap((f) => f.findings).sort(compareFindings);
  return {
    files: sortedFiles,
    skipped: [...skipped].sort((a, b) => a.path.localeCompare(b.path)),
    rules,
    findings,
    profile: 'audit',
    auditNotes: [],
    merged: merged.sort(compareFindings),
    suppressed: sortedFiles.flatMap((f) => f.suppressed),
    errors: sortedFiles.flatMap((f) => f.errors.map((e) => ({ ...e, path: f.path }))),
    notes,
    stats: {
      files: sortedFiles.length,
      lines: sortedFiles.reduce((n, f) => n + f.lines, 0),
      durationMs: Math.round(durationMs),
    },
  };
}

function metaLookup(rules: readonly RuleMeta[]): (id: string) => RuleMeta | undefined {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

export { compareFindings } from './finding-order.js';
