// Rules whose verdict depends on the file's path (settings module? development settings? test file?), which one
// fixture per rule cannot vary: these cases pin that behaviour.
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { createAnalyzer } from '../../src/analysis/scan.js';
import type { Analyzer } from '../../src/analysis/analyzer.js';
import { isDevSettingsPath, isSettingsModule, importsAny } from '../../src/analysis/python/source-hints.js';

const SETTINGS_RULES = [
  'django-debug-true',
  'django-ssl-redirect-disabled',
  'django-hsts-disabled',
  'secret-key-literal',
];
const TEST_AWARE_RULES = ['assert-used', 'logging-disabled', 'security-warnings-silenced'];
const TEST_CODE =
  'import logging, warnings\nassert user.is_staff\nlogging.disable()\nwarnings.simplefilter("ignore")\n';
const PROD =
  'MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]\nDEBUG = True\nSECRET_KEY = "k3y-in-the-repo!"\n';

let analyzer: Analyzer;
let testAware: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer(
    RULES.filter((r) => SETTINGS_RULES.includes(r.meta.id)),
    { rethrowRuleErrors: true },
  );
  testAware = await createAnalyzer(
    RULES.filter((r) => TEST_AWARE_RULES.includes(r.meta.id)),
    { rethrowRuleErrors: true },
  );
});

const summary = (path: string, source: string) =>
  analyzer.analyze(path, source).findings.map((f) => `${f.ruleId}:${f.line}:${f.severity}/${f.confidence}`);

describe('settings rules', () => {
  it('report missing HTTPS settings on the MIDDLEWARE line of production settings', () => {
    expect(summary('proj/settings/production.py', PROD)).toEqual([
      'django-hsts-disabled:1:low/low',
      'django-ssl-redirect-disabled:1:low/low',
      'django-debug-true:2:high/medium',
      'secret-key-literal:3:high/high',
    ]);
  });

  it('lower DEBUG and SECRET_KEY to low in development settings and skip missing-setting checks', () => {
    expect(summary('proj/settings/dev.py', PROD)).toEqual([
      'django-debug-true:2:low/low',
      'secret-key-literal:3:low/low',
    ]);
  });

  it('ignore module-level names in files that are not settings modules', () => {
    expect(summary('proj/app/views.py', 'DEBUG = True\nSECRET_KEY = "x"\n')).toEqual([]);
  });
});

describe('rules that leave test code alone', () => {
  it('report asserts, disabled logging and blanket warning filters in application code', () => {
    const ids = testAware.analyze('app/views.py', TEST_CODE).findings.map((f) => `${f.ruleId}:${f.line}`);
    expect(ids).toEqual(['assert-used:2', 'logging-disabled:3', 'security-warnings-silenced:4']);
  });

  it('stay quiet in tests/, test_*.py and conftest.py (Bandit B101 reports them)', () => {
    for (const path of ['tests/test_views.py', 'app/test_views.py', 'conftest.py', 'app/views_test.py']) {
      expect(testAware.analyze(path, TEST_CODE).findings, path).toEqual([]);
    }
  });
});

describe('source hints', () => {
  it('recognise settings modules by name or content', () => {
    expect(isSettingsModule('a/settings.py', '')).toBe(true);
    expect(isSettingsModule('a/settings/base.py', '')).toBe(true);
    expect(isSettingsModule('a/local_settings.py', '')).toBe(true);
    expect(isSettingsModule('a/config.py', 'INSTALLED_APPS = []')).toBe(true);
    expect(isSettingsModule('a/views.py', 'x = 1')).toBe(false);
  });

  it('recognise development settings by file name only', () => {
    expect(isDevSettingsPath('a/settings/dev.py')).toBe(true);
    expect(isDevSettingsPath('a/settings_local.py')).toBe(true);
    expect(isDevSettingsPath('dev/settings/production.py')).toBe(false);
    expect(isDevSettingsPath('a/django-debug-true.py')).toBe(false);
  });

  it('find imports of a module', () => {
    expect(importsAny('from flask import Flask', ['flask'])).toBe(true);
    expect(importsAny('import os, flask', ['flask'])).toBe(true);
    expect(importsAny('    import flask.views', ['flask'])).toBe(true);
    expect(importsAny('import flasky', ['flask'])).toBe(false);
    expect(importsAny('# from flask import x\nx = "import flask"', ['flask'])).toBe(false);
  });
});
