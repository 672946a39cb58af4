// The compiled CLI in a child process: the acceptance check (SARIF of examples/ validates against the schema),
// and worker threads giving the same results as one thread.
import { describe, expect, it, beforeAll } from 'vitest';
import { sarifErrors } from '../report/sarif-schema.js';
import { buildCli, spawnCli } from './built-cli.js';
import { project, SAFE, SHELL_INJECTION } from './temp-project.js';

let main: string;
beforeAll(async () => {
  main = await buildCli();
}, 180_000);

describe('the built sentinelpy CLI', () => {
  it('scan examples/ --format sarif validates against the SARIF 2.1.0 schema', async () => {
    const { code, stdout, stderr } = await spawnCli(main, [
      'scan',
      'examples/',
      '--offline',
      '--format',
      'sarif',
      '--output',
      '-',
    ]);
    expect(code, stderr).toBe(1); // the examples hold high and critical findings on purpose
    const log = JSON.parse(stdout);
    expect(sarifErrors(log)).toEqual([]);
    const ruleIds = new Set(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId));
    for (const id of [
      'subprocess-shell-true',
      'sql-string-formatting',
      'flask-debug-true',
      'suppression-without-reason',
    ])
      expect(ruleIds).toContain(id);
    expect(stderr).toMatch(/finding\(s\) \(critical/);
  }, 60_000);

  it('analyses many files in worker threads with the same findings as one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 90; i++) files[`pkg/m${i}.py`] = i % 3 === 0 ? SHELL_INJECTION : SAFE;
    const root = project(files);
    const one = await spawnCli(main, ['scan', root, '--format', 'json', '-o', '-', '--jobs', '1', '--offline']);
    const many = await spawnCli(main, ['scan', root, '--format', 'json', '-o', '-', '--jobs', '3', '--offline']);
    const auto = await spawnCli(main, ['scan', root, '--format', 'json', '-o', '-', '--offline']);
    const strip = (out: string) => {
      const json = JSON.parse(out);
      return { findings: json.findings, files: json.summary.files };
    };
    expect(strip(one.stdout).files).toBe(90);
    expect(
      strip(one.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'subprocess-shell-true'),
    ).toHaveLength(30);
    expect(strip(many.stdout)).toEqual(strip(one.stdout));
    expect(strip(auto.stdout)).toEqual(strip(one.stdout));
  }, 60_000);

  it('exits 2 with one line for a usage error', async () => {
    const { code, stderr } = await spawnCli(main, ['scan', '--nope']);
    expect(code).toBe(2);
    expect(stderr).toBe("sentinelpy: Unknown option '--nope' (see sentinelpy --help)\n");
  });
});
