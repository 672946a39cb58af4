// The loop guard carries a result over only to a commit GitHub shows is a report-only child of the analysed one:
// the ledger, the sender or the message alone never suffice (a report commit on an unreviewed push must not
// inherit the earlier result).
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { CompletedCheck, GitHubPort } from '../../src/github/port.js';
import { guardReportCommit } from '../../src/review/loop-guard.js';
import { ReportLedger } from '../../src/review/report-ledger.js';
import type { ReviewRequest } from '../../src/review/review-request.js';

const ANALYSED = 'a'.repeat(40);
const UNREVIEWED = 'b'.repeat(40);
const REPORT = 'c'.repeat(40);
const GREEN: CompletedCheck = { conclusion: 'success', output: { title: 'No new security findings', summary: 'ok' } };
const log = pino({ level: 'silent' });

/** GitHub as a map: commit → its parents and changed files; check runs created are recorded. */
function fakeGitHub(commits: Record<string, { parents: string[]; files: string[] }>, latest?: CompletedCheck) {
  const created: { sha: string; check: CompletedCheck }[] = [];
  const asked: string[] = [];
  const github = {
    addsOnlyOnTop: async (parent: string, child: string, isAllowed: (p: string) => boolean) => {
      asked.push(`${parent.slice(0, 1)}→${child.slice(0, 1)}`);
      const c = commits[child];
      if (!c) throw Object.assign(new Error('Not Found'), { status: 404 });
      return c.parents.length === 1 && c.parents[0] === parent && c.files.length > 0 && c.files.every(isAllowed);
    },
    latestCompletedCheck: async () => latest,
    createCompletedCheck: async (sha: string, _n: number, check: CompletedCheck) => {
      created.push({ sha, check });
      return 1;
    },
  } as unknown as GitHubPort;
  return { github, created, asked };
}

function request(before: string, after: string, senderIsBot: boolean): ReviewRequest {
  return {
    repo: { owner: 'o', repo: 'r' },
    deliveryId: 'd',
    trigger: 'synchronize',
    explicit: false,
    pull: { number: 1, headSha: after, headRef: 'feature', isFork: false, draft: false, defaultBranch: 'main' },
    push: { before, after, senderIsBot },
  };
}

describe('loop guard', () => {
  it('carries the remembered result over to a report-only child of the analysed commit, naming that commit', async () => {
    const ledger = new ReportLedger();
    ledger.record(REPORT, { reviewedSha: ANALYSED, check: GREEN });
    const gh = fakeGitHub({ [REPORT]: { parents: [ANALYSED], files: ['python_security_review_20260304.md'] } });
    expect(await guardReportCommit(gh.github, request(ANALYSED, REPORT, true), ledger, log)).toBe(true);
    expect(gh.created).toHaveLength(1);
    expect(gh.created[0]!.sha).toBe(REPORT);
    expect(gh.created[0]!.check.output.summary).toMatch(/^Carried over from aaaaaaa/);
  });

  it('does not carry over when GitHub shows the report commit sits on a push that was never analysed', async () => {
    const ledger = new ReportLedger();
    ledger.record(REPORT, { reviewedSha: ANALYSED, check: GREEN });
    const gh = fakeGitHub(
      { [REPORT]: { parents: [UNREVIEWED], files: ['python_security_review_20260304.md'] } },
      GREEN,
    );
    expect(await guardReportCommit(gh.github, request(UNREVIEWED, REPORT, true), ledger, log)).toBe(false);
    // Not even the check of the commit before it: the reviewed commit the ledger names is the only candidate.
    expect(gh.asked).toEqual(['a→c']);
    expect(gh.created).toEqual([]);
  });

  it('after a restart, copies the previous check only for a bot commit that adds nothing but reports on top', async () => {
    const onTop = fakeGitHub(
      { [REPORT]: { parents: [ANALYSED], files: ['docs/python_security_review_20260304.md'] } },
      GREEN,
    );
    expect(await guardReportCommit(onTop.github, request(ANALYSED, REPORT, true), new ReportLedger(), log)).toBe(true);
    const withCode = fakeGitHub(
      { [REPORT]: { parents: [ANALYSED], files: ['python_security_review_20260304.md', 'app.py'] } },
      GREEN,
    );
    expect(await guardReportCommit(withCode.github, request(ANALYSED, REPORT, true), new ReportLedger(), log)).toBe(
      false,
    );
    expect(withCode.created).toEqual([]);
  });

  it("reviews in full a person's push (no question asked) and any commit GitHub cannot describe", async () => {
    const person = fakeGitHub({}, GREEN);
    expect(await guardReportCommit(person.github, request(ANALYSED, REPORT, false), new ReportLedger(), log)).toBe(
      false,
    );
    expect(person.asked).toEqual([]);
    const missing = fakeGitHub({}, GREEN);
    expect(await guardReportCommit(missing.github, request(ANALYSED, REPORT, true), new ReportLedger(), log)).toBe(
      false,
    );
    expect(missing.created).toEqual([]);
  });
});
