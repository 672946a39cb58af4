// Evidence before severity (issue 10): a finding without evidence that untrusted data reaches the sink, or that a
// setting is insecure as written, is a `pattern` finding, and a pattern finding is never high or critical.
import type { Confidence, Evidence, Severity } from './taxonomy.js';
import { severityRank } from './taxonomy.js';
import type { RuleMeta } from './rule.js';

/** The highest severity a finding of this evidence may carry. */
const CEILING: Record<Evidence, Severity> = { dataflow: 'critical', config: 'critical', pattern: 'medium' };

/**
 * What a rule's finding rests on: the report's own claim, else the rule's, else `dataflow` for taint rules. A
 * finding its rule reports with low confidence (a setting merely missing, a name that only hints) is a pattern
 * unless the report claims more.
 */
export function evidenceOf(
  meta: Pick<RuleMeta, 'evidence' | 'taint'>,
  claimed?: Evidence,
  confidence?: Confidence,
): Evidence {
  if (claimed) return claimed;
  if (meta.taint) return 'dataflow';
  return confidence === 'low' ? 'pattern' : (meta.evidence ?? 'pattern');
}

/** `severity`, lowered to what `evidence` supports. */
export function capSeverity(severity: Severity, evidence: Evidence): Severity {
  const ceiling = CEILING[evidence];
  return severityRank(severity) > severityRank(ceiling) ? ceiling : severity;
}

/** True for findings that are audit notes: a risky construct with nothing showing it is exploitable. */
export function isAuditNote(finding: { evidence: Evidence }): boolean {
  return finding.evidence === 'pattern';
}
