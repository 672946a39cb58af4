// Phantom imports: the annotated fixture project test/fixtures/phantom-imports/ (app/main.py + requirements.txt)
// scanned by the CLI — `# ruleid:` imports are reported, `# ok:` look-alikes (declared under another name,
// namespace families, first-party, relative, standard library, optional) are not — and the name matching itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { isDeclared, nearestPopular, ownModules, phantomImports } from '../../src/deps/phantom-imports.js';
import type { Dependency } from '../../src/deps/model.js';
import { parseAnnotations } from '../../tools/eval/annotations.js';
import { captureIo, project } from '../cli/temp-project.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'phantom-imports');
const ID = 'dependency-phantom-import';

interface Reported {
  ruleId: string;
  path: string;
  line: number;
  message: string;
  severity: string;
}
async function scan(root: string, cache = false): Promise<Reported[]> {
  const io = captureIo();
  await main(
    [
      'scan',
      root,
      ...['--profile', 'audit', '--format', 'json', '--output', '-', '--offline', '--no-progress'],
      ...(cache ? [] : ['--no-cache']),
    ],
    io,
  );
  return (JSON.parse(io.out) as { findings: Reported[] }).findings.filter((f) => f.ruleId === ID);
}

describe('dependency-phantom-import', () => {
  it('fires on every ruleid import of the fixture and on no ok line', async () => {
    const found = await scan(FIXTURE);
    const expected = parseAnnotations(readFileSync(join(FIXTURE, 'app/main.py'), 'utf8'));
    expect(found.every((f) => f.path === 'app/main.py')).toBe(true);
    expect(found.map((f) => f.line).sort((a, b) => a - b)).toEqual([...expected.ruleid.get(ID)!].sort((a, b) => a - b));
    for (const line of expected.ok.get(ID)!) expect(found.map((f) => f.line)).not.toContain(line);
  });

  it('reports the same imports from the result cache (the imports pass keeps them with each result)', async () => {
    const root = project({
      'app/main.py': readFileSync(join(FIXTURE, 'app/main.py'), 'utf8'),
      'requirements.txt': readFileSync(join(FIXTURE, 'requirements.txt'), 'utf8'),
    });
    const first = await scan(root, true);
    expect(first.length).toBeGreaterThan(0);
    expect(await scan(root, true)).toEqual(first);
    expect(await scan(root)).toEqual(first);
  });

  it('reads the imports the analysis extracted, and parses only the files without them', async () => {
    const sources = [
      { path: 'a.py', content: 'import os\n' },
      { path: 'b.py', content: 'import reqeusts\n' },
    ];
    const dependencies: Dependency[] = [];
    // a.py's extracted imports say `flask` on line 1: proof they are read instead of a.py's text.
    const found = await phantomImports(sources, dependencies, { imports: new Map([['a.py', [['flask', 1]]]]) });
    expect(found.map((f) => [f.path, f.message.match(/^`([^`]+)`/)![1]])).toEqual([
      ['a.py', 'flask'],
      ['b.py', 'reqeusts'],
    ]);
  });

  it('names the nearest popular project, and says when there is none', async () => {
    const byModule = Object.fromEntries((await scan(FIXTURE)).map((f) => [f.message.match(/^`([^`]+)`/)![1], f]));
    expect(byModule.reqeusts!.message).toContain('the nearest popular PyPI project is `requests`');
    expect(byModule.reqeusts!.severity).toBe('medium');
    expect(byModule.flask).toMatchObject({ severity: 'low' }); // real and popular, only undeclared
    expect(byModule.fastjsonschema_validator_pro!.message).toContain(
      'no popular PyPI project has this name or one close to it',
    );
  });

  it('counts the scanned folder itself as first-party (scanning a package folder directly)', async () => {
    const pkg = project({
      'shop/app.py': 'from shop import db\nimport flask\n',
      'shop/db.py': 'x = 1\n',
      'shop/requirements.txt': 'flask==3.0.3\n',
    });
    expect(await scan(join(pkg, 'shop'))).toEqual([]);
  });

  it('stays quiet without a manifest (every third-party import would be "phantom")', async () => {
    expect(await scan(project({ 'app.py': 'import flask\nimport reqeusts\n' }))).toEqual([]);
  });

  it('matches providers by name, prefix, family and table', () => {
    const declared = new Set(['pyyaml', 'python-dateutil', 'google-cloud-storage', 'scikit-learn', 'flask-sqlalchemy']);
    for (const m of ['yaml', 'dateutil', 'google', 'sklearn', 'flask_sqlalchemy'])
      expect(isDeclared(m, declared), m).toBe(true);
    for (const m of ['requests', 'cv2', 'flask_login']) expect(isDeclared(m, declared), m).toBe(false);
    expect(nearestPopular('cv2')).toBe('opencv-python');
    expect(nearestPopular('numpyy')).toBe('numpy');
    expect([...ownModules(['src/pkg/mod.py', 'tools/run.py'])].sort()).toEqual(['mod', 'pkg', 'run', 'src', 'tools']);
  });
});
