// `sentinelpy scan` on a project with manifests: the Markdown report's Dependencies section and A06/A03 rows, the
// dependency rules' metadata in every format, and the `dependencies` config keys (offline: no network in tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, project, SAFE } from './temp-project.js';

const REQUIREMENTS = 'requests==2.32.3\nreqeusts==2.31.0\nflask>=2.0\n';

async function scan(root: string, format: 'markdown' | 'json') {
  const io = captureIo();
  const code = await main(['scan', root, '--offline', '--no-progress', '--format', format, '--output', '-'], io);
  return { code, out: io.out };
}

describe('sentinelpy scan with dependency manifests', () => {
  it('renders the Dependencies section, the OSV-skipped warning and the A06:2021 / A03:2025 rows', async () => {
    const { out } = await scan(project({ 'app.py': SAFE, 'requirements.txt': REQUIREMENTS }), 'markdown');
    const deps = out.slice(out.indexOf('\n## Dependencies\n'), out.indexOf('\n## Compliance Matrix\n'));
    expect(deps).toContain('3 dependency declaration(s) in 1 manifest(s): 3 direct, 0 locked');
    expect(deps).toContain(
      '⚠️ **Known vulnerabilities not checked:** dependency vulnerability check skipped: disabled by configuration.',
    );
    expect(deps).toContain('| `requests` | `2.32.3` | `requirements.txt:1` | direct | — |');
    expect(deps).toContain('`dependency-typosquat` | `requirements.txt:2`');
    // A typosquat (a guess from the name) and an unpinned range are audit notes: shown, not counted.
    expect(out).toMatch(
      /\| A06:2021 \| Vulnerable and Outdated Components \| \d+ \| ✅ Checked, no findings · 2 audit note\(s\) · 3 dependencies in 1 manifest\(s\) reviewed; ⚠️ known-vulnerability lookup skipped/,
    );
    expect(out).toMatch(
      /\| A03:2025 \| Software Supply Chain Failures \| \d+ \| ✅ Checked, no findings · 2 audit note/,
    );
    expect(out).toContain('| `requirements.txt:2` | `dependency-typosquat` |'); // listed under Audit Notes
  });

  it('applies dependencies.requireHashes from the config and lists the dependency rules in JSON', async () => {
    const root = project({
      'requirements.txt': REQUIREMENTS,
      '.github/sentinel.yml': 'dependencies:\n  requireHashes: true\n',
    });
    const { out } = await scan(root, 'json');
    const report = JSON.parse(out) as {
      findings: { ruleId: string; line: number }[];
      rules: string[];
      dependencies: {
        manifests: number;
        items: { name: string; path: string; line: number; kind: string; advisories: string[] }[];
      };
    };
    expect(report.dependencies.manifests).toBe(1);
    expect(report.dependencies.items[1]).toEqual({
      name: 'reqeusts',
      specifier: '==2.31.0',
      version: '2.31.0',
      path: 'requirements.txt',
      line: 2,
      kind: 'direct',
      advisories: [],
    });
    expect(report.findings.filter((f) => f.ruleId === 'dependency-missing-hash').map((f) => f.line)).toEqual([1, 2, 3]);
    expect(report.rules).toEqual(expect.arrayContaining(['dependency-known-vulnerability', 'dependency-typosquat']));
    expect(readFileSync(join(root, 'requirements.txt'), 'utf8')).toBe(REQUIREMENTS); // the scan never edits files
  });

  it('leaves the section out of a project without manifests', async () => {
    const { out } = await scan(project({ 'app.py': SAFE }), 'markdown');
    expect(out).not.toContain('## Dependencies');
  });
});
