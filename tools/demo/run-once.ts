// One demo round: the App and the simulator started fresh, a pull request seeded and delivered, timed until its
// check run completes and until everything (report commit, loop-guard check) has settled.
import { startAppWithSimulator, type AppAndSimulator } from '../simulator/app-under-test.js';
import { sendPullRequest, type GitHubSimulator, type SimPullRequest } from '../simulator/index.js';

export interface RoundResult {
  env: AppAndSimulator;
  pull: SimPullRequest;
  reviewedSha: string;
  deliveryStatus: number;
  /** Delivery sent → check run on the reviewed head completed. */
  checkMs: number;
  /** Delivery sent → every follow-up (report commit, synchronize, carried-over check) done. */
  settledMs: number;
  /** Delivery sent → the last read before the review is posted: fetching and analysing, before throttled writes. */
  readAndAnalyseMs: number;
}

export async function runRound(
  seed: (sim: GitHubSimulator) => SimPullRequest,
  logLevel = 'warn',
  throttle = true,
): Promise<RoundResult> {
  // REDIS_URL set: the same demo through the fleet path (BullMQ queue, shared state in Redis, role all).
  const redisUrl = process.env.REDIS_URL;
  const env = await startAppWithSimulator({
    logLevel,
    throttle,
    ...(redisUrl ? { env: { REDIS_URL: redisUrl } } : {}),
  });
  try {
    const pull = seed(env.sim);
    const reviewedSha = env.sim.state.headSha(pull);
    const started = performance.now();
    const startedAt = Date.now();
    const delivery = await sendPullRequest(env.sim, pull);
    await env.sim.waitFor(
      () => env.sim.state.checkRuns.some((r) => r.headSha === reviewedSha && r.status === 'completed'),
      120_000,
      'the check run',
    );
    const checkMs = performance.now() - started;
    await settle(env);
    // The last read before the review is posted marks the end of fetching and analysing (writes are throttled after).
    const reviewAt = env.sim.requests.findIndex((r) => r.operationId === 'pulls/create-review');
    const lastRead = env.sim.requests
      .slice(0, Math.max(reviewAt, 0))
      .filter((r) => r.method === 'GET')
      .at(-1);
    const readAndAnalyseMs = lastRead ? lastRead.at - startedAt : Number.NaN;
    return {
      env,
      pull,
      reviewedSha,
      deliveryStatus: delivery.status,
      checkMs,
      settledMs: performance.now() - started,
      readAndAnalyseMs,
    };
  } catch (error) {
    await env.close();
    throw error;
  }
}

async function settle(env: AppAndSimulator): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const before = env.sim.deliveries.length;
    await env.sim.settled();
    await env.app.idle();
    await env.sim.settled();
    if (env.sim.deliveries.length === before) return;
  }
}
