// importedModules/matchModule: which dotted names an import statement brings in, and prefix matching on them.
import { beforeAll, describe, expect, it } from 'vitest';
import { initParser, parsePython } from '../../src/analysis/parser.js';
import { importedModules, matchModule } from '../../src/analysis/python/imported-modules.js';

function modulesOf(source: string): string[] {
  const tree = parsePython(source);
  try {
    const statement = tree.rootNode.namedChildren[0];
    return statement ? importedModules(statement) : [];
  } finally {
    tree.delete();
  }
}

describe('importedModules', () => {
  beforeAll(async () => {
    await initParser();
  });

  it('lists plain and aliased imports', () => {
    expect(modulesOf('import xml.sax, lxml.etree as et')).toEqual(['xml.sax', 'lxml.etree']);
  });

  it('lists the module and module.name for from-imports', () => {
    expect(modulesOf('from xml.dom import minidom as m, pulldom')).toEqual([
      'xml.dom',
      'xml.dom.minidom',
      'xml.dom.pulldom',
    ]);
  });

  it('ignores relative imports and other statements', () => {
    expect(modulesOf('from . import telnetlib')).toEqual([]);
    expect(modulesOf('x = 1')).toEqual([]);
  });
});

describe('matchModule', () => {
  it('matches a module or its submodules, not look-alike prefixes', () => {
    expect(matchModule('xml.sax.handler', ['xml.sax'])).toBe('xml.sax');
    expect(matchModule('xml.sax', ['xml.sax'])).toBe('xml.sax');
    expect(matchModule('xml.saxophone', ['xml.sax'])).toBeUndefined();
    expect(matchModule('xmlrpc_helpers', ['xmlrpc'])).toBeUndefined();
  });
});
