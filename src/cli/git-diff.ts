// `--diff BASE`: the lines changed since a git ref, from `git diff` run with an argument array (never a shell).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseUnifiedDiff, type FileDiffLines } from '../analysis/diff-filter.js';
import { UsageError } from './usage-error.js';

const run = promisify(execFile);

/** Ref names git accepts that cannot be read as an option: `main`, `origin/main`, `HEAD~3`, `v1.2^`, a sha. */
const SAFE_REF = /^[A-Za-z0-9_][A-Za-z0-9_./~^@{}-]*$/;

export function validateRef(ref: string): string {
  if (!SAFE_REF.test(ref) || ref.includes('..') || ref.length > 200) {
    throw new UsageError(`--diff: '${ref}' is not a valid git ref`);
  }
  return ref;
}

/**
 * Changed lines by path relative to `cwd` (git's --relative), for files under it. The ref is checked first with
 * `rev-parse --verify`, so a typo is a usage error rather than an empty diff.
 */
export async function changedLines(cwd: string, ref: string): Promise<Map<string, FileDiffLines>> {
  validateRef(ref);
  const options = {
    cwd,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_EXTERNAL_DIFF: '', GIT_PAGER: 'cat' },
  };
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], options);
  } catch {
    throw new UsageError(`--diff: git ref '${ref}' not found in ${cwd} (is it a git repository?)`);
  }
  const { stdout } = await run(
    'git',
    [
      '-c',
      'core.quotePath=false',
      'diff',
      '--unified=0',
      '--no-color',
      '--no-ext-diff',
      '--no-renames',
      '--relative',
      ref,
      '--',
    ],
    options,
  );
  return parseUnifiedDiff(stdout);
}
