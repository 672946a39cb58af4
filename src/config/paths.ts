// Path filters of the config (`paths.include` / `paths.exclude`), glob matching with picomatch.
import picomatch from 'picomatch';
import type { SentinelConfig } from './schema.js';

export function pathFilter(config: SentinelConfig): (path: string) => boolean {
  const include = picomatch(config.paths.include, { dot: true });
  const exclude = config.paths.exclude.length ? picomatch(config.paths.exclude, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}
