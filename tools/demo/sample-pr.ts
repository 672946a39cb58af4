// The demo's sample pull request: the repository's default branch from fixtures/base, the PR's files from
// fixtures/pr (Flask views whose request data reaches dangerous sinks, a few pattern-only helpers, clean Python),
// seeded into the simulator.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addRepository, openPullRequest, type GitHubSimulator, type SimPullRequest } from '../simulator/index.js';

/** fixtures/ next to this file when run from source, or back in tools/ when run from the tools build (dist-tools/). */
function fixturesDir(): string {
  const candidates = ['./fixtures', '../../../tools/demo/fixtures'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  const found = candidates.find((dir) => existsSync(join(dir, 'pr')));
  if (!found) throw new Error(`demo fixtures not found (looked in ${candidates.join(', ')})`);
  return found;
}

function readTree(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

export function seedSamplePullRequest(sim: GitHubSimulator): SimPullRequest {
  const dir = fixturesDir();
  const repo = addRepository(sim, {
    owner: 'demo-org',
    name: 'shop',
    files: readTree(join(dir, 'base')),
    collaborators: { dana: 'write' },
  });
  return openPullRequest(sim, {
    repo,
    branch: 'feature/admin-tools',
    changes: readTree(join(dir, 'pr')),
    author: 'dana',
    title: 'Add admin tools and cart totals',
  });
}

/** A synthetic pull request of `count` Python files (one in five with findings) for timing. */
export function seedLargePullRequest(sim: GitHubSimulator, count: number): SimPullRequest {
  const repo = addRepository(sim, { owner: 'bench-org', name: `big-${count}`, files: { 'README.md': '# bench\n' } });
  const changes: Record<string, string> = {};
  for (let i = 0; i < count; i++) changes[`pkg/module_${String(i).padStart(3, '0')}.py`] = benchModule(i);
  return openPullRequest(sim, {
    repo,
    branch: 'feature/many-files',
    changes,
    author: 'bench-user',
    title: `${count} files`,
  });
}

function benchModule(i: number): string {
  const helpers = Array.from(
    { length: 12 },
    (_, k) => `\n\ndef helper_${k}(value):\n    return [value] * ${k + 1}\n`,
  ).join('');
  // Request data reaches the shell and eval, so these are findings (and comments), not audit notes.
  const risky =
    i % 5 === 0
      ? `\n\ndef run_${i}():\n    name = request.args["name"]\n    subprocess.run("echo " + name, shell=True)\n    return eval(name)\n`
      : '';
  return `"""Module ${i}."""\nimport json\nimport subprocess\n\nfrom flask import request\n\nSETTINGS = json.loads("{}")\n${helpers}${risky}`;
}
