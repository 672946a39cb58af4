// A pull request's files and their contents: listFiles paginated to GitHub's 3,000 (each entry says which commit
// it describes), the compare API for the files of one exact commit, contents API up to 1 MB, blobs API above it.
import type { ChangedFile, FileText } from './port.js';
import type { GitHubClient, RepoCoords } from './octokit.js';

/** GitHub returns at most this many files for one pull request. */
export const MAX_PULL_FILES = 3000;

export async function listChangedFiles(
  octokit: GitHubClient,
  repo: RepoCoords,
  pullNumber: number,
): Promise<ChangedFile[]> {
  const files: ChangedFile[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const f of page.data) files.push(changedFile(f));
    if (files.length >= MAX_PULL_FILES) break;
  }
  return files.slice(0, MAX_PULL_FILES);
}

/** GitHub's compare API lists at most this many files. */
export const MAX_COMPARE_FILES = 300;

/** The files changed from `base`'s merge base to exactly `head` (three-dot compare, like a pull request's diff). */
export async function listChangedFilesAt(
  octokit: GitHubClient,
  repo: RepoCoords,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1,
  });
  return (data.files ?? []).slice(0, MAX_COMPARE_FILES).map((f) => ({ ...changedFile(f), listedAt: head }));
}

interface ListedFile {
  filename: string;
  status: ChangedFile['status'];
  sha?: string | null;
  patch?: string;
  contents_url?: string;
}

function changedFile(f: ListedFile): ChangedFile {
  const listedAt = refOf(f.contents_url);
  return {
    path: f.filename,
    status: f.status,
    sha: f.sha ?? '',
    ...(f.patch ? { patch: f.patch } : {}),
    ...(listedAt ? { listedAt } : {}),
  };
}

/** The `ref` query parameter of a contents URL (a full commit SHA on GitHub), if there is one. */
function refOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const ref = new URL(url).searchParams.get('ref');
    return ref && /^[0-9a-f]{40}$/i.test(ref) ? ref.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** A file's text at `ref`, or only its size when it is larger than `maxBytes` (the caller skips it with a note). */
export async function readFileText(
  octokit: GitHubClient,
  repo: RepoCoords,
  file: ChangedFile,
  ref: string,
  maxBytes: number,
): Promise<FileText> {
  const { data } = await octokit.rest.repos.getContent({ ...repo, path: file.path, ref });
  if (Array.isArray(data) || data.type !== 'file') throw new Error(`${file.path} is not a file at ${ref}`);
  if (data.size > maxBytes) return { size: data.size };
  if (data.encoding === 'base64' && data.content) return { size: data.size, ...decodeBase64(data.content) };
  if (data.size === 0) return { size: 0, text: '' };
  // Above 1 MB the contents API sends no content (encoding "none"); the blobs API serves up to 100 MB.
  const blob = await octokit.rest.git.getBlob({ ...repo, file_sha: data.sha || file.sha });
  return {
    size: data.size,
    ...(blob.data.encoding === 'base64' ? decodeBase64(blob.data.content) : { text: blob.data.content }),
  };
}

function decodeBase64(content: string): { text: string; bytes: Uint8Array } {
  const bytes = Buffer.from(content.replace(/\n/g, ''), 'base64');
  return { text: bytes.toString('utf8'), bytes };
}
