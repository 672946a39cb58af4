// Code scanning upload: the review's SARIF, gzipped and base64-encoded as GitHub requires, for the reviewed
// commit. Needs the App permission `security_events: write` (optional; config `codeScanning: upload`).
import { gzipSync } from 'node:zlib';
import type { GitHubClient, RepoCoords } from './octokit.js';

/** GitHub refuses SARIF uploads above 10 MB once gzipped. */
export const MAX_SARIF_GZIP_BYTES = 10 * 1024 * 1024;

export async function uploadSarif(
  octokit: GitHubClient,
  repo: RepoCoords,
  commitSha: string,
  ref: string,
  sarif: string,
): Promise<string> {
  const gzipped = gzipSync(Buffer.from(sarif, 'utf8'));
  if (gzipped.length > MAX_SARIF_GZIP_BYTES)
    throw new Error(`the SARIF is ${gzipped.length} bytes gzipped, over GitHub's 10 MB limit`);
  const { data } = await octokit.rest.codeScanning.uploadSarif({
    ...repo,
    commit_sha: commitSha,
    ref,
    sarif: gzipped.toString('base64'),
    tool_name: 'SentinelPy',
  });
  return data.id ?? '';
}
