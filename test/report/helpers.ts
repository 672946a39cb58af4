// Builds real ScanResults for report tests: the analyzer over in-memory Python sources.
import subprocessShellTrue from '../../rules/command-injection/subprocess-shell-true.js';
import { createAnalyzer, scanSources, type ScanResult, type SourceFile } from '../../src/analysis/scan.js';
import type { Rule } from '../../src/analysis/rule.js';

export const VULNERABLE = [
  'import subprocess',
  '',
  'def run(name):',
  '    subprocess.run(f"tar xf {name}", shell=True)',
  '    subprocess.run("ls -l", shell=True)',
  '    subprocess.call("echo ``` | x", shell=True)  # nosec',
  '',
].join('\n');

/** Report tests pin one well-known rule, so other engineers' new rules cannot change their expectations. */
export async function scan(sources: SourceFile[], rules: readonly Rule[] = [subprocessShellTrue]): Promise<ScanResult> {
  const analyzer = await createAnalyzer(rules);
  return scanSources(analyzer, sources);
}

/**
 * Adds what a plain scan of VULNERABLE lacks — a data-flow path, a skipped file, an internal rule error, a
 * partially parsed file, a note — so every branch of every report section renders.
 */
export function withExtras(result: ScanResult): ScanResult {
  const findings = result.findings.map((f) =>
    f.ruleId === 'subprocess-shell-true' && f.line === 4
      ? // With a flow from a request the finding has data-flow evidence, so it keeps the rule's high severity.
        {
          ...f,
          evidence: 'dataflow' as const,
          severity: 'high' as const,
          riskScore: 8,
          flow: [
            { line: 3, column: 9, note: 'name comes from request.args' },
            { line: 4, column: 5, note: 'reaches the shell' },
          ],
        }
      : f,
  );
  const files = [
    ...result.files,
    { path: 'broken.py', lines: 3, findings: [], suppressed: [], errors: [], syntaxErrors: [2] },
  ];
  // A second rule that ran and found nothing, in another category: the matrix's "checked" rows.
  const demo = {
    ...subprocessShellTrue.meta,
    id: 'demo-rule',
    category: 'cryptography' as const,
    owasp: { '2021': ['A02:2021' as const], '2025': ['A04:2025' as const] },
  };
  return {
    ...result,
    rules: [...result.rules, demo],
    findings,
    files,
    skipped: [{ path: 'logo.py', reason: 'binary file' }],
    errors: [{ ruleId: 'demo-rule', message: 'boom', path: 'app/run.py' }],
    notes: ['Dependency check skipped: offline.'],
  };
}
