// The node collector gives the engine the nodes a query would (same nodes, same order for node types; a pattern's
// node once, at its own place in preorder, where a query reports it once per way it matches) without a whole-tree
// query.
import { beforeAll, describe, expect, it } from 'vitest';
import { Query } from 'web-tree-sitter';
import { initParser, parsePython, pythonLanguage } from '../../src/analysis/parser.js';
import { NodeCollector, patternRoot, type Capture } from '../../src/analysis/node-collector.js';
import { readTree } from '../../src/analysis/flat-tree/reader.js';

const SOURCE = `import os
from a.b import c  # trailing comment
x = "a" + "b"
def f(p="pw", *, q: str = "x"):
    if p == "s" and "t" == "u":
        return os.system(f"ls {p}")(1)
    print(x.y.z(), {"k": "v"})
class K:
    z = g(h(i()))
`;
const TYPES = ['call', 'comment', 'import_statement', 'string', 'binary_operator', 'attribute', 'module', 'pair'];
const PATTERNS = new Map([
  ['pattern.0', '(comparison_operator [(string) (concatenated_string)])'],
  ['pattern.1', '(default_parameter value: (string))'],
]);

const show = (captures: Capture[]) => captures.map((c) => `${c.name}@${c.node.startIndex}-${c.node.endIndex}`);

beforeAll(async () => {
  await initParser();
});

function queryCaptures(names: string[]): Capture[] {
  const source = [...names]
    .sort()
    .map((n) => `${PATTERNS.get(n) ?? `(${n})`} @${n}`)
    .join('\n');
  return new Query(pythonLanguage(), source).captures(parsePython(SOURCE).rootNode);
}

describe('NodeCollector', () => {
  const collector = () => new NodeCollector(pythonLanguage(), (name) => PATTERNS.get(name));

  it('finds the nodes of the named types in the order of a query over them', () => {
    const root = parsePython(SOURCE).rootNode;
    const collected = collector().collect(root, TYPES, () => false)!;
    expect(show(collected)).toEqual(show(queryCaptures(TYPES)));
    expect(collected.filter((c) => c.name === 'call')).toHaveLength(7); // nested and chained calls, outer first
    expect(collected[0]!.name).toBe('module');
  });

  it('reports a pattern node once, however many ways it matches, in preorder among the other names', () => {
    const root = parsePython(SOURCE).rootNode;
    const collected = collector().collect(root, ['string', 'pattern.0', 'pattern.1'], () => false)!;
    const comparisons = collected.filter((c) => c.name === 'pattern.0');
    // `"t" == "u"` matches twice (either string) as a query counts matches, and is reported once
    expect(comparisons.map((c) => c.node.text)).toEqual(['p == "s"', '"t" == "u"']);
    expect(collected.filter((c) => c.name === 'pattern.1').map((c) => c.node.text)).toEqual(['p="pw"']);
    const order = show(collected);
    expect(order.indexOf(show(comparisons)[0]!)).toBeLessThan(
      order.indexOf(`string@${SOURCE.indexOf('"s"')}-${SOURCE.indexOf('"s"') + 3}`),
    );
    const all = new Set(show(queryCaptures(['string', 'pattern.0', 'pattern.1'])));
    expect([...order].sort()).toEqual([...all].sort()); // the same captures as the query, whatever their order
  });

  it('gives the same captures, in the same order, on a tree read from memory', () => {
    const tree = parsePython(SOURCE);
    const flat = readTree(tree, SOURCE, 5000)!;
    for (const names of [TYPES, ['string', 'pattern.0', 'pattern.1'], ['pattern.1', 'default_parameter', 'call']]) {
      const bound = collector().collect(tree.rootNode, names, () => false)!;
      const read = collector().collectFlat(flat, names, () => false)!;
      expect(read.map((c) => `${c.name}#${c.node.id}`)).toEqual(bound.map((c) => `${c.name}#${c.node.id}`));
      expect(read.length).toBeGreaterThan(2);
    }
    expect(collector().collectFlat(flat, ['call', 'expression'], () => false)).toBeUndefined(); // a supertype
    flat.release();
  });

  it('takes the root type of a pattern, and declines a pattern with several roots', () => {
    expect(patternRoot('(assignment right: (string))')).toBe('assignment');
    expect(patternRoot('(module)')).toBe('module');
    expect(patternRoot('[(string) (integer)]')).toBeUndefined();
    const alternation = new NodeCollector(pythonLanguage(), (name) =>
      name === 'p' ? '[(string) (integer)]' : undefined,
    );
    expect(alternation.collect(parsePython(SOURCE).rootNode, ['call', 'p'], () => false)).toBeUndefined();
  });

  it('declines a supertype or a wildcard root, which a walk by type name would find nothing of', () => {
    const root = parsePython(SOURCE).rootNode;
    const patterns = new Map([['w', '(_ (string))']]);
    const collector = new NodeCollector(pythonLanguage(), (name) => patterns.get(name));
    expect(collector.collect(root, ['call', 'expression'], () => false)).toBeUndefined();
    expect(collector.collect(root, ['call', 'w'], () => false)).toBeUndefined();
    expect(collector.collect(root, ['call', 'string'], () => false)).toBeDefined();
  });

  it('stops matching patterns once told to', () => {
    const root = parsePython(SOURCE).rootNode;
    const collected = collector().collect(root, ['pattern.0'], () => true)!;
    expect(collected).toEqual([]);
  });
});
