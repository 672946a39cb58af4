import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, parseConfig } from '../../src/config/schema.js';

describe('config schema', () => {
  it('fills defaults for an empty file', () => {
    expect(DEFAULT_CONFIG.failOn).toBe('high');
    expect(DEFAULT_CONFIG.comments.max).toBe(30);
    expect(DEFAULT_CONFIG.filter).toBe('added');
    expect(DEFAULT_CONFIG.report.commit).toBe(true);
  });
  it('names the offending key', () => {
    const r = parseConfig({ comments: { max: 'many' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^comments\.max:/);
  });
  it('rejects unknown keys and report folders outside the repository', () => {
    const unknown = parseConfig({ failon: 'low' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/failon/);
    expect(parseConfig({ report: { dir: '../x' } }).ok).toBe(false);
  });
});
