// The dependency review of a set of files: parse every manifest (following -r/-c includes inside the repository),
// check policies, look versions up in OSV, and build the SBOM. OSV trouble never fails the review: it adds a note.
import { posix } from 'node:path';
import { initParser } from '../analysis/parser.js';
import type { Finding, RuleMeta } from '../analysis/rule.js';
import type { SourceFile } from '../analysis/scan.js';
import type { Dependency, Manifest } from './model.js';
import { isManifestPath, parseManifest } from './parsers/index.js';
import { checkPolicies, type PolicyOptions } from './policy.js';
import { queryOsv, keyOf, type OsvOptions } from './osv.js';
import { vulnerabilityFindings } from './vulnerabilities.js';
import { buildSbom, withVulnerabilities } from './sbom.js';
import { DEPENDENCY_METAS } from './rule-metas.js';

export interface DependencyReviewOptions extends PolicyOptions {
  /** false skips the OSV lookup (offline runs); options tune the client. */
  osv?: false | OsvOptions;
  /** Reads a file included with -r/-c that is not among `files` (repository-relative path). */
  readFile?: (path: string) => Promise<string | undefined>;
  projectName?: string;
  /** Recorded in the SBOM's metadata.tools. */
  toolVersion?: string;
}

export interface DependencyReview {
  manifests: Manifest[];
  dependencies: Dependency[];
  findings: Finding[];
  notes: string[];
  metas: RuleMeta[];
  /** Advisories by `file:line` of the declaration, each `OSV-ID[/CVE-…]`, for the report and the SBOM. */
  advisories: Record<string, string[]>;
  sbom: object;
}

export { isManifestPath };

export async function reviewDependencies(
  files: readonly SourceFile[],
  options: DependencyReviewOptions = {},
): Promise<DependencyReview> {
  await initParser(); // setup.py is read from its syntax tree
  const texts = new Map(files.filter((f) => isManifestPath(f.path)).map((f) => [f.path, f.content]));
  const manifests = await parseAll(texts, options);
  const findings: Finding[] = [];
  const notes: string[] = manifests.flatMap((m) => m.errors);
  for (const m of manifests) findings.push(...checkPolicies(m, linesOf(texts.get(m.file)), options));
  const dependencies = manifests.flatMap((m) => m.dependencies);
  const advisories: Record<string, string[]> = {};
  if (options.osv === false) notes.push('dependency vulnerability check skipped: disabled by configuration');
  else if (dependencies.some((d) => d.version))
    findings.push(...(await vulnerabilityCheck(dependencies, texts, options.osv ?? {}, notes, advisories)));
  return {
    manifests,
    dependencies,
    findings,
    notes,
    metas: DEPENDENCY_METAS,
    advisories,
    sbom: withVulnerabilities(
      buildSbom(dependencies, {
        ...(options.projectName ? { projectName: options.projectName } : {}),
        ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
      }),
      dependencies,
      advisories,
    ),
  };
}

async function parseAll(texts: Map<string, string>, options: DependencyReviewOptions): Promise<Manifest[]> {
  const out: Manifest[] = [];
  const queue = [...texts.keys()];
  const seen = new Set<string>();
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    let text = texts.get(path);
    if (text === undefined && options.readFile) text = await options.readFile(path);
    if (text === undefined) continue;
    texts.set(path, text);
    const manifest = parseManifest(path, text);
    if (!manifest) continue;
    out.push(manifest);
    for (const include of manifest.includes) {
      const target = posix.normalize(posix.join(posix.dirname(path), include));
      if (!target.startsWith('../') && !posix.isAbsolute(target)) queue.push(target);
    }
  }
  return out;
}

async function vulnerabilityCheck(
  dependencies: Dependency[],
  texts: Map<string, string>,
  osv: OsvOptions,
  notes: string[],
  advisories: Record<string, string[]>,
): Promise<Finding[]> {
  const pinned = dependencies.filter((d) => d.version && !d.url);
  const answer = await queryOsv(
    pinned.map((d) => ({ name: d.normalized, version: d.version! })),
    osv,
  );
  if (!answer.ok) {
    notes.push(`dependency vulnerability check skipped: ${answer.reason}`);
    return [];
  }
  const out: Finding[] = [];
  for (const dep of pinned) {
    const text = texts.get(dep.file) ?? '';
    const vulns = answer.results.get(keyOf({ name: dep.normalized, version: dep.version! }));
    if (vulns?.length)
      advisories[`${dep.file}:${dep.line}`] = vulns.map((v) =>
        [v.id, ...v.aliases.filter((a) => a.startsWith('CVE-'))].join('/'),
      );
    const f = vulnerabilityFindings(dep, vulns, linesOf(text), lineStarts(text));
    if (f) out.push(f);
  }
  return out;
}

function linesOf(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
