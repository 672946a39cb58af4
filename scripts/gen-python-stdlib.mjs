#!/usr/bin/env node
// Writes data/python-stdlib.json: the standard library's top-level module names (sys.stdlib_module_names, Python
// 3.10+), plus modules removed in 3.12 that older code still imports. Used by src/deps/phantom-imports.ts.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const python = process.argv[2] ?? 'python3';
const script = [
  'import json, sys',
  // _typeshed exists only in type stubs, imported under `if TYPE_CHECKING:` (which phantom-imports skips anyway).
  "extra = {'__main__', '__future__', '_typeshed', 'distutils', 'imp', 'asynchat', 'asyncore', 'smtpd'}",
  'names = sorted(set(sys.stdlib_module_names) | extra)',
  "print(json.dumps({'version': f'{sys.version_info.major}.{sys.version_info.minor}', 'names': names}))",
].join('\n');
const { version, names } = JSON.parse(execFileSync(python, ['-c', script], { encoding: 'utf8' }));
const out = {
  source: `sys.stdlib_module_names of Python ${version}, plus modules removed in 3.12 (distutils, imp, asynchat, asyncore, smtpd)`,
  generatedBy: 'scripts/gen-python-stdlib.mjs',
  count: names.length,
  names,
};
const path = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'python-stdlib.json');
writeFileSync(path, `${JSON.stringify(out)}\n`);
console.log(`wrote data/python-stdlib.json (${names.length} modules, Python ${version})`);
