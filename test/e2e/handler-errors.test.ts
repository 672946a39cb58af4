// A failing webhook handler answers the sender with a generic error: the internal message (here GitHub's answer
// to the App, which could name repositories, URLs or tokens' scopes) goes to the server log only.
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commentOnPullRequest,
  openPullRequest,
  requestCheckRun,
  sendPullRequest,
  checkRunsOn,
} from '../../tools/simulator/index.js';
import { startE2E, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const DETAIL = 'internal-detail-7f3a: /repos/acme/private-repo token scope';

describe('handler errors', () => {
  it('are not echoed to the webhook sender, and are logged for the operator', async () => {
    const lines: string[] = [];
    env = await startE2E(undefined, {
      log: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }),
    });
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      changes: { 'app.py': 'x = 1\n' },
      author: 'wes',
    });
    await sendPullRequest(env.sim, pull);
    await env.settle();
    // The comment handler and the check-run handler both read the pull request: make that fail with a telling message.
    env.sim.faults.statusFaults.push({ operationId: 'pulls/get', status: 404, remaining: 10, message: DETAIL });
    const { delivery } = await commentOnPullRequest(env.sim, pull, 'wes', '/sentinel rescan');
    const run = checkRunsOn(env.sim, env.sim.state.headSha(pull)).at(-1)!;
    const rerun = await requestCheckRun(env.sim, run, 'wes');
    await env.settle();

    for (const answer of [delivery, rerun]) {
      expect(answer.status).toBe(500);
      expect(answer.responseBody).not.toContain('internal-detail');
      expect(answer.responseBody).not.toContain('private-repo');
      expect(JSON.parse(answer.responseBody)).toEqual({ error: expect.stringMatching(/could not be processed/) });
    }
    expect(lines.join('')).toContain('internal-detail-7f3a');
  });
});
