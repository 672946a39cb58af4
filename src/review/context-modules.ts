// Context for data flow across files: the unchanged in-repository modules that the changed files import, one level
// deep and bounded by config, fetched at the head SHA so the taint solver sees helpers like `db.run_query`.
import type { FileResult } from '../analysis/file-result.js';
import type { SourceFile } from '../analysis/scan.js';
import { missingLocalImports } from '../analysis/taint/local-imports.js';
import type { SentinelConfig } from '../config/schema.js';
import type { GitHubPort } from '../github/port.js';

/**
 * Paths worth trying: modules reached by relative imports, or under a top-level package that the pull request
 * itself touches (so `import requests` never costs a request, `from shop import db` in shop/views.py does).
 */
export function contextCandidates(analysed: readonly FileResult[]): string[] {
  const roots = new Set(
    analysed.map((f) => (f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : f.path.replace(/\.py$/, ''))),
  );
  const candidates = missingLocalImports(analysed, () => true);
  return candidates.filter((path) =>
    roots.has(path.includes('/') ? path.slice(0, path.indexOf('/')) : path.replace(/\.py$/, '')),
  );
}

/** Fetches up to `imports.maxFiles` context modules; a path that does not exist (404) or fails is skipped. */
export async function fetchContextModules(
  github: GitHubPort,
  headSha: string,
  analysed: readonly FileResult[],
  config: SentinelConfig,
): Promise<SourceFile[]> {
  if (!config.imports.fetch || config.imports.maxFiles === 0) return [];
  const out: SourceFile[] = [];
  const budget = config.imports.maxFiles * 3; // candidates include __init__.py / sibling guesses that may not exist
  for (const path of contextCandidates(analysed).slice(0, budget)) {
    if (out.length >= config.imports.maxFiles) break;
    try {
      const file = await github.readFile({ path, status: 'unchanged', sha: '' }, headSha, config.limits.maxFileBytes);
      if (file.text !== undefined && !file.text.includes('\0')) out.push({ path, content: file.text });
    } catch {
      // Not in the repository (or unreadable): the analysis simply has less context.
    }
  }
  return out;
}
