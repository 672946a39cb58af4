// The GitHub Action (action.yml) run step by step by test/action/composite-runner.ts against fixture git
// repositories made here: a pull request's diff against its base, SARIF written and handed to upload-sarif, the
// job summary, fail-on, forks, and inputs that try to be shell or flags.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCli, ROOT } from '../cli/built-cli.js';
import { project, SHELL_INJECTION } from '../cli/temp-project.js';
import { runComposite, type ActionFile, type RunResult } from './composite-runner.js';

const ACTION_FILE = join(ROOT, 'action.yml');
const TLS_OFF = 'import requests\n\n\ndef go(x):\n    requests.get(x, verify=False, timeout=5)\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'protocol.file.allow=always',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  ).trim();
}

/** A repository whose base commit already has a shell injection (old.py) and whose head adds a TLS finding. */
function pullRequestRepo(): { workspace: string; base: string; head: string } {
  const workspace = project({ 'old.py': SHELL_INJECTION, 'app.py': 'import requests\n' });
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '.');
  git(workspace, 'commit', '-qm', 'base');
  const base = git(workspace, 'rev-parse', 'HEAD');
  writeFileSync(join(workspace, 'app.py'), TLS_OFF);
  git(workspace, 'commit', '-qam', 'pull request');
  return { workspace, base, head: git(workspace, 'rev-parse', 'HEAD') };
}

const prEvent = (base: string, headRepo = 'acme/shop') => ({
  name: 'pull_request',
  payload: {
    pull_request: { base: { sha: base, repo: { full_name: 'acme/shop' } }, head: { repo: { full_name: headRepo } } },
  },
});

let actionPath: string;
beforeAll(async () => {
  const main = await buildCli(); // <out>/src/cli/main.js: the action runs <action path>/dist/src/action/main.js
  actionPath = mkdtempSync(join(tmpdir(), 'sentinelpy-action-'));
  symlinkSync(dirname(dirname(dirname(main))), join(actionPath, 'dist'), 'dir');
}, 240_000);

async function runAction(
  workspace: string,
  event: { name: string; payload: object },
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  return runComposite({
    actionFile: ACTION_FILE,
    actionPath,
    workspace,
    with: { offline: 'true', ...inputs },
    event,
    skip: ['install'],
  });
}

interface Sarif {
  runs: {
    results: {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}
const sarifAt = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Sarif;
const hits = (log: Sarif) =>
  log.runs[0]!.results.map(
    (r) =>
      `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}:${r.ruleId}`,
  );

describe('action.yml', () => {
  const action = parse(readFileSync(ACTION_FILE, 'utf8')) as ActionFile;

  it('is a composite action whose shell steps never splice an expression into the command', () => {
    expect(action.runs.using).toBe('composite');
    const shellSteps = action.runs.steps.filter((s) => s.run !== undefined);
    expect(shellSteps.length).toBeGreaterThan(0);
    for (const step of shellSteps) expect(step.run, step.name).not.toContain('${{');
    // every input but the Node version reaches the scan step through its env
    const scanEnv = Object.values(action.runs.steps.find((s) => s.id === 'scan')!.env ?? {}).join('\n');
    for (const name of Object.keys(action.inputs).filter((n) => n !== 'node-version'))
      expect(scanEnv).toContain(`inputs.${name} }}`);
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
  });

  it('on a pull request reports only what it changed, uploads the SARIF, summarises, and fails by fail-on', async () => {
    const { workspace, base } = pullRequestRepo();
    const result = await runAction(workspace, prEvent(base));
    const scan = result.step('scan')!;
    expect(scan.outcome, scan.stderr).toBe('success');
    expect(hits(sarifAt(join(workspace, 'sentinelpy.sarif')))).toEqual(['app.py:5:tls-verify-disabled']);
    const upload = result.steps.find((s) => s.name === 'Upload SARIF to code scanning')!;
    expect(upload.ran).toBe(true);
    expect(upload.with).toEqual({ sarif_file: 'sentinelpy.sarif', category: 'sentinelpy' });
    expect(result.summary).toMatch(/^## SentinelPy: score \d+\/100 \(High risk\)/);
    expect(result.summary).toContain(`lines changed since the base commit ${base.slice(0, 12)}`);
    expect(result.summary).toMatch(/\| high \| `tls-verify-disabled` \| `app.py:5` \|/);
    expect(result.summary).not.toContain('old.py');
    expect(scan.outputs).toMatchObject({
      'exit-code': '1',
      findings: '1',
      upload: 'true',
      'sarif-file': 'sentinelpy.sarif',
    });
    expect(result.steps.at(-1)).toMatchObject({ name: 'Fail on findings', ran: true, outcome: 'failure' });
    expect(result.failed).toBe(true);
  }, 120_000);

  it('passes with fail-on: never, and does not upload from a fork (read-only token), saying why', async () => {
    const { workspace, base } = pullRequestRepo();
    const result = await runAction(workspace, prEvent(base, 'mallory/shop'), { 'fail-on': 'never' });
    expect(result.step('scan')!.outputs).toMatchObject({ 'exit-code': '0', upload: 'false' });
    expect(result.steps.find((s) => s.name === 'Upload SARIF to code scanning')!.ran).toBe(false);
    expect(result.summary).toContain('was not uploaded: a pull request from a fork');
    expect(result.summary).toContain('**Passed**');
    expect(result.failed).toBe(false);
  }, 120_000);

  it('scans the whole checkout on a push, and writes the SARIF where sarif-file says', async () => {
    const { workspace } = pullRequestRepo();
    const result = await runAction(
      workspace,
      { name: 'push', payload: {} },
      { 'sarif-file': 'reports/out.sarif', 'top-findings': '1' },
    );
    expect(hits(sarifAt(join(workspace, 'reports/out.sarif'))).sort()).toEqual([
      'app.py:5:tls-verify-disabled',
      'old.py:4:subprocess-shell-true',
    ]);
    expect(result.summary).toContain('the whole checkout');
    expect(result.summary).toContain('1 more in the SARIF file');
    expect(result.failed).toBe(true);
  }, 120_000);

  it('fetches the base commit when the checkout is shallow (actions/checkout fetches one commit)', async () => {
    const { workspace: origin, base, head } = pullRequestRepo();
    const clone = mkdtempSync(join(tmpdir(), 'sentinelpy-shallow-'));
    git(clone, 'clone', '-q', '--depth=1', `file://${origin}`, 'repo');
    const workspace = join(clone, 'repo');
    expect(() => git(workspace, 'cat-file', '-e', `${base}^{commit}`)).toThrow();
    expect(git(workspace, 'rev-parse', 'HEAD')).toBe(head);
    const result = await runAction(workspace, prEvent(base));
    expect(result.step('scan')!.stdout).toContain(`Base commit ${base} is not in the checkout; fetching it.`);
    expect(hits(sarifAt(join(workspace, 'sentinelpy.sarif')))).toEqual(['app.py:5:tls-verify-disabled']);
  }, 120_000);

  it('inputs are data: shell syntax runs nothing, a flag-shaped path is a path, a SARIF path outside is refused', async () => {
    const { workspace, base } = pullRequestRepo();
    const marker = join(workspace, 'pwned');
    const shell = await runAction(workspace, prEvent(base), { 'fail-on': `$(touch ${marker})` });
    expect(shell.step('scan')!.outcome).toBe('failure');
    expect(shell.step('scan')!.stderr).toContain('--fail-on must be one of');
    const flag = await runAction(workspace, prEvent(base), { path: `--output=${marker}` });
    expect(flag.step('scan')!.stderr).toContain('path not found');
    expect(existsSync(marker)).toBe(false);
    const outside = await runAction(workspace, prEvent(base), { 'sarif-file': '../escape.sarif' });
    expect(outside.step('scan')!.stderr).toContain("input sarif-file: '../escape.sarif' is outside the workspace");
    expect(existsSync(join(workspace, '..', 'escape.sarif'))).toBe(false);
    expect(outside.steps.find((s) => s.name === 'Upload SARIF to code scanning')!.ran).toBe(false);
  }, 120_000);
});
