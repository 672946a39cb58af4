// Every regular expression the analyzer runs on file content must be linear-time: a file is attacker-controlled
// text, and one backtracking pattern (nested or overlapping quantifiers) stalls the whole scan on a 30-byte line.
// This runs every regex literal written in src/analysis and rules/, and every exported RegExp (built ones too),
// against adversarial strings of 20 KB and 100 KB, and requires each run to finish under a time bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { probe, targetedInputs, type ProbeTarget } from './regex-probe.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = ['src/analysis', 'rules'];
/** Far above what a linear pattern needs on 100 KB (about 1 ms), far below a quadratic one (seconds). */
const LIMIT_MS = 200;

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const dir of DIRS) walk(join(ROOT, dir));
  return out.sort();
}

/** Every regex literal in the analyzer's source, by file and line (found by the TypeScript parser, not a regex). */
function regexLiterals(): ProbeTarget[] {
  const targets: ProbeTarget[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const cut = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        targets.push({ id: `${relative(ROOT, file)}:${line} ${literal}`, source: literal.slice(1, cut), flags: literal.slice(cut + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return targets;
}

/** Every RegExp a module exports, directly or in an exported array or object (patterns built at load time). */
async function exportedRegExps(): Promise<ProbeTarget[]> {
  const targets: ProbeTarget[] = [];
  for (const file of sourceFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const found: RegExp[] = [];
      if (value instanceof RegExp) found.push(value);
      else if (Array.isArray(value)) for (const v of value) { if (v instanceof RegExp) found.push(v); }
      else if (value && typeof value === 'object') for (const v of Object.values(value)) { if (v instanceof RegExp) found.push(v); }
      for (const re of found) targets.push({ id: `${relative(ROOT, file)} export ${name} /${re.source}/${re.flags}`, source: re.source, flags: re.flags });
    }
  }
  return targets;
}

function unique(targets: ProbeTarget[]): ProbeTarget[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.flags}/${t.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('every regex the analyzer runs is linear-time', () => {
  it('finds the patterns to check (the collection itself works)', async () => {
    const literals = regexLiterals();
    const exported = await exportedRegExps();
    expect(literals.length).toBeGreaterThan(300);
    // Built patterns are only seen through exports: a few known ones must be among them.
    const ids = exported.map((t) => t.id).join('\n');
    for (const name of ['SECRET_SCAN', 'SQL_START', 'SINK_OR_SANITIZER', 'LLM_OUTPUT', 'NOSEC_START', 'CAMEL_WORDS']) {
      expect(ids).toContain(`export ${name} `);
    }
  });

  it('the adversarial inputs reach the known attacks (nosec + spaces + !, "A"*n + "!")', () => {
    const nosec = targetedInputs(String.raw`#\s*nosec\b:?\s*([A-Za-z0-9_,\s-]*?)(?:\s+--\s*(.+))?\s*$`, 'i', 50);
    expect(nosec).toContain(`# nosec:${' '.repeat(50)}!`);
    const camel = targetedInputs('^([A-Z]+[a-z0-9]*){2,}$', '', 50);
    expect(camel).toContain(`${'A'.repeat(50)}!`);
  });

  it('the probe catches a quadratic and an exponential pattern (it can fail)', async () => {
    const slow = await probe([
      { id: 'quadratic', source: String.raw`(\w+)\s*=\s*(?:\w+\.)?ZipFile\(`, flags: 'g' },
      { id: 'exponential', source: '^([A-Z]+[a-z0-9]*){2,}$', flags: '' },
      { id: 'linear', source: String.raw`^[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*$`, flags: '' },
    ], 20_000, LIMIT_MS, 3_000);
    expect(new Set(slow.map((s) => s.id))).toEqual(new Set(['quadratic', 'exponential']));
  }, 60_000);

  it('no pattern takes over 200 ms on 20 KB or 100 KB of adversarial text', async () => {
    const targets = unique([...regexLiterals(), ...(await exportedRegExps())]);
    const slow = [...await probe(targets, 20_000, LIMIT_MS, 3_000), ...await probe(targets, 100_000, LIMIT_MS, 3_000)];
    const report = [...new Map(slow.map((s) => [s.id, s])).values()].map((s) => `${s.id}\n    ${s.ms} ms on ${JSON.stringify(s.input)}`);
    expect(report).toEqual([]);
  }, 300_000);
});
