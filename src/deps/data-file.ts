// Files under data/ at the package root: two levels up from src/deps/ (tests), three from dist/src/deps/ (built).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The parsed JSON of data/<name>; throws naming the script that regenerates it when it is missing. */
export function readDataFile<T>(name: string, regenerate: string): T {
  for (const up of ['../../data/', '../../../data/']) {
    const path = fileURLToPath(new URL(`${up}${name}`, import.meta.url));
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
  }
  throw new Error(`data/${name} is missing (run ${regenerate})`);
}
