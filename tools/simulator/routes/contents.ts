// Simulated repository content routes: contents (JSON and raw), contents updates (new commit), blobs, commits, compare.
import { GitHubError, notFound, ok, type Route, type RouteContext } from '../route-context.js';
import { blobSha } from '../git-objects.js';
import { changedFileJson, changedFiles } from '../pull-files.js';
import { userJson } from '../serialize.js';
import type { SimCommit, SimRepo } from '../state.js';
import { repoFrom, unprocessable } from './common.js';

const INLINE_CONTENT_LIMIT = 1_000_000;

const getContent: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const commit = ctx.state.resolveRef(repo, ctx.query.ref) ?? notFound();
  const path = ctx.params.path!.replace(/^\/+|\/+$/g, '');
  const content = commit.files.get(path);
  if (content === undefined) return listDirectory(ctx, repo, commit, path);
  if (/application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers.accept ?? ''))) {
    return { status: 200, body: content, raw: true, headers: { 'content-type': 'text/plain; charset=utf-8' } };
  }
  return ok(fileJson(ctx, repo, path, content, commit.sha));
};

function fileJson(ctx: RouteContext, repo: SimRepo, path: string, content: string, ref: string) {
  const size = Buffer.byteLength(content);
  const url = `${ctx.apiRoot}/repos/${repo.fullName}/contents/${path}?ref=${ref}`;
  const sha = blobSha(content);
  // Like GitHub: files over 1 MB come without content (encoding "none"); the blobs API serves them.
  const inline = size <= INLINE_CONTENT_LIMIT;
  return {
    type: 'file',
    name: path.split('/').pop(),
    path,
    sha,
    size,
    url,
    encoding: inline ? 'base64' : 'none',
    content: inline
      ? (
          Buffer.from(content)
            .toString('base64')
            .match(/.{1,60}/g) ?? []
        ).join('\n')
      : '',
    git_url: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${sha}`,
    html_url: `https://github.example/${repo.fullName}/blob/${ref}/${path}`,
    download_url: `https://raw.github.example/${repo.fullName}/${ref}/${path}`,
    _links: {
      self: url,
      git: `${ctx.apiRoot}/repos/${repo.fullName}/git/blobs/${sha}`,
      html: `https://github.example/${repo.fullName}/blob/${ref}/${path}`,
    },
  };
}

function listDirectory(ctx: RouteContext, repo: SimRepo, commit: SimCommit, dir: string) {
  const prefix = dir === '' ? '' : `${dir}/`;
  const names = new Map<string, 'file' | 'dir'>();
  for (const path of commit.files.keys()) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length).split('/');
    names.set(rest[0]!, rest.length > 1 ? 'dir' : 'file');
  }
  if (names.size === 0) notFound();
  return ok(
    [...names].map(([name, type]) => {
      const path = prefix + name;
      return type === 'file'
        ? { ...fileJson(ctx, repo, path, commit.files.get(path)!, commit.sha), content: undefined, encoding: undefined }
        : { type, name, path, sha: blobSha(path), size: 0 };
    }),
  );
}

const putContent: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const path: string = ctx.params.path!;
  const branch: string = ctx.body.branch ?? repo.defaultBranch;
  const before = repo.branches.get(branch) ?? notFound();
  const existing = ctx.state.commits.get(before)!.files.get(path);
  if (existing !== undefined && !ctx.body.sha) unprocessable('Invalid request.\n\n"sha" wasn\'t supplied.');
  if (ctx.faults.takeContentsConflict() || (existing !== undefined && ctx.body.sha !== blobSha(existing))) {
    throw new GitHubError(409, `${path} does not match ${ctx.body.sha}`);
  }
  const content = Buffer.from(String(ctx.body.content), 'base64').toString('utf8');
  const commit = ctx.state.commit(repo, branch, { [path]: content }, ctx.body.message, ctx.bot);
  ctx.onBranchUpdated(repo.fullName, branch, before, ctx.bot);
  return ok(
    {
      content: { ...fileJson(ctx, repo, path, content, commit.sha), content: undefined, encoding: undefined },
      commit: {
        sha: commit.sha,
        message: commit.message,
        url: `${ctx.apiRoot}/repos/${repo.fullName}/git/commits/${commit.sha}`,
        parents: commit.parents.map((sha) => ({ sha })),
      },
    },
    existing === undefined ? 201 : 200,
  );
};

const getBlob: Route = (ctx) => {
  repoFrom(ctx);
  const content = ctx.state.blobs.get(ctx.params.file_sha!) ?? notFound();
  return ok({
    sha: ctx.params.file_sha,
    node_id: `B_${ctx.params.file_sha}`,
    size: Buffer.byteLength(content),
    encoding: 'base64',
    content: Buffer.from(content).toString('base64'),
    url: `${ctx.apiRoot}/repos/${ctx.params.owner}/${ctx.params.repo}/git/blobs/${ctx.params.file_sha}`,
  });
};

export function commitJson(ctx: RouteContext, repo: SimRepo, commit: SimCommit) {
  const who = {
    name: commit.author.login,
    email: `${commit.author.id}+${commit.author.login}@users.noreply.github.example`,
    date: commit.date,
  };
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha}`,
    url: `${ctx.apiRoot}/repos/${repo.fullName}/commits/${commit.sha}`,
    commit: { message: commit.message, author: who, committer: who, tree: { sha: ctx.state.treeOf(commit) } },
    author: userJson(commit.author, ctx.apiRoot),
    committer: userJson(commit.author, ctx.apiRoot),
    parents: commit.parents.map((sha) => ({ sha })),
  };
}

const getCommit: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const commit = ctx.state.resolveRef(repo, ctx.params.ref) ?? notFound();
  const parent = ctx.state.commits.get(commit.parents[0] ?? '') ?? { ...commit, files: new Map() };
  return ok({
    ...commitJson(ctx, repo, commit),
    files: changedFiles(parent, commit).map((f) => changedFileJson(f, repo.fullName, commit.sha, ctx.apiRoot)),
  });
};

const compare: Route = (ctx) => {
  const repo = repoFrom(ctx);
  // Two templates exist: `{basehead}` (base...head in one parameter) and `{base}...{head}`.
  const [baseRef, headRef] = ctx.params.basehead
    ? ctx.params.basehead.split('...')
    : [ctx.params.base, ctx.params.head];
  const base = ctx.state.resolveRef(repo, baseRef) ?? notFound();
  const head = ctx.state.resolveRef(repo, headRef) ?? notFound();
  const commits = ancestorsUntil(ctx, head, base.sha).map((c) => commitJson(ctx, repo, c));
  return ok({
    status: commits.length ? 'ahead' : 'identical',
    ahead_by: commits.length,
    behind_by: 0,
    total_commits: commits.length,
    base_commit: commitJson(ctx, repo, base),
    merge_base_commit: commitJson(ctx, repo, base),
    commits,
    files: changedFiles(base, head).map((f) => changedFileJson(f, repo.fullName, head.sha, ctx.apiRoot)),
    url: ctx.url.toString(),
    html_url: '',
    permalink_url: '',
    diff_url: '',
    patch_url: '',
  });
};

/** Commits from `head` back to (excluding) `stopSha`, oldest first, following first parents. */
export function ancestorsUntil(ctx: RouteContext, head: SimCommit, stopSha: string): SimCommit[] {
  const chain: SimCommit[] = [];
  for (let at: SimCommit | undefined = head; at && at.sha !== stopSha; at = ctx.state.commits.get(at.parents[0] ?? ''))
    chain.unshift(at);
  return chain;
}

export const contentRoutes: Record<string, Route> = {
  'repos/get-content': getContent,
  'repos/create-or-update-file-contents': putContent,
  'git/get-blob': getBlob,
  'repos/get-commit': getCommit,
  'repos/compare-commits-with-basehead': compare,
  'repos/compare-commits': compare,
};
