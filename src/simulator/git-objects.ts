// Git-shaped identifiers for the simulator: blob SHAs computed like git, commit SHAs unique per simulator.
import { createHash, randomBytes } from 'node:crypto';

/** The blob SHA git (and GitHub's `sha` fields) would give this content. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A fresh 40-hex commit SHA. */
export function newCommitSha(): string {
  return randomBytes(20).toString('hex');
}
