// Shared set-up for the end-to-end suite: the real App on a free port against the simulator, sample sources with
// known findings, and a wait that lasts until every webhook and queued review has finished.
import { expect } from 'vitest';
import {
  startAppWithSimulator,
  type AppAndSimulator,
  type StartOptions,
} from '../../tools/simulator/app-under-test.js';
import { addRepository, type SimPullRequest, type SimRepo } from '../../tools/simulator/index.js';

/**
 * Flask request data reaches a shell on line 5 (subprocess-shell-true) and eval on line 8 (eval-computed-input):
 * two data-flow findings (critical). `import subprocess` on line 2 has no evidence: an audit note, never a comment.
 */
export const VULNERABLE_APP = [
  'import os',
  'import subprocess',
  'from flask import request',
  'def archive():',
  '    subprocess.run("tar czf backup.tgz " + request.args["name"], shell=True)',
  '',
  'def compute():',
  '    return eval(request.args["expression"])',
  '',
  'def home():',
  '    return os.getcwd()',
  '',
].join('\n');

/** One data-flow finding (critical): request data into eval on line 4. */
export const EVAL_APP = [
  'from flask import request',
  '',
  'def compute():',
  '    return eval(request.args["expression"])',
  '',
].join('\n');

export const CLEAN_MODULE = ['import json', '', 'def load(text):', '    return json.loads(text)', ''].join('\n');

export const BASE_FILES = {
  'README.md': '# shop\n',
  'app.py': 'import os\n\ndef home():\n    return os.getcwd()\n',
};

export interface E2E extends AppAndSimulator {
  repo: SimRepo;
  /** Waits until no webhook is in flight and the App's queue is empty (a report commit triggers another round). */
  settle(): Promise<void>;
}

export async function startE2E(files: Record<string, string> = BASE_FILES, start: StartOptions = {}): Promise<E2E> {
  const env = await startAppWithSimulator(start);
  const repo = addRepository(env.sim, {
    owner: 'acme',
    name: 'shop',
    files,
    collaborators: { wes: 'write', rita: 'read' },
  });
  const settle = async () => {
    for (let round = 0; round < 10; round++) {
      const before = env.sim.deliveries.length;
      await env.sim.settled();
      await env.app.idle();
      await env.sim.settled();
      if (env.sim.deliveries.length === before) return;
    }
  };
  return { ...env, repo, settle };
}

/** A risky API with no evidence that untrusted data reaches it: only an audit note under the default profile. */
export const PATTERN_ONLY_MODULE = [
  'import subprocess',
  '',
  '',
  'def run(cmd):',
  '    subprocess.run(cmd, shell=True)',
  '',
].join('\n');

/** The report the App committed on the pull request's head branch (undefined when none was committed). */
export function committedReport(env: E2E, pull: SimPullRequest): string | undefined {
  const head = env.sim.state.commits.get(env.sim.state.headSha(pull))!;
  return [...head.files].find(([path]) => /^python_security_review_\d{8}\.md$/.test(path))?.[1];
}

/** The report's "## Audit Notes" section, up to the next section ('' when there is none). */
export function auditNotesOf(report: string): string {
  const start = report.indexOf('\n## Audit Notes\n');
  if (start < 0) return '';
  const next = report.indexOf('\n## ', start + 1);
  return report.slice(start + 1, next < 0 ? undefined : next);
}

/** Every request the App made must be one GitHub's REST description allows (and one the simulator serves). */
export function expectNoViolations(env: E2E): void {
  expect(env.sim.violations).toEqual([]);
  expect(env.sim.unimplemented).toEqual([]);
}

/** `rule-id path:line` of each review comment, from the hidden and visible parts of its body. */
export function commentKeys(env: E2E): string[] {
  return env.sim.state.reviewComments.map((c) => `${/`([a-z0-9-]+)`/.exec(c.body)?.[1]} ${c.path}:${c.line}`);
}

/** How long the App's /healthz takes to answer, in ms (it must answer 200). */
export async function healthLatency(port: number): Promise<number> {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/healthz`);
  await res.text();
  expect(res.status).toBe(200);
  return performance.now() - started;
}
