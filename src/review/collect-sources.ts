// The Python files of a pull request worth analysing: not removed, inside the config's paths, fetched at the
// head SHA, with files above the size limit (or binary) skipped with a note.
import type { SkippedFile, SourceFile } from '../analysis/scan.js';
import { pathFilter } from '../config/paths.js';
import type { SentinelConfig } from '../config/schema.js';
import type { ChangedFile, GitHubPort } from '../github/port.js';

export interface CollectedSources {
  sources: SourceFile[];
  skipped: SkippedFile[];
  /** Patches of the analysed files (undefined when GitHub sent none: binary or very large diff). */
  patches: Map<string, string | undefined>;
}

/** Files fetched at once: enough to hide latency, few enough to stay far from GitHub's concurrency limit. */
const FETCH_CONCURRENCY = 4;

export async function collectSources(
  github: GitHubPort, pullNumber: number, headSha: string, config: SentinelConfig,
): Promise<CollectedSources> {
  const wanted = pathFilter(config);
  const files = (await github.listChangedFiles(pullNumber))
    .filter((f) => f.status !== 'removed' && f.path.endsWith('.py') && wanted(f.path));
  const sources: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const patches = new Map<string, string | undefined>();
  for (let i = 0; i < files.length; i += FETCH_CONCURRENCY) {
    const batch = files.slice(i, i + FETCH_CONCURRENCY);
    const texts = await Promise.all(batch.map((f) => github.readFile(f, headSha, config.limits.maxFileBytes)));
    batch.forEach((file, j) => place(file, texts[j], config, { sources, skipped, patches }));
  }
  return { sources, skipped, patches };
}

function place(
  file: ChangedFile, fetched: { size: number; text?: string } | undefined, config: SentinelConfig, out: CollectedSources,
): void {
  if (!fetched || fetched.text === undefined) {
    out.skipped.push({ path: file.path, reason: `larger than ${config.limits.maxFileBytes} bytes (${fetched?.size ?? '?'} bytes)` });
    return;
  }
  if (fetched.text.includes('\0')) {
    out.skipped.push({ path: file.path, reason: 'binary file' });
    return;
  }
  out.sources.push({ path: file.path, content: fetched.text });
  out.patches.set(file.path, file.patch);
}
