// `/sentinel ignore -- reason` (or false-positive, accepted-risk, wont-fix; `--until DATE`) replied to one of the
// App's review comments. A writer's decision is recorded three ways: an entry in `.github/sentinel-ignore.yml`
// committed to the pull request branch (on a fork, which the App cannot push to, the entry is posted for the author
// to apply), a hidden marker in the App's reply (proof, for later reviews, that a writer decided), and the check,
// recomputed at once from the findings of the last review. The thread is then resolved.
import type { Logger } from 'pino';
import type { Finding } from '../analysis/rule.js';
import type { GitHubPort, PullRequestRef, ReviewCommentRef } from '../github/port.js';
import type { LedgerEntry } from '../ledger/ledger-schema.js';
import { LEDGER_PATH } from '../ledger/read-ledger.js';
import { entryYaml, ledgerEntry, withEntry, type Decision } from '../ledger/write-ledger.js';
import { code, fence, inline } from '../report/md-text.js';
import { decisionMarker } from './decision-marker.js';
import { LEDGER_COMMIT_MARKER, type ReportLedgerStore } from './report-ledger.js';
import type { ReviewMemory } from './review-memory.js';

export interface DecisionDeps {
  memory: ReviewMemory;
  ledger: ReportLedgerStore;
  now: () => Date;
  log: Logger;
}

export interface DecisionInput {
  /** `owner/repo#number`: the review memory's key. */
  pullKey: string;
  pull: PullRequestRef;
  /** The App's review comment that starts the thread. */
  root: ReviewCommentRef;
  decision: Omit<Decision, 'by' | 'at'>;
  by: string;
}

export type DecisionOutcome =
  /**
   * Recorded, and the check recomputed from the remembered review. `followUp` posts the reply (with the marker) and
   * resolves the thread: the caller runs it after answering the webhook, since GitHub's spacing of writes would
   * otherwise keep the sender waiting past its 10 s.
   */
  | { status: 'recorded'; followUp(): Promise<void> }
  /** Recorded, but this process has no review to recompute from: the caller reviews `headSha` in full. */
  | { status: 'review'; headSha: string; followUp(): Promise<void> }
  /** Nothing recorded; the reply says why. */
  | { status: 'refused' };

const FINGERPRINT = /<!-- sentinel:fp=([0-9a-f]{8,64}) -->/;

export async function recordDecision(
  github: GitHubPort,
  input: DecisionInput,
  deps: DecisionDeps,
): Promise<DecisionOutcome> {
  const { pull, root, decision } = input;
  const fingerprint = FINGERPRINT.exec(root.body)?.[1];
  if (!fingerprint) return { status: 'refused' };
  const remembered = deps.memory.of(input.pullKey, pull.headSha);
  const finding = remembered?.findings.find((f) => f.fingerprint === fingerprint) ?? fromComment(root, fingerprint);
  const entry = ledgerEntry(finding, { ...decision, by: input.by, at: deps.now() });

  let committed: string | undefined;
  let forkEntry: string | undefined;
  if (pull.isFork) {
    forkEntry = await forkSuggestion(github, pull, entry);
  } else {
    const result = await commitEntry(github, pull, entry, input.by, deps);
    if (result.status === 'refused') {
      await github.replyToReviewComment(pull.number, root.id, result.reply);
      return { status: 'refused' };
    }
    committed = result.sha;
  }

  // The check first: it is what the merge waits for, and GitHub's write spacing makes every later call slower.
  const decisions = [...(remembered?.decisions ?? []), entry];
  const check = remembered?.check(decisions);
  if (remembered && check) {
    remembered.decisions = decisions;
    if (committed && committed !== pull.headSha) {
      await github.createCompletedCheck(committed, pull.number, check);
      remembered.heads.add(committed);
    } else {
      await github.completeCheck(remembered.checkId, check);
    }
  }
  const followUp = async () => {
    await github.replyToReviewComment(
      pull.number,
      root.id,
      replyBody(entry, pull, committed, forkEntry, check?.output.title),
    );
    try {
      if (!(await github.resolveReviewThread(pull.number, root.id)))
        deps.log.warn({ comment: root.id }, 'review thread to resolve not found');
    } catch (error) {
      deps.log.warn({ err: error }, 'could not resolve the review thread');
    }
  };
  deps.log.info({ fingerprint, kind: entry.kind, committed, recomputed: Boolean(check) }, 'finding dismissed by reply');
  return check ? { status: 'recorded', followUp } : { status: 'review', headSha: committed ?? pull.headSha, followUp };
}

/** Without a remembered review: rule and path from the App's own comment (the excerpt hash is then unknown). */
function fromComment(
  root: ReviewCommentRef,
  fingerprint: string,
): Pick<Finding, 'fingerprint' | 'ruleId' | 'path' | 'snippet'> {
  const ruleId = /`([a-z0-9-]{1,100})`/.exec(root.body)?.[1] ?? 'unknown';
  return { fingerprint, ruleId, path: root.path, snippet: '' };
}

type CommitResult = { status: 'committed'; sha: string } | { status: 'refused'; reply: string };

/** The entry added to the ledger at the head, committed on top of it (only if the branch has not moved). */
async function commitEntry(
  github: GitHubPort,
  pull: PullRequestRef,
  entry: LedgerEntry,
  by: string,
  deps: DecisionDeps,
): Promise<CommitResult> {
  const written = withEntry(await github.readRepoFile(LEDGER_PATH, pull.headSha), entry);
  if (!written.ok) {
    return {
      status: 'refused',
      reply: `⚠️ ${code(LEDGER_PATH)} on this branch is invalid (${inline(written.error)}), so SentinelPy did not change it. Fix the file, then reply again.`,
    };
  }
  let result: Awaited<ReturnType<GitHubPort['commitReport']>> | undefined;
  // Its synchronize must not repeat the old check: this commit's check is posted here (or by the review asked for).
  const commit = async (): Promise<string | undefined> => {
    result = await github.commitReport({
      branch: pull.headRef,
      parentSha: pull.headSha,
      files: [{ path: LEDGER_PATH, content: written.text }],
      message: `chore: SentinelPy ledger: ${entry.kind} ${entry.rule} in ${entry.path} (by ${by}) ${LEDGER_COMMIT_MARKER}`,
    });
    if (result.status !== 'committed') return undefined;
    await deps.ledger.record(result.sha, { reviewedSha: pull.headSha, checkPosted: true });
    return result.sha;
  };
  // The in-process ledger lets a synchronize that arrives before the commit is recorded wait for it. The shared
  // (Redis) ledger has no such wait: a synchronize handled first elsewhere gets the guard's carried-over check.
  await (deps.ledger.committing ? deps.ledger.committing(pull.headSha, commit) : commit());
  if (!result) throw new Error('the ledger commit did not run');
  if (result.status === 'head-moved') {
    return {
      status: 'refused',
      reply: `⚠️ ${code(pull.headRef)} moved while SentinelPy was recording this; nothing was changed. Reply again once the new push has been reviewed.`,
    };
  }
  return { status: 'committed', sha: result.status === 'committed' ? result.sha : pull.headSha };
}

/**
 * A fork's author applies the entry: the ledger file as it should be, to commit on the fork. (A ```suggestion block
 * cannot carry it: in this thread it would replace the commented Python line.)
 */
async function forkSuggestion(github: GitHubPort, pull: PullRequestRef, entry: LedgerEntry): Promise<string> {
  const current = await github.readRepoFile(LEDGER_PATH, pull.headSha);
  const written = withEntry(current, entry);
  if (!written.ok)
    return `${code(LEDGER_PATH)} on this branch is invalid (${inline(written.error)}); fix it and add this entry under \`ignore:\`:\n\n${fence(indent(entryYaml(entry)), 'yaml', { verbatim: true })}`;
  return (
    `SentinelPy cannot push to a fork. To keep this decision after the merge, ${current === undefined ? 'create' : 'replace'} ${code(LEDGER_PATH)} with:\n\n` +
    `${fence(written.text, 'yaml', { verbatim: true })}`
  );
}

function indent(yaml: string): string {
  return yaml
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function replyBody(
  entry: LedgerEntry,
  pull: PullRequestRef,
  committed: string | undefined,
  forkEntry: string | undefined,
  title: string | undefined,
): string {
  const until = entry.until ? ` until ${entry.until} (the finding comes back after that day)` : '';
  const lines = [
    `✅ Dismissed as **${entry.kind}** by ${code(entry.by)}${until}: ${inline(entry.reason)}`,
    '',
    committed
      ? `Recorded in ${code(LEDGER_PATH)} on ${code(pull.headRef)} (commit ${code(committed.slice(0, 7))}).`
      : (forkEntry ?? ''),
    '',
    title ? `The **SentinelPy** check was updated: ${inline(title)}.` : 'The **SentinelPy** check is being recomputed.',
    decisionMarker(entry),
  ];
  return lines.join('\n');
}
