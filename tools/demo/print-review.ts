// Renders what the demo's pull request received on "GitHub": review comments, the check run, the committed report.
import type { GitHubSimulator, SimPullRequest } from '../simulator/index.js';

const RULE = '─'.repeat(78);

/** Strips the hidden fingerprint marker and indents a comment body for the terminal. */
function indent(text: string, prefix = '    '): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim()
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

export function renderReview(sim: GitHubSimulator, pull: SimPullRequest, reviewedSha: string): string {
  const out: string[] = [];
  const comments = sim.state.reviewComments.filter((c) => c.prNumber === pull.number && c.repo === pull.baseRepo);
  out.push(RULE, `Review comments on ${pull.baseRepo}#${pull.number} (${comments.length})`, RULE);
  for (const c of comments) out.push(`● ${c.path}:${c.line}`, indent(c.body), '');

  const run = sim.state.checkRuns.find((r) => r.headSha === reviewedSha && r.status === 'completed');
  out.push(RULE, 'Check run', RULE);
  if (run) {
    out.push(
      `name:        ${run.name}`,
      `conclusion:  ${run.conclusion}`,
      `title:       ${run.output.title}`,
      `annotations: ${run.output.annotations.length}`,
      'summary:',
      indent(run.output.summary ?? ''),
      '',
    );
  } else out.push('(no completed check run)', '');

  const head = sim.state.commits.get(sim.state.headSha(pull));
  const report = head && [...head.files].find(([path]) => /python_security_review_\d{8}\.md$/.test(path));
  const carried =
    head &&
    head.sha !== reviewedSha &&
    sim.state.checkRuns.find((r) => r.headSha === head.sha && r.status === 'completed');
  if (carried)
    out.push(
      `After the report commit, head ${head.sha.slice(0, 7)} got check "${carried.name}": ${carried.conclusion} (loop guard: not analysed again).`,
      '',
    );
  out.push(
    RULE,
    report
      ? `Report committed to ${pull.headRef}: ${report[0]} (commit ${head!.sha.slice(0, 7)} by ${head!.author.login})`
      : 'Report: not committed',
    RULE,
  );
  if (report) out.push(report[1]);
  return out.join('\n');
}
