// A pull request whose code, file names and strings are hostile Markdown: nothing the App posts or commits (review
// comments, the check run's summary and text, the committed report) carries live HTML, a comment, a mention or an
// issue reference from it. Skipped files' paths in the check summary included (an oversized file named like a tag).
import { afterEach, describe, expect, it } from 'vitest';
import { checkRunsOn, openPullRequest, sendPullRequest } from '../../tools/simulator/index.js';
import { unsafeConstructs } from '../helpers/markdown-safety.js';
import { startE2E, type E2E } from './support.js';

let env: E2E | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

// Request data reaches every sink, so each line is an evidence-backed finding that takes a comment.
const HOSTILE_CODE = [
  'import subprocess',
  'from flask import request',
  '',
  'def run():',
  '    name = request.args["name"]',
  '    subprocess.run("``<img src=x onerror=alert(1)>`" + name, shell=True)  # @octocat fixes #1 <!--',
  '    subprocess.run(f"`<details open>`` {name} -->", shell=True)  # cc @acme/security GH-2 owner/repo#3',
  '    eval(name + "<a href=javascript:alert(1)>x</a>")',
  '',
].join('\n');
const SKIPPED = 'lib/`@octocat <img src=x onerror=1>` #1.py';

describe('hostile repository text through the App', () => {
  it('posts and commits Markdown with no live HTML, comment, mention or reference from the pull request', async () => {
    env = await startE2E({ 'README.md': '# shop\n', '.github/sentinel.yml': 'limits:\n  maxFileBytes: 2000\n' });
    const pull = openPullRequest(env.sim, {
      repo: env.repo,
      branch: 'feature',
      author: 'wes',
      changes: { 'app/`run`@octocat.py': HOSTILE_CODE, [SKIPPED]: `x = 1\n${'#'.repeat(3000)}\n` },
    });
    const sha = env.sim.state.headSha(pull);
    await sendPullRequest(env.sim, pull);
    await env.settle();

    const [run] = checkRunsOn(env.sim, sha);
    expect(run?.conclusion).toBe('failure');
    expect(run!.output.summary).toContain('not fully analysed'); // the skipped file is listed...
    expect(run!.output.summary).toContain('``lib/`@octocat <img src=x onerror=1>` #1.py``'); // ...in a code span it cannot close
    const comments = env.sim.state.reviewComments.map((c) => c.body);
    expect(comments.length).toBeGreaterThanOrEqual(3);
    const head = env.sim.state.commits.get(env.sim.state.headSha(pull))!;
    const report = [...head.files].find(([path]) => /^python_security_review_\d{8}\.md$/.test(path))?.[1] ?? '';
    expect(report).toContain('subprocess-shell-true');
    const outputs = {
      summary: run!.output.summary,
      text: run!.output.text ?? '',
      report,
      ...Object.fromEntries(comments.map((c, i) => [`comment ${i}`, c])),
    };
    const problems = Object.fromEntries(Object.entries(outputs).map(([where, md]) => [where, unsafeConstructs(md)]));
    expect(problems).toEqual(Object.fromEntries(Object.keys(outputs).map((where) => [where, []])));
  });
});
