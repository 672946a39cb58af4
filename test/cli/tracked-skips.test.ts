// Tracked files are never skipped silently: a Python file git tracks that the walk leaves out (.gitignore, a
// virtualenv-looking folder, node_modules) is listed as skipped with the reason, newline in its name included;
// the scan is not incomplete for it (an ignore rule is the repository's own choice), and paths.exclude stays quiet.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TRACKED_BUT_IGNORED } from '../../src/cli/tracked-skips.js';
import { captureIo, project, SAFE } from './temp-project.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd },
  );
}

describe('tracked files skipped by ignore rules', () => {
  it('lists them with the reason, exits as a complete scan, and leaves paths.exclude out', async () => {
    const root = project({
      'app.py': SAFE,
      'gen/api.py': SAFE,
      'tools/env/pyvenv.cfg': 'home = /usr\n',
      'tools/env/run.py': SAFE,
      'legacy/old.py': SAFE,
      'odd\nname.py': SAFE,
      '.github/sentinel.yml': 'paths:\n  exclude: ["legacy/**"]\n',
    });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    // Ignored after being tracked: git still tracks it, the walk skips it.
    execFileSync('sh', ['-c', 'printf "gen/\\nodd*\\n" > .gitignore'], { cwd: root });
    const io = captureIo();
    const code = await main(['scan', root, '--offline', '--format', 'json', '--output', '-'], io);
    const report = JSON.parse(io.out) as { skipped: { path: string; reason: string }[] };
    const listed = report.skipped.filter((s) => s.reason === TRACKED_BUT_IGNORED).map((s) => s.path);
    expect(listed).toEqual(['gen/api.py', 'odd\nname.py', 'tools/env/run.py']);
    expect(listed).not.toContain('legacy/old.py');
    expect(code).toBe(0);
  });

  it('outside a git work tree nothing extra is listed', async () => {
    const root = project({ 'app.py': SAFE, 'node_modules/x.py': SAFE });
    const io = captureIo();
    await main(['scan', root, '--offline', '--format', 'json', '--output', '-'], io);
    expect((JSON.parse(io.out) as { skipped: unknown[] }).skipped).toEqual([]);
  });
});
