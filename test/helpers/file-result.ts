// A file's analysis result with nothing in it, for tests that only move results around.
import type { FileResult } from '../../src/analysis/file-result.js';

export function emptyResult(path: string, extra: Partial<FileResult> = {}): FileResult {
  return { path, lines: 1, findings: [], suppressed: [], errors: [], syntaxErrors: [], ...extra };
}
