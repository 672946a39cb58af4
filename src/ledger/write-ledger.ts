// Builds a ledger entry from a finding and a reviewer's decision, and adds it to the ledger's YAML text while
// keeping everything else of the file (comments, order, other entries) as it was, so the diff shows one entry.
import { createHash } from 'node:crypto';
import { parseDocument, isSeq, type YAMLSeq } from 'yaml';
import { normaliseLine } from '../analysis/fingerprint.js';
import type { Finding } from '../analysis/rule.js';
import type { LedgerEntry } from './ledger-schema.js';
import { readLedger } from './read-ledger.js';

export type DecisionKind = LedgerEntry['kind'];

export interface Decision {
  kind: DecisionKind;
  reason: string;
  by: string;
  at: Date;
  /** YYYY-MM-DD: the finding comes back after this day. */
  until?: string;
}

const HEADER = [
  '# SentinelPy suppression ledger: reviewed findings that no longer count (matched by fingerprint).',
  '# Written by `/sentinel ignore` replies to SentinelPy review comments; edit or delete entries in a pull request.',
  '# yaml-language-server: $schema=https://raw.githubusercontent.com/sentinelpy/sentinelpy/main/schema/sentinel-ignore.schema.json',
].join('\n');

/** SHA-256 of the finding's code, normalised like the fingerprint (whitespace and comments do not count). */
export function excerptHash(snippet: string): string {
  const normalised = snippet.split(/\r?\n/).map(normaliseLine).filter(Boolean).join('\n');
  return createHash('sha256').update(normalised).digest('hex');
}

export function ledgerEntry(
  finding: Pick<Finding, 'fingerprint' | 'ruleId' | 'path' | 'snippet'>,
  decision: Decision,
): LedgerEntry {
  return {
    fingerprint: finding.fingerprint,
    rule: finding.ruleId,
    path: finding.path,
    excerptHash: excerptHash(finding.snippet),
    kind: decision.kind,
    reason: decision.reason,
    by: decision.by,
    at: decision.at.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(decision.until ? { until: decision.until } : {}),
  };
}

export type LedgerWrite = { ok: true; text: string } | { ok: false; error: string };

/**
 * The ledger text with `entry` added, or replacing the entry of the same fingerprint. A malformed ledger is not
 * rewritten (that would discard what a person wrote): the caller reports the error instead.
 */
export function withEntry(text: string | undefined, entry: LedgerEntry): LedgerWrite {
  const current = readLedger(text);
  if (!current.ok) return current;
  if (text === undefined || text.trim() === '') {
    const doc = parseDocument('version: 1\nignore: []\n');
    (doc.get('ignore') as YAMLSeq).flow = false;
    doc.addIn(['ignore'], doc.createNode(entry));
    return { ok: true, text: `${HEADER}\n${doc.toString({ lineWidth: 0 })}` };
  }
  const doc = parseDocument(text, { keepSourceTokens: false });
  const list = doc.get('ignore');
  if (!isSeq(list)) {
    doc.set('ignore', doc.createNode([entry]));
  } else {
    const index = current.ledger.ignore.findIndex((e) => e.fingerprint === entry.fingerprint);
    if (index >= 0) list.set(index, doc.createNode(entry));
    else {
      list.flow = false;
      list.add(doc.createNode(entry));
    }
  }
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}

/** The entry alone as YAML list item lines (for a suggestion or a block a fork's author can paste). */
export function entryYaml(entry: LedgerEntry): string {
  const doc = parseDocument('[]');
  (doc.contents as YAMLSeq).flow = false;
  (doc.contents as YAMLSeq).add(doc.createNode(entry));
  return doc.toString({ lineWidth: 0 });
}
