// `sentinelpy sbom [path]`: CycloneDX 1.5 JSON of the Python dependencies found under path (direct and locked
// transitive), with OSV advisories unless --offline; stdout by default, or --output FILE.
import { writeFileSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { buildSbom } from '../deps/sbom.js';
import type { SbomArgs } from './args.js';
import { resolveTargets, scanRoot } from './collect-files.js';
import { loadConfigFile } from './config-file.js';
import { scanDependencies } from './dependency-scan.js';
import type { Io } from './scan-command.js';
import { EXIT, UsageError } from './usage-error.js';
import { toolVersion } from './version.js';

export async function sbomCommand(args: SbomArgs, io: Io): Promise<number> {
  const targets = resolveTargets([args.path]);
  const root = scanRoot(targets);
  const { config } = loadConfigFile(args.config, root);
  const relativeTargets = targets.map((t) => relative(root, t).split(sep).join('/'));
  const deps = await scanDependencies(root, relativeTargets, config, {
    offline: args.offline,
    projectName: basename(root),
    toolVersion: toolVersion(),
  });
  // No manifest is a valid answer (an empty bill of materials); a review that crashed is not.
  const sbom =
    deps.sbom ??
    (deps.manifests === 0 ? buildSbom([], { projectName: basename(root), toolVersion: toolVersion() }) : undefined);
  if (!sbom) throw new UsageError(deps.notes[0] ?? 'the dependency review failed');
  const text = `${JSON.stringify(sbom, null, 2)}\n`;
  const components = (sbom as { components?: unknown[] }).components?.length ?? 0;
  // Notes (OSV skipped, unreadable manifests) go to stderr: stdout stays a valid JSON document.
  const summary = [`SBOM: ${components} component(s) from ${deps.manifests} manifest(s)`, ...deps.notes].join('\n');
  if (args.output === undefined || args.output === '-') {
    io.stdout(text);
    io.stderr(`${summary}\n`);
  } else {
    try {
      writeFileSync(args.output, text);
    } catch (error) {
      throw new UsageError(`cannot write ${args.output}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    io.stdout(`${summary}\nSBOM: ${args.output}\n`);
  }
  return EXIT.ok;
}
