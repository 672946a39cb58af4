// What the review reads besides the code to decide which findings count: the suppression ledger at the reviewed
// commit, the writers' decisions the App recorded on this pull request, and the config's baseline on the default
// branch. The ledger at the head is the pull request's own file, so its author could add entries to it: an entry
// counts when the default branch's ledger has it too (it was reviewed and merged) or the App recorded a writer's
// decision for it here. In a merge group every entry was already gated in its pull request, so all count.
import type { SentinelConfig } from '../config/schema.js';
import type { GitHubPort, PullRequestRef } from '../github/port.js';
import { readBaseline, type Baseline } from '../ledger/baseline.js';
import type { LedgerEntry } from '../ledger/ledger-schema.js';
import { LEDGER_PATH, readLedger } from '../ledger/read-ledger.js';
import { code, inline } from '../report/md-text.js';
import { decisionsFrom } from './decision-marker.js';

export interface Triage {
  /** Entries that count. */
  entries: LedgerEntry[];
  baseline?: Baseline;
  /** For the check summary: invalid files, entries that do not count and why. */
  notes: string[];
}

export interface TriageScope {
  pull: Pick<PullRequestRef, 'number' | 'headSha' | 'defaultBranch'>;
  /** A merge group: no pull request comments, every ledger entry at the head counts. */
  mergeGroup: boolean;
  /** Whether the change touches the ledger; when it does not, the default branch's ledger is the one that counts. */
  changesLedger: boolean;
  /** Bodies of the App's review comments on the pull request (their markers carry the decisions). */
  appBodies: readonly string[];
}

export const NO_TRIAGE: Triage = { entries: [], notes: [] };

export async function loadTriage(github: GitHubPort, scope: TriageScope, config: SentinelConfig): Promise<Triage> {
  const { pull } = scope;
  const notes: string[] = [];
  const baseline = await loadBaseline(github, config, pull.defaultBranch, notes);
  const withBaseline = (entries: LedgerEntry[]): Triage => ({ entries, notes, ...(baseline ? { baseline } : {}) });
  const invalid = (where: string, error: string) =>
    notes.push(
      `⚠️ ${code(LEDGER_PATH)} is invalid ${where}: ${inline(error)}. None of its entries was applied; fix the file.`,
    );
  if (scope.mergeGroup) {
    const head = readLedger(await github.readRepoFile(LEDGER_PATH, pull.headSha));
    if (!head.ok) invalid(`at ${pull.headSha.slice(0, 7)}`, head.error);
    return withBaseline(head.ok ? head.ledger.ignore : []);
  }
  const decisions = decisionsFrom(scope.appBodies);
  const merged = readLedger(await github.readRepoFile(LEDGER_PATH, pull.defaultBranch));
  if (!merged.ok) invalid(`on ${code(pull.defaultBranch)}`, merged.error);
  const onDefault = merged.ok ? merged.ledger.ignore : [];
  // The pull request does not touch the ledger: what was reviewed and merged counts, plus decisions made here.
  if (!scope.changesLedger) return withBaseline([...onDefault, ...decisions]);

  const head = readLedger(await github.readRepoFile(LEDGER_PATH, pull.headSha));
  if (!head.ok) invalid(`at ${pull.headSha.slice(0, 7)}`, head.error);
  const atHead = head.ok ? head.ledger.ignore : [];
  const trusted = new Set([...onDefault, ...decisions].map((e) => e.fingerprint));
  const counted = atHead.filter((e) => trusted.has(e.fingerprint));
  const untrusted = atHead.filter((e) => !trusted.has(e.fingerprint));
  if (untrusted.length) {
    notes.push(
      `${untrusted.length} ${code(LEDGER_PATH)} entr${untrusted.length === 1 ? 'y' : 'ies'} added by this pull request without a writer's \`/sentinel ignore\` ` +
        `do not count: ${untrusted.map((e) => code(`${e.rule} ${e.path}`)).join(', ')}.`,
    );
  }
  // Decisions not (yet) in the file: a fork's author has not applied the suggested entry, or the commit is on its way.
  const inFile = new Set(atHead.map((e) => e.fingerprint));
  const pending = head.ok ? decisions.filter((d) => !inFile.has(d.fingerprint)) : decisions;
  return withBaseline([...counted, ...pending]);
}

async function loadBaseline(
  github: GitHubPort,
  config: SentinelConfig,
  defaultBranch: string,
  notes: string[],
): Promise<Baseline | undefined> {
  if (!config.baseline) return undefined;
  const text = await github.readRepoFile(config.baseline, defaultBranch);
  if (text === undefined) {
    notes.push(
      `⚠️ The baseline ${code(config.baseline)} (config \`baseline\`) is missing on ${code(defaultBranch)}: every finding counts.`,
    );
    return undefined;
  }
  const read = readBaseline(text);
  if (!read.ok) {
    notes.push(`⚠️ The baseline ${code(config.baseline)} is invalid: ${inline(read.error)}. Every finding counts.`);
    return undefined;
  }
  return read.baseline;
}
