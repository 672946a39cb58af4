// The compact terminal format: `path:line:col severity rule-id message`, one finding per line, then a summary.
import type { ScanResult } from '../analysis/scan.js';
import { securityScore } from './score.js';

/**
 * Control characters from analysed code are replaced so a message cannot rewrite the terminal, and bidi controls
 * so it cannot reorder what the reader sees (Trojan Source), and tag characters so nothing rides along unseen.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]+/gu,
    ' ',
  );
}
const safe = terminalSafe;

export function renderText(result: ScanResult): string {
  const lines = result.findings.map(
    (f) => `${safe(f.path)}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${safe(f.message)}`,
  );
  return [...lines, textSummary(result)].join('\n') + '\n';
}

/** One line: counts, score and what was not fully analysed. */
export function textSummary(result: ScanResult): string {
  const { score, rating, counts } = securityScore(result);
  const partial = result.files.filter((f) => f.syntaxErrors.length).length;
  return (
    `${result.findings.length} finding(s) (critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}) ` +
    `in ${result.stats.files} file(s); score ${score}/100 (${rating}); ${result.suppressed.length} suppressed, ` +
    `${result.skipped.length} skipped, ${partial} partially parsed, ${result.errors.length} rule error(s); ` +
    `profile ${result.profile}, ${result.auditNotes.length} audit note(s) not counted.`
  );
}
