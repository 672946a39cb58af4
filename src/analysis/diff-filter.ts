// Which findings belong to a change: parses unified diffs (GitHub's per-file `patch`, or `git diff` output) and
// filters findings by reviewdog's modes — added, diff_context, file, nofilter.

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter';

export interface FileDiffLines {
  /** New-side line numbers the change added or modified. */
  added: Set<number>;
  /** New-side line ranges of each hunk, inclusive (comments may go anywhere inside one hunk). */
  hunks: Array<[number, number]>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses the hunks of one file's patch (GitHub's `patch` field: hunks only, no file header). */
export function parsePatch(patch: string): FileDiffLines {
  const added = new Set<number>();
  const hunks: Array<[number, number]> = [];
  let line = 0;
  let hunkEnd = -1;
  for (const raw of patch.split('\n')) {
    const header = HUNK.exec(raw);
    if (header) {
      line = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      hunkEnd = line + count - 1;
      if (count > 0) hunks.push([line, hunkEnd]);
      continue;
    }
    if (line === 0 || line > hunkEnd + 1) continue;
    if (raw.startsWith('+')) added.add(line++);
    else if (raw.startsWith(' ') || raw === '') line++;
    // '-' lines and '\ No newline at end of file' do not advance the new side.
  }
  return { added, hunks };
}

/** Parses multi-file `git diff` output (`diff --git`, `+++ b/path`, hunks); removed files are left out. */
export function parseUnifiedDiff(text: string): Map<string, FileDiffLines> {
  const out = new Map<string, FileDiffLines>();
  let path: string | undefined;
  let hunkText: string[] = [];
  const flush = () => {
    if (path !== undefined) out.set(path, parsePatch(hunkText.join('\n')));
    hunkText = [];
  };
  for (const raw of text.split('\n')) {
    if (raw.startsWith('diff --git ')) {
      flush();
      path = undefined;
    } else if (raw.startsWith('+++ ')) {
      const target = raw.slice(4).trim();
      path = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
    } else if (path !== undefined && !raw.startsWith('--- ')) {
      hunkText.push(raw);
    }
  }
  flush();
  return out;
}

export interface Located {
  path: string;
  line: number;
  endLine: number;
}

/**
 * Whether a finding is part of the change. `added`: it touches an added line and lies inside one hunk (so it
 * can take a line comment); `diff_context`: inside one hunk; `file`: anywhere in a changed file; `nofilter`:
 * always.
 */
export function inDiff(finding: Located, diffs: ReadonlyMap<string, FileDiffLines>, mode: FilterMode): boolean {
  if (mode === 'nofilter') return true;
  const diff = diffs.get(finding.path);
  if (!diff) return false;
  if (mode === 'file') return true;
  const hunk = diff.hunks.some(([start, end]) => finding.line >= start && finding.endLine <= end);
  if (!hunk) return false;
  if (mode === 'diff_context') return true;
  for (let l = finding.line; l <= finding.endLine; l++) if (diff.added.has(l)) return true;
  return false;
}

/** Whether a line range can take a review comment (inside one hunk of the file's patch). */
export function commentable(finding: Located, diffs: ReadonlyMap<string, FileDiffLines>): boolean {
  return inDiff(finding, diffs, 'diff_context');
}
