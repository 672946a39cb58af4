// The App decodes fetched Python files as Python does (PEP 263), like the CLI: a latin-1 file with a coding cookie
// is analysed as latin-1 (not read as UTF-8 with replacement characters), and bytes that do not decode are a
// listed skip (which makes the review incomplete), never mangled text analysed as if it were the file.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { ChangedFile, GitHubPort } from '../../src/github/port.js';
import { collectSources } from '../../src/review/collect-sources.js';

const HEAD = 'a'.repeat(40);

/** A port serving `files` (path → bytes) for one pull request, as readFileText does (text read as UTF-8, and bytes). */
function portWith(files: Record<string, Uint8Array>): GitHubPort {
  const listed: ChangedFile[] = Object.keys(files).map((path) => ({
    path,
    status: 'added',
    sha: path,
    patch: '@@ -0,0 +1 @@\n+x',
    listedAt: HEAD,
  }));
  return {
    listChangedFiles: async () => listed,
    readFile: async (file: ChangedFile) => {
      const bytes = files[file.path]!;
      return { size: bytes.length, text: Buffer.from(bytes).toString('utf8'), bytes };
    },
  } as unknown as GitHubPort;
}

describe('collectSources decoding', () => {
  it('decodes a latin-1 file by its cookie and skips undecodable bytes with the reason', async () => {
    const latin1 = Buffer.from('# -*- coding: latin-1 -*-\nname = "café"\n', 'latin1');
    const broken = Buffer.from('name = "caf\xe9"\n', 'latin1'); // no cookie: UTF-8, and 0xE9 alone is not UTF-8
    const utf8 = Buffer.from('name = "café"\n', 'utf8');
    const out = await collectSources(
      portWith({ 'l.py': latin1, 'b.py': broken, 'u.py': utf8 }),
      { number: 1, headSha: HEAD, defaultBranch: 'main' },
      DEFAULT_CONFIG,
    );
    expect(out.sources).toEqual([
      { path: 'l.py', content: '# -*- coding: latin-1 -*-\nname = "café"\n' },
      { path: 'u.py', content: 'name = "café"\n' },
    ]);
    expect(out.skipped).toEqual([{ path: 'b.py', reason: 'not UTF-8' }]);
  });
});
