// The changed files between two commits, shaped like `pulls.listFiles` / `repos.compareCommits` entries.
import { diffFiles, type FileDiff } from './diff.js';
import { blobSha } from './git-objects.js';
import type { SimCommit } from './state.js';

export interface ChangedFile extends FileDiff {
  filename: string;
  status: 'added' | 'removed' | 'modified';
  /** Blob SHA of the new version (of the old one for a removed file). */
  sha: string;
}

/** Every path that differs between `base` and `head`, sorted by path, with its diff. */
export function changedFiles(base: SimCommit, head: SimCommit): ChangedFile[] {
  const paths = new Set([...base.files.keys(), ...head.files.keys()]);
  const changed: ChangedFile[] = [];
  for (const filename of [...paths].sort()) {
    const before = base.files.get(filename);
    const after = head.files.get(filename);
    if (before === after) continue;
    const status = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
    changed.push({ filename, status, sha: blobSha(after ?? before ?? ''), ...diffFiles(before, after) });
  }
  return changed;
}

export function changedFileJson(file: ChangedFile, repoFullName: string, headSha: string, apiRoot: string) {
  const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    patch: file.patch,
    blob_url: `https://github.example/${repoFullName}/blob/${headSha}/${encoded}`,
    raw_url: `https://github.example/${repoFullName}/raw/${headSha}/${encoded}`,
    contents_url: `${apiRoot}/repos/${repoFullName}/contents/${encoded}?ref=${headSha}`,
  };
}
