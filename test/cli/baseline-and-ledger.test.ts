// The CLI's triage files: a baseline written from today's findings lets only new findings count (and keeps
// matching after the code moves), and the repository's suppression ledger dismisses findings until they expire.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, project, SHELL_INJECTION } from './temp-project.js';

interface Row {
  ruleId: string;
  line: number;
  fingerprint: string;
  path: string;
}
interface Report {
  findings: Row[];
  auditNotes: Row[];
}

async function scan(root: string, extra: string[] = [], now?: Date) {
  const io = captureIo(now);
  const code = await main(
    ['scan', root, '--offline', '--no-progress', '--format', 'json', '--output', '-', ...extra],
    io,
  );
  return { code, io, report: code === 2 ? undefined : (JSON.parse(io.out) as Report) };
}

const EVAL = 'from flask import request\n\ndef compute():\n    return eval(request.args["expression"])\n';

describe('sentinelpy scan --write-baseline / --baseline', () => {
  it("baselines today's findings; later only new ones count, even after the old code moved down", async () => {
    const root = project({ 'app.py': SHELL_INJECTION });
    const baseline = join(root, 'baseline.json');
    const first = await scan(root);
    expect(first.code).toBe(1);
    const written = await scan(root, ['--write-baseline', baseline]);
    expect(written.code).toBe(0);
    expect(written.report!.findings).toEqual([]);
    const stored = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: { fingerprint: string }[] };
    // Audit notes are baselined too: a profile change later must not bring them back as new.
    expect(stored.findings.map((f) => f.fingerprint).sort()).toEqual(
      [...first.report!.findings, ...first.report!.auditNotes].map((f) => f.fingerprint).sort(),
    );

    // The old finding moves four lines down; a new finding arrives in a new file.
    writeFileSync(join(root, 'app.py'), `# header\n\n"""Docs."""\nimport os\n${SHELL_INJECTION}`);
    writeFileSync(join(root, 'calc.py'), EVAL);
    const later = await scan(root, ['--baseline', baseline]);
    expect(later.code).toBe(1);
    expect(later.report!.findings.map((f) => f.path)).toEqual(['calc.py']);
    const without = await scan(root);
    expect(without.report!.findings.map((f) => f.path).sort()).toEqual(['app.py', 'calc.py']);
  });

  it('a missing or malformed baseline is a usage error', async () => {
    const root = project({ 'app.py': SHELL_INJECTION, 'bad.json': '{"version": 1, "findings": [{"rule": "x"}]}' });
    const missing = await scan(root, ['--baseline', join(root, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.io.err).toMatch(/baseline .*nope\.json: cannot be read/);
    const bad = await scan(root, ['--baseline', join(root, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.io.err).toMatch(/baseline .*bad\.json: findings\.0\.fingerprint/);
  });
});

describe('the suppression ledger in the CLI', () => {
  const ledger = (row: Row, until?: string) =>
    [
      'version: 1',
      'ignore:',
      `  - fingerprint: ${row.fingerprint}`,
      `    rule: ${row.ruleId}`,
      `    path: ${row.path}`,
      '    kind: accepted-risk',
      '    reason: only operators reach it',
      '    by: wes',
      '    at: 2026-05-01',
      ...(until ? [`    until: ${until}`] : []),
      '',
    ].join('\n');

  it('dismisses the finding until the entry expires, then the finding is back and the scan says so', async () => {
    const root = project({ 'app.py': SHELL_INJECTION });
    const [finding] = (await scan(root)).report!.findings;
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github', 'sentinel-ignore.yml'), ledger(finding!, '2026-06-01'));
    const active = await scan(root, [], new Date('2026-05-06T12:00:00Z'));
    expect(active.code).toBe(0);
    expect(active.report!.findings).toEqual([]);
    const expired = await scan(root, [], new Date('2026-06-02T12:00:00Z'));
    expect(expired.code).toBe(1);
    expect(expired.report!.findings.map((f) => f.fingerprint)).toEqual([finding!.fingerprint]);
    expect(JSON.stringify(expired.report)).toContain('expired on 2026-06-01: the finding counts again');
  });

  it('a malformed ledger is reported (exit 2), never silently ignored', async () => {
    const root = project({
      'app.py': SHELL_INJECTION,
      '.github/sentinel-ignore.yml': 'version: 1\nignore:\n  - fingerprint: short\n',
    });
    const result = await scan(root);
    expect(result.code).toBe(2);
    expect(result.io.err).toContain('ledger .github/sentinel-ignore.yml: ignore.0.fingerprint');
  });
});
