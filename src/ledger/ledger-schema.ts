// The suppression ledger `.github/sentinel-ignore.yml`: triage decisions that live in the repository, one entry
// per dismissed finding, matched by fingerprint so they survive code moving within the file.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+Z)?$/, 'must be an ISO date (YYYY-MM-DD)');

export const ledgerEntrySchema = z.strictObject({
  /** The finding's fingerprint (rule, path, normalised code), as shown in review comments and SARIF. */
  fingerprint: z.string().min(8).max(128),
  /** Rule id of the dismissed finding. */
  rule: z.string().min(1).max(100),
  /** Path of the file, relative to the repository root. */
  path: z.string().min(1).max(1000),
  /** SHA-256 (hex) of the code excerpt the decision was made on. */
  excerptHash: z
    .string()
    .regex(/^[0-9a-f]{16,64}$/)
    .optional(),
  /** Why it is dismissed. */
  kind: z.enum(['ignore', 'false-positive', 'accepted-risk', 'wont-fix']),
  /** The reviewer's reason, in their words. */
  reason: z.string().min(1).max(2000),
  /** GitHub login of the person who decided. */
  by: z.string().min(1).max(100),
  /** When the decision was made. */
  at: isoDate,
  /** After this date the finding comes back (and says so). */
  until: isoDate.optional(),
});

export const ledgerSchema = z.strictObject({
  version: z.literal(1).default(1),
  ignore: z.array(ledgerEntrySchema).max(10_000).default([]),
});

export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type Ledger = z.infer<typeof ledgerSchema>;
