// Reads the suppression ledger text (`.github/sentinel-ignore.yml`) into validated entries. A malformed ledger is
// an error the caller reports: silently dropping it would bring back every dismissed finding, and silently
// accepting part of it would hide which decisions count.
import { parse as parseYaml } from 'yaml';
import { ledgerSchema, type Ledger } from './ledger-schema.js';

/** The ledger's path in the repository (the App reads it at the reviewed commit; the CLI in the scanned root). */
export const LEDGER_PATH = '.github/sentinel-ignore.yml';

/** A ledger is a list of decisions, not a data dump: anything larger is refused unread. */
export const MAX_LEDGER_BYTES = 1_000_000;

export type LedgerResult = { ok: true; ledger: Ledger } | { ok: false; error: string };

export const EMPTY_LEDGER: Ledger = { version: 1, ignore: [] };

/** `undefined` text (no file) is an empty ledger; the error names the entry and key (`ignore.2.reason: …`). */
export function readLedger(text: string | undefined): LedgerResult {
  if (text === undefined || text.trim() === '') return { ok: true, ledger: EMPTY_LEDGER };
  if (Buffer.byteLength(text, 'utf8') > MAX_LEDGER_BYTES)
    return { ok: false, error: `larger than ${MAX_LEDGER_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    return {
      ok: false,
      error: `invalid YAML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
    };
  }
  const parsed = ledgerSchema.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, ledger: parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue?.path.length ? issue.path.join('.') : '(root)';
  return { ok: false, error: `${key}: ${issue?.message ?? 'invalid ledger'}` };
}
