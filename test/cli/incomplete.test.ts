// Incomplete is never green: a skipped Python file makes the scan exit 1 unless --allow-incomplete; PEP 263 cookies
// decide how a file is decoded, so a latin-1 file is analysed instead of skipped.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { codingCookie } from '../../src/cli/read-source.js';
import { captureIo, project, SAFE } from './temp-project.js';

async function run(args: string[]) {
  const io = captureIo();
  const code = await main([...args, '--offline', '--format', 'json', '--output', '-'], io);
  return {
    code,
    report: JSON.parse(io.out) as {
      findings: { ruleId: string; path: string }[];
      skipped: { path: string; reason: string }[];
    },
    err: io.err,
  };
}

const HIDDEN = 'import os\nfrom flask import request\n\ndef h():\n    os.system(request.args["h"])\n';

describe('incomplete scans', () => {
  it('exits 1 when a Python file is skipped as oversized, naming it (even with --fail-on never); 0 with --allow-incomplete', async () => {
    const root = project({
      'ok.py': SAFE,
      'big.py': HIDDEN + '#'.repeat(2000) + '\n',
      '.github/sentinel.yml': 'limits:\n  maxFileBytes: 1000\n',
    });
    const strict = await run(['scan', root, '--fail-on', 'never']);
    expect(strict.report.skipped.map((s) => s.path)).toContain('big.py');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('"big.py"');
    expect((await run(['scan', root, '--fail-on', 'never', '--allow-incomplete'])).code).toBe(0);
  });

  it('a skipped non-Python file does not make the scan incomplete', async () => {
    const root = project({ 'ok.py': SAFE });
    expect((await run(['scan', root, '--fail-on', 'never'])).code).toBe(0);
  });

  it('decodes a latin-1 file by its coding cookie and reports its finding', async () => {
    const text = '# -*- coding: latin-1 -*-\n# caf\u00e9\n' + HIDDEN;
    const root = project({ 'legacy.py': Buffer.from(text, 'latin1') });
    const { report } = await run(['scan', root]);
    expect(report.skipped).toEqual([]);
    expect(report.findings.some((f) => f.path === 'legacy.py')).toBe(true);
  });

  it('reports an unknown encoding as skipped, and incomplete', async () => {
    const root = project({ 'odd.py': '# coding: klingon-9\nx = 1\n' });
    const r = await run(['scan', root]);
    expect(r.report.skipped).toEqual([{ path: 'odd.py', reason: "unknown source encoding 'klingon-9'" }]);
    expect(r.code).toBe(1);
  });

  it('reads the cookie on line 2 only after a comment or blank line 1', () => {
    expect(codingCookie(Buffer.from('#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n'))).toBe('latin-1');
    expect(codingCookie(Buffer.from('x = 1\n# coding: latin-1\n'))).toBeUndefined();
  });
});
