// The CycloneDX SBOM as a section of the check run text: whole JSON or nothing (a cut JSON document is worse than
// none), pretty when it fits, compact when only that fits, else a note pointing at `dependencies.sbom: commit`.
import { fence } from './md-text.js';
import { truncate } from './check-output.js';

/**
 * Direction-changing and other invisible characters of package names, written as JSON escapes: the document
 * stays the same JSON, and a reviewer sees them (JSON.stringify leaves them raw; they only occur inside strings).
 */
function showInvisible(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The SBOM may take at most half of the check run text; the report keeps the rest. */
export function sbomSection(sbom: object, budget: number): string {
  const title = '## Software Bill of Materials (CycloneDX 1.5)';
  const components = (sbom as { components?: unknown[] }).components?.length ?? 0;
  for (const json of [JSON.stringify(sbom, null, 2), JSON.stringify(sbom)]) {
    const block = `${title}\n\n${components} component(s).\n\n${fence(showInvisible(json), 'json', { verbatim: true })}`;
    if (block.length <= budget) return block;
  }
  return (
    `${title}\n\nThe SBOM (${components} component(s)) does not fit in the check run. ` +
    'Set `dependencies.sbom: commit` to commit it next to the report, or run `sentinelpy sbom` locally.'
  );
}

/** The report, cut to leave room for the whole SBOM section after it, under `limit` characters in total. */
export function withSbomSection(markdown: string, sbom: object, limit: number): string {
  const section = sbomSection(sbom, Math.floor(limit / 2));
  return `${truncate(markdown, limit - section.length - 2)}\n\n${section}`;
}
