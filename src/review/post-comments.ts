// Turns the commentable findings into one review: skips fingerprints posted on earlier pushes, caps the count,
// adds suggestions, and lets the port drop only the comments GitHub refuses.
import type { Finding } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import type { GitHubPort, ReviewComment } from '../github/port.js';
import { commentedFingerprints, reviewCommentBody, suggestionFor } from '../report/review-comment.js';

export interface CommentOutcome {
  posted: number;
  alreadyPosted: number;
  notPosted: number;
  dropped: { path: string; line: number }[];
}

export async function postComments(
  github: GitHubPort, pull: { number: number; headSha: string }, findings: readonly Finding[],
  context: { result: ScanResult; sources: ReadonlyMap<string, string>; config: SentinelConfig },
): Promise<CommentOutcome> {
  const earlier = commentedFingerprints(await github.listReviewCommentBodies(pull.number));
  const fresh = findings.filter((f) => !earlier.has(f.fingerprint));
  const chosen = fresh.slice(0, context.config.comments.max);
  const outcome = { posted: 0, alreadyPosted: findings.length - fresh.length, notPosted: fresh.length - chosen.length, dropped: [] };
  if (chosen.length === 0) return outcome;
  const comments = chosen.map((f) => toComment(f, context));
  const body = `SentinelPy found ${fresh.length} new security finding${fresh.length === 1 ? '' : 's'} in this push; `
    + 'the **SentinelPy** check run has the full list, score and report.';
  const review = await github.postReview(pull.number, pull.headSha, body, comments);
  return { ...outcome, posted: review.posted.length, dropped: review.dropped.map((c) => ({ path: c.path, line: c.line })) };
}

function toComment(f: Finding, context: { result: ScanResult; sources: ReadonlyMap<string, string>; config: SentinelConfig }): ReviewComment {
  const meta = context.result.rules.find((r) => r.id === f.ruleId);
  const source = context.sources.get(f.path);
  const suggestion = context.config.comments.suggestions && source !== undefined ? suggestionFor(f, source) : undefined;
  return {
    path: f.path,
    line: f.endLine,
    ...(f.endLine > f.line ? { startLine: f.line } : {}),
    body: reviewCommentBody(f, meta, suggestion !== undefined ? { suggestion } : {}),
  };
}
