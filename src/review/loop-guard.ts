// The loop guard: the synchronize caused by our own report commit is not analysed again (nor committed to),
// yet its new head SHA gets a completed check with the same conclusion, or a required check waits forever.
// A result is carried over only to a commit that GitHub shows is a child of the analysed commit (its one parent)
// changing nothing but report files: neither the ledger nor the commit message nor the sender alone is proof,
// since a report commit made on top of a newer, unreviewed push would hand that push the earlier result.
import type { Logger } from 'pino';
import type { CompletedCheck, GitHubPort } from '../github/port.js';
import { isAppCommitPath, type ReportLedgerStore } from './report-ledger.js';
import type { ReviewRequest } from './review-request.js';

/** Posts the completed check on the pushed commit (a new run, or the one an earlier attempt started). */
export type PostCheck = (check: CompletedCheck) => Promise<unknown>;

/** true when the push was our report commit and its check has been posted. */
export async function guardReportCommit(
  github: GitHubPort,
  request: ReviewRequest,
  ledger: ReportLedgerStore,
  log: Logger,
  post: PostCheck = (check) => github.createCompletedCheck(request.push!.after, request.pull.number, check),
): Promise<boolean> {
  const push = request.push;
  if (!push) return false;
  // A ledger commit still being recorded (GitHub sent its synchronize first): wait for it.
  await ledger.settledOn?.(push.before);
  const known = await ledger.entryFor(push.after);
  if (known?.checkPosted) {
    log.info({ reviewed: known.reviewedSha }, 'ledger commit: its check was already posted');
    return true;
  }
  // A ledger commit made without a remembered review: the full review reads the new entry.
  if (known && !known.check) return false;
  // After a restart the ledger is empty: a bot push may still be our report commit on the commit before it.
  if (!known && !push.senderIsBot) return false;
  const reviewed = known?.reviewedSha ?? push.before;
  const check = await provenCheck(github, reviewed, push.after, known?.check, log);
  if (!check) return false;
  await post(carriedOver(check, reviewed));
  log.info({ reviewed, conclusion: check.conclusion }, 'report commit: check carried over, no new analysis');
  return true;
}

/** The check to repeat, once the commit is proven to add only reports on top of `reviewed`; any doubt: none. */
async function provenCheck(
  github: GitHubPort,
  reviewed: string,
  commit: string,
  remembered: CompletedCheck | undefined,
  log: Logger,
): Promise<CompletedCheck | undefined> {
  try {
    if (!(await github.addsOnlyOnTop(reviewed, commit, isAppCommitPath))) {
      log.info({ reviewed, commit }, 'loop guard: not a report-only child of the reviewed commit; reviewing in full');
      return undefined;
    }
    return remembered ?? (await github.latestCompletedCheck(reviewed));
  } catch (error) {
    log.warn({ err: error }, 'loop guard could not verify the commit; reviewing in full');
    return undefined;
  }
}

function carriedOver(check: CompletedCheck, reviewed: string): CompletedCheck {
  const note = `Carried over from ${reviewed.slice(0, 7)}: this commit only adds SentinelPy's report on top of it, so it was not analysed again.`;
  return { conclusion: check.conclusion, output: { ...check.output, summary: `${note}\n\n${check.output.summary}` } };
}
