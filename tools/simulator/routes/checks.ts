// Simulated Checks API: create/update (annotations appended 50 at a time, GitHub's output limits), get, list.
import { notFound, ok, type Route, type RouteContext } from '../route-context.js';
import { checkRunJson } from '../serialize.js';
import type { SimCheckRun } from '../state.js';
import { paginate, repoFrom, unprocessable } from './common.js';

const MAX_ANNOTATIONS_PER_REQUEST = 50;
const MAX_OUTPUT_CHARS = 65_535;

const createRun: Route = (ctx) => {
  const repo = repoFrom(ctx);
  if (!ctx.state.commits.has(ctx.body.head_sha)) unprocessable('No commit found for SHA: ' + ctx.body.head_sha);
  const now = new Date().toISOString();
  const run: SimCheckRun = {
    id: ctx.state.newId(),
    repo: repo.fullName,
    headSha: ctx.body.head_sha,
    name: ctx.body.name,
    status: 'queued',
    conclusion: null,
    externalId: ctx.body.external_id ?? null,
    detailsUrl: ctx.body.details_url ?? null,
    startedAt: ctx.body.started_at ?? now,
    completedAt: null,
    output: { title: null, summary: null, text: null, annotations: [] },
    actions: [],
    appId: ctx.appId,
  };
  applyUpdate(ctx, run);
  ctx.state.checkRuns.push(run);
  return ok(checkRunJson(run, ctx.apiRoot, ctx.bot), 201);
};

const updateRun: Route = (ctx) => {
  const run = runFrom(ctx);
  applyUpdate(ctx, run);
  return ok(checkRunJson(run, ctx.apiRoot, ctx.bot));
};

/** Applies the writable fields of a create/update body; output limits are checked before anything changes. */
function applyUpdate(ctx: RouteContext, run: SimCheckRun): void {
  const body = ctx.body;
  const output = body.output;
  if (output) checkOutputLimits(output);
  if (body.name) run.name = body.name;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.actions) run.actions = body.actions;
  if (body.status) run.status = body.status;
  if (body.conclusion) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed') run.completedAt = body.completed_at ?? run.completedAt ?? new Date().toISOString();
  if (output) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    run.output.text = output.text ?? run.output.text;
    run.output.annotations.push(...(output.annotations ?? []));
  }
}

function checkOutputLimits(output: { summary?: string; text?: string; annotations?: unknown[] }): void {
  if ((output.annotations?.length ?? 0) > MAX_ANNOTATIONS_PER_REQUEST)
    unprocessable('Only 50 annotations are allowed per request');
  for (const field of ['summary', 'text'] as const) {
    if ((output[field]?.length ?? 0) > MAX_OUTPUT_CHARS)
      unprocessable(`output.${field} is too long (maximum is 65535 characters)`);
  }
}

function runFrom(ctx: RouteContext): SimCheckRun {
  const repo = repoFrom(ctx);
  return (
    ctx.state.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id) && r.repo === repo.fullName) ?? notFound()
  );
}

const getRun: Route = (ctx) => ok(checkRunJson(runFrom(ctx), ctx.apiRoot, ctx.bot));

const listAnnotations: Route = (ctx) => paginate(ctx, runFrom(ctx).output.annotations);

const listForRef: Route = (ctx) => {
  const repo = repoFrom(ctx);
  const sha = ctx.state.resolveRef(repo, ctx.params.ref)?.sha ?? notFound();
  const runs = ctx.state.checkRuns
    .filter(
      (r) =>
        r.repo === repo.fullName && r.headSha === sha && (!ctx.query.check_name || r.name === ctx.query.check_name),
    )
    .map((r) => checkRunJson(r, ctx.apiRoot, ctx.bot));
  const page = paginate(ctx, runs);
  return { ...page, body: { total_count: runs.length, check_runs: page.body } };
};

export const checkRoutes: Record<string, Route> = {
  'checks/create': createRun,
  'checks/update': updateRun,
  'checks/get': getRun,
  'checks/list-annotations': listAnnotations,
  'checks/list-for-ref': listForRef,
};
