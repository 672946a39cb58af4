// recordDecision with a fake port: the paths the e2e suite cannot reach easily — no remembered review (a restart),
// a branch that moved, a malformed ledger — and the recomputed check on the ledger commit.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding } from '../../src/analysis/rule.js';
import type {
  CompletedCheck,
  GitHubPort,
  PullRequestRef,
  ReportCommit,
  ReviewCommentRef,
} from '../../src/github/port.js';
import { recordDecision } from '../../src/review/record-decision.js';
import { ReportLedger } from '../../src/review/report-ledger.js';
import { ReviewMemory } from '../../src/review/review-memory.js';
import { decisionsFrom } from '../../src/review/decision-marker.js';

const FP = 'abcdef0123456789abcd';
const pull: PullRequestRef = {
  number: 7,
  headSha: 'head1',
  headRef: 'feature',
  isFork: false,
  draft: false,
  defaultBranch: 'main',
};
const root: ReviewCommentRef = {
  id: 55,
  body: `🟠 **HIGH** · \`eval-computed-input\`\n\n<!-- sentinel:fp=${FP} -->`,
  path: 'svc.py',
  line: 4,
  user: null,
  byApp: true,
};
const finding = {
  fingerprint: FP,
  ruleId: 'eval-computed-input',
  path: 'svc.py',
  line: 4,
  snippet: 'return eval(x)',
  severity: 'critical',
} as Finding;

function fakePort(options: { ledger?: string; commit?: 'committed' | 'head-moved' } = {}) {
  const calls = {
    commits: [] as ReportCommit[],
    replies: [] as string[],
    checks: [] as [string, CompletedCheck][],
    updated: [] as CompletedCheck[],
    resolved: [] as number[],
  };
  const port = {
    readRepoFile: async () => options.ledger,
    commitReport: async (c: ReportCommit) => {
      calls.commits.push(c);
      return options.commit === 'head-moved'
        ? { status: 'head-moved', headNow: 'other' }
        : { status: 'committed', sha: 'ledger1' };
    },
    replyToReviewComment: async (_n: number, _id: number, body: string) => void calls.replies.push(body),
    createCompletedCheck: async (sha: string, _n: number, check: CompletedCheck) => {
      calls.checks.push([sha, check]);
      return 1;
    },
    completeCheck: async (_id: number, check: CompletedCheck) => void calls.updated.push(check),
    resolveReviewThread: async (_n: number, id: number) => {
      calls.resolved.push(id);
      return true;
    },
  } as unknown as GitHubPort;
  return { port, calls };
}

const deps = (memory = new ReviewMemory(), ledger = new ReportLedger()) => ({
  memory,
  ledger,
  now: () => new Date('2026-12-02T10:00:00Z'),
  log: pino({ level: 'silent' }),
});
const input = {
  pullKey: 'acme/shop#7',
  pull,
  root,
  decision: { kind: 'false-positive' as const, reason: 'constant' },
  by: 'wes',
};

describe('recordDecision', () => {
  it('recomputes the remembered review with the new entry and posts it on the ledger commit, which the loop guard then skips', async () => {
    const memory = new ReviewMemory();
    const seen: number[] = [];
    memory.remember('acme/shop#7', {
      heads: new Set(['head1']),
      checkId: 9,
      findings: [finding],
      decisions: [],
      check: (decisions) => {
        seen.push(decisions.length);
        return { conclusion: decisions.length ? 'success' : 'failure', output: { title: 't', summary: 's' } };
      },
    });
    const ledger = new ReportLedger();
    const { port, calls } = fakePort();
    const outcome = await recordDecision(port, input, deps(memory, ledger));
    expect(outcome.status).toBe('recorded');
    expect(calls.checks.map(([sha, c]) => [sha, c.conclusion])).toEqual([['ledger1', 'success']]);
    expect(ledger.entryFor('ledger1')).toEqual({ reviewedSha: 'head1', checkPosted: true });
    expect(memory.of('acme/shop#7', 'ledger1')).toBeDefined();
    const written = parse(calls.commits[0]!.files[0]!.content) as { ignore: { excerptHash?: string }[] };
    expect(written.ignore[0]!.excerptHash).toMatch(/^[0-9a-f]{64}$/);
    await (outcome as { followUp(): Promise<void> }).followUp();
    expect(calls.resolved).toEqual([55]);
    expect(decisionsFrom(calls.replies).map((d) => [d.fingerprint, d.kind, d.by])).toEqual([
      [FP, 'false-positive', 'wes'],
    ]);
  });

  it("without a remembered review it commits the entry from the App's comment and asks for a review of the ledger commit", async () => {
    const { port, calls } = fakePort();
    const outcome = await recordDecision(port, input, deps());
    expect(outcome).toMatchObject({ status: 'review', headSha: 'ledger1' });
    expect(calls.checks).toEqual([]);
    const entry = (parse(calls.commits[0]!.files[0]!.content) as { ignore: Record<string, string>[] }).ignore[0]!;
    expect(entry).toMatchObject({
      fingerprint: FP,
      rule: 'eval-computed-input',
      path: 'svc.py',
      kind: 'false-positive',
    });
  });

  it('refuses when the branch moved or the ledger is malformed, committing nothing it should not', async () => {
    const moved = fakePort({ commit: 'head-moved' });
    expect((await recordDecision(moved.port, input, deps())).status).toBe('refused');
    expect(moved.calls.replies.at(-1)).toContain('moved while SentinelPy was recording');
    const malformed = fakePort({ ledger: 'ignore: [' });
    expect((await recordDecision(malformed.port, input, deps())).status).toBe('refused');
    expect(malformed.calls.commits).toEqual([]);
    expect(malformed.calls.replies.at(-1)).toContain('is invalid');
  });
});
