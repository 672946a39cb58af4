// Every regular expression the analyzer runs on file content must be linear-time: a file is attacker-controlled
// text, and one backtracking pattern (nested or overlapping quantifiers) stalls the whole scan on a 30-byte line.
// This runs every regex literal written in src/analysis and rules/, and every exported RegExp (built ones too),
// against adversarial strings of 30 KB, and requires each run to finish under a time bound.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { probe, targetedInputs, type ProbeTarget } from './regex-probe.js';
import { importPatterns } from '../../src/analysis/python/source-hints.js';
import { sshBindingPattern } from '../../rules/command-injection/paramiko-exec-command.js';

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
        targets.push({
          id: `${relative(ROOT, file)}:${line} ${literal}`,
          source: literal.slice(1, cut),
          flags: literal.slice(cut + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return targets;
}

/** Model fields that hold a pattern as a string, compiled where they are used (taint/extract/call.ts). */
const PATTERN_FIELDS: Record<string, string> = { receiver: 'i', matches: '' };

/**
 * Every RegExp a module exports, anywhere inside an exported value (patterns built at load time, the regexes in
 * rule tables and data-flow models), and the pattern strings of the data-flow models.
 */
async function exportedRegExps(): Promise<ProbeTarget[]> {
  const targets: ProbeTarget[] = [];
  for (const file of sourceFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const seen = new Set<unknown>();
      const add = (source: string, flags: string) =>
        targets.push({ id: `${relative(ROOT, file)} export ${name} /${source}/${flags}`, source, flags });
      const walk = (v: unknown, key: string, depth: number) => {
        if (v instanceof RegExp) return add(v.source, v.flags);
        if (typeof v === 'string' && key in PATTERN_FIELDS) return add(v, PATTERN_FIELDS[key]!);
        if (!v || typeof v !== 'object' || depth > 6 || seen.has(v)) return;
        seen.add(v);
        const entries = v instanceof Map ? [...v.entries()] : Object.entries(v as object);
        for (const [k, child] of entries) walk(child, String(k), depth + 1);
      };
      walk(value, name, 0);
    }
  }
  return targets;
}

/** Patterns built per call from a name, with typical names (the names come from rules and code, the text from files). */
function builtPerCall(): ProbeTarget[] {
  const { quick, exact } = importPatterns(['flask', 'django.db', 'yaml']);
  return [quick, exact, sshBindingPattern('client')].map((re) => ({
    id: `built /${re.source}/${re.flags}`,
    source: re.source,
    flags: re.flags,
  }));
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
    for (const name of [
      'SECRET_SCAN',
      'SQL_START',
      'SINK_OR_SANITIZER',
      'LLM_OUTPUT',
      'NOSEC_START',
      'CAMEL_WORDS',
      'ASSIGN_SINKS',
      'MODELS',
    ]) {
      expect(ids).toContain(`export ${name} `);
    }
    expect(ids).toContain('(client|session|http|sess)$'); // a model's receiver pattern
  });

  it('the adversarial inputs reach the known attacks (nosec + spaces + !, "A"*n + "!")', () => {
    const nosec = targetedInputs(String.raw`#\s*nosec\b:?\s*([A-Za-z0-9_,\s-]*?)(?:\s+--\s*(.+))?\s*$`, 'i', 50);
    expect(nosec).toContain(`# nosec:${' '.repeat(50)}!`);
    const camel = targetedInputs('^([A-Z]+[a-z0-9]*){2,}$', '', 50);
    expect(camel).toContain(`${'A'.repeat(50)}!`);
  });

  it('the probe catches a quadratic and an exponential pattern (it can fail)', async () => {
    const slow = await probe(
      [
        { id: 'quadratic', source: String.raw`(\w+)\s*=\s*(?:\w+\.)?ZipFile\(`, flags: 'g' },
        { id: 'exponential', source: '^([A-Z]+[a-z0-9]*){2,}$', flags: '' },
        { id: 'linear', source: String.raw`^[A-Z][a-z0-9]*[A-Z][A-Za-z0-9]*$`, flags: '' },
      ],
      30_000,
      LIMIT_MS,
      2_000,
    );
    expect(new Set(slow.map((s) => s.id))).toEqual(new Set(['quadratic', 'exponential']));
  }, 60_000);

  // 30 KB: a quadratic pattern needs ~10⁹ steps there (seconds), a linear one about a millisecond.
  it('no pattern takes over 200 ms on 30 KB of adversarial text', async () => {
    const targets = unique([...regexLiterals(), ...(await exportedRegExps()), ...builtPerCall()]);
    const slow = await probe(targets, 30_000, LIMIT_MS, 2_000);
    const report = [...new Map(slow.map((s) => [s.id, s])).values()].map(
      (s) => `${s.id}\n    ${s.ms} ms on ${JSON.stringify(s.input)}`,
    );
    expect(report).toEqual([]);
  }, 300_000);
});
