// The `/sentinel ignore` reply handler with fake dependencies: readers are refused in the thread, replies to other
// people's threads are left alone, and without a remembered review the full review starts only after the reply.
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app/deps.js';
import { onReviewComment } from '../../src/app/on-review-comment.js';
import type { GitHubPort, Permission, ReviewCommentRef } from '../../src/github/port.js';
import { AfterAnswer } from '../../src/app/after-answer.js';
import { MemoryHeadRegister } from '../../src/review/head-register.js';
import type { ReviewJob } from '../../src/review/review-job.js';

const log = pino({ level: 'silent' });
const pull = { number: 3, headSha: 'h1', headRef: 'feature', isFork: false, draft: false, defaultBranch: 'main' };

function setup(options: { permission: Permission; byApp?: boolean; body?: string }) {
  const events: string[] = [];
  const root: ReviewCommentRef = {
    id: 10,
    body: '<!-- sentinel:fp=abcdef0123456789 -->',
    path: 'a.py',
    line: 1,
    user: null,
    byApp: options.byApp ?? true,
  };
  const github = {
    getReviewComment: async () => root,
    permissionOf: async () => options.permission,
    reactToReviewComment: async (_id: number, reaction: string) => void events.push(`react ${reaction}`),
    replyToReviewComment: async (_n: number, _id: number, body: string) =>
      void events.push(`reply ${body.slice(0, 30)}`),
    getPull: async () => pull,
  } as unknown as GitHubPort;
  // The queue records what is asked of it: the full review is a queued job, not run here.
  const queue = { enqueue: async (job: ReviewJob) => void events.push(`review ${job.request.pull.headSha}`) };
  const afterAnswer = new AfterAnswer();
  const deps = {
    appId: 1,
    queue,
    heads: new MemoryHeadRegister(),
    afterAnswer,
    deliveries: { firstTime: () => true },
    github: () => github,
    now: () => new Date('2026-12-02T00:00:00Z'),
    decide: async () => ({ status: 'review', headSha: 'ledger1', followUp: async () => void events.push('follow-up') }),
  } as unknown as AppDeps;
  const context = {
    id: 'd1',
    isBot: false,
    log,
    repo: () => ({ owner: 'acme', repo: 'shop' }),
    payload: {
      comment: {
        id: 20,
        in_reply_to_id: 10,
        body: options.body ?? '/sentinel ignore -- fine',
        user: { login: 'someone', type: 'User' },
      },
      pull_request: { number: 3 },
      installation: { id: 7 },
    },
  } as never;
  return { run: () => onReviewComment(deps)(context), events, afterAnswer };
}

describe('onReviewComment', () => {
  it('refuses a reader in the thread and decides nothing', async () => {
    const { run, events } = setup({ permission: 'read' });
    await run();
    expect(events).toEqual(['react eyes', expect.stringMatching(/^reply 🚫/), 'react confused']);
  });

  it('leaves replies in threads the App did not start alone', async () => {
    const { run, events } = setup({ permission: 'admin', byApp: false });
    await run();
    expect(events).toEqual([]);
  });

  it('answers a malformed command with the usage', async () => {
    const { run, events } = setup({ permission: 'write', body: '/sentinel ignore' });
    await run();
    expect(events).toEqual(['react eyes', expect.stringMatching(/^reply Usage/), 'react confused']);
  });

  it('without a remembered review: reply first, then the full review of the ledger commit', async () => {
    const { run, events, afterAnswer } = setup({ permission: 'write' });
    await run();
    expect(events).toEqual(['react eyes']); // the follow-up waits until the webhook is answered
    await afterAnswer.idle();
    expect(events).toEqual(['react eyes', 'follow-up', 'react rocket', 'review ledger1']);
  });
});
