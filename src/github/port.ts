// GitHubPort: everything the review needs from GitHub, as one repository-scoped interface (only src/github/ implements it).

/** A file of a pull request as `pulls.listFiles` describes it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Blob sha at the head commit (used for the blobs API above 1 MB). */
  sha: string;
  /** Unified-diff hunks; missing for binary files and very large diffs. */
  patch?: string;
}

export interface FileText {
  size: number;
  /** Missing when the file was larger than the caller's limit. */
  text?: string;
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

export interface FileCommit {
  branch: string;
  path: string;
  content: string;
  message: string;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type Reaction = 'eyes' | 'rocket' | 'confused';

export interface GitHubPort {
  /** `.github/sentinel.yml` text on the default branch, or undefined when there is none. */
  readConfigFile(defaultBranch: string): Promise<string | undefined>;
  getPull(number: number): Promise<PullRequestRef>;
  /** Every file of the pull request (paginated, GitHub stops at 3,000). */
  listChangedFiles(pullNumber: number): Promise<ChangedFile[]>;
  /** A file's text at `ref` (contents API; blobs API above 1 MB); only the size when above `maxBytes`. */
  readFile(file: ChangedFile, ref: string, maxBytes: number): Promise<FileText>;
  /** Creates an in-progress check run; returns its id. */
  startCheck(headSha: string, pullNumber: number): Promise<number>;
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
  /** Creates or updates one file on a branch; the new commit sha, or undefined when the content was already there. */
  commitFile(commit: FileCommit): Promise<string | undefined>;
  /** Whether every file changed between two commits passes `isAllowed` (the loop guard's stateless check). */
  onlyChanged(base: string, head: string, isAllowed: (path: string) => boolean): Promise<boolean>;
  permissionOf(username: string): Promise<Permission>;
  react(commentId: number, reaction: Reaction): Promise<void>;
  comment(issueNumber: number, body: string): Promise<void>;
}
