// The simulator's model of GitHub: repositories, commits with their files, pull requests, check runs, reviews,
// comments, reactions and permissions. Plain data plus the few operations several routes share.
import { blobSha, newCommitSha, treeSha } from './git-objects.js';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface SimUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

export interface SimCommit {
  sha: string;
  parents: string[];
  /** Every file of the commit's tree: path → UTF-8 content. */
  files: Map<string, string>;
  message: string;
  author: SimUser;
  date: string;
}

export interface SimRepo {
  id: number;
  owner: SimUser;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  fork: boolean;
  installationId: number;
  branches: Map<string, string>;
  collaborators: Map<string, Permission>;
}

export interface SimPullRequest {
  id: number;
  number: number;
  baseRepo: string;
  headRepo: string;
  baseRef: string;
  headRef: string;
  /** The base commit the pull request's diff is computed against. */
  baseSha: string;
  title: string;
  body: string;
  user: SimUser;
  draft: boolean;
  state: 'open' | 'closed';
  createdAt: string;
}

export interface SimAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
  [key: string]: unknown;
}

export interface SimCheckRun {
  id: number;
  repo: string;
  headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: SimAnnotation[] };
  actions: { label: string; description: string; identifier: string }[];
  appId: number;
}

export interface SimReviewComment {
  id: number;
  reviewId: number;
  repo: string;
  prNumber: number;
  path: string;
  line: number;
  startLine: number | null;
  side: string;
  commitId: string;
  body: string;
  user: SimUser;
  createdAt: string;
  /** Replies: the thread's first comment (GitHub always points replies at it). */
  inReplyTo?: number;
  reactions?: SimReaction[];
}

/** A SARIF upload to code scanning (decoded). */
export interface SimSarifUpload {
  id: string;
  repo: string;
  commitSha: string;
  ref: string;
  sarif: unknown;
  toolName?: string;
}

export interface SimReview {
  id: number;
  repo: string;
  prNumber: number;
  commitId: string;
  body: string;
  state: string;
  user: SimUser;
  submittedAt: string;
}

export interface SimReaction {
  id: number;
  content: string;
  user: SimUser;
}

export interface SimIssueComment {
  id: number;
  repo: string;
  issueNumber: number;
  body: string;
  user: SimUser;
  createdAt: string;
  reactions: SimReaction[];
}

/** All simulated GitHub data; ids come from one counter so they never collide across kinds. */
export class SimState {
  readonly repos = new Map<string, SimRepo>();
  readonly commits = new Map<string, SimCommit>();
  readonly blobs = new Map<string, string>();
  /** Trees by SHA (path → content): every commit's tree, and those made with the Git Data API. */
  readonly trees = new Map<string, ReadonlyMap<string, string>>();
  readonly pulls: SimPullRequest[] = [];
  readonly checkRuns: SimCheckRun[] = [];
  readonly reviews: SimReview[] = [];
  readonly reviewComments: SimReviewComment[] = [];
  readonly issueComments: SimIssueComment[] = [];
  /** First comment ids of the review threads that were resolved (GraphQL resolveReviewThread). */
  readonly resolvedThreads = new Set<number>();
  readonly sarifUploads: SimSarifUpload[] = [];
  private nextId = 1000;

  newId(): number {
    return this.nextId++;
  }

  repo(fullName: string): SimRepo | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  pull(repo: string, number: number): SimPullRequest | undefined {
    return this.pulls.find((p) => p.baseRepo.toLowerCase() === repo.toLowerCase() && p.number === number);
  }

  /** The head SHA of a pull request: the current tip of its head branch. */
  headSha(pull: SimPullRequest): string {
    const sha = this.repo(pull.headRepo)?.branches.get(pull.headRef);
    if (!sha) throw new Error(`simulator: head branch ${pull.headRepo}:${pull.headRef} is missing`);
    return sha;
  }

  /** A branch name or a full commit SHA → commit (commits are shared, as fork PR heads are readable from the base). */
  resolveRef(repo: SimRepo, ref: string | undefined): SimCommit | undefined {
    const sha = repo.branches.get(ref ?? repo.defaultBranch) ?? ref;
    return sha ? this.commits.get(sha) : undefined;
  }

  /** Records a commit on a branch: the parent's files with `changes` applied (null deletes a file). */
  commit(
    repo: SimRepo,
    branch: string,
    changes: Record<string, string | null>,
    message: string,
    author: SimUser,
  ): SimCommit {
    const parentSha = repo.branches.get(branch);
    const parent = parentSha ? this.commits.get(parentSha) : undefined;
    const files = new Map(parent?.files ?? []);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else {
        files.set(path, content);
        this.blobs.set(blobSha(content), content);
      }
    }
    const commit: SimCommit = {
      sha: newCommitSha(),
      parents: parentSha ? [parentSha] : [],
      files,
      message,
      author,
      date: new Date().toISOString(),
    };
    this.commits.set(commit.sha, commit);
    repo.branches.set(branch, commit.sha);
    return commit;
  }

  /** The tree SHA of a commit's files, registered so `base_tree` and `git/commits` can name it. */
  treeOf(commit: SimCommit): string {
    return this.addTree(commit.files);
  }

  addTree(files: ReadonlyMap<string, string>): string {
    const sha = treeSha(files);
    if (!this.trees.has(sha)) this.trees.set(sha, new Map(files));
    return sha;
  }

  /** Whether `ancestor` is `descendant` or reachable from it through any parents (git's fast-forward test). */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const stack = [descendant];
    while (stack.length > 0) {
      const sha = stack.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      stack.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return false;
  }

  /** Whether `sha` is the tip of `branch` or one of its first-parent ancestors. */
  branchContains(repo: SimRepo, branch: string, sha: string): boolean {
    for (let at = this.commits.get(repo.branches.get(branch) ?? ''); at; at = this.commits.get(at.parents[0] ?? '')) {
      if (at.sha === sha) return true;
    }
    return false;
  }

  /** Open pull requests whose head is this branch of this repository. */
  pullsWithHead(repoFullName: string, branch: string): SimPullRequest[] {
    return this.pulls.filter(
      (p) => p.state === 'open' && p.headRef === branch && p.headRepo.toLowerCase() === repoFullName.toLowerCase(),
    );
  }
}
