// The tree reader (src/analysis/flat-tree/) answers as the binding does, node by node, on every rule fixture and
// on shapes chosen for what the reader computes itself (aliases, fields through hidden nodes, extras, positions
// after multi-line tokens, UTF-16 offsets); it declines what it does not read (syntax errors, depth, an unknown
// layout); and the engine's findings, errors and pass data are the same with flat nodes and the binding's.
import { Query } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import { importsPass } from '../../src/analysis/imports-pass.js';
import { taintPassFor } from '../../src/analysis/taint/setup.js';
import { initParser, languageAddress, parsePython, pythonLanguage, wasmHeap } from '../../src/analysis/parser.js';
import { flatTreeSupported, readTree } from '../../src/analysis/flat-tree/reader.js';
import { readLanguageTables } from '../../src/analysis/flat-tree/language-tables.js';
import { compileFlatPattern } from '../../src/analysis/flat-tree/pattern.js';
import { compareTrees } from '../../tools/flat-tree/compare-trees.js';
import { ruleFixtures } from '../helpers/rule-fixtures.js';

const fixtures = ruleFixtures();

/** Shapes where the reader does its own arithmetic or follows a grammar table. */
const SHAPES: Record<string, string> = {
  aliases: 'print >> sys.stderr, "x"\nexec "code"\nmatch = 1\nmatch x:\n    case [a, *rest] as whole:\n        pass\n',
  'fields through hidden nodes': 'def f(a, /, b=1, *c, d: int = 2, **e) -> int:\n    return a if b else c\n',
  extras: 'x = [  # one\n    1,  # two\n    2,\n]\nif (a and  # three\n        b):\n    pass\n',
  'multi-line tokens': 's = """a\nb\n  c""" + f"""{x}\n{y!r:>{w}}"""\ny = 1\n',
  'continuations and CRLF': 'x = 1 + \\\r\n    2\r\ny = "\\\r\n"\r\n',
  'UTF-16 offsets': 'é = "ü🎉"  # 🎉 twice 🎉\nname = "日本語"; z = é\n',
  tabs: 'if x:\n\tif y:\n\t\tz = 1\n',
  decorators: '@a.b(c)\n@d\nclass K(B, metaclass=M):\n    @property\n    async def f(self): await g()\n',
  comprehensions: 'r = {k: v for k, v in d.items() if k} | {*a, *b} | [x async for x in y]\nl = lambda *a, k=1: a\n',
  empty: '',
  'only a comment': '# just this\n',
};

beforeAll(async () => {
  await initParser();
});

/** The differences between the two kinds of node; undefined for a tree with a syntax error (not read). */
function compare(source: string): string[] | undefined {
  const tree = parsePython(source);
  try {
    if (tree.rootNode.hasError) return undefined;
    const flat = readTree(tree, source, 5000);
    expect(flat, 'the reader declined a well-formed tree').toBeDefined();
    const probes = [...Array(source.length + 2).keys()];
    const differences = compareTrees(tree, flat!, { allFields: true, probes, limit: 10 });
    flat!.release();
    return differences;
  } finally {
    tree.delete();
  }
}

describe('flat tree reader', () => {
  it('knows the layout of this runtime and grammar', () => {
    expect(flatTreeSupported()).toBe(true);
  });

  for (const [name, source] of Object.entries(SHAPES)) {
    it(`answers as the binding on ${name}`, () => {
      expect(compare(source)).toEqual([]);
    });
  }

  it('answers as the binding on every rule fixture', () => {
    const compared = fixtures.map(({ path, source }) => ({ path, differences: compare(source) }));
    expect(compared.filter((f) => f.differences?.length)).toEqual([]);
    // A few fixtures hold a syntax error on purpose; the rest are read.
    expect(compared.filter((f) => f.differences).length).toBeGreaterThan(fixtures.length * 0.9);
  });

  it('would notice a difference: a shifted offset or a wrong field fails the comparison', () => {
    const source = SHAPES['fields through hidden nodes']!;
    const tree = parsePython(source);
    try {
      const flat = readTree(tree, source, 5000)!;
      (flat.data.startIndex as Int32Array)[3]! += 1;
      (flat.data.field as Uint16Array)[5] = 1;
      const differences = compareTrees(tree, flat);
      expect(differences.some((d) => d.startsWith('node 3 startIndex'))).toBe(true);
      expect(differences.some((d) => d.startsWith('node 5 field'))).toBe(true);
      flat.release();
    } finally {
      tree.delete();
    }
  });

  it('declines a tree with a syntax error or a missing node, and one deeper than asked', () => {
    for (const source of ['def f(:\n', 'x = (1,\n', 'print("a"']) {
      const tree = parsePython(source);
      expect(readTree(tree, source, 5000), source).toBeUndefined();
      tree.delete();
    }
    const deep = `x = ${'('.repeat(40)}1${')'.repeat(40)}\n`;
    const tree = parsePython(deep);
    expect(readTree(tree, deep, 30)).toBeUndefined();
    const read = readTree(tree, deep, 5000)!;
    expect(read.data.depth).toBeGreaterThan(40);
    read.release();
    tree.delete();
  });

  it('lends its arrays to one tree at a time: a tree read while another is alive has its own', () => {
    const a = 'x = 1\n';
    const b = 'def f(y):\n    return y\n';
    const ta = parsePython(a);
    const tb = parsePython(b);
    try {
      const first = readTree(ta, a, 5000)!;
      const second = readTree(tb, b, 5000)!;
      expect(second.data.id.buffer).not.toBe(first.data.id.buffer);
      expect(compareTrees(ta, first)).toEqual([]);
      expect(compareTrees(tb, second)).toEqual([]);
      first.release();
      second.release();
      const third = readTree(tb, b, 5000)!;
      expect(third.data.id.buffer).toBe(first.data.id.buffer); // handed back, then lent again
      expect(compareTrees(tb, third)).toEqual([]);
      third.release();
    } finally {
      ta.delete();
      tb.delete();
    }
  });

  it('reads a tree deeper than its first stack, the same as the binding', () => {
    const source = `x = ${'['.repeat(300)}1${']'.repeat(300)}\n`;
    expect(compare(source)).toEqual([]);
  });

  it('refuses a language layout whose names are not the binding’s, or another ABI', () => {
    const heap = wasmHeap()!;
    const address = languageAddress()!;
    const language = pythonLanguage();
    expect(readLanguageTables(heap, address, language)).toBeDefined();
    const renamed = [...language.types];
    renamed[1] = 'not-identifier';
    expect(readLanguageTables(heap, address, { ...language, types: renamed, fields: language.fields })).toBeUndefined();
    expect(
      readLanguageTables(heap, address, { types: language.types, fields: language.fields, abiVersion: 14 }),
    ).toBeUndefined();
    expect(readLanguageTables(heap, address + 4, language)).toBeUndefined();
  });
});

describe('flat patterns', () => {
  const SOURCE =
    'a = "x" == "y" == "z"\nb = {"k": "v", 1: "w"}\nf(x="s" "t", y=z)\npw = "p"\nq = u\ndef g(p="d", r=1): pass\n';
  const PATTERNS = [
    '(comparison_operator [(string) (concatenated_string)])',
    '(pair key: (string) value: [(string) (concatenated_string)])',
    '(keyword_argument value: [(string) (concatenated_string)])',
    '(assignment right: (string))',
    '(default_parameter value: (string))',
    '(comparison_operator (string) (string) (string))',
    '(comparison_operator (string) (string) (string) (string))',
  ];

  for (const pattern of PATTERNS) {
    it(`matches the nodes a query matches: ${pattern}`, () => {
      const tree = parsePython(SOURCE);
      try {
        const flat = readTree(tree, SOURCE, 5000)!;
        const compiled = compileFlatPattern(pattern)!;
        expect(compiled).toBeDefined();
        const ours = [...Array(flat.data.count).keys()]
          .filter((i) => compiled.matches(flat, i))
          .map((i) => flat.data.id[i]);
        const query = new Query(pythonLanguage(), `${pattern} @m`);
        const theirs = [...new Set(query.captures(tree.rootNode).map((c) => c.node.id))];
        query.delete();
        flat.release();
        expect(ours).toEqual(theirs);
      } finally {
        tree.delete();
      }
    });
  }

  it('does not compile what it does not know, so the engine queries instead', () => {
    for (const pattern of ['(a . (b))', '(a (b)*)', '(a "x")', '(_ (string))', '(a (b) @c)', '[(a) (b)]', '(a', '(a))'])
      expect(compileFlatPattern(pattern), pattern).toBeUndefined();
  });
});

describe('engine with flat nodes', () => {
  it('gives the same findings, errors and pass data as with the binding’s nodes, on every fixture', async () => {
    const taint = taintPassFor(RULES, {});
    const flat = await createAnalyzer(RULES, { passes: [importsPass, taint] });
    const binding = await createAnalyzer(RULES, { passes: [importsPass, taint], bindingNodes: true });
    let findings = 0;
    for (const { path, source } of fixtures) {
      const ours = flat.analyze(path, source);
      findings += ours.findings.length;
      expect(JSON.stringify(ours), path).toBe(JSON.stringify(binding.analyze(path, source)));
    }
    expect(findings).toBeGreaterThan(500);
  });
});
