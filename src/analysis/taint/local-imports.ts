// Which in-repository modules the analysed files import but the scan did not include: the App can fetch them
// (one level, bounded by config) so data flow through them is followed.
import type { FileResult } from '../file-result.js';
import type { FileIR } from './ir.js';
import { TAINT_PASS_ID } from './pass.js';
import { decodeIR } from './encoded-ir.js';

/**
 * Candidate paths (`pkg/db.py`, `pkg/db/__init__.py`) for modules imported by `files` that are not among them.
 * `exists` filters the candidates against the repository tree (the App's file list). `import a.b` binds only
 * `a` in the engine's import map, so it yields `a`; `from a import b` yields `a.b`.
 */
export function missingLocalImports(files: readonly FileResult[], exists: (path: string) => boolean): string[] {
  const irs = files.map((f) => decodeIR(f.passData?.[TAINT_PASS_ID])).filter((ir): ir is FileIR => !!ir?.imports);
  const have = new Set(files.map((f) => f.path));
  const wanted = new Set<string>();
  for (const ir of irs) {
    const dir = ir.path.includes('/') ? ir.path.slice(0, ir.path.lastIndexOf('/')) : '';
    for (const module of ir.imports) {
      for (const candidate of candidatesFor(module, dir)) {
        if (!have.has(candidate) && exists(candidate)) wanted.add(candidate);
      }
    }
  }
  return [...wanted].sort();
}

function candidatesFor(module: string, dir: string): string[] {
  const dots = module.length - module.replace(/^\.+/, '').length;
  const rest = module.slice(dots).split('.').filter(Boolean).join('/');
  const bases = dots ? [upFrom(dir, dots - 1)] : ['', dir];
  const out: string[] = [];
  for (const base of bases) {
    const stem = [base, rest].filter(Boolean).join('/');
    if (stem) out.push(`${stem}.py`, `${stem}/__init__.py`);
  }
  return out;
}

function upFrom(dir: string, levels: number): string {
  const parts = dir.split('/').filter(Boolean);
  return parts.slice(0, Math.max(0, parts.length - levels)).join('/');
}
