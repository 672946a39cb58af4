// The Python files of a pull request worth analysing (not removed, inside the config's paths) and its dependency
// manifests (requirements*.txt, pyproject.toml, lock files…, outside paths.exclude), fetched at the head SHA, with
// files above the size limit (or binary) skipped with a note. The file list and the contents are of the same
// commit: the reviewed head SHA.
import picomatch from 'picomatch';
import type { SkippedFile, SourceFile } from '../analysis/scan.js';
import { decodePythonSource } from '../analysis/source-encoding.js';
import { pathFilter } from '../config/paths.js';
import { isManifestPath } from '../deps/parsers/index.js';
import type { SentinelConfig } from '../config/schema.js';
import type { ChangedFile, FileText, GitHubPort, PullRequestRef } from '../github/port.js';
import { MAX_COMPARE_FILES } from '../github/changed-files.js';

export interface CollectedSources {
  /** Python files for the code analysis. */
  sources: SourceFile[];
  /** Dependency manifests for the dependency review (`setup.py` is in both lists). */
  manifests: SourceFile[];
  skipped: SkippedFile[];
  /** Patches of the analysed files (undefined when GitHub sent none: binary or very large diff). */
  patches: Map<string, string | undefined>;
  /** How many files the change touches in all (the reason given for "nothing to review"). */
  changedFiles?: number;
  /** Every path the change touches (removed ones included). */
  changedPaths?: Set<string>;
}

/** Files fetched at once: enough to hide latency, few enough to stay far from GitHub's concurrency limit. */
const FETCH_CONCURRENCY = 4;

export async function collectSources(
  github: GitHubPort,
  pull: Pick<PullRequestRef, 'number' | 'headSha' | 'baseRef' | 'defaultBranch'>,
  config: SentinelConfig,
  /** A merge group's base commit: the change is exactly base...head (compare API), there is no pull request. */
  compareBase?: string,
): Promise<CollectedSources> {
  const { headSha } = pull;
  const isPython = pathFilter(config);
  const excluded = config.paths.exclude.length ? picomatch(config.paths.exclude, { dot: true }) : () => false;
  // paths.include selects Python code (default **/*.py); manifests are found by name, and exclude still applies.
  const isManifest = (path: string) => isManifestPath(path) && !excluded(path);
  const out: CollectedSources = { sources: [], manifests: [], skipped: [], patches: new Map() };
  const changed = compareBase
    ? await exactFiles(github, compareBase, headSha)
    : await filesOfReviewedCommit(github, pull);
  out.changedFiles = changed.length;
  out.changedPaths = new Set(changed.map((f) => f.path));
  const files = changed.filter(
    (f) => f.status !== 'removed' && ((f.path.endsWith('.py') && isPython(f.path)) || isManifest(f.path)),
  );
  for (let i = 0; i < files.length; i += FETCH_CONCURRENCY) {
    const batch = files.slice(i, i + FETCH_CONCURRENCY);
    const texts = await Promise.all(batch.map((f) => github.readFile(f, headSha, config.limits.maxFileBytes)));
    batch.forEach((file, j) =>
      place(file, texts[j], config, out, {
        python: file.path.endsWith('.py') && isPython(file.path),
        manifest: isManifest(file.path),
      }),
    );
  }
  return out;
}

/**
 * `pulls.listFiles` describes the pull request as it is *now*: after a push during the review (or while GitHub is
 * still computing a new push's diff) its entries are of another commit than the reviewed one. Reading those paths at
 * the reviewed SHA would 404 on files only the other commit has and miss the ones it lacks, so the list is then
 * taken for exactly the reviewed SHA from the compare API. That API lists at most 300 files: a longer list may be
 * cut, and a cut list is no review, so the review fails (never green) and asks for a re-run.
 */
async function filesOfReviewedCommit(
  github: GitHubPort,
  pull: Pick<PullRequestRef, 'number' | 'headSha' | 'baseRef' | 'defaultBranch'>,
): Promise<ChangedFile[]> {
  const listed = await github.listChangedFiles(pull.number);
  const listedAt = listed.find((f) => f.listedAt)?.listedAt;
  if (!listedAt || listedAt === pull.headSha.toLowerCase()) return listed;
  return exactFiles(
    github,
    pull.baseRef ?? pull.defaultBranch,
    pull.headSha,
    'the branch moved during the review and ',
  );
}

/** The compare API's list for exactly base...head; a list at its cap may be cut, and a cut list is no review. */
async function exactFiles(github: GitHubPort, base: string, head: string, why = ''): Promise<ChangedFile[]> {
  const exact = await github.listChangedFilesAt(base, head);
  if (exact.length >= MAX_COMPARE_FILES)
    throw new Error(`${why}GitHub lists at most ${MAX_COMPARE_FILES} files for the reviewed commit`);
  return exact;
}

function place(
  file: ChangedFile,
  fetched: FileText | undefined,
  config: SentinelConfig,
  out: CollectedSources,
  kind: { python: boolean; manifest: boolean },
): void {
  if (!fetched || fetched.text === undefined) {
    out.skipped.push({
      path: file.path,
      reason: `larger than ${config.limits.maxFileBytes} bytes (${fetched?.size ?? '?'} bytes)`,
    });
    return;
  }
  if (fetched.text.includes('\0')) {
    out.skipped.push({ path: file.path, reason: 'binary file' });
    return;
  }
  if (kind.python) {
    // Decoded as Python decodes it (PEP 263), like the CLI: a latin-1 file is analysed, not read as mangled UTF-8.
    const decoded = fetched.bytes ? decodePythonSource(fetched.bytes) : { text: fetched.text };
    if ('error' in decoded) {
      out.skipped.push({ path: file.path, reason: decoded.error });
      return;
    }
    out.sources.push({ path: file.path, content: decoded.text });
  }
  if (kind.manifest) out.manifests.push({ path: file.path, content: fetched.text });
  out.patches.set(file.path, file.patch);
}
