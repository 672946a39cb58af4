// The review pipeline: config → check run in_progress → files → analyse → diff filter → review → report commit →
// check completed. Whatever fails after the check run exists, the run still ends completed. The report is
// committed before the check completes so the summary can say whether it was: it is not when the branch moved
// during the review (the report commit would sit on an unreviewed push).
import { posix } from 'node:path';
import type { Logger } from 'pino';
import type { Rule } from '../analysis/rule.js';
import { loadConfig } from '../config/load-config.js';
import type { SentinelConfig } from '../config/schema.js';
import type { CompletedCheck, GitHubPort, ReportCommitResult } from '../github/port.js';
import type { OsvOptions } from '../deps/osv.js';
import { buildCheckOutput, CHECK_TEXT_LIMIT } from '../report/check-output.js';
import { suppressionNotes } from '../report/suppression-notes.js';
import { OSV_SKIPPED } from '../report/dependency-inventory.js';
import { withSbomSection } from '../report/sbom-text.js';
import { renderMarkdown, reportFileName } from '../report/markdown.js';
import { redactSecrets, redactStrings } from '../report/redact-secrets.js';
import { code, inline } from '../report/md-text.js';
import { analyzeChange } from './analyze-change.js';
import { fetchContextModules } from './context-modules.js';
import { collectSources } from './collect-sources.js';
import { reviewChangedManifests, type ManifestReview } from './dependency-change.js';
import { guardReportCommit } from './loop-guard.js';
import { postComments } from './post-comments.js';
import { countingUnreviewed, ownSuppressions } from './pr-suppressions.js';
import { REPORT_COMMIT_MARKER, type ReportLedgerStore } from './report-ledger.js';
import { pullKey, type ReviewRequest } from './review-request.js';
import type { Finding } from '../analysis/rule.js';
import type { LedgerEntry } from '../ledger/ledger-schema.js';
import { renderSarif } from '../report/sarif.js';
import { applyTriage } from './apply-triage.js';
import { loadTriage, NO_TRIAGE } from './load-triage.js';
import { LEDGER_PATH } from '../ledger/read-ledger.js';
import { nothingToReview, nothingToReviewCheck } from './nothing-to-review.js';
import type { ReviewMemory } from './review-memory.js';
import { uploadCodeScanning } from './upload-code-scanning.js';
import { abortablePort } from './abortable-port.js';
import { completeWithRetry } from './complete-with-retry.js';
import { HandedBack, isTransient, Superseded } from './job-signals.js';
import { withTimeout } from './with-timeout.js';
import type { FileAnalyzer } from '../scan/file-analyzer.js';

export interface ReviewDeps {
  rules: readonly Rule[];
  /** Analyses the files off the event loop (worker pool, per-file budget); shared by every review. */
  files: FileAnalyzer;
  ledger: ReportLedgerStore;
  /** The last review of each pull request, for `/sentinel ignore` to recompute the check from. */
  memory: ReviewMemory;
  now: () => Date;
  timeoutMs: number;
  log: Logger;
  /** OSV client settings (OSV_API_URL); whether OSV is asked at all is the repository config's `dependencies.osv`. */
  osv?: OsvOptions;
}

interface ReviewOutput {
  /**
   * The completed check, given the summary lines about the report commit (known only once it was tried) and any
   * decisions made by reply after the review.
   */
  check(commitNotes: readonly string[], decisions?: readonly LedgerEntry[]): CompletedCheck;
  /** The new findings a reply can dismiss (before the ledger and baseline); none for a merge group. */
  findings: readonly Finding[];
  /** The redacted SARIF for code scanning (config `codeScanning: upload`). */
  sarif?: string;
  report?: { path: string; markdown: string };
  /** The CycloneDX SBOM committed next to the report (`dependencies.sbom: commit`). */
  sbom?: { path: string; json: string };
  counts: Record<string, number>;
}

/** What the queue tells one attempt of a review (all optional: a direct call reviews once, with a new check run). */
export interface ReviewRun {
  /** The check run an earlier attempt started: resumed, never a second run on the same commit. */
  checkId?: number;
  /** Aborted with Superseded (newer head) or HandedBack (shutdown): the review stops at its next GitHub call. */
  signal?: AbortSignal;
  /** Called as soon as the check run exists, so a retry or a recovered job reuses it. */
  onCheckStarted?(checkId: number): Promise<void>;
  /** false when the queue will retry a transient failure: the check then stays in progress for the retry. */
  final?: boolean;
}

export async function reviewPullRequest(
  github: GitHubPort,
  request: ReviewRequest,
  deps: ReviewDeps,
  run: ReviewRun = {},
): Promise<void> {
  const { pull } = request;
  const log = deps.log.child({
    delivery: request.deliveryId,
    repo: `${request.repo.owner}/${request.repo.repo}`,
    pr: pull.number,
    sha: pull.headSha,
  });
  const started = performance.now();
  const stop = run.signal ?? new AbortController().signal;
  const work = abortablePort(github, stop);
  // The one check run of this commit: the run an earlier attempt started, or a new one.
  const finish = (check: CompletedCheck) =>
    completeWithRetry(async () => {
      if (run.checkId) return github.completeCheck(run.checkId, check);
      const id = await github.createCompletedCheck(pull.headSha, pull.number, check);
      await run.onCheckStarted?.(id).catch(() => undefined);
    });
  if (await guardReportCommit(work, request, deps.ledger, log, finish)) return;
  const loaded = await loadConfigOrFail(work, pull, log, finish);
  if (!loaded) return;
  if (!loaded.ok) {
    log.warn({ error: loaded.error }, 'invalid .github/sentinel.yml');
    await finish(invalidConfigCheck(loaded.error));
    return;
  }
  if (pull.draft && !loaded.config.drafts && !request.explicit) {
    log.debug('draft pull request skipped (config drafts: false)');
    if (run.checkId) await finish(draftCheck());
    return;
  }
  const checkId = run.checkId ?? (await work.startCheck(pull.headSha, pull.number));
  if (run.checkId) await work.resumeCheck(checkId);
  else await run.onCheckStarted?.(checkId);
  let output: ReviewOutput;
  let check: CompletedCheck;
  try {
    const abandon = new AbortController();
    const signal = AbortSignal.any([abandon.signal, stop]);
    const guarded = abortablePort(github, signal);
    output = await withTimeout(
      runReview(guarded, request, loaded.config, deps, signal),
      deps.timeoutMs,
      'review',
      (e) => abandon.abort(e),
    );
    const committed = output.report ? await commitReport(guarded, request, output, log) : undefined;
    const notes = [
      ...(committed ? commitNotes(committed, request, output) : []),
      ...(output.sarif ? await uploadCodeScanning(guarded, request, output.sarif, log) : []),
    ];
    check = output.check(notes);
    stop.throwIfAborted();
    await completeWithRetry(() => github.completeCheck(checkId, check));
    // Remembered with the commit it was made on: the loop guard carries this result over to that child only.
    if (committed?.status === 'committed')
      await deps.ledger.record(committed.sha, { reviewedSha: pull.headSha, check });
    if (!request.mergeGroup) {
      deps.memory.remember(pullKey(request), {
        heads: new Set([pull.headSha, ...(committed?.status === 'committed' ? [committed.sha] : [])]),
        checkId,
        findings: output.findings,
        decisions: [],
        check: (decisions) => output.check(notes, decisions),
      });
    }
  } catch (error) {
    await endAfterError(github, checkId, loaded.config.onError, error, run, log);
    return;
  }
  log.info(
    { ...output.counts, conclusion: check.conclusion, ms: Math.round(performance.now() - started) },
    'review completed',
  );
}

/**
 * A review that stopped: superseded → `neutral` "superseded by <sha>"; handed back or worth a retry → the check stays
 * in progress for the next attempt (rethrown to the queue); otherwise the check completes with the error.
 */
async function endAfterError(
  github: GitHubPort,
  checkId: number,
  onError: 'failure' | 'neutral',
  thrown: unknown,
  run: ReviewRun,
  log: Logger,
): Promise<void> {
  // Work cut short by the signal may throw its own error (an aborted analysis): the signal's reason is the cause.
  const error: unknown = run.signal?.aborted ? run.signal.reason : thrown;
  if (error instanceof Superseded) {
    log.info({ by: error.by }, 'review superseded by a newer head');
    await completeWithRetry(() => github.completeCheck(checkId, supersededCheck(error.by)));
    return;
  }
  if (error instanceof HandedBack) throw error;
  if (run.final === false && isTransient(error)) {
    log.warn({ err: error }, 'review failed on a transient error; the queue retries it');
    throw error;
  }
  log.error({ err: error }, 'review failed; completing the check run');
  await completeWithRetry(() => github.completeCheck(checkId, errorCheck(onError, error)));
}

/**
 * Reads the config; when GitHub fails to answer (not an invalid file: an outage), the head SHA still gets a
 * completed check — the default `failure`, since the config that could soften it was never read — so a required
 * check never stays "Expected".
 */
async function loadConfigOrFail(
  github: GitHubPort,
  pull: ReviewRequest['pull'],
  log: Logger,
  finish: (check: CompletedCheck) => Promise<void>,
): Promise<Awaited<ReturnType<typeof loadConfig>> | undefined> {
  try {
    return await loadConfig(github, pull.defaultBranch);
  } catch (error) {
    if (error instanceof Superseded || error instanceof HandedBack) throw error;
    log.error({ err: error }, 'could not read .github/sentinel.yml; completing a check run');
    await finish(errorCheck('failure', error));
    return undefined;
  }
}

async function runReview(
  github: GitHubPort,
  request: ReviewRequest,
  config: SentinelConfig,
  deps: ReviewDeps,
  signal: AbortSignal,
): Promise<ReviewOutput> {
  const { pull } = request;
  const group = request.mergeGroup;
  const collected = await collectSources(github, pull, config, group?.baseSha);
  // Path filters must never leave a required check "Expected": a change with nothing to review still completes.
  if (nothingToReview(collected)) {
    return {
      check: () => nothingToReviewCheck(collected, config, group ? 'merge group' : 'pull request'),
      findings: [],
      counts: { files: 0 },
    };
  }
  const projectName = `${request.repo.owner}/${request.repo.repo}`;
  const manifests = await reviewChangedManifests(github, pull.headSha, collected.manifests, config, {
    projectName,
    ...(deps.osv ? { osv: deps.osv } : {}),
  });
  const analysed = await analyzeChange({
    files: deps.files,
    rules: deps.rules,
    config,
    collected,
    signal,
    ...(manifests ? { dependencies: manifests.addition } : {}),
    fetchContext: (files) => fetchContextModules(github, pull.headSha, files, config),
  });
  // A merge group has no pull request to approve in: suppressions were gated in each pull request already.
  const own = group
    ? { analysis: analysed, unreviewed: [], approved: [] }
    : await ownSuppressions(github, pull.number, analysed, collected.patches, config);
  const sources = new Map([...collected.sources, ...(manifests?.texts ?? [])].map((s) => [s.path, s.content]));
  // Hard-coded secrets the analysis found are redacted before anything is posted, committed or logged.
  const redaction = redactSecrets(own.analysis.result, (p) => sources.get(p));
  const analysis = {
    ...own.analysis,
    result: redaction.result,
    newFindings: own.analysis.newFindings.map(redaction.finding),
    commentable: own.analysis.commentable.map(redaction.finding),
  };
  // The ledger and the baseline decide which new findings count; what they leave out is neither commented nor reported.
  // Nothing new, nothing to dismiss: the ledger is read only when it can change the outcome.
  const appBodies = group ? [] : await github.listReviewCommentBodies(pull.number);
  const triage =
    analysis.newFindings.length === 0
      ? NO_TRIAGE
      : await loadTriage(
          github,
          {
            pull,
            mergeGroup: Boolean(group),
            changesLedger: collected.changedPaths?.has(LEDGER_PATH) ?? true,
            appBodies,
          },
          config,
        );
  const date = deps.now();
  const triaged = applyTriage(analysis.newFindings, triage, [], date);
  const shown = (f: Finding) => !triaged.isLeft(f);
  const reported = { ...analysis.result, findings: analysis.result.findings.filter(shown) };
  const comments = group
    ? NO_COMMENTS
    : await postComments(github, pull, analysis.commentable.filter(shown), {
        result: analysis.result,
        sources,
        config,
        redaction,
        earlierBodies: appBodies,
      });
  const markdown = redaction.text(
    renderMarkdown(reported, {
      date,
      projectName,
      scope: group ? `merge group ${pull.headSha.slice(0, 7)}` : `pull request #${pull.number}`,
      source: (p) => sources.get(p),
      ...(manifests?.inventory ? { dependencies: manifests.inventory } : {}),
    }),
  );
  const path = posix.join(config.report.dir || '.', reportFileName(date)).replace(/^\.\//, '');
  const commit = config.report.commit && !pull.isFork && !request.skipReportCommit && !group;
  const sbom = sbomPlacement(config, manifests, commit, path);
  const notes = [
    ...(pull.isFork
      ? ["Fork pull request: SentinelPy cannot push to a fork, so the full report is in this check run's details."]
      : []),
    ...(group
      ? [
          `Merge group: the change from ${pull.baseRef ?? group.baseSha.slice(0, 7)} (${group.baseSha.slice(0, 7)}) to ${pull.headSha.slice(0, 7)} was reviewed.`,
        ]
      : []),
    // Budget skips join the fetch-time skips in the result.
    ...analysis.result.skipped.map((s) => `Skipped ${code(s.path)}: ${inline(s.reason)}.`),
    ...analysis.withoutPatch.map((p) => `${code(p)}: GitHub sent no diff, so its findings are annotations only.`),
    ...dependencyNotes(manifests),
  ];
  const gate = {
    result: analysis.result,
    newFindings: triaged.kept,
    failOn: config.failOn,
    onError: config.onError,
    onIncomplete: config.onIncomplete === 'neutral' ? ('neutral' as const) : ('failure' as const),
  };
  const check = (commitNotes: readonly string[], decisions: readonly LedgerEntry[] = []) => {
    // A reply's decision: the same findings, one more entry; expiry is judged today.
    const now = decisions.length ? applyTriage(analysis.newFindings, triage, decisions, deps.now()) : triaged;
    const counted = { ...gate, newFindings: now.kept };
    return redactStrings(
      countingUnreviewed(
        buildCheckOutput({
          ...counted,
          preExisting: analysis.preExisting,
          comments,
          notes: [...commitNotes, ...notes, ...now.notes, ...suppressionNotes(own.unreviewed, own.approved)],
          text: sbom.inCheck ? withSbomSection(markdown, sbom.inCheck, CHECK_TEXT_LIMIT) : markdown,
        }),
        own,
        counted,
      ),
      redaction.text,
    );
  };
  const counts = {
    files: collected.sources.length,
    manifests: collected.manifests.length,
    findings: analysis.result.findings.length,
    new: triaged.kept.length,
    posted: comments.posted,
  };
  const sarif =
    config.codeScanning === 'upload'
      ? redaction.text(JSON.stringify(renderSarif(reported, { source: (p) => sources.get(p) })))
      : undefined;
  return {
    check,
    counts,
    findings: group ? [] : analysis.newFindings,
    ...(sarif ? { sarif } : {}),
    ...(commit ? { report: { path, markdown } } : {}),
    ...(sbom.commit ? { sbom: sbom.commit } : {}),
  };
}

const NO_COMMENTS = { posted: 0, alreadyPosted: 0, notPosted: 0, dropped: [] };

/** Where the SBOM goes: the check run text (`true`/`check`, or `commit` when no commit is possible) or a commit. */
function sbomPlacement(
  config: SentinelConfig,
  manifests: ManifestReview | undefined,
  commit: boolean,
  reportPath: string,
): { inCheck?: object; commit?: { path: string; json: string } } {
  const mode = config.dependencies.sbom;
  if (mode === false || !manifests?.sbom) return {};
  if (mode === 'commit' && commit) {
    return {
      commit: { path: reportPath.replace(/\.md$/, '.cdx.json'), json: `${JSON.stringify(manifests.sbom, null, 2)}\n` },
    };
  }
  return { inCheck: manifests.sbom };
}

/** The dependency review's own notes in the check summary; "OSV skipped" must never be silent. */
function dependencyNotes(manifests: ManifestReview | undefined): string[] {
  if (!manifests) return [];
  const found = manifests.inventory
    ? `${manifests.inventory.dependencies.length} dependency declaration(s) in ${manifests.inventory.manifests} manifest(s) reviewed.`
    : undefined;
  const warned = manifests.addition.notes.map((n) =>
    n.startsWith(OSV_SKIPPED) ? `⚠️ ${inline(n)}.` : `${inline(n)}.`,
  );
  return [...(found ? [`Dependency review: ${found}`] : []), ...warned];
}

type CommitOutcome = ReportCommitResult | { status: 'failed' };

/** One commit with the report (and the SBOM), on the reviewed commit only; a failure loses nothing (see the notes). */
async function commitReport(
  github: GitHubPort,
  request: ReviewRequest,
  output: ReviewOutput,
  log: Logger,
): Promise<CommitOutcome> {
  const files = [
    ...(output.report ? [{ path: output.report.path, content: output.report.markdown }] : []),
    ...(output.sbom ? [{ path: output.sbom.path, content: output.sbom.json }] : []),
  ];
  try {
    const result = await github.commitReport({
      branch: request.pull.headRef,
      parentSha: request.pull.headSha,
      files,
      message: `docs: SentinelPy security review of #${request.pull.number} ${REPORT_COMMIT_MARKER}`,
    });
    log.info(
      { ...result, paths: files.map((f) => f.path) },
      result.status === 'head-moved' ? 'branch moved during the review: report not committed' : 'report commit',
    );
    return result;
  } catch (error) {
    // The check carries the report in its text: a failed commit loses nothing, and the summary says so.
    log.error({ err: error }, 'report commit failed');
    return { status: 'failed' };
  }
}

/** What the check summary says about the report commit. */
function commitNotes(outcome: CommitOutcome, request: ReviewRequest, output: ReviewOutput): string[] {
  const branch = code(request.pull.headRef);
  const path = code(output.report?.path ?? '');
  if (outcome.status === 'committed' || outcome.status === 'unchanged') {
    return [
      `The full report is committed to ${branch} as ${path}.`,
      ...(output.sbom ? [`The CycloneDX SBOM is committed next to it as ${code(output.sbom.path)}.`] : []),
    ];
  }
  if (outcome.status === 'head-moved') {
    const moved = outcome.headNow ? ` to ${outcome.headNow.slice(0, 7)}` : '';
    return [
      `The report was **not committed**: ${branch} moved${moved} during the review of ${request.pull.headSha.slice(0, 7)}, ` +
        'and a report commit must sit on the commit it describes. The newer commit gets its own review; ' +
        "the full report of this one is in this check run's details.",
    ];
  }
  return [
    "The report could not be committed (GitHub refused the write); the full report is in this check run's details.",
  ];
}

export function errorCheck(onError: 'failure' | 'neutral', error: unknown): CompletedCheck {
  const reason = inline(error instanceof Error ? error.message : String(error)).slice(0, 500);
  return {
    conclusion: onError,
    output: {
      title: 'SentinelPy could not complete the review',
      summary:
        `The review failed: ${reason}\n\nConclusion on error: **${onError}** (config \`onError\`). ` +
        'Use the Re-scan button or comment `/sentinel rescan` to try again.',
    },
  };
}

export function supersededCheck(by: string, note?: string): CompletedCheck {
  return {
    conclusion: 'neutral',
    output: {
      title: `Superseded by ${by.slice(0, 7)}`,
      summary:
        `A newer commit (${code(by)}) was pushed while this one waited or was being reviewed; SentinelPy reviews that one instead.` +
        (note ? ` (${note})` : ''),
    },
  };
}

function draftCheck(): CompletedCheck {
  return {
    conclusion: 'neutral',
    output: {
      title: 'Draft pull request: not reviewed',
      summary:
        'Drafts are not reviewed (config `drafts: false`); mark it ready for review, or comment `/sentinel rescan`.',
    },
  };
}

export function invalidConfigCheck(error: string): CompletedCheck {
  return {
    conclusion: 'neutral',
    output: {
      title: 'Invalid .github/sentinel.yml',
      summary:
        `SentinelPy did not review this pull request because \`.github/sentinel.yml\` on the default branch is invalid:\n\n` +
        `- ${inline(error)}\n\nFix the key named above on the default branch, then re-run the check.`,
    },
  };
}
