// Suppressions the pull request adds itself: a `# nosec` written on a line the pull request adds would otherwise let
// its author silence the gate on their own change. By config `suppressions.inPullRequest` they are honoured like
// any other (`honor`), not honoured at all (`ignore`), or — the default, `report` — honoured for line comments but
// still counted for the conclusion, and listed, until a writer approves them with `/sentinel allow`.
import { commentable, parsePatch, type FileDiffLines } from '../analysis/diff-filter.js';
import { applyProfile } from '../analysis/profile.js';
import type { Finding } from '../analysis/rule.js';
import { compareFindings } from '../analysis/scan.js';
import type { SuppressedFinding } from '../analysis/suppressions.js';
import type { SentinelConfig } from '../config/schema.js';
import type { CompletedCheck, GitHubPort } from '../github/port.js';
import { conclusionOf, type CheckReport } from '../report/check-output.js';
import { unreviewedTitle } from '../report/suppression-notes.js';
import type { ChangeAnalysis } from './analyze-change.js';

export type InPullRequest = 'honor' | 'report' | 'ignore';

export interface PullRequestSuppressions {
  /** What to comment and report from: under `ignore` the PR's own suppressions are undone. */
  analysis: ChangeAnalysis;
  /** `report`: suppressions added by the PR that no writer approved; their findings count for the conclusion. */
  unreviewed: SuppressedFinding[];
  /** `report`: suppressions added by the PR that a writer approved, with who did. */
  approved: { suppressed: SuppressedFinding; approver: string }[];
}

/**
 * Suppressions on a line the pull request adds. A file GitHub sent no diff for counts as added throughout (its
 * findings are all treated as new, too); files outside the pull request (context modules) never count.
 */
export function addedByPullRequest(
  suppressed: readonly SuppressedFinding[],
  patches: ReadonlyMap<string, string | undefined>,
): SuppressedFinding[] {
  const diffs = new Map<string, FileDiffLines>();
  return suppressed.filter((s) => {
    if (!patches.has(s.finding.path)) return false;
    const patch = patches.get(s.finding.path);
    if (patch === undefined) return true;
    let diff = diffs.get(s.finding.path);
    if (!diff) diffs.set(s.finding.path, (diff = parsePatch(patch)));
    return diff.added.has(s.by.line);
  });
}

export function applyPullRequestSuppressions(
  analysis: ChangeAnalysis,
  patches: ReadonlyMap<string, string | undefined>,
  mode: InPullRequest,
  approvals: ReadonlyMap<string, string> = new Map(),
): PullRequestSuppressions {
  const none = { analysis, unreviewed: [], approved: [] };
  if (mode === 'honor') return none;
  // Only what the scan's profile would count: undoing a suppression must never make a finding weigh more than it
  // would have without one (an audit note stays an audit note).
  const added = counted(analysis, addedByPullRequest(analysis.result.suppressed, patches));
  if (added.length === 0) return none;
  if (mode === 'ignore') return { ...none, analysis: unsuppressed(analysis, added, patches) };
  const approved = added
    .filter((s) => approvals.has(s.finding.fingerprint))
    .map((s) => ({ suppressed: s, approver: approvals.get(s.finding.fingerprint)! }));
  return { analysis, unreviewed: added.filter((s) => !approvals.has(s.finding.fingerprint)), approved };
}

/** The suppressed findings the profile of the scan would report as findings (not audit notes, not other ids). */
function counted(analysis: ChangeAnalysis, suppressed: SuppressedFinding[]): SuppressedFinding[] {
  if (suppressed.length === 0) return suppressed;
  const kept = new Set(
    applyProfile(
      { ...analysis.result, findings: suppressed.map((s) => s.finding), auditNotes: [], merged: [] },
      analysis.result.profile,
    ).findings,
  );
  return suppressed.filter((s) => kept.has(s.finding));
}

/** `ignore`: the findings go back among the findings, as new ones of the change, commentable where in a hunk. */
function unsuppressed(
  analysis: ChangeAnalysis,
  undone: readonly SuppressedFinding[],
  patches: ReadonlyMap<string, string | undefined>,
): ChangeAnalysis {
  const findings = undone.map((s) => s.finding);
  const diffs = new Map<string, FileDiffLines>();
  for (const [path, patch] of patches) if (patch !== undefined) diffs.set(path, parsePatch(patch));
  const withPatch = (f: Finding) => patches.get(f.path) !== undefined;
  const gone = new Set(undone);
  const sorted = (list: Finding[]) => list.sort(compareFindings);
  return {
    ...analysis,
    result: {
      ...analysis.result,
      findings: sorted([...analysis.result.findings, ...findings]),
      suppressed: analysis.result.suppressed.filter((s) => !gone.has(s)),
    },
    newFindings: sorted([...analysis.newFindings, ...findings]),
    commentable: sorted([...analysis.commentable, ...findings.filter((f) => withPatch(f) && commentable(f, diffs))]),
  };
}

/**
 * Suppressions the pull request adds (config `suppressions.inPullRequest`); approvals are read from the App's own
 * comments only when there is something to approve.
 */
export async function ownSuppressions(
  github: GitHubPort,
  pullNumber: number,
  analysis: ChangeAnalysis,
  patches: ReadonlyMap<string, string | undefined>,
  config: SentinelConfig,
): Promise<PullRequestSuppressions> {
  const mode = config.suppressions.inPullRequest;
  const first = applyPullRequestSuppressions(analysis, patches, mode);
  if (first.unreviewed.length === 0) return first;
  const approvals = approvalsFrom(await github.listOwnIssueCommentBodies(pullNumber));
  return applyPullRequestSuppressions(analysis, patches, mode, approvals);
}

/** Unapproved suppressions added by the PR are honoured for comments, yet their findings count for the conclusion. */
export function countingUnreviewed(
  check: CompletedCheck,
  own: PullRequestSuppressions,
  report: Pick<CheckReport, 'result' | 'newFindings' | 'failOn' | 'onError' | 'onIncomplete'>,
): CompletedCheck {
  if (own.unreviewed.length === 0) return check;
  const conclusion = conclusionOf({
    ...report,
    newFindings: [...report.newFindings, ...own.unreviewed.map((s) => s.finding)],
  });
  return { conclusion, output: { ...check.output, title: unreviewedTitle(check.output.title, own.unreviewed.length) } };
}

const APPROVAL_MARKER = /<!-- sentinel:allow=([0-9a-f]{8,64}) by=([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?) -->/g;

/** The hidden marker of an approval comment (posted by the App only after checking the approver may write). */
export function approvalMarker(fingerprint: string, approver: string): string {
  return `<!-- sentinel:allow=${fingerprint} by=${approver} -->`;
}

/** fingerprint → approver, from the App's own comments on the pull request (callers pass only those). */
export function approvalsFrom(bodies: readonly string[]): Map<string, string> {
  const approvals = new Map<string, string>();
  for (const body of bodies) for (const m of body.matchAll(APPROVAL_MARKER)) approvals.set(m[1]!, m[2]!);
  return approvals;
}
