// Check-run output: conclusion rules (failOn, analysis errors), title, truncation under GitHub's limit.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/analysis/rule.js';
import { buildScanResult } from '../../src/analysis/scan.js';
import { buildCheckOutput, conclusionOf, openFence, titleOf, truncate } from '../../src/report/check-output.js';

const f = (severity: Finding['severity'], line = 1): Finding => ({
  ruleId: 'r',
  messageId: 'm',
  message: 'Msg.',
  path: 'a.py',
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  severity,
  riskScore: 5,
  confidence: 'high',
  snippet: 'x',
  fingerprint: `fp${line}`,
});
const empty = buildScanResult([], [], [], 0);
const crashed = buildScanResult([], [{ path: 'evil.py', reason: 'analysis failed: stack overflow' }], [], 0);

describe('check output', () => {
  it('fails at or above failOn and passes below it', () => {
    expect(conclusionOf({ newFindings: [f('high')], failOn: 'high', onError: 'failure', result: empty })).toBe(
      'failure',
    );
    expect(conclusionOf({ newFindings: [f('medium')], failOn: 'high', onError: 'failure', result: empty })).toBe(
      'success',
    );
    expect(conclusionOf({ newFindings: [f('critical')], failOn: 'never', onError: 'failure', result: empty })).toBe(
      'success',
    );
  });

  it('turns an analysis crash into onError, so a crafted file cannot skip the gate', () => {
    expect(conclusionOf({ newFindings: [], failOn: 'high', onError: 'failure', result: crashed })).toBe('failure');
    expect(conclusionOf({ newFindings: [], failOn: 'high', onError: 'neutral', result: crashed })).toBe('neutral');
  });

  it('never passes a review that skipped a Python file (oversized, undecodable): onIncomplete decides', () => {
    const oversized = buildScanResult([], [{ path: 'big.py', reason: 'larger than 1 MB' }], [], 0);
    const otherFile = buildScanResult([], [{ path: 'logo.png', reason: 'binary file' }], [], 0);
    expect(conclusionOf({ newFindings: [], failOn: 'high', onError: 'neutral', result: oversized })).toBe('failure');
    expect(
      conclusionOf({
        newFindings: [],
        failOn: 'never',
        onError: 'failure',
        onIncomplete: 'neutral',
        result: oversized,
      }),
    ).toBe('neutral');
    expect(conclusionOf({ newFindings: [], failOn: 'high', onError: 'failure', result: otherFile })).toBe('success');
  });

  it('never passes a review whose file ran out of its analysis budget: onIncomplete decides, not onError', () => {
    const stuck = buildScanResult(
      [],
      [{ path: 'stuck.py', reason: 'not analysed: budget exceeded (10000 ms, during rule r)' }],
      [],
      0,
    );
    expect(conclusionOf({ newFindings: [], failOn: 'never', onError: 'neutral', result: stuck })).toBe('failure');
    expect(
      conclusionOf({ newFindings: [], failOn: 'never', onError: 'failure', onIncomplete: 'neutral', result: stuck }),
    ).toBe('neutral');
    expect(
      buildCheckOutput({
        result: stuck,
        newFindings: [],
        preExisting: 0,
        failOn: 'high',
        onError: 'failure',
        comments: { posted: 0, alreadyPosted: 0, notPosted: 0, dropped: [] },
        notes: [],
      }).output.summary,
    ).toContain('1 Python file(s) were not fully analysed');
  });

  it('titles with counts by severity', () => {
    expect(titleOf([])).toBe('No new security findings');
    expect(titleOf([f('high', 1), f('low', 2), f('high', 3)])).toBe('3 new security findings: 2 high, 1 low');
  });

  it('truncates long text with a note and closes an open fence', () => {
    const text = `intro\n\`\`\`python\n${'x = 1\n'.repeat(20_000)}\`\`\`\n`;
    const out = truncate(text, 65_535);
    expect(out.length).toBeLessThanOrEqual(65_535);
    expect(out).toMatch(/```\n\n> ✂️ Truncated: \d+ more characters/);
    expect(truncate('short', 65_535)).toBe('short');
    const built = buildCheckOutput({
      result: empty,
      newFindings: [f('high')],
      preExisting: 0,
      failOn: 'high',
      onError: 'failure',
      comments: { posted: 1, alreadyPosted: 0, notPosted: 0, dropped: [] },
      notes: [],
      text,
    });
    expect(built.output.text!.length).toBeLessThanOrEqual(65_535);
    expect(built.output.annotations).toEqual([expect.objectContaining({ annotation_level: 'failure', start_line: 1 })]);
  });

  it('closes the fence that is really open when it cuts, not one a ``` line inside a longer fence seems to open', () => {
    const inner = `before\n\`\`\`\`python\n${'x = "```"\n```\n'.repeat(10_000)}\`\`\`\`\nafter <img src=x>\n`;
    const out = truncate(inner, 65_535);
    expect(openFence(out)).toBeUndefined();
    expect(out).toMatch(/\n````\n\n> ✂️ Truncated/);
    expect(openFence('```\ncode\n')).toBe('```');
    expect(openFence('````\n```\n')).toBe('````');
    expect(openFence('~~~\n```\n~~~\n')).toBeUndefined();
  });
});
