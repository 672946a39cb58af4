// The fleet against the simulator and a real Redis: web replicas that share a delivery, GitHub failing or hanging
// on the check run calls, and Redis restarted with work queued — no lost, no duplicate, no hanging check.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, userFor, type SimPullRequest } from '../../tools/simulator/index.js';
import { pullRequestPayload } from '../../tools/simulator/webhook-payloads.js';
import { eventually, startFleet, type Fleet } from './fleet-env.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { REDIS_AVAILABLE } from './skip-without-redis.js';

const RISKY =
  'import subprocess\nfrom flask import request\n\ndef run():\n    subprocess.run("ls " + request.args["d"], shell=True)\n';

let redis: RedisHandle;
let fleet: Fleet | undefined;

beforeAll(async () => {
  if (REDIS_AVAILABLE) redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  await fleet?.close();
  fleet = undefined;
});

function opened(f: Fleet, pull: SimPullRequest) {
  return pullRequestPayload(f.sim.payloadContext, pull, 'opened', userFor('wes'));
}

function completedOnHead(f: Fleet, pull: SimPullRequest) {
  return checkRunsOn(f.sim, f.sim.state.headSha(pull)).find((r) => r.status === 'completed');
}

describe.skipIf(!REDIS_AVAILABLE)('a fleet on one Redis', () => {
  it('two web replicas given the same delivery review once: one check, one review', async () => {
    fleet = await startFleet(redis.url);
    const [web1, web2] = [await fleet.start('web'), await fleet.start('web')];
    const worker = await fleet.start('worker');
    const pull = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'twice',
      changes: { 'app.py': RISKY },
      author: 'wes',
    });
    const payload = opened(fleet, pull);
    const answers = await Promise.all([
      fleet.deliverTo(web1!, 'pull_request', payload, 'same-id'),
      fleet.deliverTo(web2!, 'pull_request', payload, 'same-id'),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    const check = await eventually(
      () => completedOnHead(fleet!, pull) ?? checkRunsOn(fleet!.sim, fleet!.sim.state.headSha(pull)).length > 1,
      20_000,
      'the check',
    );
    await fleet.instances[0]!.handle.idle();
    expect(checkRunsOn(fleet.sim, check === true ? '' : check.headSha)).toHaveLength(1);
    expect(fleet.sim.state.reviews.filter((r) => r.prNumber === pull.number)).toHaveLength(1);
    // What an autoscaler and on-call read.
    const metrics = await (await fetch(`${worker.url}/metrics`)).text();
    expect(metrics).toMatch(/^sentinel_queue_depth \d+$/m);
    expect(metrics).toMatch(/^sentinel_review_jobs_total\{outcome="completed"\} [1-9]/m);
    expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
  });

  it('SIGTERM on a worker mid-review hands the job back: another worker resumes the same check run', async () => {
    fleet = await startFleet(redis.url);
    const web = await fleet.start('web');
    const leaving = await fleet.start('worker', { fleet: { lockMs: 3000 }, env: { SHUTDOWN_DEADLINE_MS: '100' } });
    let release: () => void = () => undefined;
    let reached = false;
    fleet.sim.faults.beforeNext(
      'pulls/list-files',
      () =>
        new Promise<void>((resolve) => {
          reached = true;
          release = resolve;
        }),
    );
    const pull = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'deploy',
      changes: { 'app.py': RISKY },
      author: 'wes',
    });
    const reviewed = fleet.sim.state.headSha(pull);
    await fleet.deliverTo(web, 'pull_request', opened(fleet, pull));
    await eventually(() => reached, 20_000, 'the review to start');
    const closing = leaving.handle.close(); // SHUTDOWN_DEADLINE_MS elapses while the review waits on GitHub
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await closing;
    await fleet.start('worker', { fleet: { lockMs: 3000 } });
    const check = await eventually(
      () => checkRunsOn(fleet!.sim, reviewed).find((r) => r.status === 'completed'),
      30_000,
      'the resumed check',
    );
    expect(check.conclusion).toBe('failure');
    expect(checkRunsOn(fleet.sim, reviewed)).toHaveLength(1);
    // The first worker adopted the run the web tier created queued, the second resumed it (both: back to in_progress).
    const resumed = fleet.sim.requests.filter(
      (r) => r.operationId === 'checks/update' && (r.body as { status?: string }).status === 'in_progress',
    );
    expect(resumed).toHaveLength(2);
    expect(fleet.sim.state.reviews.filter((r) => r.prNumber === pull.number)).toHaveLength(1);
  }, 45_000);

  it('checks.create and checks.update answering 500 for a while, or hanging: the check still ends completed', async () => {
    fleet = await startFleet(redis.url);
    await fleet.start('all', { env: { GITHUB_REQUEST_TIMEOUT_MS: '1500' } });
    fleet.sim.faults.failNext('checks/create', 500, 3).failNext('checks/update', 500, 4);
    const failing = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'flaky',
      changes: { 'app.py': RISKY },
      author: 'wes',
    });
    expect((await fleet.deliverTo(fleet.instances[0]!, 'pull_request', opened(fleet, failing))).status).toBe(200);
    const first = await eventually(() => completedOnHead(fleet!, failing), 45_000, 'the check despite 500s');
    expect(first.conclusion).toBe('failure'); // the real result (the injection), not an error check
    expect(first.output.title).not.toMatch(/could not complete/);

    // A call that never answers: each request has a deadline, and the completion is retried.
    let held = 0;
    fleet.sim.faults.beforeNext('checks/update', async () => {
      held++;
      await new Promise((resolve) => setTimeout(resolve, 60_000));
    });
    const hanging = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'hang',
      changes: { 'ok.py': 'print(1)\n' },
      author: 'wes',
    });
    await fleet.deliverTo(fleet.instances[0]!, 'pull_request', opened(fleet, hanging));
    const second = await eventually(
      () => completedOnHead(fleet!, hanging),
      30_000,
      'the check despite a hanging update',
    );
    expect(held).toBe(1);
    expect(second.conclusion).toBe('success');
    for (const pull of [failing, hanging])
      expect(checkRunsOn(fleet.sim, fleet.sim.state.headSha(pull))).toHaveLength(1);
  }, 90_000);

  it('Redis restarted with work queued: the web tier answers 503 while it is down, and no pull request is lost once it is back', async () => {
    fleet = await startFleet(redis.url);
    const web = await fleet.start('web');
    // Queued (no worker yet), then lost with Redis: the sweep of the worker that starts later finds it again.
    const queued = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'queued',
      changes: { 'app.py': RISKY },
      author: 'wes',
    });
    expect((await fleet.deliverTo(web, 'pull_request', opened(fleet, queued))).status).toBe(200);
    await redis.stop();
    const refused = openPullRequest(fleet.sim, {
      repo: fleet.repo,
      branch: 'refused',
      changes: { 'ok.py': 'print(2)\n' },
      author: 'wes',
    });
    const whileDown = await fleet.deliverTo(web, 'pull_request', opened(fleet, refused), 'redeliver-me');
    expect(whileDown.status).toBe(503);
    expect((await fetch(`${web.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${web.url}/healthz`)).status).toBe(200);

    redis = await startRedis(redis.port);
    const deadline = Date.now() + 15_000;
    while ((await fetch(`${web.url}/readyz`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the web tier did not become ready again');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // GitHub's redelivery of the refused one (same id) is accepted now.
    expect((await fleet.deliverTo(web, 'pull_request', opened(fleet, refused), 'redeliver-me')).status).toBe(200);
    await fleet.start('worker', { fleet: { sweep: { intervalMs: 500, graceMs: 1500, firstDelayMs: 100 } } });
    for (const pull of [queued, refused])
      await eventually(() => completedOnHead(fleet!, pull), 30_000, `PR #${pull.number}`);
    for (const pull of [queued, refused]) expect(checkRunsOn(fleet.sim, fleet.sim.state.headSha(pull))).toHaveLength(1);
  }, 60_000);
});
