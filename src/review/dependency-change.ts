// The dependency review of a pull request's changed manifests: `-r`/`-c` includes are fetched from the head commit
// (bounded in number and size), OSV is asked only when the config allows, and a crash becomes a note, never a
// failed review: the code review stands on its own.
import type { SourceFile } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import type { OsvOptions } from '../deps/osv.js';
import { reviewDependencies } from '../deps/review.js';
import type { GitHubPort } from '../github/port.js';
import type { DependencyInventory } from '../report/dependency-inventory.js';
import type { DependencyAddition } from './analyze-change.js';

/** At most this many included files are requested per review (a chain of -r files must not become a crawl). */
export const MAX_INCLUDED_FILES = 20;

export interface DependencyChangeOptions {
  /** OSV client settings from the environment (OSV_API_URL); the config decides whether OSV is asked at all. */
  osv?: OsvOptions;
  projectName: string;
}

export interface ManifestReview {
  /** Findings, rule metadata and notes for the scan result. */
  addition: DependencyAddition;
  /** For the report's Dependencies section; undefined when the review crashed. */
  inventory?: DependencyInventory;
  sbom?: object;
  /** Manifest texts, the fetched includes among them (suggestions and report diffs are cut from them). */
  texts: SourceFile[];
}

export async function reviewChangedManifests(
  github: GitHubPort,
  headSha: string,
  manifests: readonly SourceFile[],
  config: SentinelConfig,
  options: DependencyChangeOptions,
): Promise<ManifestReview | undefined> {
  if (manifests.length === 0) return undefined;
  const included: SourceFile[] = [];
  let requests = 0; // failed requests count too: a file of a thousand missing -r lines costs twenty calls
  const readFile = async (path: string): Promise<string | undefined> => {
    if (++requests > MAX_INCLUDED_FILES) return undefined;
    try {
      const fetched = await github.readFile(
        { path, status: 'unchanged', sha: '' },
        headSha,
        config.limits.maxFileBytes,
      );
      if (fetched.text === undefined || fetched.text.includes('\0')) return undefined;
      included.push({ path, content: fetched.text });
      return fetched.text;
    } catch {
      return undefined; // a missing include is the manifest's problem, not the review's
    }
  };
  try {
    const review = await reviewDependencies(manifests, {
      osv: config.dependencies.osv ? (options.osv ?? {}) : false,
      requireHashes: config.dependencies.requireHashes,
      allowedLicenses: config.dependencies.allowedLicenses,
      readFile,
      projectName: options.projectName,
    });
    const manifestCount = review.manifests.length;
    return {
      addition: { findings: review.findings, metas: review.metas, notes: review.notes },
      inventory: {
        dependencies: review.dependencies,
        advisories: review.advisories,
        notes: review.notes,
        manifests: manifestCount,
      },
      sbom: review.sbom,
      texts: [...manifests, ...included],
    };
  } catch (error) {
    const note = `dependency review failed: ${error instanceof Error ? error.message : String(error)}`;
    return { addition: { findings: [], metas: [], notes: [note] }, texts: [...manifests] };
  }
}
