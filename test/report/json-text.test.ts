// The JSON report's documented shape and the one-line-per-finding terminal format.
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_VERSION, renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { scan, VULNERABLE, withExtras } from './helpers.js';

describe('renderJson and renderText', async () => {
  const result = withExtras(await scan([{ path: 'app/run.py', content: VULNERABLE }]));

  it('has a stable, versioned JSON shape', () => {
    const json = renderJson(result, { toolVersion: '1.0.0' });
    expect(Object.keys(json)).toEqual([
      'schemaVersion',
      'tool',
      'summary',
      'findings',
      'auditNotes',
      'suppressed',
      'skipped',
      'partiallyParsed',
      'errors',
      'notes',
      'rules',
    ]);
    expect(json.schemaVersion).toBe(JSON_SCHEMA_VERSION);
    expect(json.summary).toMatchObject({
      score: 69,
      rating: 'High risk',
      counts: { critical: 0, high: 1, medium: 0, low: 2 },
      skipped: 1,
      partiallyParsed: 1,
      internalErrors: 1,
    });
    expect(json.findings[0]).toMatchObject({
      ruleId: 'subprocess-shell-true',
      line: 4,
      title: 'subprocess call with shell=True',
      cwe: ['CWE-78'],
      owasp2021: ['A03:2021'],
      owasp2025: ['A05:2025'],
      category: 'command-injection',
    });
    expect(json.suppressed[0]?.suppressedBy).toEqual({ marker: '# nosec', kind: 'nosec', line: 6 });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('prints path:line:col severity rule message, then a summary', () => {
    const lines = renderText(result).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'app/run.py:4:5 high subprocess-shell-true `subprocess.run` runs a computed command through a shell; interpolated input can inject commands.',
    );
    expect(lines.at(-1)).toMatch(
      /^3 finding\(s\) \(critical 0, high 1, medium 0, low 2\) in \d+ file\(s\); score 69\/100 \(High risk\); 1 suppressed, 1 skipped, 1 partially parsed, 1 rule error\(s\); profile audit, 0 audit note\(s\) not counted\.$/,
    );
  });

  it('strips control characters from terminal output', () => {
    const evil = { ...result, findings: [{ ...result.findings[0]!, message: 'ok\u001b[2Jgone\nx' }] };
    expect(renderText(evil).split('\n')[0]).toBe('app/run.py:4:5 high subprocess-shell-true ok [2Jgone x');
  });

  it('strips bidi controls, which would reorder the line on screen (Trojan Source)', () => {
    const evil = {
      ...result,
      findings: [{ ...result.findings[0]!, path: 'a\u202eyp.txt', message: 'is \u2066admin\u2069 ok' }],
    };
    expect(renderText(evil).split('\n')[0]).toBe('a yp.txt:4:5 high subprocess-shell-true is  admin  ok');
  });
});
