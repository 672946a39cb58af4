// Webhook payloads shaped like GitHub's own: each starts from an @octokit/webhooks-examples payload of the same
// event and action, with the simulator's repository, pull request, users and installation written over it.
import { createRequire } from 'node:module';
import { checkRunJson, issueCommentJson, pullJson, repoJson, reviewCommentJson, userJson } from './serialize.js';
import type { SimCheckRun, SimIssueComment, SimPullRequest, SimReviewComment, SimState, SimUser } from './state.js';

type Json = Record<string, any>;
interface ExampleGroup {
  name: string;
  examples: Json[];
}

let examples: ExampleGroup[] | undefined;

/** A deep copy of GitHub's example payload for this event + action (falls back to any example of the event). */
function example(name: string, action: string): Json {
  examples ??= createRequire(import.meta.url)('@octokit/webhooks-examples/api.github.com/index.json') as ExampleGroup[];
  const group = examples.find((g) => g.name === name);
  const found = group?.examples.find((e) => e.action === action) ?? group?.examples[0];
  if (!found) throw new Error(`simulator: no webhook example for ${name}.${action}`);
  return structuredClone(found);
}

export interface PayloadContext {
  state: SimState;
  apiRoot: string;
  bot: SimUser;
  appId: number;
}

function common(ctx: PayloadContext, repoFullName: string, sender: SimUser) {
  const repo = ctx.state.repo(repoFullName)!;
  return {
    repository: repoJson(repo, ctx.apiRoot),
    installation: { id: repo.installationId, node_id: `MDIz${repo.installationId}` },
    sender: userJson(sender, ctx.apiRoot),
  };
}

/** `pull_request.<action>`; `before` is set for `synchronize`. */
export function pullRequestPayload(
  ctx: PayloadContext,
  pull: SimPullRequest,
  action: string,
  sender: SimUser,
  before?: string,
): Json {
  const base = example('pull_request', action);
  delete base.organization;
  const payload: Json = {
    ...base,
    action,
    number: pull.number,
    pull_request: { ...base.pull_request, ...pullJson(ctx.state, pull, ctx.apiRoot) },
    ...common(ctx, pull.baseRepo, sender),
  };
  if (action === 'synchronize') Object.assign(payload, { before, after: ctx.state.headSha(pull) });
  return payload;
}

/** `issue_comment.<action>` on a pull request's conversation (the issue carries `pull_request`). */
export function issueCommentPayload(
  ctx: PayloadContext,
  pull: SimPullRequest,
  comment: SimIssueComment,
  action = 'created',
): Json {
  const base = example('issue_comment', action);
  delete base.organization;
  const prUrl = `${ctx.apiRoot}/repos/${pull.baseRepo}/pulls/${pull.number}`;
  return {
    ...base,
    action,
    issue: {
      ...base.issue,
      number: pull.number,
      title: pull.title,
      state: pull.state,
      user: userJson(pull.user, ctx.apiRoot),
      url: `${ctx.apiRoot}/repos/${pull.baseRepo}/issues/${pull.number}`,
      pull_request: {
        url: prUrl,
        html_url: `https://github.example/${pull.baseRepo}/pull/${pull.number}`,
        diff_url: `${prUrl}.diff`,
        patch_url: `${prUrl}.patch`,
      },
    },
    comment: { ...base.comment, ...issueCommentJson(comment, ctx.apiRoot) },
    ...common(ctx, pull.baseRepo, comment.user),
  };
}

/** `check_run.rerequested` / `check_run.requested_action` for one of the App's runs. */
export function checkRunPayload(
  ctx: PayloadContext,
  run: SimCheckRun,
  action: string,
  sender: SimUser,
  identifier?: string,
): Json {
  const base = example('check_run', action);
  delete base.organization;
  // GitHub lists open same-repository PRs whose head SHA *or head branch* matches the check's commit.
  const pulls = ctx.state.pulls.filter(
    (p) =>
      p.state === 'open' &&
      p.baseRepo === run.repo &&
      p.headRepo === run.repo &&
      ctx.state.branchContains(ctx.state.repo(p.headRepo)!, p.headRef, run.headSha),
  );
  const payload: Json = {
    ...base,
    action,
    check_run: {
      ...base.check_run,
      ...checkRunJson(run, ctx.apiRoot, ctx.bot),
      check_suite: { ...base.check_run.check_suite, head_sha: run.headSha, pull_requests: [] },
      // As on GitHub, fork pull requests are not listed here: the App must find the PR another way.
      pull_requests: pulls.map((p) => ({
        number: p.number,
        id: p.id,
        url: `${ctx.apiRoot}/repos/${p.baseRepo}/pulls/${p.number}`,
        head: { ref: p.headRef, sha: ctx.state.headSha(p), repo: { id: 0, name: '', url: '' } },
        base: { ref: p.baseRef, sha: p.baseSha, repo: { id: 0, name: '', url: '' } },
      })),
    },
    ...common(ctx, run.repo, sender),
  };
  if (action === 'requested_action') payload.requested_action = { identifier };
  else delete payload.requested_action;
  return payload;
}

/** `pull_request_review_comment.created` for a comment (or reply) in a pull request's review thread. */
export function reviewCommentPayload(ctx: PayloadContext, pull: SimPullRequest, comment: SimReviewComment): Json {
  const base = example('pull_request_review_comment', 'created');
  delete base.organization;
  return {
    ...base,
    action: 'created',
    comment: { ...base.comment, ...reviewCommentJson(comment, ctx.apiRoot) },
    pull_request: { ...base.pull_request, ...pullJson(ctx.state, pull, ctx.apiRoot) },
    ...common(ctx, pull.baseRepo, comment.user),
  };
}

/** `merge_group.checks_requested`: the queue's temporary branch `headRef` at `headSha`, on top of `baseSha`. */
export function mergeGroupPayload(
  ctx: PayloadContext,
  repoFullName: string,
  group: { headSha: string; headRef: string; baseSha: string; baseRef: string },
  sender: SimUser,
): Json {
  const base = example('merge_group', 'checks_requested');
  delete base.organization;
  const head = ctx.state.commits.get(group.headSha)!;
  return {
    ...base,
    action: 'checks_requested',
    merge_group: {
      ...base.merge_group,
      head_sha: group.headSha,
      head_ref: `refs/heads/${group.headRef}`,
      base_sha: group.baseSha,
      base_ref: `refs/heads/${group.baseRef}`,
      head_commit: {
        ...base.merge_group.head_commit,
        id: head.sha,
        tree_id: ctx.state.treeOf(head),
        message: head.message,
        timestamp: head.date,
      },
    },
    ...common(ctx, repoFullName, sender),
  };
}
