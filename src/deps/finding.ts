// Builds a Finding on a manifest line (same shape as the Python rules' findings).
import { fill } from '../analysis/message-template.js';
import { capSeverity, evidenceOf } from '../analysis/evidence.js';
import { fingerprint } from '../analysis/fingerprint.js';
import type { Finding, Fix, RuleMeta, SecretSpan } from '../analysis/rule.js';
import { scoreInBand, type Severity } from '../analysis/taxonomy.js';

export interface ManifestLine {
  file: string;
  line: number;
  text: string;
}

export function manifestFinding(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number>,
  at: ManifestLine,
  extra: { severity?: Severity; fix?: Fix; riskScore?: number } = {},
): Finding {
  const evidence = evidenceOf(meta);
  const severity = capSeverity(extra.severity ?? meta.severity, evidence);
  return {
    ruleId: meta.id,
    messageId,
    message: fill(meta.messages[messageId] ?? messageId, data),
    path: at.file,
    line: at.line,
    column: 1,
    endLine: at.line,
    endColumn: at.text.length + 1,
    severity,
    riskScore: scoreInBand(severity, extra.riskScore ?? meta.riskScore),
    confidence: meta.confidence,
    evidence,
    snippet: at.text,
    ...(extra.fix ? { fix: extra.fix } : {}),
    ...secretsOf(at),
    fingerprint: fingerprint(meta.id, at.file, at.text, 0),
  };
}

/** `user:token@` in an index or VCS URL of the line: a credential, redacted wherever the line is shown. */
function secretsOf(at: ManifestLine): { secrets?: SecretSpan[] } {
  const secrets = [...at.text.matchAll(/\/\/([^/@\s]+)@/g)].map((m) => {
    const column = m.index + 3;
    return { line: at.line, column, endLine: at.line, endColumn: column + m[1]!.length };
  });
  return secrets.length ? { secrets } : {};
}
