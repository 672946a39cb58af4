// Cheap tests on a file's text that let a rule skip a file before it touches the tree (no WASM calls).

const importCache = new Map<string, { quick: RegExp; exact: RegExp }>();
/** Answers for the file being analysed: every rule asks about the same source, so remember the last one. */
let memoSource: string | undefined;
const memo = new Map<string, boolean>();

function remembered(source: string, key: string, compute: () => boolean): boolean {
  if (source !== memoSource) {
    memoSource = source;
    memo.clear();
  }
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = compute();
    memo.set(key, answer);
  }
  return answer;
}

export function importPatterns(modules: readonly string[]): { quick: RegExp; exact: RegExp } {
  const key = modules.join('|');
  let patterns = importCache.get(key);
  if (!patterns) {
    const names = modules.map((m) => m.replace(/\./g, '\\.')).join('|');
    const statement = `(?:from[ \\t]+(?:${names})\\b|import[ \\t]+(?:[\\w.]+(?:[ \\t]+as[ \\t]+\\w+)?[ \\t]*,[ \\t]*)*(?:${names})\\b)`;
    // The unanchored pattern is a fast filter (one pass, no multiline mode); the anchored one rules out comments.
    patterns = { quick: new RegExp(statement), exact: new RegExp(`^[ \\t]*${statement}`, 'm') };
    importCache.set(key, patterns);
  }
  return patterns;
}

/** Whether the source has an `import m` / `from m… import` line for any of `modules` (top-level package names). */
export function importsAny(source: string, modules: readonly string[]): boolean {
  const { quick, exact } = importPatterns(modules);
  return remembered(source, `import:${modules.join('|')}`, () => quick.test(source) && exact.test(source));
}

/**
 * `pattern.test(source)`, remembered for the file being analysed: for a source test several rules share (the
 * secret-name test of the hardcoded-password rules). Stateless patterns only (no g or y flag).
 */
export function sourceMatches(source: string, pattern: RegExp): boolean {
  if (pattern.global || pattern.sticky) throw new Error('sourceMatches needs a pattern without the g or y flag');
  return remembered(source, `re:${pattern.flags}:${pattern.source}`, () => pattern.test(source));
}

const SETTINGS_NAME = /(^|\/)(settings[^/]*|[^/]*_settings|[^/]*settings\/[^/]+)\.py$/;
const SETTINGS_MARKER = /^(INSTALLED_APPS|MIDDLEWARE|MIDDLEWARE_CLASSES)\s*[+]?=/m;

/** Whether a file looks like a Django-style settings module: named settings*.py or defining INSTALLED_APPS/MIDDLEWARE. */
export function isSettingsModule(path: string, source: string): boolean {
  return (
    SETTINGS_NAME.test(path.replace(/\\/g, '/')) || remembered(source, 'settings', () => SETTINGS_MARKER.test(source))
  );
}

const DEV_SETTINGS = /(^|[_.-])(dev|devel|development|local|test|tests|testing|ci)([_.-]|$)/i;

/** Settings meant for a developer's machine or CI (`settings/dev.py`, `local_settings.py`), where debug is expected. */
export function isDevSettingsPath(path: string): boolean {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return DEV_SETTINGS.test(base.replace(/\.py$/, ''));
}

/** Web frameworks whose handlers send text back to a client. */
export const WEB_FRAMEWORKS = [
  'flask',
  'quart',
  'django',
  'rest_framework',
  'fastapi',
  'starlette',
  'aiohttp',
  'tornado',
  'bottle',
  'falcon',
  'sanic',
  'pyramid',
  'litestar',
] as const;
