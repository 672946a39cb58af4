// Builds real ScanResults for report tests: the analyzer over in-memory Python sources.
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/engine.js';
import type { Rule } from '../../src/analysis/rule.js';
import { scanSources, type ScanResult, type SourceFile } from '../../src/analysis/scan.js';

export const VULNERABLE = [
  'import subprocess',
  '',
  'def run(name):',
  '    subprocess.run(f"tar xf {name}", shell=True)',
  '    subprocess.run("ls -l", shell=True)',
  '    subprocess.call("echo ``` | x", shell=True)  # nosec',
  '',
].join('\n');

export async function scan(sources: SourceFile[], rules: readonly Rule[] = RULES): Promise<ScanResult> {
  const analyzer = await createAnalyzer(rules);
  return scanSources(analyzer, sources);
}
