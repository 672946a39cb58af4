// Config `codeScanning: upload`: the review's SARIF goes to code scanning for the reviewed commit, so findings also
// appear in the Security tab. Optional and best effort: a refused upload (most often the App lacks the extra
// permission `security_events: write`) is a note in the check summary, never a failed review.
import type { Logger } from 'pino';
import type { GitHubPort } from '../github/port.js';
import { statusOf } from '../github/octokit.js';
import type { ReviewRequest } from './review-request.js';

export async function uploadCodeScanning(
  github: GitHubPort,
  request: ReviewRequest,
  sarif: string,
  log: Logger,
): Promise<string[]> {
  const { pull, mergeGroup } = request;
  // Code scanning files pull request results under the PR's merge ref, merge groups under the group's branch.
  const ref = mergeGroup ? mergeGroup.headRef : `refs/pull/${pull.number}/head`;
  try {
    const id = await github.uploadSarif(pull.headSha, ref, sarif);
    log.info({ id, ref }, 'SARIF uploaded to code scanning');
    return ['The findings were uploaded to code scanning (Security tab).'];
  } catch (error) {
    const status = statusOf(error);
    log.warn({ err: error, status }, 'code scanning upload failed');
    const why =
      status === 403 || status === 404
        ? 'GitHub refused it: the App needs the extra permission `security_events: write`, and code scanning must be available for the repository'
        : 'GitHub did not accept it';
    return [`⚠️ The code scanning upload (config \`codeScanning: upload\`) failed: ${why}.`];
  }
}
