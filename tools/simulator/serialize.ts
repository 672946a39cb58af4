// Renders simulator state in GitHub's JSON shapes (the fields the REST API and webhooks carry that matter here).
import type {
  SimCheckRun,
  SimIssueComment,
  SimPullRequest,
  SimRepo,
  SimReview,
  SimReviewComment,
  SimState,
  SimUser,
} from './state.js';

const WEB = 'https://github.example';

export function userJson(user: SimUser, apiRoot: string) {
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    type: user.type,
    site_admin: false,
    avatar_url: `${WEB}/avatars/${user.id}`,
    gravatar_id: '',
    url: `${apiRoot}/users/${encodeURIComponent(user.login)}`,
    html_url: `${WEB}/${user.login}`,
  };
}

export function repoJson(repo: SimRepo, apiRoot: string) {
  const url = `${apiRoot}/repos/${repo.fullName}`;
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: userJson(repo.owner, apiRoot),
    html_url: `${WEB}/${repo.fullName}`,
    description: null,
    fork: repo.fork,
    url,
    default_branch: repo.defaultBranch,
    visibility: repo.private ? 'private' : 'public',
    archived: false,
    disabled: false,
    language: 'Python',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
    pushed_at: new Date().toISOString(),
  };
}

export function pullJson(state: SimState, pull: SimPullRequest, apiRoot: string) {
  const base = state.repo(pull.baseRepo)!;
  const head = state.repo(pull.headRepo)!;
  const url = `${apiRoot}/repos/${base.fullName}/pulls/${pull.number}`;
  return {
    url,
    id: pull.id,
    node_id: `PR_${pull.id}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    body: pull.body,
    user: userJson(pull.user, apiRoot),
    draft: pull.draft,
    html_url: `${WEB}/${base.fullName}/pull/${pull.number}`,
    created_at: pull.createdAt,
    updated_at: state.commits.get(state.headSha(pull))?.date ?? pull.createdAt,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    merged: false,
    mergeable: null,
    author_association: 'CONTRIBUTOR',
    labels: [],
    assignees: [],
    requested_reviewers: [],
    head: refJson(pull.headRef, state.headSha(pull), head, apiRoot),
    base: refJson(pull.baseRef, pull.baseSha, base, apiRoot),
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    statuses_url: `${apiRoot}/repos/${base.fullName}/statuses/${state.headSha(pull)}`,
  };
}

function refJson(ref: string, sha: string, repo: SimRepo, apiRoot: string) {
  return {
    label: `${repo.owner.login}:${ref}`,
    ref,
    sha,
    user: userJson(repo.owner, apiRoot),
    repo: repoJson(repo, apiRoot),
  };
}

export function checkRunJson(run: SimCheckRun, apiRoot: string, bot: SimUser) {
  return {
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    external_id: run.externalId,
    url: `${apiRoot}/repos/${run.repo}/check-runs/${run.id}`,
    html_url: `${WEB}/${run.repo}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    name: run.name,
    check_suite: { id: run.id + 1 },
    pull_requests: [],
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${apiRoot}/repos/${run.repo}/check-runs/${run.id}/annotations`,
    },
    app: { id: run.appId, slug: bot.login.replace(/\[bot\]$/, ''), name: 'SentinelPy', owner: null },
  };
}

export function reviewCommentJson(c: SimReviewComment, apiRoot: string) {
  return {
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    path: c.path,
    line: c.line,
    original_line: c.line,
    start_line: c.startLine,
    side: c.side,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    body: c.body,
    user: userJson(c.user, apiRoot),
    created_at: c.createdAt,
    updated_at: c.createdAt,
    diff_hunk: '',
    position: null,
    author_association: 'NONE',
    ...(c.inReplyTo ? { in_reply_to_id: c.inReplyTo } : {}),
    url: `${apiRoot}/repos/${c.repo}/pulls/comments/${c.id}`,
    html_url: `${WEB}/${c.repo}/pull/${c.prNumber}#discussion_r${c.id}`,
    pull_request_url: `${apiRoot}/repos/${c.repo}/pulls/${c.prNumber}`,
    _links: { self: { href: '' }, html: { href: '' }, pull_request: { href: '' } },
  };
}

export function reviewJson(r: SimReview, apiRoot: string) {
  return {
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: userJson(r.user, apiRoot),
    body: r.body,
    state: r.state,
    commit_id: r.commitId,
    submitted_at: r.state === 'PENDING' ? undefined : r.submittedAt,
    author_association: 'NONE',
    html_url: `${WEB}/${r.repo}/pull/${r.prNumber}#pullrequestreview-${r.id}`,
    pull_request_url: `${apiRoot}/repos/${r.repo}/pulls/${r.prNumber}`,
    _links: { html: { href: '' }, pull_request: { href: '' } },
  };
}

export function issueCommentJson(c: SimIssueComment, apiRoot: string) {
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user, apiRoot),
    created_at: c.createdAt,
    updated_at: c.createdAt,
    author_association: 'NONE',
    url: `${apiRoot}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `${WEB}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${apiRoot}/repos/${c.repo}/issues/${c.issueNumber}`,
  };
}
