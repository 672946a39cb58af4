// `--diff BASE` against a real temporary git repository: only findings on lines changed since BASE count.
import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateRef } from '../../src/cli/git-diff.js';
import { captureIo, project, SHELL_INJECTION } from './temp-project.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );
}

describe('sentinelpy scan --diff', () => {
  it('reports only findings on lines added since the ref, and exits by them alone', async () => {
    const root = project({ 'old.py': SHELL_INJECTION, 'app.py': 'import requests\n' });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    appendFileSync(join(root, 'app.py'), '\ndef go(x):\n    requests.get(x, verify=False, timeout=5)\n');
    writeFileSync(join(root, 'new.py'), 'x = 1\n'); // untracked files are not part of `git diff`

    const io = captureIo();
    const code = await main(['scan', root, '--diff', 'main', '--format', 'json', '-o', '-', '--offline'], io);
    const report = JSON.parse(io.out) as {
      findings: { path: string; line: number; ruleId: string }[];
      notes: string[];
    };
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`)).toEqual(['app.py:4:tls-verify-disabled']);
    expect(report.notes[0]).toContain('changed since main');
    expect(code).toBe(1);

    const clean = captureIo();
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'change');
    expect(await main(['scan', root, '--diff', 'HEAD', '--format', 'json', '-o', '-', '--offline'], clean)).toBe(0);
    expect(JSON.parse(clean.out).findings).toEqual([]);
  });

  it('rejects refs that could be read as options, and unknown refs, with exit 2', async () => {
    expect(() => validateRef('--output=/etc/passwd')).toThrow(/not a valid git ref/);
    expect(() => validateRef('main;rm -rf /')).toThrow(/not a valid git ref/);
    expect(validateRef('origin/main~2')).toBe('origin/main~2');
    const root = project({ 'a.py': 'x = 1\n' });
    git(root, 'init', '-q');
    const io = captureIo();
    expect(await main(['scan', root, '--diff', 'nope'], io)).toBe(2);
    expect(io.err).toMatch(/git ref 'nope' not found/);
    const flag = captureIo();
    expect(await main(['scan', root, '--diff=-x'], flag)).toBe(2);
  });
});
