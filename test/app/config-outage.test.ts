// A GitHub outage while reading .github/sentinel.yml must still leave a completed check on the head SHA.
import nock from 'nock';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { captured, createTestApp, fixture, githubScope, HEAD_SHA, REPO_PATH } from '../helpers/github-mocks.js';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

it('completes a failure check when the config cannot be read (never an "Expected" required check)', async () => {
  const { probot, app } = await createTestApp();
  const checks = captured();
  const scope = githubScope();
  scope.get(`${REPO_PATH}/contents/.github%2Fsentinel.yml`).query(true).reply(500, { message: 'Server Error' });
  scope
    .post(`${REPO_PATH}/check-runs`, (body) => {
      checks.bodies.push(body);
      return true;
    })
    .reply(201, { id: 91 });

  await probot.receive({ id: 'outage-1', name: 'pull_request', payload: fixture('pull_request.opened') as never });
  await app.idle();

  expect(scope.isDone()).toBe(true);
  expect(checks.bodies).toHaveLength(1);
  expect(checks.bodies[0]).toMatchObject({ head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
  expect(checks.bodies[0]!.output.title).toBe('SentinelPy could not complete the review');
});
