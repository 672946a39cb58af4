// Check runs: one constant name (branch protection requires it by name), a Re-scan button, annotations sent
// 50 per request (a Checks API limit), output fields clamped to GitHub's 65,535 characters.
import type { CheckAnnotation, CheckOutput, CompletedCheck } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';

/** Never rename: a required status check is matched by this name. */
export const CHECK_NAME = 'SentinelPy';
export const RESCAN_ACTION = 'rescan';
export const ANNOTATIONS_PER_REQUEST = 50;
export const MAX_OUTPUT_CHARS = 65_535;

const ACTIONS = [{ label: 'Re-scan', description: 'Run SentinelPy again on this commit', identifier: RESCAN_ACTION }];

export async function startCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  headSha: string,
  pullNumber: number,
): Promise<number> {
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: 'in_progress',
    // check_run.pull_requests is empty for forks: the PR number travels in external_id.
    external_id: String(pullNumber),
    started_at: new Date().toISOString(),
    output: { title: 'Reviewing…', summary: 'SentinelPy is analysing the Python files of this pull request.' },
  });
  return data.id;
}

/** Creates the run `queued` (the web tier, right after answering the webhook); the worker adopts it. */
export async function queueCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  headSha: string,
  pullNumber: number,
): Promise<number> {
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: 'queued',
    external_id: String(pullNumber),
    output: { title: 'Queued', summary: 'SentinelPy will review the Python files of this pull request shortly.' },
  });
  return data.id;
}

/**
 * A SentinelPy run on `sha` that is not completed (one a create that failed to answer may still have made), the
 * App's own when its slug is known.
 */
export async function ownOpenCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  sha: string,
  appSlug?: string,
): Promise<number | undefined> {
  const { data } = await octokit.rest.checks.listForRef({ ...repo, ref: sha, check_name: CHECK_NAME, per_page: 100 });
  return data.check_runs.find((r) => r.status !== 'completed' && (!appSlug || r.app?.slug === appSlug))?.id;
}

/** Marks an existing run (one an interrupted review left behind) in progress again, for the review that resumes it. */
export async function resumeCheck(octokit: GitHubClient, repo: RepoCoords, checkId: number): Promise<void> {
  await octokit.rest.checks.update({
    ...repo,
    check_run_id: checkId,
    status: 'in_progress',
    output: {
      title: 'Reviewing…',
      summary: 'SentinelPy is analysing the Python files of this pull request (resumed).',
    },
  });
}

export async function completeCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  checkId: number,
  result: CompletedCheck,
): Promise<void> {
  const batches = chunk(result.output.annotations ?? [], ANNOTATIONS_PER_REQUEST);
  await octokit.rest.checks.update({
    ...repo,
    check_run_id: checkId,
    status: 'completed',
    conclusion: result.conclusion,
    completed_at: new Date().toISOString(),
    output: clampOutput(result.output, batches[0]),
    actions: ACTIONS,
  });
  for (const batch of batches.slice(1)) await appendAnnotations(octokit, repo, checkId, result.output, batch);
}

export async function createCompletedCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  headSha: string,
  pullNumber: number,
  result: CompletedCheck,
): Promise<number> {
  const batches = chunk(result.output.annotations ?? [], ANNOTATIONS_PER_REQUEST);
  const { data } = await octokit.rest.checks.create({
    ...repo,
    name: CHECK_NAME,
    head_sha: headSha,
    status: 'completed',
    conclusion: result.conclusion,
    external_id: String(pullNumber),
    completed_at: new Date().toISOString(),
    output: clampOutput(result.output, batches[0]),
    actions: ACTIONS,
  });
  for (const batch of batches.slice(1)) await appendAnnotations(octokit, repo, data.id, result.output, batch);
  return data.id;
}

/**
 * The latest completed SentinelPy check on `ref`. With the App's slug known, only the App's own runs count: any
 * app or workflow token can create a check run of the same name.
 */
export async function latestCompletedCheck(
  octokit: GitHubClient,
  repo: RepoCoords,
  ref: string,
  appSlug?: string,
): Promise<CompletedCheck | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    ...repo,
    ref,
    check_name: CHECK_NAME,
    status: 'completed',
    filter: 'latest',
  });
  const run = data.check_runs.find(
    (r) =>
      (r.conclusion === 'success' || r.conclusion === 'failure' || r.conclusion === 'neutral') &&
      (!appSlug || r.app?.slug === appSlug),
  );
  if (!run?.conclusion) return undefined;
  const output = {
    title: run.output.title ?? 'SentinelPy',
    summary: run.output.summary ?? '',
    ...(run.output.text ? { text: run.output.text } : {}),
  };
  return { conclusion: run.conclusion as CompletedCheck['conclusion'], output };
}

/** Further updates append annotations; title and summary must be repeated. */
async function appendAnnotations(
  octokit: GitHubClient,
  repo: RepoCoords,
  checkId: number,
  output: CheckOutput,
  batch: CheckAnnotation[],
): Promise<void> {
  await octokit.rest.checks.update({
    ...repo,
    check_run_id: checkId,
    output: { title: clamp(output.title, 255), summary: clamp(output.summary, MAX_OUTPUT_CHARS), annotations: batch },
  });
}

function clampOutput(output: CheckOutput, annotations: CheckAnnotation[] | undefined) {
  return {
    title: clamp(output.title, 255),
    summary: clamp(output.summary, MAX_OUTPUT_CHARS),
    ...(output.text ? { text: clamp(output.text, MAX_OUTPUT_CHARS) } : {}),
    ...(annotations?.length ? { annotations } : {}),
  };
}

/** Defensive only: src/report/check-output.ts truncates with a note before this ever cuts. */
function clamp(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
