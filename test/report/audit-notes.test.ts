// Audit notes in every format: the default profile lists them apart (Markdown: a collapsed section; JSON:
// `auditNotes`), never as findings; under the audit profile they are findings at SARIF level `note`.
import { describe, expect, it } from 'vitest';
import { applyProfile } from '../../src/analysis/profile.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { renderSarif } from '../../src/report/sarif.js';
import { securityScore } from '../../src/report/score.js';
import { scan, VULNERABLE } from './helpers.js';

const date = new Date('2026-05-06T12:00:00Z');

describe('audit notes', () => {
  it('default profile: the Markdown report lists them collapsed, says so in the summary, and does not score them', async () => {
    const result = applyProfile(await scan([{ path: 'app/run.py', content: VULNERABLE }]), 'default');
    // The bare `# nosec` is a fact as written (config evidence); the two shell calls have no evidence about input.
    expect(result.findings.map((f) => f.ruleId)).toEqual(['suppression-without-reason']);
    expect(result.auditNotes.map((f) => `${f.ruleId}:${f.line}`)).toEqual([
      'subprocess-shell-true:4',
      'subprocess-shell-true:5',
    ]);
    const md = renderMarkdown(result, { date });
    expect(md).toContain(
      'Profile: `default` — evidence-backed findings; audit notes listed apart. 2 audit note(s) without evidence',
    );
    const section = md.slice(md.indexOf('## Audit Notes'), md.indexOf('## Scan Notes'));
    expect(section).toContain('<details><summary>2 audit note(s)');
    expect(section).toContain('| `app/run.py:4` | `subprocess-shell-true` |');
    expect(section).toContain('</details>');
    expect(md).not.toContain('### 🟡 MEDIUM');
    expect(securityScore(result)).toMatchObject({ score: 99, rating: 'Low risk' }); // the low config note only
  });

  it('JSON carries them under auditNotes with their evidence; SARIF leaves them out', async () => {
    const result = applyProfile(await scan([{ path: 'app/run.py', content: VULNERABLE }]), 'default');
    const json = renderJson(result, {});
    expect(json.summary).toMatchObject({ profile: 'default', auditNotes: 2 });
    expect(json.findings.map((f) => f.evidence)).toEqual(['config']);
    expect(json.auditNotes.map((f) => [f.line, f.evidence])).toEqual([
      [4, 'pattern'],
      [5, 'pattern'],
    ]);
    const sarif = renderSarif(result, {}) as { runs: { results: { ruleId: string; suppressions?: unknown }[] }[] };
    expect(sarif.runs[0]!.results.filter((r) => !r.suppressions).map((r) => r.ruleId)).toEqual([
      'suppression-without-reason',
    ]);
  });

  it('audit profile: they are findings, at SARIF level note whatever their severity', async () => {
    const result = applyProfile(await scan([{ path: 'app/run.py', content: VULNERABLE }]), 'audit');
    const shell = result.findings.filter((f) => f.ruleId === 'subprocess-shell-true');
    expect(shell.map((f) => f.line)).toEqual([4, 5]);
    const sarif = renderSarif(result, {}) as {
      runs: { results: { ruleId: string; level: string; suppressions?: unknown }[] }[];
    };
    const levels = sarif.runs[0]!.results.filter((r) => r.ruleId === 'subprocess-shell-true' && !r.suppressions).map(
      (r) => r.level,
    );
    expect(levels).toEqual(['note', 'note']);
  });
});
