// The CLI in-process (main() with temp folders): exit codes, outputs, config, walking and skipping files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, project, SAFE, SHELL_INJECTION } from './temp-project.js';

async function run(args: string[]) {
  const io = captureIo();
  const code = await main(args[0] === 'scan' ? [...args, '--offline'] : args, io); // tests never touch the network
  return { code, out: io.out, err: io.err };
}

async function json(args: string[]) {
  const r = await run([...args, '--format', 'json', '--output', '-']);
  return {
    ...r,
    report: JSON.parse(r.out) as {
      findings: { ruleId: string; path: string; line: number }[];
      skipped: { path: string; reason: string }[];
    },
  };
}

describe('sentinelpy scan: exit codes and outputs', () => {
  it('writes the dated Markdown report into the scanned root and prints a summary (exit 1 on a high finding)', async () => {
    const root = project({ 'app.py': SHELL_INJECTION });
    const { code, out } = await run(['scan', root, '--no-progress']);
    expect(code).toBe(1);
    const report = join(root, 'python_security_review_20260506.md');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('## Executive Summary');
    expect(out).toMatch(/finding\(s\) \(critical [1-9]/);
    expect(out).toContain('python_security_review_20260506.md');
  });

  it('exits 0 on clean code and honours --fail-on', async () => {
    expect((await run(['scan', project({ 'ok.py': SAFE }), '--format', 'text', '-o', '-'])).code).toBe(0);
    const vulnerable = project({ 'app.py': SHELL_INJECTION });
    expect((await run(['scan', vulnerable, '--format', 'text', '-o', '-', '--fail-on', 'never'])).code).toBe(0);
    expect((await run(['scan', vulnerable, '--format', 'text', '-o', '-', '--fail-on', 'critical'])).code).toBe(1);
    const medium = project({ 'app.py': 'import requests\nrequests.get("https://x", verify=False, timeout=3)\n' });
    expect((await run(['scan', medium, '--format', 'text', '-o', '-', '--fail-on', 'critical'])).code).toBe(0);
    expect((await run(['scan', medium, '--format', 'text', '-o', '-', '--fail-on', 'high'])).code).toBe(1);
    expect((await run(['scan', vulnerable, '--format', 'text', '-o', '-', '--fail-on', 'low'])).code).toBe(1);
  });

  it('prints path:line:col severity rule message in text format', async () => {
    const { out } = await run(['scan', project({ 'app.py': SHELL_INJECTION }), '--format', 'text', '-o', '-']);
    expect(out).toContain('app.py:4:5 critical subprocess-shell-true ');
  });

  it('writes SARIF and JSON to --output files', async () => {
    const root = project({ 'app.py': SHELL_INJECTION });
    expect((await run(['scan', root, '--format', 'sarif', '--output', join(root, 'out.sarif')])).code).toBe(1);
    expect(JSON.parse(readFileSync(join(root, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    const { report } = await json(['scan', root]);
    expect(report.findings.some((f) => f.ruleId === 'subprocess-shell-true' && f.line === 4)).toBe(true);
  });
});

describe('sentinelpy: usage and input errors exit 2 with one line', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['scan', '.', '--bogus'], /Unknown option '--bogus'/],
    ['bad format', ['scan', '.', '--format', 'html'], /--format must be one of markdown, sarif, json, text/],
    ['bad fail-on', ['scan', '.', '--fail-on', 'severe'], /--fail-on must be one of/],
    ['missing path', ['scan', '/definitely/not/here'], /path not found: \/definitely\/not\/here/],
    ['unknown command', ['lint'], /unknown command 'lint'/],
    ['bad jobs', ['scan', '.', '--jobs', '257'], /--jobs must be an integer from 0 to 256/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('names the bad key of a config file', async () => {
    const root = project({
      'a.py': SAFE,
      'bad.yml': 'comments:\n  max: lots\n',
      'extra.yml': 'failon: high\n',
      'broken.yml': 'a: [\n',
    });
    const bad = await run(['scan', root, '--config', join(root, 'bad.yml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/config .*bad\.yml: comments\.max: /);
    expect((await run(['scan', root, '--config', join(root, 'extra.yml')])).err).toMatch(/extra\.yml: failon/);
    expect((await run(['scan', root, '--config', join(root, 'broken.yml')])).err).toMatch(/broken\.yml: invalid YAML/);
    expect((await run(['scan', root, '--config', join(root, 'missing.yml')])).err).toMatch(
      /missing\.yml: cannot be read/,
    );
  });

  it('prints help and version with exit 0', async () => {
    expect((await run(['--help'])).out).toContain('sentinelpy scan [paths...]');
    expect((await run(['--version'])).out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('sentinelpy scan: config', () => {
  it('disables rules by id or Bandit alias, overrides severity, and takes failOn from the config', async () => {
    const tls = 'import requests\nrequests.get("https://x", verify=False, timeout=3)\n';
    const root = project({
      'app.py': tls,
      'off.yml': 'rules:\n  disable: [B501]\n',
      'low.yml': 'rules:\n  severity:\n    tls-verify-disabled: low\nfailOn: low\n',
    });
    const off = await json(['scan', root, '--config', join(root, 'off.yml')]);
    expect(off.report.findings.some((f) => f.ruleId === 'tls-verify-disabled')).toBe(false);
    const low = await json(['scan', root, '--config', join(root, 'low.yml')]);
    expect(low.report.findings.find((f) => f.ruleId === 'tls-verify-disabled')).toMatchObject({ severity: 'low' });
    expect(low.code).toBe(1);
  });

  it('reads <root>/.github/sentinel.yml by default and applies its path filters', async () => {
    const root = project({
      'app.py': SHELL_INJECTION,
      'legacy/old.py': SHELL_INJECTION,
      '.github/sentinel.yml': 'paths:\n  exclude: ["legacy/**"]\n',
    });
    const { report } = await json(['scan', root]);
    expect(new Set(report.findings.map((f) => f.path))).toEqual(new Set(['app.py']));
  });
});

describe('sentinelpy scan: dependencies', () => {
  it('reviews manifests next to the code (offline: policies only, with a note)', async () => {
    const root = project({
      'app.py': SAFE,
      'requirements.txt': 'flask==3.0.0\nrequests>=2.0\n',
      'vendor/requirements.txt': 'x>=1\n',
      'cfg.yml': 'paths:\n  exclude: ["vendor/**"]\n',
    });
    const { report } = await json(['scan', root, '--config', join(root, 'cfg.yml')]);
    // An unpinned requirement is a hygiene note without evidence of harm: an audit note under the default profile.
    const notes = (report as unknown as { auditNotes: typeof report.findings }).auditNotes;
    const deps = [...report.findings, ...notes].filter((f) => f.path.endsWith('requirements.txt'));
    expect(deps.map((f) => `${f.path}:${f.line}:${f.ruleId}`)).toEqual(['requirements.txt:2:dependency-unpinned']);
    expect(notes.map((f) => f.ruleId)).toContain('dependency-unpinned');
    expect((report as unknown as { notes: string[] }).notes).toContain(
      'dependency vulnerability check skipped: disabled by configuration',
    );
  });
});

describe('sentinelpy scan: which files', () => {
  it('honours .gitignore (nested too) and skips virtualenvs, node_modules, .git, .tox and __pycache__', async () => {
    const root = project({
      'app.py': SHELL_INJECTION,
      '.gitignore': 'generated/\n*_pb2.py\n',
      'generated/x.py': SHELL_INJECTION,
      'api_pb2.py': SHELL_INJECTION,
      'pkg/.gitignore': 'local.py\n',
      'pkg/local.py': SHELL_INJECTION,
      'pkg/kept.py': SHELL_INJECTION,
      'env/pyvenv.cfg': 'home = /usr/bin\n',
      'env/lib/x.py': SHELL_INJECTION,
      '.venv/x.py': SHELL_INJECTION,
      'node_modules/x.py': SHELL_INJECTION,
      '.tox/x.py': SHELL_INJECTION,
      '__pycache__/x.py': SHELL_INJECTION,
      'lib/site-packages/x.py': SHELL_INJECTION,
      'README.md': 'subprocess.run(x, shell=True)\n',
    });
    const { report } = await json(['scan', root]);
    expect([...new Set(report.findings.map((f) => f.path))].sort()).toEqual(['app.py', 'pkg/kept.py']);
  });

  it('honours the .gitignore files above the scanned folder up to the top of the git work tree', async () => {
    const repo = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': 'src/generated/\n*_pb2.py\n',
      'src/app.py': SHELL_INJECTION,
      'src/generated/x.py': SHELL_INJECTION,
      'src/api_pb2.py': SHELL_INJECTION,
    });
    const { report } = await json(['scan', join(repo, 'src')]);
    expect([...new Set(report.findings.map((f) => f.path))]).toEqual(['app.py']);
  });

  it('scans a folder the enclosing repository ignores when it is asked for explicitly', async () => {
    const repo = project({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': '/versions/\n',
      'versions/3.11/lib/a.py': SHELL_INJECTION,
    });
    const { report } = await json(['scan', join(repo, 'versions', '3.11', 'lib')]);
    expect(report.findings.map((f) => f.path)).toContain('a.py');
  });

  it('skips binary, non-UTF-8 and oversized files with a reason, and still scans the rest', async () => {
    const root = project({
      'app.py': SHELL_INJECTION,
      'blob.py': new Uint8Array([0x70, 0x00, 0x01, 0x02]),
      'latin.py': new Uint8Array([0x23, 0x20, 0xe9, 0x0a]),
      'huge.py': `x = 1\n${'# filler\n'.repeat(200)}`,
      'small.yml': 'limits:\n  maxFileBytes: 1000\n',
    });
    const { report, code } = await json(['scan', root, '--config', join(root, 'small.yml')]);
    expect(code).toBe(1);
    expect(report.skipped).toEqual([
      { path: 'blob.py', reason: 'binary file' },
      { path: 'huge.py', reason: expect.stringMatching(/^larger than 1 kB/) },
      { path: 'latin.py', reason: 'not UTF-8' },
    ]);
    expect(report.findings.some((f) => f.path === 'app.py')).toBe(true);
  });

  it('scans a single file given by name, and several paths under their common folder', async () => {
    const root = project({ 'a/one.py': SHELL_INJECTION, 'b/two.py': SHELL_INJECTION });
    const single = await json(['scan', join(root, 'a', 'one.py')]);
    expect(single.report.findings.map((f) => f.path)).toContain('one.py');
    const both = await json(['scan', join(root, 'a'), join(root, 'b')]);
    expect([...new Set(both.report.findings.map((f) => f.path))].sort()).toEqual(['a/one.py', 'b/two.py']);
  });

  it('does not crash on files with syntax errors and reports them as partially parsed', async () => {
    const root = project({ 'bad.py': 'def broken(:\n    subprocess.run(f"x {y}", shell=True)\nimport subprocess\n' });
    const r = await run(['scan', root, '--format', 'json', '-o', '-']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.out).partiallyParsed[0].path).toBe('bad.py');
  });
});
