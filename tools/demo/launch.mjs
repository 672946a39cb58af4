// `npm run demo` entry: compiles the tools build (tsconfig.tools.json → dist-tools/) when it is missing or older
// than the sources, then runs the demo. The production build (dist/) holds no demo or simulator code.
// Plain JavaScript on purpose: it has to run before anything is built. No shell: tsc is run with execFileSync.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = join(root, 'dist-tools/tools/demo/main.js');
const project = join(root, 'tsconfig.tools.json');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(entry)) return true;
  const sources = Math.max(
    newestSource(join(root, 'src')),
    newestSource(join(root, 'rules')),
    newestSource(join(root, 'tools')),
    statSync(join(root, 'tsconfig.json')).mtimeMs,
    statSync(project).mtimeMs,
  );
  return sources > statSync(entry).mtimeMs;
}

if (isStale()) {
  console.log('Building SentinelPy (tsc)…');
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  } catch {
    // tsc still emits JavaScript on type errors; run the demo if it exists rather than hide the review.
    if (!existsSync(entry)) process.exit(1);
    console.warn('tsc reported errors (see above); running the demo from the emitted JavaScript.');
  }
}

await import(pathToFileURL(entry).href);
