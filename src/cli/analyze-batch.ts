// Analyses a batch of in-memory files; a file the analyzer cannot take becomes a skipped entry, never a crash.
import type { Analyzer, FileResult } from '../analysis/engine.js';
import type { SkippedFile, SourceFile } from '../analysis/scan.js';

export interface BatchResult {
  results: FileResult[];
  failed: SkippedFile[];
}

export function analyzeBatch(analyzer: Analyzer, batch: readonly SourceFile[]): BatchResult {
  const results: FileResult[] = [];
  const failed: SkippedFile[] = [];
  for (const file of batch) {
    try {
      results.push(analyzer.analyze(file.path, file.content));
    } catch (error) {
      failed.push({ path: file.path, reason: `analysis failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { results, failed };
}
