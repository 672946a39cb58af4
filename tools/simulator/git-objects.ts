// Git-shaped identifiers for the simulator: blob SHAs computed like git, commit SHAs unique per simulator.
import { createHash, randomBytes } from 'node:crypto';

/** The blob SHA git (and GitHub's `sha` fields) would give this content. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The tree SHA of a commit's files. Not git's exact bytes (the simulator keeps no directory objects), but the same
 * property: equal file sets give equal SHAs, so "did this tree change anything" is answered as on GitHub.
 */
export function treeSha(files: ReadonlyMap<string, string>): string {
  const hash = createHash('sha1').update('tree\0');
  for (const path of [...files.keys()].sort()) hash.update(`${path}\0${blobSha(files.get(path)!)}\n`);
  return hash.digest('hex');
}

/** A fresh 40-hex commit SHA. */
export function newCommitSha(): string {
  return randomBytes(20).toString('hex');
}
