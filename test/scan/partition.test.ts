// Findings must not depend on the order files are analysed in (what a worker saw before) nor on the order their
// results arrive in (which worker finished first): the in-process core of "identical for any worker count".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer, buildScanResult, type SourceFile } from '../../src/analysis/scan.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'cross-module');
const SOURCES: SourceFile[] = readdirSync(join(DIR, 'shop'))
  .filter((n) => n.endsWith('.py'))
  .sort()
  .map((n) => ({ path: `shop/${n}`, content: readFileSync(join(DIR, 'shop', n), 'utf8') }));

/** A fixed shuffle (no Math.random: a failure must reproduce). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function findingsJson(analysisOrder: readonly SourceFile[], arrival: (n: number) => number[]): Promise<string> {
  const analyzer = await createAnalyzer(RULES);
  const results = analysisOrder.map((f) => analyzer.analyze(f.path, f.content));
  const arrived = arrival(results.length).map((i) => results[i]!);
  const scan = buildScanResult(
    arrived,
    [],
    RULES.map((r) => r.meta),
    0,
  );
  return JSON.stringify({ findings: scan.findings, suppressed: scan.suppressed, files: scan.files.map((f) => f.path) });
}

describe('partition independence', () => {
  it('gives the same findings for any analysis order and any arrival order', async () => {
    const identity = (n: number) => [...Array(n).keys()];
    const reference = await findingsJson(SOURCES, identity);
    expect(JSON.parse(reference).findings.filter((f: { flow?: unknown[] }) => f.flow?.length).length).toBe(6);
    const orders = [[...SOURCES].reverse(), shuffled(SOURCES, 1), shuffled(SOURCES, 7), shuffled(SOURCES, 42)];
    for (const [i, order] of orders.entries()) {
      expect(await findingsJson(order, identity), `analysis order ${i}`).toBe(reference);
      expect(await findingsJson(order, (n) => shuffled(identity(n), i + 3)), `arrival order ${i}`).toBe(reference);
    }
  });
});
