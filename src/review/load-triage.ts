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
}

export async function loadTriage(github: GitHubPort, scope: TriageScope, config: SentinelConfig): Promise<Triage> {
  const { pull } = scope;
  const notes: string[] = [];
  const head = readLedger(await github.readRepoFile(LEDGER_PATH, pull.headSha));
  if (!head.ok) notes.push(`⚠️ ${code(LEDGER_PATH)} is invalid at ${pull.headSha.slice(0, 7)}: ${inline(head.error)}. None of its entries was applied; fix the file.`);
  const atHead = head.ok ? head.ledger.ignore : [];
  const baseline = await loadBaseline(github, config, pull.defaultBranch, notes);
  if (scope.mergeGroup) return { entries: atHead, notes, ...(baseline ? { baseline } : {}) };

  const decisions = decisionsFrom(await github.listReviewCommentBodies(pull.number));
  const merged = readLedger(await github.readRepoFile(LEDGER_PATH, pull.defaultBranch));
  if (!merged.ok) notes.push(`⚠️ ${code(LEDGER_PATH)} on ${code(pull.defaultBranch)} is invalid: ${inline(merged.error)}.`);
  const trusted = new Set([...(merged.ok ? merged.ledger.ignore : []), ...decisions].map((e) => e.fingerprint));
  const counted = atHead.filter((e) => trusted.has(e.fingerprint));
  const untrusted = atHead.filter((e) => !trusted.has(e.fingerprint));
  if (untrusted.length) {
    notes.push(`${untrusted.length} ${code(LEDGER_PATH)} entr${untrusted.length === 1 ? 'y' : 'ies'} added by this pull request without a writer's \`/sentinel ignore\` `
      + `do not count: ${untrusted.map((e) => code(`${e.rule} ${e.path}`)).join(', ')}.`);
  }
  // Decisions not (yet) in the file: a fork's author has not applied the suggested entry, or the commit is on its way.
  const inFile = new Set(atHead.map((e) => e.fingerprint));
  const pending = head.ok ? decisions.filter((d) => !inFile.has(d.fingerprint)) : decisions;
  return { entries: [...counted, ...pending], notes, ...(baseline ? { baseline } : {}) };
}

async function loadBaseline(github: GitHubPort, config: SentinelConfig, defaultBranch: string, notes: string[]): Promise<Baseline | undefined> {
  if (!config.baseline) return undefined;
  const text = await github.readRepoFile(config.baseline, defaultBranch);
  if (text === undefined) {
    notes.push(`⚠️ The baseline ${code(config.baseline)} (config \`baseline\`) is missing on ${code(defaultBranch)}: every finding counts.`);
    return undefined;
  }
  const read = readBaseline(text);
  if (!read.ok) {
    notes.push(`⚠️ The baseline ${code(config.baseline)} is invalid: ${inline(read.error)}. Every finding counts.`);
    return undefined;
  }
  return read.baseline;
}
