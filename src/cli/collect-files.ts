// Turns the command-line paths into the scan root and the files to analyse (read, or skipped with a reason).
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { SkippedFile, SourceFile } from '../analysis/scan.js';
import type { SentinelConfig } from '../config/schema.js';
import { pathFilter } from '../config/paths.js';
import { readSource } from './read-source.js';
import { UsageError } from './usage-error.js';
import { walk } from './walk.js';

export interface Collected {
  /** Absolute folder every path is relative to; the default report goes here. */
  root: string;
  sources: SourceFile[];
  skipped: SkippedFile[];
}

/** The deepest folder holding every target (a file's folder when only one file is given). */
export function scanRoot(targets: readonly string[]): string {
  const dirs = targets.map((t) => (statSync(t).isDirectory() ? t : dirname(t)));
  let root = dirs[0] ?? process.cwd();
  for (const dir of dirs.slice(1)) {
    while (dir !== root && !dir.startsWith(root.endsWith(sep) ? root : root + sep)) root = dirname(root);
  }
  return root;
}

/**
 * `--root DIR`: the folder reports and the default config are relative to, given explicitly (pre-commit passes
 * files from the repository root, and `pkg/a.py` must stay `pkg/a.py`, not `a.py`). Every target must be inside it.
 */
export function explicitRoot(root: string, targets: readonly string[]): string {
  const absolute = resolve(root);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new UsageError(`--root: not a folder: ${root}`);
  for (const target of targets) {
    const rel = relative(absolute, target);
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
      throw new UsageError(`--root: ${target} is not inside ${root}`);
  }
  return absolute;
}

export function resolveTargets(paths: readonly string[]): string[] {
  return paths.map((p) => {
    const absolute = resolve(p);
    if (!existsSync(absolute)) throw new UsageError(`path not found: ${p}`);
    return absolute;
  });
}

function toRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** Files of the targets: folders are walked (config path filters apply), files given by name are always taken. */
export function listFiles(root: string, targets: readonly string[], config: SentinelConfig): string[] {
  const accept = pathFilter(config);
  const files = new Set<string>();
  for (const target of targets) {
    if (statSync(target).isDirectory()) {
      const base = toRelative(root, target);
      for (const f of walk(target, { accept: (p) => accept(base ? `${base}/${p}` : p) }))
        files.add(base ? `${base}/${f}` : f);
    } else {
      files.add(toRelative(root, target));
    }
  }
  return [...files].sort();
}

export function readFiles(root: string, files: readonly string[], maxBytes: number): Omit<Collected, 'root'> {
  const sources: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of files) {
    const outcome = readSource(resolve(root, path), maxBytes);
    if (outcome.ok) sources.push({ path, content: outcome.content });
    else skipped.push({ path, reason: outcome.reason });
  }
  return { sources, skipped };
}
