// Cheap tests on a file's text that let a rule skip a file before it touches the tree (no WASM calls).

const importCache = new Map<string, RegExp>();

/** Whether the source has an `import m` / `from m… import` line for any of `modules` (top-level package names). */
export function importsAny(source: string, modules: readonly string[]): boolean {
  const key = modules.join('|');
  let re = importCache.get(key);
  if (!re) {
    const names = modules.map((m) => m.replace(/\./g, '\\.')).join('|');
    re = new RegExp(`^[ \\t]*(?:from[ \\t]+(?:${names})\\b|import[ \\t]+(?:[\\w., \\t]*[ \\t,])?(?:${names})\\b)`, 'm');
    importCache.set(key, re);
  }
  return re.test(source);
}

const SETTINGS_NAME = /(^|\/)(settings[^/]*|[^/]*_settings|[^/]*settings\/[^/]+)\.py$/;
const SETTINGS_MARKER = /^(INSTALLED_APPS|MIDDLEWARE|MIDDLEWARE_CLASSES)\s*[+]?=/m;

/** Whether a file looks like a Django-style settings module: named settings*.py or defining INSTALLED_APPS/MIDDLEWARE. */
export function isSettingsModule(path: string, source: string): boolean {
  return SETTINGS_NAME.test(path.replace(/\\/g, '/')) || SETTINGS_MARKER.test(source);
}

const DEV_SETTINGS = /(^|[_.-])(dev|devel|development|local|test|tests|testing|ci)([_.-]|$)/i;

/** Settings meant for a developer's machine or CI (`settings/dev.py`, `local_settings.py`), where debug is expected. */
export function isDevSettingsPath(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return DEV_SETTINGS.test(base.replace(/\.py$/, ''));
}

/** Web frameworks whose handlers send text back to a client. */
export const WEB_FRAMEWORKS = [
  'flask', 'quart', 'django', 'rest_framework', 'fastapi', 'starlette', 'aiohttp', 'tornado', 'bottle', 'falcon',
  'sanic', 'pyramid', 'litestar',
] as const;
