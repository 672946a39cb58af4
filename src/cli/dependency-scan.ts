// The dependency side of `sentinelpy scan`: finds the project's manifests (requirements*.txt, pyproject.toml,
// setup.cfg/py, Pipfile, lock files), runs the dependency review of src/deps/ and returns its findings and notes.
import { statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { FileResult } from '../analysis/file-result.js';
import { importsOfResult } from '../analysis/imports-pass.js';
import type { ModuleImport } from '../analysis/python/module-imports.js';
import type { Finding, RuleMeta } from '../analysis/rule.js';
import type { SourceFile } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import { isManifestPath, reviewDependencies } from '../deps/review.js';
import { phantomImports } from '../deps/phantom-imports.js';
import type { DependencyInventory } from '../report/dependency-inventory.js';
import { readSource } from './read-source.js';
import { walk } from './walk.js';

export interface DependencyOutcome {
  findings: Finding[];
  metas: RuleMeta[];
  notes: string[];
  manifests: number;
  /** For the report's Dependencies section (undefined when no manifest was found or the review failed). */
  inventory?: DependencyInventory;
  /** CycloneDX 1.5 JSON of the dependencies found (undefined when the review failed). */
  sbom?: object;
  /** The manifests read, by scan-relative path. */
  sources: SourceFile[];
}

/** Manifests under the folder targets (config excludes apply) plus manifests given by name. */
function manifestPaths(root: string, relativeTargets: readonly string[], config: SentinelConfig): string[] {
  const excluded = config.paths.exclude.length ? picomatch(config.paths.exclude, { dot: true }) : () => false;
  const out = new Set<string>();
  for (const target of relativeTargets) {
    const absolute = resolve(root, target);
    if (!statSync(absolute).isDirectory()) {
      if (isManifestPath(target)) out.add(target);
      continue;
    }
    const prefix = target === '' ? '' : `${target}/`;
    for (const p of walk(absolute, { accept: (rel) => isManifestPath(rel) && !excluded(prefix + rel) }))
      out.add(prefix + p);
  }
  return [...out].sort();
}

function readInside(root: string, path: string, maxBytes: number): string | undefined {
  const normal = posix.normalize(path);
  if (normal.startsWith('../') || posix.isAbsolute(normal)) return undefined; // includes stay inside the project
  const outcome = readSource(resolve(root, normal), maxBytes);
  return outcome.ok ? outcome.content : undefined;
}

export interface DependencyScanOptions {
  offline: boolean;
  projectName: string;
  toolVersion?: string;
}

/** Reviews the manifests of `relativeTargets` (folders are walked, honouring config excludes and .gitignore). */
export async function scanDependencies(
  root: string,
  relativeTargets: readonly string[],
  config: SentinelConfig,
  options: DependencyScanOptions,
): Promise<DependencyOutcome> {
  const max = config.limits.maxFileBytes;
  const files: SourceFile[] = [];
  for (const path of manifestPaths(root, relativeTargets, config)) {
    const content = readInside(root, path, max);
    if (content !== undefined) files.push({ path, content });
  }
  if (files.length === 0) return { findings: [], metas: [], notes: [], manifests: 0, sources: [] };
  const included: SourceFile[] = []; // files reached through -r/-c, kept for the report's fix diffs
  const readIncluded = async (path: string) => {
    const content = readInside(root, path, max);
    if (content !== undefined) included.push({ path, content });
    return content;
  };
  try {
    const review = await reviewDependencies(files, {
      osv: options.offline || !config.dependencies.osv ? false : {},
      requireHashes: config.dependencies.requireHashes,
      allowedLicenses: config.dependencies.allowedLicenses,
      readFile: readIncluded,
      projectName: options.projectName,
      ...(options.toolVersion ? { toolVersion: options.toolVersion } : {}),
    });
    const manifests = review.manifests.length;
    return {
      findings: review.findings,
      metas: review.metas,
      notes: review.notes,
      manifests,
      sbom: review.sbom,
      sources: [...files, ...included],
      inventory: { dependencies: review.dependencies, advisories: review.advisories, notes: review.notes, manifests },
    };
  } catch (error) {
    // The code review stands on its own: a broken dependency review becomes a note, not a failed scan.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      findings: [],
      metas: [],
      notes: [`dependency review failed: ${reason}`],
      manifests: files.length,
      sources: files,
    };
  }
}

/**
 * The dependency review's addition once the code is analysed: the manifests' findings plus the phantom imports of
 * `code` (imports no manifest declares), read from the analysed files' results where they carry them.
 */
export function withPhantomImports(
  outcome: DependencyOutcome,
  code: readonly SourceFile[],
  rootName: string,
): (analysed: readonly FileResult[]) => Promise<DependencyOutcome> {
  return async (analysed) => {
    if (!outcome.inventory || code.length === 0) return outcome;
    const imports = new Map<string, ModuleImport[]>();
    for (const result of analysed) {
      const found = importsOfResult(result.passData);
      if (found) imports.set(result.path, found);
    }
    try {
      const phantoms = await phantomImports(code, outcome.inventory.dependencies, { rootName, imports });
      return { ...outcome, findings: [...outcome.findings, ...phantoms] };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ...outcome, notes: [...outcome.notes, `phantom-import check failed: ${reason}`] };
    }
  };
}
