// Baselines for adopting SentinelPy on an existing code base: a file listing the fingerprints of the findings that
// were there when it was written (`sentinelpy scan --write-baseline FILE`); with `--baseline FILE` (CLI) or the
// `baseline:` config key (App) only findings not in it count. Fingerprints survive lines moving and unrelated
// edits (src/analysis/fingerprint.ts), so the baseline keeps matching as the code evolves.
import { z } from 'zod';
import type { Finding } from '../analysis/rule.js';

export const baselineSchema = z.strictObject({
  version: z.literal(1),
  /** What the baseline was made of, for people reading it; only `fingerprint` and `rule` are matched. */
  findings: z
    .array(
      z.strictObject({
        fingerprint: z.string().min(8).max(128),
        rule: z.string().min(1).max(100),
        path: z.string().min(1).max(1000),
        line: z.number().int().positive().optional(),
      }),
    )
    .max(100_000),
});

export type Baseline = z.infer<typeof baselineSchema>;

export const MAX_BASELINE_BYTES = 20_000_000;

export type BaselineResult = { ok: true; baseline: Baseline } | { ok: false; error: string };

export function readBaseline(text: string): BaselineResult {
  if (Buffer.byteLength(text, 'utf8') > MAX_BASELINE_BYTES)
    return { ok: false, error: `larger than ${MAX_BASELINE_BYTES} bytes` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = baselineSchema.safeParse(raw);
  if (parsed.success) return { ok: true, baseline: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: `${issue?.path.length ? issue.path.join('.') : '(root)'}: ${issue?.message ?? 'invalid baseline'}`,
  };
}

/** Sorted by path, line and rule so re-writing an unchanged baseline gives the same file. */
export function baselineOf(findings: readonly Finding[]): string {
  const rows = [...findings]
    .sort(
      (a, b) =>
        a.path.localeCompare(b.path) ||
        a.line - b.line ||
        a.ruleId.localeCompare(b.ruleId) ||
        a.fingerprint.localeCompare(b.fingerprint),
    )
    .map((f) => ({ fingerprint: f.fingerprint, rule: f.ruleId, path: f.path, line: f.line }));
  return `${JSON.stringify({ version: 1, findings: rows }, null, 2)}\n`;
}

/** The findings not in the baseline, and how many it held back. */
export function withoutBaseline<T extends Pick<Finding, 'fingerprint' | 'ruleId'>>(
  findings: readonly T[],
  baseline: Baseline,
): { kept: T[]; known: number } {
  const known = new Set(baseline.findings.map((f) => `${f.rule}\0${f.fingerprint}`));
  const kept = findings.filter((f) => !known.has(`${f.ruleId}\0${f.fingerprint}`));
  return { kept, known: findings.length - kept.length };
}
