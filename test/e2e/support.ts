// Shared set-up for the end-to-end suite: the real App on a free port against the simulator, sample sources with
// known findings, and a wait that lasts until every webhook and queued review has finished.
import { expect } from 'vitest';
import { startAppWithSimulator, type AppAndSimulator, type StartOptions } from '../../src/simulator/app-under-test.js';
import { addRepository, type SimRepo } from '../../src/simulator/index.js';

/** Findings on lines 5 (subprocess-shell-true) and 8 (eval of a computed value), plus a low one on line 2. */
export const VULNERABLE_APP = [
  'import os',
  'import subprocess',
  '',
  'def archive(name):',
  '    subprocess.run("tar czf backup.tgz " + name, shell=True)',
  '',
  'def compute(expression):',
  '    return eval(expression)',
  '',
  'def home():',
  '    return os.getcwd()',
  '',
].join('\n');

export const CLEAN_MODULE = [
  'import json',
  '',
  'def load(text):',
  '    return json.loads(text)',
  '',
].join('\n');

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
  const repo = addRepository(env.sim, { owner: 'acme', name: 'shop', files, collaborators: { wes: 'write', rita: 'read' } });
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

/** Every request the App made must be one GitHub's REST description allows (and one the simulator serves). */
export function expectNoViolations(env: E2E): void {
  expect(env.sim.violations).toEqual([]);
  expect(env.sim.unimplemented).toEqual([]);
}

/** `rule-id path:line` of each review comment, from the hidden and visible parts of its body. */
export function commentKeys(env: E2E): string[] {
  return env.sim.state.reviewComments.map((c) => `${/`([a-z0-9-]+)`/.exec(c.body)?.[1]} ${c.path}:${c.line}`);
}
