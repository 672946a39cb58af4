// Tracked files are never skipped silently (issue 14): a Python file git tracks under the scanned folders that
// the walk left out (a .gitignore rule, a folder holding pyvenv.cfg, node_modules, …) is listed as skipped with
// that reason, so a reader sees it was not reviewed. Files the config's paths.exclude leaves out are a choice of
// the team, not a surprise, and are not listed. `git ls-files -z` keeps paths with newlines intact.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SkippedFile } from '../analysis/scan.js';

const run = promisify(execFile);

/** The reason text; it starts with "ignored by" so the scan is not incomplete (src/analysis/incomplete.ts). */
export const TRACKED_BUT_IGNORED =
  'ignored by .gitignore or a skipped folder (virtualenv, node_modules, …), though git tracks it';

/**
 * Tracked `.py` files under `prefixes` (root-relative folders, '' = the whole root) that `accept` (the config's
 * path filter) takes but `listed` lacks. Outside a git work tree, or when git fails, nothing (the walk stands).
 */
export async function trackedButSkipped(
  root: string,
  prefixes: readonly string[],
  listed: ReadonlySet<string>,
  accept: (path: string) => boolean,
): Promise<SkippedFile[]> {
  let stdout: string;
  try {
    // Paths come relative to `root` (the cwd), unquoted with -z.
    ({ stdout } = await run('git', ['ls-files', '-z', '--', '.'], { cwd: root, maxBuffer: 256 * 1024 * 1024 }));
    return stdout
      .split('\0')
      .filter(Boolean)
      .filter((p) => p.endsWith('.py') && !listed.has(p) && accept(p))
      .filter((p) => prefixes.some((prefix) => prefix === '' || p === prefix || p.startsWith(`${prefix}/`)))
      .sort()
      .map((path) => ({ path, reason: TRACKED_BUT_IGNORED }));
  } catch {
    return [];
  }
}
