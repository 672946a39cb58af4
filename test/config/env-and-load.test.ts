// The App's environment (webhook secret guard, limits) and loading .github/sentinel.yml through the port.
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/env.js';
import { loadConfig } from '../../src/config/load-config.js';

describe('parseEnv', () => {
  it('requires a webhook secret outside development', () => {
    expect(parseEnv({ APP_ID: '1' })).toEqual({ ok: false, error: expect.stringMatching(/^WEBHOOK_SECRET: required/) });
    const dev = parseEnv({ APP_ID: '1', NODE_ENV: 'development' });
    expect(dev.ok && dev.env.webhookSecret).toBe('development');
  });

  it('parses numbers and names a bad variable', () => {
    const ok = parseEnv({ APP_ID: '42', WEBHOOK_SECRET: 's', PORT: '8080', REVIEW_CONCURRENCY: '4' });
    expect(ok).toMatchObject({
      ok: true,
      env: { appId: 42, port: 8080, reviewConcurrency: 4, reviewTimeoutMs: 300_000 },
    });
    expect(parseEnv({ APP_ID: 'abc', WEBHOOK_SECRET: 's' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^APP_ID:/),
    });
    expect(parseEnv({ APP_ID: '1', WEBHOOK_SECRET: 's', REVIEW_CONCURRENCY: '0' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^REVIEW_CONCURRENCY/),
    });
  });
});

describe('loadConfig', () => {
  const from = (text: string | undefined) => ({
    readConfigFile: async (branch: string) => (branch === 'main' ? text : 'failOn: never'),
  });

  it('uses defaults without a file and reads the default branch only', async () => {
    expect(await loadConfig(from(undefined), 'main')).toMatchObject({ ok: true, config: { failOn: 'high' } });
    expect(await loadConfig(from('failOn: low\n'), 'main')).toMatchObject({ ok: true, config: { failOn: 'low' } });
  });

  it('reports unparsable YAML and bad keys', async () => {
    expect(await loadConfig(from('failOn: [unclosed'), 'main')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^\(YAML\)/),
    });
    expect(await loadConfig(from('comments:\n  max: -1\n'), 'main')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^comments\.max:/),
    });
  });
});
