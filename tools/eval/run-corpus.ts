// Runs the taint rules over the corpus as one project (local sources on) and scores the result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createAnalyzer, scanSources } from '../../src/analysis/scan.js';
import type { Rule } from '../../src/analysis/rule.js';
import { parseLabels, scoreCorpus, type CorpusScore, type Label } from './corpus.js';

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pythonFiles(path));
    else if (name.endsWith('.py')) out.push(path);
  }
  return out;
}

/** Every taint rule in `rules`, with local sources (input, argv, environment) turned on. */
export async function runCorpus(corpusDir: string, rules: readonly Rule[]): Promise<CorpusScore> {
  const taintRules = rules.filter((r) => r.meta.taint);
  const ruleOptions = Object.fromEntries(taintRules.map((r) => [r.meta.id, { localSources: true }]));
  const analyzer = await createAnalyzer(taintRules, { ruleOptions });
  const sources = pythonFiles(corpusDir).map((path) => ({
    path: relative(corpusDir, path).replace(/\\/g, '/'),
    content: readFileSync(path, 'utf8'),
  }));
  const labels: Label[] = sources.flatMap((s) => parseLabels(s.path, s.content));
  const result = scanSources(analyzer, sources);
  const cwes = new Map(taintRules.map((r) => [r.meta.id, r.meta.cwe]));
  return scoreCorpus(labels, result.findings, (id) => cwes.get(id) ?? []);
}
