// pyproject.toml: PEP 621 dependencies and optional-dependencies, PEP 735 dependency-groups, build-system
// requires, Poetry groups, PDM dev-dependencies and uv dev-dependencies.
import { parse as parseToml } from 'smol-toml';
import { emptyManifest, escapeRegExp, findLine, type Dependency, type Manifest } from '../model.js';
import { parseRequirement } from './pep508.js';
import { poetryDependency } from './poetry-spec.js';

type Table = Record<string, unknown>;

const asTable = (v: unknown): Table => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Table) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function parsePyproject(file: string, text: string): Manifest {
  const manifest = emptyManifest(file, 'pyproject');
  let doc: Table;
  try {
    doc = parseToml(text) as Table;
  } catch (error) {
    manifest.errors.push(`${file}: invalid TOML: ${(error as Error).message.split('\n')[0]}`);
    return manifest;
  }
  const lines = text.split(/\r?\n/);
  const add = (req: string, group: string | undefined) => {
    const dep = pep508Dependency(file, lines, req, group);
    if (dep) manifest.dependencies.push(dep);
  };
  const project = asTable(doc.project);
  for (const r of asList(project.dependencies)) if (typeof r === 'string') add(r, undefined);
  for (const [extra, reqs] of Object.entries(asTable(project['optional-dependencies']))) {
    for (const r of asList(reqs)) if (typeof r === 'string') add(r, extra);
  }
  for (const [group, reqs] of Object.entries(asTable(doc['dependency-groups']))) {
    for (const r of asList(reqs)) if (typeof r === 'string') add(r, group);
  }
  for (const r of asList(asTable(doc['build-system']).requires)) if (typeof r === 'string') add(r, 'build-system');
  const tool = asTable(doc.tool);
  for (const r of asList(asTable(tool.uv)['dev-dependencies'])) if (typeof r === 'string') add(r, 'dev');
  for (const [group, reqs] of Object.entries(asTable(asTable(tool.pdm)['dev-dependencies']))) {
    for (const r of asList(reqs)) if (typeof r === 'string') add(r, group);
  }
  addPoetry(manifest, lines, asTable(tool.poetry));
  return manifest;
}

function pep508Dependency(
  file: string,
  lines: string[],
  text: string,
  group: string | undefined,
): Dependency | undefined {
  const req = parseRequirement(text);
  if (!req) return undefined;
  const line = findLine(lines, new RegExp(`["']${escapeRegExp(text.trim())}["']`));
  return {
    name: req.name,
    normalized: req.normalized,
    specifier: req.specifier,
    file,
    line,
    kind: 'direct',
    hashes: [],
    ...(req.version ? { version: req.version } : {}),
    ...(req.url ? { url: req.url } : {}),
    ...(req.markers ? { markers: req.markers } : {}),
    ...(group ? { group } : {}),
  };
}

function addPoetry(manifest: Manifest, lines: string[], poetry: Table): void {
  const sections: [string, Table][] = [
    ['', asTable(poetry.dependencies)],
    ['dev', asTable(poetry['dev-dependencies'])],
  ];
  for (const [group, table] of Object.entries(asTable(poetry.group)))
    sections.push([group, asTable(asTable(table).dependencies)]);
  for (const [group, table] of sections) {
    for (const [name, spec] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') continue;
      const dep = poetryDependency(manifest.file, lines, name, spec);
      if (dep) manifest.dependencies.push(group ? { ...dep, group } : dep);
    }
  }
}
