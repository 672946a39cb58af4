// GitHubPort: everything the review needs from GitHub, as one repository-scoped interface (only src/github/ implements it).

/** A file of a pull request as `pulls.listFiles` describes it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Blob sha at the head commit (used for the blobs API above 1 MB). */
  sha: string;
  /** Unified-diff hunks; missing for binary files and very large diffs. */
  patch?: string;
  /**
   * The commit this file list describes (the `ref` of the entry's `contents_url`). `pulls.listFiles` lists the pull
   * request's files *now*: after a push during the review this is the newer head, not the reviewed SHA.
   */
  listedAt?: string;
}

export interface FileText {
  size: number;
  /** Missing when the file was larger than the caller's limit. */
  text?: string;
  /** The file's bytes, with `text` (read as UTF-8): Python files are decoded from them by their coding cookie. */
  bytes?: Uint8Array;
}

/** The pull request fields the pipeline reads (from a webhook payload or `pulls.get`). */
export interface PullRequestRef {
  number: number;
  headSha: string;
  headRef: string;
  /** `head.repo.full_name !== base.repo.full_name` (or the fork was deleted). */
  isFork: boolean;
  draft: boolean;
  defaultBranch: string;
  /** The base branch (for a file list of exactly the reviewed SHA); the default branch when unknown. */
  baseRef?: string;
}

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
}

export interface CompletedCheck {
  conclusion: CheckConclusion;
  output: CheckOutput;
}

export interface ReviewComment {
  path: string;
  line: number;
  startLine?: number;
  body: string;
}

export interface ReviewOutcome {
  posted: ReviewComment[];
  /** Comments GitHub refused (422) even alone; listed in the check summary instead. */
  dropped: ReviewComment[];
}

/** The report files as one commit on `branch`, made only while the branch still points at `parentSha`. */
export interface ReportCommit {
  branch: string;
  /** The reviewed commit: the report commit's only parent. */
  parentSha: string;
  files: { path: string; content: string }[];
  message: string;
}

export type ReportCommitResult =
  | { status: 'committed'; sha: string }
  /** Every file already held exactly this content: no commit. */
  | { status: 'unchanged' }
  /** The branch no longer points at the reviewed commit (GitHub refused the fast-forward): nothing was committed. */
  | { status: 'head-moved'; headNow?: string };

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type Reaction = 'eyes' | 'rocket' | 'confused';

/** A pull request review comment, as far as a reply command needs it. */
export interface ReviewCommentRef {
  id: number;
  body: string;
  path: string;
  line: number;
  user: { login: string; type: string } | null;
  /** Written by this App (its bot account), so its hidden markers can be trusted. */
  byApp: boolean;
  /** Set on replies: the thread's first comment. */
  inReplyTo?: number;
}

export interface GitHubPort {
  /** `.github/sentinel.yml` text on the default branch, or undefined when there is none. */
  readConfigFile(defaultBranch: string): Promise<string | undefined>;
  getPull(number: number): Promise<PullRequestRef>;
  /** Every file of the pull request (paginated, GitHub stops at 3,000). */
  listChangedFiles(pullNumber: number): Promise<ChangedFile[]>;
  /** The files changed between `base` (a branch) and exactly the commit `head` (compare API, at most 300 files). */
  listChangedFilesAt(base: string, head: string): Promise<ChangedFile[]>;
  /** A file's text at `ref` (contents API; blobs API above 1 MB); only the size when above `maxBytes`. */
  readFile(file: ChangedFile, ref: string, maxBytes: number): Promise<FileText>;
  /** Creates an in-progress check run; returns its id. */
  startCheck(headSha: string, pullNumber: number): Promise<number>;
  /** Creates a queued check run (the web tier, once the webhook is answered); returns its id. */
  queueCheck(headSha: string, pullNumber: number): Promise<number>;
  /** A SentinelPy check run on the commit that is not completed yet, if any. */
  ownOpenCheck(headSha: string): Promise<number | undefined>;
  /** Marks an existing check run in progress again (a resumed review keeps the run it started). */
  resumeCheck(checkId: number): Promise<void>;
  /** Completes a check run, sending annotations 50 per request. */
  completeCheck(checkId: number, result: CompletedCheck): Promise<void>;
  /** Creates an already-completed check run (loop guard, invalid config, skipped drafts). */
  createCompletedCheck(headSha: string, pullNumber: number, result: CompletedCheck): Promise<number>;
  /** The latest completed SentinelPy check on a commit (the loop guard repeats it on the report commit). */
  latestCompletedCheck(ref: string): Promise<CompletedCheck | undefined>;
  /** Bodies of the pull request's review comments so far (their hidden markers carry fingerprints). */
  listReviewCommentBodies(pullNumber: number): Promise<string[]>;
  /** One COMMENT review; on 422 bisects and drops only the comments GitHub refuses. */
  postReview(pullNumber: number, commitSha: string, body: string, comments: ReviewComment[]): Promise<ReviewOutcome>;
  /** Commits the report files on top of the reviewed commit, moving the branch only if it has not moved since. */
  commitReport(commit: ReportCommit): Promise<ReportCommitResult>;
  /**
   * Whether `child`'s one and only parent is `parent` and every file it changes passes `isAllowed`, as GitHub
   * records the commit (the loop guard's proof that a commit adds nothing but a report).
   */
  addsOnlyOnTop(parent: string, child: string, isAllowed: (path: string) => boolean): Promise<boolean>;
  permissionOf(username: string): Promise<Permission>;
  react(commentId: number, reaction: Reaction): Promise<void>;
  comment(issueNumber: number, body: string): Promise<void>;
  /** Bodies of the pull request's conversation comments written by the App itself (never anyone else's). */
  listOwnIssueCommentBodies(issueNumber: number): Promise<string[]>;
  /** A small text file at `ref` (a branch or commit), or undefined when there is none. */
  readRepoFile(path: string, ref: string): Promise<string | undefined>;
  getReviewComment(commentId: number): Promise<ReviewCommentRef>;
  /** A reply in the thread of review comment `commentId`. */
  replyToReviewComment(pullNumber: number, commentId: number, body: string): Promise<void>;
  reactToReviewComment(commentId: number, reaction: Reaction): Promise<void>;
  /** Resolves the thread started by `rootCommentId` (GraphQL); false when it was not found. */
  resolveReviewThread(pullNumber: number, rootCommentId: number): Promise<boolean>;
  /** Uploads SARIF to code scanning for `commitSha` on `ref`; returns the upload id. */
  uploadSarif(commitSha: string, ref: string, sarif: string): Promise<string>;
}
