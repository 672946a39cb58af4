// `--root DIR`: report paths and the default config are relative to DIR; every path must lie inside it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureIo, project, SHELL_INJECTION } from './temp-project.js';

describe('sentinelpy scan --root', () => {
  it('keeps the folder in the path of a file scanned by name, and reads DIR/.github/sentinel.yml', async () => {
    const root = project({ 'pkg/app.py': SHELL_INJECTION, '.github/sentinel.yml': 'failOn: never\n' });
    const withRoot = captureIo();
    expect(
      await main(
        ['scan', join(root, 'pkg/app.py'), '--root', root, '--format', 'text', '-o', '-', '--offline'],
        withRoot,
      ),
    ).toBe(0);
    expect(withRoot.out).toMatch(/^pkg\/app\.py:4:/m);
    const without = captureIo();
    expect(await main(['scan', join(root, 'pkg/app.py'), '--format', 'text', '-o', '-', '--offline'], without)).toBe(1);
    expect(without.out).toMatch(/^app\.py:4:/m);
  });

  it('refuses a path outside the root, and a root that is not a folder (exit 2)', async () => {
    const root = project({ 'a/app.py': SHELL_INJECTION, 'b/x.txt': '' });
    mkdirSync(join(root, 'c'));
    writeFileSync(join(root, 'c/file'), '');
    const outside = captureIo();
    expect(await main(['scan', join(root, 'a/app.py'), '--root', join(root, 'b'), '--offline'], outside)).toBe(2);
    expect(outside.err).toContain('is not inside');
    const notFolder = captureIo();
    expect(await main(['scan', join(root, 'a/app.py'), '--root', join(root, 'c/file'), '--offline'], notFolder)).toBe(
      2,
    );
    expect(notFolder.err).toContain('not a folder');
  });
});
