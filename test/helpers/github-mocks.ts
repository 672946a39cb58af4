// Named nock helpers for the GitHub REST calls the App makes, a test Probot, and payload builders.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { Probot, ProbotOctokit } from 'probot';
import { createSentinelApp, type SentinelApp } from '../../src/index.js';
import { RULES } from '../../rules/index.js';
import type { AppOptions } from '../../src/app/create-deps.js';

export const API = 'https://api.github.com';
export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;
export const APP_ID = 123;
export const INSTALLATION_ID = 1;
export const HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
export const PR_NUMBER = 2;
export const TODAY = new Date('2026-03-04T10:00:00Z');

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
export const PRIVATE_KEY = privateKey;

/**
 * A few rules from the registry, so these tests do not move when other rules land: the shell pattern, the data-flow
 * rule that gives it evidence (request data reaching the shell; without it every shell call is only an audit note),
 * one setting insecure as written (TLS checks off), and `import subprocess`, which is only ever an audit note.
 */
const TEST_RULE_IDS = new Set([
  'subprocess-shell-true',
  'tainted-command',
  'tls-verify-disabled',
  'subprocess-module-import',
]);
export const TEST_RULES = RULES.filter((r) => TEST_RULE_IDS.has(r.meta.id));

export async function createTestApp(options: Partial<AppOptions> = {}): Promise<{ probot: Probot; app: SentinelApp }> {
  const probot = new Probot({
    appId: APP_ID,
    privateKey: PRIVATE_KEY,
    logLevel: (process.env.TEST_LOG_LEVEL as 'fatal') ?? 'fatal',
    logFormat: 'json',
    // A function, not an object: Probot layers its own throttle options over object defaults, which would
    // leave the 1 s write spacing of the throttling plugin on in tests.
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  const app = createSentinelApp({
    appId: APP_ID,
    rules: TEST_RULES,
    now: () => TODAY,
    concurrency: 2,
    retryPolicy: { retries: 2, maxWaitMs: 90_000, sleep: async () => undefined, now: () => Date.now() },
    ...options,
  });
  await probot.load(app.appFn);
  return { probot, app };
}

export function fixture<T = Record<string, any>>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/webhooks/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** A GitHub API scope that must see the installation token request first. */
export function githubScope(): nock.Scope {
  return nock(API)
    .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
    .reply(200, { token: 'ghs_test', expires_at: '2099-01-01T00:00:00Z', permissions: {} });
}

/** A GitHub API scope for later deliveries of the same installation (the token is cached by then). */
export function apiScope(): nock.Scope {
  return nock(API);
}

export function nockConfig(scope: nock.Scope, yaml: string | undefined, branch = 'master'): nock.Scope {
  // The suppression ledger on the default branch, read when a review has new findings: none unless a test says so.
  scope
    .get(`${REPO_PATH}/contents/.github%2Fsentinel-ignore.yml`)
    .query({ ref: branch })
    .optionally()
    .reply(404, { message: 'Not Found' });
  const call = scope.get(`${REPO_PATH}/contents/.github%2Fsentinel.yml`).query({ ref: branch });
  return yaml === undefined
    ? call.reply(404, { message: 'Not Found' })
    : call.reply(200, contentBody('.github/sentinel.yml', yaml));
}

export interface Captured {
  bodies: Record<string, any>[];
}

export function nockCreateCheck(scope: nock.Scope, captured: Captured, id = 77): nock.Scope {
  return scope
    .post(`${REPO_PATH}/check-runs`, (body) => {
      captured.bodies.push(body);
      return true;
    })
    .reply(201, { id });
}

export function nockUpdateCheck(scope: nock.Scope, captured: Captured, id = 77): nock.Scope {
  return scope
    .patch(`${REPO_PATH}/check-runs/${id}`, (body) => {
      captured.bodies.push(body);
      return true;
    })
    .reply(200, { id });
}

export interface PullFile {
  filename: string;
  status?: string;
  patch?: string;
  content?: string;
}

export function nockListFiles(scope: nock.Scope, files: PullFile[], pull = PR_NUMBER): nock.Scope {
  return scope
    .get(`${REPO_PATH}/pulls/${pull}/files`)
    .query({ per_page: 100 })
    .reply(
      200,
      files.map((f, i) => ({
        sha: `blob${i}`,
        filename: f.filename,
        status: f.status ?? 'added',
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: '',
        raw_url: '',
        contents_url: '',
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
      })),
    );
}

export function nockContents(scope: nock.Scope, files: PullFile[], ref = HEAD_SHA): nock.Scope {
  for (const f of files) {
    if (f.content === undefined) continue;
    scope
      .get(`${REPO_PATH}/contents/${encodeURIComponent(f.filename)}`)
      .query({ ref })
      .reply(200, contentBody(f.filename, f.content));
  }
  return scope;
}

export function nockListReviewComments(scope: nock.Scope, bodies: string[], pull = PR_NUMBER): nock.Scope {
  return scope
    .get(`${REPO_PATH}/pulls/${pull}/comments`)
    .query({ per_page: 100 })
    .reply(
      200,
      bodies.map((body, i) => ({
        id: i + 1,
        body,
        path: 'x.py',
        line: 1,
        user: { login: 'sentinelpy[bot]', type: 'Bot' },
      })),
    );
}

export function nockCreateReview(scope: nock.Scope, captured: Captured, status = 200, pull = PR_NUMBER): nock.Scope {
  return scope
    .post(`${REPO_PATH}/pulls/${pull}/reviews`, (body) => {
      captured.bodies.push(body);
      return true;
    })
    .reply(status, status === 200 ? { id: 900 } : { message: 'Unprocessable Entity' });
}

export const REPORT_FILE = 'python_security_review_20260304.md';

export interface ReportCommitMock {
  branch?: string;
  /** The reviewed commit: the report commit's parent (and the ref's current value). */
  parent?: string;
  /** How many files go into the one commit (report, and the SBOM). */
  files?: number;
  /** Status of the ref update: 200, or 422 when the branch moved during the review. */
  refStatus?: 200 | 422;
}

/**
 * The report commit through the Git Data API: the parent's tree, one blob per file, a tree on it, a commit whose
 * parent is the reviewed SHA, then a non-forced ref update. `captured` gets one entry per file:
 * { path, content (base64), branch, message, parents, base_tree, force }.
 */
export function nockReportCommit(
  scope: nock.Scope,
  captured: Captured,
  commitSha = 'c0ffee0000000000000000000000000000000001',
  options: ReportCommitMock = {},
): nock.Scope {
  const { branch = 'changes', parent = HEAD_SHA, files = 1, refStatus = 200 } = options;
  const blobs = new Map<string, string>();
  let tree: { base_tree?: string; tree: { path: string; sha: string }[] } | undefined;
  let commit: { message: string; parents: string[] } | undefined;
  scope
    .get(`${REPO_PATH}/git/commits/${parent}`)
    .reply(200, { sha: parent, tree: { sha: `tree-${parent}` }, parents: [] });
  scope
    .post(`${REPO_PATH}/git/blobs`)
    .times(files)
    .reply(201, (_uri, body) => {
      const sha = `blob-${blobs.size}`;
      blobs.set(sha, (body as { content: string }).content);
      return { sha };
    });
  scope
    .post(`${REPO_PATH}/git/trees`, (body) => {
      tree = body;
      return true;
    })
    .reply(201, { sha: 'tree-new', tree: [] });
  scope
    .post(`${REPO_PATH}/git/commits`, (body) => {
      commit = body;
      return true;
    })
    .reply(201, { sha: commitSha, tree: { sha: 'tree-new' }, parents: [{ sha: parent }] });
  scope
    .patch(`${REPO_PATH}/git/refs/${encodeURIComponent(`heads/${branch}`)}`, (body) => {
      for (const entry of tree?.tree ?? []) {
        captured.bodies.push({
          path: entry.path,
          content: blobs.get(entry.sha),
          branch,
          message: commit?.message,
          parents: commit?.parents,
          base_tree: tree?.base_tree,
          force: body.force,
          sha: body.sha,
        });
      }
      return true;
    })
    .reply(
      refStatus,
      refStatus === 200
        ? { ref: `refs/heads/${branch}`, object: { sha: commitSha, type: 'commit' } }
        : { message: 'Update is not a fast forward' },
    );
  if (refStatus === 422) {
    scope.get(`${REPO_PATH}/git/ref/${encodeURIComponent(`heads/${branch}`)}`).reply(200, {
      ref: `refs/heads/${branch}`,
      object: { sha: 'feedface00000000000000000000000000000000', type: 'commit' },
    });
  }
  return scope;
}

export function contentBody(path: string, text: string): Record<string, unknown> {
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(text).toString('base64'),
    sha: `sha-${path}`,
  };
}

export function captured(): Captured {
  return { bodies: [] };
}

/** A unified-diff patch that adds every line of `content` (a new file). */
export function addedPatch(content: string): string {
  const lines = content.replace(/\n$/, '').split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

export interface PullShape {
  number?: number;
  headSha?: string;
  headRepo?: string;
  draft?: boolean;
}

/** `pulls.get`, as the comment and check-run handlers read it. */
export function nockGetPull(scope: nock.Scope, pull: PullShape = {}): nock.Scope {
  const number = pull.number ?? PR_NUMBER;
  return scope.get(`${REPO_PATH}/pulls/${number}`).reply(200, {
    number,
    draft: pull.draft ?? false,
    head: { sha: pull.headSha ?? HEAD_SHA, ref: 'changes', repo: { full_name: pull.headRepo ?? `${OWNER}/${REPO}` } },
    base: { ref: 'master', repo: { full_name: `${OWNER}/${REPO}`, default_branch: 'master' } },
  });
}

/** The reactions a comment received, in order. */
export function nockReactions(
  scope: nock.Scope,
  commentId: number,
  reactions: string[],
  expected: string[],
): nock.Scope {
  for (const _ of expected) {
    scope
      .post(`${REPO_PATH}/issues/comments/${commentId}/reactions`, (body) => {
        reactions.push(body.content);
        return true;
      })
      .reply(201, { id: 1 });
  }
  return scope;
}

/** Records requests nock could not match (with net connect disabled they fail; this makes them visible). */
export function recordUnmatched(): { requests: string[]; stop(): void } {
  const requests: string[] = [];
  const listener = (req: { method?: string; path?: string; options?: { method?: string; path?: string } }) => {
    requests.push(`${req.method ?? req.options?.method} ${req.path ?? req.options?.path}`);
  };
  nock.emitter.on('no match', listener);
  return { requests, stop: () => nock.emitter.removeListener('no match', listener) };
}

/** A payload of another event moved onto the test repository and installation. */
export function onTestRepo<T extends Record<string, any>>(payload: T): T {
  const repository = fixture('pull_request.opened').repository;
  return { ...payload, repository, installation: { id: INSTALLATION_ID, node_id: 'x' } };
}
