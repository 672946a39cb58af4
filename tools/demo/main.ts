// `npm run demo`: the GitHub App reviewing a sample pull request against the local GitHub simulator — no account,
// no network. `--bench [--runs N]` prints the delivery → completed-check timings instead.
import { renderBench, runBench } from './bench.js';
import { renderReview } from './print-review.js';
import { runRound } from './run-once.js';
import { seedSamplePullRequest } from './sample-pr.js';

async function demo(): Promise<number> {
  const queue = process.env.REDIS_URL ? 'fleet mode: BullMQ on REDIS_URL' : 'embedded in-process queue';
  console.log(`Starting the GitHub simulator and SentinelPy (fresh App key, 127.0.0.1 only; ${queue})…`);
  const round = await runRound(seedSamplePullRequest, process.env.LOG_LEVEL ?? 'warn');
  try {
    const { sim } = round.env;
    console.log(
      `Delivered pull_request.opened for ${round.pull.baseRepo}#${round.pull.number} → HTTP ${round.deliveryStatus}`,
    );
    console.log(
      `Check run completed ${round.checkMs.toFixed(0)} ms after delivery; all follow-ups settled after ${round.settledMs.toFixed(0)} ms.\n`,
    );
    console.log(renderReview(sim, round.pull, round.reviewedSha));
    if (sim.violations.length > 0) {
      console.error(
        `\n${sim.violations.length} request(s) outside GitHub's REST description:`,
        JSON.stringify(sim.violations, null, 2),
      );
      return 1;
    }
    if (sim.unimplemented.length > 0)
      console.warn(`\nOperations the simulator does not serve (answered 404): ${sim.unimplemented.join(', ')}`);
    console.log(`\n${sim.requests.length} REST requests, all valid against @octokit/openapi.`);
    return 0;
  } finally {
    await round.env.close();
  }
}

async function bench(runs: number): Promise<number> {
  console.log(`Timing ${runs} fresh runs per pull request…`);
  console.log(renderBench(await runBench(runs)));
  return 0;
}

function parseRuns(args: string[]): number {
  const at = args.indexOf('--runs');
  const value = at >= 0 ? Number(args[at + 1]) : 5;
  if (!Number.isInteger(value) || value < 1 || value > 50) throw new Error('--runs must be an integer from 1 to 50');
  return value;
}

async function main(args: string[]): Promise<void> {
  try {
    process.exitCode = args.includes('--bench') ? await bench(parseRuns(args)) : await demo();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

// In fleet mode Probot's throttling holds a Redis connection it never closes: end the demo once it is done.
void main(process.argv.slice(2)).then(() => {
  if (process.env.REDIS_URL) process.exit();
});
