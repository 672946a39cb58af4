// Profiles through the CLI: the default reports evidence-backed findings and lists audit notes apart (never
// counted); `audit` reports everything; `bandit` keeps only the checks Bandit has. Evidence caps severity.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, project } from './temp-project.js';

interface Row {
  ruleId: string;
  line: number;
  severity: string;
  evidence: string;
}
interface Report {
  summary: { profile: string; auditNotes: number; rating: string };
  findings: Row[];
  auditNotes: Row[];
}

async function run(args: string[]) {
  const io = captureIo();
  const code = await main([...args, '--offline', '--format', 'json', '--output', '-'], io);
  return { code, report: JSON.parse(io.out) as Report };
}

const APP = [
  'import subprocess',
  'import requests',
  'from flask import Flask, request',
  'app = Flask(__name__)',
  '',
  'def build(name):',
  '    subprocess.run(f"tar xf {name}", shell=True)',
  '',
  'def fetch():',
  '    return requests.get("https://example.com", verify=False, timeout=5)',
  '',
  '@app.route("/run")',
  'def run_it():',
  '    subprocess.run(request.args["cmd"], shell=True)',
  '',
].join('\n');

describe('profiles', () => {
  it('default: a risky call with no evidence is an audit note, not a finding; data flow and insecure settings are findings', async () => {
    const { report } = await run(['scan', project({ 'app.py': APP }), '--fail-on', 'never']);
    expect(report.summary.profile).toBe('default');
    const at = (rows: Row[], line: number) => rows.filter((f) => f.line === line);
    expect(at(report.findings, 7)).toEqual([]);
    expect(at(report.auditNotes, 7).map((f) => [f.ruleId, f.evidence, f.severity])).toEqual([
      ['subprocess-shell-true', 'pattern', 'medium'],
    ]);
    expect(at(report.findings, 10).map((f) => [f.ruleId, f.evidence])).toEqual([['tls-verify-disabled', 'config']]);
    const flow = at(report.findings, 14);
    expect(flow.length).toBeGreaterThan(0);
    expect(flow.every((f) => f.evidence === 'dataflow' && (f.severity === 'critical' || f.severity === 'high'))).toBe(
      true,
    );
    expect(report.summary.auditNotes).toBe(report.auditNotes.length);
    expect(report.findings.some((f) => f.evidence === 'pattern')).toBe(false);
  });

  it('audit notes never fail the scan under the default profile', async () => {
    const root = project({
      'build.py': 'import subprocess\n\ndef build(name):\n    subprocess.run(f"tar xf {name}", shell=True)\n',
    });
    const quiet = await run(['scan', root, '--fail-on', 'low']);
    expect(quiet.report.findings).toEqual([]);
    expect(quiet.report.auditNotes.map((f) => f.ruleId)).toContain('subprocess-shell-true');
    expect(quiet.code).toBe(0);
    const audit = await run(['scan', root, '--fail-on', 'low', '--profile', 'audit']);
    expect(audit.report.findings.map((f) => f.ruleId)).toContain('subprocess-shell-true');
    expect(audit.code).toBe(1);
  });

  it('audit: everything is a finding, with its evidence; pattern findings stay at medium at most', async () => {
    const { report } = await run(['scan', project({ 'app.py': APP }), '--fail-on', 'never', '--profile', 'audit']);
    expect(report.auditNotes).toEqual([]);
    expect(report.findings.some((f) => f.line === 7 && f.evidence === 'pattern')).toBe(true);
    for (const f of report.findings.filter((x) => x.evidence === 'pattern'))
      expect(['medium', 'low']).toContain(f.severity);
  });

  it('bandit: only rules with a Bandit id report', async () => {
    const { report } = await run(['scan', project({ 'app.py': APP }), '--fail-on', 'never', '--profile', 'bandit']);
    const ids = new Set(report.findings.map((f) => f.ruleId));
    expect(ids.has('subprocess-shell-true')).toBe(true); // B602
    expect(ids.has('tls-verify-disabled')).toBe(true); // B501
    expect([...ids].some((id) => id.startsWith('tainted-'))).toBe(false); // data-flow rules have no Bandit id
  });

  it('bandit: each Bandit check on a construct reports on its own, as Bandit does, though other profiles merge them', async () => {
    const root = project({ 'pack.py': 'import os\nos.system("/bin/tar xvzf *")\n' });
    const rulesAt = (rows: Row[]) =>
      rows
        .filter((f) => f.line === 2)
        .map((f) => f.ruleId)
        .sort();
    const audit = await run(['scan', root, '--fail-on', 'never', '--profile', 'audit']);
    expect(rulesAt(audit.report.findings)).toHaveLength(1);
    const bandit = await run(['scan', root, '--fail-on', 'never', '--profile', 'bandit']);
    expect(rulesAt(bandit.report.findings)).toEqual(['start-process-with-shell', 'unix-command-wildcard-injection']); // B605 + B609
  });

  it('takes the profile from the config file, and rejects an unknown one', async () => {
    const root = project({ 'app.py': APP, '.github/sentinel.yml': 'profile: audit\n' });
    expect((await run(['scan', root, '--fail-on', 'never'])).report.summary.profile).toBe('audit');
    const io = captureIo();
    expect(await main(['scan', root, '--profile', 'paranoid'], io)).toBe(2);
    expect(io.err).toContain('--profile must be one of default, audit, bandit');
  });
});
