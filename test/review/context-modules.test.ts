// Data flow into unchanged modules the pull request imports: fetched as context, reported on the changed line.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DEFAULT_CONFIG } from '../../src/config/schema.js';
import type { ChangedFile, GitHubPort } from '../../src/github/port.js';
import { analyzeChange } from '../../src/review/analyze-change.js';
import { contextCandidates, fetchContextModules } from '../../src/review/context-modules.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { createFileAnalyzer } from '../../src/scan/file-analyzer.js';

/** These tests are about what is fetched and where flows are reported, not isolation: the main thread will do. */
const IN_THREAD = createFileAnalyzer({ threads: 0 });

const VIEWS = [
  'from flask import Flask, request',
  'from shop import db',
  'import requests',
  '',
  'app = Flask(__name__)',
  '',
  '',
  '@app.route("/items")',
  'def items():',
  '    name = request.args.get("name")',
  '    return db.find_items(name)',
  '',
].join('\n');
const DB = [
  'import sqlite3',
  '',
  '',
  'def find_items(name):',
  '    conn = sqlite3.connect("shop.db")',
  '    return conn.execute(f"SELECT * FROM items WHERE name = \'{name}\'").fetchall()',
  '',
].join('\n');

function fakeGitHub(files: Record<string, string>, asked: string[]): GitHubPort {
  return {
    readFile: async (file: ChangedFile) => {
      asked.push(file.path);
      const text = files[file.path];
      if (text === undefined) throw Object.assign(new Error('Not Found'), { status: 404 });
      return { size: text.length, text };
    },
  } as unknown as GitHubPort;
}

const collected = {
  sources: [{ path: 'shop/views.py', content: VIEWS }],
  manifests: [],
  skipped: [],
  patches: new Map([
    [
      'shop/views.py',
      `@@ -0,0 +1,${VIEWS.split('\n').length} @@\n${VIEWS.split('\n')
        .map((l) => `+${l}`)
        .join('\n')}`,
    ],
  ]),
};

describe('context modules', () => {
  it('tries only modules of packages the pull request touches', async () => {
    const analyzer = await createAnalyzer(RULES);
    const analysed = [analyzer.analyze('shop/views.py', VIEWS)];
    const candidates = contextCandidates(analysed);
    expect(candidates).toContain('shop/db.py');
    expect(candidates.some((c) => c.startsWith('requests') || c.startsWith('flask'))).toBe(false);
  });

  it('finds the flow from a changed view into an unchanged helper and reports it on the changed line', async () => {
    const asked: string[] = [];
    const github = fakeGitHub({ 'shop/db.py': DB }, asked);
    const analysis = await analyzeChange({
      files: IN_THREAD,
      rules: RULES,
      config: DEFAULT_CONFIG,
      collected,
      fetchContext: (analysed) => fetchContextModules(github, 'abc', analysed, DEFAULT_CONFIG),
    });
    expect(asked).toContain('shop/db.py');
    const sql = analysis.newFindings.filter((f) => f.message.includes('the sink is in shop/db.py:6'));
    expect(sql.map((f) => [f.path, f.line])).toEqual([['shop/views.py', 11]]);
    expect(sql[0]!.flow?.at(-1)).toMatchObject({ path: 'shop/db.py', line: 6 });
    expect(analysis.commentable.map((f) => f.path)).not.toContain('shop/db.py');
    expect(analysis.result.findings.some((f) => f.path === 'shop/db.py')).toBe(false);
  });

  it('does nothing when imports.fetch is off', async () => {
    const asked: string[] = [];
    const config = { ...DEFAULT_CONFIG, imports: { fetch: false, maxFiles: 20 } };
    const analysis = await analyzeChange({
      files: IN_THREAD,
      rules: RULES,
      config,
      collected,
      fetchContext: (analysed) => fetchContextModules(fakeGitHub({ 'shop/db.py': DB }, asked), 'abc', analysed, config),
    });
    expect(asked).toEqual([]);
    expect(analysis.newFindings.some((f) => f.message.includes('shop/db.py'))).toBe(false);
  });
});
