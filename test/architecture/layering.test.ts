// The house's layering, checked on the import graph: no import cycle anywhere in src/, rules/ or tools/, the
// analysis core imports neither the rules nor the App, the engine imports no pass, and only src/github/ talks to
// GitHub (octokit).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph, type ImportEdge } from './import-graph.js';

const graph = importGraph(process.cwd(), ['src', 'rules', 'tools']);

function importsWhere(from: (file: string) => boolean, bad: (edge: ImportEdge) => boolean): string[] {
  const out: string[] = [];
  for (const [file, edges] of graph) {
    if (!from(file)) continue;
    for (const edge of edges) if (bad(edge)) out.push(`${file} imports ${edge.target ?? edge.specifier}`);
  }
  return out.sort();
}

describe('import graph', () => {
  it('is read from the sources (the checks below are not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('src/analysis/scan.ts')?.some((e) => e.target === 'src/analysis/engine.ts')).toBe(true);
    expect(graph.get('src/server.ts')?.some((e) => e.specifier === 'probot')).toBe(true);
  });

  it('has no import cycle (type-only imports included)', () => {
    expect(cyclesOf(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const looped = new Map([
      ['a.ts', [{ specifier: './b.js', target: 'b.ts' }]],
      ['b.ts', [{ specifier: './c.js', target: 'c.ts' }]],
      ['c.ts', [{ specifier: './a.js', target: 'a.ts' }]],
    ]);
    expect(cyclesOf(looped)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('keeps the analysis core free of rules/, the App, the review pipeline and GitHub', () => {
    const outside = /^(rules|src\/github|src\/app|src\/review)\//;
    expect(
      importsWhere(
        (f) => f.startsWith('src/analysis/'),
        (e) => outside.test(e.target ?? ''),
      ),
    ).toEqual([]);
  });

  it('keeps the engine free of passes and rules: the composition (scan.ts) hands them in', () => {
    const passOrRule = /^(rules\/|src\/analysis\/taint\/)/;
    expect(
      importsWhere(
        (f) => f === 'src/analysis/engine.ts',
        (e) => passOrRule.test(e.target ?? ''),
      ),
    ).toEqual([]);
  });

  it('lets only src/github/ import octokit (in the product: the simulator in tools/ reads the @octokit API data)', () => {
    const octokit = (e: ImportEdge) => e.specifier.startsWith('@octokit/') || e.specifier === 'octokit';
    const product = (f: string) => (f.startsWith('src/') || f.startsWith('rules/')) && !f.startsWith('src/github/');
    expect(importsWhere(product, octokit)).toEqual([]);
  });

  it('keeps the product (src/) free of the tooling in tools/', () => {
    expect(
      importsWhere(
        (f) => f.startsWith('src/'),
        (e) => (e.target ?? '').startsWith('tools/'),
      ),
    ).toEqual([]);
  });
});

describe('the production build', () => {
  it('compiles only the product (src/, rules/) and the image copies no tools', () => {
    const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { include: string[] };
    expect(tsconfig.include.filter((p) => !/^(src|rules)\//.test(p))).toEqual([]);
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^COPY src \.\/src$/m);
    expect(dockerfile).not.toMatch(/^COPY (tools|test)\b/m);
    expect(
      [...graph.keys()].filter((f) => /^src\/(simulator|demo|catalogue)\/|^src\/analysis\/taint\/eval\//.test(f)),
    ).toEqual([]);
  });
});
