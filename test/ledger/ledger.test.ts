import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding } from '../../src/analysis/rule.js';
import { applyLedger } from '../../src/ledger/apply-ledger.js';
import { readLedger } from '../../src/ledger/read-ledger.js';
import { entryYaml, excerptHash, ledgerEntry, withEntry } from '../../src/ledger/write-ledger.js';

const finding = (fingerprint: string, ruleId = 'eval-computed-input'): Finding => ({
  ruleId,
  messageId: 'm',
  message: 'eval',
  path: 'app.py',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 10,
  severity: 'high',
  riskScore: 8,
  confidence: 'high',
  evidence: 'dataflow',
  snippet: 'eval(x)  # hm',
  fingerprint,
});

const decision = {
  kind: 'false-positive' as const,
  reason: 'x is a constant',
  by: 'wes',
  at: new Date('2026-12-02T10:00:00.123Z'),
};

describe('ledger entries', () => {
  it('records fingerprint, rule, path, excerpt hash, kind, reason, who, when and expiry', () => {
    const entry = ledgerEntry(finding('abcdef0123456789'), { ...decision, until: '2027-03-01' });
    expect(entry).toEqual({
      fingerprint: 'abcdef0123456789',
      rule: 'eval-computed-input',
      path: 'app.py',
      excerptHash: excerptHash('eval(x)'),
      kind: 'false-positive',
      reason: 'x is a constant',
      by: 'wes',
      at: '2026-12-02T10:00:00Z',
      until: '2027-03-01',
    });
    expect(excerptHash('eval(x)')).not.toBe(excerptHash('eval(y)'));
  });

  it('a new ledger file gets a header and the entry, and it reads back', () => {
    const written = withEntry(undefined, ledgerEntry(finding('abcdef0123456789'), decision));
    expect(written.ok).toBe(true);
    const text = (written as { text: string }).text;
    expect(text).toMatch(/^# SentinelPy suppression ledger/);
    const read = readLedger(text);
    expect(read.ok && read.ledger.ignore.map((e) => e.fingerprint)).toEqual(['abcdef0123456789']);
  });

  it('adding keeps comments and other entries; the same fingerprint replaces its entry', () => {
    const first = (withEntry(undefined, ledgerEntry(finding('1111111111111111'), decision)) as { text: string }).text;
    const commented = `${first}# keep me\n`;
    const second = (withEntry(commented, ledgerEntry(finding('2222222222222222'), decision)) as { text: string }).text;
    expect(second).toContain('# keep me');
    const again = (
      withEntry(second, ledgerEntry(finding('1111111111111111'), { ...decision, reason: 'second thoughts' })) as {
        text: string;
      }
    ).text;
    const entries = parse(again).ignore as { fingerprint: string; reason: string }[];
    expect(entries.map((e) => [e.fingerprint, e.reason])).toEqual([
      ['1111111111111111', 'second thoughts'],
      ['2222222222222222', 'x is a constant'],
    ]);
  });

  it('a reason with YAML syntax stays one string', () => {
    const hostile = 'ok\n- fingerprint: ffffffffffffffff\n  rule: x  # : [] {}';
    const text = (
      withEntry(undefined, ledgerEntry(finding('abcdef0123456789'), { ...decision, reason: hostile })) as {
        text: string;
      }
    ).text;
    const read = readLedger(text);
    expect(read.ok && read.ledger.ignore).toHaveLength(1);
    expect(read.ok && read.ledger.ignore[0]!.reason).toBe(hostile);
    expect(entryYaml(ledgerEntry(finding('abcdef0123456789'), decision))).toMatch(/^- fingerprint: abcdef0123456789\n/);
  });

  it('a malformed ledger is an error naming the key, and is never rewritten', () => {
    const bad =
      'version: 1\nignore:\n  - fingerprint: abcdef0123456789\n    rule: x\n    path: a.py\n    kind: maybe\n    reason: r\n    by: wes\n    at: 2026-01-01\n';
    expect(readLedger(bad)).toEqual({ ok: false, error: expect.stringMatching(/^ignore\.0\.kind: /) });
    expect(readLedger('ignore: [')).toEqual({ ok: false, error: expect.stringMatching(/^invalid YAML/) });
    expect(withEntry(bad, ledgerEntry(finding('abcdef0123456789'), decision)).ok).toBe(false);
    expect(readLedger(undefined)).toEqual({ ok: true, ledger: { version: 1, ignore: [] } });
  });
});

describe('applyLedger', () => {
  const entry = (fingerprint: string, until?: string) =>
    ledgerEntry(finding(fingerprint), { ...decision, ...(until ? { until } : {}) });

  it('dismisses by fingerprint and rule; keeps the rest', () => {
    const out = applyLedger(
      [finding('aaaaaaaaaaaaaaaa'), finding('bbbbbbbbbbbbbbbb'), finding('aaaaaaaaaaaaaaaa', 'other-rule')],
      [entry('aaaaaaaaaaaaaaaa')],
      new Date('2026-12-02'),
    );
    expect(out.dismissed.map((d) => d.finding.fingerprint)).toEqual(['aaaaaaaaaaaaaaaa']);
    expect(out.kept.map((f) => `${f.ruleId}:${f.fingerprint}`)).toEqual([
      'eval-computed-input:bbbbbbbbbbbbbbbb',
      'other-rule:aaaaaaaaaaaaaaaa',
    ]);
  });

  it('holds through the until day and brings the finding back the day after, listed as expired', () => {
    const entries = [entry('aaaaaaaaaaaaaaaa', '2027-03-01')];
    expect(
      applyLedger([finding('aaaaaaaaaaaaaaaa')], entries, new Date('2027-03-01T23:00:00Z')).dismissed,
    ).toHaveLength(1);
    const after = applyLedger([finding('aaaaaaaaaaaaaaaa')], entries, new Date('2027-03-02T00:30:00Z'));
    expect(after.dismissed).toEqual([]);
    expect(after.kept).toHaveLength(1);
    expect(after.expired.map((e) => e.entry.until)).toEqual(['2027-03-01']);
  });
});
