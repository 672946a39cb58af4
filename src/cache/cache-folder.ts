// Whether a cache folder may be trusted. A scanned repository is untrusted input: a pull request could commit a
// `.sentinelpy-cache/` of forged entries (keys are computable) that hide its own findings, or a symlink that sends
// the cache's writes elsewhere. So a folder git tracks anything in, or a symlink, is never used.
import { execFile } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CACHE_LAYOUT } from './cache-keys.js';

const run = promisify(execFile);

/** Why `dir` must not be used as a result cache, or undefined when it may. */
export async function untrustedCacheFolder(dir: string): Promise<string | undefined> {
  for (const path of [dir, join(dir, `v${CACHE_LAYOUT}`)]) {
    try {
      if (lstatSync(path).isSymbolicLink()) return `${path} is a symbolic link`;
    } catch {
      // missing: created on the first write
    }
  }
  try {
    // `git -C <parent> ls-files -- <dir>` lists what git tracks in it; outside a work tree git fails: nothing tracked.
    const { stdout } = await run('git', ['ls-files', '-z', '--', dir], { cwd: dirname(dir), maxBuffer: 1024 * 1024 });
    if (stdout.length) return `git tracks files in ${dir}`;
  } catch {
    // not a git work tree
  }
  return undefined;
}
