// Renders a finding as a code frame (Ruff's .snap / typescript-eslint's .shot) for snapshot files.
import type { Finding, RuleMeta } from '../../src/analysis/rule.js';

export function codeFrame(f: Finding, source: string, meta: RuleMeta): string {
  const line = source.split(/\r?\n/)[f.line - 1] ?? '';
  const width = f.endLine === f.line ? Math.max(1, f.endColumn - f.column) : Math.max(1, line.length - f.column + 1);
  const header = `${f.ruleId}  ${f.severity}/${f.confidence}/${f.evidence}  risk ${f.riskScore}  ${meta.cwe.join(',')}  ${meta.owasp['2021'].join(',')}  ${f.path}:${f.line}:${f.column}`;
  const fix = f.fix ? `\n    fix: ${f.fix.description}` : '';
  return `${header}\n    ${line}\n    ${' '.repeat(f.column - 1)}${'^'.repeat(width)} ${f.message}${fix}\n`;
}
