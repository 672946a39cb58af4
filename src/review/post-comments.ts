// Turns the commentable findings into one review: skips fingerprints posted on earlier pushes, caps the count,
// adds suggestions, and lets the port drop only the comments GitHub refuses.
import type { Finding } from '../analysis/rule.js';
import type { ScanResult } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import type { GitHubPort, ReviewComment } from '../github/port.js';
import { commentedFingerprints, reviewCommentBody, suggestionFor } from '../report/review-comment.js';
import type { Redaction } from '../report/redact-secrets.js';

export interface CommentOutcome {
  posted: number;
  alreadyPosted: number;
  notPosted: number;
  dropped: { path: string; line: number }[];
}

interface CommentContext {
  result: ScanResult;
  sources: ReadonlyMap<string, string>;
  config: SentinelConfig;
  /** Secrets of the scan: a suggestion quoting one is not offered, and every body is redacted. */
  redaction?: Pick<Redaction, 'text'>;
  /** The App's earlier review comment bodies, when the caller has read them already. */
  earlierBodies?: readonly string[];
}

export async function postComments(
  github: GitHubPort,
  pull: { number: number; headSha: string },
  findings: readonly Finding[],
  context: CommentContext,
): Promise<CommentOutcome> {
  const earlier = commentedFingerprints(context.earlierBodies ?? (await github.listReviewCommentBodies(pull.number)));
  const fresh = findings.filter((f) => !earlier.has(f.fingerprint));
  const chosen = fresh.slice(0, context.config.comments.max);
  const outcome = {
    posted: 0,
    alreadyPosted: findings.length - fresh.length,
    notPosted: fresh.length - chosen.length,
    dropped: [],
  };
  if (chosen.length === 0) return outcome;
  const comments = chosen.map((f) => toComment(f, context));
  const body =
    `SentinelPy found ${fresh.length} new security finding${fresh.length === 1 ? '' : 's'} in this push; ` +
    'the **SentinelPy** check run has the full list, score and report.';
  const review = await github.postReview(pull.number, pull.headSha, body, comments);
  return {
    ...outcome,
    posted: review.posted.length,
    dropped: review.dropped.map((c) => ({ path: c.path, line: c.line })),
  };
}

function toComment(f: Finding, context: CommentContext): ReviewComment {
  const meta = context.result.rules.find((r) => r.id === f.ruleId);
  const source = context.sources.get(f.path);
  const redact = context.redaction?.text ?? ((text: string) => text);
  let suggestion = context.config.comments.suggestions && source !== undefined ? suggestionFor(f, source) : undefined;
  // A suggestion replaces the lines with its text: one that still holds the secret can be neither shown nor redacted.
  if (suggestion !== undefined && redact(suggestion) !== suggestion) suggestion = undefined;
  return {
    path: f.path,
    line: f.endLine,
    ...(f.endLine > f.line ? { startLine: f.line } : {}),
    body: redact(reviewCommentBody(f, meta, suggestion !== undefined ? { suggestion } : {})),
  };
}
