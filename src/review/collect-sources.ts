// The Python files of a pull request worth analysing (not removed, inside the config's paths) and its dependency
// manifests (requirements*.txt, pyproject.toml, lock files…, outside paths.exclude), fetched at the head SHA, with
// files above the size limit (or binary) skipped with a note.
import picomatch from 'picomatch';
import type { SkippedFile, SourceFile } from '../analysis/scan.js';
import { pathFilter } from '../config/paths.js';
import { isManifestPath } from '../deps/parsers/index.js';
import type { SentinelConfig } from '../config/schema.js';
import type { ChangedFile, GitHubPort } from '../github/port.js';

export interface CollectedSources {
  /** Python files for the code analysis. */
  sources: SourceFile[];
  /** Dependency manifests for the dependency review (`setup.py` is in both lists). */
  manifests: SourceFile[];
  skipped: SkippedFile[];
  /** Patches of the analysed files (undefined when GitHub sent none: binary or very large diff). */
  patches: Map<string, string | undefined>;
}

/** Files fetched at once: enough to hide latency, few enough to stay far from GitHub's concurrency limit. */
const FETCH_CONCURRENCY = 4;

export async function collectSources(
  github: GitHubPort, pullNumber: number, headSha: string, config: SentinelConfig,
): Promise<CollectedSources> {
  const isPython = pathFilter(config);
  const excluded = config.paths.exclude.length ? picomatch(config.paths.exclude, { dot: true }) : () => false;
  // paths.include selects Python code (default **/*.py); manifests are found by name, and exclude still applies.
  const isManifest = (path: string) => isManifestPath(path) && !excluded(path);
  const files = (await github.listChangedFiles(pullNumber))
    .filter((f) => f.status !== 'removed' && ((f.path.endsWith('.py') && isPython(f.path)) || isManifest(f.path)));
  const out: CollectedSources = { sources: [], manifests: [], skipped: [], patches: new Map() };
  for (let i = 0; i < files.length; i += FETCH_CONCURRENCY) {
    const batch = files.slice(i, i + FETCH_CONCURRENCY);
    const texts = await Promise.all(batch.map((f) => github.readFile(f, headSha, config.limits.maxFileBytes)));
    batch.forEach((file, j) => place(file, texts[j], config, out, { python: file.path.endsWith('.py') && isPython(file.path), manifest: isManifest(file.path) }));
  }
  return out;
}

function place(
  file: ChangedFile, fetched: { size: number; text?: string } | undefined, config: SentinelConfig, out: CollectedSources,
  kind: { python: boolean; manifest: boolean },
): void {
  if (!fetched || fetched.text === undefined) {
    out.skipped.push({ path: file.path, reason: `larger than ${config.limits.maxFileBytes} bytes (${fetched?.size ?? '?'} bytes)` });
    return;
  }
  if (fetched.text.includes('\0')) {
    out.skipped.push({ path: file.path, reason: 'binary file' });
    return;
  }
  if (kind.python) out.sources.push({ path: file.path, content: fetched.text });
  if (kind.manifest) out.manifests.push({ path: file.path, content: fetched.text });
  out.patches.set(file.path, file.patch);
}
