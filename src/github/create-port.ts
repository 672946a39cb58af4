// The octokit implementation of GitHubPort, bound to one repository and one installation client.
import type { GitHubPort } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';
import { installRateLimitRetry, type RetryPolicy, DEFAULT_RETRY_POLICY } from './rate-limit.js';
import { listChangedFiles, listChangedFilesAt, readFileText } from './changed-files.js';
import {
  completeCheck,
  createCompletedCheck,
  latestCompletedCheck,
  ownOpenCheck,
  queueCheck,
  resumeCheck,
  startCheck,
} from './check-runs.js';
import { installRequestTimeout } from './request-timeout.js';
import { installRequestMetrics, type GitHubObserver } from './request-metrics.js';
import { listReviewCommentBodies, postReview } from './reviews.js';
import { commitReportFiles } from './report-commit.js';
import {
  addsOnlyOnTop,
  comment,
  getPull,
  listOwnIssueCommentBodies,
  permissionOf,
  react,
  readConfigFile,
  readTextFile,
} from './repository.js';
import { getReviewComment, reactToReviewComment, replyToReviewComment, resolveReviewThread } from './review-threads.js';
import { uploadSarif } from './code-scanning.js';

const WRAPPED = new WeakSet<object>();

/** Per-request settings: the deadline of one request, and who counts failures and the remaining quota. */
export interface RequestOptions {
  timeoutMs?: number;
  observer?: GitHubObserver;
}

/** Installs the request wrappers once per client (the deadline innermost: each retry gets its own). */
export function prepareClient(
  octokit: GitHubClient,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  requests: RequestOptions = {},
): void {
  if (WRAPPED.has(octokit)) return;
  installRequestTimeout(octokit, requests.timeoutMs);
  if (requests.observer) installRequestMetrics(octokit, requests.observer);
  installRateLimitRetry(octokit, policy);
  WRAPPED.add(octokit);
}

export function createGitHubPort(
  octokit: GitHubClient,
  repo: RepoCoords,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  appSlug?: string,
  requests: RequestOptions = {},
): GitHubPort {
  prepareClient(octokit, policy, requests);
  return {
    readConfigFile: (branch) => readConfigFile(octokit, repo, branch),
    getPull: (number) => getPull(octokit, repo, number),
    listChangedFiles: (number) => listChangedFiles(octokit, repo, number),
    listChangedFilesAt: (base, head) => listChangedFilesAt(octokit, repo, base, head),
    readFile: (file, ref, maxBytes) => readFileText(octokit, repo, file, ref, maxBytes),
    startCheck: (sha, number) => startCheck(octokit, repo, sha, number),
    queueCheck: (sha, number) => queueCheck(octokit, repo, sha, number),
    ownOpenCheck: (sha) => ownOpenCheck(octokit, repo, sha, appSlug),
    resumeCheck: (id) => resumeCheck(octokit, repo, id),
    completeCheck: (id, result) => completeCheck(octokit, repo, id, result),
    createCompletedCheck: (sha, number, result) => createCompletedCheck(octokit, repo, sha, number, result),
    latestCompletedCheck: (ref) => latestCompletedCheck(octokit, repo, ref, appSlug),
    listReviewCommentBodies: (number) => listReviewCommentBodies(octokit, repo, number, appSlug),
    postReview: (number, sha, body, comments) => postReview(octokit, repo, number, sha, body, comments),
    commitReport: (commit) => commitReportFiles(octokit, repo, commit),
    addsOnlyOnTop: (parent, child, isAllowed) => addsOnlyOnTop(octokit, repo, parent, child, isAllowed),
    permissionOf: (user) => permissionOf(octokit, repo, user),
    react: (id, reaction) => react(octokit, repo, id, reaction),
    comment: (number, body) => comment(octokit, repo, number, body),
    listOwnIssueCommentBodies: (number) => listOwnIssueCommentBodies(octokit, repo, number, appSlug),
    readRepoFile: (path, ref) => readTextFile(octokit, repo, path, ref),
    getReviewComment: (id) => getReviewComment(octokit, repo, id, appSlug),
    replyToReviewComment: (number, id, body) => replyToReviewComment(octokit, repo, number, id, body),
    reactToReviewComment: (id, reaction) => reactToReviewComment(octokit, repo, id, reaction),
    resolveReviewThread: (number, id) => resolveReviewThread(octokit, repo, number, id),
    uploadSarif: (sha, ref, sarif) => uploadSarif(octokit, repo, sha, ref, sarif),
  };
}
