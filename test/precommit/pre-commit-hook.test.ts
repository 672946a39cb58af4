// The pre-commit hook of .pre-commit-hooks.yaml: its entry command run the way pre-commit runs it (from the
// repository root, the staged Python files appended) against a temporary git repository, and — when the
// `pre-commit` binary is installed (Debian: apt-get install pre-commit; .ci/run installs it) — a real `git commit`
// through pre-commit with the same hook definition.
import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCli, ROOT, spawnCli } from '../cli/built-cli.js';
import { project, SAFE, SHELL_INJECTION } from '../cli/temp-project.js';

interface HookDefinition {
  id: string;
  entry: string;
  language: string;
  types: string[];
  require_serial?: boolean;
}
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as HookDefinition[];
const hook = hooks.find((h) => h.id === 'sentinelpy')!;
const [command, ...entryArgs] = hook.entry.split(/\s+/); // pre-commit splits `entry` with shlex; ours has no quotes
const run = promisify(execFile);

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );
}

/** A repository with one commit; `pkg/app.py` is then changed (staged) and `pkg/other.py` is left unstaged. */
function repository(): string {
  const root = project({ 'pkg/app.py': SAFE, 'pkg/other.py': SAFE, 'README.md': '# demo\n' });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  writeFileSync(join(root, 'pkg/app.py'), SHELL_INJECTION);
  git(root, 'add', 'pkg/app.py');
  writeFileSync(join(root, 'pkg/other.py'), SHELL_INJECTION); // changed, not staged
  return root;
}

/** What pre-commit passes for `types: [python]`: the staged, added/changed Python files. */
function stagedPython(root: string): string[] {
  return git(root, 'diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z')
    .split('\0')
    .filter((p) => p.endsWith('.py'));
}

let main: string;
beforeAll(async () => {
  main = await buildCli();
}, 240_000);

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook on Python files whose command is a bin this package installs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      files: string[];
    };
    expect(hook).toMatchObject({ language: 'node', types: ['python'] });
    expect(Object.keys(pkg.bin)).toContain(command);
    // language: node installs the packed package globally: the packed files must hold the bin and the build.
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'data']));
    expect(entryArgs).toEqual(expect.arrayContaining(['--format', 'text', '--profile', 'default']));
  });

  it('the entry reports the staged file with its repository path, in the text format, and refuses the commit', async () => {
    const root = repository();
    const files = stagedPython(root);
    expect(files).toEqual(['pkg/app.py']);
    const { code, stdout } = await spawnCli(main, [...entryArgs, ...files], root);
    expect(stdout).toMatch(/^pkg\/app\.py:4:\d+ critical subprocess-shell-true /m);
    expect(stdout).not.toContain('other.py');
    expect(stdout).toMatch(/1 file\(s\); score \d+\/100/);
    expect(code).toBe(1);
  }, 60_000);

  it("reads the repository's .github/sentinel.yml, and hook args given after the entry win", async () => {
    const root = repository();
    mkdirSync(join(root, '.github'));
    writeFileSync(join(root, '.github/sentinel.yml'), 'failOn: never\n');
    const files = stagedPython(root);
    expect((await spawnCli(main, [...entryArgs, ...files], root)).code).toBe(0);
    expect((await spawnCli(main, [...entryArgs, '--fail-on', 'critical', ...files], root)).code).toBe(1);
  }, 60_000);
});

const preCommit = (() => {
  try {
    return execFileSync('pre-commit', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
})();

if (!preCommit) {
  if (process.env.CI === 'true')
    throw new Error(
      'pre-commit is not installed: the hook tests cannot run under CI=true (apt-get install -y pre-commit)',
    );
  console.warn('pre-commit hook commit tests skipped: pre-commit not found (apt-get install -y pre-commit)');
}

describe.skipIf(!preCommit)(
  `git commit through pre-commit (${preCommit ?? 'pre-commit not installed: apt-get install -y pre-commit; these tests skip'})`,
  () => {
    /**
     * The hook definition, as a `repo: local` hook with `language: system`: `language: node` would `npm install`
     * this package from the registry, and tests stay offline. A `sentinelpy` shim on PATH runs the compiled CLI.
     */
    function installHook(root: string): NodeJS.ProcessEnv {
      const bin = join(root, '.shim');
      mkdirSync(bin);
      const shim = join(bin, command!);
      writeFileSync(
        shim,
        `#!${process.execPath}\nimport(${JSON.stringify(`file://${main}`)}).then((m) => m.main(process.argv.slice(2))).then((c) => { process.exitCode = c; });\n`,
      );
      chmodSync(shim, 0o755);
      writeFileSync(join(root, '.git/info/exclude'), '.shim/\n.pre-commit-home/\n');
      const local = { ...hook, language: 'system' };
      writeFileSync(
        join(root, '.pre-commit-config.yaml'),
        `repos:\n  - repo: local\n    hooks:\n      - ${JSON.stringify(local)}\n`,
      );
      git(root, 'add', '.pre-commit-config.yaml');
      const env = {
        ...process.env,
        PATH: `${bin}:${process.env.PATH}`,
        PRE_COMMIT_HOME: join(root, '.pre-commit-home'),
      };
      execFileSync('pre-commit', ['install'], { cwd: root, env });
      return env;
    }

    async function commit(root: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; output: string }> {
      const args = [
        '-c',
        'user.name=t',
        '-c',
        'user.email=t@example.invalid',
        '-c',
        'commit.gpgsign=false',
        'commit',
        '-qm',
        'change',
      ];
      try {
        const { stdout, stderr } = await run('git', args, { cwd: root, env });
        return { ok: true, output: stdout + stderr };
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string };
        return { ok: false, output: (e.stdout ?? '') + (e.stderr ?? '') };
      }
    }

    it('refuses a commit that stages a shell injection, naming it, and lets the fixed file through', async () => {
      const root = repository();
      const env = installHook(root);
      const refused = await commit(root, env);
      expect(refused.output).toMatch(/pkg\/app\.py:4:\d+ critical subprocess-shell-true/);
      expect(refused.output).not.toContain('other.py'); // unstaged changes are not the commit's
      expect(refused.ok).toBe(false);
      expect(git(root, 'log', '--oneline')).toMatch(/^\S+ base\n$/);

      writeFileSync(join(root, 'pkg/app.py'), SAFE);
      git(root, 'add', 'pkg/app.py');
      const accepted = await commit(root, env);
      expect(accepted.ok, accepted.output).toBe(true);
      expect(git(root, 'log', '--oneline').split('\n').filter(Boolean)).toHaveLength(2);
    }, 120_000);

    it('scans what is staged, not the working tree: a fixed file with an unstaged vulnerable edit commits', async () => {
      const root = repository();
      const env = installHook(root);
      writeFileSync(join(root, 'pkg/app.py'), SAFE.replace('check=True', 'check=False'));
      git(root, 'add', 'pkg/app.py');
      writeFileSync(join(root, 'pkg/app.py'), SHELL_INJECTION); // unstaged: pre-commit stashes it during the hook
      const result = await commit(root, env);
      expect(result.ok, result.output).toBe(true);
      expect(readFileSync(join(root, 'pkg/app.py'), 'utf8')).toBe(SHELL_INJECTION); // restored afterwards
    }, 120_000);
  },
);
