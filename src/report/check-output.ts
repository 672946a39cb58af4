// The check run's conclusion, title, summary (score, counts, top findings), text and annotations; text is
// truncated under GitHub's 65,535 characters with a note.
import type { Finding } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import { SEVERITIES, severityRank, type Severity } from '../analysis/taxonomy.js';
import type { CheckAnnotation, CheckConclusion, CompletedCheck } from '../github/port.js';
import { securityScore, severityCounts } from './score.js';
import { code, inline, table } from './md-text.js';
import { incompleteFiles } from '../analysis/incomplete.js';

export const CHECK_TEXT_LIMIT = 65_535;
const TOP_FINDINGS = 10;

export interface CheckReport {
  result: ScanResult;
  /** Findings the diff filter kept (the PR's own). */
  newFindings: Finding[];
  /** Findings in the analysed files outside the filter. */
  preExisting: number;
  failOn: Severity | 'never';
  onError: 'failure' | 'neutral';
  /** Conclusion when a Python file was skipped (size, encoding) or a rule errored on it; never success. */
  onIncomplete?: 'failure' | 'neutral';
  comments: { posted: number; alreadyPosted: number; notPosted: number; dropped: { path: string; line: number }[] };
  /** Extra lines for the summary (report commit, fork, skipped files). */
  notes: string[];
  /** Long Markdown for the text field (the full report on fork PRs). */
  text?: string;
}

/** `failure` when a new finding is at or above `failOn`; an analysis error turns success into `onError`. */
export function conclusionOf(
  report: Pick<CheckReport, 'newFindings' | 'failOn' | 'onError' | 'result' | 'onIncomplete'>,
): CheckConclusion {
  const failOn = report.failOn;
  const failing =
    failOn !== 'never' && report.newFindings.some((f) => severityRank(f.severity) >= severityRank(failOn));
  if (failing) return 'failure';
  // A file that crashes the analysis must not be a way past the gate.
  if (analysisErrors(report.result) > 0) return report.onError;
  // A Python file that was not analysed (too large, undecodable) may hold the finding the gate exists for.
  return incompleteFiles(report.result).length > 0 ? (report.onIncomplete ?? 'failure') : 'success';
}

export function analysisErrors(result: ScanResult): number {
  return result.errors.length + result.skipped.filter((s) => s.reason.startsWith('analysis failed')).length;
}

export function buildCheckOutput(report: CheckReport): CompletedCheck {
  const conclusion = conclusionOf(report);
  return {
    conclusion,
    output: {
      title: titleOf(report.newFindings),
      summary: truncate(summaryOf(report), CHECK_TEXT_LIMIT),
      ...(report.text ? { text: truncate(report.text, CHECK_TEXT_LIMIT) } : {}),
      annotations: report.newFindings.map(annotationOf),
    },
  };
}

export function titleOf(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No new security findings';
  const counts = severityCounts(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${findings.length} new security finding${findings.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function summaryOf(report: CheckReport): string {
  const { score, rating } = securityScore(report.result);
  const counts = severityCounts(report.newFindings);
  const c = report.comments;
  const lines = [
    `**Security score: ${score}/100 (${rating})** for the ${report.result.stats.files} Python file(s) analysed.`,
    '',
    table(
      ['Severity', 'New findings'],
      SEVERITIES.map((s) => [s, String(counts[s])]),
    ),
    '',
    `Pre-existing findings (outside the change, not commented): ${report.preExisting} · suppressed: ${report.result.suppressed.length}`,
    `Review comments: ${c.posted} posted, ${c.alreadyPosted} already posted on earlier pushes, ${c.notPosted} over the comment limit.`,
    `Profile \`${report.result.profile}\`: ${report.result.auditNotes.length} audit note(s) without evidence are listed in the report only (not commented, not counted).`,
  ];
  if (c.dropped.length > 0) {
    lines.push(
      `GitHub refused ${c.dropped.length} comment(s); they are listed here instead: ${c.dropped.map((d) => code(`${d.path}:${d.line}`)).join(', ')}`,
    );
  }
  const errors = analysisErrors(report.result);
  const incomplete = incompleteFiles(report.result).length;
  if (incomplete > 0)
    lines.push(
      `⚠️ ${incomplete} Python file(s) were not fully analysed (listed below); an incomplete review is never green (config \`onIncomplete\`).`,
    );
  if (errors > 0)
    lines.push(`⚠️ The analysis failed on ${errors} file/rule pair(s); conclusion on error: ${report.onError}.`);
  if (report.newFindings.length > 0) lines.push('', '### Top findings', '', topTable(report.newFindings));
  if (report.notes.length > 0) lines.push('', ...report.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

function topTable(findings: readonly Finding[]): string {
  const rows = findings
    .slice(0, TOP_FINDINGS)
    .map((f) => [f.severity, `${f.riskScore}/10`, code(f.ruleId), code(`${f.path}:${f.line}`), inline(f.message)]);
  const more =
    findings.length > TOP_FINDINGS ? `\n\n…and ${findings.length - TOP_FINDINGS} more (see the annotations).` : '';
  return table(['Severity', 'Risk', 'Rule', 'Location', 'Finding'], rows) + more;
}

const LEVEL: Record<Severity, CheckAnnotation['annotation_level']> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
};

function annotationOf(f: Finding): CheckAnnotation {
  return {
    path: f.path,
    start_line: f.line,
    end_line: f.endLine,
    annotation_level: LEVEL[f.severity],
    title: `${f.ruleId} (${f.severity}, risk ${f.riskScore}/10)`.slice(0, 255),
    message: (f.fix ? `${f.message}\nFix: ${f.fix.description}` : f.message).slice(0, 64_000),
  };
}

/** Cuts at a line boundary below `limit`, closes an open code fence, and says how much was left out. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const reserve = 200;
  let cut = text.lastIndexOf('\n', limit - reserve);
  if (cut <= 0) cut = limit - reserve;
  let head = text.slice(0, cut);
  const open = openFence(head);
  if (open) head += `\n${open}`;
  return `${head}\n\n> ✂️ Truncated: ${text.length - cut} more characters did not fit GitHub's ${limit}-character limit.`;
}

/**
 * The fence still open at the end of `markdown`, if any, read the way CommonMark does: a block opened by N backticks
 * or tildes closes only on a line of at least N of the same character (counting fence lines naively would take a
 * ``` line inside a ```` block for a closer, and leave the cut report inside a code block or outside one).
 */
export function openFence(markdown: string): string | undefined {
  let open: string | undefined;
  for (const line of markdown.split('\n')) {
    const fenceRun = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fenceRun) continue;
    if (open === undefined) {
      if (!(fenceRun[0] === '`' && line.slice(line.indexOf(fenceRun) + fenceRun.length).includes('`'))) open = fenceRun;
    } else if (fenceRun[0] === open[0] && fenceRun.length >= open.length && line.trim() === fenceRun) {
      open = undefined;
    }
  }
  return open;
}
