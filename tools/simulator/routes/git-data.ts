// Simulated Git Data API: blobs, trees, commits and refs, with GitHub's fast-forward rule on ref updates (a
// non-forced update to a commit that does not descend from the ref's current commit is refused with 422).
import { notFound, ok, type Route, type RouteContext } from '../route-context.js';
import { blobSha, newCommitSha } from '../git-objects.js';
import type { SimCommit, SimRepo } from '../state.js';
import { repoFrom, unprocessable } from './common.js';

interface TreeEntryInput {
  path: string;
  mode?: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

const createBlob: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const encoding: string = ctx.body.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'base64') unprocessable(`encoding must be utf-8 or base64, not ${encoding}`);
  const content =
    encoding === 'base64' ? Buffer.from(String(ctx.body.content), 'base64').toString('utf8') : String(ctx.body.content);
  const sha = blobSha(content);
  ctx.state.blobs.set(sha, content);
  return ok({ sha, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${sha}` }, 201);
};

const createTree: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const baseSha: string | undefined = ctx.body.base_tree;
  const base = baseSha === undefined ? new Map<string, string>() : ctx.state.trees.get(baseSha);
  if (!base) unprocessable('base_tree is not a valid tree oid');
  const files = new Map(base);
  for (const entry of (ctx.body.tree ?? []) as TreeEntryInput[]) applyEntry(ctx, files, entry);
  const sha = ctx.state.addTree(files);
  return ok(treeJson(ctx, repo, sha, files), 201);
};

function applyEntry(ctx: RouteContext, files: Map<string, string>, entry: TreeEntryInput): void {
  if (entry.type !== undefined && entry.type !== 'blob')
    unprocessable(`the simulator keeps file entries only, not ${entry.type}`);
  if (entry.sha !== undefined && entry.content !== undefined) unprocessable('Use either tree.sha or content, not both');
  if (entry.sha === null) {
    files.delete(entry.path);
    return;
  }
  const content = entry.content ?? ctx.state.blobs.get(entry.sha ?? '');
  if (content === undefined) unprocessable(`tree.sha ${entry.sha} is not a valid blob`);
  ctx.state.blobs.set(blobSha(content), content);
  files.set(entry.path.replace(/^\/+/, ''), content);
}

function treeJson(ctx: RouteContext, repo: SimRepo, sha: string, files: ReadonlyMap<string, string>) {
  return {
    sha,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/trees/${sha}`,
    truncated: false,
    tree: [...files.keys()].sort().map((path) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: blobSha(files.get(path)!),
      size: Buffer.byteLength(files.get(path)!),
      url: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${blobSha(files.get(path)!)}`,
    })),
  };
}

const getTree: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const files = ctx.state.trees.get(ctx.params.tree_sha!) ?? notFound();
  return ok(treeJson(ctx, repo, ctx.params.tree_sha!, files));
};

const createCommit: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const files = ctx.state.trees.get(String(ctx.body.tree)) ?? unprocessable('Tree SHA does not exist');
  const parents: string[] = ctx.body.parents ?? [];
  for (const parent of parents)
    if (!ctx.state.commits.has(parent)) unprocessable('Parent SHA does not exist or is not a commit object');
  const commit: SimCommit = {
    sha: newCommitSha(),
    parents: [...parents],
    files: new Map(files),
    message: String(ctx.body.message),
    author: ctx.bot,
    date: new Date().toISOString(),
  };
  ctx.state.commits.set(commit.sha, commit);
  return ok(gitCommitJson(ctx, repo, commit), 201);
};

const getGitCommit: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const commit = ctx.state.commits.get(ctx.params.commit_sha!) ?? notFound();
  return ok(gitCommitJson(ctx, repo, commit));
};

function gitCommitJson(ctx: RouteContext, repo: SimRepo, commit: SimCommit) {
  const who = {
    name: commit.author.login,
    email: `${commit.author.id}+${commit.author.login}@users.noreply.github.example`,
    date: commit.date,
  };
  const tree = ctx.state.treeOf(commit);
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${commit.sha}`,
    html_url: `https://github.example/${repo.fullName}/commit/${commit.sha}`,
    author: who,
    committer: who,
    message: commit.message,
    tree: { sha: tree, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/trees/${tree}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${sha}`,
      html_url: `https://github.example/${repo.fullName}/commit/${sha}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

/** `heads/<branch>` → the branch name; only branch refs are simulated. */
function branchOf(ref: string): string | undefined {
  const clean = ref.replace(/^refs\//, '');
  return clean.startsWith('heads/') ? clean.slice('heads/'.length) : undefined;
}

function refJson(ctx: RouteContext, repo: SimRepo, branch: string, sha: string) {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${branch}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${sha}` },
  };
}

const getRef: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const branch = branchOf(ctx.params.ref!) ?? notFound();
  const sha = repo.branches.get(branch) ?? notFound();
  return ok(refJson(ctx, repo, branch, sha));
};

/** Like GitHub: without `force`, the new commit must descend from the ref's current commit, else 422. */
const updateRef: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const branch = branchOf(ctx.params.ref!) ?? unprocessable('Reference does not exist');
  const before = repo.branches.get(branch) ?? unprocessable('Reference does not exist');
  const sha = String(ctx.body.sha);
  if (!ctx.state.commits.has(sha)) unprocessable('Object does not exist');
  if (ctx.body.force !== true && !ctx.state.isAncestor(before, sha)) unprocessable('Update is not a fast forward');
  repo.branches.set(branch, sha);
  if (before !== sha) ctx.onBranchUpdated(repo.fullName, branch, before, ctx.bot);
  return ok(refJson(ctx, repo, branch, sha));
};

export const gitDataRoutes: Record<string, Route> = {
  'git/create-blob': createBlob,
  'git/create-tree': createTree,
  'git/get-tree': getTree,
  'git/create-commit': createCommit,
  'git/get-commit': getGitCommit,
  'git/get-ref': getRef,
  'git/update-ref': updateRef,
};
