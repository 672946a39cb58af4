// Makes sure the base commit of a pull request is in the checkout before `--diff` uses it: actions/checkout
// fetches one commit by default, so the base is fetched (that commit only) when it is missing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Resolves when `sha` is a commit of the repository at `cwd`; throws with what to change otherwise. */
export async function ensureCommit(cwd: string, sha: string, log: (line: string) => void): Promise<void> {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`not a commit sha: ${sha}`);
  const present = () =>
    run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd }).then(
      () => true,
      () => false,
    );
  if (await present()) return;
  log(`Base commit ${sha} is not in the checkout; fetching it.`);
  try {
    await run('git', ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], { cwd });
  } catch (error) {
    const reason = ((error as { stderr?: string }).stderr ?? '').trim().split('\n').pop() ?? '';
    throw new Error(`cannot fetch the base commit ${sha} (${reason}); use actions/checkout with fetch-depth: 0`);
  }
  if (!(await present())) throw new Error(`base commit ${sha} is still missing after fetching it`);
}
