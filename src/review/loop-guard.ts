// The loop guard: the synchronize caused by our own report commit is not analysed again (nor committed to),
// yet its new head SHA gets a completed check with the same conclusion, or a required check waits forever.
import type { Logger } from 'pino';
import type { CompletedCheck, GitHubPort } from '../github/port.js';
import { REPORT_PATH, type ReportLedger } from './report-ledger.js';
import type { ReviewRequest } from './review-request.js';

/** true when the push was our report commit and its check has been posted. */
export async function guardReportCommit(
  github: GitHubPort, request: ReviewRequest, ledger: ReportLedger, log: Logger,
): Promise<boolean> {
  const push = request.push;
  if (!push) return false;
  const check = ledger.checkFor(push.after) ?? (push.senderIsBot ? await fromEarlierCheck(github, push, log) : undefined);
  if (!check) return false;
  await github.createCompletedCheck(push.after, request.pull.number, carriedOver(check, push.before));
  log.info({ before: push.before, conclusion: check.conclusion }, 'report commit: check carried over, no new analysis');
  return true;
}

/**
 * After a restart the ledger is empty: a bot push that changed nothing but a report is still ours. Any doubt
 * (an error, another file changed) means a full review, which always ends in a completed check.
 */
async function fromEarlierCheck(
  github: GitHubPort, push: { before: string; after: string }, log: Logger,
): Promise<CompletedCheck | undefined> {
  try {
    if (!(await github.onlyChanged(push.before, push.after, (p) => REPORT_PATH.test(p)))) return undefined;
    return await github.latestCompletedCheck(push.before);
  } catch (error) {
    log.warn({ err: error }, 'loop guard could not compare commits; reviewing in full');
    return undefined;
  }
}

function carriedOver(check: CompletedCheck, before: string): CompletedCheck {
  const note = `Carried over from ${before.slice(0, 7)}: this commit only adds SentinelPy's report, so it was not analysed again.`;
  return { conclusion: check.conclusion, output: { ...check.output, summary: `${note}\n\n${check.output.summary}` } };
}
