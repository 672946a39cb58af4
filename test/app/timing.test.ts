// Delivery → completed check, measured against nock: a small PR and a 50-file PR (median of several deliveries).
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addedPatch,
  apiScope,
  captured,
  createTestApp,
  fixture,
  githubScope,
  nockConfig,
  nockContents,
  nockCreateCheck,
  nockCreateReview,
  nockListFiles,
  nockListReviewComments,
  nockUpdateCheck,
  type PullFile,
} from '../helpers/github-mocks.js';

const RUNS = 5;

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function pullFiles(count: number): PullFile[] {
  return Array.from({ length: count }, (_, i) => {
    const content = `import subprocess\nfrom flask import request\n\n\ndef job${i}():\n    return subprocess.run(request.args["cmd"], shell=True)\n${'x = 1\n'.repeat(40)}`;
    return { filename: `pkg/mod_${i}.py`, patch: addedPatch(content), content };
  });
}

async function medianDeliveryMs(files: PullFile[]): Promise<number> {
  const { probot, app } = await createTestApp();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const scope = run === 0 ? githubScope() : apiScope();
    const checks = captured();
    nockConfig(scope, 'report:\n  commit: false\n');
    nockCreateCheck(scope, checks);
    nockListFiles(scope, files);
    nockContents(scope, files);
    nockListReviewComments(scope, []);
    nockCreateReview(scope, captured());
    nockUpdateCheck(scope, checks);
    const started = performance.now();
    await probot.receive({
      id: `t-${files.length}-${run}`,
      name: 'pull_request',
      payload: fixture('pull_request.opened') as never,
    });
    await app.idle();
    times.push(performance.now() - started);
    expect(scope.isDone()).toBe(true);
    expect(checks.bodies[1]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

describe('delivery → completed check (nock, throttling off)', () => {
  it.each([1, 50])('%i-file pull request', async (count) => {
    const median = await medianDeliveryMs(pullFiles(count));
    console.info(`delivery → completed check, ${count} file(s): median ${median.toFixed(0)} ms of ${RUNS}`);
    expect(median).toBeLessThan(10_000);
  });
});
