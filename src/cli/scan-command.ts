// `sentinelpy scan`: runs the scan, writes the report (the dated Markdown file in the scanned root by default,
// or --output), prints a summary, and turns the findings into the exit code of --fail-on.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ScanResult } from '../analysis/scan.js';
import { severityRank } from '../analysis/taxonomy.js';
import { reportFileName } from '../report/markdown.js';
import { terminalSafe, textSummary } from '../report/text.js';
import type { FailOn, ScanArgs } from './args.js';
import { renderFormat } from './render-format.js';
import { runScan } from './run-scan.js';
import { EXIT, UsageError } from './usage-error.js';
import { toolVersion } from './version.js';
import { incompleteFiles } from '../analysis/incomplete.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
}

export function failsOn(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}

function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

export async function scanCommand(args: ScanArgs, io: Io): Promise<number> {
  const { root, config, result, sources, dependencies } = await runScan({
    paths: args.paths,
    progress: args.progress,
    offline: args.offline,
    ...(args.config !== undefined ? { config: args.config } : {}),
    ...(args.diff !== undefined ? { diff: args.diff } : {}),
    ...(args.jobs !== undefined ? { jobs: args.jobs } : {}),
    ...(args.profile !== undefined ? { profile: args.profile } : {}),
    ...(args.cache ? { cache: args.cacheDir !== undefined ? { dir: args.cacheDir } : {} } : {}),
    ...(args.root !== undefined ? { root: args.root } : {}),
    triage: {
      ...(args.baseline !== undefined ? { baseline: args.baseline } : {}),
      ...(args.writeBaseline !== undefined ? { writeBaseline: args.writeBaseline } : {}),
    },
    now: io.now(),
  });
  const date = io.now();
  const scope = args.diff ? `lines changed since ${args.diff} in ${args.paths.join(', ')}` : args.paths.join(', ');
  const text = renderFormat(args.format, {
    result,
    root,
    sources,
    date,
    version: toolVersion(),
    scope,
    ...(dependencies ? { dependencies } : {}),
  });
  // Markdown goes to a dated file in the scanned root by default (the seed); the other formats to stdout.
  const output = args.output ?? (args.format === 'markdown' ? join(root, reportFileName(date)) : '-');
  if (output === '-') {
    io.stdout(text);
    if (args.format !== 'text') io.stderr(`${textSummary(result)}\n`); // stdout stays machine-readable
  } else {
    write(output, text);
    io.stdout(`${textSummary(result)}\nReport: ${relative(process.cwd(), output) || output}\n`);
  }
  // Incomplete is never green: an unanalysed Python file may hold the very finding --fail-on asks about. The files
  // are listed even when findings fail the scan already: fixing those would not make the scan complete.
  const incomplete = args.allowIncomplete ? [] : incompleteFiles(result);
  if (incomplete.length) {
    io.stderr(
      `Incomplete scan (exit 1; --allow-incomplete to accept): ${incomplete.length} file(s) not fully analysed:\n`,
    );
    for (const f of incomplete) io.stderr(`  ${terminalSafe(JSON.stringify(f.path))}: ${terminalSafe(f.reason)}\n`);
  }
  return failsOn(result, args.failOn ?? config.failOn) || incomplete.length ? EXIT.findings : EXIT.ok;
}
